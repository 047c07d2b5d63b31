"""Trade-show quick capture, and planning the follow-ups after the event.

``capture_visitor`` turns what a salesperson types at a stand (name, company, phone or
e-mail, hot/warm/cold, one note) into a contact and a lead with source "trade show" and the
event as source detail. ``propose_followups`` suggests one follow-up per captured lead by
temperature; the user edits the proposals and ``create_followups`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from salesdesk.crm import settings
from salesdesk.crm.clock import today_or
from salesdesk.crm.contacts import ensure_organization
from salesdesk.crm.followups_core import at_local, create_followup, next_working_day
from salesdesk.crm.leads import create_lead
from salesdesk.crm.names import person_display_name, split_name
from salesdesk.crm.validation import check_email, check_phone
from salesdesk.db.enums import FollowUpKind, FollowUpStatus, LeadSource, StageKind, Temperature
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Stage
from salesdesk.errors import UserError
from salesdesk.i18n import translate


@dataclass(frozen=True)
class Captured:
    lead_id: int
    contact_id: int
    reused_contact: bool  # the e-mail or phone was already known


def split_reach(text: str, region: str = "FI") -> tuple[str, str]:
    """The "phone or e-mail" field as (email, phone), normalised; UserError when invalid."""
    raw = text.strip()
    if not raw:
        return "", ""
    if "@" in raw:
        checked = check_email(raw)
        if not checked.ok:
            raise UserError(checked.error)
        return checked.value, ""
    checked = check_phone(raw, region)
    if not checked.ok:
        raise UserError(checked.error)
    return "", checked.value


def capture_visitor(
    session: Session,
    *,
    event: str,
    name: str,
    company: str = "",
    reach: str = "",
    temperature: str = Temperature.WARM,
    note: str = "",
    owner_id: int | None = None,
    author: str = "",
) -> Captured:
    """Create (or reuse, by the same e-mail or phone) the visitor's contact and a new lead."""
    event = event.strip()
    if not event:
        raise UserError(translate("Capture", "Give the event's name first."))
    name = " ".join(name.split())
    company = company.strip()
    if not name and not company:
        raise UserError(translate("Capture", "Give the visitor's name or company."))
    if temperature not in set(Temperature):
        raise UserError(translate("Capture", "Choose hot, warm or cold."))
    region = settings.default_region(session)
    email, phone = split_reach(reach, region)
    org = ensure_organization(session, company) if company else None
    contact: Contact | None = None
    if email or phone:
        cond = (
            func.lower(Contact.email) == email.lower()
            if email
            else ((Contact.phone == phone) | (Contact.mobile == phone))
        )
        contact = session.scalars(
            select(Contact).where(cond, Contact.kind == "person").order_by(Contact.id).limit(1)
        ).first()
    reused = contact is not None
    if contact is None:
        if name:
            first, last = split_name(name)
            contact = Contact(
                kind="person",
                first_name=first,
                last_name=last,
                name=person_display_name(first, last),
                organization=org,
                email=email,
                mobile=phone,
                owner_id=owner_id,
            )
            session.add(contact)
        else:
            assert org is not None
            contact = org
            if email and not org.email:
                org.email = email
            if phone and not org.phone:
                org.phone = phone
    elif org is not None and contact.organization_id is None:
        contact.organization = org
    session.flush()
    title = event if not company else f"{company}: {event}"
    lead = create_lead(
        session,
        contact=contact,
        title=title,
        temperature=temperature,
        source=LeadSource.TRADE_SHOW,
        source_detail=event,
        owner_id=owner_id,
        changed_by=author,
    )
    if note.strip():
        session.add(Note(lead_id=lead.id, contact_id=contact.id, body=note.strip(), author=author))
    session.flush()
    return Captured(lead.id, contact.id, reused)


def recent_events(session: Session, limit: int = 20) -> list[tuple[str, int]]:
    """Trade shows leads were captured at (source detail, number of leads), newest first."""
    rows = session.execute(
        select(Lead.source_detail, func.count(), func.max(Lead.created_at))
        .where(Lead.source == LeadSource.TRADE_SHOW, Lead.source_detail != "")
        .group_by(Lead.source_detail)
        .order_by(func.max(Lead.created_at).desc())
        .limit(limit)
    ).all()
    return [(detail, count) for detail, count, _ in rows]


# --- follow-ups after the event ---------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """One follow-up to create; the dialog edits ``kind``, ``due``, ``title`` and ``include``."""

    lead_id: int
    contact_name: str
    temperature: str
    kind: str
    due: date
    title: str
    include: bool = True


def last_working_day_within(start: date, days: int) -> date:
    """The last working day at most ``days`` after ``start`` (and after ``start``)."""
    day = start + timedelta(days=days)
    while day.weekday() >= 5 and day > start + timedelta(days=1):
        day -= timedelta(days=1)
    if day.weekday() >= 5:
        day = next_working_day(start)
    return day


def default_plan(temperature: str, today: date) -> tuple[str, date]:
    """The default (kind, due date) by temperature: hot → call the next working day,
    warm → e-mail within three days, cold → a nurturing touch in two weeks."""
    if temperature == Temperature.HOT:
        return FollowUpKind.CALL, next_working_day(today)
    if temperature == Temperature.WARM:
        return FollowUpKind.EMAIL, last_working_day_within(today, 3)
    day = today + timedelta(days=14)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return FollowUpKind.TASK, day


def _title(temperature: str, name: str, event: str) -> str:
    if temperature == Temperature.HOT:
        return translate("Capture", "Call {name} ({event})").format(name=name, event=event)
    if temperature == Temperature.WARM:
        return translate("Capture", "E-mail {name} after {event}").format(name=name, event=event)
    return translate("Capture", "Nurture {name}: send material ({event})").format(name=name, event=event)


def propose_followups(session: Session, event: str, today: date | None = None) -> list[Proposal]:
    """One proposal per open lead captured at ``event`` that has no open follow-up yet."""
    today = today_or(today)
    has_open = exists().where(and_(FollowUp.lead_id == Lead.id, FollowUp.status == FollowUpStatus.OPEN))
    rows = session.execute(
        select(Lead.id, Lead.temperature, Contact.name)
        .join(Contact, Lead.contact_id == Contact.id)
        .join(Stage, Lead.stage_id == Stage.id)
        .where(
            Lead.source == LeadSource.TRADE_SHOW,
            Lead.source_detail == event,
            Stage.kind == StageKind.OPEN,
            ~has_open,
        )
        .order_by(Lead.id)
    ).all()
    order: dict[str, int] = {Temperature.HOT: 0, Temperature.WARM: 1, Temperature.COLD: 2}
    rows = sorted(rows, key=lambda r: (order.get(r[1], 3), r[0]))
    proposals = []
    for lead_id, temperature, name in rows:
        kind, due = default_plan(temperature, today)
        proposals.append(Proposal(lead_id, name, temperature, kind, due, _title(temperature, name, event)))
    return proposals


def create_followups(
    session: Session, proposals: list[Proposal], *, hour: int = 9, owner_id: int | None = None
) -> list[FollowUp]:
    """Create the included proposals as follow-ups (through ``create_followup``)."""
    created = []
    for p in proposals:
        if not p.include:
            continue
        lead = session.get(Lead, p.lead_id)
        if lead is None:
            continue
        due: datetime = at_local(p.due, hour)
        created.append(
            create_followup(
                session,
                lead=lead,
                due_at=due,
                title=p.title,
                kind=p.kind,
                owner_id=owner_id,
                rule="event_plan",
            )
        )
    session.flush()
    return created


def with_changes(proposal: Proposal, **changes: object) -> Proposal:
    return replace(proposal, **changes)  # type: ignore[arg-type]
