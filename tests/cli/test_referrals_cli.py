"""``salesdesk referrals``: run as a process, check output, JSON and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk.crm import referrals as refs
from salesdesk.db import open_database
from salesdesk.db.enums import StageKind, ThanksStatus
from salesdesk.db.models import Contact, Lead, Stage

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    with db.transaction() as s:
        won = s.scalars(select(Stage).where(Stage.kind == StageKind.WON)).first()
        first = s.scalars(select(Stage).where(Stage.kind == StageKind.OPEN).order_by(Stage.position)).first()
        a = Contact(name="Aino Aaltonen", customer_since=date(2025, 1, 1))
        b = Contact(name="Bertta Berg")
        c = Contact(name="Cecilia Cronström")
        s.add_all([a, b, c])
        s.flush()
        lb = Lead(
            contact=b,
            title="Roof",
            stage_id=won.id,
            value_cents=123450,
            closed_at=datetime(2026, 3, 3, tzinfo=UTC),
        )
        lc = Lead(contact=c, title="Sauna", stage_id=first.id, value_cents=50000)
        s.add_all([lb, lc])
        s.flush()
        r = refs.set_referrer(s, lb.id, a.id, date(2026, 3, 1))
        refs.set_referrer(s, lc.id, b.id, date(2026, 5, 10))
        refs.set_thanks(s, r.id, ThanksStatus.REWARDED, on=date(2026, 3, 10), reward="Flowers")
    db.dispose()
    return path


def test_list_text_and_json(filled: Path) -> None:
    out = run_cli("--db", str(filled), "referrals")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["Date", "Referrer", "Referred", "Lead", "Stage", "Value", "Thanks"]
    assert "2026-05-10  Bertta Berg    Cecilia Cronström  Sauna" in lines[2]
    assert "€1,234.50" in lines[3] and "Rewarded (Flowers)" in lines[3]
    data = json.loads(run_cli("--db", str(filled), "referrals", "--json").stdout)
    assert [(d["referrer"], d["referred"], d["value_cents"], d["thanks_status"]) for d in data] == [
        ("Bertta Berg", "Cecilia Cronström", 50000, "none"),
        ("Aino Aaltonen", "Bertta Berg", 123450, "rewarded"),
    ]


def test_finnish_referrers_and_period(filled: Path) -> None:
    out = run_cli("--db", str(filled), "--lang", "fi", "referrals", "--referrers", "--since", "1.4.2026")
    assert out.returncode == 0, out.stderr
    assert "Bertta Berg" in out.stdout and "Aino Aaltonen" not in out.stdout
    assert out.stdout.split()[:3] == ["Suosittelija", "Suositeltu", "Avoimet"]
    assert "1 kiittämättä" in out.stdout
    data = json.loads(run_cli("--db", str(filled), "referrals", "--referrers", "--json").stdout)
    assert data[0]["referrer"] == "Aino Aaltonen" and data[0]["won_value_cents"] == 123450
    assert data[0]["conversion_rate"] == 1.0 and data[0]["thanks_status"] == "rewarded"
    out = run_cli("--db", str(filled), "--lang", "fi", "referrals")
    assert "1.3.2026" in out.stdout and "1\u00a0234,50\u00a0€" in out.stdout


def test_tree(filled: Path) -> None:
    out = run_cli("--db", str(filled), "referrals", "--tree")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:3] == [
        "Aino Aaltonen  (customer)",
        "    Bertta Berg  (Won, €1,234.50, 2026-03-01)",
        "        Cecilia Cronström  (Suspect, €500.00, 2026-05-10)",
    ]
    tree = json.loads(run_cli("--db", str(filled), "referrals", "--tree", "--json").stdout)
    assert tree[0]["children"][0]["children"][0]["name"] == "Cecilia Cronström"


def test_bad_date_is_one_line(filled: Path) -> None:
    out = run_cli("--db", str(filled), "referrals", "--since", "31.13.2026")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "Not a date" in out.stderr
    out = run_cli("--db", str(filled), "referrals", "--since", "2026-05-01", "--until", "2026-01-01")
    assert out.returncode == 2


def test_empty_database(tmp_path: Path) -> None:
    out = run_cli("--db", str(tmp_path / "empty.sqlite3"), "referrals")
    assert out.returncode == 0 and "No referrals yet." in out.stdout
