"""Trade-show quick capture and the follow-up plan after the event."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from salesdesk.crm import capture
from salesdesk.db.models import Contact, FollowUp, Lead, Note
from salesdesk.errors import UserError


def test_capture_creates_contact_org_lead_and_note(db) -> None:
    with db.transaction() as s:
        got = capture.capture_visitor(
            s,
            event="Slush 2026",
            name="Anna Virtanen",
            company="Firma Oy",
            reach="040 123 4567",
            temperature="hot",
            note="Wants a demo",
            owner_id=None,
        )
        again = capture.capture_visitor(
            s, event="Slush 2026", name="Anna V.", reach="+358401234567", temperature="cold"
        )
    with db.session() as s:
        lead = s.get(Lead, got.lead_id)
        assert (lead.source, lead.source_detail, lead.temperature, lead.temperature_manual) == (
            "trade_show",
            "Slush 2026",
            "hot",
            True,
        )
        c = s.get(Contact, got.contact_id)
        assert (c.first_name, c.last_name, c.mobile, c.organization.name) == (
            "Anna",
            "Virtanen",
            "+358401234567",
            "Firma Oy",
        )
        assert s.scalar(select(Note.body).where(Note.lead_id == lead.id)) == "Wants a demo"
        assert again.reused_contact and again.contact_id == got.contact_id
        assert capture.recent_events(s) == [("Slush 2026", 2)]


def test_capture_refuses_bad_input(db) -> None:
    with db.transaction() as s:
        with pytest.raises(UserError):
            capture.capture_visitor(s, event="", name="A")
        with pytest.raises(UserError):
            capture.capture_visitor(s, event="E", name="", company="")
        with pytest.raises(UserError):
            capture.capture_visitor(s, event="E", name="A", reach="anna@")
    with db.session() as s:
        assert s.scalars(select(Lead)).all() == []


def test_default_plan_by_temperature() -> None:
    friday = date(2026, 11, 27)
    assert capture.default_plan("hot", friday) == ("call", date(2026, 11, 30))
    assert capture.default_plan("warm", friday) == ("email", date(2026, 11, 30))  # Mon, within 3 days
    assert capture.default_plan("warm", date(2026, 11, 23)) == ("email", date(2026, 11, 26))
    assert capture.default_plan("cold", friday) == ("task", date(2026, 12, 11))


def test_plan_followups_for_event(db) -> None:
    with db.transaction() as s:
        for name, temp in (("Cold C", "cold"), ("Hot H", "hot"), ("Warm W", "warm")):
            capture.capture_visitor(s, event="Alihankinta", name=name, temperature=temp)
        capture.capture_visitor(s, event="Other fair", name="Other O", temperature="hot")
        proposals = capture.propose_followups(s, "Alihankinta", today=date(2026, 11, 27))
        assert [(p.contact_name, p.kind, p.due) for p in proposals] == [
            ("Hot H", "call", date(2026, 11, 30)),
            ("Warm W", "email", date(2026, 11, 30)),
            ("Cold C", "task", date(2026, 12, 11)),
        ]
        edited = [
            capture.with_changes(proposals[0], due=date(2026, 12, 1), title="Soita Hannulle"),
            proposals[1],
            capture.with_changes(proposals[2], include=False),
        ]
        made = capture.create_followups(s, edited)
        assert len(made) == 2
    with db.session() as s:
        rows = s.execute(
            select(FollowUp.title, FollowUp.kind, FollowUp.due_at, FollowUp.rule).order_by(FollowUp.id)
        ).all()
        assert rows[0][0] == "Soita Hannulle" and rows[0][2].astimezone().date() == date(2026, 12, 1)
        assert rows[1][1] == "email" and rows[1][3] == "event_plan"
        # Leads with an open follow-up are not proposed again.
        again = capture.propose_followups(s, "Alihankinta", today=date(2026, 11, 27))
        assert [p.contact_name for p in again] == ["Cold C"]
