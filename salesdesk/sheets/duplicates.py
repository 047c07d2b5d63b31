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


@dataclass
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


@dataclass(frozen=True)
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

    def add(self, c: Candidate) -> None:
        for e in c.emails:
            if e:
                self.emails.setdefault(e, c.key)
        for p in c.phones:
            if p:
                self.phones.setdefault(p, c.key)
        nk = name_key(c.first_name, c.last_name)
        if c.business_id:
            self.business_ids[c.business_id].setdefault("" if c.is_organization else nk, c.key)
        ok = org_key(c.organization)
        if ok and nk and not c.is_organization:
            self.orgs[ok].setdefault(nk, c.key)

    def find(self, c: Candidate) -> Match | None:
        for e in c.emails:
            k = self.emails.get(e)
            if k is not None and k != c.key:
                return Match(k, True, "email")
        for p in c.phones:
            k = self.phones.get(p)
            if k is not None and k != c.key:
                return Match(k, True, "phone")
        nk = name_key(c.first_name, c.last_name)
        if c.business_id:
            # An organization by its business ID; a person only with the same name as well
            # (colleagues share their employer's business ID).
            block = self.business_ids.get(c.business_id)
            if block:
                key = block.get("" if c.is_organization else nk) if (nk or c.is_organization) else None
                if key is not None and key != c.key:
                    return Match(key, True, "business_id")
        ok = org_key(c.organization)
        if ok and nk and not c.is_organization:
            block = self.orgs.get(ok)
            if block:
                exact = block.get(nk)
                if exact is not None and exact != c.key:
                    return Match(exact, False, "name", 100.0)
                best = process.extractOne(
                    nk, block.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=LIKELY_SCORE
                )
                if best is not None and block[best[0]] != c.key:
                    return Match(block[best[0]], False, "name", round(float(best[1]), 1))
        return None


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
        m = existing.find(c) if existing is not None else None
        if m is None or not m.sure:
            m2 = within.find(c)
            if m2 is not None and (m is None or m2.sure):
                m = m2
        out.append(m)
        if m is None or not m.in_file:
            # rows that duplicate an earlier row are merged into it, not indexed again
            within.add(
                Candidate(
                    ("row", i),
                    c.emails,
                    c.phones,
                    c.business_id,
                    c.first_name,
                    c.last_name,
                    c.organization,
                    c.is_organization,
                )
            )
    return out


def describe(match: Match, labels: Mapping[str, str]) -> str:
    return labels.get(match.reason, match.reason)
