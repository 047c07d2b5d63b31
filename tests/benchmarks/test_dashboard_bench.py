"""How long the dashboard's figures take over 50,000 leads, against a raw baseline.

Run (skipped by the default run; the project's addopts say ``--benchmark-skip``)::

    pytest tests/benchmarks/test_dashboard_bench.py -o addopts="" --benchmark-enable -s

``SALESDESK_BENCH_LEADS`` changes the size (default 50,000).
The baseline is the bare aggregate a funnel needs,
``SELECT stage_id, count(*), sum(value_cents) FROM leads GROUP BY stage_id``; the
``ratio`` in each benchmark's extra info is its mean time over the baseline's mean.
The target (issue 9): the dashboard appears in under a second over 50,000 leads.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from salesdesk.crm import kpis
from salesdesk.db import Database, open_database
from salesdesk.db.models import Contact, FollowUp, ImportBatch, Lead, Owner, Referral, Stage, StageChange

LEADS = int(os.environ.get("SALESDESK_BENCH_LEADS", "50000"))
TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
SOURCES = ["referral", "trade_show", "purchased_list", "website", "email_campaign", "social_media", "event"]
_means: dict[str, float] = {}


def populate(db: Database, leads: int, seed: int = 7) -> None:
    """A realistic spread: three years of leads, ~2.5 history rows each, follow-ups, referrals."""
    rng = random.Random(seed)
    with db.transaction() as s:
        stages = list(s.execute(select(Stage.id, Stage.kind, Stage.position).order_by(Stage.position)))
        open_ids = [sid for sid, kind, _ in stages if kind == "open"]
        won_id = next(sid for sid, kind, _ in stages if kind == "won")
        lost_id = next(sid for sid, kind, _ in stages if kind == "lost")
        s.execute(insert(Owner), [{"name": f"Owner {i}", "initials": f"O{i}"} for i in range(5)])
        owners = list(s.scalars(select(Owner.id)))
        s.execute(
            insert(ImportBatch),
            [{"file_name": f"list{i}.xlsx", "source_detail": f"Fair {2024 + i % 3}", "source": "trade_show",
              "cost_cents": rng.choice([0, 150000, 400000])} for i in range(10)],
        )  # fmt: skip
        batches = list(s.scalars(select(ImportBatch.id)))
        contacts = leads * 3 // 5
        s.execute(insert(Contact), [{"name": f"Contact {i}"} for i in range(contacts)])
        contact_ids = list(s.scalars(select(Contact.id)))
        lead_rows: list[dict[str, Any]] = []
        for i in range(leads):
            created = NOW - timedelta(days=rng.uniform(0, 3 * 365))
            roll = rng.random()
            if roll < 0.2:
                stage_id, closed = won_id, created + timedelta(days=rng.uniform(3, 150))
            elif roll < 0.45:
                stage_id, closed = lost_id, created + timedelta(days=rng.uniform(1, 90))
            else:
                stage_id, closed = rng.choice(open_ids), None
            if closed is not None and closed > NOW:
                closed = NOW
            lead_rows.append(
                {
                    "contact_id": rng.choice(contact_ids),
                    "title": f"Deal {i}",
                    "stage_id": stage_id,
                    "value_cents": rng.randrange(10000, 5000000, 100),
                    "source": rng.choice(SOURCES),
                    "owner_id": rng.choice(owners),
                    "import_batch_id": rng.choice(batches) if rng.random() < 0.2 else None,
                    "expected_close": (
                        TODAY + timedelta(days=rng.randint(-30, 240)) if rng.random() < 0.8 else None
                    ),
                    "created_at": created,
                    "stage_changed_at": closed or created + timedelta(days=rng.uniform(0, 20)),
                    "last_activity_at": created,
                    "closed_at": closed,
                }
            )
        s.execute(insert(Lead), lead_rows)
        ids = list(s.scalars(select(Lead.id).order_by(Lead.id)))
        changes: list[dict[str, Any]] = []
        for lead_id, row in zip(ids, lead_rows, strict=True):
            path = [open_ids[0], *sorted(rng.sample(open_ids[1:], rng.randint(0, 3)))]
            if row["stage_id"] in open_ids:
                path = [p for p in path if p <= row["stage_id"]] or [row["stage_id"]]
                if path[-1] != row["stage_id"]:
                    path.append(row["stage_id"])
            else:
                path.append(row["stage_id"])
            end = row["stage_changed_at"]
            step = (end - row["created_at"]) / max(len(path) - 1, 1)
            previous = None
            for n, stage_id in enumerate(path):
                changes.append(
                    {"lead_id": lead_id, "from_stage_id": previous, "to_stage_id": stage_id,
                     "changed_at": row["created_at"] + step * n}
                )  # fmt: skip
                previous = stage_id
        s.execute(insert(StageChange), changes)
        s.execute(
            insert(FollowUp),
            [{"uid": f"b{i}", "lead_id": rng.choice(ids), "owner_id": rng.choice(owners),
              "due_at": NOW + timedelta(days=rng.uniform(-200, 60)),
              "status": (st := rng.choice(["open", "done", "done"])),
              "done_at": NOW - timedelta(days=rng.uniform(0, 200)) if st == "done" else None}
             for i in range(leads // 2)],
        )  # fmt: skip
        referred = rng.sample(ids, leads // 25)
        s.execute(
            insert(Referral),
            [{"referrer_id": rng.choice(contact_ids), "referred_contact_id": rng.choice(contact_ids),
              "lead_id": lead_id, "referred_on": TODAY - timedelta(days=rng.randint(0, 900))}
             for lead_id in referred],
        )  # fmt: skip
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text("ANALYZE"))


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("bench") / "big.sqlite3"
    db = open_database(path)
    populate(db, LEADS)
    yield db
    db.dispose()


def _baseline(db: Database) -> Any:
    with db.session() as s:
        return s.execute(
            text("SELECT stage_id, count(*), sum(value_cents) FROM leads GROUP BY stage_id")
        ).all()


def _record(benchmark: Any, name: str) -> None:
    stats = getattr(benchmark, "stats", None)
    if stats is None:
        return
    mean = stats.stats.mean
    _means[name] = mean
    if "baseline" in _means and name != "baseline":
        benchmark.extra_info["ratio"] = round(mean / _means["baseline"], 1)
        benchmark.extra_info["leads"] = LEADS
        print(f"\n{name}: {mean * 1000:.0f} ms, {mean / _means['baseline']:.1f}× the raw baseline")


def test_raw_baseline(benchmark: Any, big_db: Database) -> None:
    rows = benchmark.pedantic(_baseline, args=(big_db,), rounds=10, iterations=1, warmup_rounds=1)
    assert sum(r[1] for r in rows) == LEADS
    _record(benchmark, "baseline")


def test_dashboard_this_year(benchmark: Any, big_db: Database) -> None:
    scope = kpis.Scope(kpis.Period.this_year(TODAY))

    def compute() -> kpis.Dashboard:
        with big_db.session() as s:
            return kpis.compute(s, scope, now=NOW)

    data = benchmark.pedantic(compute, rounds=5, iterations=1, warmup_rounds=1)
    assert data.headline.leads > 0 and data.previous is not None
    _record(benchmark, "dashboard_this_year")


def test_dashboard_quick_this_year(benchmark: Any, big_db: Database) -> None:
    """The quick part the window shows first: tiles and charts."""
    scope = kpis.Scope(kpis.Period.this_year(TODAY))

    def compute() -> kpis.Dashboard:
        with big_db.session() as s:
            return kpis.compute(s, scope, now=NOW, quick=True)

    data = benchmark.pedantic(compute, rounds=5, iterations=1, warmup_rounds=1)
    assert data.headline.leads > 0 and not data.complete
    _record(benchmark, "dashboard_quick_this_year")


def test_dashboard_all_time(benchmark: Any, big_db: Database) -> None:
    scope = kpis.Scope(kpis.Period.all_time())

    def compute() -> kpis.Dashboard:
        with big_db.session() as s:
            return kpis.compute(s, scope, now=NOW)

    data = benchmark.pedantic(compute, rounds=5, iterations=1, warmup_rounds=1)
    assert data.headline.leads == LEADS
    _record(benchmark, "dashboard_all_time")


def test_dashboard_view_appears(benchmark: Any, big_db: Database, qapp: Any) -> None:
    """Building the dashboard widget with its tiles and charts filled (what the user waits for;
    the tables follow from a worker thread)."""
    from salesdesk.gui.app import create_application
    from salesdesk.gui.context import AppContext
    from salesdesk.gui.views.dashboard import DashboardView

    create_application("en")
    ctx = AppContext(big_db, "en")
    views: list[DashboardView] = []

    def build() -> DashboardView:
        view = DashboardView(ctx)
        views.append(view)
        return view

    view = benchmark.pedantic(build, rounds=1, iterations=1)
    assert view.data is not None and view.tiles["leads"].value.text() != "–"
    for made in views:  # the full figures follow on a worker thread; let it end
        if made._worker is not None:
            made._worker.wait(60000)
        made.deleteLater()
    _record(benchmark, "dashboard_view")
