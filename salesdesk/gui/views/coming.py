"""An honest placeholder for a view whose feature has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/coming.svg").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            QCoreApplication.translate("ComingPage", "Coming soon: this view is not built yet.") + "\n" + what
        )
        note.setProperty("role", "subtitle")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        for widget in (icon, heading, note):
            layout.addWidget(widget)
        layout.addStretch(2)
