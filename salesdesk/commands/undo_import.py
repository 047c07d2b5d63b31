"""``salesdesk undo-import BATCH_ID``: remove what an import created, restore what it changed."""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json, record_id
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "batch_id", type=record_id, metavar="BATCH_ID", help=translate("Cli", "the import batch's number")
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "undo even if records were edited since the import"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.sheets.batch import undo_batch

    db = open_db(args)
    res = undo_batch(db, args.batch_id, force=args.force)
    if args.json:
        print_json(
            {
                "batch_id": res.batch_id,
                "deleted_contacts": res.deleted_contacts,
                "deleted_leads": res.deleted_leads,
                "restored_contacts": res.restored_contacts,
                "edited_since": res.kept,
            }
        )
        return 0
    print(
        translate(
            "Cli",
            "Import batch {id} undone: {leads} leads and {contacts} contacts removed, {restored} contacts restored.",  # noqa: E501
        ).format(
            id=res.batch_id,
            leads=res.deleted_leads,
            contacts=res.deleted_contacts,
            restored=res.restored_contacts,
        )
    )
    return 0


COMMAND = Command("undo-import", translate("Cli", "undo an import batch"), configure, run)
