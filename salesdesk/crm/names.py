"""A person's name into first and last name, once: the board's quick create, the lead and
contact forms, quick capture, referrals and the spreadsheet importer all split here.

- "Anna-Liisa Virtanen" -> ("Anna-Liisa", "Virtanen"); several given names stay together:
  "Anna Maria Virtanen" -> ("Anna Maria", "Virtanen") (the last word is the surname);
- particles belong to the surname: "Maria de la Cruz" -> ("Maria", "de la Cruz"),
  "Ludwig van Beethoven" -> ("Ludwig", "van Beethoven");
- the comma form is surname first: "Virtanen, Anna" -> ("Anna", "Virtanen"),
  "Virtanen," -> ("", "Virtanen");
- ``last_first=True`` (a column written "Virtanen Anna"): the first word is the surname;
- a single word is a first name: "Madonna" -> ("Madonna", "").
"""

from __future__ import annotations

SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "la", "da", "di", "del", "af"})


def split_name(name: str, last_first: bool = False) -> tuple[str, str]:
    """(first name, last name) of a person's full name, as typed (no case changes)."""
    name = " ".join(name.split())
    if not name:
        return "", ""
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    tokens = name.split(" ")
    if len(tokens) == 1:
        return tokens[0], ""
    if last_first:
        return " ".join(tokens[1:]), tokens[0]
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].casefold() in SURNAME_PARTICLES:
        i -= 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


def person_display_name(first: str, last: str) -> str:
    """The name shown for a person: "first last" (either may be empty)."""
    return " ".join(p for p in (first.strip(), last.strip()) if p)


def display_name(name: str) -> str:
    """A typed name as it is shown and stored: "Virtanen, Anna" -> "Anna Virtanen",
    spaces collapsed; other names unchanged."""
    return person_display_name(*split_name(name))


__all__ = ["SURNAME_PARTICLES", "display_name", "person_display_name", "split_name"]
