"""Creating follow-ups: the one function every feature uses to plan a next step.

The follow-ups issue builds the agenda, reminders, recurrence and rules in
``crm/followups.py`` on top of this.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from salesdesk.crm.clock import at_local as at_local  # re-exported: the usual import place
from salesdesk.db.enums import FollowUpKind
from salesdesk.db.models import FollowUp, Lead


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def new_uid() -> str:
    return uuid.uuid4().hex


def create_followup(
    session: Session,
    *,
    due_at: datetime,
    title: str,
    kind: str = FollowUpKind.CALL,
    lead: Lead | None = None,
    lead_id: int | None = None,
    contact_id: int | None = None,
    owner_id: int | None = None,
    note: str = "",
    all_day: bool = False,
    duration_min: int = 0,
    rule: str = "",
) -> FollowUp:
    """Plan a follow-up on a lead (or a contact). The owner defaults to the lead's owner."""
    if lead is None and lead_id is not None:
        lead = session.get(Lead, lead_id)
    followup = FollowUp(
        uid=new_uid(),
        lead_id=lead.id if lead is not None else None,
        contact_id=contact_id if contact_id is not None else (lead.contact_id if lead is not None else None),
        owner_id=owner_id if owner_id is not None else (lead.owner_id if lead is not None else None),
        kind=kind,
        title=title,
        due_at=due_at,
        all_day=all_day,
        duration_min=duration_min,
        note=note,
        rule=rule,
    )
    session.add(followup)
    return followup
