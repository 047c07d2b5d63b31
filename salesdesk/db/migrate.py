"""Bringing a database's schema up to date with the Alembic migrations shipped in the package.

An existing SQLite database at an older revision is backed up (SQLite online backup API)
before it is upgraded; each migration runs in a transaction.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from salesdesk.db.engine import Database


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", "salesdesk.db:migrations")
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision(db)


def upgrade_database(db: Database) -> None:
    """Upgrade to the newest schema, with a backup first when data would be touched."""
    current = current_revision(db)
    if current == head_revision(db):
        return
    with db.engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    if has_tables and db.path is not None:
        from salesdesk.db.backup import backup_database

        backup_database(db, reason=f"before-migration-{current or 'unversioned'}")
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
