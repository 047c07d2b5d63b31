"""The Board view (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salesdesk.gui.context import AppContext
from salesdesk.gui.views.coming import ComingPage


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ComingPage(
        QCoreApplication.translate("Views", "Board"),
        QCoreApplication.translate(
            "ComingPage", "One column per funnel stage, a card per lead, moved by drag and drop."
        ),
        parent,
    )
