"""Erasing a person for good: the rows, the bytes of the SQLite file and WAL, the backups.

``privacy.erase_person`` blanks the rows inside a transaction. ``erase`` wraps it for the
window and ``salesdesk person erase``:

1. On SQLite the transaction runs with ``PRAGMA secure_delete`` on, so the cells and pages
   it frees are overwritten with zeros, and the search index is merged so deleted FTS5
   entries leave its segments (``search_index.purge``).
2. ``VACUUM`` then rewrites the whole file from the live rows: bytes left in free space by
   *earlier* edits (an e-mail corrected last month) go too. ``PRAGMA wal_checkpoint(TRUNCATE)``
   empties the WAL. If another program holds the database open the checkpoint cannot
   finish: ``EraseReport.file_clean`` is then False and erasing again later completes it.
3. Backups in the backup folder made before the erase still hold the person. They are
   found by the contact's id together with its name, e-mails or phones (or the hashes of
   people erased earlier), so a backup of another database is never touched. With
   ``purge_backups`` each is re-made without the person: a copy gets the same erase and
   VACUUM, is checked byte by byte for the person's e-mails and phones, and replaces the
   backup; a backup that cannot be re-made (older layout, damaged) is deleted.

PostgreSQL: the rows (search entries included) are rewritten in the transaction; old row
versions are reclaimed by the server's autovacuum, and its backups are the administrator's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from salesdesk.crm import privacy, settings
from salesdesk.db import backup, search_index
from salesdesk.db.engine import Database
from salesdesk.db.models import Base, Contact, ErasedIdentity
from salesdesk.errors import UserError
from salesdesk.i18n import translate


@dataclass
class EraseReport:
    erasure: privacy.Erasure
    file_clean: bool  # SQLite: no old bytes left in the file and the WAL is empty
    backups_holding: list[Path] = field(default_factory=list)  # still hold the person
    backups_remade: list[Path] = field(default_factory=list)  # re-made without them
    backups_deleted: list[Path] = field(default_factory=list)  # could not be re-made


@dataclass(frozen=True)
class Trace:
    """How to recognise the person in a backup. Held in memory only, never stored."""

    contact_id: int
    name: str  # "" once the contact is erased (the label names no one)
    emails: frozenset[str]
    phones: frozenset[str]  # E.164 where the number is valid
    salt: str
    digests: frozenset[str]  # of every erased identity in this database
    region: str

    def matches(self, name: str, emails: list[str], phones: list[str]) -> bool:
        if self.name and name == self.name:
            return True
        mails = {privacy._normal_email(e) for e in emails if e and e.strip()}
        numbers = {privacy._normal_phone(p, self.region) for p in phones if p and p.strip()}
        numbers.discard("")
        if mails & self.emails or numbers & self.phones:
            return True
        if not self.salt or not self.digests:
            return False
        digests = {privacy.identity_digest(self.salt, "email", m) for m in mails}
        digests |= {privacy.identity_digest(self.salt, "phone", n) for n in numbers}
        return bool(digests & self.digests)


def trace_of(session: Session, contact_id: int) -> Trace:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise UserError(translate("Privacy", "Contact {id} does not exist.").format(id=contact_id))
    region = settings.default_region(session)
    salt = settings.get(session, privacy.SALT_KEY) or ""
    digests = frozenset(session.scalars(select(ErasedIdentity.digest))) if salt else frozenset()
    emails = {privacy._normal_email(e) for e in (contact.email, contact.email2) if e and e.strip()}
    phones = {privacy._normal_phone(p, region) for p in (contact.phone, contact.mobile) if p and p.strip()}
    phones.discard("")
    return Trace(
        contact_id,
        "" if privacy.is_erased_contact(contact) else contact.name,
        frozenset(emails),
        frozenset(phones),
        salt,
        digests,
        region,
    )


# --- the live database ------------------------------------------------------------------


def _erase_rows(db: Database, contact_id: int) -> privacy.Erasure:
    """``privacy.erase_person`` in its own transaction; on SQLite with secure_delete on."""
    if not db.is_sqlite:
        with db.transaction() as session:
            return privacy.erase_person(session, contact_id)
    with db.engine.connect() as conn:
        was = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.commit()
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                result = privacy.erase_person(session, contact_id)
                session.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"PRAGMA secure_delete = {int(was or 0)}")
            conn.commit()
    return result


def scrub_file(engine: Engine) -> bool:
    """Rewrite a SQLite file from its live rows (VACUUM) and empty its WAL. True when the
    checkpoint finished (no other connection was reading an older state)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.exec_driver_sql("VACUUM")
        except OperationalError as exc:  # another program writing longer than the busy timeout
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise
            return False
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
    return not busy


def erase(db: Database, contact_id: int, *, purge_backups: bool = False) -> EraseReport:
    """Erase a person everywhere this program keeps data (see the module docstring)."""
    with db.session() as session:
        before = trace_of(session, contact_id)
    result = _erase_rows(db, contact_id)
    if not db.is_sqlite:
        return EraseReport(result, True)
    clean = scrub_file(db.engine)
    with db.session() as session:
        after = trace_of(session, contact_id)
    trace = dataclasses.replace(before, salt=after.salt, digests=after.digests)  # + this erase's hashes
    report = EraseReport(result, clean)
    for path in backups_holding(db, trace):
        if not purge_backups:
            report.backups_holding.append(path)
        elif remake_backup(path, trace):
            report.backups_remade.append(path)
        else:
            report.backups_deleted.append(path)
    return report


# --- backups ----------------------------------------------------------------------------


def backups_holding(db: Database, trace: Trace) -> list[Path]:
    """The backups in the backup folder that still hold this person (SQLite only: the
    backups of a server database are made with the server's tools)."""
    if not db.is_sqlite:
        return []
    live = db.path.resolve() if db.path is not None else None
    return [p for p in backup.list_backups() if p.resolve() != live and _holds(p, trace)]


def person_backups(db: Database, contact_id: int) -> list[Path]:
    """The backups that hold this contact now (before an erase: for the erase dialog)."""
    with db.session() as session:
        trace = trace_of(session, contact_id)
    return backups_holding(db, trace)


_ROW = "SELECT name, email, email2, phone, mobile FROM contacts WHERE id = ?"


def _holds(path: Path, trace: Trace) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute(_ROW, (trace.contact_id,)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    if row is None:
        return False
    name, email, email2, phone, mobile = (str(v or "") for v in row)
    return trace.matches(name, [email, email2], [phone, mobile])


def _plain_engine(path: Path) -> Engine:
    """An engine on a backup copy that keeps its journal mode (the app's engine would turn
    on WAL) but checks foreign keys like the app."""
    engine = create_engine(f"sqlite:///{path}")

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    event.listen(engine, "connect", on_connect)
    return engine


def _same_layout(engine: Engine) -> bool:
    """Every table and column of the models is in the copy (the erase writes through them)."""
    found = inspect(engine)
    tables = set(found.get_table_names())
    for table in Base.metadata.tables.values():
        if table.name not in tables:
            return False
        if {c.name for c in table.columns} - {c["name"] for c in found.get_columns(table.name)}:
            return False
    return True


def _left_in(raw: bytes, values: list[str]) -> list[str]:
    return [v for v in values if v and v.encode() in raw]


class _NotRemadeError(Exception):
    """The copy cannot be re-made, or still holds some of the person's values."""


def remake_backup(path: Path, trace: Trace) -> bool:
    """Re-make one backup without the person: erase them in a copy, VACUUM, check the bytes,
    replace the backup. A backup that cannot be re-made is deleted. True when re-made."""
    work = path.with_name(path.name + ".erasing")
    try:
        _remake(path, work, trace)
    except (sqlite3.Error, OSError, UserError, SQLAlchemyError, _NotRemadeError):
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        return False
    return True


def _remake(path: Path, work: Path, trace: Trace) -> None:
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        target = sqlite3.connect(work)
        try:
            source.backup(target)
        finally:
            target.close()
        row = source.execute(_ROW, (trace.contact_id,)).fetchone()
    finally:
        source.close()
    values = [str(v) for v in row[1:] if v] if row else []
    values += [v.lstrip("+") for v in values if v.startswith("+")]
    engine = _plain_engine(work)
    try:
        if not _same_layout(engine):
            raise _NotRemadeError("older layout")
        copy = Database(f"sqlite:///{work}", engine)
        search_index.install(copy.session_factory)
        _erase_rows(copy, trace.contact_id)
        with copy.session() as session:  # the same e-mail or phone on another contact stays
            others = session.execute(
                select(Contact.email, Contact.email2, Contact.phone, Contact.mobile).where(
                    Contact.id != trace.contact_id
                )
            ).all()
        shared = {str(v) for row in others for v in row if v}
        if not scrub_file(engine):
            raise _NotRemadeError("busy")
    finally:
        engine.dispose()
    left = _left_in(work.read_bytes(), [v for v in values if v not in shared and "+" + v not in shared])
    if left:
        raise _NotRemadeError(", ".join(left))
    with contextlib.suppress(OSError):
        os.utime(work, (path.stat().st_atime, path.stat().st_mtime))
    os.replace(work, path)


def report_lines(report: EraseReport, *, cli: bool) -> list[str]:
    """What the window and the command line say after an erase, besides the counts."""
    lines = []
    if not report.file_clean:
        lines.append(
            translate(
                "Privacy",
                "Another program has the database open, so the file may still hold old copies of "
                "the data: close it and erase again.",
            )
        )
    if report.backups_holding:
        n = len(report.backups_holding)
        if cli:
            lines.append(
                translate(
                    "Privacy",
                    "Backups made before the erase that still hold this person: {n}. Erase again with "
                    "--purge-backups to re-make them without the person.",
                ).format(n=n)
            )
        else:
            lines.append(
                translate(
                    "Privacy", "Backups made before the erase that still hold this person: {n}."
                ).format(n=n)
            )
    if report.backups_remade:
        lines.append(
            translate("Privacy", "Backups re-made without the person: {n}.").format(
                n=len(report.backups_remade)
            )
        )
    if report.backups_deleted:
        lines.append(
            translate("Privacy", "Backups deleted because they could not be re-made: {n}.").format(
                n=len(report.backups_deleted)
            )
        )
    return lines
