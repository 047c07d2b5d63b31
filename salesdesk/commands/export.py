"""``salesdesk export FILE.xlsx|FILE.csv [--stage NAME] [--owner NAME] [--source KIND]
[--per-owner DIR] [--json] [--semicolon]``: leads (and more) out to Excel or csv."""

from __future__ import annotations

import argparse
import sys

from salesdesk.commands import Command, open_db, print_json
from salesdesk.i18n import translate

_LISTS = {"leads": "leads", "contacts": "contacts", "followups": "followups", "follow-ups": "followups"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.xlsx|FILE.csv",
        help=translate("Cli", "the file to write (.xlsx or .csv)"),
    )
    parser.add_argument("--stage", metavar="NAME", help=translate("Cli", "only leads in this stage"))
    parser.add_argument(
        "--owner", metavar="NAME", help=translate("Cli", "only this sales rep's leads (name, initials or me)")
    )
    parser.add_argument(
        "--source", metavar="KIND", help=translate("Cli", "only leads from this source (e.g. referral)")
    )
    parser.add_argument(
        "--temperature", metavar="hot|warm|cold", help=translate("Cli", "only hot, warm or cold leads")
    )
    parser.add_argument("--tag", metavar="TAG", help=translate("Cli", "only leads with this tag"))
    parser.add_argument("--search", metavar="TEXT", help=translate("Cli", "only leads matching this text"))
    parser.add_argument(
        "--open-only", action="store_true", help=translate("Cli", "leave out won and lost leads")
    )
    parser.add_argument(
        "--include",
        metavar="LISTS",
        default="",
        help=translate(
            "Cli",
            "comma-separated lists to write: leads, contacts, followups "
            "(default: leads; per owner: leads,followups)",
        ),
    )
    parser.add_argument(
        "--per-owner",
        metavar="DIR",
        help=translate("Cli", "write one file per sales rep into this folder (their leads and follow-ups)"),
    )
    parser.add_argument(
        "--semicolon",
        action="store_true",
        help=translate("Cli", "csv with semicolons and decimal commas (Finnish Excel)"),
    )
    parser.add_argument("--no-bom", action="store_true", help=translate("Cli", "csv without the UTF-8 BOM"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _kinds(text: str) -> tuple[str, ...]:
    from salesdesk.errors import UserError

    kinds: list[str] = []
    for part in text.split(","):
        key = part.strip().casefold()
        if not key:
            continue
        if key not in _LISTS:
            raise UserError(
                translate("Cli", "Unknown list {name}: use leads, contacts or followups.").format(name=part)
            )
        if _LISTS[key] not in kinds:
            kinds.append(_LISTS[key])
    return tuple(kinds)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from salesdesk.db.enums import Temperature
    from salesdesk.errors import UserError
    from salesdesk.sheets import export as ex

    if not args.file and not args.per_owner:
        raise UserError(translate("Cli", "Give a file to write, or --per-owner DIR."))
    if args.file and args.per_owner:
        raise UserError(translate("Cli", "Give either a file or --per-owner DIR, not both."))
    if args.temperature and args.temperature.casefold() not in {t.value for t in Temperature}:
        raise UserError(translate("Cli", "The temperature is hot, warm or cold."))
    kinds = _kinds(args.include)

    db = open_db(args)
    try:
        with db.session() as session:
            req = ex.ExportRequest(
                kinds=kinds or ((ex.LEADS, ex.FOLLOWUPS) if args.per_owner else (ex.LEADS,)),
                stage_ids=(ex.resolve_stage(session, args.stage),) if args.stage else (),
                owner_ids=(ex.resolve_owner(session, args.owner),) if args.owner else (),
                sources=(ex.resolve_source(args.source),) if args.source else (),
                temperatures=(args.temperature.casefold(),) if args.temperature else (),
                tag=args.tag or "",
                search=args.search or "",
                open_only=args.open_only,
            )
            progress = _progress_printer() if sys.stderr.isatty() and not args.json else None
            if args.per_owner:
                results = ex.export_per_owner(
                    session,
                    Path(args.per_owner),
                    req,
                    semicolon=args.semicolon,
                    bom=not args.no_bom,
                    progress=progress,
                )
            else:
                results = [
                    ex.export(
                        session,
                        Path(args.file),
                        req,
                        semicolon=args.semicolon,
                        bom=not args.no_bom,
                        progress=progress,
                    )
                ]
    finally:
        db.dispose()
    if progress is not None:
        sys.stderr.write("\r\033[K")
    if args.json:
        print_json({"files": ex.summary(results)})
        return 0
    if not results:
        print(translate("Cli", "No sales rep has leads to hand out; nothing written."))
    for result in results:
        counts = result.counts
        parts = []
        if ex.LEADS in counts:
            parts.append(translate("Cli", "{n} leads").format(n=counts[ex.LEADS]))
        if ex.CONTACTS in counts:
            parts.append(translate("Cli", "{n} contacts").format(n=counts[ex.CONTACTS]))
        if ex.FOLLOWUPS in counts:
            parts.append(translate("Cli", "{n} follow-ups").format(n=counts[ex.FOLLOWUPS]))
        print(translate("Cli", "Wrote {path}: {what}").format(path=result.path, what=", ".join(parts)))
    return 0


def _progress_printer():  # type: ignore[no-untyped-def]
    def show(done: int, total: int) -> None:
        if total:
            sys.stderr.write(f"\r{translate('Cli', 'Exporting')} {done}/{total}")
            sys.stderr.flush()

    return show


COMMAND = Command(
    "export",
    translate("Cli", "export leads, contacts and follow-ups to Excel (.xlsx) or .csv"),
    configure,
    run,
)
