"""``salesdesk demo [--leads N] [--seed S] [--append]``: fill the database with demo data."""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "expected a whole number, not {text}").format(text=text)
        ) from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(translate("Cli", "give a number from 1 to 1000000"))
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "expected a whole number, not {text}").format(text=text)
        ) from None


def _decimal(value: float) -> str:
    from salesdesk.i18n import language

    text = f"{value:.1f}"
    return text.replace(".", ",") if language() == "fi" else text


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--leads",
        type=_count,
        default=2000,
        metavar="N",
        help=translate("Cli", "how many leads to make (default 2000)"),
    )
    parser.add_argument(
        "--seed",
        type=_seed,
        default=1,
        metavar="S",
        help=translate("Cli", "random seed: the same seed gives the same data (default 1)"),
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help=translate("Cli", "add demo data to a database that already has leads"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print the counts as JSON"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm.demo import generate, has_leads

    db = open_db(args)
    with db.transaction() as session:
        if has_leads(session) and not args.append:
            raise UserError(
                translate(
                    "Cli",
                    "{name} already has leads; use --append to add demo data to it anyway.",
                ).format(name=db.display_name())
            )
        summary = generate(session, leads=args.leads, seed=args.seed)
    if args.json:
        print_json(summary)
        return 0
    print(
        translate(
            "Cli",
            "Demo data in {name}: {leads} leads ({open} open, {won} won, {lost} lost), "
            "{contacts} contacts, {follow_ups} follow-ups ({overdue} overdue), "
            "{referrals} referrals, in {seconds} s.",
        ).format(
            name=db.display_name(),
            leads=summary["leads"],
            open=summary["open"],
            won=summary["won"],
            lost=summary["lost"],
            contacts=summary["contacts"],
            follow_ups=summary["follow_ups"],
            overdue=summary["overdue_follow_ups"],
            referrals=summary["referrals"],
            seconds=_decimal(summary["seconds"]),
        )
    )
    return 0


COMMAND = Command("demo", translate("Cli", "fill the database with realistic demo data"), configure, run)
