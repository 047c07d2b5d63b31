"""``salesdesk screenshot VIEW OUT.png [--size WxH]``: render a view offscreen to a PNG."""

from __future__ import annotations

import argparse
import re

from salesdesk.commands import Command, record_id
from salesdesk.errors import UserError
from salesdesk.i18n import translate

MIN_SIZE = (320, 240)
MAX_SIZE = (7680, 4320)
"""The window sizes a screenshot may have: below the minimum nothing is legible, above the
maximum (8K) the picture only costs memory."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "view",
        help=translate(
            "Cli",
            "board, leads, contacts, followups, referrals, dashboard, imports, "
            "welcome, lead:ID, contact:ID, ...",
        ),
    )
    parser.add_argument("out", metavar="OUT.png", help=translate("Cli", "PNG file to write"))
    parser.add_argument(
        "--size",
        default="1440x900",
        help=translate("Cli", "window size, e.g. 1440x900"),
    )


def run(args: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", args.size)
    if not match:
        raise UserError(translate("Cli", "--size must look like 1440x900, not {size}").format(size=args.size))
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise UserError(
            translate("Cli", "--size must be from {min} to {max} pixels, not {size}").format(
                min="{}x{}".format(*MIN_SIZE), max="{}x{}".format(*MAX_SIZE), size=args.size
            )
        )
    kind, _, arg = args.view.partition(":")
    if kind in ("lead", "contact") and arg.lstrip("-").isdigit():
        try:
            record_id(arg)
        except argparse.ArgumentTypeError as error:
            raise UserError(f"{args.view}: {error}") from None
    from salesdesk.gui import take_screenshot

    return take_screenshot(
        db=getattr(args, "db", None),
        lang=getattr(args, "lang", None),
        view=args.view,
        out=args.out,
        size=(width, height),
    )


COMMAND = Command("screenshot", translate("Cli", "render a view to a PNG file"), configure, run)
