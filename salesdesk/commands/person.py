"""``salesdesk person``: data protection for one contact.

- ``person export ID FILE`` writes everything stored about a contact (``.json`` or ``.xlsx``);
- ``person erase ID --yes`` erases the contact's personal data (figures stay);
- ``person notices [--json]`` lists contacts from purchased lists whose GDPR article 14
  notice is overdue; ``person informed ID...`` records that the notice was sent today.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.commands import Command, open_db, print_json, record_id
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar=translate("Cli", "ACTION"))
    export = sub.add_parser("export", help=translate("Cli", "export everything about a contact"))
    export.add_argument("contact_id", type=record_id)
    export.add_argument("file", type=Path, help=translate("Cli", "a .json or .xlsx file"))
    erase = sub.add_parser("erase", help=translate("Cli", "erase a contact's personal data"))
    erase.add_argument("contact_id", type=record_id)
    erase.add_argument("--yes", action="store_true", help=translate("Cli", "really erase"))
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help=translate("Cli", "also re-make the backups that hold the person without them"),
    )
    notices = sub.add_parser("notices", help=translate("Cli", "list overdue article 14 notices"))
    notices.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    informed = sub.add_parser("informed", help=translate("Cli", "record that the notice was sent today"))
    informed.add_argument("contact_ids", type=record_id, nargs="+")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from salesdesk.crm import erasure, privacy
    from salesdesk.db.models import Contact

    db = open_db(args)
    if args.action == "export":
        suffix = args.file.suffix.lower()
        if suffix not in (".json", ".xlsx"):
            raise UserError(translate("Cli", "Give a file ending in .json or .xlsx."))
        with db.session() as session:
            data = privacy.export_person(session, args.contact_id)
        try:
            (privacy.write_json if suffix == ".json" else privacy.write_xlsx)(data, args.file)
        except OSError as error:
            raise UserError(
                translate("Cli", "Cannot write {file}: {error}").format(file=args.file, error=error.strerror)
            ) from None
        print(translate("Cli", "Wrote {file}").format(file=args.file))
        return 0
    if args.action == "erase":
        if not args.yes:
            raise UserError(translate("Cli", "Erasing cannot be undone: add --yes to confirm."))
        report = erasure.erase(db, args.contact_id, purge_backups=args.purge_backups)
        result = report.erasure
        print(
            translate(
                "Cli", "Erased contact {id}: {notes} notes removed, {leads} leads kept anonymously."
            ).format(id=result.contact_id, notes=result.notes_removed, leads=result.leads_kept)
        )
        for line in erasure.report_lines(report, cli=True):
            print(line)
        return 0
    if args.action == "informed":
        with db.transaction() as session:
            count = privacy.mark_informed(session, args.contact_ids)
        print(translate("Cli", "Marked {count} contacts as informed.").format(count=count))
        return 0
    with db.session() as session:
        ids = privacy.overdue_notices(session)
        rows = session.execute(
            select(Contact.id, Contact.name, Contact.email, Contact.created_at).where(Contact.id.in_(ids))
        ).all()
    if args.json:
        print_json([{"id": r[0], "name": r[1], "email": r[2], "obtained": r[3]} for r in rows])
        return 0
    for r in rows:
        due = privacy.notice_due_date(r[3].astimezone())
        print(f"{r[0]:>7}  {r[1]:<40}  {r[2]:<30}  {due.isoformat()}")
    print(translate("Cli", "{count} article 14 notices overdue").format(count=len(rows)))
    return 0


COMMAND = Command(
    "person", translate("Cli", "export or erase a person's data; article 14 notices"), configure, run
)
