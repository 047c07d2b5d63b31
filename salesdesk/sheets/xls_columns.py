"""Hidden columns of an .xls (BIFF8) sheet, read without parsing the cells.

calamine does not report them. An .xls is an OLE compound file (opened with olefile) whose
"Workbook" stream is a list of BIFF records: the workbook globals (with a BOUNDSHEET record
per sheet, giving the offset of the sheet's own records), then each sheet. A sheet's COLINFO
records (column widths, with an ``fHidden`` flag) come before its DIMENSIONS record and its
first row, so only the start of the globals and the first records of the chosen sheet are
parsed; records it does not need (the shared strings, the cells) are skipped unread.

Older BIFF versions (Excel 5/95 "Book" streams) and encrypted workbooks report no hidden
columns. Anything malformed raises ``ValueError``.
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

from salesdesk.sheets import safety

_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
_COLINFO, _DIMENSIONS = 0x007D, 0x0200
# row and cell records: once one appears, the column descriptions are over
_CELLS = frozenset({0x0208, 0x0203, 0x0204, 0x0205, 0x0201, 0x00BD, 0x00BE, 0x00FD, 0x0006, 0x027E})
_MAX_RECORDS = 100_000  # of the globals or a sheet's head: COLINFO comes long before this
_GLOBALS = frozenset({_BOUNDSHEET})
_SHEET_HEAD = frozenset({_COLINFO})


def _record(st: BinaryIO, wanted: frozenset[int]) -> tuple[int, bytes]:
    """The next BIFF record's type, and its data when the type is ``wanted``."""
    head = st.read(4)
    if len(head) < 4:
        raise ValueError("truncated record")
    kind, length = struct.unpack("<HH", head)
    if kind not in wanted:
        st.seek(length, os.SEEK_CUR)  # skipped unread (the shared strings can be megabytes)
        return kind, b""
    data = st.read(length)
    if len(data) < length:
        raise ValueError("truncated record")
    return kind, data


def _sheet_name(data: bytes) -> str:
    """The name in a BOUNDSHEET record (a ShortXLUnicodeString after 6 bytes)."""
    cch, flags = data[6], data[7]
    raw = data[8:]
    return raw[: cch * 2].decode("utf-16-le") if flags & 1 else raw[:cch].decode("latin-1")


def xls_hidden_columns(path: str | os.PathLike[str], sheet: str) -> set[int]:
    import olefile

    try:
        ole = olefile.OleFileIO(os.fspath(path))
    except OSError as exc:  # olefile: not an OLE compound file, or a damaged one
        raise ValueError(str(exc)) from exc
    try:
        if not ole.exists("Workbook"):  # BIFF8; a BIFF5 "Book" stream: none reported
            raise ValueError("no Workbook stream")
        st = ole.openstream("Workbook")
        if _record(st, _GLOBALS)[0] != _BOF:
            raise ValueError("no BOF record")
        offset: int | None = None
        for _ in range(_MAX_RECORDS):
            kind, data = _record(st, _GLOBALS)
            if kind == _FILEPASS:
                return set()  # encrypted: the records are unreadable (the reader says so)
            if kind == _BOUNDSHEET and len(data) >= 8 and _sheet_name(data) == sheet:
                offset = struct.unpack_from("<I", data, 0)[0]
                break
            if kind == _EOF:
                break
        if offset is None:
            return set()
        st.seek(offset)
        if _record(st, _SHEET_HEAD)[0] != _BOF:
            raise ValueError("no BOF at the sheet's offset")
        hidden: set[int] = set()
        for _ in range(_MAX_RECORDS):
            kind, data = _record(st, _SHEET_HEAD)
            if kind == _COLINFO and len(data) >= 10:
                first, last, _width, _xf, options = struct.unpack_from("<HHHHH", data, 0)
                if options & 1:  # fHidden
                    hidden.update(range(first, min(last + 1, safety.MAX_COLUMNS)))
            elif kind in _CELLS or kind in (_DIMENSIONS, _EOF):
                break
        return hidden
    finally:
        ole.close()
