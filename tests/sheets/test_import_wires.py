"""The importer's wires to the other features: erased people, referrers, first follow-ups."""

from __future__ import annotations

from sqlalchemy import func, select

from salesdesk.crm import privacy
from salesdesk.db.models import Contact, Lead
from salesdesk.sheets import batch, pipeline


def _sheet(tmp_path, rows):
    f = tmp_path / "list.csv"
    f.write_text("Name,Email,Phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return f


def test_erased_person_is_flagged_not_recreated(db, tmp_path):
    with db.transaction() as s:
        c = Contact(name="Erkki Poistettu", email="erkki@example.fi", phone="+358401234567")
        s.add(c)
        s.flush()
        privacy.erase_person(s, c.id)
    f = _sheet(
        tmp_path,
        [
            "Erkki Poistettu,ERKKI@example.fi,",
            "Puhelin Vain,,040 1234567",
            "Liisa Uusi,liisa@example.fi,",
        ],
    )
    res = batch.run_import(db, pipeline.analyse(f))
    assert res.flagged_erased == 2 and res.created == 1
    assert res.as_json()["flagged_erased"] == 2
    assert sum("erased" in e["message"] for e in res.as_json()["errors"]) == 2
    with db.session() as s:
        assert s.scalar(select(func.count(Contact.id)).where(Contact.email == "erkki@example.fi")) == 0
        assert s.scalar(select(func.count(Lead.id))) == 1
