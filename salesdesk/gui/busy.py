"""The window's side of "another writer has the database": a waiting dialog, or a status line.

``DialogWaiter`` is the ``Database.waiter`` of the window (see ``salesdesk.db.engine``).
On the GUI thread it shows a modal "Waiting for another SalesDesk window or command to
finish…" dialog with a "Stop waiting" button while a write waits for the write lock; the
event loop keeps running meanwhile (the window repaints, nothing else can be started).
Stopping, or waiting too long, raises ``DatabaseBusyError``, which the exception hook shows
as a dialog. A worker thread (an import) waits without a dialog and says so in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QProgressDialog

from salesdesk.db.engine import DatabaseBusyError


def waiting_text() -> str:
    return QCoreApplication.translate(
        "Database", "Waiting for another SalesDesk window or command to finish…"
    )


class _Relay(QObject):
    """Carries the status line from a worker thread to the GUI thread (queued)."""

    text = Signal(str)


class DialogWaiter:
    def __init__(self) -> None:
        self.relay = _Relay()  # made on the GUI thread
        self.dialog: QProgressDialog | None = None
        self.told_status = False

    def show_status_on(self, signal: SignalInstance) -> None:
        """Where a worker thread's wait is told (the status bar's ``statusMessage``)."""
        self.relay.text.connect(signal, Qt.ConnectionType.QueuedConnection)

    def waiting(self, seconds: float) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            if not self.told_status:
                self.told_status = True
                self.relay.text.emit(waiting_text())
            return
        if self.dialog is None:
            dialog = QProgressDialog(
                waiting_text(),
                QCoreApplication.translate("Database", "Stop waiting"),
                0,
                0,
                QApplication.activeWindow(),
            )
            dialog.setWindowTitle(QCoreApplication.translate("Database", "SalesDesk"))
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.show()
            self.dialog = dialog
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise DatabaseBusyError(
                QCoreApplication.translate(
                    "Database",
                    "You stopped waiting: nothing was changed. Try again when the other one has finished.",
                )
            )

    def done(self) -> None:
        self.told_status = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
