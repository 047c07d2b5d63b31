""" "Fix row…" in the import preview: every original cell of a row, editable.

The dialog lists the row's cells by their sheet header, with the field each one goes to,
marks the cells with a problem and shows the pipeline's message under each. Apply sends the
changed cells to ``PreviewPage.fix_row`` (``pipeline.fix_cells``: the same normalisers as the
whole sheet, several cells at once); a row that is still invalid stays open with its
remaining problems, a valid one closes and the preview says where it went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.sheets import pipeline
from salesdesk.sheets.mapping import field_label
from salesdesk.sheets.readers import cell_text

if TYPE_CHECKING:
    from salesdesk.gui.import_wizard import PreviewPage

_ERROR_STYLE = (
    "QLineEdit { background: #ffebee; border: 1px solid #d32f2f; border-radius: 3px; padding: 2px 4px; }"
)
_WARN_STYLE = (
    "QLineEdit { background: #fff8e1; border: 1px solid #c98a00; border-radius: 3px; padding: 2px 4px; }"
)
_ERROR_TEXT = "color: #b71c1c;"
_WARN_TEXT = "color: #8a5a00;"
_MUTED_TEXT = "color: #5f6b7a;"


class FixRowDialog(QDialog):
    """Correct any cell of one row of the preview and check the row again."""

    def __init__(self, page: PreviewPage, row_index: int) -> None:
        super().__init__(page)
        self.page = page
        self.row_index = row_index
        analysis = page.wiz.analysis
        assert analysis is not None
        self.analysis = analysis
        self.setObjectName("fixRowDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ImportFixRow", "Fix row {row}").format(row=self.row.row)
        )
        self.resize(640, 560)

        self.summary = QLabel()
        self.summary.setObjectName("fixSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(
            QCoreApplication.translate(
                "ImportFixRow",
                "Correct the cells as they should have been in the sheet; they are checked again with the same rules as the whole file. Marked cells have a problem.",  # noqa: E501
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(_MUTED_TEXT)

        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        head_column = QLabel(QCoreApplication.translate("ImportFixRow", "Column in the sheet"))
        head_value = QLabel(QCoreApplication.translate("ImportFixRow", "Value"))
        for w in (head_column, head_value):
            font = w.font()
            font.setBold(True)
            w.setFont(font)
        self.grid.addWidget(head_column, 0, 0)
        self.grid.addWidget(head_value, 0, 1)
        self.edits: list[QLineEdit] = []
        self.messages: list[QLabel] = []
        self._focus_target: QLineEdit | None = None
        self.names: list[QLabel] = []
        self._sheet_text: list[str] = []
        names = analysis.header.names
        row = self.row
        for c, name in enumerate(names):
            text = cell_text(row.original[c]) if c < len(row.original) else ""
            self._sheet_text.append(text)
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName(f"fixName{c}")
            label.setToolTip(name)
            target = QLabel(self._target(c))
            target.setStyleSheet(_MUTED_TEXT)
            edit = QLineEdit(text)
            edit.setObjectName(f"fixCell{c}")
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(name)
            message = QLabel()
            message.setObjectName(f"fixMessage{c}")
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.hide()
            base = 1 + c * 3
            name_box = QVBoxLayout()
            name_box.setSpacing(0)
            name_box.addWidget(label)
            name_box.addWidget(target)
            self.grid.addLayout(name_box, base, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(edit, base, 1)
            self.grid.addWidget(message, base + 1, 1)
            spacer = QFrame()
            spacer.setFixedHeight(6)
            self.grid.addWidget(spacer, base + 2, 0, 1, 2)
            self.edits.append(edit)
            self.messages.append(message)
            self.names.append(label)
        self.grid.setRowStretch(1 + len(names) * 3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.scroller = scroll

        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(QCoreApplication.translate("ImportFixRow", "&Apply"))
        self.apply_button.setObjectName("fixApply")
        self.reset_button = QPushButton(QCoreApplication.translate("ImportFixRow", "&Undo changes"))
        self.reset_button.setObjectName("fixReset")
        self.reset_button.setToolTip(
            QCoreApplication.translate("ImportFixRow", "Put back the values this dialog opened with")
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ImportFixRow", "Cancel"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)
        cancel.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(intro)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.buttons)
        self.apply_button.setDefault(True)  # Enter in any cell applies (once it is in the dialog)
        self._show_problems()

    # --- state ------------------------------------------------------------------------------
    @property
    def row(self) -> pipeline.RowResult:
        return self.analysis.rows[self.row_index]

    def _target(self, c: int) -> str:
        f = self.analysis.mapping[c] if c < len(self.analysis.mapping) else None
        if f:
            return "→ " + field_label(f)
        if self.page.opts.unmapped_to_notes:
            return "→ " + QCoreApplication.translate("ImportFixRow", "notes")
        return QCoreApplication.translate("ImportFixRow", "not imported")

    def changes(self) -> dict[int, str]:
        """The cells the user changed: column → new text."""
        return {c: e.text() for c, e in enumerate(self.edits) if e.text() != self._sheet_text[c]}

    def _show_problems(self) -> None:
        row = self.row
        names = self.analysis.header.names
        by_column: dict[str, list[pipeline.CellProblem]] = {}
        for p in row.problems:
            if p.column is not None:
                by_column.setdefault(p.column, []).append(p)
        first_bad: QLineEdit | None = None
        for c, name in enumerate(names):
            probs = by_column.get(name, [])
            edit, message, label = self.edits[c], self.messages[c], self.names[c]
            font = label.font()
            font.setBold(bool(probs))
            label.setFont(font)
            if probs:
                error = any(p.error for p in probs)
                edit.setStyleSheet(_ERROR_STYLE if error else _WARN_STYLE)
                message.setStyleSheet(_ERROR_TEXT if error else _WARN_TEXT)
                message.setText("\n".join(p.message for p in probs))
                message.show()
                edit.setToolTip(message.text())
                if first_bad is None or (error and first_bad.styleSheet() != _ERROR_STYLE):
                    first_bad = edit
            else:
                edit.setStyleSheet("")
                edit.setToolTip("")
                message.clear()
                message.hide()
        whole_row = [p.message for p in row.problems if p.column is None]
        n_errors = len(row.errors)
        n_warnings = len(row.problems) - n_errors
        if row.status == pipeline.INVALID:
            head = QCoreApplication.translate(
                "ImportFixRow", "Row {row} is not valid and will not be imported."
            ).format(row=row.row)
            counts = QCoreApplication.translate(
                "ImportFixRow", "Errors: {errors}, warnings: {warnings}."
            ).format(errors=n_errors, warnings=n_warnings)
            self.summary.setStyleSheet(_ERROR_TEXT)
        else:
            head = QCoreApplication.translate("ImportFixRow", "Row {row} will be imported ({group}).").format(
                row=row.row, group=_group_name(row.status)
            )
            counts = (
                QCoreApplication.translate(
                    "ImportFixRow", "Warnings: {warnings}; those values are left out unless you correct them."
                ).format(warnings=n_warnings)
                if n_warnings
                else ""
            )
            self.summary.setStyleSheet(_WARN_TEXT if n_warnings else "")
        self.summary.setText("\n".join(x for x in (head, *whole_row, counts) if x))
        self._focus_target = first_bad or (self.edits[0] if self.edits else None)
        if self.isVisible():
            self.focus_first_problem()

    def focus_first_problem(self) -> None:
        """Put the cursor in the first cell with an error (else a warning, else the first)."""
        target = self._focus_target
        if target is not None:
            target.setFocus()
            target.selectAll()
            self.scroller.ensureWidgetVisible(target)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_first_problem()

    # --- actions ----------------------------------------------------------------------------
    def reset(self) -> None:
        for c, e in enumerate(self.edits):
            e.setText(self._sheet_text[c])

    def apply(self) -> None:
        changes = self.changes()
        if not changes and self.row.status == pipeline.INVALID:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + QCoreApplication.translate(
                    "ImportFixRow", "Nothing was changed: correct a marked cell first."
                )
            )
            return
        row = self.page.fix_row(self.row_index, changes) if changes else self.row
        self._sheet_text = [
            cell_text(row.original[c]) if c < len(row.original) else "" for c in range(len(self.edits))
        ]
        if row.status != pipeline.INVALID:
            self.accept()
            return
        self._show_problems()


def _group_name(status: str) -> str:
    from salesdesk.gui.import_wizard import _status_label

    return _status_label(status)


def open_fix_dialog(page: PreviewPage, row_index: int) -> FixRowDialog | None:
    """Open "Fix row…" (window-modal) for a row that has its original cells."""
    analysis = page.wiz.analysis
    if analysis is None or not analysis.rows[row_index].original:
        return None
    dialog = FixRowDialog(page, row_index)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
