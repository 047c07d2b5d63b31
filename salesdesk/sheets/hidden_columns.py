"""Which columns of a sheet are hidden (0-based sheet column indexes, A = 0).

Neither calamine nor the preview reader reports hidden columns, so this reads only the
column descriptions at the start of a sheet, cheaply, whatever the sheet's size:

* .xlsx / .xlsm: the sheet XML's ``<cols><col min= max= hidden="1">`` (or a custom width
  of 0), which come before ``<sheetData>``; the parse stops at ``<sheetData``, so only the
  first few kilobytes of a 100,000-row sheet are inflated and parsed.
* .ods: ``<table:table-column table:visibility="collapse">`` (with
  ``table:number-columns-repeated``) of the chosen table in content.xml, streamed and stopped
  at that table's first row (the tables before it are streamed through).
* .xls: the COLINFO records of the chosen sheet (``salesdesk.sheets.xls_columns``), found
  through the OLE directory and the workbook's sheet list without reading a cell.
* text files have no hidden columns.

XML goes through defusedxml. A file these probes cannot understand reports no hidden columns
(the reader that follows reports the real problem, if there is one).
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

from defusedxml.ElementTree import iterparse

from salesdesk.sheets import safety

_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_T = "{" + _ODS_TABLE + "}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true"}


def hidden_columns(path: str | os.PathLike[str], sheet: str) -> set[int]:
    """The hidden columns of worksheet ``sheet`` (empty for formats without the notion).

    The format is told by the bytes, not the name (a renamed file is common in bought lists).
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            magic = fh.read(8)
        if magic == _OLE_MAGIC:
            from salesdesk.sheets.xls_columns import xls_hidden_columns

            return xls_hidden_columns(p, sheet)
        if magic[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(p) as zf:
                names = set(zf.namelist())
                if "xl/workbook.xml" in names:
                    return _xlsx_hidden(zf, sheet)
                if "content.xml" in names:
                    with zf.open("content.xml") as fh:
                        return ods_hidden_in_stream(fh, sheet)
    except (OSError, KeyError, ValueError, IndexError, struct.error, zipfile.BadZipFile, SyntaxError):
        # SyntaxError covers ElementTree's ParseError; defusedxml's refusals are ValueErrors
        return set()
    return set()


def _xlsx_hidden(zf: zipfile.ZipFile, sheet: str) -> set[int]:
    from salesdesk.sheets.xlsx_preview import sheet_paths

    target = next((p for name, p, _visible in sheet_paths(zf) if name == sheet), None)
    if target is None:
        return set()
    with zf.open(target) as fh:
        return xlsx_hidden_in_stream(fh)


def xlsx_hidden_in_stream(fh: object) -> set[int]:
    """Parse a worksheet's XML stream up to ``<sheetData`` and collect its hidden columns."""
    hidden: set[int] = set()
    for _event, el in iterparse(fh, events=("start",)):
        name = _local(el.tag)
        if name == "sheetData":
            break
        if name != "col":
            continue
        try:
            lo = int(el.get("min", "0"))
            hi = int(el.get("max", str(lo)))
        except ValueError:
            continue
        if lo < 1 or hi < lo:
            continue
        width = el.get("width")
        zero_width = False
        if width is not None and _true(el.get("customWidth")):
            try:
                zero_width = float(width) <= 0
            except ValueError:
                zero_width = False
        if _true(el.get("hidden")) or zero_width:
            # "Hide every column right of the data" is a common habit (K:XFD): columns past
            # the readers' limit can never hold imported data, so they are not listed.
            hidden.update(range(lo - 1, min(hi, safety.MAX_COLUMNS)))
    return hidden


def ods_hidden_in_stream(fh: object, sheet: str) -> set[int]:
    """Collect the hidden ``table:table-column``s of table ``sheet`` in a content.xml stream."""
    hidden: set[int] = set()
    inside = False
    col = 0
    for event, el in iterparse(fh, events=("start", "end")):
        tag = el.tag
        if event == "end":
            if tag == f"{_T}table-row":
                el.clear()  # rows of the tables before ours: keep the memory flat
            elif tag == f"{_T}table":
                if inside:
                    break
                el.clear()
            continue
        if tag == f"{_T}table":
            inside = el.get(f"{_T}name") == sheet
            col = 0
        elif not inside:
            continue
        elif tag == f"{_T}table-column":
            try:
                repeat = max(1, int(el.get(f"{_T}number-columns-repeated", "1")))
            except ValueError:
                repeat = 1
            visibility = el.get(f"{_T}visibility", "visible")
            if visibility != "visible" and col < safety.MAX_COLUMNS:
                hidden.update(range(col, min(col + repeat, safety.MAX_COLUMNS)))
            col += repeat
        elif tag == f"{_T}table-row":
            break  # the columns come before the first row
    return hidden
