"""Contacts: saving a person or an organization, finding duplicates, merging (and unmerging).

The contact form, quick capture and the command line call these functions. Saving checks
every field with ``crm.validation`` and writes all of it or nothing; a field the user chose
to keep although it does not validate is stored as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from salesdesk.crm import settings
from salesdesk.crm.names import person_display_name as person_display_name  # re-exported
from salesdesk.crm.validation import (
    Checked,
    check_business_id,
    check_email,
    check_linkedin,
    check_phone,
    check_url,
)
from salesdesk.db import search_index
from salesdesk.db.enums import ContactKind
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Referral, SearchEntry, Tag, contact_tags
from salesdesk.errors import UserError
from salesdesk.i18n import translate

# The columns a form edits (and a merge chooses between).
TEXT_FIELDS = (
    "name",
    "first_name",
    "last_name",
    "title",
    "email",
    "email2",
    "phone",
    "mobile",
    "street",
    "postal_code",
    "city",
    "country",
    "website",
    "linkedin",
    "business_id",
    "notes",
    "lawful_basis",
)
OTHER_FIELDS = (
    "kind",
    "organization_id",
    "owner_id",
    "customer_since",
    "consent",
    "consent_date",
    "from_purchased_list",
    "informed_on",
)
EDITABLE_FIELDS = TEXT_FIELDS + OTHER_FIELDS
# Every column of a contact, for restoring a merged-away contact exactly.
ALL_COLUMNS = (*EDITABLE_FIELDS, "import_batch_id", "created_at", "updated_at")


class InvalidFieldsError(UserError):
    """Saving refused: ``errors`` maps field names to translated messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors.values()))


def check_field(name: str, value: str, region: str = "FI") -> Checked:
    """Check one field of a contact the way saving will (the form calls it while typing)."""
    if name in ("email", "email2"):
        return check_email(value)
    if name in ("phone", "mobile"):
        return check_phone(value, region)
    if name == "website":
        return check_url(value)
    if name == "linkedin":
        return check_linkedin(value)
    if name == "business_id":
        return check_business_id(value)
    return Checked(value.strip() if isinstance(value, str) else value)


def validate(
    values: dict[str, Any], *, region: str = "FI", keep_invalid: frozenset[str] | set[str] = frozenset()
) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalise ``values``; return (values to store, errors by field).

    Fields in ``keep_invalid`` are stored as typed even when they do not validate.
    """
    clean: dict[str, Any] = dict(values)
    errors: dict[str, str] = {}
    for name in ("email", "email2", "phone", "mobile", "website", "linkedin", "business_id"):
        if name not in values:
            continue
        checked = check_field(name, str(values[name] or ""), region)
        if checked.ok:
            clean[name] = checked.value
        elif name in keep_invalid:
            clean[name] = str(values[name]).strip()
        else:
            errors[name] = checked.error
    for name in TEXT_FIELDS:
        if name in clean and isinstance(clean[name], str):
            clean[name] = clean[name].strip()
    kind = clean.get("kind", ContactKind.PERSON)
    if kind == ContactKind.PERSON and not clean.get("name"):
        clean["name"] = person_display_name(clean.get("first_name", ""), clean.get("last_name", ""))
    if not clean.get("name"):
        errors["name"] = (
            translate("Contacts", "Give the organization's name.")
            if kind == ContactKind.ORGANIZATION
            else translate("Contacts", "Give at least a first or a last name.")
        )
    if kind == ContactKind.ORGANIZATION:
        clean["organization_id"] = None
    return clean, errors


def save_contact(
    session: Session,
    values: dict[str, Any],
    *,
    contact_id: int | None = None,
    keep_invalid: frozenset[str] | set[str] = frozenset(),
    tags: list[str] | None = None,
) -> Contact:
    """Create (``contact_id`` None) or update a contact from ``values`` (field -> value).

    Raises ``InvalidFields`` and writes nothing when a field does not validate.
    """
    region = settings.default_region(session)
    clean, errors = validate(values, region=region, keep_invalid=keep_invalid)
    if contact_id is not None and clean.get("organization_id") == contact_id:
        errors["organization_id"] = translate("Contacts", "An organization cannot belong to itself.")
    if errors:
        raise InvalidFieldsError(errors)
    if contact_id is None:
        contact = Contact()
        session.add(contact)
    else:
        found = session.get(Contact, contact_id)
        if found is None:
            raise UserError(translate("Contacts", "Contact {id} no longer exists.").format(id=contact_id))
        contact = found
    for name, value in clean.items():
        if name in EDITABLE_FIELDS:
            setattr(contact, name, value)
    if tags is not None:
        contact.tags = tags_by_name(session, tags)
    session.flush()
    return contact


def tags_by_name(session: Session, names: list[str]) -> list[Tag]:
    """The tags with these names, creating the missing ones (case-insensitive match)."""
    wanted: dict[str, str] = {}
    for raw in names:
        name = raw.strip()
        if name and name.casefold() not in wanted:
            wanted[name.casefold()] = name
    if not wanted:
        return []
    existing = {
        t.name.casefold(): t
        for t in session.scalars(select(Tag).where(func.lower(Tag.name).in_(list(wanted))))
    }
    result = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        result.append(tag)
    return result


def find_organization(session: Session, name: str) -> Contact | None:
    """An existing organization with this name (case-insensitive), if any."""
    wanted = name.strip()
    if not wanted:
        return None
    return session.scalars(
        select(Contact)
        .where(Contact.kind == ContactKind.ORGANIZATION, func.lower(Contact.name) == wanted.lower())
        .order_by(Contact.id)
        .limit(1)
    ).first()


def ensure_organization(session: Session, name: str) -> Contact | None:
    """The organization called ``name``, created if it does not exist yet."""
    if not name.strip():
        return None
    org = find_organization(session, name)
    if org is None:
        org = Contact(kind=ContactKind.ORGANIZATION, name=name.strip())
        session.add(org)
        session.flush()
    return org


# --- duplicates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    organization: str
    reason: str  # translated: why it looks like the same contact
    score: int  # 0-100, 100 = the same e-mail or phone


NAME_SIMILARITY = 85
LONE_NAME_SIMILARITY = 95


def find_duplicates(
    session: Session,
    *,
    name: str = "",
    kind: str = ContactKind.PERSON,
    organization_id: int | None = None,
    emails: list[str] | tuple[str, ...] = (),
    phones: list[str] | tuple[str, ...] = (),
    business_id: str = "",
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[Duplicate]:
    """Contacts that look like the one being typed: same e-mail, same phone, same business
    ID, or a similar name at the same organization (rapidfuzz), best first."""
    region = settings.default_region(session)
    found: dict[int, tuple[int, str]] = {}

    def note(cid: int, score: int, reason: str) -> None:
        if cid == exclude_id:
            return
        if cid not in found or found[cid][0] < score:
            found[cid] = (score, reason)

    mails = sorted({e.strip().lower() for e in emails if e and "@" in e})
    if mails:
        for cid, _e1, _e2 in session.execute(
            select(Contact.id, Contact.email, Contact.email2).where(
                or_(func.lower(Contact.email).in_(mails), func.lower(Contact.email2).in_(mails))
            )
        ):
            note(cid, 100, translate("Contacts", "same e-mail"))
    numbers = set()
    for raw in phones:
        checked = check_phone(raw, region)
        if checked.ok and checked.value:
            numbers.add(checked.value)
    if numbers:
        for (cid,) in session.execute(
            select(Contact.id).where(or_(Contact.phone.in_(numbers), Contact.mobile.in_(numbers)))
        ):
            note(cid, 100, translate("Contacts", "same phone"))
    if business_id.strip():
        bid = check_business_id(business_id)
        if bid.ok:
            for (cid,) in session.execute(select(Contact.id).where(Contact.business_id == bid.value)):
                note(cid, 100, translate("Contacts", "same business ID"))
    wanted = name.strip()
    if len(wanted) >= 3:
        query = select(Contact.id, Contact.name).where(Contact.kind == kind)
        threshold = NAME_SIMILARITY
        if kind == ContactKind.PERSON and organization_id is not None:
            query = query.where(Contact.organization_id == organization_id)
            reason = translate("Contacts", "similar name at the same organization")
        else:
            # Without an organization only near-identical names count; narrow in SQL by
            # the first letters of any word of the name.
            words = [w for w in wanted.split() if len(w) >= 2][:3]
            query = query.where(or_(*[Contact.name.ilike(f"%{w[:3]}%") for w in words]))
            if kind == ContactKind.PERSON:
                query = query.where(Contact.organization_id.is_(None))
                threshold = LONE_NAME_SIMILARITY
            reason = translate("Contacts", "similar name")
        for cid, other in session.execute(query.limit(2000)):
            score = round(fuzz.token_sort_ratio(wanted.casefold(), (other or "").casefold()))
            if score >= threshold:
                note(cid, min(score, 99), reason)
    if not found:
        return []
    best = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    ids = [cid for cid, _ in best]
    org_names = _organization_names(session, ids)
    names = dict(session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(ids))).all())
    return [
        Duplicate(cid, names.get(cid, ""), org_names.get(cid, ""), reason, score)
        for cid, (score, reason) in best
    ]


def _organization_names(session: Session, ids: list[int]) -> dict[int, str]:
    org = select(Contact.id, Contact.name).subquery()
    rows = session.execute(
        select(Contact.id, org.c.name)
        .join(org, Contact.organization_id == org.c.id)
        .where(Contact.id.in_(ids))
    ).all()
    return {cid: oname for cid, oname in rows}


# --- merge ------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and "dt" in value:
        return datetime.fromisoformat(value["dt"])
    if isinstance(value, dict) and "d" in value:
        return date.fromisoformat(value["d"])
    return value


@dataclass
class MergeRecord:
    """What a merge did, so that ``unmerge`` can put everything back (JSON-serialisable)."""

    survivor_id: int
    loser_id: int
    loser_values: dict[str, Any]
    survivor_old: dict[str, Any]
    loser_tag_ids: list[int]
    added_tag_ids: list[int]
    moved: dict[str, list[int]] = field(default_factory=dict)


def merge_contacts(
    session: Session, survivor_id: int, loser_id: int, choices: dict[str, str] | None = None
) -> MergeRecord:
    """Merge contact ``loser_id`` into ``survivor_id``.

    ``choices`` maps a field to "survivor" or "loser": whose value wins (default: the
    survivor's, or the loser's where the survivor's is empty). Leads, follow-ups, notes,
    referrals, organization members and tags move to the survivor; the loser is deleted.
    """
    if survivor_id == loser_id:
        raise UserError(translate("Contacts", "A contact cannot be merged with itself."))
    survivor = session.get(Contact, survivor_id)
    loser = session.get(Contact, loser_id)
    if survivor is None or loser is None:
        raise UserError(translate("Contacts", "One of the contacts no longer exists."))
    survivor_org_fix = survivor.organization_id == loser_id
    choices = choices or {}
    loser_values = {c: _jsonable(getattr(loser, c)) for c in ALL_COLUMNS}
    survivor_old: dict[str, Any] = {}
    for name in EDITABLE_FIELDS:
        if name == "kind":
            continue
        mine, theirs = getattr(survivor, name), getattr(loser, name)
        pick = choices.get(name)
        if pick is None:
            pick = "loser" if (mine in ("", None, False) and theirs not in ("", None, False)) else "survivor"
        if pick == "loser" and mine != theirs:
            if name == "organization_id" and theirs == survivor_id:
                continue
            survivor_old[name] = _jsonable(mine)
            setattr(survivor, name, theirs)
    if survivor_org_fix and "organization_id" not in survivor_old:
        survivor_old["organization_id"] = loser_id
        survivor.organization_id = loser.organization_id if loser.organization_id != survivor_id else None
    moved: dict[str, list[int]] = {}

    def move(key: str, model: Any, column: Any) -> None:
        ids = list(session.scalars(select(model.id).where(column == loser_id)))
        if ids:
            session.execute(
                update(model).where(model.id.in_(ids)).values({column.key: survivor_id}),
                execution_options={"synchronize_session": False},
            )
        moved[key] = ids

    session.flush()
    move("leads", Lead, Lead.contact_id)
    move("followups", FollowUp, FollowUp.contact_id)
    move("notes", Note, Note.contact_id)
    move("referrals_made", Referral, Referral.referrer_id)
    move("referrals_received", Referral, Referral.referred_contact_id)
    move("members", Contact, Contact.organization_id)
    loser_tags = list(
        session.scalars(select(contact_tags.c.tag_id).where(contact_tags.c.contact_id == loser_id))
    )
    have = set(session.scalars(select(contact_tags.c.tag_id).where(contact_tags.c.contact_id == survivor_id)))
    added = [t for t in loser_tags if t not in have]
    if added:
        session.execute(insert(contact_tags), [{"contact_id": survivor_id, "tag_id": t} for t in added])
    session.execute(delete(contact_tags).where(contact_tags.c.contact_id == loser_id))
    session.expire_all()
    session.execute(delete(Contact).where(Contact.id == loser_id))
    search_index.reindex(session, lead_ids=moved["leads"], contact_ids=[survivor_id, *moved["members"]])
    session.execute(delete(SearchEntry).where(SearchEntry.kind == "contact", SearchEntry.ref_id == loser_id))
    session.flush()
    return MergeRecord(survivor_id, loser_id, loser_values, survivor_old, loser_tags, added, moved)


def unmerge(session: Session, record: MergeRecord) -> Contact:
    """Undo ``merge_contacts``: bring the merged-away contact back with its own id, values,
    leads, follow-ups, notes, referrals, members and tags; restore the survivor's values."""
    if session.get(Contact, record.loser_id) is not None:
        raise UserError(translate("Contacts", "This merge has already been undone."))
    survivor = session.get(Contact, record.survivor_id)
    if survivor is None:
        raise UserError(translate("Contacts", "The merged contact no longer exists."))
    session.execute(
        insert(Contact).values(
            id=record.loser_id, **{k: _from_json(v) for k, v in record.loser_values.items()}
        )
    )
    for name, value in record.survivor_old.items():
        setattr(survivor, name, _from_json(value))
    session.flush()
    targets: dict[str, tuple[Any, Any]] = {
        "leads": (Lead, Lead.contact_id),
        "followups": (FollowUp, FollowUp.contact_id),
        "notes": (Note, Note.contact_id),
        "referrals_made": (Referral, Referral.referrer_id),
        "referrals_received": (Referral, Referral.referred_contact_id),
        "members": (Contact, Contact.organization_id),
    }
    for key, (model, column) in targets.items():
        ids = record.moved.get(key, [])
        if ids:
            session.execute(
                update(model).where(model.id.in_(ids)).values({column.key: record.loser_id}),
                execution_options={"synchronize_session": False},
            )
    if record.added_tag_ids:
        session.execute(
            delete(contact_tags).where(
                contact_tags.c.contact_id == record.survivor_id,
                contact_tags.c.tag_id.in_(record.added_tag_ids),
            )
        )
    if record.loser_tag_ids:
        session.execute(
            insert(contact_tags), [{"contact_id": record.loser_id, "tag_id": t} for t in record.loser_tag_ids]
        )
    session.expire_all()
    search_index.reindex(
        session,
        lead_ids=record.moved.get("leads", []),
        contact_ids=[record.survivor_id, record.loser_id, *record.moved.get("members", [])],
    )
    restored = session.get(Contact, record.loser_id)
    assert restored is not None
    return restored


def contact_summary(session: Session, contact_id: int) -> dict[str, Any]:
    """Counts shown before a merge: how many leads, follow-ups, notes, referrals move."""
    return {
        "leads": session.scalar(select(func.count()).where(Lead.contact_id == contact_id)) or 0,
        "followups": session.scalar(select(func.count()).where(FollowUp.contact_id == contact_id)) or 0,
        "notes": session.scalar(select(func.count()).where(Note.contact_id == contact_id)) or 0,
        "referrals": session.scalar(select(func.count()).where(Referral.referrer_id == contact_id)) or 0,
    }
