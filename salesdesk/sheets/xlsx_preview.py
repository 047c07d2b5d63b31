"""A streaming reader for the first rows of an .xlsx/.xlsm sheet (the wizard's preview).

calamine and openpyxl both parse the whole sheet (and every shared string) before giving the
first row; on a 100,000-row file that is seconds. This reads the sheet's XML as a stream,
stops after ``max_rows`` rows, and then reads only as many shared strings as those rows use.
XML goes through defusedxml. Anything unusual raises, and the caller falls back to calamine.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from typing import Any

from defusedxml.ElementTree import iterparse, parse

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REF = re.compile(r"([A-Z]+)(\d+)")
_BUILTIN_DATES = {14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_EPOCH = datetime(1899, 12, 30)


class _Shared:
    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def sheet_paths(zf: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(name, path in the zip, visible) of every worksheet, in workbook order."""
    wb = parse(zf.open("xl/workbook.xml")).getroot()
    rels = parse(zf.open("xl/_rels/workbook.xml.rels")).getroot()
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out = []
    for s in wb.iter(f"{_NS}sheet"):
        target = targets.get(s.get(f"{_RNS}id"), "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        if "worksheets/" not in path:
            continue  # a chart sheet
        out.append((s.get("name", ""), path, s.get("state", "visible") == "visible"))
    return out


def _date_styles(zf: zipfile.ZipFile) -> set[int]:
    try:
        root = parse(zf.open("xl/styles.xml")).getroot()
    except KeyError:
        return set()
    custom = set()
    for fmt in root.iter(f"{_NS}numFmt"):
        code = re.sub(r'"[^"]*"|\[[^]]*]', "", fmt.get("formatCode", "").lower())
        if re.search(r"[dy]", code) or ("m" in code and not re.search(r"[0#]", code)):
            custom.add(int(fmt.get("numFmtId", "0")))
    xfs = root.find(f"{_NS}cellXfs")
    out = set()
    if xfs is not None:
        for i, xf in enumerate(xfs.findall(f"{_NS}xf")):
            fid = int(xf.get("numFmtId", "0"))
            if fid in _BUILTIN_DATES or fid in custom:
                out.add(i)
    return out


def read_head(path: str, sheet_path: str, max_rows: int) -> list[list[Any]]:
    """The first ``max_rows`` rows of one worksheet, as calamine would give them."""
    with zipfile.ZipFile(path) as zf:
        dates = _date_styles(zf)
        rows: list[list[Any]] = []
        with zf.open(sheet_path) as fh:
            current: dict[int, Any] | None = None
            cell_ref = ""
            cell_type = ""
            cell_style = 0
            value: str | None = None
            inline: list[str] = []
            for event, el in iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == f"{_NS}row":
                        current = {}
                    elif tag == f"{_NS}c":
                        cell_ref = el.get("r", "")
                        cell_type = el.get("t", "n")
                        cell_style = int(el.get("s", "0"))
                        value = None
                        inline = []
                    continue
                if tag == f"{_NS}v":
                    value = el.text
                elif tag == f"{_NS}t" and cell_type == "inlineStr":
                    inline.append(el.text or "")
                elif tag == f"{_NS}c" and current is not None:
                    m = _REF.match(cell_ref)
                    col = _col_index(m.group(1)) if m else len(current)
                    if cell_type == "s" and value is not None:
                        current[col] = _Shared(int(value))
                    elif cell_type == "inlineStr":
                        current[col] = "".join(inline)
                    elif cell_type in ("str", "e"):
                        current[col] = value or ""
                    elif cell_type == "b":
                        current[col] = value == "1"
                    elif value is not None:
                        num = float(value)
                        if cell_style in dates:
                            current[col] = _EPOCH + timedelta(days=num)
                            if num.is_integer():
                                current[col] = current[col].date()
                        else:
                            current[col] = num
                    el.clear()
                elif tag == f"{_NS}row" and current is not None:
                    r = int(el.get("r", len(rows) + 1)) - 1
                    while len(rows) < r and len(rows) < max_rows:
                        rows.append([])  # skipped empty rows
                    if len(rows) >= max_rows:
                        break
                    width = max(current) + 1 if current else 0
                    rows.append([current.get(i, "") for i in range(width)])
                    current = None
                    el.clear()
                    if len(rows) >= max_rows:
                        break
        pending = [
            (r, c, v.index) for r, row in enumerate(rows) for c, v in enumerate(row) if isinstance(v, _Shared)
        ]
        if pending:
            need = max(p[2] for p in pending)
            strings: list[str] = []
            with zf.open("xl/sharedStrings.xml") as fh:
                parts: list[str] = []
                for _event, el in iterparse(fh, events=("end",)):
                    if el.tag == f"{_NS}t":
                        parts.append(el.text or "")
                    elif el.tag == f"{_NS}si":
                        strings.append("".join(parts))
                        parts = []
                        el.clear()
                        if len(strings) > need:
                            break
            for r, c, i in pending:
                rows[r][c] = strings[i] if i < len(strings) else ""
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


_ERROR_CELL = re.compile(rb'<c\s[^>]*?\bt="e"[^>]*>')
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_CELL_VALUE = re.compile(rb"<v>([^<]{1,40})</v>")


def error_cells(path: str, sheet_name: str, chunk: int = 1 << 20) -> list[tuple[int, int, str]]:
    """(row, column, text) — both 0-based — of the cells of a sheet whose formula failed
    (``t="e"``: #REF!, #N/A, #DIV/0! …). calamine gives such a cell as empty; this finds them
    by streaming the sheet's XML once (a plain byte search, no parse), so the import can say
    which cell held an error instead of silently dropping it."""
    with zipfile.ZipFile(path) as zf:
        found = {name: p for name, p, _visible in sheet_paths(zf)}
        member = found.get(sheet_name)
        if member is None:
            return []
        out: list[tuple[int, int, str]] = []
        tail = b""
        with zf.open(member) as fh:
            while True:
                block = fh.read(chunk)
                data = tail + block
                if not data:
                    break
                # keep the end of the data (a cell cut in two) for the next round
                keep = len(data) if not block else max(data.rfind(b"<c "), 0)
                if b't="e"' not in data:
                    tail = data[keep:]
                    if not block:
                        break
                    continue
                for m in _ERROR_CELL.finditer(data, 0, keep):
                    ref = _CELL_REF.search(m.group(0))
                    end = data.find(b"</c>", m.end())
                    value = _CELL_VALUE.search(data, m.end(), end if end >= 0 else len(data))
                    if ref is None or value is None:
                        continue
                    out.append(
                        (
                            int(ref.group(2)) - 1,
                            _col_index(ref.group(1).decode()),
                            value.group(1).decode("utf-8", "replace"),
                        )
                    )
                if not block:
                    break
                tail = data[keep:]
        return out
