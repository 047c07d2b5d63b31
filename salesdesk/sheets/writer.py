"""The one place SalesDesk writes spreadsheet cells and spreadsheet files.

Every writer (the export in ``sheets/export.py``, the rejected-rows workbook in
``sheets/batch.py``, the dashboard's tables, the person export in ``crm/privacy.py``) puts
every cell it writes (headers, data, the hidden "Lists" sheet) through ``neutralise`` and
writes its file through ``output_file`` + ``save_workbook``.

Cells (OWASP "CSV injection"): text that starts with = + - @ tab, CR or their full-width
forms (＝ ＋ － ＠) would run as a formula when a spreadsheet opens it, except plain signed
numbers and phone numbers ("-5", "+358 40 123 4567"), which are left alone.

- xlsx: such text is written as an explicit string cell (``data_type`` "s", never "f") with
  Excel's ``quotePrefix`` style (the mark Excel itself sets when you type '=1+1): the value is
  the text unchanged, it never runs, and it stays text when the user edits the cell.
- csv: such text gets one leading apostrophe, the OWASP rule for a csv opened in Excel. So
  that SalesDesk's own csv round-trips unchanged, text that already starts with apostrophes
  followed by such text gets one more, and the importer (``restore_csv``, called by
  ``sheets/readers.read_text``) strips exactly one apostrophe from a cell that starts with
  apostrophes followed by such text. ``restore_csv(neutralise(t)) == t`` for every text.

Files: ``output_file(path)`` checks the target before anything is written, writes to a
hidden temporary file beside it (``.~salesdesk-<host>-<pid>-<random>.tmp``, mode 0600) and
renames it over the target only when everything was written; the final file gets the mode a
new file gets (the user's umask) or keeps the mode of the file it replaces. On an error or a
cancel the temporary file is removed; temporary files a killed SalesDesk left behind are
removed by the next export to that folder (only files of this naming pattern, only when
their process is gone or they have not changed for ``STALE_AFTER`` seconds).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import socket
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from salesdesk.errors import UserError
from salesdesk.i18n import translate

# --------------------------------------------------------------------------- cells

RISKY_FIRST = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_NUMBER_LIKE = re.compile(r"[+-][\d\s().,/]*\Z")
#: Characters an xlsx file cannot hold (XML 1.0); they are dropped.
ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def is_risky(text: str) -> bool:
    """Would a spreadsheet take this cell text for a formula (OWASP CSV injection)?

    Text starting with = + - @ tab, CR or a full-width = + - @ is, except plain signed numbers
    and phone numbers such as "-5" or "+358 40 123 4567" (digits, spaces, brackets and dots).
    """
    if not text or text[0] not in RISKY_FIRST:
        return False
    return not (text[0] in "+-" and _NUMBER_LIKE.match(text))


def _guarded(text: str) -> bool:
    """Does the csv form of ``text`` need the apostrophe: risky after any leading apostrophes."""
    return is_risky(text.lstrip("'")) if text[:1] == "'" else is_risky(text)


def clean_text(text: str) -> str:
    """``text`` without the control characters an xlsx file cannot hold."""
    return text if text.isprintable() else ILLEGAL.sub("", text)


def text_cell(sheet: Any, text: str | None = None) -> Any:
    """An explicit string cell: whatever its text, it is never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    cell.quotePrefix = True
    if text is not None:
        cell.value = text
        cell.data_type = "s"
    return cell


def neutralise(value: Any, sheet: Any = None) -> Any:
    """The one rule for every cell SalesDesk writes (see the module docstring).

    With ``sheet`` (an openpyxl worksheet, normal or write-only) it returns what to append
    for an xlsx cell: the value itself, or an explicit string cell for risky text. Without
    it, the csv text of a cell.
    """
    if not isinstance(value, str):
        return value
    if sheet is None:
        return "'" + value if _guarded(value) else value
    value = clean_text(value)
    if value[:1] in RISKY_FIRST and is_risky(value):
        return text_cell(sheet, value)
    return value


def neutralise_csv(text: str) -> str:
    """The csv form of a cell text (``neutralise`` without a sheet)."""
    result: str = neutralise(text)
    return result


def row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row of xlsx cells for ``sheet.append``, every value through ``neutralise``."""
    return [neutralise(v, sheet) for v in values]


def restore_csv(text: str) -> str:
    """Undo ``neutralise`` on a csv cell: strip exactly the one apostrophe it adds."""
    if text[:1] == "'" and _guarded(text[1:]):
        return text[1:]
    return text


#: A csv text that may hold a guarded cell: an apostrophe followed by a risky first character.
_MAYBE_GUARDED = re.compile("'[\t\r=+\\-@\uff1d\uff0b\uff0d\uff20']")


def restore_csv_rows(text: str, rows: list[list[str]]) -> list[list[str]]:
    """``restore_csv`` over the cells of a csv file's rows (``text`` is the whole file)."""
    if not _MAYBE_GUARDED.search(text):
        return rows
    return [[restore_csv(v) if v[:1] == "'" else v for v in r] for r in rows]


_BAD_TITLE = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def sheet_title(title: str, used: set[str] | None = None, default: str = "Sheet") -> str:
    """A valid, unique worksheet title (at most 31 characters, none of []:*?/\\)."""
    name = _BAD_TITLE.sub("", title).strip("'")[:31] or default
    if used is not None:
        base, n = name, 1
        while name.casefold() in {u.casefold() for u in used}:
            n += 1
            name = f"{base[: 31 - len(str(n)) - 1]}_{n}"
        used.add(name)
    return name


# --------------------------------------------------------------------------- files

TEMP_PREFIX = ".~salesdesk-"
TEMP_SUFFIX = ".tmp"
#: A temporary file of ours that has not changed for this long is left over (seconds).
STALE_AFTER = 600
_HOST = re.sub(r"[^A-Za-z0-9.]", "", socket.gethostname())[:40] or "host"
_OURS = re.compile(
    re.escape(TEMP_PREFIX)
    + r"(?:(?P<host>[A-Za-z0-9.]+)-(?P<pid>\d+)-)?[A-Za-z0-9_]+"
    + re.escape(TEMP_SUFFIX)
)
#: This process's temporary files in use, kept fresh by ``keep_alive``.
_LIVE: set[Path] = set()
_last_touch = 0.0


def _cannot_write(folder: Path, exc: OSError) -> UserError:
    return UserError(
        translate("Export", "Cannot write in the folder {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc
        )
    )


def _too_long(path: Path) -> UserError:
    return UserError(
        translate("Export", "The file name {name} is too long; choose a shorter name.").format(name=path.name)
    )


def lock_files(path: Path) -> list[Path]:
    """Lock files Excel ("~$name") and LibreOffice (".~lock.name#") keep beside an open file."""
    candidates = [path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")]
    if len(path.name) > 2:  # Excel shortens long names: "~$" + name without its first 2 chars
        candidates.append(path.with_name("~$" + path.name[2:]))
    found = []
    for p in candidates:
        with contextlib.suppress(OSError):
            if p.exists():
                found.append(p)
    return found


def _lookup(path: Path) -> tuple[bool, bool] | None:
    """(exists, is a folder) for ``path``; None when a folder on the way is a file."""
    try:
        is_dir = path.is_dir()
        return is_dir or path.exists(), is_dir
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise _too_long(path) from None
        if exc.errno == errno.ENOTDIR:
            return None
        raise _cannot_write(path.parent, exc) from None


def check_folder(folder: Path) -> None:
    """Raise UserError (one clear line) unless ``folder`` is a folder SalesDesk can write in."""
    exists, is_dir = _lookup(folder) or (True, False)
    if exists and not is_dir:
        raise UserError(translate("Export", "{path} is a file, not a folder.").format(path=folder))
    if not is_dir:
        raise UserError(translate("Export", "The folder {folder} does not exist.").format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(translate("Export", "Cannot write in the folder {folder}.").format(folder=folder))


def check_target(path: Path) -> None:
    """Raise UserError (one clear line) when ``path`` cannot be written now."""
    name_max = 255
    with contextlib.suppress(OSError, ValueError, AttributeError):
        name_max = os.pathconf(path.parent if str(path.parent) else ".", "PC_NAME_MAX")
    try:
        encoded = os.fsencode(path.name)
    except UnicodeError:
        encoded = path.name.encode("utf-8", "replace")
    if len(encoded) > name_max:
        raise _too_long(path)
    exists, is_dir = _lookup(path) or (False, False)  # a file on the way: check_folder tells
    if is_dir:
        raise UserError(translate("Export", "{path} is a folder; give a file name.").format(path=path))
    check_folder(path.parent)
    if lock_files(path):
        raise UserError(
            translate("Export", "{name} is open in another program; close it and export again.").format(
                name=path.name
            )
        )
    if exists and not os.access(path, os.W_OK):
        raise UserError(translate("Export", "{path} is read-only.").format(path=path))


def _pid_gone(pid: int) -> bool:
    if sys.platform == "win32":
        return False  # no safe signal-0 probe: the age rule decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sweep_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files a killed SalesDesk left in ``folder``; return what was removed.

    Only names of our pattern; only when the process that made it (on this computer) is gone,
    or the file has not changed for ``STALE_AFTER`` seconds.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        match = _OURS.fullmatch(entry.name)
        if match is None:
            continue
        path = Path(entry.path)
        if path in _LIVE:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not entry.is_file(follow_symlinks=False):
            continue
        pid = match.group("pid")
        gone = match.group("host") == _HOST and pid is not None and _pid_gone(int(pid))
        if gone or now - st.st_mtime > STALE_AFTER:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def temp_beside(path: Path) -> Path:
    """A new empty temporary file (mode 0600) of our naming pattern beside ``path``."""
    folder = path.parent
    for _ in range(100):
        name = f"{TEMP_PREFIX}{_HOST}-{os.getpid()}-{secrets.token_hex(6)}{TEMP_SUFFIX}"
        tmp = folder / name
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot_write(folder, exc) from None
        os.close(fd)
        _LIVE.add(tmp)
        return tmp
    raise _cannot_write(folder, FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)))


def discard(tmp: Path) -> None:
    """Remove a temporary file of ours (nothing when it is gone already)."""
    _LIVE.discard(tmp)
    with contextlib.suppress(OSError):
        tmp.unlink()


def keep_alive() -> None:
    """Touch this process's temporary files (at most once a minute) so no sweep takes them."""
    global _last_touch
    now = time.monotonic()
    if now - _last_touch < 60:
        return
    _last_touch = now
    for tmp in list(_LIVE):
        with contextlib.suppress(OSError):
            os.utime(tmp)


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace(tmp: Path, path: Path) -> None:
    """Rename the finished ``tmp`` over ``path`` with the mode a new (or the old) file has."""
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            translate("Export", "{name} is open in another program; close it and export again.").format(
                name=path.name
            )
        ) from None
    except OSError as exc:
        raise io_error(exc, path) from None
    _LIVE.discard(tmp)


def io_error(exc: OSError, path: Path) -> UserError:
    """The one line for a write that failed (disk full, device gone, ...)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            translate(
                "Export", "The disk is full: {path} was not saved. Free some space and try again."
            ).format(path=path)
        )
    return UserError(
        translate("Export", "Cannot save {path}: {reason}").format(path=path, reason=exc.strerror or exc)
    )


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[Path]:
    """Check ``path``, give a temporary file to write, and put it in place when done.

    On any error or cancel the temporary file is removed and ``path`` is untouched; an
    ``OSError`` while writing becomes one ``UserError`` line.
    """
    check_target(path)
    sweep_stale(path.parent)
    tmp = temp_beside(path)
    try:
        yield tmp
        replace(tmp, path)
    except OSError as exc:
        raise io_error(exc, path) from None
    finally:
        discard(tmp)


def save_workbook(book: Any, path: Path) -> None:
    """Save an openpyxl workbook to ``path`` (a temporary file from ``output_file``).

    The zip archive is ours, so a failed save (a full disk) leaves no half-closed archive
    behind to complain again when it is garbage-collected.
    """
    import datetime
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    if book.write_only and not book.worksheets:
        book.create_sheet()
    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    with open(path, "wb") as handle:
        archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(book, archive).save()
        except BaseException:
            archive.fp = None  # abandoned: the file is removed, nothing more is written
            raise


def sheet_part_beside(sheet: Any, target: Path) -> None:
    """Let a write-only ``sheet`` keep its rows in a temporary file of ours beside ``target``
    (openpyxl would put them in the system's temporary folder, where a killed export leaves
    them): the next export to that folder removes what a killed one left."""
    from openpyxl.worksheet import _writer

    tmp = temp_beside(target)
    _writer.ALL_TEMP_FILES.append(str(tmp))  # openpyxl removes it after saving (cleanup)
    sheet._writer = _writer.WorksheetWriter(sheet, out=str(tmp))
    sheet._writer.write_top()


def abandon(book: Any) -> None:
    """Close an unfinished write-only workbook and remove its sheets' temporary files."""
    for ws in book._sheets:
        rows, part = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
            if part is not None:
                part.close()
        except Exception:  # a half-written part: it is removed below
            pass
        if part is not None:
            with contextlib.suppress(OSError, ValueError):
                part.cleanup()
        forget_part(ws)


def forget_part(sheet: Any) -> None:
    """After ``sheet_part_beside``: the sheet's temporary file is gone or about to go."""
    writer = getattr(sheet, "_writer", None)
    out = getattr(writer, "out", None)
    if isinstance(out, str):
        discard(Path(out))
