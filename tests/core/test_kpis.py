"""Every KPI formula against the hand-computed fixture of tests/kpi_fixture.py (both engines).

The expected numbers below are worked out by hand from the fixture's table; the comments
show the arithmetic.
"""

from __future__ import annotations

from datetime import date

import pytest

from salesdesk.crm import kpis
from salesdesk.crm.report import build_report, report_text
from tests.kpi_fixture import NOW, OCTOBER, build

OCT = kpis.Scope(kpis.Period.custom(*OCTOBER))
EMPTY = kpis.Scope(kpis.Period.custom(date(2025, 1, 1), date(2025, 1, 31)))


@pytest.fixture
def fx_db(any_db):  # type: ignore[no-untyped-def]
    with any_db.session() as session:
        fx = build(session)
    return any_db, fx


def _session(fx_db):  # type: ignore[no-untyped-def]
    return fx_db[0].session()


def test_periods() -> None:
    today = date(2026, 11, 27)
    month = kpis.Period.this_month(today)
    assert (month.start, month.end) == (date(2026, 11, 1), today)
    assert month.previous() == kpis.Period(date(2026, 10, 1), date(2026, 10, 27))
    quarter = kpis.Period.this_quarter(today)
    assert (quarter.start, quarter.previous().start, quarter.previous().end) == (  # type: ignore[union-attr]
        date(2026, 10, 1),
        date(2026, 7, 1),
        date(2026, 8, 27),
    )
    year = kpis.Period.this_year(today)
    assert year.previous() == kpis.Period(date(2025, 1, 1), date(2025, 11, 27))
    last12 = kpis.Period.last_12_months(today)
    assert (last12.start, last12.end, last12.days) == (date(2025, 11, 28), today, 365)
    assert last12.previous() == kpis.Period(date(2024, 11, 28), date(2025, 11, 27))
    # The end of March compares with the end of February (clamped), not 3 March.
    march = kpis.Period.this_month(date(2026, 3, 31))
    assert march.previous() == kpis.Period(date(2026, 2, 1), date(2026, 2, 28))
    october = kpis.Period.custom(*OCTOBER)
    assert october.previous() == kpis.Period(date(2026, 8, 31), date(2026, 9, 30))
    assert kpis.Period.all_time().previous() is None
    with pytest.raises(ValueError):
        kpis.Period.custom(date(2026, 2, 1), date(2026, 1, 1))


def test_ratio_and_change_never_divide_by_zero() -> None:
    assert kpis.ratio(1, 0) is None
    assert kpis.ratio(0, 4) == 0
    assert kpis.change(5, 0) is None
    assert kpis.change(None, 3) is None
    assert kpis.change(3, 2) == pytest.approx(0.5)


def test_leads_and_stages(fx_db) -> None:  # type: ignore[no-untyped-def]
    _, fx = fx_db
    with _session(fx_db) as s:
        assert kpis.leads_total(s, OCT) == 10  # L1..L10
        rows = {r.stage_id: r for r in kpis.by_stage(s, OCT)}
    st = fx.stages
    expect = {
        "suspect": (2, 140000, 7000),  # L5 800 + L9 600; × 5 %
        "mql": (1, 40000, 6000),  # L8 400 × 15 %
        "sql": (0, 0, 0),
        "proposal": (1, 300000, 180000),  # L4 3000 × 60 %
        "negotiation": (1, 70000, 56000),  # L10 700 × 80 %
        "won": (3, 450000, 450000),  # L1 + L2 + L7
        "lost": (1, 50000, 0),  # L3 500 (L6 is disqualified: left out, as on the board)
    }
    for key, (count, value, weighted) in expect.items():
        row = rows[st[key]]
        assert (row.count, row.value_cents, row.weighted_cents) == (count, value, weighted), key
    assert sum(r.count for r in rows.values()) == 10 - 1


def test_sales_volume_win_rate_cycle(fx_db) -> None:  # type: ignore[no-untyped-def]
    with _session(fx_db) as s:
        volume = kpis.sales_volume(s, OCT)
        # Won with closed_at in October: L1 1000, L2 2000, L7 1500, L13 900 (created in Sept).
        assert volume == kpis.SalesVolume(4, 540000, 135000)
        # Lost in October: L3, L6 → 4 / (4 + 2).
        win = kpis.win_rate(s, OCT)
        assert (win.won, win.lost) == (4, 2)
        assert win.rate == pytest.approx(4 / 6)
        # Cycles: L2 10, L1 20, L7 25, L13 25 days → median (20 + 25) / 2, mean 80 / 4.
        assert kpis.sales_cycle(s, OCT) == kpis.SalesCycle(4, 20.0, 22.5)
        # Odd count: September has only L11 (10 days).
        september = kpis.Scope(kpis.Period.custom(date(2026, 9, 1), date(2026, 9, 30)))
        assert kpis.sales_cycle(s, september) == kpis.SalesCycle(1, 10.0, 10.0)
        assert kpis.won_by_month(s, OCT) == [kpis.MonthValue("2026-10", 4, 540000)]


def test_stage_conversion(fx_db) -> None:  # type: ignore[no-untyped-def]
    with _session(fx_db) as s:
        rows = kpis.stage_conversion(s, OCT)
    # Furthest stage reached: L5 L6 L9 suspect; L3 L8 mql; L4 proposal; L10 negotiation;
    # L1 L2 L7 won (L1 skipped mql, L2 skipped sql/proposal/negotiation: passing counts).
    assert [r.reached for r in rows] == [10, 7, 5, 5, 4, 3]
    assert [r.share for r in rows] == pytest.approx([1.0, 0.7, 0.5, 0.5, 0.4, 0.3])
    assert rows[0].step is None
    assert [r.step for r in rows[1:]] == pytest.approx([0.7, 5 / 7, 1.0, 0.8, 0.75])


def test_sources_batches_campaigns(fx_db) -> None:  # type: ignore[no-untyped-def]
    _, fx = fx_db
    with _session(fx_db) as s:
        sources = kpis.by_source(s, OCT)
        batches = kpis.by_batch(s, OCT)
        campaigns = kpis.by_campaign(s, OCT)
    assert [(r.source, r.leads, r.won, r.won_value_cents) for r in sources] == [
        ("trade_show", 3, 1, 200000),  # L2 won, L5, L6
        ("website", 3, 0, 0),  # L3, L4, L10
        ("referral", 2, 1, 100000),  # L1 won, L8
        ("existing_customer", 1, 1, 150000),  # L7
        ("purchased_list", 1, 0, 0),  # L9
    ]
    assert [r.conversion for r in sources] == pytest.approx([1 / 3, 0.0, 0.5, 1.0, 0.0])
    slush, list_x = sorted(batches, key=lambda b: b.batch_id)
    assert (slush.batch_id, slush.name, slush.leads, slush.won, slush.won_value_cents) == (
        fx.batches["B1"],
        "Slush 2026",
        3,
        1,
        200000,
    )
    assert slush.cost_per_won_cents == 150000  # 1 500 € / 1 deal
    assert (list_x.leads, list_x.won, list_x.cost_cents, list_x.cost_per_won_cents) == (1, 0, 50000, None)
    assert [(c.detail, c.leads, c.won, c.won_value_cents) for c in campaigns] == [
        ("Slush 2026", 3, 1, 200000),
        ("List X", 1, 0, 0),
    ]


def test_time_in_stage(fx_db) -> None:  # type: ignore[no-untyped-def]
    with _session(fx_db) as s:
        rows = {r.stage: r for r in kpis.time_in_stage(s, OCT, now=NOW)}
    # Stays that ended in October:
    # suspect: L1 4, L2 2, L3 3, L6 18, L10 8 → 35 / 5; mql: L2 8, L3 10, L13 25 → 43 / 3;
    # sql: L1 5, L4 5, L10 5; proposal: L1 11, L7 10; negotiation: L7 15.
    assert [(r.stays, r.average_days) for r in rows.values()] == [
        (5, 7.0),
        (3, 14.3),
        (3, 5.0),
        (2, 10.5),
        (1, 15.0),
    ]
    # Waiting now (5 Nov): suspect L5 34, L9 25, L15 3; mql L8 26; sql none; proposal L4 28;
    # negotiation L10 11.
    assert [(r.open_now, r.open_average_days) for r in rows.values()] == [
        (3, 20.7),
        (1, 26.0),
        (0, None),
        (1, 28.0),
        (1, 11.0),
    ]


def test_forecast_retention_referrals_activity(fx_db) -> None:  # type: ignore[no-untyped-def]
    _, fx = fx_db
    with _session(fx_db) as s:
        forecast = kpis.forecast(s, OCT)
        retention = kpis.retention(s, OCT)
        referrals = kpis.referrals(s, OCT)
        activity = kpis.activity(s, OCT, now=NOW)
    # Nov: L4 3000 × 60 % + L5 800 × 5 % + L10 700 × 80 %; Dec: L8 400 × 15 %;
    # no date: L9 600 × 5 % + L15 100 × 5 % (the discarded L6 is left out).
    assert forecast == [
        kpis.ForecastRow("2026-11", 3, 450000, 240000),
        kpis.ForecastRow("2026-12", 1, 40000, 6000),
        kpis.ForecastRow(None, 2, 70000, 3500),
    ]
    # Wins by 31 Oct: C1 (L1, L7), C2 (L2, L13), C10 (L11), C12 (L14) → 2 of 4 repeat.
    assert retention == kpis.Retention(4, 2, 0.5)
    # C12 referred L1 (won, 1000 €) and L8 in October; C10's referral was in September.
    assert referrals == [kpis.ReferrerRow(fx.contacts["C12"], "Customer 12", 2, 1, 100000)]
    assert [(r.owner, r.week, r.done) for r in activity.done] == [
        ("Anna", date(2026, 10, 5), 2),
        ("Ben", date(2026, 10, 12), 1),
    ]
    assert (activity.done_total, activity.overdue) == (3, 1)


def test_owner_filter(fx_db) -> None:  # type: ignore[no-untyped-def]
    _, fx = fx_db
    anna = kpis.Scope(OCT.period, fx.owners["Anna"])
    with _session(fx_db) as s:
        data = kpis.compute(s, anna, now=NOW)
    assert data.headline.leads == 6  # L1 L2 L5 L6 L8 L10
    assert data.volume == kpis.SalesVolume(2, 300000, 150000)  # L1, L2
    assert data.win.rate == pytest.approx(2 / 3)  # L6 lost
    assert data.cycle == kpis.SalesCycle(2, 15.0, 15.0)  # 20 and 10 days
    assert [f.month for f in data.forecast] == ["2026-11", "2026-12", None]
    assert data.forecast[0].weighted_cents == 4000 + 56000  # L5, L10
    assert data.activity.done_total == 2 and data.activity.overdue == 0
    # Retention for Anna's wins by 31 Oct: C1 (L1), C2 (L2), C10 (L11), C12 (L14): none repeat.
    assert data.retention == kpis.Retention(4, 0, 0.0)


def test_headline_change_against_previous_period(fx_db) -> None:  # type: ignore[no-untyped-def]
    with _session(fx_db) as s:
        data = kpis.compute(s, OCT, now=NOW)
    # Previous period 31 Aug – 30 Sep: L11, L12, L13 created; L11 won (1200 €); L12 lost.
    assert data.previous == kpis.Headline(3, 1, 120000, 120000, 0.5, 10.0)
    assert data.change("leads") == pytest.approx((10 - 3) / 3)
    assert data.change("won_value_cents") == pytest.approx(3.5)
    assert data.change("win_rate") == pytest.approx((4 / 6 - 0.5) / 0.5)
    assert data.referral_source is not None and data.referral_source.won == 1


def test_empty_period_gives_none_not_errors(fx_db) -> None:  # type: ignore[no-untyped-def]
    with _session(fx_db) as s:
        data = kpis.compute(s, EMPTY, now=NOW)
    assert data.headline == kpis.Headline(0, 0, 0, None, None, None)
    assert data.previous == kpis.Headline(0, 0, 0, None, None, None)
    assert data.change("leads") is None
    assert all(r.count == 0 for r in data.stages)
    assert all(r.reached == 0 and r.share is None for r in data.conversion)
    assert all(r.step is None for r in data.conversion)  # 0 / 0 stage to stage
    assert data.sources == [] and data.batches == [] and data.referrals == []
    assert data.retention == kpis.Retention(0, 0, None)
    assert data.cycle == kpis.SalesCycle(0, None, None)
    assert all(r.stays == 0 and r.average_days is None for r in data.stage_times)


def test_empty_database(any_db) -> None:  # type: ignore[no-untyped-def]
    with any_db.session() as s:
        report = build_report(s)
    assert report["leads_total"] == 0
    assert report["win_rate"] is None and report["average_deal_cents"] is None
    assert report["median_cycle_days"] is None and report["retention_rate"] is None
    assert report["forecast"] == [] and report["referrals"] == []


def test_report_json(fx_db) -> None:  # type: ignore[no-untyped-def]
    _, fx = fx_db
    with _session(fx_db) as s:
        report = build_report(s, OCT)
    assert report["leads_total"] == 10
    assert {"stage", "count", "value_cents", "weighted_cents"} <= set(report["by_stage"][0])
    # L6 (disqualified, €0) is left out of by_stage; the key says so and the sum adds up.
    assert report["disqualified"] == {"count": 1, "value_cents": 0}
    assert (
        sum(r["count"] for r in report["by_stage"]) + report["disqualified"]["count"] == report["leads_total"]
    )
    text = report_text(report)
    assert "Disqualified (not on the board)" in text
    assert report["by_source"][0] == {
        "source": "trade_show",
        "label": "Trade show / fair",
        "leads": 3,
        "won": 1,
        "conversion": 0.3333,
        "won_value_cents": 200000,
    }
    assert report["win_rate"] == 0.6667
    assert report["average_deal_cents"] == 135000
    assert report["median_cycle_days"] == 22.5
    assert report["retention_rate"] == 0.5
    assert [(f["month"], f["weighted_cents"]) for f in report["forecast"]] == [
        ("2026-11", 240000),
        ("2026-12", 6000),
        (None, 3500),
    ]
    assert report["referrals"] == [
        {
            "referrer_id": fx.contacts["C12"],
            "referrer": "Customer 12",
            "referred": 2,
            "won": 1,
            "won_value_cents": 100000,
        }
    ]
