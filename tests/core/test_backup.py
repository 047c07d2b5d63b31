"""Backups with SQLite's online backup API: round trip, rotation, refusing non-backups."""

from __future__ import annotations

import random
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from salesdesk import paths
from salesdesk.db import Database, open_database
from salesdesk.db.backup import (
    KEEP,
    backup_database,
    daily_backup,
    list_backups,
    restore_database,
    rotate,
)
from salesdesk.db.migrate import upgrade_database
from salesdesk.db.models import Owner
from salesdesk.errors import UserError
from tests.older_schema import downgrade_file


def _owners(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Owner.name).order_by(Owner.name)))


def _add_owner(db: Database, name: str) -> None:
    with db.transaction() as session:
        session.add(Owner(name=name))


def test_backup_and_restore_round_trip(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "Mikko Virtanen")
    copy = backup_database(db, tmp_path / "copy.sqlite3")
    assert copy == tmp_path / "copy.sqlite3"
    assert not (tmp_path / "copy.sqlite3.part").exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM owners").fetchall() == [("Mikko Virtanen",)]

    _add_owner(db, "Anna Korhonen")
    assert _owners(db) == ["Anna Korhonen", "Mikko Virtanen"]
    kept = restore_database(db, copy)
    upgrade_database(db)
    assert _owners(db) == ["Mikko Virtanen"]
    # What was replaced is kept in the backups folder.
    assert kept.parent == paths.backups_dir() and "before-restore" in kept.name
    with sqlite3.connect(kept) as conn:
        assert len(conn.execute("SELECT name FROM owners").fetchall()) == 2
    # The restored database still works: the search index and writes.
    _add_owner(db, "Jukka Mäkinen")
    assert len(_owners(db)) == 2


def test_backup_is_consistent_while_a_transaction_is_open(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "Committed")
    with db.session() as session:
        session.add(Owner(name="Uncommitted"))
        session.flush()
        copy = backup_database(db, tmp_path / "during.sqlite3")
        session.rollback()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM owners").fetchall() == [("Committed",)]


def test_backup_into_a_folder_and_the_default_folder(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    written = backup_database(db, folder)
    assert written.parent == folder and written.suffix == ".sqlite3"
    default = backup_database(db)
    assert default.parent == paths.backups_dir() and default.name.endswith("-manual.sqlite3")
    assert default in list_backups()


def test_backup_to_a_missing_folder_is_a_user_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        backup_database(db, tmp_path / "missing" / "x.sqlite3")


def test_rotation_keeps_the_newest_of_each_kind() -> None:
    folder = paths.backups_dir()
    for day in range(1, 11):
        (folder / f"salesdesk-202611{day:02d}-090000-daily.sqlite3").write_bytes(b"x")
    manual = folder / "salesdesk-20261101-090000-manual.sqlite3"
    manual.write_bytes(b"x")
    rotate("daily")
    daily = sorted(folder.glob("*-daily.sqlite3"))
    assert len(daily) == KEEP
    assert daily[0].name == f"salesdesk-202611{11 - KEEP:02d}-090000-daily.sqlite3"
    assert manual.exists()  # other kinds are not touched


def test_daily_backup_once_a_day(db: Database) -> None:
    first = daily_backup(db)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert daily_backup(db) is None
    assert len(list(paths.backups_dir().glob("*-daily.sqlite3"))) == 1


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text\n", b"PK\x03\x04 a zip file"],
    ids=["empty", "text", "zip"],
)
def test_restore_refuses_files_that_are_not_backups(db: Database, tmp_path: Path, content: bytes) -> None:
    _add_owner(db, "Still Here")
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    with pytest.raises(UserError, match="not a SalesDesk backup"):
        restore_database(db, bogus)
    assert _owners(db) == ["Still Here"]
    assert not list(paths.backups_dir().glob("*before-restore*"))


def test_restore_refuses_another_sqlite_database(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(UserError, match="not a SalesDesk backup"):
        restore_database(db, other)


def test_restore_of_a_missing_file_is_a_user_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="No backup file"):
        restore_database(db, tmp_path / "nothing.sqlite3")


def test_a_server_database_is_not_backed_up_here(tmp_path: Path) -> None:
    url = "postgresql+psycopg://rep@db.example/sales"
    server = Database(url, create_engine(url))
    with pytest.raises(UserError, match="server database"):
        backup_database(server, tmp_path / "x.sqlite3")


def test_restore_into_a_new_file(tmp_path: Path) -> None:
    source = open_database(tmp_path / "source.sqlite3")
    _add_owner(source, "Sanna Nieminen")
    copy = backup_database(source, tmp_path / "copy.sqlite3")
    source.dispose()
    target = open_database(tmp_path / "target.sqlite3")
    restore_database(target, copy)
    with target.session() as session:
        assert session.scalar(select(func.count(Owner.id))) == 1
    target.dispose()


# --- the data-safety issue: a backup is checked completely before the live file is touched


def _backup_with_revision(db: Database, path: Path, revision: str) -> Path:
    copy = backup_database(db, path)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    return copy


def test_restore_refuses_a_backup_from_a_newer_salesdesk(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "Mine")
    newer = _backup_with_revision(db, tmp_path / "newer.sqlite3", "zz_from_the_future")
    _add_owner(db, "Also Mine")
    with pytest.raises(UserError, match=r"newer SalesDesk \(schema zz_from_the_future\)"):
        restore_database(db, newer)
    assert _owners(db) == ["Also Mine", "Mine"]
    assert not list(paths.backups_dir().glob("*before-restore*"))


def test_restore_accepts_an_older_schema_and_the_app_upgrades_it(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "Old Times")
    older = backup_database(db, tmp_path / "older.sqlite3")
    downgrade_file(older, "0001")
    restore_database(db, older)
    upgrade_database(db)
    assert _owners(db) == ["Old Times"]


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - 32 * 1024)
        handle.write(random.Random(7).randbytes(64 * 1024))


def test_restore_refuses_a_corrupt_backup(db: Database, tmp_path: Path) -> None:
    for number in range(400):  # enough pages that the damage lands inside the tables
        _add_owner(db, f"Myyjä {number:03d} " + "x" * 200)
    copy = backup_database(db, tmp_path / "copy.sqlite3")
    _damage(copy)
    _add_owner(db, "After")
    with pytest.raises(UserError, match="is damaged"):
        restore_database(db, copy)
    assert len(_owners(db)) == 401
    assert not list(paths.backups_dir().glob("*before-restore*"))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_routine_backups_never_rotate_out_a_before_restore_copy(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "Precious")
    kept = restore_database(db, backup_database(db, tmp_path / "copy.sqlite3"))
    assert kept is not None
    folder = paths.backups_dir()
    for day in range(1, 11):
        (folder / f"salesdesk-203001{day:02d}-090000-before-migration-board_1.sqlite3").write_bytes(b"x")
        (folder / f"salesdesk-203001{day:02d}-090000-daily.sqlite3").write_bytes(b"x")
    rotate("before-migration-board_1")
    rotate("daily")
    assert kept.exists()
    assert len(list(folder.glob("*-before-migration-*.sqlite3"))) == KEEP


def test_before_restore_copies_have_their_own_rotation(db: Database, tmp_path: Path) -> None:
    folder = paths.backups_dir()
    for day in range(1, 11):
        (folder / f"salesdesk-203001{day:02d}-090000-before-restore.sqlite3").write_bytes(b"x")
    (folder / "salesdesk-20300101-090000-before-migration-0001.sqlite3").write_bytes(b"x")
    rotate("before-restore")
    assert len(list(folder.glob("*-before-restore.sqlite3"))) == KEEP
    assert (folder / "salesdesk-20300101-090000-before-migration-0001.sqlite3").exists()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(db: Database) -> None:
    first = backup_database(db, reason="daily")
    second = backup_database(db, reason="daily")
    assert first != second and first.exists() and second.exists()


def test_backup_files_are_private_and_stale_parts_are_cleaned(db: Database, tmp_path: Path) -> None:
    folder = paths.backups_dir()
    stale = folder / ".salesdesk-999999-0badcafe.part"
    stale.write_bytes(b"half a backup")
    (folder / ".salesdesk-999999-0badcafe.part-journal").write_bytes(b"journal")
    written = backup_database(db)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [written.name]
    own = backup_database(db, tmp_path / "mine.sqlite3")
    assert stat.S_IMODE(own.stat().st_mode) == 0o600


def test_backup_refuses_to_overwrite_unless_forced(db: Database, tmp_path: Path) -> None:
    _add_owner(db, "First")
    target = backup_database(db, tmp_path / "copy.sqlite3")
    _add_owner(db, "Second")
    with pytest.raises(UserError, match="already exists; use --force"):
        backup_database(db, target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM owners").fetchone() == (1,)
    backup_database(db, target, force=True)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM owners").fetchone() == (2,)


def test_backup_never_overwrites_a_file_that_is_not_a_backup(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "leads.xlsx"
    sheet.write_bytes(b"PK\x03\x04 the user's spreadsheet")
    for force in (False, True):
        with pytest.raises(UserError, match=r"leads\.xlsx exists and is not a SalesDesk backup"):
            backup_database(db, sheet, force=force)
    assert sheet.read_bytes() == b"PK\x03\x04 the user's spreadsheet"


def test_names_over_the_file_system_limit_are_one_line(db: Database, tmp_path: Path) -> None:
    long_name = tmp_path / ("a" * 300 + ".sqlite3")
    with pytest.raises(UserError, match="too long"):
        backup_database(db, long_name)
    with pytest.raises(UserError, match="too long"):
        restore_database(db, long_name)
