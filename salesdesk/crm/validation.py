"""Checking what a user types about a contact: phones, e-mails, web addresses, Y-tunnus.

Every checker returns a ``Checked``: the value to store (normalised) when it is valid, or a
translated message saying what is wrong. An empty input is valid (the field is optional).
The forms show the message at the field; the importer uses the same functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from salesdesk.i18n import translate


@dataclass(frozen=True)
class Checked:
    """The outcome of a check: ``value`` to store, or ``error`` (translated) to show."""

    value: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def check_phone(text: str, region: str = "FI") -> Checked:
    """A phone number as E.164 ("+358401234567"); national numbers use ``region``."""
    raw = text.strip()
    if not raw:
        return Checked("")
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region or "FI")
    except phonenumbers.NumberParseException:
        return Checked(raw, translate("Validation", "This does not look like a phone number."))
    if not phonenumbers.is_possible_number(number):
        return Checked(raw, translate("Validation", "The phone number has too few or too many digits."))
    if not phonenumbers.is_valid_number(number):
        return Checked(raw, translate("Validation", "This phone number does not exist."))
    return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def display_phone(e164: str, region: str = "FI") -> str:
    """How a stored number is shown: national format at home, international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, region or "FI")
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == (region or "FI"):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_email(text: str) -> Checked:
    """An e-mail address, syntax only (no network); the domain is lower-cased."""
    raw = text.strip()
    if not raw:
        return Checked("")
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError:
        return Checked(raw, translate("Validation", "This is not a valid e-mail address."))
    return Checked(result.normalized)


_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.IGNORECASE)


def check_url(text: str) -> Checked:
    """A web address; "example.fi" becomes "https://example.fi"."""
    raw = text.strip()
    if not raw:
        return Checked("")
    candidate = raw if re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.IGNORECASE) else "https://" + raw
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in ("http", "https") or " " in raw:
        return Checked(raw, translate("Validation", "This is not a valid web address."))
    host = parts.hostname or ""
    try:
        host_ascii = host.encode("idna").decode("ascii")
    except UnicodeError:
        host_ascii = ""
    if not _HOST.match(host_ascii):
        return Checked(raw, translate("Validation", "This is not a valid web address."))
    return Checked(candidate)


def check_linkedin(text: str) -> Checked:
    """A LinkedIn profile or company page address."""
    checked = check_url(text)
    if not checked.ok or not checked.value:
        return checked
    host = (urlsplit(checked.value).hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return Checked(text.strip(), translate("Validation", "This is not a LinkedIn address."))
    return checked


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(first7: str) -> int | None:
    """The Y-tunnus check digit of seven digits, or None when no valid digit exists."""
    remainder = sum(int(d) * w for d, w in zip(first7, _WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def check_business_id(text: str) -> Checked:
    """A Finnish business ID (Y-tunnus) "1234567-8" with its check digit verified."""
    raw = text.strip().replace(" ", "")
    if not raw:
        return Checked("")
    if raw.upper().startswith("FI") and raw[2:].isdecimal() and len(raw) == 10:
        raw = f"{raw[2:9]}-{raw[9]}"  # VAT number FI12345678 -> 1234567-8
    match = re.fullmatch(r"(\d{6,7})-(\d)", raw)
    if match is None:
        return Checked(raw, translate("Validation", "A business ID is written as 1234567-8."))
    first = match.group(1).rjust(7, "0")
    expected = business_id_check_digit(first)
    if expected is None or expected != int(match.group(2)):
        return Checked(raw, translate("Validation", "The check digit of this business ID is wrong."))
    return Checked(f"{first}-{match.group(2)}")
