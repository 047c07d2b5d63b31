"""Running long work off the GUI thread, with progress and cancel.

The work function gets a ``Progress`` it may call (``progress(done, total)``) and check
(``progress.cancelled``); it must open its own database session.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from salesdesk.errors import UserError


class Progress:
    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self.cancelled = False

    def __call__(self, done: int, total: int) -> None:
        self._emit(done, total)


class Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, is it the user's mistake

    def __init__(self, work: Callable[[Progress], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress = Progress(self.progressed.emit)

    def cancel(self) -> None:
        self.progress.cancelled = True

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except UserError as error:
            self.failed.emit(str(error), True)
        except Exception as error:  # reported to the window, logged there
            from salesdesk.gui.excepthook import log

            log.error("Background work failed\n%s", traceback.format_exc())
            self.failed.emit(f"{type(error).__name__}: {error}", False)
        else:
            self.succeeded.emit(result)
