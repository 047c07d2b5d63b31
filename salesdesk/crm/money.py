"""Money is integer cents plus a currency; formatting for the command line.

(The window formats with QLocale.toCurrencyString.)
"""

from __future__ import annotations

from salesdesk.i18n import language

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


def parse_money(text: str) -> int:
    """ "1 234,50" / "1,234.50" / "1234" / "1 234,50 €" -> cents. Raises ValueError."""
    cleaned = "".join(ch for ch in text if ch.isdecimal() or ch in ",.-")
    if not cleaned or cleaned in "-,.":
        raise ValueError(text)
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = (head.replace(",", "") + "." + tail) if len(tail) != 3 else cleaned.replace(",", "")
    return round(float(cleaned) * 100)
