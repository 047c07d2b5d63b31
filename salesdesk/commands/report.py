"""``salesdesk report [--from DATE] [--to DATE] [--period P] [--owner NAME] [--json]``."""

from __future__ import annotations

import argparse
import re
from datetime import date

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import translate

PERIODS = ("month", "quarter", "year", "last12")


def parse_day(text: str) -> date:
    """2026-11-27, 27.11.2026 or 27.11.26 → a date; anything else is the user's mistake."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            year, month, day = (int(p) for p in value.split("-"))
            return date(year, month, day)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", value)
        if match:
            day, month, year = (int(p) for p in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        pass
    raise UserError(translate("Cli", "Not a date: {text} (write 2026-11-27 or 27.11.2026)").format(text=text))


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=translate("Cli", "first day (2026-01-31 or 31.1.2026)"),
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help=translate("Cli", "last day, included"))
    parser.add_argument(
        "--period",
        choices=PERIODS,
        help=translate("Cli", "this month, quarter, year or the last 12 months (instead of --from/--to)"),
    )
    parser.add_argument("--owner", metavar="NAME", help=translate("Cli", "only this owner's leads"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm import kpis
    from salesdesk.crm.report import build_report, report_text
    from salesdesk.crm.settings import owner_by_name

    start = parse_day(args.date_from) if args.date_from else None
    end = parse_day(args.date_to) if args.date_to else None
    if args.period and (start or end):
        raise UserError(translate("Cli", "Give either --period or --from/--to, not both."))
    if start and end and end < start:
        raise UserError(translate("Cli", "The period ends before it starts: {start} > {end}.").format(
            start=start.isoformat(), end=end.isoformat()))  # fmt: skip
    period = kpis.Period.of_kind(args.period) if args.period else kpis.Period.custom(start, end)
    db = open_db(args)
    try:
        with db.session() as session:
            owner_id = None
            owner_name = ""
            if args.owner:
                owner = owner_by_name(session, args.owner)
                if owner is None:
                    raise UserError(translate("Cli", "No owner called {name}.").format(name=args.owner))
                owner_id, owner_name = owner.id, owner.name
            report = build_report(session, kpis.Scope(period, owner_id))
    finally:
        db.dispose()
    if args.json:
        print_json(report)
    else:
        print(report_text(report, owner_name))
    return 0


COMMAND = Command("report", translate("Cli", "print the sales figures (KPIs) for a period"), configure, run)
