"""Two writers on one SQLite file, as real processes: the second waits for the first (saying
so on stderr), never fails with "database is locked"; when it gives up it says so in one line.

A first writer is either SalesDesk itself holding a write transaction open (``HOLDER``) or a
real import; the second is ``salesdesk demo --append`` or another import.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk.db import open_database

ROOT = Path(__file__).resolve().parents[2]
WAITING = "salesdesk: Waiting for another SalesDesk window or command to finish…"

# A SalesDesk writer that keeps its write transaction open until told (a line on stdin).
HOLDER = """
import sys
from salesdesk.db import open_database
from salesdesk.db.models import Tag
db = open_database(sys.argv[1])
with db.transaction() as session:
    session.add(Tag(name="first writer"))
    session.flush()
    print("holding", flush=True)
    sys.stdin.readline()
print("committed", flush=True)
"""


def _env(data: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, SALESDESK_DATA_DIR=str(data), PYTHONPATH=str(ROOT), LANG="C.UTF-8", **extra)


def _salesdesk(db: Path, data: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "salesdesk", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(data, **env),
        cwd=ROOT,
    )


@pytest.fixture
def crm(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    open_database(path).dispose()
    return path


@pytest.fixture
def holder(crm: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(crm)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path / "holder-data"),
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding", proc.stderr.read() if proc.stderr else ""
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "committed"
    assert proc.wait(timeout=60) == 0


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _csv(path: Path, rows: int, offset: int) -> Path:
    from tests.benchmarks import gen_leads

    return gen_leads.write_csv(path, gen_leads.rows(rows, seed=offset + 1, offset=offset))


def test_demo_append_waits_for_the_other_writer(
    crm: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    second = _salesdesk(crm, tmp_path / "data", "demo", "--append", "--leads", "5")
    assert second.stderr is not None
    first_line = second.stderr.readline().rstrip("\n")
    assert first_line == WAITING, first_line + second.stderr.read()
    time.sleep(0.5)
    assert second.poll() is None  # still waiting, not failed
    _release(holder)
    _out, err = second.communicate(timeout=180)
    assert second.returncode == 0, err
    assert "Traceback" not in err and "locked" not in err
    assert _count(crm, "SELECT count(*) FROM leads") == 5
    assert _count(crm, "SELECT count(*) FROM tags WHERE name = 'first writer'") == 1


def test_an_import_waits_for_the_other_writer(
    crm: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    sheet = _csv(tmp_path / "leads.csv", 40, 0)
    second = _salesdesk(crm, tmp_path / "data", "import", str(sheet))
    assert second.stderr is not None
    first_line = second.stderr.readline().rstrip("\n")
    assert first_line == WAITING, first_line + second.stderr.read()
    _release(holder)
    _out, err = second.communicate(timeout=180)
    assert second.returncode == 0, err
    assert _count(crm, "SELECT count(*) FROM leads") == 40


def test_giving_up_is_one_line_and_changes_nothing(
    crm: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    sheet = _csv(tmp_path / "leads.csv", 40, 0)
    second = _salesdesk(crm, tmp_path / "data", "import", str(sheet), SALESDESK_WRITE_WAIT="2")
    _out, err = second.communicate(timeout=180)
    assert second.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[0] == WAITING and len(lines) == 2, err
    assert "busy" in lines[1] and "try again" in lines[1]
    _release(holder)
    assert _count(crm, "SELECT count(*) FROM leads") == 0
    assert _count(crm, "SELECT count(*) FROM import_batches") == 0


def test_a_migration_waits_for_the_write_lock_and_migrates_once(crm: Path, tmp_path: Path) -> None:
    from salesdesk.db.migrate import alembic_config, head_revision

    db = open_database(crm)
    config = alembic_config(db)
    from alembic import command

    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    head = head_revision(db)
    db.dispose()
    # another program holds the write lock (a raw writer: it knows nothing of migrations)
    other = sqlite3.connect(crm, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    data = tmp_path / "data"
    first = _salesdesk(crm, data, "report")
    second = _salesdesk(crm, data, "report")
    for proc in (first, second):
        assert proc.stderr is not None
        line = proc.stderr.readline().rstrip("\n")
        assert line == WAITING, line + proc.stderr.read()
    other.execute("ROLLBACK")
    other.close()
    for proc in (first, second):
        _out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
    conn = sqlite3.connect(crm)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    conn.close()
    assert len(list((data / "backups").glob("*before-migration*"))) == 1


def test_an_import_and_demo_append_at_once_both_land(crm: Path, tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "leads.csv", 3000, 0)
    data = tmp_path / "data"
    importing = _salesdesk(crm, data, "import", str(sheet), "--json")
    time.sleep(1.0)
    appending = _salesdesk(crm, data, "demo", "--append", "--leads", "20", "--json")
    results = [(p, *p.communicate(timeout=300)) for p in (importing, appending)]
    for proc, _out, err in results:
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    imported = json.loads(results[0][1])
    demo = json.loads(results[1][1])
    assert _count(crm, "SELECT count(*) FROM leads") == imported["created"] + demo["leads"] > 3000
