"""``salesdesk report [--json]``: the funnel's figures."""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm.money import format_money
    from salesdesk.crm.report import build_report

    db = open_db(args)
    with db.session() as session:
        report = build_report(session)
    if args.json:
        print_json(report)
        return 0
    print(translate("Cli", "Leads: {count}").format(count=report["leads_total"]))
    width = max((len(row["stage"]) for row in report["by_stage"]), default=10)
    for row in report["by_stage"]:
        print(f"  {row['stage']:<{width}}  {row['count']:>7}  {format_money(row['value_cents']):>16}")
    return 0


COMMAND = Command("report", translate("Cli", "print the funnel's figures"), configure, run)
