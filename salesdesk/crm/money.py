"""Money is integer cents plus a currency; formatting for the command line, and the one
parser of amounts typed or found in a spreadsheet (``parse_amount``).

(The window formats with QLocale.toCurrencyString.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from salesdesk.i18n import language, translate

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "SEK": "kr", "NOK": "kr"}


def format_money(cents: int, currency: str = "EUR", lang: str | None = None) -> str:
    """1234.50 EUR -> "1 234,50 €" in Finnish, "€1,234.50" in English."""
    lang = lang or language()
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    symbol = _SYMBOLS.get(currency, currency)
    if lang == "fi":
        grouped = f"{whole:,}".replace(",", "\u00a0")
        return f"{sign}{grouped},{part:02d}\u00a0{symbol}"
    grouped = f"{whole:,}"
    if symbol == currency:
        return f"{sign}{grouped}.{part:02d} {currency}"
    return f"{sign}{symbol}{grouped}.{part:02d}"


# -- parsing -------------------------------------------------------------------------------------

#: The largest amount a 64-bit cents column holds.
MAX_CENTS = 2**63 - 1

# Currency signs and codes a cell may name (before or after the number), upper-cased.
_CURRENCIES = {
    "€": "EUR",
    "EUR": "EUR",
    "EURO": "EUR",
    "EUROA": "EUR",
    "EUROS": "EUR",
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "KR": "SEK",
    "KR.": "SEK",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "CHF": "CHF",
    "JPY": "JPY",
    "¥": "JPY",
}
_CURRENCY_RE = "|".join(re.escape(k) for k in sorted(_CURRENCIES, key=len, reverse=True))
# Spaces that group digits: normal, non-breaking, narrow non-breaking, thin, figure, punctuation.
_SPACES = re.compile(r"[\s\u00a0\u2007\u2008\u2009\u202f\u205f]+")
_SHAPE = re.compile(
    rf"""^(?P<sign1>[-\u2212+]?)
    (?:(?P<cur1>{_CURRENCY_RE})\ ?)?
    (?P<sign2>[-\u2212+]?)
    (?P<number>[0-9.,][0-9 .,']*)
    (?:\ ?(?P<cur2>{_CURRENCY_RE}))?
    (?P<sign3>-?)$""",
    re.IGNORECASE | re.VERBOSE,
)
# A whole number written with thousands groups: 1 234 / 1.234 / 1,234 / 1'234.
_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?P<sep>[ .,'])[0-9]{3}(?:(?P=sep)[0-9]{3})*$")


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str | None  # the currency the text named, else None


class MoneyError(ValueError):
    """Text that is not an amount of money; ``message`` says why, for a salesperson."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _not_money(text: str) -> MoneyError:
    return MoneyError(translate("Money", "“{value}” is not an amount of money").format(value=text))


def _too_large(text: str) -> MoneyError:
    return MoneyError(
        translate("Money", "“{value}” is too large to be an amount of money").format(value=text)
    )


def negative_error(text: str) -> MoneyError:
    return MoneyError(
        translate("Money", "“{value}” is below zero; an amount here cannot be negative").format(value=text)
    )


def _to_cents(amount: Decimal, shown: str) -> int:
    if not amount.is_finite():
        raise _not_money(shown)
    if abs(amount) >= Decimal(MAX_CENTS) / 100:
        raise _too_large(shown)
    return int((amount * 100).to_integral_value(ROUND_HALF_UP))


def _number(core: str, shown: str) -> Decimal:
    """The number written with digits, group separators and a decimal mark, or ``MoneyError``.

    A last ``.`` or ``,`` followed by one or two digits is the decimal mark; followed by three,
    it groups thousands (money has two decimals), and then every separator must be the same
    one with groups of three: "1.234" and "1,234" are 1234, "1.234.567" too."""
    core = core.strip()
    if core.isdigit():
        return Decimal(core)
    head, mark, tail = core, "", ""
    cut = max(core.rfind("."), core.rfind(","))
    if cut >= 0:
        head, mark, tail = core[:cut], core[cut], core[cut + 1 :]
    if tail.isdigit() and 1 <= len(tail) <= 2:
        grouped = _GROUPED.match(head)
        if head == "" or head.isdigit() or (grouped is not None and grouped.group("sep") != mark):
            return Decimal(re.sub(r"[ .,']", "", head) or "0") + Decimal(tail) / 10 ** len(tail)
        raise _not_money(shown)
    if _GROUPED.match(core) is not None:
        return Decimal(re.sub(r"[ .,']", "", core))
    raise _not_money(shown)


def parse_amount(value: Any, *, allow_negative: bool = True) -> Money:
    """An amount of money from a cell or a typed text, in Finnish or English writing.

    Accepts "1 234,50 €", "1.234,50", "€1,234.50", "1,234", "1234.5", "12 000 €", "EUR 100",
    "100 kr", "$91,710", non-breaking and thin spaces between groups, a decimal comma or point,
    a leading or trailing minus and "(100)" for a negative amount. A number cell is taken as
    it is. Anything else ("1e9", "0x10", "31.12.2025", an amount that needs more than 64-bit
    cents) raises ``MoneyError`` whose ``message`` a salesperson understands.
    """
    if isinstance(value, bool) or value is None:
        raise _not_money("" if value is None else str(value))
    if isinstance(value, int):
        amount = Decimal(value)
        shown = str(value)
        currency = None
    elif isinstance(value, float):
        shown = repr(value)
        if value != value or value in (float("inf"), float("-inf")):
            raise _not_money(shown)
        amount = Decimal(repr(value))
        currency = None
    elif isinstance(value, Decimal):
        amount, shown, currency = value, str(value), None
    else:
        shown = _SPACES.sub(" ", str(value)).strip()
        text = shown
        negative = False
        if text.startswith("(") and text.endswith(")"):
            text, negative = text[1:-1].strip(), True
        m = _SHAPE.match(text)
        if m is None or not any(c.isdigit() for c in m.group("number")):
            raise _not_money(shown)
        signs = [s for s in (m.group("sign1"), m.group("sign2"), m.group("sign3")) if s]
        if len(signs) > 1 or (negative and signs) or (m.group("cur1") and m.group("cur2")):
            raise _not_money(shown)
        if signs and signs[0] in "-\u2212":
            negative = True
        cur = m.group("cur1") or m.group("cur2")
        currency = _CURRENCIES[cur.upper()] if cur else None
        amount = _number(m.group("number"), shown)
        if negative:
            amount = -amount
    cents = _to_cents(amount, shown)
    if cents < 0 and not allow_negative:
        raise negative_error(shown)
    return Money(cents, currency)


def parse_money(text: str) -> int:
    """ "1 234,50" / "1,234.50" / "1234" / "1 234,50 €" -> cents. Raises ``MoneyError``
    (a ``ValueError``) for anything that is not an amount of money (``parse_amount``)."""
    return parse_amount(text).cents
