"""The leads table's query: filters, SQL sorting, rows, bulk actions and their undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.crm import lead_table as lt
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.followups_core import at_local, create_followup
from salesdesk.crm.funnel import stages
from salesdesk.db import search_index
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Owner, Referral, StageChange, Tag
from salesdesk.errors import UserError


def _stage(s, key):
    return next(x for x in stages(s) if x.key == key)


@pytest.fixture
def filled(db):
    with db.transaction() as s:
        anna, ben = Owner(name="Anna"), Owner(name="Ben")
        org = Contact(kind="organization", name="Firma Oy")
        c1 = Contact(name="Aino Aalto", organization=org, email="aino@firma.fi")
        c2 = Contact(name="Bertta Berg", mobile="+358401234567")
        s.add_all([anna, ben, org, c1, c2])
        s.flush()
        a = lead_rules.create_lead(
            s,
            contact=c1,
            title="Alpha",
            value_cents=3000,
            source="referral",
            owner_id=anna.id,
            temperature="hot",
        )
        b = lead_rules.create_lead(
            s,
            contact=c2,
            title="Beta",
            value_cents=1000,
            source="website",
            owner_id=ben.id,
            temperature="cold",
        )
        c = lead_rules.create_lead(s, contact=c2, title="Gamma", value_cents=2000, source="website")
        lead_rules.mark_won(s, c, _stage(s, "won"), close_date=date(2026, 11, 10))
        s.flush()
        return {"anna": anna.id, "ben": ben.id, "a": a.id, "b": b.id, "c": c.id}


def test_filters_and_sorting(db, filled) -> None:
    f = filled
    with db.session() as s:
        ids = lt.ordered_ids(s, lt.LeadFilter(), "value", descending=False)
        assert ids == [f["b"], f["c"], f["a"]]
        assert lt.ordered_ids(s, lt.LeadFilter(), "contact", descending=False)[0] == f["a"]
        assert lt.ordered_ids(s, lt.LeadFilter(source="website"), "id", False) == [f["b"], f["c"]]
        assert lt.ordered_ids(s, lt.LeadFilter(owner_id=f["anna"])) == [f["a"]]
        assert lt.ordered_ids(s, lt.LeadFilter(temperature="hot"), "id", False) == [f["a"]]
        assert lt.ordered_ids(
            s, lt.LeadFilter.from_dict({"won_from": "2026-11-01", "won_to": "2026-11-10"})
        ) == [f["c"]]
        assert lt.ordered_ids(s, lt.LeadFilter.from_dict({"won_from": "2026-11-11"})) == []
        assert lt.ordered_ids(s, lt.LeadFilter.from_dict({"lead_ids": [f["a"], f["b"]]}), "id", False) == [
            f["a"],
            f["b"],
        ]
        assert lt.ordered_ids(s, lt.LeadFilter(text="firma")) == [f["a"]]
        assert lt.ordered_ids(s, lt.LeadFilter(text="0401234567"), "id", False) == [f["b"], f["c"]]
        by_score = lt.ordered_ids(s, lt.LeadFilter(), "score", descending=True)
        rows = lt.rows(s, by_score)
        assert [r.score for r in rows] == sorted((r.score for r in rows), reverse=True)
        first = lt.rows(s, [f["a"]])[0]
        assert (first.contact, first.organization, first.owner, first.source) == (
            "Aino Aalto",
            "Firma Oy",
            "Anna",
            "referral",
        )
        assert "Score" in first.score_text
        assert lt.ordered_ids(s, lt.LeadFilter(), "temperature", False)[0] == f["a"]


def test_bulk_owner_distribute_stage_tags_and_undo(db, filled) -> None:
    f = filled
    ids = [f["a"], f["b"], f["c"]]
    with db.transaction() as s:
        rec = lt.distribute(s, ids, [f["anna"], f["ben"]])
    with db.session() as s:
        assert [s.get(Lead, i).owner_id for i in ids] == [f["anna"], f["ben"], f["anna"]]
    with db.transaction() as s:
        lt.undo_bulk(s, rec)
    with db.session() as s:
        assert [s.get(Lead, i).owner_id for i in ids] == [f["anna"], f["ben"], None]
    with db.transaction() as s:
        history = s.scalar(select(func.count()).select_from(StageChange))
        rec = lt.set_stage(s, [f["a"], f["b"]], _stage(s, "proposal").id)
    with db.transaction() as s:
        assert s.get(Lead, f["a"]).stage.key == "proposal"
        lt.undo_bulk(s, rec)
    with db.session() as s:
        assert s.get(Lead, f["a"]).stage.key == "suspect"
        assert s.scalar(select(func.count()).select_from(StageChange)) == history
    with db.transaction() as s:
        rec = lt.change_tags(s, [f["a"], f["b"]], add=["Messu", "vip"])
    with db.transaction() as s:
        assert sorted(t.name for t in s.get(Lead, f["a"]).tags) == ["Messu", "vip"]
        rec2 = lt.change_tags(s, [f["a"]], remove=["messu"])
    with db.transaction() as s:
        assert [t.name for t in s.get(Lead, f["a"]).tags] == ["vip"]
        lt.undo_bulk(s, rec2)
        lt.undo_bulk(s, rec)
    with db.session() as s:
        assert s.get(Lead, f["a"]).tags == [] and s.scalar(select(func.count()).select_from(Tag)) == 2
    with db.transaction() as s, pytest.raises(UserError):
        lt.set_owner(s, [], None)


def test_delete_and_undo_restores_everything(db, filled) -> None:
    f = filled
    with db.transaction() as s:
        lead = s.get(Lead, f["a"])
        create_followup(s, lead=lead, due_at=at_local(date.today() + timedelta(days=1)), title="Soita")
        s.add(Note(lead_id=lead.id, body="Muistiinpano"))
        ref = Referral(
            referrer_id=s.get(Lead, f["b"]).contact_id, referred_contact_id=lead.contact_id, lead_id=lead.id
        )
        s.add(ref)
        s.flush()
        lead.tags = [Tag(name="vip")]
    with db.transaction() as s:
        rec = lt.delete_leads(s, [f["a"]])
    with db.session() as s:
        assert s.get(Lead, f["a"]) is None and s.scalar(select(Referral.lead_id)) is None
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0
        assert s.scalars(search_index.matching_ids(s, "lead", "Alpha")).all() == []
    with db.transaction() as s:
        lt.undo_bulk(s, rec)
    with db.session() as s:
        lead = s.get(Lead, f["a"])
        assert lead.title == "Alpha" and [t.name for t in lead.tags] == ["vip"]
        assert s.scalar(select(Referral.lead_id)) == f["a"]
        assert s.scalar(select(FollowUp.title)) == "Soita" and s.scalar(select(Note.body)) == "Muistiinpano"
        assert len(lead_rules_history(s, f["a"])) == 1
        assert s.scalars(search_index.matching_ids(s, "lead", "Alpha")).all() == [f["a"]]


def lead_rules_history(s, lead_id):
    return lead_rules.history(s, lead_id)
