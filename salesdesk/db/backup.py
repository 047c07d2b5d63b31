"""Backups of the SQLite database with SQLite's online backup API.

Automatic backups go to ``<data folder>/backups`` (one a day when the app starts, and one
before every migration) and rotate: the newest ``KEEP`` of each kind are kept.
``salesdesk backup [DEST]`` and ``salesdesk restore SRC`` are the manual front.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from salesdesk import paths
from salesdesk.db.engine import SQLITE_MAGIC, Database
from salesdesk.errors import UserError
from salesdesk.i18n import translate

KEEP = 7


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            translate(
                "Backup",
                "Backups are made of SQLite files; back up a server database with its own tools.",
            )
        )
    return db.path


def _copy(source: Path, dest: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def backup_database(db: Database, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy the live database consistently to ``dest`` (default: the rotating folder)."""
    source = _require_file(db)
    if dest is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        dest = paths.backups_dir() / f"salesdesk-{stamp}-{reason}.sqlite3"
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / f"salesdesk-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.sqlite3"
    if not dest.parent.exists():
        raise UserError(translate("Backup", "The folder {folder} does not exist.").format(folder=dest.parent))
    tmp = dest.with_name(dest.name + ".part")
    try:
        _copy(source, tmp)
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            translate("Backup", "Cannot write the backup {path}: {reason}").format(path=dest, reason=exc)
        ) from None
    if dest.parent == paths.backups_dir():
        rotate(reason)
    return dest


def rotate(reason: str) -> None:
    """Keep only the newest ``KEEP`` automatic backups made for ``reason``."""
    kind = reason.split("-")[0]
    found = sorted(paths.backups_dir().glob(f"salesdesk-*-{kind}*.sqlite3"))
    for old in found[:-KEEP]:
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


def restore_database(db: Database, source: Path) -> Path:
    """Replace the database's contents with the backup ``source``; the current data is
    backed up first (and that backup's path returned)."""
    target = _require_file(db)
    source = Path(source).expanduser()
    if not source.is_file():
        raise UserError(translate("Backup", "No backup file at {path}.").format(path=source))
    with source.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise UserError(translate("Backup", "{path} is not a SalesDesk backup.").format(path=source))
    check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        tables = set()
    finally:
        check.close()
    if not {"leads", "contacts", "alembic_version"} <= tables:
        raise UserError(translate("Backup", "{path} is not a SalesDesk backup.").format(path=source))
    safety = backup_database(db, reason="before-restore") if target.exists() else target
    db.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(target)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return safety
