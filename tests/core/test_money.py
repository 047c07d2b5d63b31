"""The one money parser (``crm.money.parse_amount``): Finnish and English writing, currencies,
and everything else refused with a message instead of being misread."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesdesk.crm.money import MAX_CENTS, Money, MoneyError, parse_amount, parse_money


@pytest.mark.parametrize(
    ("text", "cents", "currency"),
    [
        ("1 234,50 €", 123450, "EUR"),
        ("1.234,50", 123450, None),
        ("€1,234.50", 123450, "EUR"),
        ("1,234", 123400, None),
        ("1234.5", 123450, None),
        ("12 000 €", 1200000, "EUR"),
        ("EUR 100", 10000, "EUR"),
        ("100 EUR", 10000, "EUR"),
        ("100 kr", 10000, "SEK"),
        ("$91,710", 9171000, "USD"),
        ("£50", 5000, "GBP"),
        ("1\u00a0234,50\u00a0€", 123450, "EUR"),  # non-breaking spaces (Excel, Finnish)
        ("1\u2009234,50", 123450, None),  # thin space
        ("1\u202f234,50", 123450, None),  # narrow non-breaking space
        ("12,5", 1250, None),  # a decimal comma
        ("0,5", 50, None),
        ("1.234.567", 123456700, None),
        ("1,234,567.89", 123456789, None),
        ("20000", 2000000, None),
        ("-5", -500, None),
        ("(100)", -10000, None),
        (20000, 2000000, None),
        (1234.5, 123450, None),
    ],
)
def test_money_forms(text, cents, currency):
    assert parse_amount(text) == Money(cents, currency)


@pytest.mark.parametrize(
    "text",
    ["1e9", "1e400", "0x10", "31.12.2025", "1.2345", "0.123", "abc", "€", "1 000.000", "1..2", "", "12:30"],
)
def test_not_money_is_refused(text):
    # "1e9" was €19, "1e400" €1,400, "0x10" €10 and a date €31,122,025
    with pytest.raises(MoneyError) as err:
        parse_amount(text)
    assert "is not an amount of money" in err.value.message


def test_too_large_is_a_problem_not_an_overflow():
    with pytest.raises(MoneyError, match="too large"):
        parse_amount("99999999999999999999")
    with pytest.raises(MoneyError, match="too large"):
        parse_amount(1e300)
    with pytest.raises(MoneyError):
        parse_amount(float("inf"))
    assert parse_amount(str((MAX_CENTS - 1) // 100)).cents <= MAX_CENTS


def test_negative_refused_when_asked():
    with pytest.raises(MoneyError, match="cannot be negative"):
        parse_amount("-5", allow_negative=False)
    assert parse_amount("5", allow_negative=False).cents == 500


def test_parse_money_keeps_its_contract():
    assert parse_money("1 234,50 €") == 123450
    with pytest.raises(ValueError):
        parse_money("1e9")


@given(st.integers(min_value=0, max_value=10**15))
def test_written_amounts_round_trip(cents):
    whole, part = divmod(cents, 100)
    fi = f"{whole:,}".replace(",", "\u00a0") + f",{part:02d} €"
    en = f"€{whole:,}.{part:02d}"
    assert parse_amount(fi) == Money(cents, "EUR")
    assert parse_amount(en) == Money(cents, "EUR")
