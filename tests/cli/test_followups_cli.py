"""``salesdesk followups``: run as a process; JSON keys, table, .ics, a bad owner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from salesdesk.crm import leads as lead_rules
from salesdesk.crm.followups_core import create_followup
from salesdesk.db import open_database
from salesdesk.db.models import Contact, Owner
from salesdesk.db.types import utcnow

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _seed(path: Path) -> dict[str, int]:
    db = open_database(path)
    now = utcnow()
    with db.transaction() as s:
        anna = Owner(name="Anna Aalto", initials="AA")
        bert = Owner(name="Bertil Berg", initials="BB")
        c = Contact(name="Hanna Koskinen")
        s.add_all([anna, bert, c])
        s.flush()
        lead = lead_rules.create_lead(s, contact=c, title="Hydrauliikka", owner_id=anna.id)
        create_followup(s, lead=lead, due_at=now - timedelta(hours=2), title="Soita", kind="call")
        create_followup(s, lead=lead, due_at=now + timedelta(days=20), title="Käynti", kind="visit")
        create_followup(s, lead=lead, due_at=now + timedelta(days=21), title="Bert", owner_id=bert.id)
        ids = {"lead": lead.id}
    db.dispose()
    return ids


def test_json_table_ics_and_bad_owner(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    ids = _seed(db)
    ics = tmp_path / "out.ics"
    done = _run("--db", str(db), "followups", "--json", "--owner", "AA", "--ics", str(ics))
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["title"] for r in rows] == ["Soita", "Käynti"]
    for row in rows:
        assert {"id", "lead_id", "kind", "due_utc", "status", "title"} <= row.keys()
        assert row["lead_id"] == ids["lead"] and row["status"] == "open"
        assert row["due_utc"].endswith("Z") and "T" in row["due_utc"]
    assert rows[0]["overdue"] is True and rows[0]["kind"] == "call"
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 2 and all(str(e["uid"]).endswith("@salesdesk") for e in events)

    overdue = _run("--db", str(db), "followups", "--due", "overdue", "--json")
    assert [r["title"] for r in json.loads(overdue.stdout)] == ["Soita"]

    table = _run("--db", str(db), "--lang", "fi", "followups")
    assert table.returncode == 0, table.stderr
    assert "Soita" in table.stdout and "Bertil Berg" in table.stdout

    bad = _run("--db", str(db), "followups", "--owner", "Nobody")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Nobody" in bad.stderr
    assert "Traceback" not in bad.stderr
