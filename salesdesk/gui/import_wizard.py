"""The import wizard: file → sheet → mapping → preview → batch settings → run → summary.

Everything it decides goes through ``salesdesk.sheets`` (the same functions as
``salesdesk import``); the analysis of the whole file and the import itself run in a
``Worker`` thread with its own session, with progress and Cancel.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesdesk.crm import labels
from salesdesk.db.enums import LawfulBasis, LeadSource
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.worker import Progress, Worker
from salesdesk.sheets import batch as sheet_batch
from salesdesk.sheets import pipeline
from salesdesk.sheets.header import column_letter
from salesdesk.sheets.mapping import FIELDS, field_label
from salesdesk.sheets.readers import Sheet, cell_text, list_sheets, read_sheet

PREVIEW_SHOWN = 50
#: background work of a closed wizard, kept alive until it ends
_ORPHANS: set[Worker] = set()
_BAD = QBrush(QColor("#ffcdd2"))
_WARN = QBrush(QColor("#fff3cd"))


def _status_label(status: str) -> str:
    return {
        pipeline.NEW: QCoreApplication.translate("ImportWizard", "New"),
        pipeline.UPDATE: QCoreApplication.translate("ImportWizard", "Update"),
        pipeline.DUPLICATE: QCoreApplication.translate("ImportWizard", "Duplicate in the file"),
        pipeline.LIKELY: QCoreApplication.translate("ImportWizard", "Likely duplicate"),
        pipeline.INVALID: QCoreApplication.translate("ImportWizard", "Invalid"),
    }[status]


def _policy_choices() -> list[tuple[str, str]]:
    return [
        ("update", QCoreApplication.translate("ImportWizard", "Update empty fields only")),
        ("overwrite", QCoreApplication.translate("ImportWizard", "Overwrite")),
        ("create", QCoreApplication.translate("ImportWizard", "Create anyway")),
        ("skip", QCoreApplication.translate("ImportWizard", "Skip")),
    ]


class ImportWizard(QWizard):
    """Holds the state the pages share."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(980, 640)
        self.path: str = path or ""
        self.sheet: Sheet | None = None  # preview rows of the chosen sheet
        self.options = pipeline.ImportOptions()
        self.preview: pipeline.Analysis | None = None
        self.analysis: pipeline.Analysis | None = None
        self.result: sheet_batch.ImportResult | None = None
        self.group_policy: dict[str, str] = {}
        #: per-row decisions from the preview's context menu: row index → policy
        self.row_decisions: dict[int, str] = {}
        with ctx.db.session() as session:
            from salesdesk.crm.settings import default_region

            self.options.default_region = default_region(session)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.batch_page = BatchPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.batch_page,
            self.run_page,
        ):
            self.addPage(page)

    def fail(self, error: Exception) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("ImportWizard", "Import sheet"), str(error))

    def reject(self) -> None:
        if self.run_page.worker is not None and self.run_page.worker.isRunning():
            self.run_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        # The preview froze its analysis out of the cycle collector's way (gc.freeze);
        # once the wizard closes, everything frozen is collectable again.
        import gc

        gc.unfreeze()
        super().done(result)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Excel (xlsx, xlsm, xls), OpenDocument (ods) or CSV. Nothing is written before the last step.",  # noqa: E501
            )
        )
        self.path_edit = QLineEdit(wizard.path)
        self.path_edit.setObjectName("pathEdit")
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import sheet"),
            str(Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()),
            QCoreApplication.translate(
                "ImportWizard", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        path = self.path_edit.text().strip()
        try:
            names = list_sheets(path)
            sheet = read_sheet(path, None, max_rows=pipeline.PREVIEW_ROWS)
        except UserError as error:
            self.wiz.fail(error)
            return False
        self.wiz.path = path
        self.wiz.sheet = sheet
        self.wiz.sheet_page.names = names
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.names: list[str] = []
        self.setTitle(QCoreApplication.translate("ImportWizard", "Sheet and header row"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "The first sheet that looks like data is proposed; the header row is found below any title rows.",  # noqa: E501
            )
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerSpin")
        self.header_spin.setMinimum(1)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportWizard", "Sheet:"), self.sheet_combo)
        form.addRow(QCoreApplication.translate("ImportWizard", "Header row:"), self.header_spin)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._mark_header)
        self._loading = False

    def initializePage(self) -> None:
        self._loading = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(self.names)
        assert self.wiz.sheet is not None
        self.sheet_combo.setCurrentText(self.wiz.sheet.name)
        self._loading = False
        self._show(self.wiz.sheet)

    def _sheet_changed(self, name: str) -> None:
        if self._loading or not name:
            return
        try:
            self.wiz.sheet = read_sheet(self.wiz.path, name, max_rows=pipeline.PREVIEW_ROWS)
        except UserError as error:
            self.wiz.fail(error)
            return
        self._show(self.wiz.sheet)

    def _show(self, sheet: Sheet) -> None:
        from salesdesk.sheets.header import detect_header_row

        rows = sheet.rows[:30]
        width = max((len(r) for r in rows), default=0)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        for i, r in enumerate(rows):
            for j in range(width):
                self.table.setItem(i, j, QTableWidgetItem(cell_text(r[j]) if j < len(r) else ""))
        found = detect_header_row(sheet.rows)
        self.header_spin.setMaximum(max(1, len(sheet.rows)))
        self.header_spin.setValue((found or 0) + 1)
        self._mark_header(self.header_spin.value())

    def _mark_header(self, row: int) -> None:
        for i in range(self.table.rowCount()):
            for j in range(self.table.columnCount()):
                item = self.table.item(i, j)
                if item is not None:
                    font = item.font()
                    font.setBold(i == row - 1)
                    item.setFont(font)
        if 0 < row <= self.table.rowCount():
            self.table.selectRow(row - 1)

    def validatePage(self) -> bool:
        self.wiz.options.sheet = self.sheet_combo.currentText() or None
        self.wiz.options.header_row = self.header_spin.value()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Columns"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Each column goes to a field. The mapping is remembered for sheets with the same headers.",
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Examples"),
                QCoreApplication.translate("ImportWizard", "Field"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes_check = QCheckBox(
            QCoreApplication.translate(
                "ImportWizard", "Put the columns that are not mapped into the contact's notes"
            )
        )
        self.notes_check.setChecked(True)
        self.notes_check.setObjectName("notesCheck")
        # Columns hidden in the workbook (a bought list's helper columns): not copied to the
        # notes unless the user asks here; mapped ones import like any other.
        self.hidden_check = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Include the columns hidden in the sheet")
        )
        self.hidden_check.setObjectName("hiddenNotesCheck")
        self.hidden_check.setToolTip(
            QCoreApplication.translate(
                "ImportWizard",
                "Columns hidden in the spreadsheet usually hold the seller's helper data. "
                "They go to the notes only when this is checked; a hidden column mapped to a field is imported.",  # noqa: E501
            )
        )
        self.notes_check.toggled.connect(self.hidden_check.setEnabled)
        hidden_row = QHBoxLayout()
        hidden_row.setContentsMargins(24, 0, 0, 0)
        hidden_row.addWidget(self.hidden_check)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.notes_check)
        lay.addLayout(hidden_row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        assert self.wiz.sheet is not None
        opts = self.wiz.options
        opts.mapping = None
        try:
            preview = pipeline.analyse(self.wiz.path, opts, sheet=self.wiz.sheet)
            with self.wiz.ctx.db.session() as session:
                remembered = sheet_batch.remembered_mapping(session, preview.fingerprint)
            if remembered:
                opts.remembered = remembered
                preview = pipeline.analyse(self.wiz.path, opts, sheet=self.wiz.sheet)
        except UserError as error:
            self.wiz.fail(error)
            preview = None
        self.wiz.preview = preview
        self.table.setRowCount(0)
        self.combos = []
        if preview is None:
            return
        body = self.wiz.sheet.rows[preview.header.row_index + 1 :]
        self.table.setRowCount(len(preview.header.names))
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        hidden_tip = QCoreApplication.translate(
            "ImportWizard",
            "This column is hidden in the spreadsheet. It is imported only if you map it to a field.",
        )
        for i, name in enumerate(preview.header.names):
            hidden = preview.header.is_hidden(i)
            label = QTableWidgetItem(
                QCoreApplication.translate("ImportWizard", "{name} (hidden in the sheet)").format(name=name)
                if hidden
                else name
            )
            samples = [cell_text(r[i]) for r in body[:8] if i < len(r) and cell_text(r[i]).strip()][:3]
            examples = QTableWidgetItem(" · ".join(samples))
            if hidden:
                for item in (label, examples):
                    item.setForeground(grey)
                    item.setToolTip(hidden_tip)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
            self.table.setItem(i, 0, label)
            self.table.setItem(i, 1, examples)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWizard", "— not imported —"), None)
            for f in FIELDS:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping[i])))
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        # the sheet's column letters, as the user sees them (and hides them) in Excel
        self.table.setVerticalHeaderLabels([column_letter(i) for i in range(len(preview.header.names))])
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)
        has_hidden = bool(preview.header.hidden)
        self.hidden_check.setVisible(has_hidden)
        self.hidden_check.setChecked(opts.hidden_to_notes)
        self.hidden_check.setEnabled(self.notes_check.isChecked())

    def mapping(self) -> dict[str, str | None]:
        assert self.wiz.preview is not None
        return {name: self.combos[i].currentData() for i, name in enumerate(self.wiz.preview.header.names)}

    def validatePage(self) -> bool:
        if self.wiz.preview is None:
            return False
        self.wiz.options.mapping = self.mapping()
        self.wiz.options.unmapped_to_notes = self.notes_check.isChecked()
        self.wiz.options.hidden_to_notes = not self.hidden_check.isHidden() and self.hidden_check.isChecked()
        if not any(self.wiz.options.mapping.values()):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ImportWizard", "Import sheet"),
                QCoreApplication.translate("ImportWizard", "Map at least one column to a field."),
            )
            return False
        return True


def preview_fields(analysis: pipeline.Analysis) -> list[str]:
    """The fields the preview shows: those the sheet fills, and always the name and e-mail."""
    return [
        f
        for f in (
            "first_name",
            "last_name",
            "organization",
            "email",
            "phone",
            "mobile",
            "title",
            "postal_code",
            "city",
            "business_id",
            "temperature",
        )
        if any(f in r.values for r in analysis.rows[:500])
        or f in ("first_name", "last_name", "email")
        or f in analysis.mapping
    ]


_SOURCE_FIELDS = {"email": ("email", "email2"), "phone": ("phone",), "mobile": ("mobile",)}


class PreviewModel(QAbstractTableModel):
    """One group of the preview (plain row indices into the analysis).

    In the Invalid group the problem cells are editable: the edit replaces the raw cell and
    the row is checked again with the pipeline's own normalisers (``pipeline.fix_cell``).
    """

    def __init__(self, page: PreviewPage, group: str, fields: list[str]) -> None:
        super().__init__(page)
        self.page = page
        self.group = group
        self.fields = fields
        self.rows: list[int] = []

    # --- plumbing ---------------------------------------------------------------------------
    @property
    def analysis(self) -> pipeline.Analysis:
        assert self.page.wiz.analysis is not None
        return self.page.wiz.analysis

    def set_rows(self, rows: list[int]) -> None:
        if rows == self.rows:
            # same rows, but their contents may have changed
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_index(self, row: int) -> int:
        return self.rows[row]

    def row_changed(self, row_index: int) -> None:
        if row_index in self.rows:
            i = self.rows.index(row_index)
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _columns_of(self, f: str) -> list[int]:
        sources = _SOURCE_FIELDS.get(f, (f,))
        return [i for i, m in enumerate(self.analysis.mapping) if m in sources]

    def source_column(self, r: pipeline.RowResult, f: str) -> int | None:
        """The sheet column an edit of field ``f`` replaces (its problem column first)."""
        cols = self._columns_of(f)
        names = self.analysis.header.names
        for p in r.problems:
            for c in cols:
                if p.column == names[c]:
                    return c
        return cols[0] if cols else None

    def _problem(self, r: pipeline.RowResult, f: str) -> pipeline.CellProblem | None:
        names = {self.analysis.header.names[c] for c in self._columns_of(f)}
        found = [p for p in r.problems if p.column in names]
        return next((p for p in found if p.error), found[0] if found else None)

    def _editable(self, r: pipeline.RowResult, f: str) -> bool:
        if self.group != pipeline.INVALID or r.status != pipeline.INVALID:
            return False
        if self._problem(r, f) is not None:
            return True
        # a row with no identity at all: its name, e-mail and phone cells can be filled in
        return any(p.column is None for p in r.errors) and self.source_column(r, f) is not None

    def _raw(self, r: pipeline.RowResult, f: str) -> str:
        c = self.source_column(r, f)
        if c is None or c >= len(r.original):
            return ""
        return cell_text(r.original[c])

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportWizard", "Row")
        if section <= len(self.fields):
            return field_label(self.fields[section - 1])
        if section == len(self.fields) + 1:
            return QCoreApplication.translate("ImportWizard", "Problems")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if 1 <= col <= len(self.fields):
            r = self.analysis.rows[self.rows[index.row()]]
            if self._editable(r, self.fields[col - 1]):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.analysis.rows[self.rows[index.row()]]
        col = index.column()
        if col == 0:
            return str(r.row) if role == Qt.ItemDataRole.DisplayRole else None
        if col == len(self.fields) + 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._problems_text(r)
            return None
        f = self.fields[col - 1]
        problem = self._problem(r, f)
        if role == Qt.ItemDataRole.EditRole:
            return self._raw(r, f)
        if role == Qt.ItemDataRole.DisplayRole:
            value = r.values.get(f, "")
            if value in ("", None) and problem is not None and problem.error:
                return self._raw(r, f)  # what the sheet says, so the user sees what is wrong
            return cell_text(value)
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return _BAD if problem.error else _WARN
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return problem.message
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        r = self.analysis.rows[self.rows[index.row()]]
        f = self.fields[index.column() - 1]
        column = self.source_column(r, f)
        if column is None:
            return False
        text = "" if value is None else str(value)
        if text == self._raw(r, f):
            return False
        self.page.fix(r.index, column, text)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def _problems_text(self, r: pipeline.RowResult) -> str:
        parts: list[str] = []
        decision = self.page.wiz.row_decisions.get(r.index)
        if decision and r.status != pipeline.INVALID:
            label = dict(_policy_choices()).get(decision, decision)
            parts.append(
                QCoreApplication.translate("ImportWizard", "This row: {decision}").format(decision=label)
            )
        if r.match is not None:
            how = {
                "email": QCoreApplication.translate("ImportWizard", "same e-mail"),
                "phone": QCoreApplication.translate("ImportWizard", "same phone"),
                "business_id": QCoreApplication.translate("ImportWizard", "same business ID"),
                "name": QCoreApplication.translate("ImportWizard", "similar name at the same organization"),
            }.get(r.match.reason, r.match.reason)
            target = (
                QCoreApplication.translate("ImportWizard", "Matches row {row}").format(
                    row=self.analysis.rows[r.match.key[1]].row
                )
                if r.match.in_file
                else QCoreApplication.translate("ImportWizard", "Matches contact #{id}").format(
                    id=r.match.key
                )
            )
            parts.append(f"{target} ({how}, {r.match.score:.0f})")
        parts.extend(p.message for p in r.problems)
        return "; ".join(parts)


class PreviewPage(QWizardPage):
    """Reads and analyses the whole file in the background, then shows the groups."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Preview"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Every row sorted into new, update, duplicate and invalid. Problem cells are marked; hover for the reason.",  # noqa: E501
            )
        )
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.policy_combos: dict[str, QComboBox] = {}
        policy_row = QGridLayout()
        for col, group in enumerate((pipeline.UPDATE, pipeline.DUPLICATE, pipeline.LIKELY)):
            combo = QComboBox()
            combo.setObjectName(f"policy_{group}")
            for code, text in _policy_choices():
                combo.addItem(text, code)
            if group == pipeline.LIKELY:
                combo.setCurrentIndex(combo.findData("create"))
            policy_row.addWidget(QLabel(_status_label(group) + ":"), 0, col * 2)
            policy_row.addWidget(combo, 0, col * 2 + 1)
            self.policy_combos[group] = combo
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(policy_row)
        self.invalid_hint = QLabel(
            QCoreApplication.translate(
                "ImportWizard",
                "Invalid rows are not imported. Double-click a marked cell to correct it, or open “Fix row…” (Enter) to correct any cell of the row; the row moves to its group when it is valid.",  # noqa: E501
            )
        )
        self.invalid_hint.setObjectName("invalidHint")
        self.invalid_hint.setWordWrap(True)
        self.invalid_hint.hide()
        lay.insertWidget(1, self.invalid_hint)
        self.rows_hint = QLabel(
            QCoreApplication.translate(
                "ImportWizard", "Right-click a row to decide for that row alone: skip it, create it anyway …"
            )
        )
        self.rows_hint.setObjectName("rowsHint")
        self.rows_hint.setWordWrap(True)
        self.fix_button = QPushButton(QCoreApplication.translate("ImportWizard", "&Fix row…"))
        self.fix_button.setObjectName("fixRowButton")
        self.fix_button.setToolTip(
            QCoreApplication.translate(
                "ImportWizard", "Correct any cell of the selected row and check it again"
            )
        )
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_current_row)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.rows_hint, 1)
        hint_row.addWidget(self.fix_button)
        lay.insertLayout(3, hint_row)
        self.fix_notice = QLabel()
        self.fix_notice.setObjectName("fixNotice")
        self.fix_notice.setWordWrap(True)
        self.fix_notice.hide()
        lay.insertWidget(2, self.fix_notice)
        self.tabs.currentChanged.connect(lambda _i: self._update_fix_button())
        self.worker: Worker | None = None
        self.ready = False
        self.opts = pipeline.ImportOptions()
        self.existing: Any = None
        self.erased: set[int] = set()
        self.erased_model: PreviewModel | None = None
        self.models: dict[str, PreviewModel] = {}
        self.views: dict[str, QTableView] = {}
        #: rows by duplicate-detection key, to classify a fixed row alone (built with the analysis)
        self.keys: pipeline.FileKeys | None = None
        #: bumped by every fix; a background re-check of an older generation is thrown away
        self.generation = 0
        self.recheck_worker: Worker | None = None
        self._recheck_again = False
        #: the full re-classification run by the worker (a test may slow it down)
        self.classify_all = pipeline.classification
        self.fix_dialog: QWidget | None = None
        #: counts and first rows of each group, kept up to date row by row
        self.groups: pipeline.PreviewGroups | None = None
        wizard.finished.connect(lambda _result: self.release_workers())

    @property
    def rechecking(self) -> bool:
        """Is the whole file being classified again after a fix?"""
        return self.recheck_worker is not None

    def initializePage(self) -> None:
        self.ready = False
        self.release_workers()
        self.keys = None
        self.fix_notice.hide()
        self.tabs.clear()
        self.models = {}
        self.views = {}
        self.invalid_hint.hide()
        self.status.setText(QCoreApplication.translate("ImportWizard", "Reading and checking every row…"))
        path, opts = self.wiz.path, pipeline.ImportOptions(**vars(self.wiz.options))
        opts.max_rows = None
        opts.keep_warned_cells = True  # any row with a problem can be fixed here
        db = self.wiz.ctx.db

        self.opts = opts

        def work(progress: Progress) -> tuple[pipeline.Analysis, Any, set[int], pipeline.FileKeys]:
            with db.session() as session:
                existing = sheet_batch.existing_index(session)
            analysis = pipeline.analyse(path, opts, existing=existing)
            with db.session() as session:
                erased = sheet_batch.erased_row_indexes(session, analysis.rows)
            keys = pipeline.FileKeys(analysis.rows)
            # The analysis lives as long as the wizard: millions of objects the cycle
            # collector would otherwise walk again and again (a second-long pause of the
            # window after a fix). They hold no cycles; reference counting still frees them.
            import gc

            gc.freeze()
            return analysis, existing, erased, keys

        self.worker = Worker(work, self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(lambda message, _user: self._failed(message))
        self.worker.start()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.wiz.fail(UserError(message))

    def _done(self, result: tuple[pipeline.Analysis, Any, set[int], pipeline.FileKeys]) -> None:
        analysis, self.existing, self.erased, self.keys = result
        self.wiz.analysis = analysis
        self.generation = 0
        self.groups = pipeline.PreviewGroups(analysis.rows, PREVIEW_SHOWN)
        self.wiz.row_decisions = {}
        fields = preview_fields(analysis)
        self.models = {}
        self.views = {}
        for group in pipeline.STATUSES:
            model = PreviewModel(self, group, fields)
            view = QTableView()
            view.setObjectName(f"preview_{group}")
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setEditTriggers(
                QTableView.EditTrigger.DoubleClicked
                | QTableView.EditTrigger.EditKeyPressed
                | QTableView.EditTrigger.AnyKeyPressed
            )
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view, m=model: self._row_menu(v, m, pos))
            view.doubleClicked.connect(lambda index, m=model: self._double_clicked(m, index))
            view.installEventFilter(self)
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_fix_button())
            self.models[group] = model
            self.views[group] = view
            self.tabs.addTab(view, "")
        self.refresh()
        for view in self.views.values():
            view.resizeColumnsToContents()
        self.ready = True
        self.completeChanged.emit()

    def refresh(self) -> None:
        """Sort the rows into their groups again (after a fix) and update counts and tabs."""
        analysis = self.wiz.analysis
        if analysis is None or not self.models:
            return
        if self.groups is None or self.groups.rows is not analysis.rows:
            self.groups = pipeline.PreviewGroups(analysis.rows, PREVIEW_SHOWN)
        counts = self.groups.counts
        self.status.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "{rows} rows: {new} new, {update} updates, {dup} duplicates in the file, {likely} likely duplicates, {invalid} invalid.",  # noqa: E501
            ).format(
                rows=len(analysis.rows),
                new=counts["new"],
                update=counts["update"],
                dup=counts["duplicate"],
                likely=counts["likely"],
                invalid=counts["invalid"],
            )
            + (
                " "
                + QCoreApplication.translate(
                    "ImportWizard", "Checking the other rows for duplicates of the fixed rows…"
                )
                if self.rechecking
                else ""
            )
        )
        for i, group in enumerate(pipeline.STATUSES):
            self.models[group].set_rows(self.groups.shown[group])
            self.tabs.setTabText(i, f"{_status_label(group)} ({counts[group]})")
            self.tabs.setTabVisible(i, counts[group] > 0)
        if self.invalid_hint is not None:
            self.invalid_hint.setVisible(counts[pipeline.INVALID] > 0)
        self._show_erased()
        self._update_fix_button()

    def _show_erased(self) -> None:
        """Rows of people erased at their request: a read-only tab, and a sentence saying
        they will not be imported."""
        analysis = self.wiz.analysis
        if analysis is None or not self.erased:
            return
        rows = [i for i in sorted(self.erased) if analysis.rows[i].status != pipeline.INVALID]
        if not rows:
            return
        title = QCoreApplication.translate("ImportWizard", "Erased people, skipped ({n})").format(n=len(rows))
        if self.erased_model is None:
            self.erased_model = PreviewModel(self, "erased", preview_fields(analysis))
            view = QTableView()
            view.setObjectName("preview_erased")
            view.setModel(self.erased_model)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            self.erased_tab = self.tabs.addTab(view, title)
        self.erased_model.set_rows(rows[:PREVIEW_SHOWN])
        self.tabs.setTabText(self.erased_tab, title)
        self.status.setText(
            self.status.text()
            + " "
            + QCoreApplication.translate(
                "ImportWizard",
                "{n} rows belong to people whose data was erased at their request; they will not be imported.",  # noqa: E501
            ).format(n=len(rows))
        )

    def fix(self, index: int, column: int, text: str) -> pipeline.RowResult:
        """Store a corrected cell of an invalid row and check the row again."""
        return self.fix_row(index, {column: text})

    def fix_row(self, index: int, cells: dict[int, str]) -> pipeline.RowResult:
        """Store corrected cells (column → text) of a row and check the row again.

        The row itself is classified at once (against the existing contacts and the earlier
        rows of the file, ``FileKeys``): it shows in its new group straight away. The rows
        after it may now duplicate it: the whole file is classified again in a worker, and
        the groups are updated when that lands (``rechecking`` until then)."""
        analysis = self.wiz.analysis
        assert analysis is not None
        if self.keys is None:
            self.keys = pipeline.FileKeys(analysis.rows)
        old_status = analysis.rows[index].status
        row = pipeline.fix_cells(analysis, index, cells, self.opts, self.existing, keys=self.keys)
        self.generation += 1
        if self.groups is not None:
            self.groups.moved(index, old_status, row.status)
        self._check_erased(row)
        self._announce(row, old_status)
        QTimer.singleShot(0, self, self.refresh)  # dropped if the page is gone
        self._start_recheck()
        return row

    def _check_erased(self, row: pipeline.RowResult) -> None:
        """A corrected e-mail or phone may belong to a person erased at their request."""
        if row.status == pipeline.INVALID:
            return
        with self.wiz.ctx.db.session() as session:
            erased = sheet_batch.erased_row_indexes(session, [row])
        if erased:
            self.erased.add(row.index)
        else:
            self.erased.discard(row.index)

    def _announce(self, row: pipeline.RowResult, old_status: str) -> None:
        if row.status == pipeline.INVALID:
            text = QCoreApplication.translate(
                "ImportWizard", "Row {row} was checked again: still invalid ({problems})."
            ).format(row=row.row, problems="; ".join(p.message for p in row.errors))
        elif row.status != old_status:
            text = QCoreApplication.translate(
                "ImportWizard", "Row {row} is fixed and moved to “{group}”."
            ).format(row=row.row, group=_status_label(row.status))
        else:
            text = QCoreApplication.translate(
                "ImportWizard", "Row {row} was checked again: “{group}”."
            ).format(row=row.row, group=_status_label(row.status))
        self.fix_notice.setText(text)
        self.fix_notice.show()

    # --- the background re-check ------------------------------------------------------------
    def _start_recheck(self) -> None:
        if self.recheck_worker is not None:
            self._recheck_again = True  # classify again when the one in flight lands
            return
        analysis = self.wiz.analysis
        if analysis is None:
            return
        snapshot = list(analysis.rows)
        generation = self.generation
        existing = self.existing
        classify_all = self.classify_all

        def work(_progress: Progress) -> tuple[pipeline.Analysis, int, list[Any]]:
            result = classify_all(snapshot, existing)
            # only what changed goes back to the window (usually a handful of rows)
            changed = [
                (i, status, match)
                for i, (r, (status, match)) in enumerate(zip(snapshot, result, strict=True))
                if r.status != status or r.match != match
            ]
            return analysis, generation, changed

        self._recheck_again = False
        worker = Worker(work, self)
        worker.succeeded.connect(self._recheck_done)
        worker.failed.connect(lambda message, _user: self._recheck_failed(message))
        worker.finished.connect(worker.deleteLater)
        self.recheck_worker = worker
        self.completeChanged.emit()
        worker.start()

    def _recheck_done(self, result: tuple[pipeline.Analysis, int, list[Any]]) -> None:
        analysis, generation, changed = result
        self._finish_recheck()
        if analysis is not self.wiz.analysis:
            return  # the page was set up again meanwhile
        if generation == self.generation and not self._recheck_again:
            moves = []
            for i, status, match in changed:
                r = analysis.rows[i]
                moves.append((i, r.status, status))
                r.status, r.match = status, match
            if self.groups is not None:
                if len(moves) > 2000:
                    self.groups.recount()
                else:
                    for i, old, new in moves:
                        self.groups.moved(i, old, new)
            for model in self.models.values():
                for i, _old, _new in moves:
                    model.row_changed(i)  # a match shown in the Problems column
            self.refresh()
            self.completeChanged.emit()
        else:
            self._start_recheck()  # rows were fixed meanwhile: the result is stale

    def _recheck_failed(self, message: str) -> None:
        self._finish_recheck()
        self.wiz.fail(UserError(message))
        self.completeChanged.emit()

    def _finish_recheck(self) -> None:
        worker, self.recheck_worker = self.recheck_worker, None
        if worker is not None:
            worker.wait()

    def release_workers(self) -> None:
        """The page is left or the wizard closes: background work still running finishes on
        its own, unheard (a QThread destroyed while it runs would abort the program)."""
        import contextlib
        import warnings

        for worker in (self.worker, self.recheck_worker):
            if worker is not None and worker.isRunning():
                for signal in (worker.succeeded, worker.failed, worker.progressed):
                    with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
                        warnings.simplefilter("ignore", RuntimeWarning)  # a signal with no slot
                        signal.disconnect()
                worker.setParent(None)
                _ORPHANS.add(worker)
                worker.finished.connect(lambda w=worker: _ORPHANS.discard(w))
        self.worker = None
        self.recheck_worker = None

    def wait_for_workers(self) -> None:
        """Let background work end before the page is set up again or goes away."""
        for worker in (self.worker, self.recheck_worker):
            if worker is not None and worker.isRunning():
                worker.wait()

    # --- "Fix row…" -------------------------------------------------------------------------
    def _current(self) -> tuple[PreviewModel, int] | None:
        view = self.tabs.currentWidget()
        if not isinstance(view, QTableView):
            return None
        model = view.model()
        index = view.currentIndex()
        if not isinstance(model, PreviewModel) or not index.isValid():
            return None
        return model, model.row_index(index.row())

    def can_fix(self, row_index: int) -> bool:
        analysis = self.wiz.analysis
        return analysis is not None and bool(analysis.rows[row_index].original)

    def _update_fix_button(self) -> None:
        current = self._current()
        self.fix_button.setEnabled(
            current is not None and current[0].group != "erased" and self.can_fix(current[1])
        )

    def fix_current_row(self) -> None:
        current = self._current()
        if current is not None and current[0].group != "erased":
            self.open_fix_dialog(current[1])

    def open_fix_dialog(self, row_index: int) -> QWidget | None:
        from salesdesk.gui.import_fix import open_fix_dialog

        if not self.can_fix(row_index):
            return None
        self.fix_dialog = open_fix_dialog(self, row_index)
        return self.fix_dialog

    def _double_clicked(self, model: PreviewModel, index: QModelIndex) -> None:
        if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return  # the cell's own editor opens
        self.open_fix_dialog(model.row_index(index.row()))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            isinstance(watched, QTableView)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched.state() != QTableView.State.EditingState
        ):
            model = watched.model()
            index = watched.currentIndex()
            if (
                isinstance(model, PreviewModel)
                and index.isValid()
                and model.group != "erased"
                and self.can_fix(model.row_index(index.row()))
            ):
                self.open_fix_dialog(model.row_index(index.row()))
                return True
        return super().eventFilter(watched, event)

    def _row_menu(self, view: QTableView, model: PreviewModel, pos: Any) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            menu = self.row_menu(model, index.row(), view)
            menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def row_menu(self, model: PreviewModel, row: int, parent: QWidget | None = None) -> QMenu:
        """The context menu of a preview row: this row's own decision."""
        row_index = model.row_index(row)
        menu = QMenu(parent)
        if model.group == pipeline.INVALID:
            action = menu.addAction(QCoreApplication.translate("ImportWizard", "Fix row…"))
            action.setData("fix")
            action.triggered.connect(lambda _checked=False: self.open_fix_dialog(row_index))
            return menu
        choices = [("", QCoreApplication.translate("ImportWizard", "As the group decides"))]
        choices += [
            (code, text)
            for code, text in _policy_choices()
            if model.group != pipeline.NEW or code in ("create", "skip")
        ]
        current = self.wiz.row_decisions.get(row_index, "")
        for code, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.decide(row_index, c))
        if self.can_fix(row_index):
            menu.addSeparator()
            action = menu.addAction(QCoreApplication.translate("ImportWizard", "Fix row…"))
            action.setData("fix")
            action.triggered.connect(lambda _checked=False: self.open_fix_dialog(row_index))
        return menu

    def decide(self, row_index: int, policy: str) -> None:
        """A decision for one row (skip, create anyway …); "" goes back to the group's."""
        if policy:
            self.wiz.row_decisions[row_index] = policy
        else:
            self.wiz.row_decisions.pop(row_index, None)
        for model in self.models.values():
            model.row_changed(row_index)

    def isComplete(self) -> bool:
        return self.ready and not self.rechecking

    def validatePage(self) -> bool:
        self.wiz.group_policy = {g: c.currentData() for g, c in self.policy_combos.items()}
        return self.ready and not self.rechecking

    def cleanupPage(self) -> None:
        self.release_workers()  # Back (or Cancel): what is still running is not waited for
        super().cleanupPage()


class BatchPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "The batch"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Where these leads came from, who owns them and where they start in the funnel.",
            )
        )
        self.source = QComboBox()
        self.source.setObjectName("sourceCombo")
        # No source is pre-chosen without a reason: a guess would skew every source figure.
        self.source.addItem(
            QCoreApplication.translate("ImportWizard", "— choose where they came from —"), None
        )
        for code, text in labels.choices(LeadSource):
            self.source.addItem(text, code)
        self.source_reason = QLabel()
        self.source_reason.setObjectName("sourceReason")
        self.source_reason.setWordWrap(True)
        self.source_reason.setProperty("role", "chartHint")
        self.detail = QLineEdit()
        self.detail.setObjectName("detailEdit")
        self.detail.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "e.g. Teollisuusmessut 2026, or the list's vendor")
        )
        self.owner = QComboBox()
        self.stage = QComboBox()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate("ImportWizard", "comma-separated"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0,00")
        self.basis = QComboBox()
        self.basis.addItem(QCoreApplication.translate("ImportWizard", "— not set —"), "")
        for code, text in (
            (
                LawfulBasis.LEGITIMATE_INTEREST,
                QCoreApplication.translate("ImportWizard", "Legitimate interest"),
            ),
            (LawfulBasis.CONSENT, QCoreApplication.translate("ImportWizard", "Consent")),
            (LawfulBasis.CONTRACT, QCoreApplication.translate("ImportWizard", "Contract")),
        ):
            self.basis.addItem(text, code.value)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ImportWizard", "Source:"), self.source)
        form.addRow("", self.source_reason)
        form.addRow(QCoreApplication.translate("ImportWizard", "Detail:"), self.detail)
        form.addRow(QCoreApplication.translate("ImportWizard", "Owner:"), self.owner)
        form.addRow(QCoreApplication.translate("ImportWizard", "Starting stage:"), self.stage)
        form.addRow(QCoreApplication.translate("ImportWizard", "Tags:"), self.tags)
        form.addRow(QCoreApplication.translate("ImportWizard", "Cost:"), self.cost)
        form.addRow(QCoreApplication.translate("ImportWizard", "Lawful basis (purchased lists):"), self.basis)
        # Names in the sheet's owner column that are no team member: never dropped silently.
        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknownOwners")
        self.unknown_label.setWordWrap(True)
        self.create_owners = QCheckBox(QCoreApplication.translate("ImportWizard", "Add them as team members"))
        self.create_owners.setObjectName("createOwners")
        self.create_owners.setChecked(True)
        self.give_to = QComboBox()
        self.give_to.setObjectName("giveToOwner")
        self.create_owners.toggled.connect(lambda on: self.give_to.setEnabled(not on))
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.create_owners)
        unknown_row.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "or give their leads to:")))
        unknown_row.addWidget(self.give_to, 1)
        self.unknown_box = QWidget()
        box_layout = QVBoxLayout(self.unknown_box)
        box_layout.setContentsMargins(0, 8, 0, 0)
        box_layout.addWidget(self.unknown_label)
        box_layout.addLayout(unknown_row)
        form.addRow(self.unknown_box)
        self.unknown_box.hide()
        self.source.currentIndexChanged.connect(self._source_changed)
        self.source.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self._suggested_for: str | None = None

    def isComplete(self) -> bool:
        return self.source.currentData() is not None

    def _suggest(self) -> None:
        """Pre-select the source and event the sheet suggests (once per file), saying why."""
        from salesdesk.sheets.suggest import suggest_source

        analysis = self.wiz.analysis
        if analysis is None or self._suggested_for == self.wiz.path:
            return
        self._suggested_for = self.wiz.path
        hint = suggest_source(
            self.wiz.path, analysis.header.title_rows, analysis.header.names, analysis.mapping
        )
        if hint.source is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(hint.source)))
            self.source_reason.setText(
                QCoreApplication.translate(
                    "ImportWizard", "Suggested: {reason} Check it before you import."
                ).format(reason=hint.reason)
            )
        else:
            self.source.setCurrentIndex(0)
            self.source_reason.setText(
                QCoreApplication.translate(
                    "ImportWizard", "The sheet does not say where these people came from: choose it."
                )
            )
        if hint.detail and not self.detail.text():
            self.detail.setText(hint.detail)

    def initializePage(self) -> None:
        from sqlalchemy import select

        from salesdesk.crm.funnel import stages
        from salesdesk.db.enums import StageKind
        from salesdesk.db.models import Owner

        self.owner.clear()
        self.stage.clear()
        with self.wiz.ctx.db.session() as session:
            self.owner.addItem(QCoreApplication.translate("ImportWizard", "Me"), None)
            for o in session.scalars(select(Owner).where(Owner.active).order_by(Owner.name)):
                self.owner.addItem(o.name, o.name)
            self.owner.addItem(QCoreApplication.translate("ImportWizard", "Round-robin"), "round-robin")
            for st in stages(session):
                if st.kind == StageKind.OPEN:
                    self.stage.addItem(labels.stage_label(st.name, st.key), st.name)
        self._suggest()
        self._source_changed()
        self._show_unknown_owners()
        # The last step says what it does: "Import 60 leads" (the run cannot be stepped back).
        self.setCommitPage(True)
        analysis = self.wiz.analysis
        counts = analysis.counts() if analysis is not None else {}
        new = counts.get(pipeline.NEW, 0)
        updates = (
            counts.get(pipeline.UPDATE, 0) if self.wiz.group_policy.get(pipeline.UPDATE) != "skip" else 0
        )
        if updates:
            text = QCoreApplication.translate("ImportWizard", "Import: {new} new, {updated} updated").format(
                new=new, updated=updates
            )
        elif new == 1:
            text = QCoreApplication.translate("ImportWizard", "Import 1 lead")
        else:
            text = QCoreApplication.translate("ImportWizard", "Import {n} leads").format(n=new)
        self.setButtonText(QWizard.WizardButton.CommitButton, text)

    def _source_changed(self) -> None:
        purchased = self.source.currentData() == LeadSource.PURCHASED_LIST
        self.basis.setEnabled(purchased)
        if purchased:
            with self.wiz.ctx.db.session() as session:
                defaults = sheet_batch.source_defaults(session, self.source.currentData())
            idx = self.stage.findData(defaults.stage)
            if idx >= 0:
                self.stage.setCurrentIndex(idx)
            if not self.basis.currentData():
                self.basis.setCurrentIndex(self.basis.findData(defaults.lawful_basis))

    def validatePage(self) -> bool:
        if not self.isComplete():  # no source chosen yet
            return False
        try:
            sheet_batch.parse_cost(self.cost.text())
        except UserError as error:
            self.wiz.fail(error)
            self.cost.setFocus()
            return False
        return True

    def unknown_owner_names(self) -> list[str]:
        """Names in the sheet's owner column that match no team member (name, initials)."""
        from salesdesk.crm import owners

        analysis = self.wiz.analysis
        if analysis is None:
            return []
        names = sorted({str(r.values.get("owner") or "").strip() for r in analysis.rows} - {""})
        with self.wiz.ctx.db.session() as session:
            return [n for n in names if owners.find(session, n) is None]

    def _show_unknown_owners(self) -> None:
        from salesdesk.crm import owners

        unknown = self.unknown_owner_names()
        self.unknown_box.setVisible(bool(unknown))
        if not unknown:
            return
        shown = ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else "")
        self.unknown_label.setText(
            QCoreApplication.translate(
                "ImportWizard", "The sheet's owner column names people who are not team members yet: {names}."
            ).format(names=shown)
        )
        self.give_to.clear()
        with self.wiz.ctx.db.session() as session:
            for member in owners.members(session, include_inactive=False):
                self.give_to.addItem(member.name, member.name)
        self.give_to.setEnabled(not self.create_owners.isChecked())

    def settings(self) -> sheet_batch.BatchSettings:
        cost, cost_currency = sheet_batch.parse_cost(self.cost.text())
        analysis = self.wiz.analysis
        row_policy: dict[int, str] = {}
        if analysis is not None:
            for r in analysis.rows:
                p = self.wiz.group_policy.get(r.status)
                if p is not None:
                    row_policy[r.index] = p
            for index, p in self.wiz.row_decisions.items():
                if analysis.rows[index].status != pipeline.INVALID:
                    row_policy[index] = p
        return sheet_batch.BatchSettings(
            source=self.source.currentData(),
            source_detail=self.detail.text().strip(),
            owner=self.owner.currentData(),
            stage=self.stage.currentData(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            cost_cents=cost,
            cost_currency=cost_currency,
            lawful_basis=self.basis.currentData() if self.basis.isEnabled() else "",
            on_duplicate=self.wiz.group_policy.get(pipeline.UPDATE, "update"),
            row_policy=row_policy,
            unknown_owners="create"
            if self.create_owners.isChecked() or self.give_to.currentData() is None
            else str(self.give_to.currentData()),
        )


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import"))
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportWizard", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(QCoreApplication.translate("ImportWizard", "Save rejected rows…"))
        self.save_button.setObjectName("saveRejected")
        self.save_button.clicked.connect(self.save_rejected)
        self.open_button = QPushButton(QCoreApplication.translate("ImportWizard", "Open these leads"))
        self.open_button.clicked.connect(self.open_leads)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.bar)
        lay.addWidget(self.info)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.worker: Worker | None = None
        self.finished = False
        self._started = 0.0

    def initializePage(self) -> None:
        self.finished = False
        self.save_button.hide()
        self.open_button.hide()
        self.cancel_button.show()
        self.bar.setValue(0)
        assert self.wiz.analysis is not None
        analysis = self.wiz.analysis
        settings = self.wiz.batch_page.settings()
        settings.created_by = ""
        db = self.wiz.ctx.db
        self._started = time.monotonic()

        def work(progress: Progress) -> sheet_batch.ImportResult:
            return sheet_batch.run_import(
                db, analysis, settings, progress=progress, cancelled=lambda: progress.cancelled
            )

        self.worker = Worker(work, self)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.info.setText(QCoreApplication.translate("ImportWizard", "Writing…"))
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate > 0 else 0
        self.info.setText(
            QCoreApplication.translate(
                "ImportWizard", "{done} / {total} rows, {rate} rows/s, about {left} s left"
            ).format(done=done, total=total, rate=int(rate), left=int(left))
        )

    def cancel(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.info.setText(
                QCoreApplication.translate("ImportWizard", "Cancelling… nothing will be written.")
            )

    def _failed(self, message: str, _user: bool) -> None:
        self.finished = True
        self.cancel_button.hide()
        self.info.setText(message)
        self.completeChanged.emit()

    def _done(self, result: sheet_batch.ImportResult) -> None:
        self.wiz.result = result
        self.finished = True
        self.cancel_button.hide()
        # Written: nothing left to cancel (undo is in the Imports view).
        self.wiz.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        self.info.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Done: {rows} rows read. Created {created}; merged into a contact {merged} "
                "({updated} contacts updated); skipped {skipped}; rejected {rejected}.",
            ).format(
                rows=result.rows_read,
                created=result.created,
                merged=result.merged,
                updated=result.updated,
                skipped=result.skipped,
                rejected=result.rejected,
            )
        )
        extra = []
        if result.flagged_erased:
            extra.append(
                QCoreApplication.translate(
                    "ImportWizard", "{n} rows of erased people were not imported."
                ).format(n=result.flagged_erased)
            )
        if result.referrals or result.referrers_unmatched:
            extra.append(
                QCoreApplication.translate(
                    "ImportWizard", "Referrers linked: {linked}; not found (kept in the notes): {missing}."
                ).format(linked=result.referrals, missing=result.referrers_unmatched)
            )
        if result.new_owners:
            extra.append(
                QCoreApplication.translate(
                    "ImportWizard", "New team members from the sheet: {names}."
                ).format(names=", ".join(result.new_owners))
            )
        if result.followups:
            extra.append(
                QCoreApplication.translate("ImportWizard", "First-contact follow-ups planned: {n}.").format(
                    n=result.followups
                )
            )
        if extra:
            self.info.setText(self.info.text() + "\n" + "\n".join(extra))
        self.save_button.setVisible(result.rejected > 0)
        self.open_button.setVisible(bool(result.lead_ids))
        for kind in ("contacts", "leads", "imports", "followups", "referrals"):
            self.wiz.ctx.bus.dataChanged.emit(kind)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished

    def save_rejected(self) -> None:
        if self.wiz.result is None or self.wiz.analysis is None:
            return
        default = str(Path(self.wiz.path).with_name(Path(self.wiz.path).stem + "_rejected.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ImportWizard", "Save rejected rows"), default, "Excel (*.xlsx)"
        )
        if path:
            sheet_batch.save_rejected(self.wiz.result, self.wiz.analysis, path)

    def open_leads(self) -> None:
        if self.wiz.result is not None and self.wiz.result.batch_id is not None:
            self.wiz.ctx.bus.showView.emit("leads", {"import_batch_id": self.wiz.result.batch_id})
            self.wiz.accept()


def run_import_wizard(
    ctx: AppContext, parent: QWidget | None = None, path: str | None = None
) -> ImportWizard:
    wizard = ImportWizard(ctx, parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def screenshot_widget(ctx: AppContext, arg: str, parent: QWidget | None = None) -> QWidget:
    """``salesdesk screenshot import:N,FILE out.png``: the wizard on page N (1–6) with FILE."""
    from PySide6.QtWidgets import QApplication

    page_text, _, path = arg.partition(",")
    page = int(page_text) if page_text.isdecimal() else 1
    wizard = ImportWizard(ctx, parent, path or None)
    wizard.show()
    deadline = time.monotonic() + 120
    for _ in range(page - 1):
        current = wizard.currentPage()
        while isinstance(current, PreviewPage) and not current.ready and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        wizard.next()
        QApplication.processEvents()
    current = wizard.currentPage()
    while (isinstance(current, PreviewPage) and not current.ready) or (
        isinstance(current, RunPage) and not current.finished
    ):
        if time.monotonic() > deadline:
            break
        QApplication.processEvents()
        time.sleep(0.02)
    return wizard
