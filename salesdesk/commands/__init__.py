"""Subcommands of the command line: one module each, found by ``salesdesk.cli``.

A module here defines ``COMMAND = Command(...)``: its name, a one-line help (translated),
a function that adds its arguments to its parser, and a function that runs it and returns
the exit code. Raise ``salesdesk.errors.UserError`` for a user's mistake: the CLI prints it
as one line and exits 2. Never import Qt at module level here (``report`` and ``import``
must start without loading Qt); commands that show a window import ``salesdesk.gui``
inside ``run``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from salesdesk.db.engine import Database
from salesdesk.i18n import translate

MAX_ID = 2**63 - 1
"""The largest id a record can have: both SQLite's INTEGER and PostgreSQL's BIGINT are 64-bit."""


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def record_id(text: str) -> int:
    """The argparse ``type`` of every argument that names a record by its id (a lead, a
    contact, an import batch): a whole number from 1 to ``MAX_ID``, so that no id reaches the
    database driver as a number it cannot hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "expected a whole number, not {text}").format(text=text[:40])
        ) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(translate("Cli", "give a number from 1 to {max}").format(max=MAX_ID))
    return value


class _StderrWaiter:
    """Tells the user once, on stderr, that a write waits for another writer."""

    def __init__(self) -> None:
        self.told = False

    def waiting(self, seconds: float) -> None:
        if not self.told:
            import sys

            from salesdesk.i18n import translate

            self.told = True
            print(
                "salesdesk: "
                + translate("Database", "Waiting for another SalesDesk window or command to finish…"),
                file=sys.stderr,
                flush=True,
            )

    def done(self) -> None:
        self.told = False


def open_db(args: argparse.Namespace, *, for_restore: bool = False) -> Database:
    """Open the database named by the global ``--db`` option (migrating it if needed).

    A write that finds another writer at work waits for it, saying so on stderr;
    ``for_restore`` opens a damaged or newer SalesDesk database as it is (for ``restore``).
    """
    from salesdesk.db import open_database

    db = open_database(getattr(args, "db", None), waiter=_StderrWaiter(), for_restore=for_restore)
    _opened.append(db)
    return db


_opened: list[Database] = []


def close_databases() -> None:
    """Close every database a command opened (``cli.main`` calls it when the command ends)."""
    while _opened:
        _opened.pop().dispose()


def print_json(data: object) -> None:
    import json
    import sys

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
