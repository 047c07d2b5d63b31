"""Referrals: who referred whom, the referrers' figures, chains, thanks and rewards.

A ``Referral`` says that contact ``referrer`` (usually a customer) referred the lead ``lead``
of contact ``referred_contact``. The rules here are shared by the referrals view, the lead
form ("referred by"), the importer ("Referred by" / "Suosittelija" column) and the command
line:

- ``set_referrer`` records (or changes) who referred a lead; ``add_referral`` creates the
  referred person, their organization and their lead in one step from the referrer's side.
- Self-referral and circles (A refers B refers A, through any number of steps) are refused
  with :class:`SelfReferralError` / :class:`ReferralCycleError` (both ``UserError``).
- ``find_referrer`` / ``ReferrerLookup`` link a free-text value ("Matti Virtanen",
  "matti@example.fi", "Virtanen, Matti (Acme Oy)") to an existing contact.
- ``referrer_figures`` (aggregate SQL, period filter), ``referrals_report`` (for
  ``salesdesk report --json``), ``list_referrals``, ``referral_forest`` (the chains).
- Thank-you and reward tracking (``set_thanks``), the "thank the referrer" follow-up
  (``on_lead_won``, ``plan_thank_followup``, ``sweep_auto_thanks`` with the
  ``auto_thank_followup`` setting) and the "ask for referrals" list (``ask_list``,
  ``mark_asked``; "asked" is a done follow-up with rule ``ask_referral``).

Never imports Qt.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from salesdesk.crm import settings
from salesdesk.crm.clock import at_local, local_date, local_today, start_of_local_day, today_or
from salesdesk.crm.followups_core import new_uid
from salesdesk.crm.labels import stage_label
from salesdesk.crm.leads import create_lead
from salesdesk.crm.names import person_display_name, split_name
from salesdesk.db import search_index
from salesdesk.db.enums import (
    ContactKind,
    FollowUpKind,
    FollowUpStatus,
    LeadSource,
    StageKind,
    ThanksStatus,
)
from salesdesk.db.models import Contact, FollowUp, Lead, Referral, Stage
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate

RULE_THANK = "thank_referrer"
RULE_ASK = "ask_referral"
AUTO_THANK = "auto_thank_followup"
AUTO_THANK_SINCE = "auto_thank_followup_since"
_CHUNK = 500
# Aliases made once: building them per query costs more than running the query.
_ORG = aliased(Contact, name="org")
_REFERRER = aliased(Contact, name="referrer")
_REFERRED = aliased(Contact, name="referred")
_LEAD2 = aliased(Lead, name="lead2")


# --------------------------------------------------------------------------- errors


class ReferralError(UserError):
    """A referral that cannot be recorded (the message is translated)."""


class SelfReferralError(ReferralError):
    """A contact (or its own organization) referring itself."""


class ReferralCycleError(ReferralError):
    """The referral would close a circle: the referred contact already (indirectly) referred
    the referrer."""

    def __init__(self, message: str, chain: Sequence[int]) -> None:
        super().__init__(message)
        self.chain = list(chain)


# --------------------------------------------------------------------------- helpers


def _today(today: date | None) -> date:
    return today_or(today)


def _local_start(day: date) -> datetime:
    """Local midnight at the start of ``day``."""
    return start_of_local_day(day)


def _at_local(day: date, hour: int) -> datetime:
    return at_local(day, hour)


def _next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ReferralError(translate("Referrals", "The contact no longer exists."))
    return contact


def _lead(session: Session, lead_id: int) -> Lead:
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise ReferralError(translate("Referrals", "The lead no longer exists."))
    return lead


def _referral(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise ReferralError(translate("Referrals", "The referral no longer exists."))
    return referral


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# --------------------------------------------------------------------------- validation


def check_referral(
    session: Session,
    referrer_id: int,
    referred_contact_id: int,
    *,
    ignore_referral_id: int | None = None,
) -> None:
    """Refuse self-referral and circles, with a translated message.

    A contact cannot refer itself, its own organization or a member of its organization
    when it is that organization. A circle exists when ``referred_contact_id`` already
    referred ``referrer_id``, directly or through any chain of referrals.
    """
    referrer = _contact(session, referrer_id)
    referred = _contact(session, referred_contact_id)
    if referrer.id == referred.id:
        raise SelfReferralError(
            translate("Referrals", "{name} cannot refer themselves.").format(name=referrer.name)
        )
    if referrer.organization_id == referred.id or referred.organization_id == referrer.id:
        raise SelfReferralError(
            translate(
                "Referrals",
                "{referrer} belongs to {referred}: a referral must come from someone else.",
            ).format(
                referrer=referrer.name if referrer.organization_id == referred.id else referred.name,
                referred=referred.name if referrer.organization_id == referred.id else referrer.name,
            )
        )
    path = _referral_path(session, referred.id, referrer.id, ignore_referral_id)
    if path is not None:
        names = dict(session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(path))).all())
        chain = " → ".join(names.get(i, "?") for i in [referrer.id, *path])
        raise ReferralCycleError(
            translate(
                "Referrals",
                "{referred} already referred {referrer} (directly or through others), so "
                "this referral would go round in a circle: {chain}.",
            ).format(referred=referred.name, referrer=referrer.name, chain=chain),
            [referrer.id, *path],
        )


def _referral_path(
    session: Session, start: int, goal: int, ignore_referral_id: int | None
) -> list[int] | None:
    """The chain of contacts ``start → … → goal`` along referrals, or None (breadth first)."""
    parent: dict[int, int] = {start: start}
    frontier = [start]
    while frontier:
        found: list[int] = []
        for chunk in _chunks(frontier):
            query = select(Referral.referrer_id, Referral.referred_contact_id).where(
                Referral.referrer_id.in_(chunk)
            )
            if ignore_referral_id is not None:
                query = query.where(Referral.id != ignore_referral_id)
            for src, dst in session.execute(query).all():
                if dst in parent:
                    continue
                parent[dst] = src
                if dst == goal:
                    path = [dst]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return list(reversed(path))
                found.append(dst)
        frontier = found
    return None


def _check_date(referred_on: date, today: date) -> None:
    if referred_on > today:
        raise ReferralError(translate("Referrals", "The referral date cannot be in the future."))


# --------------------------------------------------------------------------- recording


def referral_for_lead(session: Session, lead_id: int) -> Referral | None:
    """The referral that brought this lead, if any."""
    return session.scalars(select(Referral).where(Referral.lead_id == lead_id)).first()


def set_referrer(
    session: Session,
    lead_id: int,
    referrer_id: int,
    date: date | None = None,
    note: str = "",
    set_source: bool = True,
    *,
    today: date | None = None,
) -> Referral:
    """Record that ``referrer_id`` referred the lead (or change who did).

    The lead's source becomes "referral" unless ``set_source`` is False; an empty source
    detail gets the referrer's name. Changing the referrer resets the thank-you status
    (thanks to the previous referrer do not count for the new one).
    Raises ``SelfReferralError`` / ``ReferralCycleError`` and changes nothing then.
    """
    day = _today(today)
    referred_on = date or day
    _check_date(referred_on, day)
    lead = _lead(session, lead_id)
    referrer = _contact(session, referrer_id)
    existing = referral_for_lead(session, lead_id)
    check_referral(
        session,
        referrer.id,
        lead.contact_id,
        ignore_referral_id=existing.id if existing is not None else None,
    )
    old_name = existing.referrer.name if existing is not None else None
    if existing is None:
        referral = Referral(
            referrer_id=referrer.id,
            referred_contact_id=lead.contact_id,
            lead_id=lead.id,
            referred_on=referred_on,
            note=note,
        )
        session.add(referral)
    else:
        referral = existing
        if referral.referrer_id != referrer.id:
            referral.thanks_status = ThanksStatus.NONE
            referral.thanked_on = None
            referral.rewarded_on = None
            referral.reward = ""
            _cancel_thank_followups(session, lead.id)
        referral.referrer_id = referrer.id
        referral.referrer = referrer
        referral.referred_contact_id = lead.contact_id
        referral.referred_on = referred_on
        referral.note = note
    if set_source:
        lead.source = LeadSource.REFERRAL
        if not lead.source_detail or lead.source_detail == old_name:
            lead.source_detail = referrer.name[:200]
    session.flush()
    return referral


def clear_referrer(session: Session, lead_id: int) -> bool:
    """Forget who referred the lead (cancels its planned thank-you follow-ups)."""
    referral = referral_for_lead(session, lead_id)
    if referral is None:
        return False
    _cancel_thank_followups(session, lead_id)
    session.delete(referral)
    session.flush()
    return True


def delete_referral(session: Session, referral_id: int) -> None:
    referral = _referral(session, referral_id)
    if referral.lead_id is not None:
        _cancel_thank_followups(session, referral.lead_id)
    session.delete(referral)
    session.flush()


_EMAIL = re.compile(r"[^\s<>(),;]+@[^\s<>(),;]+\.[^\s<>(),;]+")


def _normal_email(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise ReferralError(
            translate("Referrals", "{email} is not a valid e-mail address.").format(email=text)
        ) from None


def _normal_phone(session: Session, text: str) -> tuple[str, bool]:
    """(E.164, is a mobile number); ("", False) for empty text."""
    text = text.strip()
    if not text:
        return "", False
    import phonenumbers

    try:
        number = phonenumbers.parse(text, settings.default_region(session))
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ReferralError(translate("Referrals", "{phone} is not a valid phone number.").format(phone=text))
    mobile = phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)), mobile


def _organization(session: Session, company: str, owner_id: int | None) -> Contact:
    """The organization called ``company`` (case-insensitively), created if missing."""
    wanted = company.casefold()
    candidates = session.scalars(
        select(Contact)
        .where(
            Contact.kind == ContactKind.ORGANIZATION,
            or_(
                Contact.name == company,
                func.lower(Contact.name) == company.lower(),
                Contact.id.in_(search_index.matching_ids(session, "contact", company)),
            ),
        )
        .order_by(Contact.id)
        .limit(200)
    ).all()
    for candidate in candidates:
        if candidate.name.casefold() == wanted:
            return candidate
    org = Contact(kind=ContactKind.ORGANIZATION, name=company[:300], owner_id=owner_id)
    session.add(org)
    session.flush()
    return org


def add_referral(
    session: Session,
    referrer_id: int,
    *,
    name: str,
    company: str = "",
    email: str = "",
    phone: str = "",
    lead_title: str = "",
    value_cents: int = 0,
    referred_on: date | None = None,
    note: str = "",
    owner_id: int | None = None,
    changed_by: str = "",
    today: date | None = None,
) -> Referral:
    """ "Add a referral" from the referrer's side: the referred person (and organization),
    their lead (source "referral", first open stage) and the referral, in one step.

    A person whose e-mail is already known is reused instead of duplicated. Everything is
    checked before anything is written: bad input raises ``ReferralError`` and nothing
    is added (the caller's transaction rolls back on any error anyway).
    """
    day = _today(today)
    when = referred_on or day
    _check_date(when, day)
    referrer = _contact(session, referrer_id)
    name = " ".join(name.split())
    company = " ".join(company.split())
    if not name and not company:
        raise ReferralError(translate("Referrals", "Give the name of the referred person."))
    if value_cents < 0:
        raise ReferralError(translate("Referrals", "The value cannot be negative."))
    email_norm = _normal_email(email)
    phone_norm, is_mobile = _normal_phone(session, phone)
    if owner_id is None:
        me = settings.me(session)
        owner_id = me.id if me is not None else None

    person: Contact | None = None
    if email_norm:
        person = session.scalars(
            select(Contact)
            .where(or_(Contact.email == email_norm, Contact.email2 == email_norm))
            .order_by(Contact.id)
            .limit(1)
        ).first()
    if person is not None:
        check_referral(session, referrer.id, person.id)
    org = _organization(session, company, owner_id) if company else None
    if person is None:
        if name:
            first, last = split_name(name)
            person = Contact(
                kind=ContactKind.PERSON,
                name=person_display_name(first, last)[:300],
                first_name=first[:120],
                last_name=last[:120],
                email=email_norm,
                phone="" if is_mobile else phone_norm,
                mobile=phone_norm if is_mobile else "",
                organization=org,
                owner_id=owner_id,
            )
            session.add(person)
            session.flush()
        elif org is not None:
            person = org
            if email_norm and not org.email:
                org.email = email_norm
            if phone_norm and not org.phone:
                org.phone = phone_norm
        assert person is not None
        check_referral(session, referrer.id, person.id)
    elif org is not None and person.organization_id is None and person.kind == ContactKind.PERSON:
        person.organization = org
    title = lead_title.strip() or (
        company
        if company and name
        else translate("Referrals", "Referral from {name}").format(name=referrer.name)
    )
    lead = create_lead(
        session,
        contact=person,
        title=title[:300],
        value_cents=value_cents,
        source=LeadSource.REFERRAL,
        source_detail=referrer.name[:200],
        owner_id=owner_id,
        changed_by=changed_by,
    )
    referral = Referral(
        referrer_id=referrer.id,
        referred_contact_id=person.id,
        lead_id=lead.id,
        referred_on=when,
        note=note,
    )
    session.add(referral)
    session.flush()
    return referral


# --------------------------------------------------------------------------- finding a referrer


@dataclass(frozen=True)
class _Reference:
    emails: tuple[str, ...]
    names: tuple[str, ...]  # casefolded variants
    company: str  # casefolded, "" when not given


def parse_reference(text: str) -> _Reference:
    """Split "Virtanen, Matti (Acme Oy) <matti@acme.fi>" into e-mails, name variants, company."""
    text = " ".join(text.split())
    emails = tuple(dict.fromkeys(m.group(0).strip(".").lower() for m in _EMAIL.finditer(text)))
    rest = _EMAIL.sub(" ", text).replace("<", " ").replace(">", " ")
    company = ""
    paren = re.search(r"\(([^)]*)\)", rest)
    if paren:
        company = paren.group(1).strip()
        rest = rest[: paren.start()] + rest[paren.end() :]
    rest = " ".join(rest.split()).strip(" ,;-/")
    names: list[str] = []
    if rest:
        names.append(rest)
        if "," in rest:
            left, _, right = rest.partition(",")
            left, right = left.strip(), right.strip()
            if left and right:
                if " " in left.strip() or company:
                    # "Matti Virtanen, Acme Oy": name then company
                    names.append(left)
                    if not company:
                        company = right
                names.append(f"{right} {left}")  # "Virtanen, Matti"
        else:
            words = rest.split(" ")
            if len(words) == 2:
                names.append(f"{words[1]} {words[0]}")  # "Virtanen Matti"
    return _Reference(
        emails=emails,
        names=tuple(dict.fromkeys(n.casefold() for n in names if n)),
        company=company.casefold(),
    )


def _choose(candidates: Sequence[tuple[int, str, str, bool, str]], ref: _Reference) -> int | None:
    """Pick one of (id, kind, org name, is customer, name) or None when it is ambiguous."""
    unique = list({c[0]: c for c in candidates}.values())
    if len(unique) <= 1:
        return unique[0][0] if unique else None
    if ref.company:
        narrowed = [c for c in unique if c[2].casefold() == ref.company]
        if len(narrowed) == 1:
            return narrowed[0][0]
        unique = narrowed or unique
    customers = [c for c in unique if c[3]]
    if len(customers) == 1:
        return customers[0][0]
    persons = [c for c in unique if c[1] == ContactKind.PERSON]
    if len(persons) == 1 and len(unique) == 2 and any(c[1] == ContactKind.ORGANIZATION for c in unique):
        return persons[0][0]
    return None


def find_referrer(session: Session, text: str) -> Contact | None:
    """The existing contact a "Referred by" / "Suosittelija" value names, or None.

    Matches an e-mail address first (either of a contact's e-mails), then the name
    (case-insensitive; "Last, First" and "Last First" also work; "Name (Company)" narrows
    by organization). Returns None when nothing, or more than one contact, fits.
    For thousands of rows use :class:`ReferrerLookup`, which loads the names once.
    """
    ref = parse_reference(text)
    org = _ORG
    columns = (Contact.id, Contact.kind, func.coalesce(org.name, ""), Contact.customer_since, Contact.name)

    def rows(condition: Any) -> list[tuple[int, str, str, bool, str]]:
        found = session.execute(
            select(*columns).outerjoin(org, Contact.organization_id == org.id).where(condition).limit(200)
        ).all()
        return [(i, k, o, since is not None, n) for i, k, o, since, n in found]

    for email in ref.emails:
        found = rows(or_(Contact.email == email, Contact.email2 == email))
        if not found:
            found = rows(or_(func.lower(Contact.email) == email, func.lower(Contact.email2) == email))
        chosen = _choose(found, ref)
        if chosen is not None:
            return session.get(Contact, chosen)
    if not ref.names:
        return None
    # Exact (indexed) first, then case-insensitive among the full-text matches.
    words = " ".join(ref.names[0].split()[:4])
    matched = rows(Contact.id.in_(search_index.matching_ids(session, "contact", words)))
    exact = [c for c in matched if c[4].casefold() in ref.names]
    if not exact:
        original = text.strip()
        exact = rows(Contact.name == original) if original else []
    chosen = _choose(exact, ref)
    return session.get(Contact, chosen) if chosen is not None else None


class ReferrerLookup:
    """``find_referrer`` for bulk use (the importer): loads e-mails and names once.

    ``lookup(text)`` returns a contact id or None. Results are cached per text.
    """

    def __init__(self, session: Session) -> None:
        org = _ORG
        self._by_email: dict[str, list[tuple[int, str, str, bool, str]]] = defaultdict(list)
        self._by_name: dict[str, list[tuple[int, str, str, bool, str]]] = defaultdict(list)
        self._cache: dict[str, int | None] = {}
        query = select(
            Contact.id,
            Contact.kind,
            func.coalesce(org.name, ""),
            Contact.customer_since.is_not(None),
            Contact.name,
            Contact.email,
            Contact.email2,
        ).outerjoin(org, Contact.organization_id == org.id)
        for cid, kind, org_name, customer, name, email, email2 in session.execute(query).all():
            row = (cid, kind, org_name, bool(customer), name)
            for address in (email, email2):
                if address:
                    self._by_email[address.lower()].append(row)
            if name:
                self._by_name[name.casefold()].append(row)

    def add(self, contact_id: int, name: str, email: str = "", kind: str = ContactKind.PERSON) -> None:
        """Make a contact created during the import findable too."""
        row = (contact_id, kind, "", False, name)
        if email:
            self._by_email[email.lower()].append(row)
        if name:
            self._by_name[name.casefold()].append(row)
        self._cache.clear()

    def lookup(self, text: str) -> int | None:
        if text in self._cache:
            return self._cache[text]
        ref = parse_reference(text)
        chosen: int | None = None
        for email in ref.emails:
            chosen = _choose(self._by_email.get(email, []), ref)
            if chosen is not None:
                break
        if chosen is None and ref.names:
            candidates = [row for name in ref.names for row in self._by_name.get(name, [])]
            chosen = _choose(candidates, ref)
        self._cache[text] = chosen
        return chosen


def referrer_candidates(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, name, organization) of contacts matching ``text``: customers first (completion)."""
    if not text.strip():
        return []
    org = _ORG
    rows = session.execute(
        select(Contact.id, Contact.name, func.coalesce(org.name, ""))
        .outerjoin(org, Contact.organization_id == org.id)
        .where(Contact.id.in_(search_index.matching_ids(session, "contact", text)))
        .order_by(Contact.customer_since.is_(None), Contact.name, Contact.id)
        .limit(limit)
    ).all()
    return [(i, n, o) for i, n, o in rows]


def lead_candidates(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, lead title, contact name) of leads matching ``text``, newest first (completion)."""
    if not text.strip():
        return []
    rows = session.execute(
        select(Lead.id, Lead.title, Contact.name)
        .join(Contact, Lead.contact_id == Contact.id)
        .where(Lead.id.in_(search_index.matching_ids(session, "lead", text)))
        .order_by(Lead.created_at.desc(), Lead.id.desc())
        .limit(limit)
    ).all()
    return [(i, t, n) for i, t, n in rows]


# --------------------------------------------------------------------------- periods


class Period(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_90_DAYS = "last_90_days"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"


def period_range(period: str, today: date | None = None) -> tuple[date | None, date | None]:
    """(first day, last day) of a named period; (None, None) for all time."""
    day = _today(today)
    if period == Period.THIS_MONTH:
        return day.replace(day=1), day
    if period == Period.LAST_90_DAYS:
        return day - timedelta(days=89), day
    if period == Period.THIS_YEAR:
        return date(day.year, 1, 1), day
    if period == Period.LAST_YEAR:
        return date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)
    return None, None


def _period(query: Any, since: date | None, until: date | None) -> Any:
    if since is not None:
        query = query.where(Referral.referred_on >= since)
    if until is not None:
        query = query.where(Referral.referred_on <= until)
    return query


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class ReferrerFigures:
    referrer_id: int
    name: str
    organization: str
    is_customer: bool
    referrals: int
    open: int
    won: int
    lost: int
    won_value_cents: int
    last_referred_on: date | None
    not_thanked: int
    thanked: int
    rewarded: int

    @property
    def conversion_rate(self) -> float | None:
        """Won referrals / referrals made (None when there are none)."""
        return self.won / self.referrals if self.referrals else None

    @property
    def thanks_status(self) -> str:
        """The referrer's overall status: "none" while any referral is unthanked, then
        "thanked" while any is only thanked, else "rewarded"."""
        if self.not_thanked:
            return ThanksStatus.NONE
        if self.thanked:
            return ThanksStatus.THANKED
        return ThanksStatus.REWARDED


def referrer_figures(
    session: Session,
    since: date | None = None,
    until: date | None = None,
    *,
    referrer_id: int | None = None,
) -> list[ReferrerFigures]:
    """One row per referrer with referrals made in the period (``referred_on`` within
    ``since``..``until``, both inclusive), ordered by won value, then referrals made."""
    kind = Stage.kind

    def count_if(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    agg = select(
        Referral.referrer_id.label("rid"),
        func.count(Referral.id).label("made"),
        count_if(kind == StageKind.OPEN).label("open"),
        count_if(kind == StageKind.WON).label("won"),
        count_if(kind == StageKind.LOST).label("lost"),
        func.coalesce(func.sum(case((kind == StageKind.WON, Lead.value_cents), else_=0)), 0).label("value"),
        func.max(Referral.referred_on).label("last"),
        count_if(Referral.thanks_status == ThanksStatus.NONE).label("none"),
        count_if(Referral.thanks_status == ThanksStatus.THANKED).label("thanked"),
        count_if(Referral.thanks_status == ThanksStatus.REWARDED).label("rewarded"),
    ).select_from(Referral)
    agg = agg.outerjoin(Lead, Referral.lead_id == Lead.id).outerjoin(Stage, Lead.stage_id == Stage.id)
    agg = _period(agg, since, until)
    if referrer_id is not None:
        agg = agg.where(Referral.referrer_id == referrer_id)
    sub = agg.group_by(Referral.referrer_id).subquery()
    org = _ORG
    query = (
        select(
            sub.c.rid,
            Contact.name,
            func.coalesce(org.name, ""),
            Contact.customer_since,
            sub.c.made,
            sub.c.open,
            sub.c.won,
            sub.c.lost,
            sub.c.value,
            sub.c.last,
            sub.c.none,
            sub.c.thanked,
            sub.c.rewarded,
        )
        .join(Contact, Contact.id == sub.c.rid)
        .outerjoin(org, Contact.organization_id == org.id)
        .order_by(sub.c.value.desc(), sub.c.made.desc(), Contact.name, sub.c.rid)
    )
    result = []
    for row in session.execute(query).all():
        rid, name, org_name, since_, made, open_, won, lost, value, last, none, thanked, rewarded = row
        if isinstance(last, str):  # SQLite hands max() of a date back as text
            last = date.fromisoformat(last)
        result.append(
            ReferrerFigures(
                referrer_id=int(rid),
                name=name,
                organization=org_name,
                is_customer=since_ is not None,
                referrals=int(made),
                open=int(open_),
                won=int(won),
                lost=int(lost),
                won_value_cents=int(value),
                last_referred_on=last,
                not_thanked=int(none),
                thanked=int(thanked),
                rewarded=int(rewarded),
            )
        )
    return result


def referrals_report(
    session: Session, since: date | None = None, until: date | None = None
) -> list[dict[str, Any]]:
    """The ``referrals`` part of ``salesdesk report --json``."""
    return [
        {
            "referrer_id": f.referrer_id,
            "referrer": f.name,
            "referred": f.referrals,
            "won": f.won,
            "won_value_cents": f.won_value_cents,
        }
        for f in referrer_figures(session, since, until)
    ]


@dataclass(frozen=True)
class ReferralRow:
    id: int
    referred_on: date
    referrer_id: int
    referrer: str
    referred_contact_id: int
    referred: str
    organization: str
    lead_id: int | None
    lead_title: str
    stage: str
    stage_kind: str
    value_cents: int
    currency: str
    note: str
    thanks_status: str
    thanked_on: date | None
    rewarded_on: date | None
    reward: str
    thanks_note: str
    thank_followup: str  # "", "open" or "done": the thank-you follow-up of this referral

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "referred_on": self.referred_on.isoformat(),
            "referrer_id": self.referrer_id,
            "referrer": self.referrer,
            "referred_contact_id": self.referred_contact_id,
            "referred": self.referred,
            "organization": self.organization,
            "lead_id": self.lead_id,
            "lead_title": self.lead_title,
            "stage": self.stage,
            "stage_kind": self.stage_kind,
            "value_cents": self.value_cents,
            "currency": self.currency,
            "note": self.note,
            "thanks_status": self.thanks_status,
            "thanked_on": self.thanked_on.isoformat() if self.thanked_on else None,
            "rewarded_on": self.rewarded_on.isoformat() if self.rewarded_on else None,
            "reward": self.reward,
            "thanks_note": self.thanks_note,
            "thank_followup": self.thank_followup,
        }


def list_referrals(
    session: Session,
    since: date | None = None,
    until: date | None = None,
    *,
    referrer_id: int | None = None,
    lead_id: int | None = None,
    referral_id: int | None = None,
    waiting_only: bool = False,
) -> list[ReferralRow]:
    """Referrals in the period, newest first, with the referred lead's stage and value."""
    referrer = _REFERRER
    referred = _REFERRED
    org = _ORG
    thank = (
        select(
            FollowUp.lead_id.label("lead_id"),
            func.min(case((FollowUp.status == FollowUpStatus.OPEN, 0), else_=1)).label("state"),
        )
        .where(FollowUp.rule == RULE_THANK, FollowUp.status != FollowUpStatus.CANCELLED)
        .group_by(FollowUp.lead_id)
        .subquery()
    )
    query = (
        select(
            Referral.id,
            Referral.referred_on,
            Referral.referrer_id,
            Referral.referred_contact_id,
            Referral.lead_id,
            Referral.note,
            Referral.thanks_status,
            Referral.thanked_on,
            Referral.rewarded_on,
            Referral.reward,
            Referral.thanks_note,
            referrer.name,
            referred.name,
            func.coalesce(org.name, ""),
            Lead.title,
            Stage.name,
            Stage.key,
            Stage.kind,
            Lead.value_cents,
            Lead.currency,
            thank.c.state,
        )
        .join(referrer, Referral.referrer_id == referrer.id)
        .join(referred, Referral.referred_contact_id == referred.id)
        .outerjoin(org, referred.organization_id == org.id)
        .outerjoin(Lead, Referral.lead_id == Lead.id)
        .outerjoin(Stage, Lead.stage_id == Stage.id)
        .outerjoin(thank, thank.c.lead_id == Referral.lead_id)
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    )
    query = _period(query, since, until)
    if referrer_id is not None:
        query = query.where(Referral.referrer_id == referrer_id)
    if lead_id is not None:
        query = query.where(Referral.lead_id == lead_id)
    if referral_id is not None:
        query = query.where(Referral.id == referral_id)
    if waiting_only:
        query = query.where(Referral.thanks_status == ThanksStatus.NONE)
    rows = []
    for row in session.execute(query).all():
        (
            rid,
            on,
            referrer_id_,
            referred_id,
            lead_id_,
            note,
            status,
            thanked_on,
            rewarded_on,
            reward,
            tnote,
        ) = row[:11]
        rname, dname, oname, title, sname, skey, skind, value, currency, state = row[11:]
        rows.append(
            ReferralRow(
                id=rid,
                referred_on=on,
                referrer_id=referrer_id_,
                referrer=rname,
                referred_contact_id=referred_id,
                referred=dname,
                organization=oname,
                lead_id=lead_id_,
                lead_title=title or "",
                stage=stage_label(sname, skey) if sname is not None else "",
                stage_kind=skind or "",
                value_cents=int(value or 0),
                currency=currency or "EUR",
                note=note,
                thanks_status=status,
                thanked_on=thanked_on,
                rewarded_on=rewarded_on,
                reward=reward,
                thanks_note=tnote,
                thank_followup="" if state is None else ("open" if int(state) == 0 else "done"),
            )
        )
    return rows


# --------------------------------------------------------------------------- chains


@dataclass
class ChainNode:
    """A contact in a referral chain. The root is a referrer nobody referred; a child is a
    referred contact with the stage and value of the lead the referral brought."""

    contact_id: int
    name: str
    is_customer: bool
    referral_id: int | None = None
    lead_id: int | None = None
    referred_on: date | None = None
    stage: str = ""
    stage_kind: str = ""
    value_cents: int = 0
    currency: str = "EUR"
    children: list[ChainNode] = field(default_factory=list)

    def size(self) -> int:
        """This node and everyone below it."""
        return 1 + sum(child.size() for child in self.children)

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children), default=0)


def referral_forest(session: Session, *, contact_id: int | None = None) -> list[ChainNode]:
    """Every referral chain as a tree. A root's value is the won value of its own leads.

    With ``contact_id`` only the trees that contain that contact are returned. Biggest
    trees first. The data is read with two queries; trees are built in memory (referrals
    are few compared to leads).
    """
    referred = _REFERRED
    edges = session.execute(
        select(
            Referral.id,
            Referral.referrer_id,
            Referral.referred_contact_id,
            Referral.lead_id,
            Referral.referred_on,
            referred.name,
            referred.customer_since,
            Stage.name,
            Stage.key,
            Stage.kind,
            Lead.value_cents,
            Lead.currency,
        )
        .join(referred, Referral.referred_contact_id == referred.id)
        .outerjoin(Lead, Referral.lead_id == Lead.id)
        .outerjoin(Stage, Lead.stage_id == Stage.id)
        .order_by(Referral.referred_on, Referral.id)
    ).all()
    children: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    referrers: set[int] = set()
    referred_ids: set[int] = set()
    for edge in edges:
        children[edge[1]].append(edge)
        referrers.add(edge[1])
        referred_ids.add(edge[2])
    if not referrers:
        return []
    root_ids = sorted(referrers - referred_ids)

    def build(edge: tuple[Any, ...], seen: frozenset[int]) -> ChainNode:
        rid, _src, dst, lead_id, on, name, since, sname, skey, skind, value, currency = edge
        node = ChainNode(
            contact_id=dst,
            name=name,
            is_customer=since is not None,
            referral_id=rid,
            lead_id=lead_id,
            referred_on=on,
            stage=stage_label(sname, skey) if sname is not None else "",
            stage_kind=skind or "",
            value_cents=int(value or 0),
            currency=currency or "EUR",
        )
        if dst not in seen:  # guards against a circle written around these rules
            node.children = [build(child, seen | {dst}) for child in children.get(dst, [])]
        return node

    def make_roots(ids: list[int]) -> list[ChainNode]:
        if not ids:
            return []
        info: dict[int, tuple[str, bool]] = {}
        won: dict[int, tuple[int, str]] = {}
        for chunk in _chunks(ids):
            for cid, name, since in session.execute(
                select(Contact.id, Contact.name, Contact.customer_since).where(Contact.id.in_(chunk))
            ).all():
                info[cid] = (name, since is not None)
            for cid, value, currency in session.execute(
                select(Lead.contact_id, func.coalesce(func.sum(Lead.value_cents), 0), func.max(Lead.currency))
                .join(Stage, Lead.stage_id == Stage.id)
                .where(Stage.kind == StageKind.WON, Lead.contact_id.in_(chunk))
                .group_by(Lead.contact_id)
            ).all():
                won[cid] = (int(value), currency or "EUR")
        roots = []
        for cid in ids:
            name, customer = info.get(cid, ("?", False))
            value, currency = won.get(cid, (0, "EUR"))
            root = ChainNode(
                contact_id=cid,
                name=name,
                is_customer=customer,
                stage_kind=StageKind.WON if customer else "",
                value_cents=value,
                currency=currency,
            )
            root.children = [build(edge, frozenset({cid})) for edge in children.get(cid, [])]
            roots.append(root)
        return roots

    roots = make_roots(root_ids)
    covered: set[int] = set()

    def collect(node: ChainNode) -> None:
        covered.add(node.contact_id)
        for child in node.children:
            collect(child)

    for root in roots:
        collect(root)
    # Referrers only reachable through a circle (cannot be made here, but an old database
    # might hold one): show them as roots too, so nothing is hidden.
    leftover = sorted(referrers - covered)
    while leftover:
        extra = make_roots([leftover[0]])
        for root in extra:
            collect(root)
        roots.extend(extra)
        leftover = sorted(referrers - covered)
    if contact_id is not None:

        def contains(node: ChainNode) -> bool:
            return node.contact_id == contact_id or any(contains(c) for c in node.children)

        roots = [root for root in roots if contains(root)]
    roots.sort(key=lambda n: (-n.size(), n.name.casefold(), n.contact_id))
    return roots


# --------------------------------------------------------------------------- thanks and rewards


def set_thanks(
    session: Session,
    referral_id: int,
    status: str,
    *,
    on: date | None = None,
    reward: str = "",
    note: str | None = None,
    today: date | None = None,
) -> Referral:
    """Move a referral's thank-you status: none → thanked → rewarded (or back, to correct).

    ``on`` is the day of the thanks (or of the reward), today by default; a reward needs
    what was given. Thanking completes the referral's open "thank the referrer" follow-ups.
    """
    day = _today(today)
    referral = _referral(session, referral_id)
    if status not in set(ThanksStatus):
        raise ReferralError(
            translate("Referrals", "Unknown thank-you status: {status}").format(status=status)
        )
    when = on or day
    if status != ThanksStatus.NONE:
        if when > day:
            raise ReferralError(translate("Referrals", "The date of the thanks cannot be in the future."))
        if when < referral.referred_on:
            raise ReferralError(
                translate(
                    "Referrals", "The date of the thanks cannot be before the referral ({date})."
                ).format(date=referral.referred_on.isoformat())
            )
    reward = " ".join(reward.split())
    if status == ThanksStatus.REWARDED and not reward:
        raise ReferralError(translate("Referrals", "Say what was given as the reward."))
    if status == ThanksStatus.NONE:
        referral.thanked_on = None
        referral.rewarded_on = None
        referral.reward = ""
    elif status == ThanksStatus.THANKED:
        referral.thanked_on = when
        referral.rewarded_on = None
        referral.reward = ""
    else:
        referral.rewarded_on = when
        referral.reward = reward[:200]
        if referral.thanked_on is None or referral.thanked_on > when:
            referral.thanked_on = when
    referral.thanks_status = status
    if note is not None:
        referral.thanks_note = note
    if status != ThanksStatus.NONE and referral.lead_id is not None:
        now = utcnow()
        for followup in _thank_followups(session, referral.lead_id, open_only=True):
            followup.status = FollowUpStatus.DONE
            followup.done_at = now
            if not followup.outcome:
                followup.outcome = translate("Referrals", "Referrer thanked")
    session.flush()
    return referral


@dataclass(frozen=True)
class ThanksState:
    """A referral's thank-you fields, to put back (undo)."""

    status: str
    thanked_on: date | None
    rewarded_on: date | None
    reward: str
    note: str


def thanks_state(session: Session, referral_id: int) -> ThanksState:
    r = _referral(session, referral_id)
    return ThanksState(r.thanks_status, r.thanked_on, r.rewarded_on, r.reward, r.thanks_note)


def restore_thanks(session: Session, referral_id: int, state: ThanksState) -> None:
    """Write back thank-you fields as they were (no checks: they were valid then)."""
    r = _referral(session, referral_id)
    r.thanks_status = state.status
    r.thanked_on = state.thanked_on
    r.rewarded_on = state.rewarded_on
    r.reward = state.reward
    r.thanks_note = state.note
    session.flush()


def _thank_followups(session: Session, lead_id: int, *, open_only: bool) -> list[FollowUp]:
    query = select(FollowUp).where(FollowUp.rule == RULE_THANK, FollowUp.lead_id == lead_id)
    if open_only:
        query = query.where(FollowUp.status == FollowUpStatus.OPEN)
    return list(session.scalars(query.order_by(FollowUp.id)))


def _cancel_thank_followups(session: Session, lead_id: int) -> None:
    for followup in _thank_followups(session, lead_id, open_only=True):
        followup.status = FollowUpStatus.CANCELLED


def auto_thank_enabled(session: Session) -> bool:
    return settings.get(session, AUTO_THANK, "0") == "1"


def set_auto_thank(session: Session, enabled: bool, *, today: date | None = None) -> None:
    """Turn the automatic "thank the referrer" follow-up on or off. It applies to referred
    leads won from the day it is turned on (older wins are offered, not planned)."""
    was = auto_thank_enabled(session)
    settings.put(session, AUTO_THANK, "1" if enabled else "0")
    if enabled and not was:
        settings.put(session, AUTO_THANK_SINCE, _today(today).isoformat())
    session.flush()


def plan_thank_followup(
    session: Session,
    referral_id: int,
    *,
    due: date | None = None,
    owner_id: int | None = None,
    today: date | None = None,
) -> FollowUp:
    """A "thank the referrer" follow-up for this referral (the open one if already planned).

    It is on the referred lead (so it closes with the referral) and the referrer contact,
    due the next working day at 9:00 unless ``due`` says otherwise.
    """
    referral = _referral(session, referral_id)
    if referral.lead_id is None:
        raise ReferralError(translate("Referrals", "This referral has no lead any more."))
    existing = _thank_followups(session, referral.lead_id, open_only=True)
    if existing:
        return existing[0]
    lead = _lead(session, referral.lead_id)
    referrer = referral.referrer
    followup = FollowUp(
        uid=new_uid(),
        lead_id=lead.id,
        contact_id=referrer.id,
        owner_id=owner_id if owner_id is not None else lead.owner_id,
        kind=FollowUpKind.CALL,
        title=translate("Referrals", "Thank {referrer} for referring {referred}").format(
            referrer=referrer.name, referred=referral.referred_contact.name
        )[:300],
        due_at=_at_local(due or _next_working_day(_today(today)), 9),
        rule=RULE_THANK,
    )
    session.add(followup)
    session.flush()
    return followup


def on_lead_won(session: Session, lead_id: int, *, today: date | None = None) -> FollowUp | None:
    """Call after a lead is won: plans "thank the referrer" when the lead was referred, the
    referrer is not thanked yet, none was planned before, and ``auto_thank_followup`` is on.

    Returns the new follow-up, or None (then the referrals view offers it instead).
    """
    if not auto_thank_enabled(session):
        return None
    referral = referral_for_lead(session, lead_id)
    if referral is None or referral.thanks_status != ThanksStatus.NONE:
        return None
    if _thank_followups(session, lead_id, open_only=False):
        return None
    return plan_thank_followup(session, referral.id, today=today)


def thank_offers(session: Session) -> list[int]:
    """Ids of referrals whose lead is won, with the referrer not thanked and no thank-you
    follow-up ever planned: what the view offers to plan."""
    planned = select(FollowUp.lead_id).where(FollowUp.rule == RULE_THANK, FollowUp.lead_id.is_not(None))
    query = (
        select(Referral.id)
        .join(Lead, Referral.lead_id == Lead.id)
        .join(Stage, Lead.stage_id == Stage.id)
        .where(
            Stage.kind == StageKind.WON,
            Referral.thanks_status == ThanksStatus.NONE,
            Referral.lead_id.not_in(planned),
        )
        .order_by(Lead.closed_at.desc(), Referral.id)
    )
    return list(session.scalars(query))


def sweep_auto_thanks(session: Session, *, today: date | None = None) -> int:
    """With ``auto_thank_followup`` on, plan the thank-you follow-ups of referred leads won
    since it was turned on that have none yet (whoever moved them to won). Idempotent."""
    if not auto_thank_enabled(session):
        return 0
    since_text = settings.get(session, AUTO_THANK_SINCE, "")
    try:
        since = date.fromisoformat(since_text) if since_text else _today(today)
    except ValueError:
        since = _today(today)
    start = _local_start(since)
    ids = thank_offers(session)
    made = 0
    for chunk in _chunks(ids):
        recent = set(
            session.scalars(
                select(Referral.id)
                .join(Lead, Referral.lead_id == Lead.id)
                .where(
                    Referral.id.in_(chunk),
                    func.coalesce(Lead.closed_at, Lead.stage_changed_at) >= start,
                )
            )
        )
        for rid in chunk:
            if rid in recent:
                plan_thank_followup(session, rid, today=today)
                made += 1
    return made


def sync_thanks_from_followups(session: Session) -> int:
    """Referrals still "not thanked" whose "thank the referrer" follow-up was marked done
    (in the agenda, say) become "thanked" on the day it was done. Returns how many."""
    rows = session.execute(
        select(Referral, func.max(FollowUp.done_at))
        .join(FollowUp, FollowUp.lead_id == Referral.lead_id)
        .where(
            FollowUp.rule == RULE_THANK,
            FollowUp.status == FollowUpStatus.DONE,
            Referral.thanks_status == ThanksStatus.NONE,
        )
        .group_by(Referral.id)
    ).all()
    for referral, done_at in rows:
        day = _local_day(done_at) or local_today()
        referral.thanks_status = ThanksStatus.THANKED
        referral.thanked_on = max(day, referral.referred_on)
    if rows:
        session.flush()
    return len(rows)


# --------------------------------------------------------------------------- asking for referrals


@dataclass(frozen=True)
class AskRow:
    contact_id: int
    name: str
    organization: str
    won_on: date | None  # the latest won deal's close day (local)
    won_deals: int
    won_value_cents: int
    referrals_made: int
    last_asked_on: date | None
    planned_on: date | None  # due day of an open "ask for a referral" follow-up


def _local_day(value: Any) -> date | None:
    return local_date(value)


def ask_list(session: Session, *, limit: int | None = None) -> list[AskRow]:
    """Customers with a won deal not asked for a referral since their latest win, latest
    win first. "Asked" is a done follow-up with rule ``ask_referral`` on the contact (or on
    one of its leads).

    Four aggregate queries (wins, asks done, asks planned, referrals made per contact) are
    merged here: SQLite joins such grouped subqueries slowly.
    """
    won_at = func.coalesce(Lead.closed_at, Lead.stage_changed_at)
    wins = {
        int(cid): (last, int(deals), int(value))
        for cid, last, deals, value in session.execute(
            select(
                Lead.contact_id,
                func.max(won_at),
                func.count(Lead.id),
                func.coalesce(func.sum(Lead.value_cents), 0),
            )
            .join(Stage, Lead.stage_id == Stage.id)
            .where(Stage.kind == StageKind.WON)
            .group_by(Lead.contact_id)
        ).all()
    }
    lead2 = _LEAD2
    who = func.coalesce(FollowUp.contact_id, lead2.contact_id)

    def per_contact(status: str, value: Any, agg: Any) -> dict[int, Any]:
        return {
            int(cid): found
            for cid, found in session.execute(
                select(who, agg(value))
                .select_from(FollowUp)
                .outerjoin(lead2, FollowUp.lead_id == lead2.id)
                .where(FollowUp.rule == RULE_ASK, FollowUp.status == status)
                .group_by(who)
            ).all()
            if cid is not None
        }

    asked = per_contact(FollowUpStatus.DONE, func.coalesce(FollowUp.done_at, FollowUp.due_at), func.max)
    planned = per_contact(FollowUpStatus.OPEN, FollowUp.due_at, func.min)
    made = {
        int(cid): int(n)
        for cid, n in session.execute(
            select(Referral.referrer_id, func.count(Referral.id)).group_by(Referral.referrer_id)
        ).all()
    }
    waiting: list[tuple[date | None, int]] = []
    for cid, (last, _deals, _value) in wins.items():
        won_on = _local_day(last)
        asked_on = _local_day(asked.get(cid))
        # A win is closed at noon of its day: asking earlier that day still counts as asked.
        if asked_on is None or won_on is None or asked_on < won_on:
            waiting.append((won_on, cid))
    ids = [cid for _day, cid in waiting]
    names: dict[int, tuple[str, str]] = {}
    org = _ORG
    for chunk in _chunks(ids):
        for cid, name, org_name in session.execute(
            select(Contact.id, Contact.name, func.coalesce(org.name, ""))
            .outerjoin(org, Contact.organization_id == org.id)
            .where(Contact.id.in_(chunk))
        ).all():
            names[int(cid)] = (name, org_name)
    rows = []
    for won_on, cid in waiting:
        if cid not in names:
            continue
        last, deals, value = wins[cid]
        rows.append(
            AskRow(
                contact_id=cid,
                name=names[cid][0],
                organization=names[cid][1],
                won_on=won_on,
                won_deals=deals,
                won_value_cents=value,
                referrals_made=made.get(cid, 0),
                last_asked_on=_local_day(asked.get(cid)),
                planned_on=_local_day(planned.get(cid)),
            )
        )
    rows.sort(key=lambda r: (-(r.won_on.toordinal() if r.won_on else 0), r.name.casefold(), r.contact_id))
    return rows[:limit] if limit is not None else rows


def mark_asked(
    session: Session,
    contact_id: int,
    *,
    outcome: str = "",
    when: datetime | None = None,
    owner_id: int | None = None,
) -> FollowUp:
    """Record that the customer was asked for referrals: completes their open "ask for a
    referral" follow-ups, or writes a done one when none was planned."""
    contact = _contact(session, contact_id)
    now = when or utcnow()
    text = outcome.strip() or translate("Referrals", "Asked for referrals")
    lead_ids = select(Lead.id).where(Lead.contact_id == contact.id)
    open_ones = list(
        session.scalars(
            select(FollowUp)
            .where(
                FollowUp.rule == RULE_ASK,
                FollowUp.status == FollowUpStatus.OPEN,
                or_(
                    FollowUp.contact_id == contact.id,
                    and_(FollowUp.contact_id.is_(None), FollowUp.lead_id.in_(lead_ids)),
                ),
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
    )
    for followup in open_ones:
        followup.status = FollowUpStatus.DONE
        followup.done_at = now
        followup.outcome = followup.outcome or text
    if open_ones:
        session.flush()
        return open_ones[0]
    latest_won = session.scalar(
        select(Lead.id)
        .join(Stage, Lead.stage_id == Stage.id)
        .where(Lead.contact_id == contact.id, Stage.kind == StageKind.WON)
        .order_by(func.coalesce(Lead.closed_at, Lead.stage_changed_at).desc(), Lead.id.desc())
        .limit(1)
    )
    if owner_id is None:
        me = settings.me(session)
        owner_id = me.id if me is not None else contact.owner_id
    followup = FollowUp(
        uid=new_uid(),
        lead_id=latest_won,
        contact_id=contact.id,
        owner_id=owner_id,
        kind=FollowUpKind.CALL,
        title=translate("Referrals", "Ask {name} for a referral").format(name=contact.name)[:300],
        due_at=now,
        status=FollowUpStatus.DONE,
        done_at=now,
        outcome=text,
        rule=RULE_ASK,
    )
    session.add(followup)
    session.flush()
    return followup


__all__ = [
    "AUTO_THANK",
    "RULE_ASK",
    "RULE_THANK",
    "AskRow",
    "ChainNode",
    "Period",
    "ReferralCycleError",
    "ReferralError",
    "ReferralRow",
    "ReferrerFigures",
    "ReferrerLookup",
    "SelfReferralError",
    "ThanksState",
    "add_referral",
    "ask_list",
    "auto_thank_enabled",
    "check_referral",
    "clear_referrer",
    "delete_referral",
    "find_referrer",
    "lead_candidates",
    "list_referrals",
    "mark_asked",
    "on_lead_won",
    "parse_reference",
    "period_range",
    "plan_thank_followup",
    "referral_for_lead",
    "referral_forest",
    "referrals_report",
    "referrer_candidates",
    "referrer_figures",
    "restore_thanks",
    "set_auto_thank",
    "set_referrer",
    "set_thanks",
    "sweep_auto_thanks",
    "sync_thanks_from_followups",
    "thank_offers",
    "thanks_state",
]
