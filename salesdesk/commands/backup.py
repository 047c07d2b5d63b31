"""``salesdesk backup [DEST] [--force]``: a consistent copy of the database."""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dest",
        nargs="?",
        default=None,
        help=translate("Cli", "file or folder to write (default: the rotating backups folder)"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace DEST if it is an earlier SalesDesk backup"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from salesdesk.db.backup import backup_database

    db = open_db(args)
    written = backup_database(db, Path(args.dest) if args.dest else None, force=args.force)
    print(translate("Cli", "Backup written to {path}").format(path=written))
    return 0


COMMAND = Command("backup", translate("Cli", "back up the database"), configure, run)
