"""The command line. With no subcommand it opens the window.

Subcommands live in ``salesdesk/commands/`` (one module each) and are found here, so that
adding one touches no other file. Exit codes: 0 success, 2 a user's mistake (one line on
stderr, never a traceback), 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import PurePath
from typing import NoReturn

from sqlalchemy.exc import DBAPIError

from salesdesk import __version__, i18n
from salesdesk.errors import UserError
from salesdesk.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own words, so that `salesdesk --lang fi --help` and its errors read in Finnish.
_ARGPARSE_WORDS = {
    "usage: ": QT_TRANSLATE_NOOP("Cli", "usage: "),
    "options": QT_TRANSLATE_NOOP("Cli", "options"),
    "positional arguments": QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    "show program's version number and exit": QT_TRANSLATE_NOOP(
        "Cli", "show program's version number and exit"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "Cli", "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "Cli", "the following arguments are required: %s"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    "expected one argument": QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "Cli", "argument %(argument_name)s: %(message)s"
    ),
}


def _argparse_gettext(text: str) -> str:
    return translate("Cli", _ARGPARSE_WORDS[text]) if text in _ARGPARSE_WORDS else text


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A usage mistake: one line on stderr, exit 2."""
        label = translate("Cli", "error")
        self.exit(2, f"{self.prog}: {label}: {message}\n")


def discover_commands() -> list[object]:
    from salesdesk import commands

    found = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"salesdesk.commands.{info.name}")
        command = getattr(module, "COMMAND", None)
        if command is not None:
            found.append(command)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="salesdesk",
        description=translate("Cli", "SalesDesk: leads, funnel, follow-ups and referrals, offline."),
    )
    parser.add_argument("--version", action="version", version=f"SalesDesk {__version__}")
    add_global_options(parser)
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"), parser_class=_Parser)
    for command in discover_commands():
        child = sub.add_parser(command.name, help=command.help, description=command.help)  # type: ignore[attr-defined]
        add_global_options(child, default=argparse.SUPPRESS)
        command.configure(child)  # type: ignore[attr-defined]
        child.set_defaults(run=command.run)  # type: ignore[attr-defined]
    return parser


def add_global_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        default=default,
        help=translate(
            "Cli",
            "database file or postgresql+psycopg:// address (default: your data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.SUPPORTED_LANGUAGES,
        default=default,
        help=translate("Cli", "language (default: the system's)"),
    )


def _preparse_language(argv: Sequence[str]) -> None:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default=None)
    known, _ = pre.parse_known_args(argv)
    i18n.set_language(known.lang if known.lang in i18n.SUPPORTED_LANGUAGES else None)


def _chosen_actions(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[argparse.Action]:
    """The arguments of ``parser`` and of the subcommands ``args`` chose, outermost first."""
    found: list[argparse.Action] = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(args, action.dest, None) or "")
            if chosen is not None:
                found.extend(_chosen_actions(chosen, args))
    return found


def _undecodable(value: object) -> str | None:
    """``value`` (or the first of a list) as shown to the user, if it came from bytes that are
    not UTF-8 (Python hands those over as surrogate escapes); else None."""
    for item in value if isinstance(value, list | tuple) else [value]:
        if isinstance(item, str | PurePath):
            text = str(item)
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                return os.fsencode(text).decode("utf-8", "backslashreplace")
    return None


def refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit 2 with one line naming the argument when any argument is not UTF-8 text: such
    bytes (a Latin-1 terminal, a mistyped escape) would otherwise be written to the database
    or a file as text nobody can read, or end in an encoding error halfway through."""
    for action in _chosen_actions(parser, args):
        shown = _undecodable(getattr(args, action.dest, None))
        if shown is not None and action.dest != argparse.SUPPRESS:
            name = action.option_strings[-1] if action.option_strings else action.metavar or action.dest
            parser.error(
                translate("Cli", "argument {name}: not UTF-8 text: {value}").format(name=name, value=shown)
            )


def disk_full(error: DBAPIError) -> bool:
    """Whether the database refused a write because its disk is full (SQLite's SQLITE_FULL,
    PostgreSQL's disk_full). Every command writes in one transaction, rolled back by then."""
    orig = error.orig
    return (
        getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        or getattr(orig, "sqlstate", None) == "53100"
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _preparse_language(argv)
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    parser = build_parser()
    args = parser.parse_args(argv)
    refuse_undecodable(parser, args)
    try:
        run = getattr(args, "run", None)
        if run is None:
            from salesdesk.gui import run_app

            return run_app(db=args.db, lang=args.lang, smoke=args.smoke)
        return int(run(args))
    except UserError as error:
        print(f"salesdesk: {error}", file=sys.stderr)
        return 2
    except DBAPIError as error:
        if not disk_full(error):
            raise
        message = translate(
            "Cli", "The disk holding the database is full: nothing was saved. Free some space and try again."
        )
        print(f"salesdesk: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        label = translate("Cli", "interrupted")
        print(f"salesdesk: {label}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        from salesdesk.commands import close_databases

        close_databases()  # a command's connections end with it (in-process callers, tests)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
