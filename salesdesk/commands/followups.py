"""``salesdesk followups [--due overdue|today|week|all] [--owner NAME] [--kind KIND] [--json]
[--ics FILE]``: list open follow-ups, grouped like the agenda, or export them to a calendar."""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json
from salesdesk.errors import UserError
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--due",
        choices=("overdue", "today", "week", "all"),
        default="all",
        help=translate(
            "Cli",
            "which ones: overdue, due by the end of today or of this week (overdue included), or all",
        ),
    )
    parser.add_argument(
        "--owner", metavar="NAME", help=translate("Cli", "only this owner's (name, initials or e-mail)")
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=("call", "email", "meeting", "visit", "task"),
        help=translate("Cli", "only this kind (may be repeated)"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    parser.add_argument(
        "--ics", metavar="FILE", help=translate("Cli", "also write them to an .ics calendar file")
    )


def _when(item: object, lang: str) -> str:
    from salesdesk.crm.followups import to_local

    due = to_local(item.due_at)  # type: ignore[attr-defined]
    if lang == "fi":
        day = f"{due.day}.{due.month}.{due.year}"
        return day if item.all_day else f"{day} {due.hour}.{due.minute:02d}"  # type: ignore[attr-defined]
    day = due.strftime("%Y-%m-%d")
    return day if item.all_day else f"{day} {due:%H:%M}"  # type: ignore[attr-defined]


def run(args: argparse.Namespace) -> int:
    from salesdesk import i18n
    from salesdesk.crm import followups as fu
    from salesdesk.crm import settings as app_settings
    from salesdesk.crm.labels import label

    db = open_db(args)
    with db.session() as session:
        owner_id = None
        if args.owner:
            owner = app_settings.owner_by_name(session, args.owner)
            if owner is None:
                raise UserError(translate("Cli", "No owner called {name}.").format(name=args.owner))
            owner_id = owner.id
        flt = fu.Filter(owner_id=owner_id, kinds=frozenset(args.kind or ()), due=args.due)
        items = fu.open_items(session, flt)
        if args.ics:
            written = fu.export_ics(session, args.ics, flt)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    if not items:
        print(translate("Cli", "No open follow-ups."))
    lang = i18n.language()
    rows_by_group: dict[str, list[list[str]]] = {}
    for item in items:
        title = item.title
        if item.contact_name and item.contact_name not in title:
            title = f"{title} · {item.contact_name}"
        rows_by_group.setdefault(item.group, []).append(
            [
                _when(item, lang),
                label(item.kind),
                title,
                item.owner_name,
                f"#{item.lead_id}" if item.lead_id is not None else "",
            ]
        )
    headers = [
        translate("Cli", "Due"),
        translate("Cli", "Kind"),
        translate("Cli", "Follow-up"),
        translate("Cli", "Owner"),
        translate("Cli", "Lead"),
    ]
    all_rows = [r for rows in rows_by_group.values() for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in all_rows]) for i, h in enumerate(headers)]
    widths[2] = min(widths[2], 60)

    def line(cells: list[str]) -> str:
        clipped = [c if len(c) <= widths[i] else c[: widths[i] - 1] + "…" for i, c in enumerate(cells)]
        return "  ".join(c.ljust(widths[i]) for i, c in enumerate(clipped)).rstrip()

    first = True
    for key in fu.GROUPS:
        rows = rows_by_group.get(key)
        if not rows:
            continue
        if not first:
            print()
        first = False
        marker = "!" if key == fu.OVERDUE else ""
        print(f"{marker}{fu.group_title(key)} ({len(rows)})")
        print("  " + line(headers))
        for row in rows:
            print("  " + line(row))
    if args.ics:
        print(translate("Cli", "Wrote {count} follow-ups to {path}").format(count=written, path=args.ics))
    return 0


COMMAND = Command(
    "followups", translate("Cli", "list open follow-ups, or export them to a calendar (.ics)"), configure, run
)
