"""Leads table over 50,000 leads: ids in SQL order + the first page of rows, against raw sqlite3.

Run: pytest tests/benchmarks/test_lead_table_bench.py --benchmark-enable
(the database is built once per session with bulk inserts; takes about a minute).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from leads50k import fill

from salesdesk.crm import lead_table as lt
from salesdesk.crm import scoring
from salesdesk.db import open_database

N = 50_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "leads.sqlite3"
    database = open_database(path)
    fill(database, N)
    yield database, path
    database.dispose()


def test_raw_baseline_sorted_ids(benchmark, big_db) -> None:
    _, path = big_db
    conn = sqlite3.connect(path)
    result = benchmark(
        lambda: conn.execute("SELECT id FROM leads ORDER BY created_at DESC, id DESC").fetchall()
    )
    assert len(result) == N


@pytest.mark.parametrize("key", ["created_at", "contact", "score"])
def test_first_page(benchmark, big_db, key: str) -> None:
    """What the table does on open or on a click on a header: count + first 200 ids + rows."""
    database, _ = big_db
    with database.session() as s:
        weights = scoring.learned_weights(s)

        def first_page():
            total = lt.count(s, lt.LeadFilter())
            ids = lt.ordered_ids(s, lt.LeadFilter(), key, True, weights, limit=200)
            return total, lt.rows(s, ids, weights)

        total, page = benchmark(first_page)
    assert total == N and len(page) == 200


@pytest.mark.parametrize("key", ["created_at", "score"])
def test_all_ids_on_first_scroll(benchmark, big_db, key: str) -> None:
    """The one-time cost when the user scrolls past the first page: every id in order."""
    database, _ = big_db
    with database.session() as s:
        weights = scoring.learned_weights(s)
        ids = benchmark(lambda: lt.ordered_ids(s, lt.LeadFilter(), key, True, weights))
    assert len(ids) == N
