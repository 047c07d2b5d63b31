"""The Imports view: every import batch (file, sheet, when, who, counts, source) with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.crm import labels
from salesdesk.db.models import ImportBatch, Owner
from salesdesk.gui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


class BatchModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            self.tr("#"),
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Source"),
            self.tr("Created"),
            self.tr("Updated"),
            self.tr("Merged"),
            self.tr("Skipped"),
            self.tr("Rejected"),
            self.tr("Status"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        with self.ctx.db.session() as session:
            owners = {oid: name for oid, name in session.execute(select(Owner.id, Owner.name))}
            self.rows = [
                {
                    "id": b.id,
                    "file": b.file_name,
                    "sheet": b.sheet,
                    "when": b.created_at,
                    "who": owners.get(b.owner_id or -1, "") or b.created_by,
                    "source": labels.source_label(b.source)
                    + (f": {b.source_detail}" if b.source_detail else ""),
                    "created": b.created_count,
                    "updated": b.updated_count,
                    "merged": b.merged_count,
                    "skipped": b.skipped_count,
                    "rejected": b.rejected_count,
                    "undone": b.undone_at,
                }
                for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
            ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                row["id"],
                row["file"],
                row["sheet"],
                self.ctx.datetime_text(row["when"]) if row["when"] else "",
                row["who"],
                row["source"],
                row["created"],
                row["updated"],
                row["merged"],
                row["skipped"],
                row["rejected"],
                self.tr("Undone") if row["undone"] else self.tr("Imported"),
            ]
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 8:
            return self.tr("Rows that matched an existing contact or an earlier row of the file")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 6, 7, 8, 9, 10):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class ImportsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = BatchModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("importsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.import_button = QPushButton(self.tr("Import sheet…"))
        self.import_button.clicked.connect(self.import_sheet)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        self.empty = QLabel(
            self.tr("No imports yet. Import a purchased list or a trade-show sheet to start.")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        ctx.bus.dataChanged.connect(self._changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _changed(self, kind: str) -> None:
        if kind in ("imports", "contacts", "leads"):
            self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.empty.setVisible(not self.model.rows)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.undo_button.setEnabled(bool(rows) and not self.model.rows[rows[0].row()]["undone"])

    def import_sheet(self) -> None:
        from salesdesk.gui.import_wizard import run_import_wizard

        run_import_wizard(self.ctx, self)

    def undo_selected(self, force: bool = False, confirm: bool = True) -> bool:
        from salesdesk.sheets.batch import UndoConflictError, undo_batch

        batch_id = self.selected_id()
        if batch_id is None:
            return False
        if confirm and not force:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr("Remove what import {id} created and restore what it changed?").format(id=batch_id),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            result = undo_batch(self.ctx.db, batch_id, force=force)
        except UndoConflictError as conflict:
            if not confirm:
                return False
            names = "\n".join(conflict.edited[:15])
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr(
                    "These records were edited after the import:\n{names}\n\nUndo anyway and lose those edits?"  # noqa: E501
                ).format(names=names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            result = undo_batch(self.ctx.db, batch_id, force=True)
        except Exception as error:  # a UserError: already undone, missing
            QMessageBox.warning(self, self.tr("Undo import"), str(error))
            return False
        self.ctx.bus.statusMessage.emit(
            self.tr(
                "Import {id} undone: {leads} leads and {contacts} contacts removed, {restored} restored."
            ).format(
                id=batch_id,
                leads=result.deleted_leads,
                contacts=result.deleted_contacts,
                restored=result.restored_contacts,
            )
        )
        for kind in ("leads", "contacts", "imports"):
            self.ctx.bus.dataChanged.emit(kind)
        return True


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ImportsView(ctx, parent)
