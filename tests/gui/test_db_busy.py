"""The window and a busy or unusable database: a waiting dialog while another writer works,
a clear dialog when it gives up or cannot open the database, never a traceback."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from salesdesk.db import open_database
from salesdesk.db.engine import DatabaseBusyError
from salesdesk.db.models import Tag

ROOT = Path(__file__).resolve().parents[2]

# Another process holds the write lock for the given seconds (a raw SQLite writer).
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_a_write_waits_with_a_dialog_then_goes_through(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.busy import DialogWaiter

    db = open_database(tmp_path / "crm.sqlite3")
    waiter = DialogWaiter()
    db.waiter = waiter
    seen: list[str] = []
    QTimer.singleShot(
        600,
        lambda: seen.append(waiter.dialog.labelText() if waiter.dialog and waiter.dialog.isVisible() else ""),
    )
    holder = _hold(db.path, 2.0)  # type: ignore[arg-type]
    try:
        with db.transaction() as session:
            session.add(Tag(name="after the wait"))
    finally:
        holder.wait(timeout=60)
    assert seen == ["Waiting for another SalesDesk window or command to finish…"]
    assert waiter.dialog is None  # closed once the lock was taken
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Tag).where(Tag.name == "after the wait")) == 1
    db.dispose()


def test_stop_waiting_gives_a_clear_error_and_writes_nothing(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.busy import DialogWaiter

    db = open_database(tmp_path / "crm.sqlite3")
    waiter = DialogWaiter()
    db.waiter = waiter
    QTimer.singleShot(600, lambda: waiter.dialog.cancel() if waiter.dialog else None)
    holder = _hold(db.path, 5.0)  # type: ignore[arg-type]
    try:
        with pytest.raises(DatabaseBusyError, match="You stopped waiting"), db.transaction() as session:
            session.add(Tag(name="never"))
    finally:
        holder.wait(timeout=60)
    assert waiter.dialog is None
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Tag)) == 0
    db.dispose()


def _other_program(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer(path: Path) -> Path:
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'money_9'")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "words"), [(_other_program, "another program"), (_newer, "newer SalesDesk")]
)
def test_the_window_shows_why_it_cannot_open_a_database(  # type: ignore[no-untyped-def]
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make,
    words: str,
) -> None:
    from salesdesk.gui.app import run_app

    path = make(tmp_path / "crm.db")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own hook
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # were a window opened, do not block
    log = logging.getLogger("salesdesk")
    handlers = list(log.handlers)
    try:
        assert run_app(db=str(path), lang="en") == 2
    finally:  # run_app logs to this test's data folder: leave the logger as it was
        for handler in set(log.handlers) - set(handlers):
            log.removeHandler(handler)
            handler.close()
    assert len(shown) == 1 and words in shown[0]
    assert "Traceback" not in capsys.readouterr().err
