"""How long the referral figures take over a demo database, against a raw baseline.

Run: ``pytest tests/benchmarks/test_referrals_bench.py -o addopts=""``
(skipped by the default run). ``SALESDESK_BENCH_LEADS`` sets the size (default 20,000
demo leads, about 2,400 referrals). The baseline is the bare aggregate,
``SELECT referrer_id, count(*) FROM referrals GROUP BY referrer_id``; each benchmark's
extra info has ``ratio``: its mean over the baseline's mean.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from salesdesk.crm import referrals as rules
from salesdesk.db import Database, open_database

LEADS = int(os.environ.get("SALESDESK_BENCH_LEADS", "20000"))
_means: dict[str, float] = {}


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from salesdesk.crm import demo

    path: Path = tmp_path_factory.mktemp("referrals-bench") / "bench.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        demo.generate(session, leads=LEADS, seed=1)
    yield db
    db.dispose()


def _run(benchmark: Any, name: str, db: Database, work: Callable[[Session], object]) -> None:
    with db.session() as session:
        benchmark(work, session)
    _means[name] = benchmark.stats.stats.mean
    if "baseline" in _means and name != "baseline":
        benchmark.extra_info["ratio"] = round(_means[name] / _means["baseline"], 1)


def test_baseline(benchmark: Any, bench_db: Database) -> None:
    _run(
        benchmark,
        "baseline",
        bench_db,
        lambda s: s.execute(text("SELECT referrer_id, count(*) FROM referrals GROUP BY referrer_id")).all(),
    )


def test_referrer_figures(benchmark: Any, bench_db: Database) -> None:
    _run(benchmark, "figures", bench_db, rules.referrer_figures)


def test_list_referrals(benchmark: Any, bench_db: Database) -> None:
    _run(benchmark, "list", bench_db, rules.list_referrals)


def test_referral_forest(benchmark: Any, bench_db: Database) -> None:
    _run(benchmark, "forest", bench_db, rules.referral_forest)


def test_ask_list(benchmark: Any, bench_db: Database) -> None:
    _run(benchmark, "ask", bench_db, rules.ask_list)


def test_referrer_lookup(benchmark: Any, bench_db: Database) -> None:
    def lookup(session: Session) -> object:
        finder = rules.ReferrerLookup(session)
        return [finder.lookup(f"Contact {i}") for i in range(1000)]

    _run(benchmark, "lookup", bench_db, lookup)
