"""``salesdesk report``: the figures of the funnel as a dict (JSON) or a text table.

The dashboard issue extends this with KPIs; every figure is computed with aggregate queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.crm.funnel import stages
from salesdesk.crm.labels import stage_label
from salesdesk.db.models import Lead


def by_stage(session: Session) -> list[dict[str, Any]]:
    rows = dict(
        (stage_id, (count, value))
        for stage_id, count, value in session.execute(
            select(
                Lead.stage_id,
                func.count(Lead.id),
                func.coalesce(func.sum(Lead.value_cents), 0),
            )
            .where(Lead.discarded.is_(False))
            .group_by(Lead.stage_id)
        )
    )
    result = []
    for stage in stages(session):
        count, value = rows.get(stage.id, (0, 0))
        result.append(
            {
                "stage": stage_label(stage.name, stage.key),
                "count": int(count),
                "value_cents": int(value),
                "weighted_cents": round(int(value) * stage.probability / 100),
            }
        )
    return result


def build_report(session: Session) -> dict[str, Any]:
    total = session.scalar(select(func.count(Lead.id))) or 0
    return {"leads_total": int(total), "by_stage": by_stage(session)}
