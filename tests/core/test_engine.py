"""Opening a database: SQLite settings, and clear one-line errors for unusable targets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from salesdesk import paths
from salesdesk.db import Database, open_database
from salesdesk.db.engine import resolve_url
from salesdesk.db.models import Contact, Lead
from salesdesk.errors import UserError


def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    assert db.is_sqlite and db.path is not None and db.path.exists()
    assert db.display_name() == str(db.path)


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Lead(contact_id=999_999, stage_id=1, title="orphan"))
    with db.session() as session:
        assert session.query(Lead).count() == 0


def test_restrict_keeps_a_contact_that_has_leads(db: Database) -> None:
    with db.transaction() as session:
        contact = Contact(name="Konepaja Koskinen Oy", kind="organization")
        session.add(contact)
        session.flush()
        session.add(Lead(contact_id=contact.id, stage_id=1, title="Huoltosopimus"))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(text("DELETE FROM contacts"))


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    url = resolve_url(None)
    assert url == f"sqlite:///{paths.default_db_path()}"
    assert str(paths.data_dir()) in url
    db = open_database(None)
    try:
        assert db.path == paths.default_db_path()
    finally:
        db.dispose()


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "crm.sqlite3")


def test_a_directory_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        open_database(tmp_path)


def test_a_file_that_is_not_sqlite_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    path.write_bytes(b"PK\x03\x04 definitely a spreadsheet")
    with pytest.raises(UserError, match="not a SalesDesk database"):
        open_database(path)
    assert path.read_bytes().startswith(b"PK")  # untouched


def test_an_unsupported_or_broken_address_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Only SQLite files and PostgreSQL"):
        open_database("mysql://user@localhost/crm")
    with pytest.raises(UserError, match="Not a valid database address"):
        open_database("postgresql+psycopg://user@host:notaport/db")
    with pytest.raises(UserError, match="does not exist"):
        open_database(f"sqlite:///{tmp_path}/missing/x.sqlite3")


def test_an_unreachable_server_is_a_user_error() -> None:
    with pytest.raises(UserError, match="Cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_the_server_password_is_not_shown() -> None:
    from sqlalchemy import create_engine

    url = "postgresql+psycopg://rep:secret@db.example/sales"
    db = Database(url, create_engine(url))
    assert "secret" not in db.display_name()
    assert db.path is None and not db.is_sqlite


def test_a_locked_database_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("CREATE TABLE t (x INTEGER)")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(UserError, match="locked"):
            open_database(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
