"""Finding duplicates within a file and against existing contacts.

Sure matches: the same e-mail, the same E.164 phone, or the same business ID (for an
organization, or for a person whose name is also similar). Likely matches: a similar name
(rapidfuzz) at the same organization. Lookups are dictionaries; the fuzzy comparison only
runs inside one organization's block, so it stays fast on 100,000 rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

LIKELY_SCORE = 85.0

_ORG_SUFFIX = re.compile(r"\b(oy|oyj|ab|ky|tmi|ay|ltd|inc|llc|gmbh|co|corp|as|sa|bv|plc)\b\.?")


@lru_cache(maxsize=200_000)
def org_key(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _ORG_SUFFIX.sub(" ", s)
    return re.sub(r"[^0-9a-z]+", "", s)


@lru_cache(maxsize=200_000)
def name_key(first: str | None, last: str | None) -> str:
    s = f"{first or ''} {last or ''}".casefold().strip()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _sorted_words(name: str) -> str:
    return " ".join(sorted(name.split()))


@dataclass(slots=True)
class Candidate:
    """What duplicate detection needs to know about a contact (existing, or a row)."""

    key: Any  # contact id, or ("row", index)
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    business_id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    organization: str | None = None
    is_organization: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    key: Any  # existing contact id, or ("row", index) for an earlier row of the file
    sure: bool
    reason: str  # "email" | "phone" | "business_id" | "name"
    score: float = 100.0

    @property
    def in_file(self) -> bool:
        return isinstance(self.key, tuple) and self.key[:1] == ("row",)


@dataclass
class DuplicateIndex:
    emails: dict[str, Any] = field(default_factory=dict)
    phones: dict[str, Any] = field(default_factory=dict)
    business_ids: dict[str, dict[str, Any]] = field(default_factory=lambda: defaultdict(dict))
    orgs: dict[str, dict[str, Any]] = field(default_factory=lambda: defaultdict(dict))
    #: per organization, its names with their words sorted (``token_sort_ratio`` without
    #: re-sorting every name of the block for every row) and the key of each
    sorted_names: dict[str, tuple[list[str], list[Any]]] = field(default_factory=dict)

    def add(self, c: Candidate, key: Any = None, keys: tuple[str, str] | None = None) -> None:
        """Index ``c`` (under ``key`` instead of ``c.key`` if given; ``keys``: its
        precomputed ``(name_key, org_key)``)."""
        if key is None:
            key = c.key
        for e in c.emails:
            if e:
                self.emails.setdefault(e, key)
        for p in c.phones:
            if p:
                self.phones.setdefault(p, key)
        nk, ok = keys or _keys(c)
        if c.business_id:
            self.business_ids[c.business_id].setdefault("" if c.is_organization else nk, key)
        if ok and nk and not c.is_organization:
            block = self.orgs[ok]
            if nk not in block:
                block[nk] = key
                names, refs = self.sorted_names.setdefault(ok, ([], []))
                names.append(_sorted_words(nk))
                refs.append(key)

    def find(self, c: Candidate, keys: tuple[str, str] | None = None) -> Match | None:
        emails = self.emails
        for e in c.emails:
            k = emails.get(e)
            if k is not None and k != c.key:
                return Match(k, True, "email")
        phones = self.phones
        for p in c.phones:
            k = phones.get(p)
            if k is not None and k != c.key:
                return Match(k, True, "phone")
        nk, ok = keys or _keys(c)
        if c.business_id:
            # An organization by its business ID; a person only with the same name as well
            # (colleagues share their employer's business ID).
            block = self.business_ids.get(c.business_id)
            if block:
                key = block.get("" if c.is_organization else nk) if (nk or c.is_organization) else None
                if key is not None and key != c.key:
                    return Match(key, True, "business_id")
        if ok and nk and not c.is_organization:
            people = self.orgs.get(ok)
            if people:
                exact = people.get(nk)
                if exact is not None and exact != c.key:
                    return Match(exact, False, "name", 100.0)
                names, refs = self.sorted_names[ok]
                # fuzz.ratio of the word-sorted names is fuzz.token_sort_ratio of the names
                best = process.extractOne(
                    _sorted_words(nk), names, scorer=fuzz.ratio, processor=None, score_cutoff=LIKELY_SCORE
                )
                if best is not None and refs[best[2]] != c.key:
                    return Match(refs[best[2]], False, "name", round(float(best[1]), 1))
        return None


def _keys(c: Candidate) -> tuple[str, str]:
    return name_key(c.first_name, c.last_name), org_key(c.organization)


def build_index(existing: Iterable[Candidate]) -> DuplicateIndex:
    idx = DuplicateIndex()
    for c in existing:
        idx.add(c)
    return idx


def find_duplicates(
    rows: Sequence[Candidate | None], existing: DuplicateIndex | None = None
) -> list[Match | None]:
    """For each row: a match against existing contacts first, else against an earlier row.

    ``rows[i]`` may be None for rows that are skipped (invalid or empty).
    """
    within = DuplicateIndex()
    out: list[Match | None] = []
    for i, c in enumerate(rows):
        if c is None:
            out.append(None)
            continue
        keys = _keys(c)
        m = existing.find(c, keys) if existing is not None else None
        if m is None or not m.sure:
            m2 = within.find(c, keys)
            if m2 is not None and (m is None or m2.sure):
                m = m2
        out.append(m)
        if m is None or not m.in_file:
            # rows that duplicate an earlier row are merged into it, not indexed again
            within.add(c, ("row", i), keys)
    return out


def describe(match: Match, labels: Mapping[str, str]) -> str:
    return labels.get(match.reason, match.reason)
