"""``--db`` targets SalesDesk must not open (or may only read): one line, exit 2, nothing
written, no backup; and the ones it opens anyway (an empty file, a read-only one)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import cli, paths

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, _out, err = run(capsys, *args)
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_backups() -> bool:
    return not list(paths.backups_dir().glob("*.sqlite3"))


def other_program(path: Path, *tables: str) -> Path:
    with sqlite3.connect(path) as conn:
        for table in tables:
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
            conn.execute(f"INSERT INTO {table} (body) VALUES ('theirs')")
    conn.close()
    return path


@pytest.fixture
def salesdesk_db(tmp_path: Path) -> Path:
    """A current SalesDesk database with one lead, closed (no -wal left)."""
    path = tmp_path / "crm.sqlite3"
    code = cli.main(["--db", str(path), "demo", "--leads", "3"])
    assert code == 0
    return path


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy (the test process may still hold the source open in WAL)."""
    src, out = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        src.backup(out)
    finally:
        src.close()
        out.close()


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


# --- another program's file -----------------------------------------------------------------


def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = other_program(tmp_path / "other_app.db", "notes", "orders")
    before = digest(path)
    line = refused(capsys, "--db", str(path), "report")
    assert "another program" in line and str(path) in line
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert no_backups()


def test_a_clashing_table_name_does_not_make_it_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = other_program(tmp_path / "other_app.db", "contacts", "leads")
    before = digest(path)
    assert "another program" in refused(capsys, "--db", str(path), "report")
    assert digest(path) == before
    with sqlite3.connect(path) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master")} == {"contacts", "leads"}
    conn.close()
    assert no_backups()


def test_an_other_alembic_programs_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = other_program(tmp_path / "other_app.db", "invoices")
    sql(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
    )
    before = digest(path)
    assert "another program" in refused(capsys, "--db", str(path), "demo")
    assert digest(path) == before and no_backups()


def test_an_empty_file_and_a_new_path_become_salesdesk_databases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    for path in (empty, tmp_path / "new.sqlite3"):
        code, _out, err = run(capsys, "--db", str(path), "report")
        assert code == 0, err
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM stages").fetchone()[0] > 0
        conn.close()


# --- a damaged or newer SalesDesk database ---------------------------------------------------


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (["DROP TABLE alembic_version"], "alembic_version) is missing"),
        (["DELETE FROM alembic_version"], "alembic_version) is empty"),
        (["INSERT INTO alembic_version VALUES ('0001')"], "2 rows"),
        (["UPDATE alembic_version SET version_num = 'x; DROP TABLE leads'"], "holds"),
        (["DROP TABLE referrals"], "the table referrals is missing"),
        (["ALTER TABLE leads DROP COLUMN notes"], "the column notes of the table leads is missing"),
    ],
)
def test_a_damaged_database_says_what_is_wrong_and_offers_restore(
    salesdesk_db: Path, capsys: pytest.CaptureFixture[str], damage: list[str], words: str
) -> None:
    sql(salesdesk_db, *damage)
    shutil.rmtree(paths.backups_dir(), ignore_errors=True)
    before = digest(salesdesk_db)
    line = refused(capsys, "--db", str(salesdesk_db), "report")
    assert "is damaged" in line and words in line and "salesdesk restore" in line
    assert digest(salesdesk_db) == before  # no new version table, no migration
    assert no_backups()


def test_a_newer_database_asks_for_the_newer_salesdesk_every_time(
    salesdesk_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(salesdesk_db, "UPDATE alembic_version SET version_num = 'money_9'")
    shutil.rmtree(paths.backups_dir(), ignore_errors=True)
    before = digest(salesdesk_db)
    for command in ("report", "demo", "export"):
        line = refused(
            capsys, "--db", str(salesdesk_db), command, *(["x.xlsx"] if command == "export" else [])
        )
        assert line == (
            "salesdesk: This database was made by a newer SalesDesk (version money_9); install that version."
        )
    assert digest(salesdesk_db) == before and no_backups()


def test_the_refusals_read_in_finnish(salesdesk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(salesdesk_db, "DROP TABLE alembic_version")
    line = refused(capsys, "--lang", "fi", "--db", str(salesdesk_db), "report")
    assert "vioittunut" in line and "salesdesk restore" in line


def test_restore_mends_a_damaged_database(
    salesdesk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "good.sqlite3"
    copy_database(salesdesk_db, backup)
    sql(salesdesk_db, "DROP TABLE alembic_version")
    code, _out, err = run(capsys, "--db", str(salesdesk_db), "restore", str(backup))
    assert code == 0, err
    code, _out, err = run(capsys, "--db", str(salesdesk_db), "report")
    assert code == 0, err


def test_restore_does_not_overwrite_another_programs_file(
    tmp_path: Path, salesdesk_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = other_program(tmp_path / "other_app.db", "notes")
    before = digest(path)
    assert "another program" in refused(capsys, "--db", str(path), "restore", str(salesdesk_db))
    assert digest(path) == before


# --- paths that are not a database file ----------------------------------------------------


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    env = dict(os.environ, SALESDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(pipe), "report"],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "not a regular file" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_symlink_loop_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.db"
    loop.symlink_to(loop)
    assert "leads back to itself" in refused(capsys, "--db", str(loop), "report")


def test_a_name_too_long_for_the_file_system_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "too long" in refused(capsys, "--db", str(tmp_path / ("a" * 300)), "report")


def test_an_unknown_driver_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    line = refused(capsys, "--db", "postgresql+nosuch://u@localhost/crm", "report")
    assert "postgresql+nosuch" in line


def test_a_folder_is_refused_as_path_and_as_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "is a folder" in refused(capsys, "--db", str(tmp_path), "report")
    assert "is a folder" in refused(capsys, "--db", f"sqlite:///{tmp_path}", "report")


def test_sqlite_mode_ro_url_reads_and_refuses_writes(
    salesdesk_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(salesdesk_db)
    url = f"sqlite:///{salesdesk_db}?mode=ro"
    code, out, err = run(capsys, "--db", url, "report", "--json")
    assert code == 0, err and '"leads"' in out
    line = refused(capsys, "--db", url, "demo", "--append", "--leads", "2")
    assert "read-only" in line
    assert digest(salesdesk_db) == before
    # a read-only URL never creates a file; unknown options are named
    missing = salesdesk_db.with_name("missing.sqlite3")
    assert "no database" in refused(capsys, "--db", f"sqlite:///{missing}?mode=ro", "report")
    assert not missing.exists()
    assert "nolock" in refused(capsys, "--db", f"sqlite:///{salesdesk_db}?nolock=1", "report")


def test_a_read_only_file_is_opened_for_reading(
    tmp_path: Path, salesdesk_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared.sqlite3"
    copy_database(salesdesk_db, path)
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: let the permission bits count as they do for a user
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode: False if Path(p) == path and mode & os.W_OK else real_access(p, mode),
        )
    before = digest(path)
    code, out, err = run(capsys, "--db", str(path), "report", "--json")
    assert code == 0 and '"leads"' in out, err
    code, out, err = run(capsys, "--db", str(path), "export", str(tmp_path / "out.xlsx"))
    assert code == 0, err
    line = refused(capsys, "--db", str(path), "demo", "--append", "--leads", "2")
    assert "read-only" in line
    assert digest(path) == before
