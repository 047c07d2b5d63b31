"""Stage configuration: add, rename, reorder, probability, kind, stale days, delete with reassignment."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm import stages as stage_rules
from salesdesk.crm.funnel import stages
from salesdesk.db.models import Contact, Lead, Stage, StageChange
from salesdesk.errors import UserError


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and (when configured) PostgreSQL."""
    return any_db


def _key(s, key):
    return next(x for x in stages(s) if x.key == key)


def _names(s):
    return [x.name for x in stages(s)]


def test_add_rename_reorder_and_numbers(db) -> None:
    with db.transaction() as s:
        demo = stage_rules.add_stage(s, "  Demo   booked ", probability=45, stale_after_days=5)
        assert demo.name == "Demo booked"
        # A new open stage goes after the last open one, before won and lost.
        assert _names(s)[-3:] == ["Demo booked", "Won", "Lost"]
        stage_rules.add_stage(s, "Pilot", after_id=_key(s, "sql").id, probability=50)
        assert _names(s)[2:4] == ["Sales-qualified", "Pilot"]
        with pytest.raises(UserError):
            stage_rules.add_stage(s, "proposal")
        with pytest.raises(UserError):
            stage_rules.add_stage(s, "X", probability=101)
        with pytest.raises(UserError):
            stage_rules.rename_stage(s, demo.id, "  ")
        stage_rules.rename_stage(s, demo.id, "Demo")
        stage_rules.set_probability(s, demo.id, 55)
        stage_rules.set_stale_after(s, demo.id, 3)
        ids = [x.id for x in stages(s)]
        # Won put first by the user: open stages still come first.
        stage_rules.reorder_stages(s, [ids[-2], *reversed(ids[:-2]), ids[-1]])
    with db.session() as s:
        names = _names(s)
        assert names[0] == "Demo" and names[-2:] == ["Won", "Lost"]
        demo = s.scalars(select(Stage).where(Stage.name == "Demo")).one()
        assert (demo.probability, demo.stale_after_days) == (55, 3)
        assert [x.position for x in stages(s)] == list(range(len(names)))


def test_delete_moves_leads_with_history_and_nothing_is_orphaned(db) -> None:
    with db.transaction() as s:
        c = Contact(name="Liisa")
        s.add(c)
        mql, sql = _key(s, "mql"), _key(s, "sql")
        moving = [lead_rules.create_lead(s, contact=c, title=f"m{i}", stage=mql).id for i in range(3)]
        staying = lead_rules.create_lead(s, contact=c, title="s", stage=sql).id
        with pytest.raises(UserError):
            stage_rules.delete_stage(s, mql.id, move_to_id=None)
        moved = stage_rules.delete_stage(s, mql.id, move_to_id=sql.id, changed_by="MM")
        assert moved == 3
    with db.session() as s:
        assert "Marketing-qualified" not in _names(s)
        sql = _key(s, "sql")
        order = s.scalars(select(Lead.id).where(Lead.stage_id == sql.id).order_by(Lead.position)).all()
        assert order == [staying, *reversed(moving)]  # moved below, their own order kept
        notes = s.scalars(
            select(StageChange.note).where(StageChange.lead_id.in_(moving), StageChange.to_stage_id == sql.id)
        ).all()
        assert len(notes) == 3 and all("Marketing-qualified" in n for n in notes)
        assert (
            s.scalar(
                select(func.count()).select_from(Lead).where(Lead.stage_id.not_in([x.id for x in stages(s)]))
            )
            == 0
        )


def test_last_open_stage_and_kinds(db) -> None:
    with db.transaction() as s:
        c = Contact(name="Pekka")
        s.add(c)
        lead = lead_rules.create_lead(s, contact=c, title="t", stage=_key(s, "negotiation"))
        stage_rules.set_kind(s, _key(s, "negotiation").id, "won")
        assert lead.closed_at is not None or s.get(Lead, lead.id).closed_at is not None
        assert _names(s).index("Negotiation") > _names(s).index("Proposal")
        for key in ("suspect", "mql", "sql"):
            stage_rules.delete_stage(s, _key(s, key).id, move_to_id=_key(s, "proposal").id)
        with pytest.raises(UserError):
            stage_rules.delete_stage(s, _key(s, "proposal").id, move_to_id=_key(s, "won").id)
        with pytest.raises(UserError):
            stage_rules.set_kind(s, _key(s, "proposal").id, "lost")


def test_apply_edits_all_at_once(db) -> None:
    with db.transaction() as s:
        c = Contact(name="Sanna")
        s.add(c)
        lead = lead_rules.create_lead(s, contact=c, title="t", stage=_key(s, "suspect"))
        cur = {x.key: x for x in stages(s)}
        edits = [
            stage_rules.StageEdit(cur["mql"].id, "Sales-qualified", "open", 20, 10),  # swap names
            stage_rules.StageEdit(cur["sql"].id, "Marketing-qualified", "open", 30, 10),
            stage_rules.StageEdit(None, "Tarjous lähetetty", "open", 65, 7),
            stage_rules.StageEdit(cur["proposal"].id, "Proposal", "open", 60, 10),
            stage_rules.StageEdit(cur["negotiation"].id, "Negotiation", "open", 80, 7),
            stage_rules.StageEdit(cur["won"].id, "Won", "won", 100, 0),
            stage_rules.StageEdit(cur["lost"].id, "Lost", "lost", 0, 0),
        ]
        stage_rules.apply_edits(s, edits, deletions={cur["suspect"].id: cur["mql"].id})
        lead_id = lead.id
    with db.session() as s:
        assert _names(s) == [
            "Sales-qualified",
            "Marketing-qualified",
            "Tarjous lähetetty",
            "Proposal",
            "Negotiation",
            "Won",
            "Lost",
        ]
        assert s.get(Lead, lead_id).stage.name == "Sales-qualified"
    with db.transaction() as s, pytest.raises(UserError):
        stage_rules.apply_edits(
            s, [stage_rules.StageEdit(x.id, "Same", x.kind, 0, 0) for x in stages(s)], deletions={}
        )


def test_undo_of_a_move_into_a_deleted_stage_is_refused(db) -> None:
    from salesdesk.crm import board

    with db.transaction() as s:
        c = Contact(name="Eeva")
        s.add(c)
        lead = lead_rules.create_lead(s, contact=c, title="t", stage=_key(s, "mql"))
        record = board.move_cards(s, [lead.id], _key(s, "sql").id, at_top=True)
        stage_rules.delete_stage(s, _key(s, "mql").id, move_to_id=_key(s, "suspect").id)
    with db.transaction() as s, pytest.raises(UserError):
        board.undo_move(s, record)
