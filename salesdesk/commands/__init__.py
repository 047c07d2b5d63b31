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


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by the global ``--db`` option (migrating it if needed)."""
    from salesdesk.db import open_database

    return open_database(getattr(args, "db", None))


def print_json(data: object) -> None:
    import json
    import sys

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
