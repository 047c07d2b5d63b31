"""Backups with SQLite's online backup API: round trip, rotation, refusing non-backups."""

from __future__ import annotations

import sqlite3
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
