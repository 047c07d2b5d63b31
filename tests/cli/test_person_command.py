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


def _one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr.strip()


def test_person_subcommands_refuse_missing_contacts(tmp_path) -> None:
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    with database.transaction() as s:
        c = Contact(name="Hanna", from_purchased_list=True)
        s.add(c)
        s.flush()
        cid = c.id
    database.dispose()
    assert "999999" in _one_line_error(_run("--db", str(path), "person", "informed", "999999"))
    # one missing id among real ones: nothing is marked
    assert "999999" in _one_line_error(_run("--db", str(path), "person", "informed", str(cid), "999999"))
    database = open_database(path)
    with database.session() as s:
        assert s.get(Contact, cid).informed_on is None
    database.dispose()
    assert "999999" in _one_line_error(
        _run("--db", str(path), "person", "export", "999999", str(tmp_path / "x.json"))
    )
    assert not (tmp_path / "x.json").exists()
    assert "999999" in _one_line_error(_run("--db", str(path), "person", "erase", "999999", "--yes"))
    done = _run("--db", str(path), "person", "informed", str(cid))
    assert done.returncode == 0, done.stderr


def test_erase_from_cli_search_backups(tmp_path) -> None:
    from salesdesk.crm import leads as lead_rules
    from salesdesk.db import backup

    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    with database.transaction() as s:
        c = Contact(name="Hanna Koskinen", email="hanna@koskinen.fi", city="Kuopio")
        s.add(c)
        s.flush()
        lead_rules.create_lead(s, contact=c, title="Hanna: lattiat", value_cents=100)
        cid = c.id
    made = backup.backup_database(database, reason="daily")
    database.dispose()

    def search_kuopio() -> int:
        done = _run("--db", str(path), "export", "--search", "Kuopio", "--json", str(tmp_path / "k.csv"))
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["files"][0]["leads"]

    assert search_kuopio() == 1
    done = _run("--db", str(path), "person", "erase", str(cid), "--yes")
    assert done.returncode == 0, done.stderr
    assert "still hold this person: 1." in done.stdout and "--purge-backups" in done.stdout, done.stdout
    assert search_kuopio() == 0
    assert b"hanna@koskinen.fi" in made.read_bytes()
    done = _run("--db", str(path), "person", "erase", str(cid), "--yes", "--purge-backups")
    assert done.returncode == 0, done.stderr
    assert "Backups re-made without the person: 1." in done.stdout, done.stdout
    assert b"hanna@koskinen.fi" not in made.read_bytes() and b"Kuopio" not in made.read_bytes()
    fi = _run("--db", str(path), "--lang", "fi", "person", "erase", str(cid), "--yes")
    assert fi.returncode == 0 and "Erased" not in fi.stdout and str(cid) in fi.stdout, fi.stdout
