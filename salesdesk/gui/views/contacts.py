"""The Contacts view (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salesdesk.gui.context import AppContext
from salesdesk.gui.views.coming import ComingPage


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ComingPage(
        QCoreApplication.translate("Views", "Contacts"),
        QCoreApplication.translate("ComingPage", "People and organizations, with their leads and referrals."),
        parent,
    )
