"""The first page of an empty database: import a sheet, or load demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setProperty("role", "card")
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(QIcon(":/icons/salesdesk.svg").pixmap(56, 56))
        title = QLabel(self.tr("Welcome to SalesDesk"))
        title.setProperty("role", "title")
        text = QLabel(
            self.tr(
                "Your database is empty. Bring in the leads you already have from an Excel or CSV "
                "sheet, or look around first with realistic demo data."
            )
        )
        text.setWordWrap(True)
        text.setProperty("role", "subtitle")
        buttons = QHBoxLayout()
        self.import_button = QPushButton(QIcon(":/icons/imports.svg"), self.tr("Import a sheet…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setObjectName("welcomeImport")
        self.demo_button = QPushButton(QIcon(":/icons/demo.svg"), self.tr("Load demo data"))
        self.demo_button.setProperty("role", "secondary")
        self.demo_button.setObjectName("welcomeDemo")
        self.import_button.clicked.connect(self.importRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Demo data can be removed later by starting with a new database file."))
        hint.setWordWrap(True)
        for widget in (logo, title, text):
            inner.addWidget(widget)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        inner.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
