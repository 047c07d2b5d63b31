"""Help → Getting started and Help → Keyboard shortcuts.

The shortcut list is read from the window's own actions (the registry in ``actions.py`` and
the Ctrl+1… view actions), so it can never drift from what the keys really do; the keys that
work inside one view (board cards, the agenda, the leads table) are listed after them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP

# Keys handled inside a view (keyPressEvent / QShortcut there): (key text, what it does).
_BOARD = QT_TRANSLATE_NOOP("Help", "Board")
_LEADS = QT_TRANSLATE_NOOP("Help", "Leads")
_AGENDA = QT_TRANSLATE_NOOP("Help", "Follow-ups")
_FORMS = QT_TRANSLATE_NOOP("Help", "Forms")
VIEW_KEYS: list[tuple[str, str, str]] = [
    (_BOARD, "←  →", QT_TRANSLATE_NOOP("Help", "Go to the previous / next column")),
    (_BOARD, "Ctrl+←  Ctrl+→", QT_TRANSLATE_NOOP("Help", "Move the card to the previous / next stage")),
    (_BOARD, "Enter", QT_TRANSLATE_NOOP("Help", "Open the lead")),
    (_LEADS, "Enter", QT_TRANSLATE_NOOP("Help", "Open the lead")),
    (_LEADS, "Delete", QT_TRANSLATE_NOOP("Help", "Delete the selected leads")),
    (_AGENDA, "Space", QT_TRANSLATE_NOOP("Help", "Mark done")),
    (_AGENDA, "S", QT_TRANSLATE_NOOP("Help", "Snooze")),
    (_AGENDA, "E", QT_TRANSLATE_NOOP("Help", "Edit")),
    (_AGENDA, "Enter", QT_TRANSLATE_NOOP("Help", "Open the lead or contact")),
    (_AGENDA, "Delete", QT_TRANSLATE_NOOP("Help", "Delete")),
    (_FORMS, "Ctrl+S", QT_TRANSLATE_NOOP("Help", "Save the lead or contact")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, key, what) for every window action with a shortcut, then the in-view keys."""
    rows: list[tuple[str, str, str]] = []
    actions: dict[str, QAction] = getattr(window, "actions_by_id", {})
    for action in actions.values():
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        key_text = "  ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((QCoreApplication.translate("Help", "Everywhere"), key_text, text))
    rows += [(_tr(where), keys, _tr(what)) for where, keys, what in VIEW_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class GettingStartedDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(600, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("SalesDesk in five steps"))
        heading.setProperty("role", "chartTitle")
        layout.addWidget(heading)
        text = QTextBrowser()
        text.setObjectName("gettingStartedText")
        text.setOpenExternalLinks(False)
        steps = [
            self.tr(
                "<b>Tell who you are.</b> File → Team members… lists the people who sell; "
                "the first start asks your name. New leads and follow-ups are given to you."
            ),
            self.tr(
                "<b>Bring in your people.</b> File → Import sheet… (Ctrl+I) reads Excel, CSV and "
                "OpenDocument files: a trade-show list, a bought prospect list or an old CRM export. "
                "Check the preview, fix the rows it marks and import. The Imports view can undo a "
                "whole import again."
            ),
            self.tr(
                "<b>Work the board.</b> Every lead is a card in its funnel stage. Drag a card, or press "
                "Ctrl+→, to move it on; double-click or Enter opens the lead. Won and lost ask why."
            ),
            self.tr(
                "<b>Never forget a follow-up.</b> Every lead gets a next step: Leads → Add follow-up… "
                "(Ctrl+Shift+U). The Follow-ups view lists what is due today and what is overdue; "
                "Space marks one done, S snoozes it."
            ),
            self.tr(
                "<b>Credit referrals and see the numbers.</b> Referrals shows who brought whom and "
                "who still needs a thank-you; the Dashboard shows sales, win rate and the forecast. "
                "File → Export… (Ctrl+E) writes what a view shows to Excel."
            ),
        ]
        text.setHtml(
            "<ol>"
            + "".join(f"<li style='margin-bottom:8px'>{step}</li>" for step in steps)
            + "</ol><p>"
            + self.tr(
                "Everything is saved at once in a file on this computer and works with no network. "
                "SalesDesk backs the file up every day; File → Back up now makes a copy by hand. "
                "Help → Keyboard shortcuts lists every key."
            )
            + "</p>"
        )
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_getting_started(window: QWidget) -> None:
    GettingStartedDialog(window).exec()


def show_shortcuts(window: QWidget) -> None:
    ShortcutsDialog(window).exec()
