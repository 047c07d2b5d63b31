"""Reading spreadsheets and text files into rows of Python values.

* xlsx / xlsm / xls / ods: python-calamine (fast, Rust); openpyxl read-only as the fallback
  for an xlsx/xlsm that calamine refuses (openpyxl uses defusedxml when it is installed).
* csv / tsv / txt: encoding detected (BOMs, UTF-8, then charset-normalizer, then cp1252) and
  the delimiter sniffed among ``,`` ``;`` tab and ``|``.

Cells come back as ``str`` (possibly empty), ``int``, ``float``, ``bool``, ``date`` or
``datetime``; formulas give their cached values. Row cells are indexed by sheet column
(A = 0). ``Sheet.hidden_columns`` holds the columns hidden in an .xlsx/.xlsm/.xls/.ods
(``salesdesk.sheets.hidden_columns``).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from salesdesk.errors import UserError
from salesdesk.i18n import translate
from salesdesk.sheets import safety, writer
from salesdesk.sheets.hidden_columns import hidden_columns as find_hidden_columns
from salesdesk.sheets.safety import Container

Cell = Any
Row = list[Cell]

DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Sheet:
    """One sheet's cells (or the first ``max_rows`` of them)."""

    name: str
    rows: list[Row]
    sheet_names: list[str] = field(default_factory=list)
    truncated: bool = False  # True when only a preview was read
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    # 0-based sheet column indexes (A = 0) hidden in the workbook (.xlsx/.xlsm/.xls/.ods)
    hidden_columns: set[int] = field(default_factory=set)
    # what the reader had to guess on a row (0-based sheet row → messages): an unclosed
    # quote, a line in another encoding; the import shows them as warnings on the row
    row_warnings: dict[int, list[str]] = field(default_factory=dict)


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """The names of the visible worksheets (a text file has one, named after the file)."""
    p = Path(path)
    kind = safety.check_file(p)
    if kind is Container.TEXT:
        return [p.stem]
    return [name for name, _visible in _calamine_sheet_names(p)]


def _is_xlsx(p: Path) -> bool:
    """An Excel 2007+ workbook by its bytes, whatever its name says."""
    return safety.workbook_format(p) == ".xlsx"


def _calamine_open(p: Path) -> Any:
    """calamine's workbook, chosen by the file's bytes: calamine picks its reader by the
    name, and a real .xlsx saved as ".xls" (or an .ods as ".xlsx") is common."""
    from python_calamine import CalamineWorkbook

    fmt = safety.workbook_format(p)
    if fmt is None or p.suffix.lower() == fmt or (fmt == ".xlsx" and p.suffix.lower() == ".xlsm"):
        return CalamineWorkbook.from_path(str(p))
    with p.open("rb") as fh:
        return CalamineWorkbook.from_filelike(fh)


def read_sheet(
    path: str | os.PathLike[str], sheet: str | int | None = None, max_rows: int | None = None
) -> Sheet:
    """Read one sheet (by name, by index, or the first that looks like data when None)."""
    p = Path(path)
    kind = safety.check_file(p)
    if kind is Container.TEXT:
        return read_text(p, max_rows=max_rows)
    if max_rows and kind is Container.ZIP and _is_xlsx(p):
        try:
            return _read_xlsx_head(p, sheet, max_rows)
        except UserError:
            raise
        except Exception:  # anything unusual: calamine reads it below
            pass
    try:
        return _read_calamine(p, sheet, max_rows)
    except UserError:
        raise
    except Exception as exc:  # calamine raises its own error types; any of them means "can't"
        if kind is Container.ZIP and _is_xlsx(p):
            try:
                return _read_openpyxl(p, sheet, max_rows)
            except UserError:
                raise
            except Exception:
                pass
        if kind is Container.OLE and ("password" in str(exc).lower() or "encrypt" in str(exc).lower()):
            raise safety.encrypted_error(p) from exc
        raise UserError(
            translate("Import", "{name} could not be read: it is damaged or not a spreadsheet.").format(
                name=p.name
            )
        ) from exc


# -- calamine ------------------------------------------------------------------------------


def _calamine_sheet_names(p: Path) -> list[tuple[str, bool]]:
    try:
        wb = _calamine_open(p)
    except Exception as exc:
        if _is_xlsx(p):
            try:
                return [(n, True) for n in _openpyxl_sheet_names(p)]
            except Exception:
                pass
        raise UserError(
            translate("Import", "{name} could not be read: it is damaged or not a spreadsheet.").format(
                name=p.name
            )
        ) from exc
    try:
        out = []
        for meta in wb.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue
            out.append((meta.name, "Visible" in str(meta.visible)))
        visible = [x for x in out if x[1]]
        return visible or out
    finally:
        wb.close()


def _read_calamine(p: Path, sheet: str | int | None, max_rows: int | None) -> Sheet:
    wb = _calamine_open(p)
    try:
        names = [n for n, _v in _calamine_sheet_names(p)]
        if not names:
            raise _nothing_error(p)
        loaded: dict[str, Any] = {}

        def get(n: str) -> Any:
            if n not in loaded:
                loaded[n] = wb.get_sheet_by_name(n)
            return loaded[n]

        if sheet is None:
            chosen = _propose_sheet(names, lambda n: _clean_rows(get(n).to_python(nrows=40)))
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise _no_such_sheet(p, str(sheet + 1), names)
            chosen = names[sheet]
        else:
            if sheet not in names:
                raise _no_such_sheet(p, sheet, names)
            chosen = sheet
        ws = get(chosen)
        safety.check_shape(p, ws.height, ws.width)
        raw = (
            ws.to_python(skip_empty_area=False, nrows=max_rows)
            if max_rows
            else ws.to_python(skip_empty_area=False)
        )
        rows = _clean_rows(raw)
        if _is_xlsx(p):
            _restore_error_cells(p, chosen, rows)
        merged = list(getattr(ws, "merged_cell_ranges", None) or [])
        return Sheet(
            name=chosen,
            rows=rows,
            sheet_names=names,
            truncated=bool(max_rows) and ws.height > len(rows),
            merged=merged,
            hidden_columns=find_hidden_columns(p, chosen),
        )
    finally:
        wb.close()


def _restore_error_cells(p: Path, sheet: str, rows: list[Row]) -> None:
    """Put back the text of the cells whose formula failed (#REF!, #N/A …), which calamine
    reads as empty: the pipeline then warns about each one instead of losing it silently."""
    from salesdesk.sheets import xlsx_preview

    try:
        found = xlsx_preview.error_cells(str(p), sheet)
    except Exception:  # an unusual package: calamine read it; it just has no error texts
        return
    for r, c, text in found:
        if r < len(rows) and c < len(rows[r]) and rows[r][c] in ("", None):
            rows[r][c] = text


def _read_xlsx_head(p: Path, sheet: str | int | None, max_rows: int) -> Sheet:
    """The preview of an xlsx: only the first rows and the shared strings they use."""
    import zipfile

    from salesdesk.sheets import xlsx_preview

    with zipfile.ZipFile(p) as zf:
        found = xlsx_preview.sheet_paths(zf)
    visible = [(n, path) for n, path, v in found if v] or [(n, path) for n, path, _v in found]
    names = [n for n, _ in visible]
    paths = dict(visible)
    if not names:
        raise _nothing_error(p)
    heads: dict[str, list[Row]] = {}

    def head(n: str) -> list[Row]:
        if n not in heads:
            heads[n] = _clean_rows(xlsx_preview.read_head(str(p), paths[n], max_rows))
        return heads[n]

    if sheet is None:
        chosen = _propose_sheet(names, lambda n: head(n)[:40])
    elif isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise _no_such_sheet(p, str(sheet + 1), names)
        chosen = names[sheet]
    else:
        if sheet not in names:
            raise _no_such_sheet(p, sheet, names)
        chosen = sheet
    rows = head(chosen)
    return Sheet(
        name=chosen,
        rows=rows,
        sheet_names=names,
        truncated=len(rows) >= max_rows,
        hidden_columns=find_hidden_columns(p, chosen),
    )


_TIMEISH = frozenset({time, timedelta})


def _clean_rows(raw: list[list[Any]]) -> list[Row]:
    """Turn calamine's values into plain ones: times and durations to text; drop empty tail."""
    rows: list[Row] = []
    timeish = _TIMEISH.isdisjoint
    for r in raw:
        if not timeish(map(type, r)):
            r = [
                v.isoformat() if isinstance(v, time) else str(v) if isinstance(v, timedelta) else v for v in r
            ]
        rows.append(r)
    while rows and all(v == "" or v is None for v in rows[-1]):
        rows.pop()
    return rows


def _nothing_error(p: Path) -> UserError:
    return UserError(translate("Import", "{name} has no rows to import.").format(name=p.name))


def _no_such_sheet(p: Path, sheet: str, names: list[str]) -> UserError:
    return UserError(
        translate("Import", "{name} has no sheet {sheet}; its sheets are: {sheets}").format(
            name=p.name, sheet=sheet, sheets=", ".join(names)
        )
    )


def _propose_sheet(names: list[str], head: Any) -> str:
    """The first sheet that looks like a table of data: a header and at least one data row."""
    best = names[0]
    best_score = -1.0
    for i, name in enumerate(names):
        try:
            rows = head(name)
        except Exception:
            continue
        score = data_likeness(rows)
        if score > best_score + 0.5:  # prefer earlier sheets unless clearly better
            best, best_score = name, score
        if i == 0 and score >= 3:
            return name
    return best


def data_likeness(rows: list[Row]) -> float:
    """How much a block of rows looks like a table: rows with at least 3 (or 2) filled cells."""
    widths = [sum(1 for v in r if v not in ("", None)) for r in rows]
    wide = [w for w in widths if w >= 2]
    if len(wide) < 2:
        return 0.0
    return len(wide) + min(Counter(wide).most_common(1)[0][0], 20) / 4


# -- openpyxl fallback -----------------------------------------------------------------------


def _openpyxl_sheet_names(p: Path) -> list[str]:
    import openpyxl

    # opened by us: openpyxl refuses a path whose name does not end in .xlsx/.xlsm
    with p.open("rb") as fh:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        try:
            return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] or wb.sheetnames
        finally:
            wb.close()


def _read_openpyxl(p: Path, sheet: str | int | None, max_rows: int | None) -> Sheet:
    with p.open("rb") as fh:
        return _read_openpyxl_from(p, fh, sheet, max_rows)


def _read_openpyxl_from(p: Path, fh: Any, sheet: str | int | None, max_rows: int | None) -> Sheet:
    import openpyxl

    wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    try:
        names = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] or wb.sheetnames

        def head(n: str) -> list[Row]:
            return [
                ["" if v is None else v for v in r] for r in wb[n].iter_rows(max_row=40, values_only=True)
            ]

        if sheet is None:
            chosen = _propose_sheet(names, head)
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise _no_such_sheet(p, str(sheet + 1), names)
            chosen = names[sheet]
        else:
            if sheet not in names:
                raise _no_such_sheet(p, sheet, names)
            chosen = sheet
        ws = wb[chosen]
        rows: list[Row] = []
        for r in ws.iter_rows(values_only=True):
            if len(rows) >= safety.MAX_ROWS:
                raise safety.too_big_error(p)
            rows.append(["" if v is None else v for v in r])
            if max_rows and len(rows) >= max_rows:
                break
        if rows and len(rows[0]) > safety.MAX_COLUMNS:
            raise safety.too_big_error(p)
        return Sheet(
            name=chosen,
            rows=_clean_rows(rows),
            sheet_names=names,
            truncated=bool(max_rows),
            hidden_columns=find_hidden_columns(p, chosen),
        )
    finally:
        wb.close()


# -- text files ------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; returns (text, encoding name)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    sample = data[:4096]
    half = max(len(sample) // 2, 1)
    if sample and sample[1::2].count(0) > half * 0.4 and sample[0::2].count(0) < half * 0.05:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    if sample and sample[0::2].count(0) > half * 0.4 and sample[1::2].count(0) < half * 0.05:
        return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = legacy_encoding(data)
    return data.decode(enc, errors="replace"), enc


def legacy_encoding(data: bytes) -> str:
    """The 8-bit encoding of bytes that are not UTF-8 (charset-normalizer's guess; cp1252
    when it has none, or guesses a cousin of it)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding not in {"utf_8", "ascii"}:
            enc: str = best.encoding
            # Western Excel files are cp1252 far more often than the exotic guesses.
            # (charset-normalizer calls short Finnish cp1252 text "mac_iceland")
            if enc in {"latin_1", "cp1250"} or enc.startswith(("iso8859", "mac_")):
                enc = "cp1252"
            return enc
    except Exception:  # pragma: no cover - charset-normalizer failure: fall through
        pass
    return "cp1252"


def decode_mixed(data: bytes) -> tuple[str, str, set[int]] | None:
    """A file of UTF-8 lines with some Windows-1252 (or other 8-bit) lines among them: two
    exports pasted together. Decoded line by line: (text, "utf-8+<enc>", 0-based numbers of
    the lines that were not UTF-8). None when the file is not such a mix (no line holds
    UTF-8 beyond ASCII, so the whole file is in one 8-bit encoding)."""
    lines = data.split(b"\n")
    bad: list[int] = []
    utf8 = False
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            bad.append(i)
    if not utf8 or not bad:
        return None
    enc = legacy_encoding(b"\n".join(lines[i] for i in bad))
    if len(bytes(range(256)).decode(enc, errors="replace")) != 256:
        enc = "cp1252"  # a line or two is too little for a guess beyond the 8-bit encodings
    out = [line.decode("utf-8", errors="replace") for line in lines]
    for i in bad:
        out[i] = lines[i].decode(enc, errors="replace")
    return "\n".join(out), f"utf-8+{enc}", set(bad)


def sniff_delimiter(text: str) -> str:
    """Choose among , ; tab | the delimiter that splits the first lines most consistently."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if not lines:
        return ","
    sample = "\n".join(lines)
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=d)]
        except csv.Error:
            continue
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        mode, freq = Counter(multi).most_common(1)[0]
        score = freq / len(counts) * 10 + min(mode, 30) / 10
        if score > best_score:
            best, best_score = d, score
    return best


_UNICODE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def _encoding_name(enc: str) -> str:
    """cp1252 → Windows-1252, as Excel and Notepad call it."""
    return f"Windows-{enc[2:]}" if enc.startswith("cp125") else enc


class _Lines:
    """The lines of a text for ``csv.reader``, with the position of the next one (the
    reader takes one line at a time and never reads ahead, so the position tells which
    lines a record came from, and moving it back makes the reader read lines again)."""

    __slots__ = ("lines", "pos")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.pos = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        pos = self.pos
        if pos >= len(self.lines):
            raise StopIteration
        self.pos = pos + 1
        return self.lines[pos]


def _unclosed_quote(lines: list[str], start: int, end: int, delimiter: str, width: int) -> bool:
    """Did the record read from ``lines[start:end]`` (more than one line) swallow rows after
    an opening quote that was never closed? Yes when the reader ran to the end of the file
    inside a quote (an odd number of quote marks), or when a line it swallowed looks like a
    whole row of its own (as many delimiters as the rows have)."""
    if end >= len(lines) and sum(line.count('"') for line in lines[start:end]) % 2 == 1:
        return True
    need = max(width - 1, 1)
    return any(lines[i].count(delimiter) >= need for i in range(start + 1, end))


def _one_line_row(line: str, delimiter: str) -> Row:
    """A row read from one line alone, its quote marks taken as plain characters."""
    fields = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    return [f.strip('"') if f.count('"') == 1 else f for f in fields]


def read_text(p: Path, max_rows: int | None = None) -> Sheet:
    data = p.read_bytes()
    text, encoding = decode_text(data)
    odd_lines: set[int] = set()
    if encoding not in _UNICODE_ENCODINGS:  # not UTF-8 as a whole: UTF-8 mixed with 8-bit?
        mixed = decode_mixed(data)
        if mixed is not None:
            text, encoding, odd_lines = mixed
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = "\t" if p.suffix.lower() == ".tsv" and "\t" in text[:4096] else sniff_delimiter(text)
    source = _Lines(io.StringIO(text, newline="").readlines())
    lines = source.lines
    reader = csv.reader(source, delimiter=delimiter)
    rows: list[Row] = []
    warnings: dict[int, list[str]] = {}
    width = 0
    try:
        while True:
            start = source.pos
            try:
                r = next(reader)
            except StopIteration:
                break
            end = source.pos
            if end - start > 1 and _unclosed_quote(lines, start, end, delimiter, width):
                # Read the line alone and go on from the next one: the swallowed rows are
                # rows again, and this one is flagged instead of hiding them in a cell.
                r = _one_line_row(lines[start], delimiter)
                source.pos = end = start + 1
                warnings.setdefault(len(rows), []).append(
                    translate(
                        "Import",
                        'This row has a quotation mark (") that is never closed; it was read up to the end of its line. Check the row.',  # noqa: E501
                    )
                )
            if odd_lines and not odd_lines.isdisjoint(range(start, end)):
                warnings.setdefault(len(rows), []).append(
                    translate(
                        "Import",
                        "This row was not saved as UTF-8 like the rest of the file; it was read as {encoding}. Check its letters (ä, ö, å).",  # noqa: E501
                    ).format(encoding=_encoding_name(encoding.partition("+")[2]))
                )
            if not width and len(r) > 1:
                width = len(r)
            rows.append(r)
            if max_rows and len(rows) >= max_rows:
                break
            if len(rows) > safety.MAX_ROWS:
                raise safety.too_big_error(p)
    except csv.Error as exc:
        raise UserError(
            translate("Import", "{name} could not be read as CSV: {problem}").format(
                name=p.name, problem=str(exc)
            )
        ) from exc
    width = max((len(r) for r in rows[:1000]), default=0)
    if width > safety.MAX_COLUMNS:
        raise safety.too_big_error(p)
    while rows and all(v.strip() == "" for v in rows[-1]):
        rows.pop()
    rows = writer.restore_csv_rows(text, rows)  # the apostrophe a csv export put before "=..."
    return Sheet(
        name=p.stem,
        rows=rows,
        sheet_names=[p.stem],
        truncated=bool(max_rows) and len(rows) >= (max_rows or 0),
        encoding=encoding,
        delimiter=delimiter,
        row_warnings=warnings,
    )


def cell_text(value: Cell) -> str:
    """A cell as the text a user would see (numbers without a spurious .0)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
