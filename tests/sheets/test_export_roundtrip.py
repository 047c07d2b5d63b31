"""Round trip: export → edit the workbook in "Excel" (openpyxl) → import → the same leads and
contacts are updated by their hidden IDs, nothing duplicated, untouched cells unchanged, the
change is one import batch, and undo puts everything back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from salesdesk import i18n
from salesdesk.crm.funnel import stages
from salesdesk.db.models import Contact, ImportBatch, ImportChange, Lead, Owner, StageChange
from salesdesk.sheets import batch, pipeline
from salesdesk.sheets import export as ex
from salesdesk.sheets.mapping import auto_map


def _snapshot(db) -> dict[str, dict[int, tuple]]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        leads = {
            r[0]: tuple(r[1:])
            for r in s.execute(
                select(
                    Lead.id,
                    Lead.contact_id,
                    Lead.title,
                    Lead.stage_id,
                    Lead.value_cents,
                    Lead.expected_close,
                    Lead.temperature,
                    Lead.source,
                    Lead.source_detail,
                    Lead.owner_id,
                    Lead.notes,
                )
            )
        }
        contacts = {
            r[0]: tuple(r[1:])
            for r in s.execute(
                select(
                    Contact.id,
                    Contact.kind,
                    Contact.name,
                    Contact.first_name,
                    Contact.last_name,
                    Contact.organization_id,
                    Contact.title,
                    Contact.email,
                    Contact.phone,
                    Contact.mobile,
                    Contact.city,
                    Contact.notes,
                )
            )
        }
    return {"leads": leads, "contacts": contacts}


@pytest.fixture
def crm(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        st = {x.key: x for x in stages(s)}
        anna, ville = Owner(name="Anna Aho"), Owner(name="Ville Virta")
        org = Contact(kind="organization", name="Konepaja Oy", city="Tampere")
        hanna = Contact(
            name="Hanna Koskinen",
            first_name="Hanna",
            last_name="Koskinen",
            organization=org,
            title="Toimitusjohtaja",
            email="hanna@konepaja.fi",
            phone="+358401234567",
            city="Tampere",
            notes="Tavattu messuilla",
        )
        pekka = Contact(name="Pekka Puu", first_name="Pekka", last_name="Puu", email="pekka@puu.fi")
        s.add_all([anna, ville, org, hanna, pekka])
        s.flush()
        leads = [
            Lead(
                contact=hanna,
                title="Huoltosopimus",
                stage=st["proposal"],
                value_cents=1_250_000,
                expected_close=date(2026, 12, 15),
                temperature="hot",
                source="trade_show",
                source_detail="Alihankinta 2026",
                owner=anna,
                notes="- soita maanantaina",
            ),
            Lead(contact=org, title="Vuosisopimus", stage=st["suspect"], owner=anna, source="referral"),
            Lead(contact=pekka, title="=Puutavara", stage=st["sql"], owner=ville, value_cents=99_00),
        ]
        s.add_all(leads)
        s.flush()
        ids = {
            "hanna_lead": leads[0].id,
            "org_lead": leads[1].id,
            "pekka_lead": leads[2].id,
            "hanna": hanna.id,
            "org": org.id,
            "pekka": pekka.id,
            "anna": anna.id,
            "ville": ville.id,
            "negotiation": st["negotiation"].id,
        }
    return ids


def _columns(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.value: c.column for c in ws[1]}


def _row_of(ws, lead_id: int) -> int:  # type: ignore[no-untyped-def]
    return next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == lead_id)


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_every_exported_header_maps_to_its_field(lang: str) -> None:
    i18n.set_language(lang)
    heads = ex.headers(ex.LEADS)
    mapped = auto_map(heads)
    assert mapped == [
        "id_lead",
        "id_contact",
        "lead_title",
        "first_name",
        "last_name",
        "organization",
        "title",
        "email",
        "phone",
        "mobile",
        "city",
        "stage",
        "value",
        "expected_close",
        "temperature",
        "lead_source",
        "source_detail",
        "owner",
        "tags",
        "lead_notes",
    ], list(zip(heads, mapped, strict=True))


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_round_trip(db, crm, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    before = _snapshot(db)
    target = tmp_path / "leads.xlsx"
    with db.session() as s:
        ex.export(s, target, ex.ExportRequest(kinds=(ex.LEADS, ex.CONTACTS, ex.FOLLOWUPS)))

    # "Excel": change a few cells, add a row, leave everything else alone.
    wb = openpyxl.load_workbook(target)
    ws = wb[ex.sheet_name(ex.LEADS)]
    col = _columns(ws)
    h = ex.headers(ex.LEADS)
    row = _row_of(ws, crm["hanna_lead"])
    ws.cell(row, col[h[12]]).value = 15000  # Value: 12 500 € → 15 000 €
    ws.cell(row, col[h[11]]).value = ws.cell(row, col[h[11]]).value  # Stage untouched here
    ws.cell(row, col[h[8]]).value = "040 765 4321"  # Phone, typed the Finnish way
    prow = _row_of(ws, crm["pekka_lead"])
    from salesdesk.crm.labels import stage_label

    with db.session() as s:
        neg = next(x for x in stages(s) if x.key == "negotiation")
        neg_label = stage_label(neg.name, neg.key)
    ws.cell(prow, col[h[11]]).value = neg_label  # Stage, picked from the drop-down
    ws.cell(prow, col[h[17]]).value = "Anna Aho"  # Owner
    new = ws.max_row + 1
    for header, value in zip(
        (h[2], h[3], h[4], h[5], h[7], h[11], h[17]),
        ("Uusi kauppa", "Liisa", "Laine", "Laine Oy", "liisa@laine.fi", neg_label, "Ville Virta"),
        strict=True,
    ):
        ws.cell(new, col[header]).value = value
    wb.save(target)

    analysis = pipeline.analyse(target)
    # the ID columns are hidden in the export, and hidden recognised columns still map
    assert analysis.hidden_columns == [h[0], h[1]]
    assert analysis.mapping[:2] == ["id_lead", "id_contact"]
    result = batch.run_import(db, analysis, batch.BatchSettings(created_by="test"))
    assert result.batch_id is not None
    assert result.created == 1  # Liisa (her organization comes along)
    after = _snapshot(db)

    # the same leads and contacts, plus exactly the added one
    assert set(after["leads"]) - set(before["leads"]) == {max(after["leads"])}
    assert len(after["leads"]) == len(before["leads"]) + 1
    assert set(before["contacts"]) <= set(after["contacts"])
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Contact).where(Contact.email == "hanna@konepaja.fi"))
            == 1
        )
        liisa_lead = s.get(Lead, max(after["leads"]))
        assert liisa_lead.title == "Uusi kauppa"
        assert liisa_lead.stage_id == crm["negotiation"] and liisa_lead.owner_id == crm["ville"]
        assert liisa_lead.contact.email == "liisa@laine.fi"

    # changed cells applied ...
    hanna_lead = after["leads"][crm["hanna_lead"]]
    assert hanna_lead[3] == 1_500_000
    assert after["contacts"][crm["hanna"]][7] == "+358407654321"
    pekka_lead = after["leads"][crm["pekka_lead"]]
    assert pekka_lead[2] == crm["negotiation"] and pekka_lead[8] == crm["anna"]
    assert pekka_lead[1] == "=Puutavara"  # the neutralised text came back as it was
    # ... and nothing else moved
    for lid, values in before["leads"].items():
        changed = {i for i, (a, b) in enumerate(zip(values, after["leads"][lid], strict=True)) if a != b}
        expected = {crm["hanna_lead"]: {3}, crm["pekka_lead"]: {2, 8}}.get(lid, set())
        assert changed == expected, (lid, values, after["leads"][lid])
    for cid, values in before["contacts"].items():
        changed = {i for i, (a, b) in enumerate(zip(values, after["contacts"][cid], strict=True)) if a != b}
        assert changed == ({7} if cid == crm["hanna"] else set()), (cid, values, after["contacts"][cid])

    # one import batch, with its changes
    with db.session() as s:
        b = s.get(ImportBatch, result.batch_id)
        assert b is not None and b.created_count == 1
        kinds = sorted(
            (c.entity, c.action) for c in s.scalars(select(ImportChange).where(ImportChange.batch_id == b.id))
        )
        assert ("lead", "update") in kinds and ("contact", "update") in kinds
        assert (
            s.scalar(
                select(func.count())
                .select_from(StageChange)
                .where(
                    StageChange.lead_id == crm["pekka_lead"], StageChange.to_stage_id == crm["negotiation"]
                )
            )
            == 1
        )

    # undo restores everything
    batch.undo_batch(db, result.batch_id)
    assert _snapshot(db) == before
    with db.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(StageChange)
                .where(
                    StageChange.lead_id == crm["pekka_lead"], StageChange.to_stage_id == crm["negotiation"]
                )
            )
            == 0
        )


def test_reimport_unedited_export_changes_nothing(db, crm, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:  # two organizations of the same name: each keeps its people
        twin = Contact(kind="organization", name="Konepaja Oy", city="Oulu")
        olli = Contact(name="Olli Oja", first_name="Olli", last_name="Oja", organization=twin)
        s.add(Lead(contact=olli, title="Toinen konepaja", stage=stages(s)[0]))
    before = _snapshot(db)
    target = tmp_path / "same.xlsx"
    with db.session() as s:
        ex.export(s, target)
    result = batch.run_import(db, pipeline.analyse(target), batch.BatchSettings())
    assert (result.created, result.updated, result.updated_leads) == (0, 0, 0)
    assert _snapshot(db) == before


def test_round_trip_through_csv(db, crm, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(db)
    target = tmp_path / "leads.csv"
    with db.session() as s:
        ex.export(s, target, semicolon=True)
    text = target.read_text("utf-8-sig").replace("Huoltosopimus", "Huoltosopimus 2027")
    target.write_text(text, "utf-8-sig")
    result = batch.run_import(db, pipeline.analyse(target), batch.BatchSettings())
    after = _snapshot(db)
    assert result.created == 0 and set(after["leads"]) == set(before["leads"])
    assert after["leads"][crm["hanna_lead"]][1] == "Huoltosopimus 2027"
    assert after["leads"][crm["hanna_lead"]][3] == 1_250_000  # "12500,00" read back as money
    batch.undo_batch(db, result.batch_id)
    assert _snapshot(db) == before
