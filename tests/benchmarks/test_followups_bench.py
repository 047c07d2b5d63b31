"""Agenda, counts and reminder queries over many follow-ups, against a raw SQL baseline.

Run: pytest tests/benchmarks/test_followups_bench.py --benchmark-enable
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import insert, text

from salesdesk.crm import followups as fu
from salesdesk.crm.funnel import first_open_stage
from salesdesk.db.models import Contact, FollowUp, Lead
from salesdesk.db.types import utcnow

N = 20_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):  # type: ignore[no-untyped-def]
    from salesdesk.db import open_database

    db = open_database(tmp_path_factory.mktemp("bench") / "bench.sqlite3")
    now = utcnow()
    with db.transaction() as s:
        stage = first_open_stage(s)
        s.execute(insert(Contact), [{"name": f"Contact {i}"} for i in range(N // 4)])
        s.execute(
            insert(Lead),
            [{"contact_id": i + 1, "title": f"Lead {i}", "stage_id": stage.id} for i in range(N // 4)],
        )
        s.execute(
            insert(FollowUp),
            [
                {
                    "uid": uuid.uuid4().hex,
                    "lead_id": i % (N // 4) + 1,
                    "title": f"Follow-up {i}",
                    "due_at": now + timedelta(hours=i % 2000 - 500),
                    "status": "open" if i % 5 else "done",
                }
                for i in range(N)
            ],
        )
    yield db
    db.dispose()


def test_agenda(benchmark, big_db) -> None:  # type: ignore[no-untyped-def]
    def raw() -> int:
        with big_db.engine.connect() as conn:
            return len(
                conn.execute(
                    text(
                        "SELECT f.id, f.title, f.due_at, l.title, c.name FROM follow_ups f "
                        "LEFT JOIN leads l ON l.id = f.lead_id LEFT JOIN contacts c ON c.id = l.contact_id "
                        "WHERE f.status = 'open' ORDER BY f.due_at"
                    )
                ).all()
            )

    import time

    start = time.perf_counter()
    expected = raw()
    baseline = time.perf_counter() - start

    def agenda() -> int:
        with big_db.session() as s:
            return sum(g.count for g in fu.agenda(s))

    assert benchmark(agenda) == expected
    benchmark.extra_info["raw_sql_seconds"] = baseline
    benchmark.extra_info["ratio_to_raw"] = benchmark.stats["mean"] / baseline


def test_counts_and_due(benchmark, big_db) -> None:  # type: ignore[no-untyped-def]
    def work() -> int:
        with big_db.session() as s:
            c = fu.counts(s)
            return c.due_now + len(fu.due_for_notification(s, utcnow(), limit=200))

    assert benchmark(work) > 0
