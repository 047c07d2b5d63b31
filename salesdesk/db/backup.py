"""Backups of the SQLite database with SQLite's online backup API, and restoring one.

Rules (docs/DEVELOPING.md, "Backups and restore"):

- Automatic backups go to ``<data folder>/backups`` as ``salesdesk-<UTC stamp>-<kind>.sqlite3``
  and rotate by kind (``KINDS``): the newest ``KEEP`` of each kind are kept, and a backup of
  one kind never deletes another kind's. ``before-restore`` copies (the user's data as it was
  before a restore) have their own rotation, so daily and before-migration backups can never
  push them out.
- Every copy is written to a hidden ``.salesdesk-<pid>-<token>.part`` file (mode 0600) in the
  target folder and renamed into place when complete; parts left by a killed process are
  removed by the next backup or restore.
- ``backup`` never overwrites an existing file unless asked (``force``), and never a file that
  is not a SalesDesk backup.
- A restore checks the backup completely before touching the live file: it is copied next to
  the live database, must open as SQLite, pass ``PRAGMA integrity_check``, hold SalesDesk's
  tables and a schema revision this version ships. Then the live file is locked for the
  restore alone (``locking_mode=EXCLUSIVE``: it waits for, or refuses, any other connection),
  the before-restore copy is taken and the checked copy written into the live file under the
  same lock, so nothing another program commits can fall between the two.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from salesdesk import paths
from salesdesk.db.engine import SQLITE_MAGIC, Database
from salesdesk.errors import UserError
from salesdesk.i18n import translate

KEEP = 7
KINDS = ("daily", "manual", "before-migration", "before-restore")
# How long a restore waits for other connections to the live database to close.
LOCK_WAIT_SECONDS = 5.0

_BACKUP_NAME = re.compile(r"^salesdesk-(\d{8}-\d{6})(?:-(\d+))?-(.+)\.sqlite3$")
_PART_NAME = re.compile(r"^\.salesdesk-(\d+)-[0-9a-f]+\.part(?:-journal|-wal|-shm)?$")
_REQUIRED_TABLES = {"leads", "contacts", "alembic_version"}
_SQLITE_FULL = 13
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            translate(
                "Backup",
                "Backups are made of SQLite files; back up a server database with its own tools.",
            )
        )
    return db.path


def kind_of(reason: str) -> str:
    """The rotation kind of a backup reason ("before-migration-board_1" -> "before-migration")."""
    for kind in sorted(KINDS, key=len, reverse=True):
        if reason == kind or reason.startswith(kind + "-"):
            return kind
    return reason


# --- errors of the file system -------------------------------------------------------------


def _os_problem(exc: OSError, path: Path) -> UserError:
    """The one line for a file-system error while writing or reading ``path``."""
    if exc.errno == errno.ENOSPC:
        return _disk_full(path)
    if exc.errno == errno.ENAMETOOLONG:
        return UserError(translate("Backup", "The file name is too long: {path}").format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            translate("Backup", "Cannot write to {folder}: it is read-only or you lack permission.").format(
                folder=path.parent
            )
        )
    return UserError(
        translate("Backup", "Cannot write the backup {path}: {reason}").format(
            path=path, reason=exc.strerror or exc
        )
    )


def _disk_full(path: Path) -> UserError:
    return UserError(
        translate("Backup", "Not enough disk space in {folder}; nothing was changed.").format(
            folder=path.parent
        )
    )


def _sqlite_problem(exc: sqlite3.Error, path: Path) -> UserError | None:
    """The one line for a SQLite error while writing ``path``; None when it is not the user's."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    code &= 0xFF  # the primary code of an extended one
    if code == _SQLITE_FULL:
        return _disk_full(path)
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return UserError(
            translate("Backup", "Cannot write to {folder}: it is read-only or you lack permission.").format(
                folder=path.parent
            )
        )
    return None


# --- temporary files ----------------------------------------------------------------------


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would end the process there; keep it and let age decide
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove the ``.part`` files (and their SQLite journals) of killed backups and restores."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _PART_NAME.match(entry.name)
        if found is None:
            continue
        alive = _process_alive(int(found.group(1)))
        if alive and sys.platform == "win32":
            with suppress(OSError):
                alive = time.time() - entry.stat().st_mtime < 24 * 3600
        if not alive:
            with suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed


def _new_part(folder: Path) -> Path:
    """Create an empty private (0600) part file in ``folder``."""
    part = folder / f".salesdesk-{os.getpid()}-{secrets.token_hex(4)}.part"
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(part, 0o600)
    return part


def _remove_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            part.with_name(part.name + suffix).unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_copy(source: sqlite3.Connection, part: Path) -> None:
    """Copy the database open on ``source`` into ``part`` as a self-contained file."""
    out = sqlite3.connect(part)
    try:
        source.backup(out)
        # One file, no -wal beside it, whatever the live database's journal mode.
        out.execute("PRAGMA journal_mode=DELETE")
    finally:
        out.close()
    _fsync(part)


def _live_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection to the live database (path quoted as a URI)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


# --- checking a backup --------------------------------------------------------------------


def shipped_revisions(db: Database) -> frozenset[str]:
    """Every schema revision the shipped migrations know (the ones an upgrade can start from)."""
    from alembic.script import ScriptDirectory

    from salesdesk.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config(db))
    return frozenset(s.revision for s in script.walk_revisions())


def _not_a_backup(path: Path) -> UserError:
    return UserError(translate("Backup", "{path} is not a SalesDesk backup.").format(path=path))


def _damaged(path: Path) -> UserError:
    return UserError(
        translate("Backup", "{path} is damaged and cannot be restored; nothing was changed.").format(
            path=path
        )
    )


def check_backup_file(copy: Path, shown: Path, known_revisions: frozenset[str]) -> None:
    """Raise a UserError (naming ``shown``) unless ``copy`` is a sound SalesDesk database whose
    schema revision is in ``known_revisions``. ``copy`` is a private file: it may be written
    (its journal mode is set to DELETE)."""
    with copy.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise _not_a_backup(shown)
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        problems = conn.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise _damaged(shown)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= _REQUIRED_TABLES:
            raise _not_a_backup(shown)
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == _SQLITE_NOTADB:
            raise _not_a_backup(shown) from None
        if code == _SQLITE_CORRUPT:
            raise _damaged(shown) from None
        raise
    finally:
        conn.close()
    if not revisions:
        raise _not_a_backup(shown)
    unknown = sorted(revisions - known_revisions)
    if unknown:
        raise UserError(
            translate(
                "Backup",
                "{path} was made by a newer SalesDesk (schema {revision}); update SalesDesk to restore it.",
            ).format(path=shown, revision=", ".join(unknown))
        )


def is_salesdesk_backup(path: Path) -> bool:
    """Whether ``path`` looks like a SalesDesk database (header and tables; not a full check)."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError):
        return False
    return tables >= _REQUIRED_TABLES


# --- making backups -----------------------------------------------------------------------


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _unique(folder: Path, reason: str) -> Path:
    """A new file name in ``folder`` for a backup made now (a counter when a second has two)."""
    stamp = _stamp()
    dest = folder / f"salesdesk-{stamp}-{reason}.sqlite3"
    count = 2
    while dest.exists():
        dest = folder / f"salesdesk-{stamp}-{count}-{reason}.sqlite3"
        count += 1
    return dest


def _copy_live(source: sqlite3.Connection, dest: Path, *, force: bool = False) -> None:
    """Write a copy of ``source`` to ``dest`` through a part file; one line for any failure."""
    part: Path | None = None
    try:
        part = _new_part(dest.parent)
        _write_copy(source, part)
        if not force and dest.exists():
            raise UserError(
                translate("Backup", "{path} already exists; use --force to replace it.").format(path=dest)
            )
        os.replace(part, dest)
        part = None
    except OSError as exc:
        raise _os_problem(exc, dest) from None
    except sqlite3.Error as exc:
        problem = _sqlite_problem(exc, dest)
        if problem is None:
            raise
        raise problem from None
    finally:
        if part is not None:
            _remove_part(part)


def _resolve_dest(dest: Path, force: bool) -> Path:
    try:
        if dest.is_dir():
            return _unique(dest, "manual")
        if not dest.parent.is_dir():
            raise UserError(
                translate("Backup", "The folder {folder} does not exist.").format(folder=dest.parent)
            )
        if dest.exists() or dest.is_symlink():
            if not dest.is_file() or not is_salesdesk_backup(dest):
                raise UserError(
                    translate(
                        "Backup", "{path} exists and is not a SalesDesk backup; it was not replaced."
                    ).format(path=dest)
                )
            if not force:
                raise UserError(
                    translate("Backup", "{path} already exists; use --force to replace it.").format(path=dest)
                )
    except OSError as exc:
        raise _os_problem(exc, dest) from None
    return dest


def backup_database(
    db: Database, dest: Path | None = None, *, reason: str = "manual", force: bool = False
) -> Path:
    """Copy the live database consistently to ``dest`` (default: the rotating folder).

    ``dest`` may be a folder (a new name is made in it) or a file name, which must not exist
    unless ``force`` (and then it must be a SalesDesk backup)."""
    source = _require_file(db)
    if dest is None:
        folder = paths.backups_dir()
        clean_stale_parts(folder)
        target = _unique(folder, reason)
    else:
        target = _resolve_dest(Path(dest).expanduser(), force)
        clean_stale_parts(target.parent)
    clean_stale_parts(source.parent)  # a killed restore stages its copy there
    conn = _live_connection(source)
    try:
        _copy_live(conn, target, force=force)
    finally:
        conn.close()
    if dest is None:
        rotate(reason)
    return target


def _automatic(folder: Path) -> Iterator[tuple[str, Path]]:
    """(kind, path) of every automatic backup in ``folder``, oldest first."""
    found = []
    for entry in folder.iterdir():
        match = _BACKUP_NAME.match(entry.name)
        if match is not None:
            found.append((match.group(1), int(match.group(2) or 1), kind_of(match.group(3)), entry))
    found.sort(key=lambda f: (f[0], f[1]))
    for *_order, kind, entry in found:
        yield kind, entry


def rotate(reason: str) -> None:
    """Keep only the newest ``KEEP`` automatic backups of ``reason``'s kind; other kinds are
    never touched (so routine backups cannot push out a before-restore copy)."""
    kind = kind_of(reason)
    same = [path for found, path in _automatic(paths.backups_dir()) if found == kind]
    for old in same[:-KEEP]:
        old.unlink(missing_ok=True)


def daily_backup(db: Database) -> Path | None:
    """Make today's automatic backup unless one exists already."""
    if db.path is None or not db.path.exists():
        return None
    today = datetime.now(UTC).strftime("%Y%m%d")
    if any(paths.backups_dir().glob(f"salesdesk-{today}-*-daily.sqlite3")):
        return None
    return backup_database(db, reason="daily")


def list_backups() -> list[Path]:
    return sorted(paths.backups_dir().glob("salesdesk-*.sqlite3"), reverse=True)


# --- restoring ----------------------------------------------------------------------------


def _stage(source: Path, folder: Path) -> Path:
    """Copy ``source`` into a private part file in ``folder`` (next to the live database)."""
    try:
        if not source.is_file():
            raise UserError(translate("Backup", "No backup file at {path}.").format(path=source))
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(
                translate("Backup", "The file name is too long: {path}").format(path=source)
            ) from None
        raise UserError(
            translate("Backup", "Cannot read {path}: {reason}").format(
                path=source, reason=exc.strerror or exc
            )
        ) from None
    part: Path | None = None
    try:
        part = _new_part(folder)
        with source.open("rb") as src, part.open("wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        staged, part = part, None
        return staged
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == source:
            raise UserError(
                translate("Backup", "Cannot read {path}: {reason}").format(
                    path=source, reason=exc.strerror or exc
                )
            ) from None
        raise _os_problem(exc, folder / source.name) from None
    finally:
        if part is not None:
            _remove_part(part)


@contextmanager
def _exclusive(path: Path) -> Iterator[sqlite3.Connection]:
    """The live database taken for this process alone until the block ends.

    With ``locking_mode=EXCLUSIVE`` the first write transaction takes SQLite's exclusive lock
    on the file and keeps it after the commit: that needs every other connection (a window, an
    import, another command) closed, waiting ``LOCK_WAIT_SECONDS`` for them; meanwhile and
    afterwards others can neither read nor write until this connection closes."""
    conn = sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
            if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
                raise UserError(
                    translate(
                        "Backup",
                        "The database is in use by another program (a SalesDesk window, an import); "
                        "close it and restore again.",
                    )
                ) from None
            raise
        yield conn
    finally:
        conn.close()


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def restore_database(db: Database, source: Path) -> Path | None:
    """Replace the database's contents with the backup ``source``.

    The backup is checked completely first (see the module's docstring); then, with the live
    database locked for this process alone, its current data is saved as a ``before-restore``
    backup (whose path is returned; None when there was no data) and the backup written in."""
    target = _require_file(db)
    source = Path(source).expanduser()
    known = shipped_revisions(db)
    db.dispose()
    folder = target.parent
    clean_stale_parts(folder)
    backups = paths.backups_dir()
    clean_stale_parts(backups)
    staged = _stage(source, folder)
    try:
        check_backup_file(staged, source, known)
        if not target.exists():
            try:
                os.replace(staged, target)
            except OSError as exc:
                raise _os_problem(exc, target) from None
            return None
        src = sqlite3.connect(staged)
        try:
            with _exclusive(target) as live:
                safety: Path | None = None
                if _has_tables(live):
                    safety = _unique(backups, "before-restore")
                    _copy_live(live, safety)
                try:
                    src.backup(live)
                except sqlite3.Error as exc:
                    problem = _sqlite_problem(exc, target)
                    if problem is None:
                        raise
                    if safety is not None:  # the live file is as it was: no copy of it needed
                        safety.unlink(missing_ok=True)
                    raise problem from None
        finally:
            src.close()
    finally:
        _remove_part(staged)
    if safety is not None:
        rotate("before-restore")
    return safety
