"""One way to split a name (issue "one rule in one place"): every place that creates a
person from a typed name gets the same first and last name."""

from __future__ import annotations

import pytest

from salesdesk.crm import board, capture, referrals
from salesdesk.crm.funnel import stages
from salesdesk.crm.names import display_name, split_name
from salesdesk.db.models import Contact
from salesdesk.sheets.normalise import split_full_name

CASES = [
    ("Anna-Liisa Virtanen", ("Anna-Liisa", "Virtanen")),
    ("Anna Maria Virtanen", ("Anna Maria", "Virtanen")),
    ("Maria de la Cruz", ("Maria", "de la Cruz")),
    ("Virtanen, Anna", ("Anna", "Virtanen")),
    ("Virtanen,Anna-Liisa", ("Anna-Liisa", "Virtanen")),
    ("  Matti   Virtanen ", ("Matti", "Virtanen")),
    ("Madonna", ("Madonna", "")),
    ("", ("", "")),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


def test_surname_first_columns_and_display() -> None:
    assert split_name("Virtanen Anna Liisa", last_first=True) == ("Anna Liisa", "Virtanen")
    assert display_name("Virtanen, Anna") == "Anna Virtanen"
    assert display_name("Maria  de la Cruz") == "Maria de la Cruz"
    # The importer splits the same way (after fixing the case and dropping titles).
    assert split_full_name("Maria de la Cruz") == ("Maria", "de la Cruz")
    assert split_full_name("VIRTANEN, ANNA-LIISA") == ("Anna-Liisa", "Virtanen")
    assert split_full_name("Dr. Anna Maria Virtanen") == ("Anna Maria", "Virtanen")


NAMES = ["Anna Maria Virtanen", "Maria de la Cruz", "Virtanen, Anna", "Anna-Liisa Virtanen"]
EXPECTED = [
    ("Anna Maria", "Virtanen"),
    ("Maria", "de la Cruz"),
    ("Anna", "Virtanen"),
    ("Anna-Liisa", "Virtanen"),
]


def _parts(s, contact_id: int) -> tuple[str, str, str]:
    c = s.get(Contact, contact_id)
    return c.first_name, c.last_name, c.name


def test_board_capture_and_referrals_split_alike(db) -> None:
    with db.transaction() as s:
        suspect = next(x for x in stages(s) if x.key == "suspect")
        referrer = Contact(name="Ville Suosittelija")
        s.add(referrer)
        s.flush()
        got: dict[str, list[tuple[str, str, str]]] = {"board": [], "capture": [], "referral": []}
        for name in NAMES:
            lead = board.quick_create(s, stage_id=suspect.id, title="Liidi", contact_name=name)
            got["board"].append(_parts(s, lead.contact_id))
            made = capture.capture_visitor(s, event="Slush 2026", name=name)
            got["capture"].append(_parts(s, made.contact_id))
            ref = referrals.add_referral(s, referrer.id, name=name)
            got["referral"].append(_parts(s, ref.referred_contact_id))
    for where, parts in got.items():
        assert [(f, la) for f, la, _ in parts] == EXPECTED, where
        assert parts[2][2] == "Anna Virtanen", where  # the comma form is stored "first last"
