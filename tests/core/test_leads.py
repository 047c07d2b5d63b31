"""The funnel rules every front end uses: create, move, win, lose, revive."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import LeadSource, LostReason
from salesdesk.db.models import Contact, FollowUp, Lead, Stage, StageChange
from salesdesk.errors import UserError


def _stage(session, key: str) -> Stage:
    return next(s for s in stages(session) if s.key == key)


def test_create_move_win(db) -> None:
    with db.transaction() as s:
        org = Contact(kind="organization", name="Konepaja Koskinen Oy")
        c = Contact(name="Hanna Koskinen", organization=org)
        s.add_all([org, c])
        lead = lead_rules.create_lead(s, contact=c, title="Hydrauliikka", value_cents=120000, changed_by="me")
        first = lead_rules.create_lead(s, contact=c, title="Toinen")
        assert first.position < lead.position  # new cards go on top
        lead_rules.move_lead(s, lead, _stage(s, "proposal"), changed_by="me")
        lead_rules.mark_won(
            s,
            lead,
            _stage(s, "won"),
            value_cents=150000,
            close_date=date(2026, 11, 20),
            ask_referral_in_days=14,
        )
        lead_id = lead.id
    with db.session() as s:
        lead = s.get(Lead, lead_id)
        assert lead.value_cents == 150000 and lead.closed_at is not None
        assert lead.contact.customer_since == date(2026, 11, 20)
        assert lead.contact.organization.customer_since == date(2026, 11, 20)
        moves = [(h.from_stage_id, h.to_stage_id) for h in lead_rules.history(s, lead_id)]
        assert moves[0][0] is None and len(moves) == 3
        ask = s.scalars(select(FollowUp).where(FollowUp.lead_id == lead_id)).one()
        assert ask.rule == "ask_referral" and ask.due_at.date() in (date(2026, 12, 4), date(2026, 12, 3))


def test_lost_competitor_needs_revisit_and_plans_it(db) -> None:
    with db.transaction() as s:
        c = Contact(name="Matti Virtanen")
        s.add(c)
        lead = lead_rules.create_lead(s, contact=c, title="Lattiat")
        with pytest.raises(UserError):
            lead_rules.mark_lost(s, lead, _stage(s, "lost"), reason=LostReason.COMPETITOR)
        revisit = date.today() + timedelta(days=90)
        lead_rules.mark_lost(
            s, lead, _stage(s, "lost"), reason=LostReason.COMPETITOR, note="Halvempi", revisit_on=revisit
        )
        assert lead.revisit_on == revisit and not lead.discarded
        assert s.scalars(select(FollowUp.rule).where(FollowUp.lead_id == lead.id)).one() == "revisit"
        other = lead_rules.create_lead(s, contact=c, title="Ei kiinnosta")
        lead_rules.mark_lost(s, other, _stage(s, "lost"), reason=LostReason.NO_INTENT)
        assert other.discarded
        new = lead_rules.revive(s, lead)
        assert new.source == LeadSource.REVIVED and new.revived_from_id == lead.id
        assert new.stage.kind == "open"


def test_move_within_column_keeps_manual_order(db) -> None:
    with db.transaction() as s:
        c = Contact(name="A")
        s.add(c)
        a, _b, cc = (lead_rules.create_lead(s, contact=c, title=t) for t in "abc")
        suspect = _stage(s, "suspect")
        order = [
            x.title
            for x in s.scalars(select(Lead).where(Lead.stage_id == suspect.id).order_by(Lead.position))
        ]
        assert order == ["c", "b", "a"]
        lead_rules.move_lead(s, a, suspect, position=cc.position)
        s.expire_all()
        order = [
            x.title
            for x in s.scalars(select(Lead).where(Lead.stage_id == suspect.id).order_by(Lead.position))
        ]
        assert order == ["a", "c", "b"]
        assert s.scalar(select(StageChange.id).where(StageChange.lead_id == a.id).offset(1)) is None


def test_closing_is_checked_by_one_rule(db) -> None:
    """``check_won`` / ``check_lost``: what the dialogs show is what mark_won/mark_lost enforce."""
    from salesdesk.crm.clock import local_today

    today = local_today()
    with db.transaction() as s:
        c = Contact(name="Anna-Liisa Virtanen")
        s.add(c)
        s.flush()
        lead = lead_rules.create_lead(s, contact=c, title="Keittiö", value_cents=100000)
        lead_id = lead.id
    with db.transaction() as s, pytest.raises(UserError, match="future"):
        lead_rules.mark_won(s, s.get(Lead, lead_id), _stage(s, "won"), close_date=today + timedelta(days=2))
    with db.transaction() as s, pytest.raises(UserError, match="negative"):
        lead_rules.mark_won(s, s.get(Lead, lead_id), _stage(s, "won"), value_cents=-5)
    for bad in (today, today - timedelta(days=3)):
        with db.transaction() as s, pytest.raises(UserError, match="after the close date"):
            lead_rules.mark_lost(
                s, s.get(Lead, lead_id), _stage(s, "lost"), reason=LostReason.COMPETITOR, revisit_on=bad
            )
    with db.transaction() as s, pytest.raises(UserError, match="Choose why"):
        lead_rules.mark_lost(s, s.get(Lead, lead_id), _stage(s, "lost"), reason="")
    with db.session() as s:
        assert s.get(Lead, lead_id).stage.key != "lost"  # nothing half-written
    lead_rules.check_won(value_cents=0, close_date=today)
    lead_rules.check_lost(reason=LostReason.COMPETITOR, revisit_on=today + timedelta(days=1))
    lead_rules.check_lost(reason=LostReason.NO_RESPONSE)
