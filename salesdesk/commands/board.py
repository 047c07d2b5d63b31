"""``salesdesk board [--owner NAME|me|all] [--cards N] [--json]``: the board as text.

The same figures as the window's column headers (count, total, weighted value, stale,
overdue) and, with ``--cards N``, the first N cards of each column in their order.
"""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "expected a whole number, not {text}").format(text=text)
        ) from None
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(translate("Cli", "give a number from 0 to 10000"))
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--owner",
        default="all",
        help=translate("Cli", "whose leads: me, all (default) or an owner's name or initials"),
    )
    parser.add_argument("--text", default="", help=translate("Cli", "only leads matching this search"))
    parser.add_argument(
        "--days",
        type=_positive,
        default=30,
        help=translate("Cli", "how many days back the won and lost columns reach (default 30)"),
    )
    parser.add_argument(
        "--cards",
        type=_positive,
        default=0,
        help=translate("Cli", "also list the first N cards of each column"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm import board, settings
    from salesdesk.crm.money import format_money

    db = open_db(args)
    with db.session() as session:
        owner_id: int | None = None
        if args.owner == "me":
            me = settings.me(session)
            owner_id = me.id if me is not None else None
        elif args.owner != "all":
            owner = settings.owner_by_name(session, args.owner)
            if owner is None:
                raise UserError(translate("Cli", "No owner called {name}.").format(name=args.owner))
            owner_id = owner.id
        flt = board.resolve(
            session, board.BoardFilter(owner_id=owner_id, text=args.text, closed_within_days=args.days)
        )
        columns = board.column_summaries(session, flt)
        cards = {
            c.stage_id: board.cards(session, c.stage, flt, limit=args.cards) if args.cards else []
            for c in columns
        }
    if args.json:
        print_json(
            [
                {
                    "stage": c.stage.name,
                    "kind": c.stage.kind,
                    "count": c.count,
                    "total_cents": c.totals,
                    "weighted_cents": c.weighted,
                    "stale": c.stale,
                    "overdue": c.overdue,
                    "no_next_step": c.no_next_step,
                    "cards": [
                        {
                            "id": k.id,
                            "title": k.title,
                            "contact": k.contact_name,
                            "organization": k.organization_name,
                            "value_cents": k.value_cents,
                            "currency": k.currency,
                            "temperature": k.temperature,
                            "next_due": k.next_due,
                            "days_in_stage": k.days_in_stage,
                            "stale": k.stale,
                            "no_next_step": k.no_next_step,
                        }
                        for k in cards[c.stage_id]
                    ],
                }
                for c in columns
            ]
        )
        return 0

    def money(amounts: dict[str, int]) -> str:
        return " + ".join(format_money(v, cur) for cur, v in amounts.items()) or format_money(0)

    width = max((len(c.stage.name) for c in columns), default=10)
    for c in columns:
        flags = translate("Cli", "{stale} stale, {overdue} overdue").format(stale=c.stale, overdue=c.overdue)
        weighted = translate("Cli", "weighted {amount}").format(amount=money(c.weighted))
        print(f"{c.stage.name:<{width}}  {c.count:>6}  {money(c.totals):>16}  {weighted}  ({flags})")
        for k in cards[c.stage_id]:
            who = ", ".join(p for p in (k.contact_name, k.organization_name) if p)
            print(f"    #{k.id} {k.title} · {who} · {format_money(k.value_cents, k.currency)}")
    return 0


COMMAND = Command("board", translate("Cli", "print the funnel board's columns"), configure, run)
