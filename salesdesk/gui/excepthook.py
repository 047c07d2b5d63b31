"""An unexpected error shows a short message and writes the full trace to a rotating log."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from salesdesk import paths
from salesdesk.errors import UserError

log = logging.getLogger("salesdesk")


def setup_logging() -> None:
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    handler = RotatingFileHandler(
        paths.logs_dir() / "salesdesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def handle_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    if isinstance(error, UserError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "SalesDesk"), str(error))
        return
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if isinstance(app, QApplication):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "Errors", "SalesDesk ran into an unexpected error. Your saved data is safe."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("Errors", "Details were written to {path}").format(
                path=paths.logs_dir() / "salesdesk.log"
            )
        )
        box.setDetailedText(f"{kind.__name__}: {error}")
        box.exec()


def install() -> None:
    setup_logging()
    sys.excepthook = handle_exception
