"""Configuring the funnel's stages (the board's columns).

Add, rename, reorder, set probability, kind and "stale after N days"; delete a stage after
moving its leads to another one, so that nothing is orphaned. Every lead moved by a
deletion gets a history row saying why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from salesdesk.crm.funnel import stages as ordered_stages
from salesdesk.crm.labels import stage_label
from salesdesk.db.enums import StageKind
from salesdesk.db.models import ImportBatch, Lead, Stage, StageChange
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate

MAX_NAME = 80


@dataclass(frozen=True)
class StageEdit:
    """One stage as the configuration dialog edits it (``id`` None for a new stage)."""

    id: int | None
    name: str
    kind: str = StageKind.OPEN
    probability: int = 0
    stale_after_days: int = 14


def _get(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("Stages", "That funnel stage no longer exists."))
    return stage


def _check_name(session: Session, name: str, stage_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError(translate("Stages", "A stage needs a name."))
    if len(name) > MAX_NAME:
        raise UserError(translate("Stages", "A stage name can be at most 80 characters."))
    for other in ordered_stages(session):
        if other.id == stage_id:
            continue
        if name.casefold() in (other.name.casefold(), stage_label(other.name, other.key).casefold()):
            raise UserError(translate("Stages", "There is already a stage called {name}.").format(name=name))
    return name


def _check_numbers(probability: int, stale_after_days: int) -> None:
    if not 0 <= probability <= 100:
        raise UserError(translate("Stages", "The probability is a percentage from 0 to 100."))
    if not 0 <= stale_after_days <= 3650:
        raise UserError(translate("Stages", "'Stale after' is a number of days from 0 to 3650."))


def _check_kind(kind: str) -> None:
    if kind not in set(StageKind):
        raise UserError(translate("Stages", "Unknown stage kind: {kind}").format(kind=kind))


def _count_leads(session: Session, stage_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Lead).where(Lead.stage_id == stage_id)) or 0)


def lead_counts(session: Session) -> dict[int, int]:
    """How many leads (all, whatever their age) each stage holds."""
    rows = session.execute(select(Lead.stage_id, func.count()).group_by(Lead.stage_id)).all()
    return {int(stage_id): int(count) for stage_id, count in rows}


def add_stage(
    session: Session,
    name: str,
    *,
    kind: str = StageKind.OPEN,
    probability: int = 0,
    stale_after_days: int = 14,
    after_id: int | None = None,
) -> Stage:
    """A new stage, after ``after_id`` (default: after the last stage of its kind group)."""
    name = _check_name(session, name, None)
    _check_kind(kind)
    _check_numbers(probability, stale_after_days)
    current = ordered_stages(session)
    if after_id is not None:
        index = next((i for i, s in enumerate(current) if s.id == after_id), len(current) - 1) + 1
    else:
        same = [i for i, s in enumerate(current) if (s.kind == StageKind.OPEN) == (kind == StageKind.OPEN)]
        index = (same[-1] + 1) if same else len(current)
    stage = Stage(
        name=name,
        kind=kind,
        probability=probability,
        stale_after_days=stale_after_days if kind == StageKind.OPEN else 0,
        key="",
        position=0,
    )
    session.add(stage)
    session.flush()
    current.insert(index, stage)
    _renumber(current)
    session.flush()
    return stage


def _renumber(stages_in_order: Sequence[Stage]) -> None:
    for position, stage in enumerate(stages_in_order):
        stage.position = position


def rename_stage(session: Session, stage_id: int, name: str) -> Stage:
    stage = _get(session, stage_id)
    new_name = _check_name(session, name, stage_id)
    if new_name != stage_label(stage.name, stage.key):
        stage.name = new_name
    session.flush()
    return stage


def reorder_stages(session: Session, stage_ids: Sequence[int]) -> None:
    """Put the stages in this order (open stages always stay before won and lost)."""
    current = {s.id: s for s in ordered_stages(session)}
    if sorted(stage_ids) != sorted(current):
        raise UserError(translate("Stages", "The list of stages changed meanwhile. Open the dialog again."))
    ordered = [current[i] for i in stage_ids]
    ordered.sort(key=lambda s: s.kind != StageKind.OPEN)  # stable: keeps the user's order within groups
    _renumber(ordered)
    session.flush()


def set_probability(session: Session, stage_id: int, probability: int) -> Stage:
    stage = _get(session, stage_id)
    _check_numbers(probability, stage.stale_after_days)
    stage.probability = probability
    session.flush()
    return stage


def set_stale_after(session: Session, stage_id: int, days: int) -> Stage:
    stage = _get(session, stage_id)
    _check_numbers(stage.probability, days)
    stage.stale_after_days = days
    session.flush()
    return stage


def set_kind(session: Session, stage_id: int, kind: str) -> Stage:
    """Change a stage's kind. Its leads follow: closing stages close them (now), an open
    stage reopens them. At least one open stage always remains."""
    _check_kind(kind)
    stage = _get(session, stage_id)
    if stage.kind == kind:
        return stage
    if stage.kind == StageKind.OPEN:
        others = [s for s in ordered_stages(session) if s.kind == StageKind.OPEN and s.id != stage_id]
        if not others:
            raise UserError(translate("Stages", "The funnel needs at least one open stage."))
    now = utcnow()
    session.flush()
    if kind == StageKind.OPEN:
        session.execute(
            update(Lead)
            .where(Lead.stage_id == stage_id)
            .values(closed_at=None, discarded=False)
            .execution_options(synchronize_session="fetch")
        )
    else:
        session.execute(
            update(Lead)
            .where(Lead.stage_id == stage_id, Lead.closed_at.is_(None))
            .values(closed_at=now)
            .execution_options(synchronize_session="fetch")
        )
    session.expire_all()  # the bulk updates above changed leads the session may hold
    if kind != StageKind.OPEN:
        stage.stale_after_days = 0
    stage.kind = kind
    reorder_stages(session, [s.id for s in sorted(ordered_stages(session), key=lambda s: s.position)])
    session.flush()
    return stage


def delete_stage(session: Session, stage_id: int, *, move_to_id: int | None, changed_by: str = "") -> int:
    """Delete a stage. Its leads move to ``move_to_id`` (below that column's cards), each
    with a history row; returns how many moved. Refused when leads would be orphaned or
    when it is the last open stage."""
    stage = _get(session, stage_id)
    if stage.kind == StageKind.OPEN and not any(
        s.kind == StageKind.OPEN and s.id != stage_id for s in ordered_stages(session)
    ):
        raise UserError(translate("Stages", "The funnel needs at least one open stage."))
    count = _count_leads(session, stage_id)
    moved = 0
    if count:
        if move_to_id is None or move_to_id == stage_id:
            raise UserError(
                translate("Stages", "Choose the stage where the {count} leads of {name} go.").format(
                    count=count, name=stage_label(stage.name, stage.key)
                )
            )
        target = _get(session, move_to_id)
        now = utcnow()
        note = translate("Stages", "Stage {name} was deleted").format(name=stage_label(stage.name, stage.key))
        session.execute(
            insert(StageChange).from_select(
                ["lead_id", "from_stage_id", "to_stage_id", "changed_at", "changed_by", "note"],
                select(
                    Lead.id,
                    literal(stage_id),
                    literal(target.id),
                    literal(now, StageChange.changed_at.type),
                    literal(changed_by),
                    literal(note),
                ).where(Lead.stage_id == stage_id),
            )
        )
        last = session.scalar(select(func.max(Lead.position)).where(Lead.stage_id == target.id))
        first = session.scalar(select(func.min(Lead.position)).where(Lead.stage_id == stage_id)) or 0
        shift = (int(last) + 1 - int(first)) if last is not None else 0
        values: dict[str, object] = {
            "stage_id": target.id,
            "position": Lead.position + shift,
            "stage_changed_at": now,
        }
        if target.kind == StageKind.OPEN:
            values.update(closed_at=None, discarded=False)
        session.execute(
            update(Lead)
            .where(Lead.stage_id == stage_id)
            .values(values)
            .execution_options(synchronize_session=False)
        )
        if target.kind != StageKind.OPEN:
            session.execute(
                update(Lead)
                .where(Lead.stage_id == target.id, Lead.closed_at.is_(None))
                .values(closed_at=now)
                .execution_options(synchronize_session=False)
            )
        moved = count
    session.execute(update(ImportBatch).where(ImportBatch.stage_id == stage_id).values(stage_id=None))
    session.delete(stage)
    session.flush()
    session.expire_all()
    _renumber(ordered_stages(session))
    session.flush()
    return moved


def apply_edits(
    session: Session,
    edits: Sequence[StageEdit],
    *,
    deletions: dict[int, int | None] | None = None,
    changed_by: str = "",
) -> None:
    """Apply the configuration dialog in one go: ``edits`` lists every remaining stage in
    the wanted order (new ones with ``id`` None); ``deletions`` maps a deleted stage to the
    stage its leads go to. Call inside one transaction: all or nothing."""
    deletions = deletions or {}
    kept = {e.id for e in edits if e.id is not None}
    for deleted in deletions:
        if deleted in kept:
            raise UserError(translate("Stages", "A stage cannot be both kept and deleted."))
    names = [" ".join(e.name.split()).casefold() for e in edits]
    if len(set(names)) != len(names):
        raise UserError(translate("Stages", "Two stages cannot have the same name."))
    if not any(e.kind == StageKind.OPEN for e in edits):
        raise UserError(translate("Stages", "The funnel needs at least one open stage."))
    # Free the names first so that swapping two names does not trip the unique constraint.
    for edit in edits:
        if edit.id is not None:
            stage = _get(session, edit.id)
            stage.name = f"~renaming~{stage.id}"
    session.flush()
    ids: list[int] = []
    for edit in edits:
        _check_kind(edit.kind)
        _check_numbers(edit.probability, edit.stale_after_days)
        if edit.id is None:
            stage = add_stage(
                session,
                edit.name,
                kind=edit.kind,
                probability=edit.probability,
                stale_after_days=edit.stale_after_days,
            )
        else:
            stage = _get(session, edit.id)
            name = " ".join(edit.name.split())
            if not name:
                raise UserError(translate("Stages", "A stage needs a name."))
            original = _original_name(stage.key)
            # A seeded stage whose translated name is kept keeps its English name too.
            stage.name = original if original and stage_label(original, stage.key) == name else name
            if len(stage.name) > MAX_NAME:
                raise UserError(translate("Stages", "A stage name can be at most 80 characters."))
            stage.probability = edit.probability
            stage.stale_after_days = edit.stale_after_days if edit.kind == StageKind.OPEN else 0
            session.flush()
            if stage.kind != edit.kind:
                set_kind(session, stage.id, edit.kind)
        ids.append(stage.id)
    for deleted, target in deletions.items():
        delete_stage(session, deleted, move_to_id=target, changed_by=changed_by)
    reorder_stages(session, ids)


def _original_name(key: str) -> str:
    from salesdesk.crm.labels import _STAGES

    seeded = _STAGES.get(key)
    return seeded[0] if seeded else ""


__all__ = [
    "StageEdit",
    "add_stage",
    "apply_edits",
    "delete_stage",
    "lead_counts",
    "rename_stage",
    "reorder_stages",
    "set_kind",
    "set_probability",
    "set_stale_after",
]
