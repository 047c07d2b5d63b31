"""``open_database()``: resolve ``--db``, recognise the database, upgrade it, check it.

The order keeps another program's file untouched: a SQLite file is first read through a
read-only connection (``migrate.read_sqlite_facts``); only a new, empty or recognised
SalesDesk database is opened for writing. Refused (``UserError``, one line, nothing written,
no backup): another program's database, a damaged one (version table missing, empty, with
two rows or garbage; a table or column of the models missing), one made by a newer
SalesDesk. ``for_restore=True`` opens a damaged or newer SalesDesk database without
upgrading it, so that ``salesdesk restore`` can replace it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from salesdesk.db import migrate, search_index
from salesdesk.db.engine import Database, WriteWaiter, connect, resolve_target
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def open_database(
    target: str | Path | None = None,
    *,
    upgrade: bool = True,
    waiter: WriteWaiter | None = None,
    for_restore: bool = False,
) -> Database:
    """Open (creating if needed), check and migrate the database named by ``--db``."""
    resolved = resolve_target(target)
    db = connect(resolved)
    db.waiter = waiter
    try:
        if resolved.path is not None:
            facts = None
            if resolved.path.exists() and resolved.path.stat().st_size > 0:
                facts = migrate.read_sqlite_facts(resolved.path)
            elif resolved.read_only:
                raise UserError(
                    translate("Database", "There is no database at {path}.").format(path=resolved.path)
                )
        else:
            with db.engine.connect() as connection:
                facts = migrate.read_facts(connection)
        problem = migrate.recognise(db, facts) if facts is not None else None
        if problem is not None and not (for_restore and facts is not None and _ours(problem)):
            raise problem
        if problem is None and upgrade and not for_restore:
            migrate.upgrade_database(db)
            with db.engine.connect() as connection:
                missing = migrate.missing_parts(db, connection)
            if missing is not None:
                raise missing
    except (DBAPIError, sqlite3.Error) as exc:
        db.dispose()
        raise _open_error(db, exc) from None
    except BaseException:
        db.dispose()
        raise
    search_index.install(db.session_factory)
    return db


def _ours(problem: UserError) -> bool:
    """A damaged or newer SalesDesk database (which ``restore`` may replace)."""
    return not isinstance(problem, migrate.ForeignDatabaseError)


def _open_error(db: Database, exc: BaseException) -> UserError:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    message = str(original)
    if "locked" in message:
        return UserError(
            translate("Database", "The database {name} is locked by another program.").format(
                name=db.display_name()
            )
        )
    return UserError(
        translate("Database", "Cannot open the database {name}: {reason}").format(
            name=db.display_name(), reason=message.splitlines()[0] if message else type(original).__name__
        )
    )
