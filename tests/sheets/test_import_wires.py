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


def test_referred_by_links_existing_contacts(db, tmp_path):
    from salesdesk.db.models import Referral

    with db.transaction() as s:
        s.add(Contact(name="Maija Suosittelija", email="maija@example.fi"))
    f = tmp_path / "refs.csv"
    f.write_text(
        "Name,Email,Suosittelija\n"
        "Aino Uusi,aino@example.fi,Maija Suosittelija\n"
        "Bertta Uusi,bertta@example.fi,MAIJA@example.fi\n"
        "Cecilia Uusi,cecilia@example.fi,Tuntematon Henkilö\n"
        "Doris Uusi,doris@example.fi,\n",
        encoding="utf-8",
    )
    a = pipeline.analyse(f)
    assert "referred_by" in a.mapping_dict().values()
    res = batch.run_import(db, a)
    assert res.created == 4
    assert (res.referrals, res.referrers_unmatched) == (2, 1)
    assert any("Tuntematon Henkilö" in e["message"] for e in res.as_json()["errors"])
    with db.session() as s:
        maija = s.scalar(select(Contact.id).where(Contact.name == "Maija Suosittelija"))
        got = {
            name: (rid, notes)
            for name, rid, notes in s.execute(
                select(Contact.name, Referral.referrer_id, Lead.notes)
                .join(Lead, Lead.contact_id == Contact.id)
                .outerjoin(Referral, Referral.lead_id == Lead.id)
            )
        }
    assert got["Aino Uusi"][0] == maija and got["Bertta Uusi"][0] == maija
    assert got["Cecilia Uusi"][0] is None and "Tuntematon Henkilö" in got["Cecilia Uusi"][1]
    assert got["Doris Uusi"] == (None, "")
    batch.undo_batch(db, res.batch_id)
    with db.session() as s:
        assert s.scalar(select(func.count(Referral.id))) == 0


def test_import_plans_first_contact_unless_rule_off(db, tmp_path):
    from dataclasses import replace

    from salesdesk.crm import followups
    from salesdesk.db.models import FollowUp

    f = _sheet(tmp_path, ["Aino Uusi,aino@example.fi,", "Bertta Uusi,bertta@example.fi,"])
    res = batch.run_import(db, pipeline.analyse(f))
    assert res.created == 2 and res.followups == 2
    with db.session() as s:
        planned = s.execute(select(FollowUp.lead_id, FollowUp.rule, FollowUp.status)).all()
        assert sorted(p[0] for p in planned) == sorted(res.lead_ids)
        assert {(p[1], p[2]) for p in planned} == {("first_contact", "open")}
    batch.undo_batch(db, res.batch_id)
    with db.session() as s:
        assert s.scalar(select(func.count(FollowUp.id))) == 0
    with db.transaction() as s:
        followups.save_rules(s, replace(followups.load_rules(s), first_contact=False))
    res = batch.run_import(db, pipeline.analyse(f))
    assert res.created == 2 and res.followups == 0
    with db.session() as s:
        assert s.scalar(select(func.count(FollowUp.id))) == 0
