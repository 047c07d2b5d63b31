"""A trade-show sheet's first import: the source and event the sheet suggests, lead titles
from the sheet (never the file's name), and the date met as the lead's start."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from salesdesk.db import Database
from salesdesk.db.models import ImportBatch, Lead, StageChange
from salesdesk.sheets import batch, pipeline
from salesdesk.sheets.suggest import event_name, lead_title, suggest_source


def _import(db: Database, path: Path, **settings: object) -> batch.ImportResult:
    analysis = pipeline.analyse(path, pipeline.ImportOptions(defer_duplicates=True))
    hint = suggest_source(path, analysis.header.title_rows, analysis.header.names, analysis.mapping)
    base = {"source": hint.source or "purchased_list", "source_detail": hint.detail}
    return batch.run_import(db, analysis, batch.BatchSettings(**{**base, **settings}))  # type: ignore[arg-type]


def test_event_and_suggestions() -> None:
    assert event_name(["Teollisuusmessut 2026 – kävijäliidit", "Osasto B12"]) == "Teollisuusmessut 2026"
    assert event_name(["", "Slush 2026"]) == "Slush 2026"
    fair = suggest_source("leads.xlsx", ["Alihankinta 2026 -messut"], ["Nimi"], ["full_name"])
    assert fair.source == "trade_show" and fair.detail == "Alihankinta 2026 -messut"
    by_name = suggest_source("expo_visitors.csv", [], ["Name"], ["full_name"])
    assert by_name.source == "trade_show" and "expo_visitors.csv" in by_name.reason
    vendor = suggest_source(
        "lista.xlsx",
        [],
        ["Yritys", "Y-tunnus", "Toimiala", "Henkilöstö"],
        ["organization", "business_id", None, None],
    )
    assert vendor.source == "purchased_list" and "toimiala" in vendor.reason
    assert suggest_source("contacts.csv", [], ["Name", "Email"], ["full_name", "email"]).source is None
    assert lead_title("Energiakartoitus", "Messut", "trade_show", "Oy Ab", "Anna") == "Energiakartoitus"
    assert lead_title(None, "Messut 2026", "trade_show", "Konepaja Oy", "Anna") == "Messut 2026 · Konepaja Oy"
    assert lead_title(None, "", "purchased_list", "", "Anna Aho") == "Purchased list · Anna Aho"


def test_trade_show_sample_gives_a_workable_board(db: Database, samples_dir: Path) -> None:
    result = _import(db, samples_dir / "fi_tradeshow_leads_2026.xlsx")
    assert result.created == 60
    # Every row read is accounted for: 60 created, the file's 5 repeats merged, 1 rejected.
    assert (result.rows_read, result.merged, result.skipped, result.rejected) == (66, 5, 0, 1)
    assert result.created + result.merged + result.skipped + result.rejected == result.rows_read
    assert result.as_json()["merged"] == 5
    with db.session() as s:
        history = s.scalars(select(ImportBatch)).one()
        counts = (history.created_count, history.merged_count, history.skipped_count, history.rejected_count)
        assert counts == (60, 5, 0, 1) and sum(counts) == history.rows_read
    with db.session() as s:
        leads = s.scalars(select(Lead).order_by(Lead.id)).all()
        titles = [lead.title for lead in leads]
        assert len(set(titles)) == 60  # distinct: two visitors of one company name the person too
        assert "Teollisuusmessut 2026 · Konepaja Koskinen Oy, Hanna Koskinen" in titles
        assert all(t.startswith("Teollisuusmessut 2026 · ") for t in titles)
        assert not any("fi_tradeshow" in t for t in titles)
        assert {(lead.source, lead.source_detail) for lead in leads} == {
            ("trade_show", "Teollisuusmessut 2026")
        }
        # "Pvm" is the day each visitor was met: the lead starts then, and so does its history.
        first = leads[0]
        assert first.created_at.date() == date(2026, 11, 5)
        changed = s.scalar(select(StageChange.changed_at).where(StageChange.lead_id == first.id))
        assert changed == first.created_at


def test_a_list_without_an_event_is_titled_by_source_and_company(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "osto.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Yritys", "Y-tunnus", "Toimiala", "Sähköposti", "Pvm"])
        writer.writerow(["Virtanen Oy", "0112038-9", "Rakentaminen", "info@virtanen.fi", "31.12.2099"])
        writer.writerow(["Laine Oy", "0109862-8", "Kauppa", "info@laine.fi", "1.11.2026"])
    result = _import(db, path)
    assert result.created == 2
    with db.session() as s:
        rows = s.execute(select(Lead.title, Lead.source, Lead.created_at).order_by(Lead.id)).all()
    assert [(t, src) for t, src, _ in rows] == [
        ("Purchased list · Virtanen Oy", "purchased_list"),
        ("Purchased list · Laine Oy", "purchased_list"),
    ]
    assert rows[0][2].date() != date(2099, 12, 31)  # a date in the future is a typo: now instead
    assert rows[1][2].date() == date(2026, 11, 1)


def test_owner_column_names_become_team_members_or_go_to_someone(db: Database, tmp_path: Path) -> None:
    """A sheet's sales-rep column with unknown names was dropped silently."""
    from salesdesk.crm import owners
    from salesdesk.db.models import Owner

    path = tmp_path / "reps.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nimi", "Sähköposti", "Myyjä"])
        writer.writerow(["Aino Salo", "aino@salo.fi", "SJ"])
        writer.writerow(["Eero Kallio", "eero@kallio.fi", "Pekka Uusi"])
        writer.writerow(["Olli Ahonen", "olli@ahonen.fi", "Pekka Uusi"])
    with db.transaction() as s:
        owners.add(s, "Sanna Järvinen", initials="SJ")
    result = _import(db, path)
    assert result.new_owners == ["Pekka Uusi"] and result.as_json()["new_owners"] == ["Pekka Uusi"]
    with db.session() as s:
        rows = s.execute(
            select(Owner.name, func.count(Lead.id)).join(Lead, Lead.owner_id == Owner.id).group_by(Owner.name)
        ).all()
        by_owner = {name: count for name, count in rows}
    assert by_owner == {"Sanna Järvinen": 1, "Pekka Uusi": 2}
    # Or the user gives those leads to a member: nobody is created.
    other = tmp_path / "reps2.csv"
    other.write_text(
        "Nimi;Sähköposti;Myyjä\nRisto Ahola;risto@ahola.fi;Matti Meikäläinen\n", encoding="utf-8"
    )
    again = _import(db, other, unknown_owners="SJ")
    assert again.new_owners == []
    with db.session() as s:
        lead = s.scalars(select(Lead).where(Lead.import_batch_id == again.batch_id)).one()
        assert lead.owner is not None and lead.owner.name == "Sanna Järvinen"
        assert owners.find(s, "Matti Meikäläinen") is None
