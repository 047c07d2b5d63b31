"""Opening a database: SQLite by default (WAL, foreign keys, busy timeout) or PostgreSQL.

``open_database()`` resolves the target, checks it is usable, brings the schema up to date
(backing an older SQLite file up first) and hands back a ``Database`` whose ``session()``
opens one unit of work. Sessions are never shared across threads: a worker thread opens its
own with ``db.session()``.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from salesdesk import paths
from salesdesk.errors import UserError
from salesdesk.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    """An open database: its URL, engine and session factory."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    def display_name(self) -> str:
        """What the status bar shows: the file path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        return self.session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_url(target: str | Path | None) -> str:
    """Turn ``--db`` (a path, a URL or nothing) into a SQLAlchemy URL, checking paths."""
    if target is None or str(target) == "":
        return f"sqlite:///{paths.default_db_path()}"
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise UserError(
                translate("Database", "Not a valid database address: {target}").format(target=text)
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise UserError(
                translate(
                    "Database",
                    "Only SQLite files and PostgreSQL servers are supported, not {name}.",
                ).format(name=url.get_backend_name())
            )
        if url.get_backend_name() == "sqlite" and url.database not in (
            None,
            "",
            ":memory:",
        ):
            _check_sqlite_path(Path(url.database))
        return text
    path = Path(text).expanduser()
    _check_sqlite_path(path)
    return f"sqlite:///{path.resolve()}"


def _check_sqlite_path(path: Path) -> None:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(
                translate(
                    "Database", "The database file name is too long for the file system: {path}"
                ).format(path=path)
            ) from None
    if path.is_dir():
        raise UserError(translate("Database", "{path} is a folder, not a database file.").format(path=path))
    if not path.parent.exists():
        raise UserError(
            translate("Database", "The folder {folder} does not exist.").format(folder=path.parent)
        )
    if path.exists():
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            raise UserError(
                translate("Database", "Cannot read the database file {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        if head and head != SQLITE_MAGIC:
            raise UserError(
                translate("Database", "{path} is not a SalesDesk database file.").format(path=path)
            )


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 5.0})
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(target: str | Path | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) and migrate the database named by ``--db``."""
    url = resolve_url(target)
    engine = create_db_engine(url)
    db = Database(url, engine)
    try:
        with engine.connect() as connection:
            inspect(connection).get_table_names()
        if upgrade:
            from salesdesk.db.migrate import upgrade_database

            upgrade_database(db)
    except DBAPIError as exc:
        engine.dispose()
        message = str(exc.orig) if exc.orig is not None else str(exc)
        if "locked" in message:
            raise UserError(
                translate("Database", "The database {name} is locked by another program.").format(
                    name=db.display_name()
                )
            ) from None
        raise UserError(
            translate("Database", "Cannot open the database {name}: {reason}").format(
                name=db.display_name(), reason=message.splitlines()[0]
            )
        ) from None
    from salesdesk.db import search_index

    search_index.install(db.session_factory)
    return db
