"""The funnel: stages in order, and the temperature rule of DESIGN.md."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.crm.clock import today_or
from salesdesk.db.enums import StageKind, Temperature
from salesdesk.db.models import Stage

HOT_WITHIN_DAYS = 14
WARM_WITHIN_DAYS = 60


def suggest_temperature(expected_close: date | None, today: date | None = None) -> Temperature:
    """Hot when the decision is ≤ 14 days away, warm ≤ 60 days, else cold (also when unknown)."""
    if expected_close is None:
        return Temperature.COLD
    days = (expected_close - today_or(today)).days
    if days <= HOT_WITHIN_DAYS:
        return Temperature.HOT
    if days <= WARM_WITHIN_DAYS:
        return Temperature.WARM
    return Temperature.COLD


def stages(session: Session) -> list[Stage]:
    """All stages, open ones first, each group in its configured order."""
    rows = session.scalars(select(Stage).order_by(Stage.position, Stage.id)).all()
    return sorted(rows, key=lambda s: (s.kind != StageKind.OPEN, s.position, s.id))


def first_open_stage(session: Session) -> Stage:
    for stage in stages(session):
        if stage.kind == StageKind.OPEN:
            return stage
    raise LookupError("no open stage")


def stage_by_name(session: Session, name: str) -> Stage | None:
    """Find a stage by its stored or translated name, case-insensitively."""
    from salesdesk.crm.labels import stage_label

    wanted = name.strip().casefold()
    for stage in stages(session):
        if wanted in (
            stage.name.casefold(),
            stage_label(stage.name, stage.key).casefold(),
            stage.key,
        ):
            return stage
    return None
