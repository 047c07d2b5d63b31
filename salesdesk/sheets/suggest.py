"""What a sheet says about itself: the source and event it suggests, and a lead's title.

A trade-show sheet usually carries its event in a title row above the header
("Teollisuusmessut 2026 – kävijäliidit"); a bought prospect list carries a vendor's
company columns (Y-tunnus, toimiala, henkilöstö). The import wizard pre-selects the
suggested source and shows why, for the user to confirm; ``salesdesk import`` uses it when
no ``--source`` is given. A lead is titled from the sheet's own title column, else from the
event and the company ("Teollisuusmessut 2026 · Konepaja Virtanen Oy"), never from the
file's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from salesdesk.crm.labels import label
from salesdesk.db.enums import LeadSource
from salesdesk.i18n import translate

# Words that say "trade show" in a title row or a file name (Finnish and English).
_FAIR = re.compile(
    r"(messu|messut|messuil|messuosasto|näyttely|fair|expo|trade[ _-]?show|tradeshow|exhibition|\bshow\b)",
    re.IGNORECASE,
)
# Company columns that bought prospect lists carry (by header text, any case).
_VENDOR_HEADERS = (
    "toimiala",
    "henkilöstö",
    "henkilöstömäärä",
    "liikevaihto",
    "liikevaihtoluokka",
    "industry",
    "employees",
    "revenue",
    "turnover",
    "sic",
    "nace",
    "tol",
    "company size",
)
_VENDOR_FIELDS = ("business_id",)
# A title row's generic tail: "Teollisuusmessut 2026 – kävijäliidit" -> "Teollisuusmessut 2026".
_TAIL = re.compile(r"\s+[–—-]\s+.*$")
MAX_DETAIL = 200


@dataclass(frozen=True, slots=True)
class SourceSuggestion:
    source: str | None  # a LeadSource code, or None when the sheet gives no clue
    detail: str  # the event or list name for source_detail ("" if none)
    reason: str  # translated: why, for the wizard to show


def event_name(title_rows: Iterable[str]) -> str:
    """The event named by the first title row, without a generic tail after a dash."""
    for text in title_rows:
        text = " ".join(text.split())
        if text:
            return _TAIL.sub("", text)[:MAX_DETAIL].strip()
    return ""


def suggest_source(
    path: str | Path, title_rows: Iterable[str], headers: Iterable[str], fields: Iterable[str | None]
) -> SourceSuggestion:
    """Trade show when a title row or the file's name says so; purchased list when the
    columns are a vendor's company data; otherwise no suggestion."""
    titles = [" ".join(t.split()) for t in title_rows if t and t.strip()]
    stem = Path(path).stem.replace("_", " ")
    event = event_name(titles)
    fair_title = next((t for t in titles if _FAIR.search(t)), None)
    if fair_title is not None or _FAIR.search(stem):
        why = (
            translate("Import", "The sheet's title says “{text}”.").format(text=fair_title)
            if fair_title
            else translate("Import", "The file's name says “{text}”.").format(text=Path(path).name)
        )
        return SourceSuggestion(LeadSource.TRADE_SHOW.value, event, why)
    lowered = {h.strip().casefold() for h in headers}
    vendor = sorted(h for h in lowered if h in _VENDOR_HEADERS)
    if vendor and any(f in _VENDOR_FIELDS for f in fields):
        why = translate("Import", "The columns are a company list's ({columns}).").format(
            columns=", ".join(vendor)
        )
        return SourceSuggestion(LeadSource.PURCHASED_LIST.value, event, why)
    return SourceSuggestion(None, event, "")


def lead_title(
    sheet_title: str | None, detail: str, source: str, company: str, person: str, *, both: bool = False
) -> str:
    """A lead's title: the sheet's own title column, else "<event or source> · <company>"
    (``both``: "<company>, <person>", for a company with several people in the sheet)."""
    if sheet_title:
        return sheet_title
    who = f"{company}, {person}" if both and company and person else company or person
    where = detail or label(source)
    return f"{where} · {who}" if who else where
