"""``salesdesk owners``: the team members who sell.

- ``owners list [--json]``: every member, active first, with open leads and who is "me";
- ``owners add NAME [--initials XX] [--color #rrggbb] [--login ROLE] [--me]``;
- ``owners rename NAME NEW_NAME``; ``owners set NAME [--initials] [--color] [--login]``;
- ``owners deactivate NAME [--hand-to NAME]`` (their open leads and follow-ups go to the
  other member), ``owners activate NAME``;
- ``owners me [NAME]``: show or choose who is at this computer (kept on this computer).

The rules are in ``salesdesk.crm.owners``; the Settings dialog's team page calls the same.
"""

from __future__ import annotations

import argparse

from salesdesk.commands import Command, open_db, print_json
from salesdesk.i18n import translate


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar=translate("Cli", "ACTION"))
    listing = sub.add_parser("list", help=translate("Cli", "list the team members"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add = sub.add_parser("add", help=translate("Cli", "add a team member"))
    add.add_argument("name", help=translate("Cli", 'full name, e.g. "Anna Virtanen"'))
    _detail_options(add)
    add.add_argument("--me", action="store_true", help=translate("Cli", "this is me (on this computer)"))
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    rename = sub.add_parser("rename", help=translate("Cli", "rename a team member"))
    rename.add_argument("name", help=translate("Cli", "name or initials"))
    rename.add_argument("new_name")
    change = sub.add_parser("set", help=translate("Cli", "change a team member's initials, colour or login"))
    change.add_argument("name", help=translate("Cli", "name or initials"))
    _detail_options(change)
    deactivate = sub.add_parser(
        "deactivate", help=translate("Cli", "deactivate a team member (their leads stay)")
    )
    deactivate.add_argument("name", help=translate("Cli", "name or initials"))
    deactivate.add_argument(
        "--hand-to",
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "give their open leads and follow-ups to this team member"),
    )
    deactivate.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    activate = sub.add_parser("activate", help=translate("Cli", "make a team member active again"))
    activate.add_argument("name", help=translate("Cli", "name or initials"))
    me = sub.add_parser("me", help=translate("Cli", "show or choose who you are on this computer"))
    me.add_argument("name", nargs="?", help=translate("Cli", "name or initials"))


def _detail_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--initials", default="", help=translate("Cli", "one to four letters, e.g. AV"))
    parser.add_argument("--color", default="", help=translate("Cli", "card colour as #rrggbb"))
    parser.add_argument("--login", default=None, help=translate("Cli", "PostgreSQL login (role) of this rep"))
    parser.add_argument("--email", default=None, help=translate("Cli", "e-mail address"))


def run(args: argparse.Namespace) -> int:
    from salesdesk.crm import owners

    db = open_db(args)
    if args.action == "list":
        with db.session() as session:
            members = owners.members(session)
        if args.json:
            print_json([m.as_json() for m in members])
            return 0
        if not members:
            print(translate("Cli", "No team members yet: add one with salesdesk owners add NAME --me"))
            return 0
        for m in members:
            state = "" if m.active else translate("Cli", " (inactive)")
            mark = translate("Cli", " — me") if m.me else ""
            leads = translate("Cli", "{count} open leads").format(count=m.open_leads)
            print(f"{m.initials:<4} {m.name}{state}{mark}  ·  {leads}")
        return 0
    if args.action == "add":
        with db.transaction() as session:
            owner = owners.add(
                session,
                args.name,
                initials=args.initials,
                color=args.color,
                login=args.login or "",
                email=args.email or "",
            )
            if args.me:
                owners.set_me(session, owner.id)
            data = {"id": owner.id, "name": owner.name, "initials": owner.initials, "color": owner.color}
        if args.json:
            print_json(data)
        else:
            print(
                translate("Cli", "Added {name} ({initials})").format(
                    name=data["name"], initials=data["initials"]
                )
            )
        return 0
    if args.action == "rename":
        with db.transaction() as session:
            owner = owners.require(session, args.name)
            old = owner.name
            owners.rename(session, owner, args.new_name)
            new = owner.name
        print(translate("Cli", "Renamed {old} to {new}").format(old=old, new=new))
        return 0
    if args.action == "set":
        with db.transaction() as session:
            owner = owners.require(session, args.name)
            if args.initials:
                owners.set_initials(owner, args.initials)
            if args.color:
                owners.set_color(owner, args.color)
            if args.login is not None:
                owners.set_login(owner, args.login)
            if args.email is not None:
                owner.email = args.email.strip()
            name = owner.name
        print(translate("Cli", "Saved {name}").format(name=name))
        return 0
    if args.action == "deactivate":
        with db.transaction() as session:
            owner = owners.require(session, args.name)
            hand_to = owners.require(session, args.hand_to, active_only=True) if args.hand_to else None
            result = owners.deactivate(session, owner, hand_to=hand_to)
            name, to_name = owner.name, hand_to.name if hand_to else None
        if args.json:
            print_json(
                {"name": name, "hand_to": to_name, "leads": result.leads, "followups": result.followups}
            )
        elif to_name:
            print(
                translate(
                    "Cli", "{name} deactivated; {leads} open leads and {followups} follow-ups go to {to}"
                ).format(name=name, leads=result.leads, followups=result.followups, to=to_name)
            )
        else:
            print(translate("Cli", "{name} deactivated; their leads stay theirs").format(name=name))
        return 0
    if args.action == "activate":
        with db.transaction() as session:
            owner = owners.require(session, args.name)
            owners.reactivate(owner)
            name = owner.name
        print(translate("Cli", "{name} is active again").format(name=name))
        return 0
    # me
    with db.transaction() as session:
        if args.name:
            owner = owners.require(session, args.name, active_only=True)
            owners.set_me(session, owner.id)
        current = owners.me(session)
        text = current.name if current is not None else ""
    if text:
        print(translate("Cli", "You are {name} on this computer").format(name=text))
    else:
        print(translate("Cli", "Nobody is chosen yet: salesdesk owners me NAME"))
    return 0


COMMAND = Command("owners", translate("Cli", "team members: list, add, rename, deactivate"), configure, run)
