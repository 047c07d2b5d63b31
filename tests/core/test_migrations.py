"""Alembic migrations: from empty to head on both engines, the models agree with the migrated
schema, down to base and up again, and an older SQLite database is backed up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from salesdesk import paths
from salesdesk.db import Database, open_database
from salesdesk.db.migrate import alembic_config, current_revision, head_revision, needs_upgrade
from salesdesk.db.models import Base, Stage


def _include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Same filter as migrations/env.py: the FTS5 table and the PostgreSQL text index are
    # made by hand in the migration and are not models.
    if type_ == "table" and name is not None and name.startswith("search_fts"):
        return False
    return not (
        type_ == "index"
        and name in ("search_entries_tsv", "search_entries_terms", "search_entries_phones_trgm")
    )


def _differences(db: Database) -> list[Any]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": _include_object},
        )
        return list(compare_metadata(context, Base.metadata))


def _run(db: Database, action: str, revision: str) -> None:
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


@pytest.mark.pg
def test_upgrade_from_empty_reaches_head_with_the_default_funnel(any_db: Database) -> None:
    assert head_revision(any_db) is not None
    assert current_revision(any_db) == head_revision(any_db)
    assert not needs_upgrade(any_db)
    with any_db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    with any_db.session() as session:
        stages = session.scalars(select(Stage).order_by(Stage.position)).all()
    assert [s.key for s in stages] == ["suspect", "mql", "sql", "proposal", "negotiation", "won", "lost"]
    assert [s.kind for s in stages].count("open") == 5
    assert [s.probability for s in stages][:5] == sorted(s.probability for s in stages[:5])


@pytest.mark.pg
def test_models_and_migrated_schema_agree(any_db: Database) -> None:
    assert _differences(any_db) == []


@pytest.mark.pg
def test_downgrade_to_base_and_up_again(any_db: Database) -> None:
    _run(any_db, "downgrade", "base")
    with any_db.engine.connect() as connection:
        left = set(inspect(connection).get_table_names()) - {"alembic_version"}
    assert left == set()
    assert current_revision(any_db) is None
    _run(any_db, "upgrade", "head")
    assert current_revision(any_db) == head_revision(any_db)
    assert _differences(any_db) == []
    with any_db.session() as session:
        assert len(session.scalars(select(Stage)).all()) == 7
    if any_db.is_sqlite:
        with any_db.engine.connect() as connection:
            fts = connection.execute(text("SELECT name FROM sqlite_master WHERE name = 'search_fts'")).all()
        assert fts


def test_an_older_database_is_backed_up_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    _run(db, "downgrade", "base")
    # An older database: it has data but not the current schema.
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE legacy_notes (body TEXT)"))
        connection.execute(text("INSERT INTO legacy_notes VALUES ('keep me')"))
    db.dispose()
    assert not list(paths.backups_dir().glob("*.sqlite3"))

    upgraded = open_database(path)
    assert current_revision(upgraded) == head_revision(upgraded)
    backups = list(paths.backups_dir().glob("salesdesk-*-before-migration-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM legacy_notes").fetchall() == [("keep me",)]
        assert "leads" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    upgraded.dispose()

    # Opening an up-to-date database makes no further backup.
    again = open_database(path)
    again.dispose()
    assert len(list(paths.backups_dir().glob("*.sqlite3"))) == 1


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    db.dispose()
    assert not list(paths.backups_dir().glob("*.sqlite3"))


def test_the_comparison_notices_a_model_the_migrations_lack(db: Database) -> None:
    from sqlalchemy import Column, Integer, MetaData, Table

    changed = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    Table("not_migrated", changed, Column("id", Integer, primary_key=True))
    changed.tables["leads"].append_column(Column("extra_points", Integer))
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": _include_object}
        )
        diffs = compare_metadata(context, changed)
    described = repr(diffs)
    assert "not_migrated" in described and "extra_points" in described


@pytest.mark.pg
def test_search_2_fills_the_phones_of_contacts_already_there(any_db: Database) -> None:
    from salesdesk.db import search_index
    from salesdesk.db.models import Contact

    with any_db.transaction() as session:
        session.add(Contact(name="Vanha Numero", mobile="+358409910455"))
    _run(any_db, "downgrade", "money_1")
    with any_db.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("search_entries")}
    assert "phones" not in columns
    _run(any_db, "upgrade", "head")
    assert _differences(any_db) == []
    with any_db.session() as session:
        found = session.scalars(search_index.matching_ids(session, "contact", "991 0455")).all()
        assert len(found) == 1
        assert session.scalars(search_index.matching_ids(session, "contact", "vanha")).all() == found
