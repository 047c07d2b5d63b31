"""``salesdesk person``: export, erase (needs --yes), notices; exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from salesdesk.db import open_database
from salesdesk.db.models import Contact
from salesdesk.db.types import utcnow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args], capture_output=True, text=True, check=False
    )


def test_person_command(tmp_path) -> None:
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    with database.transaction() as s:
        c = Contact(
            name="Hanna",
            email="hanna@x.fi",
            from_purchased_list=True,
            created_at=utcnow() - timedelta(days=45),
        )
        s.add(c)
        s.flush()
        cid = c.id
    database.dispose()
    out = tmp_path / "hanna.json"
    done = _run("--db", str(path), "person", "export", str(cid), str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text("utf-8"))["contact"][0]["email"] == "hanna@x.fi"
    bad = _run("--db", str(path), "person", "export", str(cid), str(tmp_path / "x.txt"))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    notices = _run("--db", str(path), "person", "notices", "--json")
    assert [r["id"] for r in json.loads(notices.stdout)] == [cid]
    refused = _run("--db", str(path), "person", "erase", str(cid))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert _run("--db", str(path), "person", "erase", str(cid), "--yes").returncode == 0
    missing = _run("--db", str(path), "person", "erase", "999", "--yes")
    assert missing.returncode == 2 and "999" in missing.stderr
    database = open_database(path)
    with database.session() as s:
        assert s.get(Contact, cid).email == ""
    database.dispose()
