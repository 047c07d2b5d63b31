"""``salesdesk owners``: list, add, rename, set, deactivate --hand-to, activate, me; exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(db), "--lang", "en", "owners", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ},
    )


def test_owners_command_end_to_end(tmp_path: Path) -> None:
    db = tmp_path / "team.sqlite3"
    empty = _run(db, "list", "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
    added = _run(db, "add", "Anna Virtanen", "--me", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["initials"] == "AV"
    assert _run(db, "add", "Mikko Mäkinen", "--initials", "mm", "--color", "#00aa11").returncode == 0
    twice = _run(db, "add", "anna virtanen")
    assert twice.returncode == 2 and "Traceback" not in twice.stderr and "already" in twice.stderr
    bad = _run(db, "add", "Tiina", "--initials", "T I")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert _run(db, "rename", "MM", "Mikko Korhonen").returncode == 0
    listed = json.loads(_run(db, "list", "--json").stdout)
    assert [(m["name"], m["initials"], m["me"]) for m in listed] == [
        ("Anna Virtanen", "AV", True),
        ("Mikko Korhonen", "MM", False),
    ]
    gone = _run(db, "deactivate", "Anna Virtanen", "--hand-to", "nobody")
    assert gone.returncode == 2 and "nobody" in gone.stderr
    handed = _run(db, "deactivate", "AV", "--hand-to", "Mikko Korhonen", "--json")
    assert handed.returncode == 0, handed.stderr
    assert json.loads(handed.stdout) == {
        "name": "Anna Virtanen",
        "hand_to": "Mikko Korhonen",
        "leads": 0,
        "followups": 0,
    }
    me = _run(db, "me")
    assert "Mikko Korhonen" in me.stdout  # the chosen "me" was deactivated: the next active one
    assert _run(db, "activate", "Anna Virtanen").returncode == 0
    assert _run(db, "me", "AV").returncode == 0
    assert "Anna Virtanen" in _run(db, "me").stdout
    unknown = _run(db, "me", "Zorro")
    assert unknown.returncode == 2 and "Zorro" in unknown.stderr
