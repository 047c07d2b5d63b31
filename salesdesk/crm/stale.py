"""The stale rule, once: the board (headers, cards, "Stale only"), the leads table's
"Stale only" filter and the exports made from them all ask here.

A lead is *stale* when it sits in an open stage whose ``stale_after_days`` is above 0, has
had no activity (``Lead.last_activity_at``) for that many days, and has no open follow-up
still ahead. A planned next step keeps a lead fresh; so does any activity, a move to
another stage included (``crm.leads.move_lead`` sets ``last_activity_at``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, false, literal, select
from sqlalchemy.orm import Session

from salesdesk.db.enums import FollowUpStatus, StageKind
from salesdesk.db.models import FollowUp, Lead, Stage
from salesdesk.db.types import UTCDateTime


def threshold(stage_kind: str, stale_after_days: int, now: datetime) -> datetime | None:
    """Activity before this moment makes a lead of such a stage stale (None: never stale)."""
    if stage_kind != StageKind.OPEN or stale_after_days <= 0:
        return None
    return now - timedelta(days=stale_after_days)


def is_stale(
    stage_kind: str,
    stale_after_days: int,
    last_activity_at: datetime,
    next_due: datetime | None,
    now: datetime,
) -> bool:
    """The rule in Python, for a row already read (``next_due``: the earliest open
    follow-up of the lead, or None)."""
    limit = threshold(stage_kind, stale_after_days, now)
    if limit is None:
        return False
    return last_activity_at < limit and not (next_due is not None and next_due >= now)


def open_followup_exists(now: datetime, *, future: bool | None) -> ColumnElement[bool]:
    """EXISTS an open follow-up of the lead (due ahead when ``future``, overdue when False,
    any when None).

    Correlated on ``ix_follow_ups_lead_open`` (lead_id, status, due_at): one index probe
    per lead, however many follow-ups the database holds.
    """
    q = select(FollowUp.id).where(FollowUp.lead_id == Lead.id, FollowUp.status == FollowUpStatus.OPEN)
    if future is True:
        q = q.where(FollowUp.due_at >= now)
    elif future is False:
        q = q.where(FollowUp.due_at < now)
    return q.correlate(Lead).exists()


def stale_clause(stages: Iterable[tuple[int, str, int]], now: datetime) -> ColumnElement[bool]:
    """SQL over ``Lead``: the lead is stale. ``stages`` are (id, kind, stale_after_days) of
    the stages to consider; a lead in any other stage is not stale.

    Written as ``last_activity_at < CASE stage_id ...`` so that a query limited to some
    stages (``stage_id IN (...)``) can still read the board's covering index.
    """
    limits = [(sid, t) for sid, kind, days in stages if (t := threshold(kind, days, now)) is not None]
    if not limits:
        return false()
    if len(limits) == 1:
        sid, t = limits[0]
        recent: ColumnElement[bool] = and_(Lead.stage_id == sid, Lead.last_activity_at < t)
    else:
        per_stage = case(
            *[(Lead.stage_id == sid, literal(t, UTCDateTime())) for sid, t in limits], else_=None
        )
        recent = Lead.last_activity_at < per_stage
    return and_(recent, ~open_followup_exists(now, future=True))


def stage_rules(session: Session) -> list[tuple[int, str, int]]:
    """(id, kind, stale_after_days) of every stage, for ``stale_clause``."""
    return [
        (int(sid), str(kind), int(days or 0))
        for sid, kind, days in session.execute(select(Stage.id, Stage.kind, Stage.stale_after_days))
    ]


def stale_condition(session: Session, now: datetime) -> ColumnElement[bool]:
    """SQL over ``Lead``: stale, over every stage of the funnel (the leads table, exports)."""
    return stale_clause(stage_rules(session), now)


__all__ = ["is_stale", "open_followup_exists", "stage_rules", "stale_clause", "stale_condition", "threshold"]
