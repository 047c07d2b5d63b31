"""Leads through the funnel: create, move (with history), win, lose, revive.

The board, the lead form, the leads table and the command line all call these functions,
so a rule (history row, customer mark, lost-reason handling) lives here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesdesk.crm.clock import at_local, today_or
from salesdesk.crm.followups_core import create_followup
from salesdesk.crm.funnel import first_open_stage, suggest_temperature
from salesdesk.db.enums import FollowUpKind, LeadSource, LostReason, StageKind
from salesdesk.db.models import Contact, Lead, Stage, StageChange
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def create_lead(
    session: Session,
    *,
    contact: Contact,
    title: str = "",
    stage: Stage | None = None,
    value_cents: int = 0,
    currency: str = "EUR",
    expected_close: date | None = None,
    temperature: str | None = None,
    source: str = LeadSource.OTHER,
    source_detail: str = "",
    owner_id: int | None = None,
    notes: str = "",
    changed_by: str = "",
) -> Lead:
    """A new lead at the top of its stage's column, with its first history row."""
    stage = stage or first_open_stage(session)
    top = session.scalar(select(func.min(Lead.position)).where(Lead.stage_id == stage.id))
    now = utcnow()
    lead = Lead(
        contact=contact,
        title=title,
        stage_id=stage.id,
        position=(top - 1) if top is not None else 0,
        value_cents=value_cents,
        currency=currency,
        expected_close=expected_close,
        temperature=temperature or suggest_temperature(expected_close),
        temperature_manual=temperature is not None,
        source=source,
        source_detail=source_detail,
        owner_id=owner_id,
        notes=notes,
        stage_changed_at=now,
        last_activity_at=now,
        created_at=now,
    )
    session.add(lead)
    session.flush()
    session.add(
        StageChange(
            lead_id=lead.id, from_stage_id=None, to_stage_id=stage.id, changed_at=now, changed_by=changed_by
        )
    )
    return lead


@dataclass(frozen=True)
class MoveResult:
    lead_id: int
    from_stage_id: int
    to_stage_id: int
    from_position: int
    to_position: int


def move_lead(
    session: Session,
    lead: Lead,
    stage: Stage,
    *,
    position: int | None = None,
    changed_by: str = "",
    note: str = "",
    when: datetime | None = None,
) -> MoveResult:
    """Move ``lead`` to ``stage`` (at ``position`` in its column, default the top).

    A change of stage writes a history row and resets the days-in-stage and stale clocks; closing
    stages set ``closed_at`` and reopening clears it. Won/lost details are set by
    ``mark_won`` / ``mark_lost``, which call this.
    """
    old_stage_id, old_position = lead.stage_id, lead.position
    if position is None:
        top = session.scalar(
            select(func.min(Lead.position)).where(Lead.stage_id == stage.id, Lead.id != lead.id)
        )
        position = (top - 1) if top is not None else 0
    else:
        # Make room: shift the cards at and below ``position`` down by one.
        session.execute(
            update(Lead)
            .where(Lead.stage_id == stage.id, Lead.position >= position, Lead.id != lead.id)
            .values(position=Lead.position + 1)
            .execution_options(synchronize_session="fetch")
        )
    lead.position = position
    if stage.id != old_stage_id:
        now = when or utcnow()
        lead.stage_id = stage.id
        lead.stage = stage
        lead.stage_changed_at = now
        lead.last_activity_at = now  # a move is activity: it resets the stale clock
        if stage.kind == StageKind.OPEN:
            lead.closed_at = None
            lead.discarded = False
        elif lead.closed_at is None:
            lead.closed_at = now
        session.add(
            StageChange(
                lead_id=lead.id,
                from_stage_id=old_stage_id,
                to_stage_id=stage.id,
                changed_at=now,
                changed_by=changed_by,
                note=note,
            )
        )
    session.flush()
    return MoveResult(lead.id, old_stage_id, stage.id, old_position, position)


def check_won(
    *, value_cents: int | None = None, close_date: date | None = None, today: date | None = None
) -> None:
    """What winning needs (the Won dialog and ``mark_won`` both ask): a value that is not
    negative and a close date that is not in the future. Raises ``UserError``."""
    if value_cents is not None and value_cents < 0:
        raise UserError(translate("Leads", "The value of the deal cannot be negative."))
    if close_date is not None and close_date > today_or(today):
        raise UserError(translate("Leads", "The close date cannot be in the future."))


def check_lost(
    *,
    reason: str | None,
    revisit_on: date | None = None,
    close_date: date | None = None,
    today: date | None = None,
) -> None:
    """What losing needs (the Lost dialog and ``mark_lost`` both ask): a known reason (there
    is no default: "no buying intent" discards the lead), and for "bought from a competitor"
    a revisit date after the close date (today). Raises ``UserError``."""
    if not reason:
        raise UserError(translate("Leads", "Choose why the deal was lost."))
    if reason not in set(LostReason):
        raise UserError(translate("Leads", "Unknown lost reason: {reason}").format(reason=reason))
    if reason != LostReason.COMPETITOR:
        return
    if revisit_on is None:
        raise UserError(translate("Leads", "Give a revisit date for a deal lost to a competitor."))
    closed = close_date or today_or(today)
    if revisit_on <= closed:
        raise UserError(translate("Leads", "The revisit date must be after the close date."))


def mark_won(
    session: Session,
    lead: Lead,
    stage: Stage,
    *,
    value_cents: int | None = None,
    close_date: date | None = None,
    changed_by: str = "",
    ask_referral_in_days: int | None = None,
) -> MoveResult:
    """Win the lead: confirm value and close date, make the contact a customer, and
    optionally plan an "ask for a referral" follow-up."""
    if stage.kind != StageKind.WON:
        raise UserError(translate("Leads", "{stage} is not a won stage.").format(stage=stage.name))
    check_won(value_cents=value_cents, close_date=close_date)
    result = move_lead(session, lead, stage, changed_by=changed_by)
    if value_cents is not None:
        lead.value_cents = value_cents
    closed = today_or(close_date)
    lead.closed_at = at_local(closed, 12)
    lead.lost_reason = ""
    contact = lead.contact
    if contact.customer_since is None or contact.customer_since > closed:
        contact.customer_since = closed
    if contact.organization is not None and contact.organization.customer_since is None:
        contact.organization.customer_since = closed
    if ask_referral_in_days is not None:
        from datetime import timedelta

        create_followup(
            session,
            lead=lead,
            due_at=at_local(closed + timedelta(days=ask_referral_in_days), 10),
            title=translate("Leads", "Ask {name} for a referral").format(name=contact.name),
            kind=FollowUpKind.CALL,
            rule="ask_referral",
        )
    session.flush()
    # A referred lead: plan "thank the referrer" when the user has turned that on.
    from salesdesk.crm.referrals import on_lead_won

    on_lead_won(session, lead.id)
    return result


def mark_lost(
    session: Session,
    lead: Lead,
    stage: Stage,
    *,
    reason: str,
    note: str = "",
    revisit_on: date | None = None,
    changed_by: str = "",
) -> MoveResult:
    """Lose the lead with a reason. "Bought from a competitor" needs a revisit date and plans
    that follow-up; "no buying intent" discards the lead from the open funnel."""
    if stage.kind != StageKind.LOST:
        raise UserError(translate("Leads", "{stage} is not a lost stage.").format(stage=stage.name))
    check_lost(reason=reason, revisit_on=revisit_on)
    result = move_lead(session, lead, stage, changed_by=changed_by, note=note)
    lead.lost_reason = reason
    lead.lost_note = note
    lead.discarded = reason == LostReason.NO_INTENT
    lead.revisit_on = revisit_on if reason == LostReason.COMPETITOR else None
    if reason == LostReason.COMPETITOR and revisit_on is not None:
        create_followup(
            session,
            lead=lead,
            due_at=at_local(revisit_on, 9),
            title=translate("Leads", "Revisit {name}: bought from a competitor").format(
                name=lead.contact.name
            ),
            kind=FollowUpKind.CALL,
            rule="revisit",
        )
    session.flush()
    return result


def revive(session: Session, lead: Lead, *, changed_by: str = "", owner_id: int | None = None) -> Lead:
    """A new lead on the same contact, source "revived lost deal", linked to the lost one."""
    if lead.stage.kind != StageKind.LOST:
        raise UserError(translate("Leads", "Only a lost lead can be revived."))
    new = create_lead(
        session,
        contact=lead.contact,
        title=lead.title,
        value_cents=lead.value_cents,
        currency=lead.currency,
        source=LeadSource.REVIVED,
        source_detail=lead.source_detail,
        owner_id=owner_id if owner_id is not None else lead.owner_id,
        changed_by=changed_by,
    )
    new.revived_from_id = lead.id
    new.tags = list(lead.tags)
    session.flush()
    return new


def history(session: Session, lead_id: int) -> list[StageChange]:
    return list(
        session.scalars(
            select(StageChange)
            .where(StageChange.lead_id == lead_id)
            .order_by(StageChange.changed_at, StageChange.id)
        )
    )
