"""Bringing a database's schema up to date with the Alembic migrations shipped in the package.

An existing SQLite database at an older revision is backed up (SQLite online backup API)
before it is upgraded; each migration runs in a transaction.

Start-up speed: the common case (the schema is current) is decided by reading the
``alembic_version`` table and the migration files' ``revision`` lines, without importing
Alembic (which costs most of a second); Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from salesdesk.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(.+)$", re.MULTILINE)


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "salesdesk.db:migrations")
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


@cache
def shipped_heads() -> frozenset[str]:
    """The head revisions of the shipped migrations, read from the files' text."""
    revisions: set[str] = set()
    parents: set[str] = set()
    folder = resources.files("salesdesk.db.migrations").joinpath("versions")
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text("utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down is not None:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return frozenset()
        return frozenset(r[0] for r in connection.execute(text("SELECT version_num FROM alembic_version")))


def current_revision(db: Database) -> str | None:
    revisions = current_revisions(db)
    return next(iter(revisions)) if len(revisions) == 1 else None


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != shipped_heads()


def upgrade_database(db: Database) -> None:
    """Upgrade to the newest schema, with a backup first when data would be touched."""
    if not needs_upgrade(db):
        return
    from alembic import command

    current = current_revision(db)
    with db.engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    if has_tables and db.path is not None:
        from salesdesk.db.backup import backup_database

        backup_database(db, reason=f"before-migration-{current or 'unversioned'}")
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
