"""``salesdesk demo`` as a user runs it: a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def salesdesk(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SALESDESK_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_demo_fills_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = salesdesk(
        "--db", str(path), "--lang", "en", "demo", "--leads", "300", "--seed", "4", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "300 leads" in result.stdout
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 300
    report = salesdesk("--db", str(path), "report", "--json", data_dir=tmp_path)
    assert report.returncode == 0, report.stderr
    figures = json.loads(report.stdout)
    assert figures["leads_total"] == 300
    assert sum(row["count"] for row in figures["by_stage"]) > 0


def test_demo_refuses_a_database_with_leads_unless_appending(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    first = salesdesk("--db", str(path), "demo", "--leads", "50", "--json", data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["leads"] == 50

    again = salesdesk("--db", str(path), "demo", "--leads", "50", data_dir=tmp_path)
    assert again.returncode == 2
    assert again.stdout == ""
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "--append" in lines[0] and "Traceback" not in again.stderr

    more = salesdesk("--db", str(path), "demo", "--leads", "50", "--append", data_dir=tmp_path)
    assert more.returncode == 0, more.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 100


def test_demo_bad_arguments_exit_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    for bad in (["--leads", "0"], ["--leads", "many"], ["--seed", "x"]):
        result = salesdesk("--db", str(path), "demo", *bad, data_dir=tmp_path)
        assert result.returncode == 2, bad
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert not path.exists() or sqlite3.connect(path).execute("SELECT 1").fetchone()


def test_same_seed_same_data_from_the_command_line(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        result = salesdesk("--db", str(path), "demo", "--leads", "60", "--seed", "9", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(path) as conn:
            dumps.append(
                conn.execute(
                    "SELECT l.id, l.title, l.created_at, l.stage_changed_at, c.name, f.uid, f.due_at "
                    "FROM leads l JOIN contacts c ON c.id = l.contact_id "
                    "LEFT JOIN follow_ups f ON f.lead_id = l.id ORDER BY l.id, f.id"
                ).fetchall()
            )
    assert dumps[0] == dumps[1]
