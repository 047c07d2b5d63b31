"""Export a person, erase a person (hashes flag a re-import), article 14 notices."""

from __future__ import annotations

import json
from datetime import date, timedelta

from openpyxl import load_workbook
from sqlalchemy import func, select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm import privacy
from salesdesk.db import search_index
from salesdesk.db.models import Contact, ErasedIdentity, Lead, Note
from salesdesk.db.types import utcnow


def _person(s) -> tuple[int, int]:
    c = Contact(
        name="Hanna Koskinen",
        first_name="Hanna",
        last_name="Koskinen",
        email="hanna@koskinen.fi",
        mobile="+358401234567",
        street="Kotikatu 1",
        city="Tampere",
    )
    s.add(c)
    s.flush()
    lead = lead_rules.create_lead(
        s, contact=c, title="Hanna Koskinen: lattiat", value_cents=50000, notes="Soittaa illalla"
    )
    s.add(Note(lead_id=lead.id, contact_id=c.id, body="Lapset kotona"))
    s.flush()
    return c.id, lead.id


def test_export_json_and_xlsx(db, tmp_path) -> None:
    with db.transaction() as s:
        cid, _ = _person(s)
        data = privacy.export_person(s, cid)
    privacy.write_json(data, tmp_path / "p.json")
    privacy.write_xlsx(data, tmp_path / "p.xlsx")
    loaded = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert loaded["contact"][0]["email"] == "hanna@koskinen.fi"
    assert loaded["notes"][0]["body"] == "Lapset kotona"
    book = load_workbook(tmp_path / "p.xlsx")
    assert book.sheetnames[:3] == ["contact", "leads", "notes"]
    assert book["leads"]["B2"].value == "Hanna Koskinen: lattiat"


def test_erase_keeps_figures_and_flags_reimport(db) -> None:
    with db.transaction() as s:
        cid, lead_id = _person(s)
        other = Contact(name="Ville", email="ville@x.fi")
        s.add(other)
    with db.transaction() as s:
        result = privacy.erase_person(s, cid)
        assert result.identities == 2 and result.notes_removed == 1 and result.leads_kept == 1
    with db.session() as s:
        c = s.get(Contact, cid)
        assert c.name == f"Erased contact {cid}" and c.email == "" and c.mobile == "" and c.street == ""
        lead = s.get(Lead, lead_id)
        assert lead.value_cents == 50000 and lead.notes == "" and lead.contact_id == cid
        assert "Hanna" not in lead.title
        assert s.scalar(select(func.count()).select_from(Note)) == 0
        assert s.scalar(select(func.count()).select_from(ErasedIdentity)) == 2
        assert "hanna" not in " ".join(s.scalars(select(ErasedIdentity.digest)))
        assert privacy.is_erased(s, email="HANNA@koskinen.fi")
        assert privacy.is_erased(s, phone="040 123 4567")
        assert not privacy.is_erased(s, email="ville@x.fi", phone="")
        assert not privacy.is_erased(s)
        assert s.scalars(search_index.matching_ids(s, "contact", "Koskinen")).all() == []


def test_article14_overdue(db) -> None:
    with db.transaction() as s:
        old = Contact(name="Old", from_purchased_list=True, created_at=utcnow() - timedelta(days=40))
        told = Contact(
            name="Told",
            from_purchased_list=True,
            created_at=utcnow() - timedelta(days=40),
            informed_on=date.today() - timedelta(days=20),
        )
        new = Contact(name="New", from_purchased_list=True)
        own = Contact(name="Own", created_at=utcnow() - timedelta(days=400))
        s.add_all([old, told, new, own])
        s.flush()
        assert privacy.overdue_notices(s) == [old.id]
        assert (
            privacy.notice_overdue(old)
            and not privacy.notice_overdue(new)
            and not privacy.notice_overdue(told)
        )
        assert privacy.mark_informed(s, [old.id]) == 1
        assert privacy.overdue_notices(s) == []
