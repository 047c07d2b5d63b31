"""Hidden columns of an .xls (BIFF8) sheet, read without parsing the cells.

calamine does not report them. An .xls is an OLE compound file whose "Workbook" stream is a
list of BIFF records: the workbook globals (with a BOUNDSHEET record per sheet, giving the
offset of the sheet's own records), then each sheet. A sheet's COLINFO records (column
widths, with an ``fHidden`` flag) come before its DIMENSIONS record and its first row, so this
reads the compound file's allocation tables, the start of the globals, and only the first
records of the chosen sheet (records it does not need, like the shared strings, are skipped
unread): a few kilobytes whatever the sheet's size.

Older BIFF versions (Excel 5/95 "Book" streams) and encrypted workbooks report no hidden
columns. Anything malformed raises ``ValueError``.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from typing import BinaryIO

from salesdesk.sheets import safety

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
_COLINFO, _DIMENSIONS = 0x007D, 0x0200
# row and cell records: once one appears, the column descriptions are over
_CELLS = frozenset({0x0208, 0x0203, 0x0204, 0x0205, 0x0201, 0x00BD, 0x00BE, 0x00FD, 0x0006, 0x027E})
_MAX_RECORDS = 100_000  # of the globals or a sheet's head: COLINFO comes long before this
_GLOBALS = frozenset({_BOUNDSHEET})
_SHEET_HEAD = frozenset({_COLINFO})


def _ints(data: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(data) // 4}I", data)


def _chain(table: list[int], start: int) -> list[int]:
    out: list[int] = []
    s = start
    while s not in (_FREE, _END):
        if s >= len(table) or len(out) > len(table):
            raise ValueError("broken sector chain")
        out.append(s)
        s = table[s]
    return out


class _Stream:
    """Reads a stream's bytes at any offset, touching only the sectors needed."""

    def __init__(
        self, sector: Callable[[int], bytes], sector_size: int, sectors: list[int], size: int
    ) -> None:
        self.sector, self.sector_size = sector, sector_size
        self.sectors, self.size, self.pos = sectors, size, 0

    def read(self, n: int) -> bytes:
        out = bytearray()
        while n > 0 and self.pos < self.size:
            index, inner = divmod(self.pos, self.sector_size)
            if index >= len(self.sectors):
                break
            chunk = self.sector(self.sectors[index])[inner : inner + n][: self.size - self.pos]
            if not chunk:
                break
            out += chunk
            self.pos += len(chunk)
            n -= len(chunk)
        return bytes(out)

    def record(self, wanted: frozenset[int]) -> tuple[int, bytes]:
        """The next BIFF record's type, and its data when the type is ``wanted``."""
        head = self.read(4)
        if len(head) < 4:
            raise ValueError("truncated record")
        kind, length = struct.unpack("<HH", head)
        if kind not in wanted:
            self.pos += length  # skipped unread (the shared strings can be megabytes)
            return kind, b""
        data = self.read(length)
        if len(data) < length:
            raise ValueError("truncated record")
        return kind, data


class _Compound:
    """The allocation tables and directory of an OLE compound file (sectors read on demand)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self._cached: tuple[int, bytes] = (-1, b"")
        header = fh.read(512)
        if len(header) < 512 or header[:8] != _MAGIC:
            raise ValueError("not an OLE compound file")
        shift, mini_shift = struct.unpack_from("<HH", header, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise ValueError("unexpected sector size")
        self.size, self.mini_size = 1 << shift, 1 << mini_shift
        fh.seek(0, os.SEEK_END)
        self.sectors = max(0, (fh.tell() - 512) // self.size)
        n_fat, first_dir = struct.unpack_from("<II", header, 0x2C)
        self.mini_cutoff, self.first_minifat = struct.unpack_from("<II", header, 0x38)
        first_difat, n_difat = struct.unpack_from("<II", header, 0x44)
        fat_sectors = [s for s in _ints(header[0x4C:512]) if s not in (_FREE, _END)]
        difat, seen = first_difat, 0
        while difat not in (_FREE, _END) and seen < n_difat:
            block = _ints(self._sector(difat))
            fat_sectors += [s for s in block[:-1] if s not in (_FREE, _END)]
            difat, seen = block[-1], seen + 1
        if not fat_sectors or len(fat_sectors) < n_fat:
            raise ValueError("truncated allocation table")
        self.fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            self.fat.extend(_ints(self._sector(s)))
        self.directory = b"".join(self._sector(s) for s in _chain(self.fat, first_dir))

    def _sector(self, n: int) -> bytes:
        if n == self._cached[0]:
            return self._cached[1]
        if n >= self.sectors:
            raise ValueError("sector out of range")
        self.fh.seek(512 + n * self.size)
        data = self.fh.read(self.size)
        if len(data) < self.size:
            raise ValueError("truncated sector")
        self._cached = (n, data)
        return data

    def stream(self, name: str) -> _Stream:
        """A top-level stream, in regular sectors or (a small one) in the mini stream."""
        d = self.directory
        root: tuple[int, int] | None = None
        for off in range(0, len(d) - 127, 128):
            length = struct.unpack_from("<H", d, off + 64)[0]
            kind = d[off + 66]
            start, size = struct.unpack_from("<II", d, off + 116)
            if kind == 5:
                root = (start, size)
            if kind != 2 or not 2 <= length <= 64:
                continue
            if d[off : off + length - 2].decode("utf-16-le", errors="replace") != name:
                continue
            if size >= self.mini_cutoff:
                return _Stream(self._sector, self.size, _chain(self.fat, start), size)
            if root is None:
                raise ValueError("no root entry")
            return self._mini_stream(root, start, size)
        raise ValueError(f"no {name} stream")

    def _mini_stream(self, root: tuple[int, int], start: int, size: int) -> _Stream:
        """A small stream: 64-byte mini sectors inside the root entry's stream."""
        container = _Stream(self._sector, self.size, _chain(self.fat, root[0]), root[1])
        minifat: list[int] = []
        for s in _chain(self.fat, self.first_minifat):
            minifat.extend(_ints(self._sector(s)))

        def mini_sector(n: int) -> bytes:
            container.pos = n * self.mini_size
            data = container.read(self.mini_size)
            if len(data) < self.mini_size:
                raise ValueError("truncated mini sector")
            return data

        return _Stream(mini_sector, self.mini_size, _chain(minifat, start), size)


def _sheet_name(data: bytes) -> str:
    """The name in a BOUNDSHEET record (a ShortXLUnicodeString after 6 bytes)."""
    cch, flags = data[6], data[7]
    raw = data[8:]
    return raw[: cch * 2].decode("utf-16-le") if flags & 1 else raw[:cch].decode("latin-1")


def xls_hidden_columns(path: str | os.PathLike[str], sheet: str) -> set[int]:
    with open(path, "rb") as fh:
        st = _Compound(fh).stream("Workbook")  # BIFF8; a BIFF5 "Book" raises: none reported
        if st.record(_GLOBALS)[0] != _BOF:
            raise ValueError("no BOF record")
        offset: int | None = None
        for _ in range(_MAX_RECORDS):
            kind, data = st.record(_GLOBALS)
            if kind == _FILEPASS:
                return set()  # encrypted: the records are unreadable (the reader says so)
            if kind == _BOUNDSHEET and len(data) >= 8 and _sheet_name(data) == sheet:
                offset = struct.unpack_from("<I", data, 0)[0]
                break
            if kind == _EOF:
                break
        if offset is None:
            return set()
        st.pos = offset
        if st.record(_SHEET_HEAD)[0] != _BOF:
            raise ValueError("no BOF at the sheet's offset")
        hidden: set[int] = set()
        for _ in range(_MAX_RECORDS):
            kind, data = st.record(_SHEET_HEAD)
            if kind == _COLINFO and len(data) >= 10:
                first, last, _width, _xf, options = struct.unpack_from("<HHHHH", data, 0)
                if options & 1:  # fHidden
                    hidden.update(range(first, min(last + 1, safety.MAX_COLUMNS)))
            elif kind in _CELLS or kind in (_DIMENSIONS, _EOF):
                break
        return hidden
