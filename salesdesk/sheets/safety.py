"""Checks made before a file is parsed: what kind of file it is, zip bombs, encryption, caps.

Nothing here parses the spreadsheet itself; it only looks at the container so that a hostile
or broken file is refused with one clear line before a parser spends memory on it.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
import zipfile
from pathlib import Path

from salesdesk.errors import UserError
from salesdesk.i18n import translate

#: Hard caps: a sheet larger than this is refused with a clear message.
MAX_ROWS = 1_000_000
MAX_COLUMNS = 512
#: A zip container (xlsx, xlsm, ods) may not expand to more than this...
MAX_UNCOMPRESSED_BYTES = 1_500_000_000
#: ...nor may a large member expand more than this many times its compressed size.
MAX_RATIO = 200
_RATIO_MIN_SIZE = 20_000_000
#: CSV files larger than this are refused (they are read into memory).
MAX_TEXT_BYTES = 800_000_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


class Container(enum.Enum):
    ZIP = "zip"  # xlsx, xlsm, ods
    OLE = "ole"  # xls (BIFF) or an encrypted OOXML package
    TEXT = "text"  # csv, tsv, txt


SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}


def _unreadable(path: Path) -> UserError:
    return UserError(
        translate("Import", "{name} could not be read: it is damaged or not a spreadsheet.").format(
            name=path.name
        )
    )


def encrypted_error(path: Path) -> UserError:
    return UserError(
        translate(
            "Import",
            "{name} is protected with a password. Open it in Excel, remove the password, save it and import it again.",  # noqa: E501
        ).format(name=path.name)
    )


def check_input_path(path: str | os.PathLike[str], what: str = "") -> os.stat_result:
    """The ``stat`` of a file the user asked us to read, or ``UserError``: not found, a
    folder, not a regular file (a named pipe would block the read forever, a device has no
    end), a name too long for the file system, or no permission."""
    p = Path(path)
    shown = str(p)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UserError(translate("Import", "File not found: {path}").format(path=shown)) from None
    except PermissionError:
        raise UserError(
            translate("Import", "{path} cannot be read: permission denied.").format(path=shown)
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(
                translate("Import", "The file name is too long for the file system: {path}").format(
                    path=_short(shown)
                )
            ) from None
        if exc.errno == errno.ENOTDIR:
            raise UserError(translate("Import", "File not found: {path}").format(path=shown)) from None
        raise UserError(
            translate("Import", "{path} cannot be read: {reason}").format(
                path=shown, reason=exc.strerror or exc
            )
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise UserError(translate("Import", "{path} is a folder, not a file.").format(path=shown))
    if not stat.S_ISREG(st.st_mode):
        raise UserError(
            translate("Import", "{path} is not a file (it is a device, a pipe or a socket).").format(
                path=shown
            )
        )
    return st


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """Check, before anything is written, that a file can be created at ``path``: not a
    folder, in a folder that exists, with a name the file system takes, where we may write.
    Returns the path; raises ``UserError`` with one line."""
    p = Path(path)
    shown = _short(str(p))
    parent = p.parent if str(p.parent) else Path(".")
    try:
        if p.is_dir():
            raise UserError(
                translate("Import", "{path} is a folder; give a file name to save to.").format(path=shown)
            )
        if parent.exists() and not parent.is_dir():
            raise UserError(
                translate("Import", "Cannot save to {path}: {folder} is a file, not a folder.").format(
                    path=shown, folder=_short(str(parent))
                )
            )
        if not parent.is_dir():
            raise UserError(
                translate("Import", "Cannot save to {path}: the folder {folder} does not exist.").format(
                    path=shown, folder=_short(str(parent))
                )
            )
        limit = os.pathconf(parent, "PC_NAME_MAX")
        if len(os.fsencode(p.name)) > limit:
            raise UserError(
                translate("Import", "The file name is too long for the file system: {path}").format(
                    path=shown
                )
            )
        if p.exists() and not p.is_file():
            raise UserError(
                translate("Import", "{path} is not a file (it is a device, a pipe or a socket).").format(
                    path=shown
                )
            )
        if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
            raise UserError(
                translate("Import", "Cannot save to {path}: permission denied.").format(path=shown)
            )
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(
                translate("Import", "The file name is too long for the file system: {path}").format(
                    path=shown
                )
            ) from None
        raise UserError(
            translate("Import", "Cannot save to {path}: {reason}").format(
                path=shown, reason=exc.strerror or exc
            )
        ) from None
    return p


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit // 2] + "…" + text[-limit // 2 :]


def workbook_format(path: Path) -> str | None:
    """ ".xlsx", ".ods" or ".xls" by the file's bytes (None for anything else)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
        if head == _OLE_MAGIC:
            return ".xls"
        if head.startswith(_ZIP_MAGIC):
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
            if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names):
                return ".xlsx"
            if "content.xml" in names:
                return ".ods"
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    return None


def check_file(path: str | os.PathLike[str]) -> Container:
    """Look at the file's bytes and decide how to read it, or raise ``UserError``."""
    p = Path(path)
    size = check_input_path(p).st_size
    if size == 0:
        raise UserError(translate("Import", "{name} is empty.").format(name=p.name))
    with p.open("rb") as fh:
        head = fh.read(8)
    suffix = p.suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        check_zip(p)
        return Container.ZIP
    if head == _OLE_MAGIC:
        if _ole_is_encrypted_package(p):
            raise encrypted_error(p)
        return Container.OLE
    if suffix in SPREADSHEET_SUFFIXES:
        # An .xlsx that is not a zip, an .xls that is not OLE: wrapped, damaged or renamed.
        if suffix in {".xlsx", ".xlsm"} and _known_wrapper(p):
            raise UserError(
                translate(
                    "Import",
                    "{name} is locked by a document-protection tool and cannot be read. Save an unprotected copy and import that.",  # noqa: E501
                ).format(name=p.name)
            )
        if _looks_like_text(p):
            return Container.TEXT
        raise _unreadable(p)
    if size > MAX_TEXT_BYTES:
        raise too_big_error(p)
    if not _looks_like_text(p):
        raise UserError(translate("Import", "{name} is not a spreadsheet or a CSV file.").format(name=p.name))
    return Container.TEXT


def too_big_error(path: Path) -> UserError:
    return UserError(
        translate(
            "Import",
            "{name} is too large to import (more than {rows} rows or {columns} columns). Split it into smaller files.",  # noqa: E501
        ).format(name=path.name, rows=f"{MAX_ROWS:,}".replace(",", " "), columns=MAX_COLUMNS)
    )


def check_zip(path: Path) -> None:
    """Refuse zip bombs: total uncompressed size and per-member ratio, read from the directory."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path) from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > _RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise bomb_error(path)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise bomb_error(path)
    names = {i.filename for i in infos}
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        raise encrypted_error(path)


def bomb_error(path: Path) -> UserError:
    return UserError(
        translate(
            "Import",
            "{name} was refused: it would unpack to far more data than a spreadsheet holds (a possible zip bomb).",  # noqa: E501
        ).format(name=path.name)
    )


def _ole_is_encrypted_package(path: Path) -> bool:
    """An OOXML file saved with a password is an OLE compound file holding EncryptionInfo."""
    marker = "EncryptionInfo".encode("utf-16-le")
    marker2 = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    return marker in data or marker2 in data


# How document-protection (DRM/DLP) tools start the files they wrap. Only these are called
# "locked": random bytes or a damaged file named .xlsx are just not a spreadsheet.
_WRAPPER_MAGICS = (b"%TSD-Header-###%", b"<## NASCA DRM FILE", b"SCDSA00")


def _known_wrapper(path: Path) -> bool:
    with path.open("rb") as fh:
        data = fh.read(64)
    return data.startswith(_WRAPPER_MAGICS)


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        data = fh.read(8192)
    return _is_texty(data)


def _is_texty(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with BOM
    if not data:
        return False
    # UTF-16 without BOM: every other byte zero in ASCII text.
    odd, even = data[1::2].count(0), data[0::2].count(0)
    half = max(len(data) // 2, 1)
    if (odd > half * 0.4 and even < half * 0.05) or (even > half * 0.4 and odd < half * 0.05):
        return True
    # A stray NUL or escape in an export is still text (the normalisers strip them); binary
    # data has far more control bytes than one in a hundred.
    control = sum(1 for b in data if b < 32 and b not in (9, 10, 13, 12))
    return control <= len(data) // 100


def check_shape(path: Path, rows: int, columns: int) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise too_big_error(path)
