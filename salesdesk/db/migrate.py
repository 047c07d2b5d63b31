"""Bringing a database's schema up to date with the Alembic migrations shipped in the package.

An existing SQLite database at an older revision is backed up (SQLite online backup API)
before it is upgraded; the upgrade holds the write lock from its first read to its commit.
``recognise`` tells another program's, a damaged and a newer SalesDesk's database apart
(before anything is written); ``missing_parts`` compares the upgraded schema with the models.

Start-up speed: the common case (the schema is current) is decided by reading the
``alembic_version`` table and the migration files' ``revision`` lines, without importing
Alembic (which costs most of a second); Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from salesdesk.db.backup import backup_database
from salesdesk.db.engine import BUSY_TIMEOUT_MS, Database, sqlite_uri
from salesdesk.errors import UserError
from salesdesk.i18n import translate

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
def _shipped() -> tuple[frozenset[str], frozenset[str]]:
    """Every shipped revision, and the heads, read from the migration files' text."""
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
    return frozenset(revisions), frozenset(revisions - parents)


def shipped_heads() -> frozenset[str]:
    """The head revisions of the shipped migrations."""
    return _shipped()[1]


def shipped_revisions() -> frozenset[str]:
    return _shipped()[0]


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
    """Upgrade to the newest schema, with a backup first when data would be touched.

    The migration holds the write lock from its first read to its commit (SQLite: ``BEGIN
    IMMEDIATE``, waiting for another writer; PostgreSQL: an advisory lock), so two
    programs starting at once migrate once, and never under another writer's feet.
    """
    if not needs_upgrade(db):
        return
    if db.read_only:
        raise UserError(
            translate(
                "Database",
                "{name} was made by an older SalesDesk and is read-only, so it cannot be upgraded; "
                "open it once with write access.",
            ).format(name=db.display_name())
        )
    from alembic import command

    with db.write_connection() as connection, connection.begin():
        if not db.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        current = _versions(connection) or frozenset()
        if current == shipped_heads():
            return  # another program upgraded it while this one waited
        if _user_tables(connection) and db.path is not None:
            label = next(iter(current)) if len(current) == 1 else "unversioned"
            backup_database(db, reason=f"before-migration-{label}")
        config = alembic_config(db)
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


# --- recognising a database ---------------------------------------------------------------

_PG_MIGRATION_LOCK = 0x5A1E5DE5
_PLAUSIBLE_REVISION = re.compile(r"^[A-Za-z0-9_]{1,64}$")


class ForeignDatabaseError(UserError):
    """The database belongs to another program."""


@dataclass(frozen=True)
class Facts:
    """What is in a database before SalesDesk touches it."""

    tables: frozenset[str]
    versions: tuple[str | None, ...] | None  # None: there is no alembic_version table


def _is_user_table(name: str) -> bool:
    return not name.startswith("sqlite_") and not name.startswith("search_fts")


def _user_tables(connection: Connection) -> set[str]:
    return {t for t in inspect(connection).get_table_names() if _is_user_table(t)}


def _versions(connection: Connection) -> frozenset[str] | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return frozenset(r[0] for r in connection.execute(text("SELECT version_num FROM alembic_version")))


def read_facts(connection: Connection) -> Facts:
    tables = _user_tables(connection)
    versions = None
    if "alembic_version" in tables:
        versions = tuple(r[0] for r in connection.execute(text("SELECT version_num FROM alembic_version")))
    return Facts(frozenset(tables - {"alembic_version"}), versions)


def read_sqlite_facts(path: Path) -> Facts:
    """Read the tables of a SQLite file through a read-only connection: nothing is written
    (not even the WAL setting) to a file that may turn out to be another program's."""
    connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = {n for n in names if _is_user_table(n)}
        versions = None
        if "alembic_version" in tables:
            versions = tuple(r[0] for r in connection.execute("SELECT version_num FROM alembic_version"))
    finally:
        connection.close()
    return Facts(frozenset(tables - {"alembic_version"}), versions)


@cache
def _model_columns() -> dict[str, frozenset[str]]:
    from salesdesk.db.models import Base

    return {name: frozenset(c.name for c in table.columns) for name, table in Base.metadata.tables.items()}


def damaged(db: Database, problem: str) -> UserError:
    return UserError(
        translate(
            "Database",
            "The database {name} is damaged: {problem}. Restore a backup with: salesdesk restore BACKUP",
        ).format(name=db.display_name(), problem=problem)
    )


def recognise(db: Database, facts: Facts) -> UserError | None:
    """Why SalesDesk must not open this database (another program's, damaged or newer), or None."""
    if not facts.tables and not facts.versions:
        return None  # new or empty: SalesDesk creates its tables
    ours = set(_model_columns())
    salesdesk_like = 2 * len(facts.tables & ours) > len(ours)
    known = [v for v in facts.versions or () if v in shipped_revisions()]
    if facts.versions == () and not facts.tables & ours:
        return None  # downgraded to the base revision: upgraded (after a backup) like any older one
    if not salesdesk_like and not known:
        return ForeignDatabaseError(
            translate(
                "Database", "{name} belongs to another program, not SalesDesk; SalesDesk left it untouched."
            ).format(name=db.display_name())
        )
    if facts.versions is None:
        return damaged(db, translate("Database", "its version table (alembic_version) is missing"))
    if not facts.versions:
        return damaged(db, translate("Database", "its version table (alembic_version) is empty"))
    if len(facts.versions) > len(shipped_heads()):
        return damaged(
            db,
            translate(
                "Database", "its version table (alembic_version) has {count} rows instead of one"
            ).format(count=len(facts.versions)),
        )
    for version in facts.versions:
        if version in shipped_revisions():
            continue
        if version is None or not _PLAUSIBLE_REVISION.match(version):
            return damaged(
                db,
                translate("Database", "its version table (alembic_version) holds {value!r}").format(
                    value=version
                ),
            )
        return UserError(
            translate(
                "Database",
                "This database was made by a newer SalesDesk (version {version}); install that version.",
            ).format(version=version)
        )
    return None


def missing_parts(db: Database, connection: Connection) -> UserError | None:
    """After upgrading: a table or column of the models that the database lacks."""
    if db.is_sqlite:
        rows = connection.exec_driver_sql(
            "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p"
            " WHERE m.type = 'table'"
        )
    else:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema()"
            )
        )
    present: dict[str, set[str]] = {}
    for table, column in rows:
        present.setdefault(table, set()).add(column)
    for table, columns in sorted(_model_columns().items()):
        if table not in present:
            return damaged(db, translate("Database", "the table {table} is missing").format(table=table))
        lacking = sorted(columns - present[table])
        if lacking:
            return damaged(
                db,
                translate("Database", "the column {column} of the table {table} is missing").format(
                    column=lacking[0], table=table
                ),
            )
    return None
