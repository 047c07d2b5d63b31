"""Opening a database: SQLite by default (WAL, foreign keys, busy timeout) or PostgreSQL.

``resolve_target()`` turns ``--db`` into a checked target (refusing what is not a regular
file), ``connect()`` makes the engine and hands back a ``Database`` whose ``session()``
opens one unit of work. ``salesdesk.db.opening.open_database`` adds the schema checks and
the upgrade. Sessions are never shared across threads: a worker thread opens its own.

Writes on SQLite: SalesDesk emits its own ``BEGIN`` (pysqlite's implicit one is off). A
write unit of work (``db.transaction()``, ``db.session(write=True)``) starts with
``BEGIN IMMEDIATE``: it takes the write lock before it reads anything, so a second writer
waits for the first (telling ``Database.waiter``) instead of failing on the upgrade from a
read to a write transaction, which SQLite refuses at once without calling the busy handler.
Reads use a plain (deferred) ``BEGIN`` and never wait for a writer (WAL).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from salesdesk import paths
from salesdesk.errors import UserError
from salesdesk.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_BUSY = 5
SQLITE_READONLY = 8
BUSY_TIMEOUT_MS = 5000
# How long a writer waits for another one before giving up (a 50,000-row import holds the
# write lock for about half a minute on a slow machine). SALESDESK_WRITE_WAIT overrides it.
WRITE_WAIT_SECONDS = 180.0
_POLL_MS = 200
_WRITE_OPTION = "salesdesk_write"


class DatabaseBusyError(UserError):
    """Another SalesDesk window or command kept the write lock for too long."""


class ReadOnlyDatabaseError(UserError):
    """A write was asked of a database opened read-only."""


class WriteWaiter(Protocol):
    """Told while a writer waits for another one (the CLI prints a line, the window a dialog)."""

    def waiting(self, seconds: float) -> None:
        """Called every fraction of a second while waiting; raise to give up."""

    def done(self) -> None:
        """The wait is over (the lock was taken or the wait given up)."""


def write_wait_seconds() -> float:
    try:
        return float(os.environ.get("SALESDESK_WRITE_WAIT", "")) or WRITE_WAIT_SECONDS
    except ValueError:
        return WRITE_WAIT_SECONDS


@dataclass(frozen=True)
class Target:
    """A resolved ``--db``: the SQLAlchemy URL, and for SQLite the file and its mode."""

    url: str
    path: Path | None = None
    read_only: bool = False


class Database:
    """An open database: its URL, engine and session factory."""

    def __init__(
        self, url: str, engine: Engine, *, path: Path | None = None, read_only: bool = False
    ) -> None:
        self.url = url
        self.engine = engine
        self.read_only = read_only
        self.waiter: WriteWaiter | None = None
        self._path = path
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self._write_engine = engine.execution_options(**{_WRITE_OPTION: True})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self._path is not None or not self.is_sqlite:
            return self._path
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    def display_name(self) -> str:
        """What the status bar shows: the file path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self, *, write: bool = False) -> Session:
        """A unit of work; ``write=True`` when it will write (takes the write lock first)."""
        if write:
            return self.session_factory(bind=self._write_engine)
        return self.session_factory()

    def write_connection(self) -> Connection:
        """A Core connection whose transactions take the write lock first."""
        return self._write_engine.connect()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session that commits when the block ends and rolls back on any error."""
        with self.session(write=True) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


# --- resolving --db ----------------------------------------------------------------------


def resolve_url(target: str | Path | None) -> str:
    """Turn ``--db`` (a path, a URL or nothing) into a SQLAlchemy URL, checking paths."""
    return resolve_target(target).url


def resolve_target(target: str | Path | None) -> Target:
    if target is None or str(target) == "":
        return _sqlite_target(paths.default_db_path(), read_only=False)
    text = str(target)
    if "://" not in text:
        return _sqlite_target(Path(text).expanduser(), read_only=False)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise UserError(
            translate("Database", "Not a valid database address: {target}").format(target=text)
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise UserError(
            translate(
                "Database",
                "Only SQLite files and PostgreSQL servers are supported, not {name}.",
            ).format(name=backend)
        )
    try:
        url.get_dialect()
    except NoSuchModuleError:
        raise UserError(
            translate("Database", "SalesDesk has no database driver called {driver}.").format(
                driver=url.drivername
            )
        ) from None
    if backend == "postgresql":
        return Target(text)
    return _sqlite_url_target(url)


def _sqlite_url_target(url: Any) -> Target:
    """``sqlite:///path`` with the options SQLite's own URIs know (``mode=ro``)."""
    name = url.database or ""
    options = dict(url.query)
    if name.startswith("file:"):
        name = name[len("file:") :]
    unknown = sorted(set(options) - {"mode", "uri"})
    mode = str(options.get("mode", "rwc"))
    if unknown or mode not in ("ro", "rw", "rwc"):
        raise UserError(
            translate("Database", "SalesDesk does not understand the option {option} in {target}.").format(
                option=unknown[0] if unknown else f"mode={mode}", target=url.render_as_string()
            )
        )
    if name in ("", ":memory:"):
        raise UserError(translate("Database", "Give a database file: SalesDesk keeps your data in one."))
    path = Path(name).expanduser()
    if mode != "rwc" and not _exists(path):
        raise UserError(translate("Database", "There is no database at {path}.").format(path=path))
    return _sqlite_target(path, read_only=mode == "ro")


def _exists(path: Path) -> bool:
    try:
        path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _path_error(path, exc) from None
    return True


def _path_error(path: Path, exc: OSError) -> UserError:
    if exc.errno == errno.ELOOP:
        return UserError(
            translate("Database", "{path} is a link that leads back to itself.").format(path=path)
        )
    if exc.errno == errno.ENAMETOOLONG:
        return UserError(translate("Database", "The file name {path} is too long.").format(path=path))
    return UserError(
        translate("Database", "Cannot read the database file {path}: {reason}").format(
            path=path, reason=exc.strerror or exc
        )
    )


def _sqlite_target(path: Path, *, read_only: bool) -> Target:
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _path_error(path, exc) from None
    if info is None:
        if not path.parent.is_dir():
            raise UserError(
                translate("Database", "The folder {folder} does not exist.").format(folder=path.parent)
            )
    elif stat.S_ISDIR(info.st_mode):
        raise UserError(translate("Database", "{path} is a folder, not a database file.").format(path=path))
    elif not stat.S_ISREG(info.st_mode):
        raise UserError(
            translate("Database", "{path} is not a regular file, so it cannot hold a database.").format(
                path=path
            )
        )
    else:
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            raise _path_error(path, exc) from None
        if head and head != SQLITE_MAGIC:
            raise UserError(
                translate("Database", "{path} is not a SalesDesk database file.").format(path=path)
            )
        read_only = read_only or not os.access(path, os.W_OK)
    path = path.resolve()
    return Target(f"sqlite:///{path}", path, read_only)


# --- the engine --------------------------------------------------------------------------


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """SQLite's own URI for ``path`` (any character in the name is safe in it)."""
    return f"file:{quote(str(path))}" + ("?mode=ro" if read_only else "")


def _sqlite_on_connect(read_only: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # SalesDesk begins its own transactions (see the module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    return on_connect


def _busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode & 0xFF == SQLITE_BUSY


def busy_message(db: Database, seconds: float) -> str:
    return translate(
        "Database",
        "Another SalesDesk window or command kept {name} busy for {seconds} s; "
        "try again when it has finished.",
    ).format(name=db.display_name(), seconds=round(seconds))


def read_only_message(db: Database) -> str:
    return translate(
        "Database", "{name} is open read-only: you can read and export, but not change anything."
    ).format(name=db.display_name())


def _begin_immediate(db: Database, dbapi_connection: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``, waiting for another writer (and telling ``db.waiter``)."""
    limit = write_wait_seconds()
    started = time.monotonic()
    waited = False
    dbapi_connection.execute(f"PRAGMA busy_timeout = {_POLL_MS}")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
            elapsed = time.monotonic() - started
            if elapsed >= limit:
                raise DatabaseBusyError(busy_message(db, elapsed))
            waited = True
            if db.waiter is not None:
                db.waiter.waiting(elapsed)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if waited and db.waiter is not None:
            db.waiter.done()


def _install_sqlite_events(db: Database) -> None:
    def on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return  # VACUUM and the like run outside any transaction
        if options.get(_WRITE_OPTION):
            if db.read_only:
                raise ReadOnlyDatabaseError(read_only_message(db))
            dbapi = connection.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            _begin_immediate(db, dbapi)
        else:
            connection.exec_driver_sql("BEGIN")

    def on_error(context: ExceptionContext) -> BaseException | None:
        original = context.original_exception
        if not isinstance(original, sqlite3.OperationalError):
            return None
        code = original.sqlite_errorcode & 0xFF
        if code == SQLITE_BUSY and context.connection is not None and context.connection.in_transaction():
            # a read transaction that then wrote while another writer held the lock
            return DatabaseBusyError(
                translate(
                    "Database",
                    "Another SalesDesk window or command is changing {name}; try again when it has finished.",
                ).format(name=db.display_name())
            )
        if code == SQLITE_READONLY and db.read_only:
            return ReadOnlyDatabaseError(read_only_message(db))
        return None

    event.listen(db.engine, "begin", on_begin)
    event.listen(db.engine, "handle_error", on_error)


def connect(target: Target) -> Database:
    """The engine and ``Database`` for a resolved target (nothing is read or written yet)."""
    if target.path is None:
        return Database(target.url, create_engine(target.url, pool_pre_ping=True))
    uri = sqlite_uri(target.path, read_only=target.read_only)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=QueuePool)
    event.listen(engine, "connect", _sqlite_on_connect(target.read_only))
    db = Database(target.url, engine, path=target.path, read_only=target.read_only)
    _install_sqlite_events(db)
    return db


def create_db_engine(url: str) -> Engine:
    """An engine for ``url`` (checked like ``--db``)."""
    return connect(resolve_target(url)).engine
