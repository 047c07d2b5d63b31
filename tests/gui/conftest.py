"""GUI fixtures: an isolated QSettings store, the application context and the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from salesdesk.db import Database
from salesdesk.gui.context import AppContext


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName("SalesDesk-tests")
    QCoreApplication.setApplicationName("SalesDesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def ctx(qapp, db: Database) -> AppContext:  # type: ignore[no-untyped-def]
    """An application context on a fresh database, in English."""
    from salesdesk.gui.app import create_application

    create_application("en")
    return AppContext(db, "en")


@pytest.fixture
def window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The main window, shown (offscreen)."""
    from salesdesk.gui.mainwindow import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
