"""The dashboard on the hand-computed fixture: tiles, click-through, exports, and agreement
with ``salesdesk report --json`` run as a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt

from salesdesk.crm import kpis
from salesdesk.gui.views.dashboard import DashboardView
from tests.kpi_fixture import OCTOBER, build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fx(ctx):  # type: ignore[no-untyped-def]
    with ctx.db.session() as session:
        return build(session)


@pytest.fixture
def view(qtbot, ctx, fx):  # type: ignore[no-untyped-def]
    widget = DashboardView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.computed, timeout=20000):
        widget.set_scope(kpis.CUSTOM, *OCTOBER)
    return widget


def _tile(view: DashboardView, key: str) -> str:
    return view.tiles[key].value.text()


def test_tiles_show_the_hand_computed_figures(view, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert _tile(view, "leads") == "10"
    assert _tile(view, "won_value") == "€5,400"
    assert _tile(view, "won_count") == "4"
    assert _tile(view, "average_deal") == "€1,350"
    assert _tile(view, "win_rate") == "67%"
    assert _tile(view, "cycle") == "22.5 d"
    assert _tile(view, "retention") == "50%"
    # Referrals: L1 won of L1, L8; every source: L1, L2, L7 won of 10 leads.
    assert _tile(view, "referrals") == "50%"
    assert view.tiles["referrals"].change.text() == "all sources: 30%"
    assert view.tiles["referrals"].note.text() == "1 won of 2 referred leads"
    assert _tile(view, "followups") == "3"  # done 6, 7 and 14 October
    # 10 leads against 3 in 31 Aug – 30 Sep; win rate 66.7 % against 50 %.
    assert view.tiles["leads"].change.text() == "▲ 233% vs previous period"
    assert view.tiles["win_rate"].change.text() == "▲ 16.7 pp vs previous period"
    assert view.tiles["won_value"].note.text() == "4 deals won"
    assert "01/10/2026 – 31/10/2026" in view.subtitle.text()
    for _title, model, _table in view.tables.values():
        qtmodeltester.check(model)
    sources = view.tables["sources"][1]
    assert [sources.index(r, 0).data() for r in range(sources.rowCount())][:2] == [
        "Trade show / fair",
        "Website visit",
    ]
    assert sources.index(0, 3).data() == "33.3%"
    # The stage chart's counts leave out the disqualified lead L6: the card says so.
    footer = view.charts["stages"].footer
    assert footer.isVisible() and footer.text() == "Also one disqualified lead (€0), not on the board."


def test_owner_and_empty_period(view, qtbot, fx) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.owner_combo.setCurrentIndex(view.owner_combo.findData(fx.owners["Anna"]))
    assert _tile(view, "leads") == "6"
    assert _tile(view, "won_value") == "€3,000"
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.set_scope(kpis.CUSTOM, date(2025, 1, 1), date(2025, 1, 31))
    assert _tile(view, "leads") == "0"
    assert _tile(view, "win_rate") == "–"
    assert _tile(view, "average_deal") == "–"
    assert _tile(view, "cycle") == "–"
    assert view.charts["won"].bar_set is not None


def test_click_through_emits_filters(view, ctx, qtbot, fx) -> None:  # type: ignore[no-untyped-def]
    start, end = OCTOBER
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.mouseClick(view.tiles["leads"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["leads", {"created_from": start, "created_to": end}]
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.mouseClick(view.tiles["win_rate"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["leads", {"closed_from": start, "closed_to": end, "stage_kind": "closed"}]
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        view.tiles["pipeline"].setFocus()
        qtbot.keyClick(view.tiles["pipeline"], Qt.Key.Key_Return)
    assert blocker.args == ["board", {"stage_kind": "open"}]
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.mouseClick(view.tiles["followups"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["followups", {"due": "overdue"}]

    # A real mouse click on the "Won" bar of the stage chart (bars are listed bottom-up:
    # Lost is index 0, Won index 1).
    card = view.charts["stages"]
    series = card.chart.series()[0]
    won_index = [r.stage_id for r in view._stage_rows].index(fx.stages["won"])
    point = card.chart.mapToPosition(QPointF(1.5, won_index), series)
    pos = card.view.mapFromScene(card.chart.mapToScene(point))
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["leads", {"created_from": start, "created_to": end, "stage_id": fx.stages["won"]}]

    # Source bars, won months and forecast months map to their own filters.
    sources = [r.source for r in view._source_rows]
    assert view.click_filters("sources", sources.index("referral")) == (
        "leads",
        {"created_from": start, "created_to": end, "source": "referral"},
    )
    assert view.click_filters("won", 0) == (
        "leads",
        {"stage_kind": "won", "won_from": date(2026, 10, 1), "won_to": date(2026, 10, 31)},
    )
    assert view.click_filters("forecast", 1) == (
        "board",
        {"stage_kind": "open", "expected_from": date(2026, 12, 1), "expected_to": date(2026, 12, 31)},
    )
    # Double-clicking a batch row opens the leads of that batch.
    table = view.tables["batches"][2]
    view.tabs.setCurrentWidget(table)
    model = view.tables["batches"][1]
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index("Slush 2026")
    view.scroll.ensureWidgetVisible(table)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [
        "leads",
        {"created_from": start, "created_to": end, "import_batch_id": fx.batches["B1"]},
    ]
    # The keyboard does the same: Enter on a source row.
    table = view.tables["sources"][2]
    view.tabs.setCurrentWidget(table)
    table.setFocus()
    table.setCurrentIndex(view.tables["sources"][1].index(2, 0))  # referral (third by leads)
    with qtbot.waitSignal(ctx.bus.showView, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["leads", {"created_from": start, "created_to": end, "source": "referral"}]


def test_window_opens_the_filtered_view(window, ctx, fx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.show_view("dashboard")
    assert isinstance(dashboard, DashboardView)
    qtbot.mouseClick(dashboard.tiles["leads"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "leads"


def test_exports_pdf_and_xlsx(view, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = view.export_pdf(tmp_path / "dash.pdf")
    assert pdf is not None and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000
    xlsx = view.export_xlsx(tmp_path / "dash.xlsx")
    assert xlsx is not None
    book = load_workbook(xlsx)
    assert book.sheetnames[:3] == ["Summary", "Stages", "Forecast"]
    assert "Sources" in book.sheetnames and "Imports and events" in book.sheetnames
    summary = {row[0]: row[1:] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Leads created"] == (10, 3)
    assert summary["Won value"] == (5400, 1200)
    assert summary["Win rate"][0] == pytest.approx(4 / 6)
    assert book["Summary"]["B6"].number_format == '#,##0.00 "€"'
    batches = list(book["Imports and events"].iter_rows(min_row=2, values_only=True))
    slush = next(r for r in batches if r[0] == "Slush 2026")
    assert slush[1:] == (3, 1, pytest.approx(1 / 3), 2000, 1500, 1500)


def test_report_json_agrees_with_the_dashboard(view, ctx) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(ctx.db.path), "report",
         "--from", "2026-10-01", "--to", "2026-10-31", "--json"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    data = view.data
    assert data is not None
    assert report["leads_total"] == data.headline.leads == 10
    assert report["won_value_cents"] == data.headline.won_value_cents
    assert report["average_deal_cents"] == data.headline.average_deal_cents
    assert report["win_rate"] == round(data.headline.win_rate or 0, 4)
    assert report["median_cycle_days"] == data.headline.median_cycle_days
    assert report["retention_rate"] == data.retention.rate
    shown = {r.stage: (r.count, r.value_cents, r.weighted_cents) for r in data.stages}
    reported = {r["stage"]: (r["count"], r["value_cents"], r["weighted_cents"]) for r in report["by_stage"]}
    assert reported == shown
    assert [(r["source"], r["leads"], r["won"]) for r in report["by_source"]] == [
        (r.source, r.leads, r.won) for r in data.sources
    ]
    assert [(f["month"], f["weighted_cents"]) for f in report["forecast"]] == [
        (f.month, f.weighted_cents) for f in data.forecast
    ]
    assert [r["referrer_id"] for r in report["referrals"]] == [r.referrer_id for r in data.referrals]
    # What the tiles say is the same number as the report's.
    assert _tile(view, "leads") == str(report["leads_total"])
