"""``salesdesk restore SRC``: replace the database with a backup (the current one is kept).

The live database is opened without migrating it (it is about to be replaced, and a restore
must work even when it cannot be migrated); the restored data is migrated afterwards.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.commands import Command, open_db
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SRC", help=translate("Cli", "backup file to restore"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.db.backup import restore_database
    from salesdesk.db.migrate import upgrade_database

    # Not migrated, and a damaged or newer SalesDesk database is opened as it is: it is
    # about to be replaced.
    db = open_db(args, for_restore=True)
    kept = restore_database(db, Path(args.source))
    upgrade_database(db)
    if kept is None:
        print(translate("Cli", "Restored {source}").format(source=args.source))
    else:
        print(
            translate("Cli", "Restored {source}; the previous data was saved to {kept}").format(
                source=args.source, kept=kept
            )
        )
    return 0


COMMAND = Command("restore", translate("Cli", "restore the database from a backup"), configure, run)
