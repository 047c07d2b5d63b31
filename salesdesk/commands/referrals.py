"""``salesdesk referrals [--json] [--referrers | --tree] [--since D] [--until D]``."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import language, translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument(
        "--referrers",
        action="store_true",
        help=translate("Cli", "one row per referrer with their figures"),
    )
    shape.add_argument("--tree", action="store_true", help=translate("Cli", "the referral chains as trees"))
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=translate("Cli", "only referrals made on or after this day (2026-01-31 or 31.1.2026)"),
    )
    parser.add_argument(
        "--until",
        metavar="DATE",
        help=translate("Cli", "only referrals made on or before this day"),
    )


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(p) for p in text.split("-"))
            return date(year, month, day)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        pass
    raise UserError(translate("Cli", "Not a date: {text} (write 2026-01-31 or 31.1.2026)").format(text=text))


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    return f"{day.day}.{day.month}.{day.year}" if language() == "fi" else day.isoformat()


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        parts = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm import referrals
    from salesdesk.crm.labels import label
    from salesdesk.crm.money import format_money

    since, until = parse_day(args.since), parse_day(args.until)
    if since and until and since > until:
        raise UserError(translate("Cli", "--since is after --until."))
    db = open_db(args)
    with db.session() as session:
        if args.tree:
            forest = referrals.referral_forest(session)
            if args.json:
                print_json([_node_json(n) for n in forest])
                return 0
            if not forest:
                print(translate("Cli", "No referrals yet."))
            for root in forest:
                _print_node(root, "", label, format_money)
            return 0
        if args.referrers:
            figures = referrals.referrer_figures(session, since, until)
            if args.json:
                print_json(
                    [
                        {
                            "referrer_id": f.referrer_id,
                            "referrer": f.name,
                            "organization": f.organization,
                            "referred": f.referrals,
                            "open": f.open,
                            "won": f.won,
                            "lost": f.lost,
                            "won_value_cents": f.won_value_cents,
                            "conversion_rate": (
                                round(f.conversion_rate, 4) if f.conversion_rate is not None else None
                            ),
                            "last_referred_on": f.last_referred_on.isoformat()
                            if f.last_referred_on
                            else None,
                            "thanks_status": f.thanks_status,
                            "not_thanked": f.not_thanked,
                        }
                        for f in figures
                    ]
                )
                return 0
            if not figures:
                print(translate("Cli", "No referrals yet."))
                return 0
            _table(
                [
                    translate("Cli", "Referrer"),
                    translate("Cli", "Referred"),
                    translate("Cli", "Open"),
                    translate("Cli", "Won"),
                    translate("Cli", "Lost"),
                    translate("Cli", "Won value"),
                    translate("Cli", "Conversion"),
                    translate("Cli", "Last referral"),
                    translate("Cli", "Thanks"),
                ],
                [
                    [
                        f.name,
                        str(f.referrals),
                        str(f.open),
                        str(f.won),
                        str(f.lost),
                        format_money(f.won_value_cents),
                        _percent(f.conversion_rate),
                        day_text(f.last_referred_on),
                        _thanks(f.thanks_status, f.not_thanked, label),
                    ]
                    for f in figures
                ],
                {1, 2, 3, 4, 5, 6},
            )
            return 0
        rows = referrals.list_referrals(session, since, until)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "No referrals yet."))
        return 0
    _table(
        [
            translate("Cli", "Date"),
            translate("Cli", "Referrer"),
            translate("Cli", "Referred"),
            translate("Cli", "Lead"),
            translate("Cli", "Stage"),
            translate("Cli", "Value"),
            translate("Cli", "Thanks"),
        ],
        [
            [
                day_text(r.referred_on),
                r.referrer,
                r.referred,
                r.lead_title,
                r.stage,
                format_money(r.value_cents, r.currency) if r.lead_id is not None else "",
                label(r.thanks_status) + (f" ({r.reward})" if r.reward else ""),
            ]
            for r in rows
        ],
        {5},
    )
    return 0


def _percent(rate: float | None) -> str:
    if rate is None:
        return ""
    text = f"{rate * 100:.0f} %"
    return text


def _thanks(status: str, not_thanked: int, label: Any) -> str:
    if status == "none":
        return translate("Cli", "{count} not thanked").format(count=not_thanked)
    return str(label(status))


def _node_json(node: Any) -> dict[str, Any]:
    return {
        "contact_id": node.contact_id,
        "name": node.name,
        "referral_id": node.referral_id,
        "lead_id": node.lead_id,
        "referred_on": node.referred_on.isoformat() if node.referred_on else None,
        "stage": node.stage,
        "stage_kind": node.stage_kind,
        "value_cents": node.value_cents,
        "children": [_node_json(c) for c in node.children],
    }


def _print_node(node: Any, indent: str, label: Any, format_money: Any) -> None:
    if node.referral_id is None:
        parts = [translate("Cli", "customer")] if node.is_customer else []
        if node.value_cents:
            parts.append(format_money(node.value_cents, node.currency))
    else:
        parts = [node.stage, format_money(node.value_cents, node.currency), day_text(node.referred_on)]
    detail = ", ".join(p for p in parts if p)
    print(f"{indent}{node.name}" + (f"  ({detail})" if detail else ""))
    for child in node.children:
        _print_node(child, indent + "    ", label, format_money)


COMMAND = Command(
    "referrals",
    translate("Cli", "list referrals, referrers' figures or referral chains"),
    configure,
    run,
)
