"""Field checks of the contact form and the importer."""

from __future__ import annotations

import pytest

from salesdesk import i18n
from salesdesk.crm.validation import (
    business_id_check_digit,
    check_business_id,
    check_email,
    check_linkedin,
    check_phone,
    check_url,
    display_phone,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("040 123 4567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("00358401234567", "+358401234567"),
        ("09 1234 567", "+35891234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("", ""),
    ],
)
def test_phone_to_e164(typed: str, stored: str) -> None:
    checked = check_phone(typed, "FI")
    assert checked.ok and checked.value == stored


@pytest.mark.parametrize("typed", ["abc", "040", "+358 40 123 4567 8901 23"])
def test_bad_phone_has_a_message(typed: str) -> None:
    checked = check_phone(typed, "FI")
    assert not checked.ok and checked.error


def test_phone_display_national_at_home() -> None:
    assert display_phone("+358401234567", "FI") == "040 1234567"
    assert display_phone("+46701234567", "FI").startswith("+46")


def test_email() -> None:
    assert check_email(" Anna.Virtanen@Example.FI ").value == "Anna.Virtanen@example.fi"
    bad = check_email("anna@@example")
    assert not bad.ok and "e-mail" in bad.error


def test_url_and_linkedin() -> None:
    assert check_url("example.fi").value == "https://example.fi"
    assert check_url("http://www.yritys.fi/yhteys").ok
    assert not check_url("not a url").ok
    assert not check_url("ftp://example.fi").ok
    assert check_linkedin("linkedin.com/in/anna").value == "https://linkedin.com/in/anna"
    assert not check_linkedin("https://example.com/in/anna").ok


def test_business_id_checksum() -> None:
    # 0737546-2 (Nokia Oyj): 0*7+7*9+3*10+7*5+5*8+4*4+6*2 = 196, 196 % 11 = 9, 11-9 = 2
    assert business_id_check_digit("0737546") == 2
    assert check_business_id("0737546-2").value == "0737546-2"
    assert check_business_id("737546-2").value == "0737546-2"
    assert check_business_id("FI07375462").value == "0737546-2"
    wrong = check_business_id("0737546-3")
    assert not wrong.ok and "check digit" in wrong.error
    assert not check_business_id("12345").ok


def test_messages_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        i18n, "_catalog", lambda lang: {"Validation": {"This is not a valid e-mail address.": "X"}}
    )
    i18n.set_language("fi")
    assert check_email("nope").error == "X"
