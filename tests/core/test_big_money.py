"""Big deals on both engines: money and its products are 64-bit.

A lead of €5,000,000 (won) and one of €30,000,000 (open, in negotiation) go through every
figure: board column totals and weighted value, ``kpis.compute`` (dashboard and report),
``salesdesk report --json``, forecast, referral figures, export and import. On PostgreSQL a
32-bit column or product overflowed at about €268,000 × 80 % (``integer out of range``);
a value over €21,474,836.47 could not be stored at all.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from salesdesk.cli import main
from salesdesk.crm import board, kpis
from salesdesk.crm.funnel import stages
from salesdesk.crm.leads import create_lead, mark_won
from salesdesk.crm.referrals import add_referral, list_referrals, referrals_report, referrer_figures
from salesdesk.db import Database
from salesdesk.db.models import Contact, ImportBatch, Lead, Stage
from salesdesk.sheets import batch, pipeline
from salesdesk.sheets import export as ex

FIVE_M = 5_000_000_00  # cents
THIRTY_M = 30_000_000_00


def _stage(session, key: str) -> Stage:  # type: ignore[no-untyped-def]
    return next(s for s in stages(session) if s.key == key)


@pytest.fixture
def big(any_db: Database) -> dict[str, int]:
    today = date.today()
    with any_db.transaction() as s:
        referrer = Contact(name="Raili Suosittelija", first_name="Raili", last_name="Suosittelija")
        buyer = Contact(name="Iso Asiakas Oy", kind="organization")
        s.add_all([referrer, buyer])
        s.flush()
        referral = add_referral(s, referrer.id, name="Veli Viiden", company="Viisi Miljoonaa Oy",
                                value_cents=FIVE_M)  # fmt: skip
        won_lead = s.get(Lead, referral.lead_id)
        assert won_lead is not None
        mark_won(s, won_lead, _stage(s, "won"), value_cents=FIVE_M, close_date=today)
        negotiation = _stage(s, "negotiation")
        big_lead = create_lead(s, contact=buyer, title="Kolmenkymmenen miljoonan kauppa", stage=negotiation,
                               value_cents=THIRTY_M, expected_close=today + timedelta(days=20))  # fmt: skip
        s.flush()
        return {
            "won": won_lead.id,
            "open": big_lead.id,
            "referrer": referrer.id,
            "negotiation": negotiation.id,
            "probability": negotiation.probability,
            "won_stage": won_lead.stage_id,
        }


def test_board_figures(any_db: Database, big: dict[str, int]) -> None:
    with any_db.session() as s:
        columns = {c.stage.id: c for c in board.column_summaries(s)}
    weighted = round(THIRTY_M * big["probability"] / 100)
    assert big["probability"] > 0 and weighted > 2**31
    assert columns[big["negotiation"]].totals == {"EUR": THIRTY_M}
    assert columns[big["negotiation"]].weighted == {"EUR": weighted}
    assert columns[big["won_stage"]].totals == {"EUR": FIVE_M}


def test_dashboard_report_and_forecast(any_db: Database, big: dict[str, int]) -> None:
    scope = kpis.Scope(kpis.Period.this_year(date.today()))
    weighted = round(THIRTY_M * big["probability"] / 100)
    with any_db.session() as s:
        data = kpis.compute(s, scope)
        assert data.volume.won_value_cents == FIVE_M
        assert data.headline.won_value_cents == FIVE_M
        rows = {r.stage_id: r for r in data.stages}
        assert rows[big["negotiation"]].value_cents == THIRTY_M
        assert rows[big["negotiation"]].weighted_cents == weighted
        forecast = kpis.forecast(s, scope)
        assert sum(r.value_cents for r in forecast) == THIRTY_M
        assert sum(r.weighted_cents for r in forecast) == weighted
        assert [r.won_value_cents for r in kpis.referrals(s, scope)] == [FIVE_M]
        assert all(type(r.weighted_cents) is int for r in forecast)


def test_report_command_json(
    any_db: Database, big: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", any_db.url, "report", "--period", "year", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["won_value_cents"] == FIVE_M
    assert sum(r["value_cents"] for r in report["forecast"]) == THIRTY_M
    assert sum(r["weighted_cents"] for r in report["forecast"]) == round(THIRTY_M * big["probability"] / 100)
    assert report["referrals"][0]["won_value_cents"] == FIVE_M
    assert main(["--db", any_db.url, "report", "--period", "year"]) == 0
    assert "€5,000,000.00" in capsys.readouterr().out


def test_referral_figures(any_db: Database, big: dict[str, int]) -> None:
    with any_db.session() as s:
        figures = referrer_figures(s)
        assert [f.won_value_cents for f in figures] == [FIVE_M]
        assert type(figures[0].won_value_cents) is int
        report = referrals_report(s)
        listed = list_referrals(s)
    assert json.loads(json.dumps(report))[0]["won_value_cents"] == FIVE_M  # a plain int, no Decimal
    assert [r.value_cents for r in listed] == [FIVE_M]


def test_export_and_import(any_db: Database, big: dict[str, int], tmp_path: Path) -> None:
    with any_db.session() as s:
        ex.export(s, tmp_path / "big.xlsx", ex.ExportRequest(kinds=(ex.LEADS,)))
    ws = openpyxl.load_workbook(tmp_path / "big.xlsx")["Leads"]
    head = [c.value for c in ws[1]]
    values = sorted(row[head.index("Value")] for row in ws.iter_rows(min_row=2, values_only=True))
    assert values == [FIVE_M / 100, THIRTY_M / 100]

    sheet = tmp_path / "isot.csv"
    sheet.write_text("Etunimi;Sukunimi;Sähköposti;Arvo\nMatti;Miljoona;matti@iso.fi;40 000 000,00\n", "utf-8")
    result = batch.run_import(any_db, pipeline.analyse(sheet), batch.BatchSettings(cost_cents=THIRTY_M))
    assert result.created == 1
    with any_db.session() as s:
        imported = s.scalars(select(Lead.value_cents).where(Lead.id.in_(result.lead_ids))).all()
        assert imported == [40_000_000_00]
        assert s.scalars(select(ImportBatch.cost_cents)).all() == [THIRTY_M]
        rows = kpis.by_batch(s, kpis.Scope(kpis.Period.this_year(date.today())))
        assert [r.cost_cents for r in rows] == [THIRTY_M]
