"""The stale rule is one rule: the board, the leads table and exports agree, and a move is
activity (issue "one rule in one place")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from salesdesk.crm import board
from salesdesk.crm import lead_table as lt
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import FollowUpStatus
from salesdesk.db.models import Contact, FollowUp, Lead
from salesdesk.db.types import utcnow


@pytest.fixture
def db(any_db):
    return any_db


def _stage(s, key):
    return next(x for x in stages(s) if x.key == key)


@pytest.fixture
def idle(db):
    """Suspect is stale after 21 days. Three leads idle for 30 days: one with a call
    planned in 2 days, one with only an overdue call, one with nothing planned."""
    now = utcnow()
    with db.transaction() as s:
        c = Contact(name="Aino Aalto")
        s.add(c)
        s.flush()
        ids = {}
        for key in ("planned", "overdue", "nothing"):
            lead = lead_rules.create_lead(s, contact=c, title=key, stage=_stage(s, "suspect"))
            lead.last_activity_at = now - timedelta(days=30)
            ids[key] = lead.id
        for key, days in (("planned", 2), ("overdue", -3)):
            s.add(
                FollowUp(
                    uid=f"u-{key}",
                    lead_id=ids[key],
                    title="Soitto",
                    due_at=now + timedelta(days=days),
                    status=FollowUpStatus.OPEN,
                )
            )
    return ids


def test_leads_table_stale_filter_keeps_a_lead_with_a_step_ahead_out(db, idle) -> None:
    with db.session() as s:
        table = set(lt.ordered_ids(s, lt.LeadFilter(stale_only=True)))
        shown = set(board.shown_ids(s, board.BoardFilter(stale_only=True)))
        cards = {c.id: c.stale for c in board.cards(s, _stage(s, "suspect").id)}
    assert table == {idle["overdue"], idle["nothing"]}
    assert table == shown
    assert cards == {idle["planned"]: False, idle["overdue"]: True, idle["nothing"]: True}
    with db.session() as s:
        assert lt.count(s, lt.LeadFilter(stale_only=True)) == 2


def test_a_move_is_activity_and_undo_puts_the_old_activity_back(db, idle) -> None:
    with db.session() as s:
        before = s.get(Lead, idle["nothing"]).last_activity_at
    with db.transaction() as s:
        record = board.move_cards(s, [idle["nothing"]], _stage(s, "mql").id)
    with db.session() as s:
        moved = board.card(s, idle["nothing"])
        assert moved is not None and not moved.stale
        assert idle["nothing"] not in lt.ordered_ids(s, lt.LeadFilter(stale_only=True))
    with db.transaction() as s:
        board.undo_move(s, record)
    with db.session() as s:
        assert s.get(Lead, idle["nothing"]).last_activity_at == before
        again = board.card(s, idle["nothing"])
        assert again is not None and again.stale


def test_leads_table_stage_change_is_activity_and_undo_restores_it(db, idle) -> None:
    with db.session() as s:
        before = s.get(Lead, idle["overdue"]).last_activity_at
    with db.transaction() as s:
        record = lt.set_stage(s, [idle["overdue"]], _stage(s, "mql").id)
    with db.session() as s:
        assert s.get(Lead, idle["overdue"]).last_activity_at > before
    with db.transaction() as s:
        lt.undo_bulk(s, record)
    with db.session() as s:
        assert s.get(Lead, idle["overdue"]).last_activity_at == before
