"""The command line as a user meets it: a subprocess, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from salesdesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def salesdesk(*args: str | bytes, data_dir: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        SALESDESK_DATA_DIR=str(data_dir),
        PYTHONPATH=str(ROOT),
        LANG="fi_FI.UTF-8" if lang == "fi" else "C.UTF-8",
        LC_ALL="",
        LC_MESSAGES="",
    )
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_version(tmp_path: Path) -> None:
    result = salesdesk("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"SalesDesk {__version__}"


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = salesdesk("--help", data_dir=tmp_path)
    assert result.returncode == 0
    for name in ("demo", "report", "backup", "restore", "screenshot"):
        assert name in result.stdout


def test_unknown_command_is_one_line_exit_2(tmp_path: Path) -> None:
    line = one_line_error(salesdesk("frobnicate", data_dir=tmp_path))
    assert "frobnicate" in line


def test_unknown_option_is_one_line_exit_2(tmp_path: Path) -> None:
    one_line_error(salesdesk("report", "--colour", data_dir=tmp_path))


@pytest.mark.parametrize("case", ["missing-folder", "directory", "not-sqlite", "bad-url"])
def test_bad_database_paths_are_one_line_exit_2(tmp_path: Path, case: str) -> None:
    if case == "missing-folder":
        target = str(tmp_path / "nope" / "crm.sqlite3")
    elif case == "directory":
        target = str(tmp_path)
    elif case == "not-sqlite":
        path = tmp_path / "notes.txt"
        path.write_text("hello\n")
        target = str(path)
    else:
        target = "mysql://someone@localhost/crm"
    line = one_line_error(salesdesk("--db", target, "report", data_dir=tmp_path))
    assert line.startswith("salesdesk: ")
    if case == "not-sqlite":
        assert (tmp_path / "notes.txt").read_text() == "hello\n"


def test_db_option_after_the_command_works_too(tmp_path: Path) -> None:
    path = tmp_path / "after.sqlite3"
    result = salesdesk("report", "--json", "--db", str(path), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_a_locked_database_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("CREATE TABLE t (x INTEGER)")
        holder.execute("BEGIN EXCLUSIVE")
        line = one_line_error(salesdesk("--db", str(path), "report", data_dir=tmp_path))
        assert "locked" in line
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_report_json_on_an_empty_database(tmp_path: Path) -> None:
    result = salesdesk("--db", str(tmp_path / "r.sqlite3"), "report", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["leads_total"] == 0
    assert len(report["by_stage"]) == 7
    for row in report["by_stage"]:
        assert {"stage", "count", "value_cents"} <= set(row)
        assert row["count"] == 0 and row["value_cents"] == 0
    assert report["by_stage"][0]["stage"] == "Suspect"


def test_report_after_demo_adds_up(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert salesdesk("--db", db, "demo", "--leads", "150", data_dir=tmp_path).returncode == 0
    # The whole history (the demo reaches 18 months back), every lead counted once.
    result = salesdesk("--db", db, "report", "--json", "--from", "2000-01-01", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["leads_total"] == 150
    with sqlite3.connect(tmp_path / "r.sqlite3") as conn:
        value = conn.execute("SELECT sum(value_cents) FROM leads WHERE NOT discarded").fetchone()[0]
        kept = conn.execute("SELECT count(*) FROM leads WHERE NOT discarded").fetchone()[0]
        per_stage = dict(
            conn.execute(
                "SELECT s.name, count(l.id) FROM stages s "
                "LEFT JOIN leads l ON l.stage_id = s.id AND NOT l.discarded GROUP BY s.id"
            )
        )
    # As on the board, disqualified ("no buying intent") leads are out of the funnel's stages.
    assert sum(r["count"] for r in report["by_stage"]) == kept
    assert sum(r["value_cents"] for r in report["by_stage"]) == value
    assert {r["stage"]: r["count"] for r in report["by_stage"]} == per_stage
    text = salesdesk("--db", db, "report", "--from", "2000-01-01", data_dir=tmp_path)
    assert text.returncode == 0 and "150" in text.stdout


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    copy = tmp_path / "copy.sqlite3"
    assert salesdesk("--db", str(db), "demo", "--leads", "40", data_dir=tmp_path).returncode == 0
    backup = salesdesk("--db", str(db), "backup", str(copy), data_dir=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert str(copy) in backup.stdout
    assert salesdesk("--db", str(db), "demo", "--leads", "10", "--append", data_dir=tmp_path).returncode == 0
    # closed before the restore: a restore refuses while another program holds the database
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 50

    restore = salesdesk("--db", str(db), "restore", str(copy), data_dir=tmp_path)
    assert restore.returncode == 0, restore.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 40
    kept = list((tmp_path / "backups").glob("*before-restore*.sqlite3"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 50

    default = salesdesk("--db", str(db), "backup", data_dir=tmp_path)
    assert default.returncode == 0
    assert list((tmp_path / "backups").glob("*-manual.sqlite3"))


def test_restore_of_a_non_backup_is_one_line_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    line = one_line_error(salesdesk("--db", str(db), "restore", str(bogus), data_dir=tmp_path))
    assert "bogus.sqlite3" in line
    one_line_error(salesdesk("--db", str(db), "restore", str(tmp_path / "absent.sqlite3"), data_dir=tmp_path))


def test_errors_in_finnish(tmp_path: Path) -> None:
    line = one_line_error(
        salesdesk("--lang", "fi", "--db", str(tmp_path / "x" / "y.sqlite3"), "report", data_dir=tmp_path)
    )
    assert "does not exist" not in line
