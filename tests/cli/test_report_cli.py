"""``salesdesk report`` as a process: JSON, the text table in both languages, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk.db import open_database
from tests.kpi_fixture import build


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "kpi.sqlite3"
    db = open_database(path)
    with db.session() as session:
        build(session)
    db.dispose()
    return path


def salesdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_json_for_a_period_and_owner(fixture_db: Path) -> None:
    done = salesdesk("--db", str(fixture_db), "report", "--from", "1.10.2026", "--to", "2026-10-31", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["period"] == {"from": "2026-10-01", "to": "2026-10-31", "owner_id": None}
    assert report["leads_total"] == 10
    assert report["win_rate"] == 0.6667
    assert report["average_deal_cents"] == 135000
    assert report["median_cycle_days"] == 22.5
    assert report["referrals"][0]["won_value_cents"] == 100000
    anna = json.loads(
        salesdesk("--db", str(fixture_db), "report", "--from", "2026-10-01", "--to", "2026-10-31",
                  "--owner", "anna", "--json").stdout
    )  # fmt: skip
    assert anna["leads_total"] == 6
    assert anna["won_value_cents"] == 300000


def test_table_in_english_and_finnish(fixture_db: Path) -> None:
    done = salesdesk("--db", str(fixture_db), "report", "--from", "2026-10-01", "--to", "2026-10-31")
    assert done.returncode == 0, done.stderr
    assert "Win rate" in done.stdout and "66.7%" in done.stdout and "€5,400.00" in done.stdout
    fi = salesdesk(
        "--db", str(fixture_db), "--lang", "fi", "report", "--from", "2026-10-01", "--to", "2026-10-31"
    )
    assert fi.returncode == 0, fi.stderr
    assert "5\u00a0400,00\u00a0€" in fi.stdout and "66,7 %" in fi.stdout
    assert "Voittoprosentti" in fi.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-13-01"],
        ["--to", "yesterday"],
        ["--from", "2026-10-31", "--to", "2026-10-01"],
        ["--owner", "Nobody"],
        ["--period", "year", "--from", "2026-01-01"],
    ],
)
def test_bad_input_is_one_line_exit_2(fixture_db: Path, args: list[str]) -> None:
    done = salesdesk("--db", str(fixture_db), "report", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
