"""Data protection: export everything about a person, erase a person, GDPR article 14.

- ``export_person`` gathers the contact, its leads, notes, follow-ups, referrals and stage
  history; ``write_json`` / ``write_xlsx`` save it for the person who asked.
- ``erase_person`` removes the personal data of a contact and its notes but keeps the
  anonymous figures (its leads stay, with an anonymised contact, so the KPIs do not change)
  and stores salted hashes of its e-mails and phones: ``is_erased`` lets an import of a
  purchased list flag the person instead of bringing them back.
- Contacts from purchased lists must be informed of the processing within a month
  (article 14): ``notice_overdue_condition`` lists those not informed in time.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, or_, select, update
from sqlalchemy.orm import Session

from salesdesk.crm import settings
from salesdesk.crm.validation import check_phone
from salesdesk.db import search_index
from salesdesk.db.models import (
    Contact,
    ErasedIdentity,
    FollowUp,
    ImportChange,
    Lead,
    Note,
    Referral,
    Stage,
    StageChange,
    contact_tags,
)
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate

SALT_KEY = "erasure_salt"
NOTICE_DAYS = 30  # "within a reasonable period, at the latest within one month"


# --- hashes of erased identities --------------------------------------------------------


def _salt(session: Session) -> str:
    salt = settings.get(session, SALT_KEY)
    if not salt:
        salt = secrets.token_hex(16)
        settings.put(session, SALT_KEY, salt)
        session.flush()
    return salt


def _normal_email(email: str) -> str:
    return email.strip().lower()


def _normal_phone(phone: str, region: str) -> str:
    checked = check_phone(phone, region)
    if checked.ok:
        return checked.value
    return "".join(ch for ch in phone if ch.isdecimal() or ch == "+")


def identity_digest(salt: str, kind: str, value: str) -> str:
    return hashlib.sha256(f"{salt}|{kind}|{value}".encode()).hexdigest()


def _digests(session: Session, emails: list[str], phones: list[str]) -> list[tuple[str, str]]:
    salt = _salt(session)
    region = settings.default_region(session)
    out: list[tuple[str, str]] = []
    for e in emails:
        if e and e.strip():
            out.append(("email", identity_digest(salt, "email", _normal_email(e))))
    for p in phones:
        if p and p.strip():
            normal = _normal_phone(p, region)
            if normal:
                out.append(("phone", identity_digest(salt, "phone", normal)))
    return out


def is_erased(session: Session, email: str = "", phone: str = "") -> bool:
    """True when this e-mail or phone belonged to a person who was erased.

    The importer calls it for each row of a purchased list so an erased person is flagged
    instead of re-imported. Phones are compared as E.164 (default region from settings).
    """
    digests = [d for _, d in _digests(session, [email], [phone])]
    if not digests:
        return False
    return (
        session.scalar(select(ErasedIdentity.id).where(ErasedIdentity.digest.in_(digests)).limit(1))
        is not None
    )


def erased_rows(session: Session, rows: Sequence[tuple[str, str]]) -> set[int]:
    """Positions in ``rows`` of (e-mail, phone) pairs that belonged to an erased person.

    ``is_erased`` for a whole sheet: one query per 500 digests (the importer calls it).
    """
    if not rows or session.scalar(select(ErasedIdentity.id).limit(1)) is None:
        return set()
    salt = _salt(session)
    region = settings.default_region(session)
    wanted: dict[str, list[int]] = {}
    for i, (email, phone) in enumerate(rows):
        if email and email.strip():
            wanted.setdefault(identity_digest(salt, "email", _normal_email(email)), []).append(i)
        if phone and phone.strip():
            normal = _normal_phone(phone, region)
            if normal:
                wanted.setdefault(identity_digest(salt, "phone", normal), []).append(i)
    found: set[int] = set()
    digests = list(wanted)
    for start in range(0, len(digests), 500):
        for d in session.scalars(
            select(ErasedIdentity.digest).where(ErasedIdentity.digest.in_(digests[start : start + 500]))
        ):
            found.update(wanted[d])
    return found


# --- export -----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Any, columns: list[str]) -> dict[str, Any]:
    return {c: _plain(getattr(obj, c)) for c in columns}


CONTACT_COLUMNS = [
    "id", "kind", "name", "first_name", "last_name", "title", "email", "email2", "phone", "mobile",
    "street", "postal_code", "city", "country", "website", "linkedin", "business_id", "notes",
    "customer_since", "lawful_basis", "consent", "consent_date", "from_purchased_list",
    "informed_on", "created_at", "updated_at",
]  # fmt: skip
LEAD_COLUMNS = [
    "id", "title", "value_cents", "currency", "expected_close", "temperature", "source",
    "source_detail", "notes", "closed_at", "lost_reason", "lost_note", "created_at",
]  # fmt: skip


def export_person(session: Session, contact_id: int) -> dict[str, list[dict[str, Any]]]:
    """Everything stored about a contact, as tables of plain values (for JSON and xlsx)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise UserError(translate("Privacy", "Contact {id} does not exist.").format(id=contact_id))
    info = _row(contact, CONTACT_COLUMNS)
    info["organization"] = contact.organization.name if contact.organization else ""
    info["tags"] = ", ".join(t.name for t in contact.tags)
    leads = list(session.scalars(select(Lead).where(Lead.contact_id == contact_id).order_by(Lead.id)))
    lead_ids = [lead.id for lead in leads]
    stage_names = dict(session.execute(select(Stage.id, Stage.name)).all())
    lead_rows = []
    for lead in leads:
        row = _row(lead, LEAD_COLUMNS)
        row["stage"] = stage_names.get(lead.stage_id, "")
        lead_rows.append(row)
    notes = session.scalars(
        select(Note)
        .where(or_(Note.contact_id == contact_id, Note.lead_id.in_(lead_ids)))
        .order_by(Note.created_at, Note.id)
    )
    followups = session.scalars(
        select(FollowUp)
        .where(or_(FollowUp.contact_id == contact_id, FollowUp.lead_id.in_(lead_ids)))
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    referrals = session.scalars(
        select(Referral)
        .where(or_(Referral.referrer_id == contact_id, Referral.referred_contact_id == contact_id))
        .order_by(Referral.id)
    )
    history = session.scalars(
        select(StageChange).where(StageChange.lead_id.in_(lead_ids)).order_by(StageChange.changed_at)
    )
    return {
        "contact": [info],
        "leads": lead_rows,
        "notes": [_row(n, ["id", "lead_id", "body", "author", "created_at"]) for n in notes],
        "follow_ups": [
            _row(f, ["id", "lead_id", "kind", "title", "due_at", "status", "done_at", "note", "outcome"])
            for f in followups
        ],
        "referrals": [
            {
                **_row(r, ["id", "referred_on", "note", "thanks_status", "reward"]),
                "referrer": r.referrer.name,
                "referred": r.referred_contact.name,
            }
            for r in referrals
        ],
        "stage_history": [
            {
                **_row(h, ["lead_id", "changed_at", "changed_by", "note"]),
                "from_stage": stage_names.get(h.from_stage_id or 0, ""),
                "to_stage": stage_names.get(h.to_stage_id or 0, ""),
            }
            for h in history
        ],
    }


def write_json(data: dict[str, list[dict[str, Any]]], path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def write_xlsx(data: dict[str, list[dict[str, Any]]], path: Path) -> None:
    """One sheet per table, header in bold, first row frozen.

    Written through ``sheets.writer`` (every cell neutralised, all or nothing); a problem
    raises ``UserError``.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from salesdesk.sheets import writer

    with writer.output_file(Path(path)) as tmp:
        book = Workbook()
        first = True
        used: set[str] = set()
        for name, rows in data.items():
            sheet = book.active if first else book.create_sheet()
            assert sheet is not None
            first = False
            sheet.title = writer.sheet_title(name, used)
            columns: list[str] = []
            for row in rows:
                for key in row:
                    if key not in columns:
                        columns.append(key)
            sheet.append(writer.row(sheet, columns or [translate("Privacy", "(nothing stored)")]))
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append(writer.row(sheet, [row.get(c) for c in columns]))
            sheet.freeze_panes = "A2"
            for idx, c in enumerate(columns, start=1):
                width = max([len(str(c))] + [len(str(r.get(c) or "")) for r in rows[:200]])
                sheet.column_dimensions[sheet.cell(1, idx).column_letter].width = min(60, max(8, width + 2))
        writer.save_workbook(book, tmp)


# --- erase ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    contact_id: int
    identities: int  # hashes stored
    notes_removed: int
    leads_kept: int


# The contact's fields that are personal data: all blanked by an erase. What stays is the
# kind, organization, owner, customer_since (retention figures), the purchased-list flag,
# the import batch and the dates.
PERSONAL_FIELDS = (
    "first_name", "last_name", "title", "email", "email2", "phone", "mobile", "street",
    "postal_code", "city", "country", "website", "linkedin", "notes", "lawful_basis",
)  # fmt: skip


def person_words(contact: Contact) -> list[str]:
    """Strings that name this person in free text: the words of their name (3 letters or
    more), their e-mails and phones (E.164 and the national form)."""
    words = {w for w in f"{contact.name} {contact.first_name} {contact.last_name}".split() if len(w) >= 3}
    words.update(e for e in (contact.email, contact.email2) if e)
    for phone in (contact.phone, contact.mobile):
        if phone:
            words.add(phone)
            if phone.startswith("+358"):
                words.add("0" + phone[4:])
    return sorted(words)


def names_person(text_: str, words: Sequence[str]) -> bool:
    folded = text_.casefold()
    return any(w.casefold() in folded for w in words)


def erase_person(session: Session, contact_id: int) -> Erasure:
    """Remove the personal data of a contact and its notes; keep its leads (anonymous
    figures) and remember salted hashes of its e-mails and phones.

    Blanked: every field of :data:`PERSONAL_FIELDS`, the name (an anonymous label), consent
    and notice dates, tags; notes about the person and their leads are deleted; their leads'
    titles become the anonymous label, their notes and lost notes are emptied and a source
    detail that names them (:func:`names_person`) is emptied; follow-up texts, stage-change
    notes, referral notes and the import log's old and new values of the contact and its
    leads are emptied. The search entries are rewritten at once and the index is purged of
    their old text (``search_index.purge``). Run inside the caller's transaction; the
    file-level cleaning (old page bytes, WAL, backups) is ``crm.erasure.erase``.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise UserError(translate("Privacy", "Contact {id} does not exist.").format(id=contact_id))
    digests = _digests(session, [contact.email, contact.email2], [contact.phone, contact.mobile])
    known = set(
        session.scalars(
            select(ErasedIdentity.digest).where(ErasedIdentity.digest.in_([d for _, d in digests]))
        )
    )
    stored = 0
    for kind, digest in digests:
        if digest not in known:
            session.add(ErasedIdentity(kind=kind, digest=digest, erased_at=utcnow()))
            known.add(digest)
            stored += 1
    lead_ids = list(session.scalars(select(Lead.id).where(Lead.contact_id == contact_id)))
    words = person_words(contact)
    notes = session.execute(
        delete(Note).where(or_(Note.contact_id == contact_id, Note.lead_id.in_(lead_ids)))
    ).rowcount  # type: ignore[attr-defined]
    session.execute(
        update(FollowUp)
        .where(or_(FollowUp.contact_id == contact_id, FollowUp.lead_id.in_(lead_ids)))
        .values(title=translate("Privacy", "Follow-up (erased contact)"), note="", outcome="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(StageChange)
        .where(StageChange.lead_id.in_(lead_ids))
        .values(note="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Referral)
        .where(or_(Referral.referrer_id == contact_id, Referral.referred_contact_id == contact_id))
        .values(note="", thanks_note="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(ImportChange)
        .where(
            or_(
                and_(ImportChange.entity == "contact", ImportChange.entity_id == contact_id),
                and_(ImportChange.entity == "lead", ImportChange.entity_id.in_(lead_ids)),
            )
        )
        .values(old_values_json="{}", new_values_json="{}")
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(contact_tags).where(contact_tags.c.contact_id == contact_id))
    session.expire_all()
    contact = session.get(Contact, contact_id)
    assert contact is not None
    anonymous = translate("Privacy", "Erased contact {id}").format(id=contact_id)
    for name in PERSONAL_FIELDS:
        setattr(contact, name, "")
    if contact.kind == "person":
        contact.business_id = ""
    contact.name = anonymous
    contact.consent = False
    contact.consent_date = None
    contact.informed_on = None
    for lead in session.scalars(select(Lead).where(Lead.id.in_(lead_ids))):
        lead.title = anonymous
        lead.notes = ""
        lead.lost_note = ""
        if names_person(lead.source_detail, words):
            lead.source_detail = ""
    search_index.purge(session, lead_ids=lead_ids, contact_ids=[contact_id])
    return Erasure(contact_id, stored, notes or 0, len(lead_ids))


def is_erased_contact(contact: Contact) -> bool:
    return (
        not contact.email
        and not contact.phone
        and contact.name.startswith(translate("Privacy", "Erased contact {id}").format(id=contact.id))
    )


# --- GDPR article 14 --------------------------------------------------------------------


def notice_due_date(obtained: datetime | date) -> date:
    day = obtained.date() if isinstance(obtained, datetime) else obtained
    return day + timedelta(days=NOTICE_DAYS)


def notice_overdue(contact: Contact, today: date | None = None) -> bool:
    """A contact from a purchased list not informed within a month of being obtained."""
    if not contact.from_purchased_list or contact.informed_on is not None:
        return False
    created = contact.created_at or utcnow()
    return notice_due_date(created.astimezone()) < (today or date.today())


def notice_overdue_condition(today: date | None = None) -> ColumnElement[bool]:
    """A WHERE condition over ``Contact``: article 14 notice overdue."""
    limit_day = (today or date.today()) - timedelta(days=NOTICE_DAYS)
    limit = datetime.combine(limit_day, time(0, 0)).astimezone().astimezone(UTC)
    return and_(
        Contact.from_purchased_list.is_(True),
        Contact.informed_on.is_(None),
        Contact.created_at < limit,
    )


def overdue_notices(session: Session, today: date | None = None) -> list[int]:
    return list(
        session.scalars(select(Contact.id).where(notice_overdue_condition(today)).order_by(Contact.id))
    )


def mark_informed(session: Session, contact_ids: list[int], day: date | None = None) -> int:
    """Record that these contacts were sent the article 14 notice on ``day``.

    Every id must be a contact: otherwise nothing is recorded and the missing ids are named.
    """
    wanted = set(contact_ids)
    found = set(session.scalars(select(Contact.id).where(Contact.id.in_(wanted))))
    missing = sorted(wanted - found)
    if missing:
        raise UserError(
            translate("Privacy", "No contact with the id {ids}.").format(ids=", ".join(map(str, missing)))
        )
    result = session.execute(
        update(Contact)
        .where(Contact.id.in_(contact_ids))
        .values(informed_on=day or date.today())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
