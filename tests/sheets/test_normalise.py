from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesdesk.sheets import normalise as nm


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        (401234567, "FI", "+358401234567"),
        (401234567.0, "FI", "+358401234567"),
        ("0456531257", "FI", "+358456531257"),
        ("+358 40 5375049", "FI", "+358405375049"),
        ("00358 40 5375049", "FI", "+358405375049"),
        ("070 7086 0753", "GB", "+447070860753"),
    ],
)
def test_phone_e164(raw, region, expected):
    assert nm.phone_value(raw, region) == (expected, None)


def test_phone_garbage_is_an_error_and_odd_numbers_are_kept():
    value, problem = nm.phone_value("ei puhelinta")
    assert value is None and problem is not None and problem.error
    value, problem = nm.phone_value("867-5309", "US")
    assert value == "867-5309" and problem is not None and not problem.error


def test_emails():
    col, problems = nm.email_column(
        ["A.B@Example.FI", "x(at)y.fi", "", '[{"label":"work","value":"w@x.fi"}]', "a@b.fi; c@d.fi"]
    )
    assert col == [["a.b@example.fi"], [], [], ["w@x.fi"], ["a@b.fi", "c@d.fi"]]
    assert set(problems) == {1}


def test_ytunnus():
    assert nm.ytunnus_valid("1861700-9")
    assert not nm.ytunnus_valid("1234567-8")
    assert nm.business_id_value("FI18617009") == ("1861700-9", None)
    assert nm.business_id_value("BE0477472701") == ("BE0477472701", None)


def test_names():
    assert nm.split_full_name("Matti Virtanen") == ("Matti", "Virtanen")
    assert nm.split_full_name("Virtanen, Matti") == ("Matti", "Virtanen")
    assert nm.split_full_name("Virtanen Matti", last_first=True) == ("Matti", "Virtanen")
    assert nm.split_full_name("Mr. Ludwig van Beethoven") == ("Ludwig", "van Beethoven")
    assert nm.detect_last_first(["Virtanen Matti", "Koskinen Hanna", "Laine Antti"])
    assert not nm.detect_last_first(["Matti Virtanen", "Hanna Koskinen", "Laine Antti"])
    assert nm.fix_case("KOSKINEN") == "Koskinen" and nm.fix_case("McDonald") == "McDonald"


def test_dates_money_temperature_postal():
    col, _ = nm.date_column(["27.11.2026", 46353, "2026-11-27", "11/27/2026", date(2026, 1, 2)])
    assert col[0] == date(2026, 11, 27) and col[2] == date(2026, 11, 27) and col[3] == date(2026, 11, 27)
    assert col[1] == date(2026, 11, 27)
    assert nm.money_cents("1 234,50 €")[0] == 123450
    assert nm.money_cents("$1,234.50")[0] == 123450
    assert nm.money_cents(20000)[0] == 2000000
    assert [nm.temperature_value(w)[0] for w in ("kuuma", "Lämmin", "KYLMÄ", "hot", "Warm")] == [
        "hot",
        "warm",
        "cold",
        "hot",
        "warm",
    ]
    assert nm.postal_value(100.0, "FI") == "00100"
    assert nm.postal_value("2100", "FI") == "02100"
    assert nm.postal_value(94523, "US") == "94523"


messy_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            messy_text, st.integers(-(10**12), 10**12), st.floats(allow_nan=True), st.none(), st.booleans()
        ),
        max_size=20,
    )
)
def test_normalisers_never_crash(values):
    nm.email_column(values)
    nm.phone_column(values)
    nm.date_column(values)
    nm.map_column(values, nm.temperature_value)
    nm.map_column(values, nm.money_cents)
    nm.map_column(values, nm.business_id_value)
    for v in values:
        nm.postal_value(v, "FI")
        nm.split_full_name(nm.fold(v))


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A0?(40|44|45|46|50)[0-9]{7}\Z"))
def test_finnish_mobiles_roundtrip(number):
    national = number if number.startswith("0") else "0" + number
    expected = "+358" + national[1:]
    assert nm.phone_value(number)[0] == expected
    assert nm.phone_value(int(number))[0] == expected  # Excel dropped the zero
    spaced = f"{national[:3]} {national[3:6]} {national[6:]}"
    assert nm.phone_value(spaced)[0] == expected


@settings(max_examples=200, deadline=None)
@given(st.emails())
def test_generated_emails_are_lowercased_when_valid(address):
    col, problems = nm.email_column([address.upper()])
    if not problems:
        assert col[0] and col[0][0] == col[0][0].lower()


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["FI", "SE", "GB", "DE", "US", "FR"]), st.from_regex(r"\A\+?0?[0-9]{4,12}\Z"))
def test_fast_phone_path_agrees_with_phonenumbers(region, digits):
    import phonenumbers

    fast = nm._fast_number(digits, region)
    if fast is not None:
        parsed = phonenumbers.parse(fast, None)
        assert phonenumbers.is_valid_number(parsed)
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == fast


@pytest.mark.parametrize("value", ["²", "①", "³½", "٣٤", "12²"])
def test_unicode_digit_lookalikes_are_not_numbers(value):
    # str.isdigit() is true for "²", which int() and float() refuse: no crash on such cells.
    nm.date_column([value])
    nm.map_column([value], nm.money_cents)
    nm.phone_value(value)
    nm.postal_value(value, "FI")
    nm.int_value(value)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=0, max_size=70),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(
        [
            "fi",
            "com",
            "se",
            "local",
            "test",
            "arpa",
            "onion",
            "invalid",
            "localhost",
            "x",
            "123",
            "a1",
            "xn--p1ai",
        ]
    ),
)
def test_plain_domains_judged_by_shape_as_email_validator_judges_them(labels, tld):
    """The shape shortcut in ``_domain_ok`` never disagrees with email-validator itself."""
    from email_validator import EmailNotValidError, validate_email

    from salesdesk.sheets.normalise import _domain_ok

    domain = ".".join([*labels, tld])
    try:
        expected = validate_email("a@" + domain, check_deliverability=False).domain.lower()
    except EmailNotValidError:
        expected = None
    assert _domain_ok(domain) == expected
