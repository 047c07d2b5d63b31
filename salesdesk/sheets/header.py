"""Finding the header row and turning it into clean, unique column names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from salesdesk.i18n import translate
from salesdesk.sheets.mapping import SYNONYMS, norm_header
from salesdesk.sheets.readers import Row, cell_text

_SCAN_ROWS = 30
_NUMERIC = re.compile(r"^[\s+\-]?[\d\s.,:/%€$()-]+$")


@dataclass(frozen=True)
class Header:
    row_index: int  # 0-based index of the header row in the sheet's rows
    names: list[str]  # one clean, unique name per column
    raw: list[str]  # the header cells as written
    width: int  # number of columns (header or data, whichever is wider)
    # columns hidden in the workbook; column i of the header is sheet column i (A = 0)
    hidden: frozenset[int] = frozenset()
    # the text of the rows above the header ("Teollisuusmessut 2026 – kävijäliidit"), in order
    title_rows: tuple[str, ...] = ()

    def is_hidden(self, column: int) -> bool:
        return column in self.hidden

    def hidden_names(self) -> list[str]:
        """The names of the hidden columns, in sheet order."""
        return [self.names[i] for i in sorted(self.hidden)]


def _filled(row: Row) -> list[str]:
    return [t for t in (cell_text(v).strip() for v in row) if t]


def _row_score(row: Row) -> float:
    texts = _filled(row)
    if len(texts) < 2:
        return len(texts) * 0.1
    score = 0.0
    for t in texts:
        if "@" in t or _NUMERIC.match(t) or len(t) > 60:
            score -= 1.0
            continue
        score += 1.0
        if SYNONYMS.get(norm_header(t.rstrip("*"))):
            score += 2.0
    distinct = len({t.casefold() for t in texts})
    if distinct < len(texts) / 2:
        score -= len(texts) - distinct
    return score


def detect_header_row(rows: list[Row]) -> int | None:
    """0-based index of the header: the best-scoring text row among the first rows.

    Title rows ("Teollisuusmessut 2026"), logos and blank lines fill one cell or none and
    score low; data rows hold numbers, e-mails and dates. Returns None when no row has at
    least two text cells.
    """
    best, best_score = None, 0.5
    for i, row in enumerate(rows[:_SCAN_ROWS]):
        score = _row_score(row)
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best


def column_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def build_header(
    rows: list[Row],
    row_index: int,
    merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
    hidden: set[int] | frozenset[int] | None = None,
) -> Header:
    """Clean names for every column that has a header or any data below it.

    Columns are never dropped or moved: name ``i`` belongs to sheet column ``i``, so the
    workbook's ``hidden`` columns (0-based) carry over as they are, limited to the header's
    width (a hidden column with neither header nor data is not a column of the import).
    """
    header_row = list(rows[row_index]) if row_index < len(rows) else []
    body = rows[row_index + 1 :]
    data_width = 0
    for r in body:
        n = len(r)
        while n and (r[n - 1] == "" or r[n - 1] is None):
            n -= 1
        data_width = max(data_width, n)
    raw = [cell_text(v).strip() for v in header_row]
    while raw and not raw[-1]:
        raw.pop()
    width = max(len(raw), data_width)
    raw += [""] * (width - len(raw))

    # Merged header cells: the value sits in the first cell; name the rest after it.
    spans: dict[int, str] = {}
    for (r0, c0), (r1, c1) in merged or []:
        if r0 <= row_index <= r1 and c0 < width and raw[c0]:
            for c in range(c0 + 1, min(c1 + 1, width)):
                if not raw[c]:
                    spans[c] = raw[c0]
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, text in enumerate(raw):
        name = re.sub(r"\s+", " ", text).strip().rstrip("*").strip()
        if not name and i in spans:
            name = spans[i]
        if not name:
            name = translate("Import", "Column {letter}").format(letter=column_letter(i))
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            name = f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        names.append(name)
    return Header(
        row_index=row_index,
        names=names,
        raw=raw,
        width=width,
        hidden=frozenset(i for i in hidden or () if 0 <= i < width),
        title_rows=tuple(
            text
            for above in rows[:row_index][:10]
            if (text := " ".join(cell_text(v).strip() for v in above if cell_text(v).strip()))
        ),
    )
