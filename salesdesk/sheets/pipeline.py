"""The import pipeline without the database: read → header → mapping → normalise → duplicates.

``analyse()`` returns an :class:`Analysis`: every data row sorted into new / update /
duplicate / likely duplicate / invalid, with its normalised values and the problems found.
The database side (``salesdesk.sheets.batch``) turns an analysis into an import batch.
"""

from __future__ import annotations

import gc
import os
from bisect import bisect_left, insort
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salesdesk.errors import UserError
from salesdesk.i18n import translate
from salesdesk.sheets import normalise as nm
from salesdesk.sheets.duplicates import Candidate, DuplicateIndex, Match, find_duplicates, org_key
from salesdesk.sheets.header import Header, build_header, detect_header_row
from salesdesk.sheets.mapping import FIELDS, MULTI_FIELDS, auto_map, header_fingerprint, norm_header
from salesdesk.sheets.readers import Row, Sheet, cell_text, read_sheet

PREVIEW_ROWS = 200

#: Row statuses, in the order the preview shows them.
NEW, UPDATE, DUPLICATE, LIKELY, INVALID = "new", "update", "duplicate", "likely", "invalid"
STATUSES = (NEW, UPDATE, DUPLICATE, LIKELY, INVALID)

CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "organization",
    "business_id",
    "title",
    "email",
    "email2",
    "phone",
    "mobile",
    "street",
    "postal_code",
    "city",
    "country",
    "website",
    "linkedin",
    "notes",
)
LEAD_FIELDS = (
    "lead_title",
    "temperature",
    "expected_close",
    "met_on",
    "value_cents",
    "source_detail",
    "tags",
    "referred_by",
    "lead_notes",
    "stage",
    "owner",
    "lead_source",
)


@dataclass
class ImportOptions:
    sheet: str | int | None = None
    header_row: int | None = None  # 1-based, as Excel shows it
    mapping: Mapping[str, str | None] | None = None  # column name → field (overrides)
    remembered: Mapping[str, str | None] | None = None  # normalised header → field
    default_region: str = nm.DEFAULT_REGION
    unmapped_to_notes: bool = True
    # also copy the unmapped columns hidden in the workbook into the notes (off: a hidden
    # helper column of a bought list is not the contact's business; map it to import it)
    hidden_to_notes: bool = False
    max_rows: int | None = None  # read only this many rows (preview)
    #: leave duplicate detection to ``batch.run_import`` (which checks the database too)
    defer_duplicates: bool = False
    #: keep the sheet's cells of rows with warnings too, not only of invalid rows (the
    #: wizard's preview, where any row with a problem can be fixed)
    keep_warned_cells: bool = False


@dataclass
class CellProblem:
    row: int  # 1-based sheet row
    column: str | None  # column name, or None for the whole row
    message: str
    error: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class RowResult:
    index: int  # 0-based index among data rows
    row: int  # 1-based sheet row number
    values: dict[str, Any]
    is_organization: bool
    problems: list[CellProblem] = field(default_factory=list)
    status: str = NEW
    match: Match | None = None
    original: list[Any] = field(default_factory=list)

    @property
    def errors(self) -> list[CellProblem]:
        return [p for p in self.problems if p.error]

    @property
    def bad_columns(self) -> set[str]:
        return {p.column for p in self.problems if p.column}


@dataclass
class Analysis:
    path: Path
    sheet: str
    sheet_names: list[str]
    header: Header
    mapping: list[str | None]  # per column
    fingerprint: str
    rows: list[RowResult]
    empty_rows: int = 0
    truncated: bool = False
    last_first: bool = False

    @property
    def header_row(self) -> int:
        return self.header.row_index + 1

    def mapping_dict(self) -> dict[str, str | None]:
        return dict(zip(self.header.names, self.mapping, strict=True))

    @property
    def hidden_columns(self) -> list[str]:
        """Names of the columns hidden in the workbook, in sheet order."""
        return self.header.hidden_names()

    def hidden_unmapped(self) -> list[str]:
        """Hidden columns that are not imported (no field; not copied to the notes)."""
        return [self.header.names[i] for i in sorted(self.header.hidden) if self.mapping[i] is None]

    def counts(self) -> dict[str, int]:
        c = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            c[r.status] += 1
        return c

    def problems(self) -> list[CellProblem]:
        return [p for r in self.rows for p in r.problems]


def load_sheet(path: str | os.PathLike[str], options: ImportOptions) -> Sheet:
    return read_sheet(path, options.sheet, options.max_rows)


def resolve_header(sheet: Sheet, options: ImportOptions, path: Path) -> Header:
    rows = sheet.rows
    if options.header_row is not None:
        idx = options.header_row - 1
        if not 0 <= idx < len(rows):
            raise UserError(
                translate("Import", "Row {row} is not in the sheet; it has {count} rows.").format(
                    row=options.header_row, count=len(rows)
                )
            )
    else:
        found = detect_header_row(rows)
        if found is None:
            raise UserError(
                translate("Import", "{name}: no header row with column names was found.").format(
                    name=path.name
                )
            )
        idx = found
    return build_header(rows, idx, sheet.merged, sheet.hidden_columns)


def resolve_mapping(header: Header, body: list[Row], options: ImportOptions) -> list[str | None]:
    samples = [[r[i] if i < len(r) else "" for r in body[:50]] for i in range(header.width)]
    mapping = auto_map(header.names, samples, options.remembered)
    if options.mapping:
        by_key = {norm_header(k): v for k, v in options.mapping.items()}
        for i, name in enumerate(header.names):
            for key in (name, header.raw[i]):
                if key in options.mapping:
                    mapping[i] = options.mapping[key]
                    break
                if norm_header(key) in by_key:
                    mapping[i] = by_key[norm_header(key)]
                    break
        for f in mapping:
            if f is not None and f not in FIELDS:
                raise UserError(
                    translate(
                        "Import", "Unknown field “{field}” in the mapping; known fields: {fields}"
                    ).format(field=f, fields=", ".join(FIELDS))
                )
    return mapping


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a sheet is read, checked or written: those build
    millions of small objects (no cycles among them) and a collector pass over a big heap
    costs seconds at 100,000 rows. Back on (if it was) when done."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def analyse(
    path: str | os.PathLike[str],
    options: ImportOptions | None = None,
    existing: DuplicateIndex | None = None,
    sheet: Sheet | None = None,
) -> Analysis:
    """Run the pipeline up to the preview. Raises ``UserError`` for a file it cannot use."""
    with gc_paused():
        return _analyse(path, options, existing, sheet)


def _analyse(
    path: str | os.PathLike[str],
    options: ImportOptions | None,
    existing: DuplicateIndex | None,
    sheet: Sheet | None,
) -> Analysis:
    options = options or ImportOptions()
    p = Path(path)
    sheet = sheet or load_sheet(p, options)
    if not sheet.rows:
        raise UserError(translate("Import", "{name} has no rows to import.").format(name=p.name))
    header = resolve_header(sheet, options, p)
    body = sheet.rows[header.row_index + 1 :]
    mapping = resolve_mapping(header, body, options)
    if not any(m for m in mapping):
        raise UserError(
            translate(
                "Import",
                "{name}: none of the columns could be matched to contact fields (name, e-mail, phone, organization …).",  # noqa: E501
            ).format(name=p.name)
        )
    first = header.row_index + 1
    row_warnings = {i - first: msgs for i, msgs in sheet.row_warnings.items() if i >= first}
    rows, empty, last_first = normalise_rows(header, mapping, body, options, row_warnings=row_warnings)
    if not rows:
        raise UserError(
            translate(
                "Import",
                "{name}, sheet “{sheet}”: there are no data rows below the header, nothing to import.",
            ).format(name=p.name, sheet=sheet.name)
        )
    if not options.defer_duplicates:
        classify(rows, existing)
    return Analysis(
        path=p,
        sheet=sheet.name,
        sheet_names=sheet.sheet_names,
        header=header,
        mapping=mapping,
        fingerprint=header_fingerprint(header.names),
        rows=rows,
        empty_rows=empty,
        truncated=sheet.truncated,
        last_first=last_first,
    )


def _column(body: list[Row], i: int) -> list[Any]:
    return [r[i] if i < len(r) else "" for r in body]


def normalise_rows(
    header: Header,
    mapping: Sequence[str | None],
    body: list[Row],
    options: ImportOptions,
    last_first: bool | None = None,
    row_warnings: Mapping[int, list[str]] | None = None,
) -> tuple[list[RowResult], int, bool]:
    """Normalise every mapped column at once, then assemble one record per non-empty row.

    ``row_warnings`` (body index → messages) are what the reader had to guess on a row
    (``Sheet.row_warnings``): warnings on the whole row. ``last_first`` forces the name
    order of a full-name column (re-checking one edited row keeps the order the whole sheet
    proved); ``None`` detects it from the column.
    """
    col: Any
    v: Any
    full: Any
    first_row = header.row_index + 2  # 1-based sheet row of body[0]
    names = header.names
    # Skip blank rows once, up front.
    keep = [
        i
        for i, r in enumerate(body)
        if any(v != "" and v is not None and (not isinstance(v, str) or v.strip()) for v in r)
    ]
    empty = len(body) - len(keep)
    if len(keep) != len(body):
        body = [body[i] for i in keep]
    n = len(body)
    cols: dict[str, list[int]] = {}
    for i, f in enumerate(mapping):
        if f:
            cols.setdefault(f, []).append(i)
    problems: list[list[CellProblem]] = [[] for _ in range(n)]
    sheet_rows = [first_row + k for k in keep]

    def note(probs: nm.Problems, col: int) -> None:
        for r, p in probs.items():
            problems[r].append(CellProblem(sheet_rows[r], names[col], p.message, p.error))

    if row_warnings:
        for r, k in enumerate(keep):
            for message in row_warnings.get(k, ()):
                problems[r].append(CellProblem(sheet_rows[r], None, message, error=False))

    # Unmapped columns copied to the notes: the visible ones (the hidden ones only when asked).
    notes_columns = (
        {
            i
            for i, f in enumerate(mapping)
            if f is None and (options.hidden_to_notes or i not in header.hidden)
        }
        if options.unmapped_to_notes
        else set()
    )
    # A cell whose formula failed (#REF!, #N/A …) is no value: a warning naming the column,
    # and the cell left empty (the row's original keeps it for the rejected rows).
    used = {i for i, f in enumerate(mapping) if f} | notes_columns
    originals: dict[int, Row] = {}
    errors = nm.SHEET_ERRORS
    for r, row in enumerate(body):
        if errors.isdisjoint(row):
            continue
        cleaned = list(row)
        for c, v in enumerate(row):
            if c in used and v in errors:
                cleaned[c] = ""
                note({r: nm.sheet_error_problem(v)}, c)
        if not originals:
            body = list(body)
        originals[r] = row
        body[r] = cleaned

    values: dict[str, list[Any]] = {}

    def text_field(f: str, fn: Any = nm.fold_column) -> None:
        if f in cols:
            joined: list[str] | None = None
            for c in cols[f]:
                col = fn(_column(body, c))
                joined = (
                    col
                    if joined is None
                    else [f"{a}, {b}" if a and b else a or b for a, b in zip(joined, col, strict=True)]
                )
            values[f] = joined or []

    for f in (
        "organization",
        "title",
        "street",
        "city",
        "country",
        "website",
        "linkedin",
        "lead_title",
        "source_detail",
        "referred_by",
    ):
        text_field(f)
    for f in ("first_name", "last_name"):
        text_field(f, nm.name_column)

    # Full name → first + last (surname-first when the column does that consistently).
    if "full_name" in cols:
        full = nm.fold_column(_column(body, cols["full_name"][0]))
        if last_first is None:
            last_first = nm.detect_last_first(full)
        split = {v: nm.split_full_name(v, last_first) for v in set(full)}
        fn_col = values.get("first_name")
        ln_col = values.get("last_name")
        values["first_name"] = [(fn_col[r] if fn_col and fn_col[r] else split[full[r]][0]) for r in range(n)]
        values["last_name"] = [(ln_col[r] if ln_col and ln_col[r] else split[full[r]][1]) for r in range(n)]
        values["_full_name"] = full

    regions = nm.region_column(values.get("country"), n, options.default_region)

    # E-mails: all e-mail columns in order; first → email, second → email2, more → notes.
    emails: list[list[str]] = [[] for _ in range(n)]
    for f in ("email", "email2"):
        for c in cols.get(f, []):
            col, probs = nm.email_column(_column(body, c))
            note(probs, c)
            for r in range(n):
                if col[r]:
                    emails[r].extend(e for e in col[r] if e not in emails[r])
    phones: list[list[str]] = [[] for _ in range(n)]
    mobiles: list[list[str]] = [[] for _ in range(n)]
    for f, target in (("mobile", mobiles), ("phone", phones)):
        for c in cols.get(f, []):
            col, probs = nm.phone_column(_column(body, c), regions)
            note(probs, c)
            for r in range(n):
                if col[r]:
                    target[r].extend(x for x in col[r] if x not in target[r])

    if "postal_code" in cols:
        c = cols["postal_code"][0]
        raw = _column(body, c)
        cache: dict[tuple[Any, str], str] = {}
        pc = []
        for r in range(n):
            key = (raw[r], regions[r])
            v = cache.get(key)
            if v is None:
                v = cache[key] = nm.postal_value(raw[r], regions[r])
            pc.append(v)
        values["postal_code"] = pc
    if "business_id" in cols:
        c = cols["business_id"][0]
        col, probs = nm.map_column(
            list(zip(_column(body, c), regions, strict=True)),
            lambda v: nm.business_id_value(v[0], v[1]) if v[0] not in ("", None) else (None, None),
        )
        note(probs, c)
        values["business_id"] = col
    if "temperature" in cols:
        c = cols["temperature"][0]
        col, probs = nm.map_column(_column(body, c), nm.temperature_value)
        note(probs, c)
        values["temperature"] = col
    if "expected_close" in cols:
        c = cols["expected_close"][0]
        col, probs = nm.date_column(_column(body, c))
        note(probs, c)
        values["expected_close"] = col
    if "met_on" in cols:
        c = cols["met_on"][0]
        col, probs = nm.date_column(_column(body, c))
        note(probs, c)
        values["met_on"] = col
    if "value" in cols:
        c = cols["value"][0]
        col, probs = nm.map_column(_column(body, c), nm.money_value)
        note(probs, c)
        values["value_cents"] = [m.cents if m is not None else None for m in col]
        values["value_currency"] = [m.currency if m is not None else None for m in col]
    if "tags" in cols:
        tag_lists: list[list[str]] = [[] for _ in range(n)]
        for c in cols["tags"]:
            for r, v in enumerate(_column(body, c)):
                if v not in ("", None):
                    tag_lists[r].extend(t for t in nm.tags_value(v) if t not in tag_lists[r])
        values["tags"] = tag_lists
    for f in ("stage", "owner", "lead_source"):  # names, resolved against the database later
        if f in cols:
            values[f] = nm.fold_column(_column(body, cols[f][0]))
    for f in ("id_contact", "id_lead"):
        if f in cols:
            values[f] = [nm.int_value(v) for v in _column(body, cols[f][0])]
    company_flags: list[bool] | None = None
    if "is_company" in cols:
        company_flags = [nm.is_company_value(v) for v in _column(body, cols["is_company"][0])]

    # Notes: mapped notes columns, then (optionally) every unmapped visible column as
    # "Header: value".
    def notes_for(field_name: str, extra: Sequence[int]) -> list[str] | None:
        srcs = [(c, True) for c in cols.get(field_name, [])] + [(c, False) for c in extra]
        if not srcs:
            return None
        out = [""] * n
        for c, plain in srcs:
            col = nm.fold_column(_column(body, c))
            label = names[c]
            for r in range(n):
                v = col[r]
                if v:
                    line = v if plain and len(cols.get(field_name, [])) == 1 else f"{label}: {v}"
                    out[r] = f"{out[r]}\n{line}" if out[r] else line
        return out

    # A column hidden in the workbook goes to the notes only when asked (mapped, it imports).
    contact_notes = notes_for("notes", sorted(notes_columns))
    lead_notes = notes_for("lead_notes", [])

    keep_warned = options.keep_warned_cells
    results: list[RowResult] = []
    get = values.get
    for r in range(n):
        rec: dict[str, Any] = {}
        for f in (
            "first_name",
            "last_name",
            "organization",
            "business_id",
            "title",
            "street",
            "postal_code",
            "city",
            "country",
            "website",
            "linkedin",
            "lead_title",
            "temperature",
            "expected_close",
            "met_on",
            "value_cents",
            "value_currency",
            "source_detail",
            "referred_by",
            "id_contact",
            "id_lead",
            "tags",
            "stage",
            "owner",
            "lead_source",
        ):
            col = get(f)
            if col is not None:
                v = col[r]
                if v not in ("", None, []):
                    rec[f] = v
        em = emails[r]
        extra_notes: list[str] = []
        if em:
            rec["email"] = em[0]
            if len(em) > 1:
                rec["email2"] = em[1]
            if len(em) > 2:
                extra_notes.append(
                    translate("Import", "Other e-mails: {values}").format(values=", ".join(em[2:]))
                )
        ph = phones[r] + [x for x in mobiles[r] if x not in phones[r]]
        mob = mobiles[r]
        if mob:
            rec["mobile"] = mob[0]
            rest = [x for x in phones[r] if x != mob[0]]
            if rest:
                rec["phone"] = rest[0]
            more = [x for x in ph if x not in (rec.get("phone"), rec.get("mobile"))]
        else:
            if ph:
                rec["phone"] = ph[0]
            if len(ph) > 1:
                rec["mobile"] = ph[1]
            more = ph[2:]
        if more:
            extra_notes.append(translate("Import", "Other phones: {values}").format(values=", ".join(more)))
        notes = contact_notes[r] if contact_notes else ""
        if extra_notes:
            notes = "\n".join([notes, *extra_notes]) if notes else "\n".join(extra_notes)
        if notes:
            rec["notes"] = notes
        if lead_notes and lead_notes[r]:
            rec["lead_notes"] = lead_notes[r]

        is_org = bool(company_flags[r]) if company_flags else False
        if is_org:
            # A company row: its name is the organization's name.
            full = values.get("_full_name")
            name = (full[r] if full else "") or " ".join(
                x for x in (rec.get("first_name"), rec.get("last_name")) if x
            )
            if name:
                rec["organization"] = name
            rec.pop("first_name", None)
            rec.pop("last_name", None)
        elif (
            not rec.get("first_name")
            and not rec.get("last_name")
            and rec.get("organization")
            and not em
            and "full_name" not in cols
            and "first_name" not in cols
        ):
            is_org = True
        row_problems = problems[r]
        if not (
            rec.get("first_name")
            or rec.get("last_name")
            or rec.get("organization")
            or em
            or rec.get("phone")
            or rec.get("mobile")
        ):
            row_problems.append(_no_identity(sheet_rows[r]))
        results.append(
            RowResult(
                index=r,
                row=sheet_rows[r],
                values=rec,
                is_organization=is_org,
                problems=row_problems,
                # kept for "Save rejected rows" (and, in the wizard's preview, for fixing rows
                # with warnings too): 100k rows of cells cost memory
                original=originals.get(r, body[r])
                if row_problems and (keep_warned or any(p.error for p in row_problems))
                else [],
            )
        )
    return results, empty, bool(last_first)


def candidate(r: RowResult, key: Any = None) -> Candidate:
    v = r.values
    email, email2, phone, mobile = v.get("email"), v.get("email2"), v.get("phone"), v.get("mobile")
    return Candidate(
        key=key if key is not None else ("row", r.index),
        emails=[e for e in (email, email2) if e] if email2 else [email] if email else [],
        phones=[p for p in (phone, mobile) if p and p[0] == "+"] if phone or mobile else [],
        business_id=v.get("business_id"),
        first_name=v.get("first_name"),
        last_name=v.get("last_name"),
        organization=v.get("organization"),
        is_organization=r.is_organization,
    )


def _status(r: RowResult, m: Match | None, bad: bool) -> str:
    if bad:
        return INVALID
    if r.values.get("id_contact"):
        return UPDATE
    if m is None:
        return NEW
    if not m.sure:
        return LIKELY
    return DUPLICATE if m.in_file else UPDATE


def classification(
    rows: Sequence[RowResult], existing: DuplicateIndex | None
) -> list[tuple[str, Match | None]]:
    """Each row's (status, match), without touching the rows: safe to run in a worker thread
    on a snapshot (``list(analysis.rows)``) while the window keeps fixing rows."""
    bad = [bool(r.problems) and any(p.error for p in r.problems) for r in rows]
    cands = [None if b else candidate(r) for r, b in zip(rows, bad, strict=True)]
    matches = find_duplicates(cands, existing)
    return [(_status(r, m, b), m) for r, m, b in zip(rows, matches, bad, strict=True)]


def apply_classification(rows: Sequence[RowResult], result: Sequence[tuple[str, Match | None]]) -> None:
    for r, (status, m) in zip(rows, result, strict=True):
        r.status, r.match = status, m


def classify(rows: list[RowResult], existing: DuplicateIndex | None) -> None:
    """Set each row's status and match (duplicates within the file and against the DB)."""
    apply_classification(rows, classification(rows, existing))


class FileKeys:
    """The rows of a file by the keys duplicate detection looks up (e-mail, E.164 phone,
    business ID, organization), so one fixed row is checked against the earlier rows it can
    match without a pass over the whole file. Built once (a fraction of a second for
    100,000 rows); ``add`` the row after each fix. A superset: rows are filtered by their
    current status when they are looked up."""

    def __init__(self, rows: Sequence[RowResult] = ()) -> None:
        self.by_key: dict[tuple[str, str], list[int]] = {}
        for r in rows:
            self.add(r)

    @staticmethod
    def keys_of(r: RowResult) -> set[tuple[str, str]]:
        c = candidate(r)
        keys = {("e", e) for e in c.emails} | {("p", p) for p in c.phones}
        if c.business_id:
            keys.add(("b", c.business_id))
        ok = org_key(c.organization)
        if ok:
            keys.add(("o", ok))
        return keys

    def add(self, r: RowResult) -> None:
        for key in self.keys_of(r):
            rows = self.by_key.setdefault(key, [])
            at = bisect_left(rows, r.index)
            if at == len(rows) or rows[at] != r.index:
                rows.insert(at, r.index)

    def related(self, r: RowResult) -> list[int]:
        """Indexes of the rows (in file order) sharing a duplicate-detection key with ``r``."""
        found: set[int] = set()
        for key in self.keys_of(r):
            found.update(self.by_key.get(key, ()))
        return sorted(found)


def _indexed(r: RowResult) -> bool:
    """Is the row in ``find_duplicates``' within-file index (valid and not merged into an
    earlier row)?"""
    return not r.errors and (r.match is None or not r.match.in_file)


def classify_row(
    rows: Sequence[RowResult], index: int, existing: DuplicateIndex | None, keys: FileKeys
) -> None:
    """Set the status and match of ``rows[index]`` alone, exactly as ``classify`` would given
    the current status of the rows before it: against the existing contacts, then against
    the earlier rows of the file that share a key with it (from ``keys``).

    Later rows that may now match this one keep their status until the whole file is
    classified again (``classification``, in a worker)."""
    r = rows[index]
    if r.errors:
        r.status, r.match = INVALID, None
        return
    c = candidate(r)
    m = existing.find(c) if existing is not None else None
    if m is None or not m.sure:
        within = DuplicateIndex()
        for j in keys.related(r):
            if j >= index:
                break
            if _indexed(rows[j]):
                within.add(candidate(rows[j]))
        m2 = within.find(c)
        if m2 is not None and (m is None or m2.sure):
            m = m2
    r.match, r.status = m, _status(r, m, False)


class PreviewGroups:
    """Rows per status for the preview: the count of each group and its first ``limit`` row
    indexes, kept up to date one moved row at a time (a fix, or the few rows a re-check
    changed) instead of a pass over 100,000 rows. ``rows`` is the analysis' own list."""

    def __init__(self, rows: Sequence[RowResult], limit: int) -> None:
        self.rows = rows
        self.limit = limit
        self.counts: dict[str, int] = {}
        self.shown: dict[str, list[int]] = {}
        self.recount()

    def recount(self) -> None:
        counts = dict.fromkeys(STATUSES, 0)
        shown: dict[str, list[int]] = {g: [] for g in STATUSES}
        limit = self.limit
        for r in self.rows:
            counts[r.status] += 1
            first = shown[r.status]
            if len(first) < limit:
                first.append(r.index)
        self.counts, self.shown = counts, shown

    def moved(self, index: int, old: str, new: str) -> None:
        """Row ``index`` went from group ``old`` to ``new`` (its status is already ``new``)."""
        if old == new:
            return
        self.counts[old] -= 1
        self.counts[new] += 1
        first = self.shown[old]
        if index in first:
            last = first[-1]
            first.remove(index)
            if self.counts[old] > len(first):  # the next row of the group moves up
                for j in range(last + 1, len(self.rows)):
                    if self.rows[j].status == old and j not in first:
                        first.append(j)
                        break
        first = self.shown[new]
        if index not in first and (len(first) < self.limit or index < first[-1]):
            insort(first, index)
            del first[self.limit :]


def _no_identity(row: int) -> CellProblem:
    return CellProblem(
        row,
        None,
        translate("Import", "Row {row}: no name, organization, e-mail or phone; nothing to import").format(
            row=row
        ),
    )


def fix_cells(
    analysis: Analysis,
    index: int,
    cells: Mapping[int, str],
    options: ImportOptions,
    existing: DuplicateIndex | None = None,
    *,
    keys: FileKeys | None = None,
) -> RowResult:
    """Replace raw cells (column → text) of a row and check the row again.

    The row goes through the same normalisers as the whole sheet (``normalise_rows`` on a
    one-row body), so a fixed row lands in new / update / duplicate like any other and a
    still-invalid one keeps its problems. Returns the new row, which replaces the old one in
    ``analysis.rows``.

    Without ``keys`` every row is classified again (about a second for 100,000 rows). With
    ``keys`` only this row is (``classify_row``, milliseconds): the caller then classifies
    the whole file in the background (``classification``) for the later rows this one
    may have turned into duplicates.
    """
    old = analysis.rows[index]
    width = max(analysis.header.width, len(old.original), *(c + 1 for c in cells))
    source = old.original  # kept for invalid (and fixed) rows
    cells_out: list[Any] = [source[i] if i < len(source) else "" for i in range(width)]
    for column, text in cells.items():
        cells_out[column] = text
    results, _, _ = normalise_rows(
        analysis.header, analysis.mapping, [cells_out], options, last_first=analysis.last_first
    )
    if results:
        new = results[0]
        for p in new.problems:
            p.row = old.row
        new.problems = [p if p.column is not None else _no_identity(old.row) for p in new.problems]
    else:  # the edit emptied the whole row
        new = RowResult(
            index=index, row=old.row, values={}, is_organization=False, problems=[_no_identity(old.row)]
        )
    new.index, new.row = index, old.row
    new.original = cells_out  # what "Save rejected rows" writes if it is still invalid
    analysis.rows[index] = new
    if keys is None:
        classify(analysis.rows, existing)
    else:
        keys.add(new)
        classify_row(analysis.rows, index, existing, keys)
    return new


def fix_cell(
    analysis: Analysis,
    index: int,
    column: int,
    text: str,
    options: ImportOptions,
    existing: DuplicateIndex | None = None,
    *,
    keys: FileKeys | None = None,
) -> RowResult:
    """Replace one raw cell of a row and check the row again (see ``fix_cells``)."""
    return fix_cells(analysis, index, {column: text}, options, existing, keys=keys)


def row_as_text(row: Sequence[Any], width: int) -> list[str]:
    return [cell_text(row[i]) if i < len(row) else "" for i in range(width)]


__all__ = [
    "MULTI_FIELDS",
    "PREVIEW_ROWS",
    "STATUSES",
    "Analysis",
    "CellProblem",
    "FileKeys",
    "ImportOptions",
    "PreviewGroups",
    "RowResult",
    "analyse",
    "apply_classification",
    "classification",
    "classify",
    "classify_row",
    "fix_cell",
    "fix_cells",
]
