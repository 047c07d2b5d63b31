"""The board's stage configuration dialog (winning and losing: ``gui/close_dialogs.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from salesdesk.crm import stages as stage_rules
from salesdesk.crm.board import stage_infos
from salesdesk.crm.labels import label
from salesdesk.db.enums import StageKind
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.forms.ui_stages_dialog import Ui_StagesDialog

KINDS = (StageKind.OPEN, StageKind.WON, StageKind.LOST)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StagesDialog(QDialog):
    """Add, rename, reorder, set probability, kind and "stale after"; deleting a stage asks
    where its leads go. Saved in one transaction: all or nothing."""

    COL_NAME, COL_KIND, COL_PROB, COL_STALE, COL_LEADS = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_StagesDialog()
        self.ui.setupUi(self)
        self.deletions: dict[int, int | None] = {}
        self._names: dict[int, str] = {}
        table = self.ui.table
        header = table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (self.COL_KIND, self.COL_PROB, self.COL_STALE, self.COL_LEADS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        with ctx.db.session() as session:
            counts = stage_rules.lead_counts(session)
            for info in stage_infos(session):
                self._names[info.id] = info.name
                self._add_row(
                    info.id,
                    info.name,
                    info.kind,
                    info.probability,
                    info.stale_after_days,
                    counts.get(info.id, 0),
                )
        self.ui.addButton.clicked.connect(self._add)
        self.ui.deleteButton.clicked.connect(self._delete)
        self.ui.upButton.clicked.connect(lambda: self._move(-1))
        self.ui.downButton.clicked.connect(lambda: self._move(1))
        table.itemSelectionChanged.connect(self._update_buttons)
        if table.rowCount():
            table.selectRow(0)
        self._update_buttons()

    # -- rows -----------------------------------------------------------------------------
    def _add_row(
        self,
        stage_id: int | None,
        name: str,
        kind: str,
        probability: int,
        stale: int,
        leads: int,
        row: int = -1,
    ) -> int:
        table = self.ui.table
        row = table.rowCount() if row < 0 else row
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, stage_id)
        table.setItem(row, self.COL_NAME, item)
        kind_box = QComboBox()
        for code in KINDS:
            kind_box.addItem(label(code), str(code))
        kind_box.setCurrentIndex(max(0, kind_box.findData(str(kind))))
        table.setCellWidget(row, self.COL_KIND, kind_box)
        prob = QSpinBox()
        prob.setRange(0, 100)
        prob.setSuffix("\u00a0%")
        prob.setValue(probability)
        table.setCellWidget(row, self.COL_PROB, prob)
        stale_box = QSpinBox()
        stale_box.setRange(0, 3650)
        stale_box.setSuffix(self.tr(" days"))
        stale_box.setSpecialValueText(self.tr("never"))
        stale_box.setValue(stale)
        table.setCellWidget(row, self.COL_STALE, stale_box)
        kind_box.currentIndexChanged.connect(
            lambda _i, b=kind_box, s=stale_box: s.setEnabled(b.currentData() == StageKind.OPEN)
        )
        stale_box.setEnabled(kind == StageKind.OPEN)
        count = QTableWidgetItem(self.ctx.locale.toString(leads))
        count.setData(ID_ROLE, leads)
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, self.COL_LEADS, count)
        return row

    def _row_values(self, row: int) -> tuple[int | None, str, str, int, int, int]:
        table = self.ui.table
        name_item = table.item(row, self.COL_NAME)
        kind_box = table.cellWidget(row, self.COL_KIND)
        prob = table.cellWidget(row, self.COL_PROB)
        stale = table.cellWidget(row, self.COL_STALE)
        leads_item = table.item(row, self.COL_LEADS)
        assert isinstance(kind_box, QComboBox) and isinstance(prob, QSpinBox) and isinstance(stale, QSpinBox)
        stage_id = name_item.data(ID_ROLE)
        return (
            int(stage_id) if stage_id is not None else None,
            name_item.text(),
            str(kind_box.currentData()),
            prob.value(),
            stale.value(),
            int(leads_item.data(ID_ROLE) or 0),
        )

    def _selected_row(self) -> int:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self._selected_row()
        count = self.ui.table.rowCount()
        self.ui.deleteButton.setEnabled(row >= 0 and count > 1)
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)
        pending = [self._names.get(i, "") for i in self.deletions]
        self.ui.pendingLabel.setText(
            self.tr("To be deleted when you save: {names}").format(names=", ".join(pending))
            if pending
            else ""
        )

    def _add(self) -> None:
        row = self._selected_row()
        # A new open stage goes after the selected one, or after the last open stage.
        if row < 0:
            row = max(
                (r for r in range(self.ui.table.rowCount()) if self._row_values(r)[2] == StageKind.OPEN),
                default=-1,
            )
        new_row = self._add_row(None, self.tr("New stage"), StageKind.OPEN, 50, 14, 0, row + 1)
        self.ui.table.selectRow(new_row)
        self.ui.table.editItem(self.ui.table.item(new_row, self.COL_NAME))

    def _move(self, step: int) -> None:
        row = self._selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.table.rowCount():
            return
        values = self._row_values(row)
        self.ui.table.removeRow(row)
        self._add_row(*values, row=target)
        self.ui.table.selectRow(target)

    def _delete(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        stage_id, name, _kind, _p, _s, leads = self._row_values(row)
        target: int | None = None
        if stage_id is not None and leads:
            options: list[tuple[str, int]] = []
            for r in range(self.ui.table.rowCount()):
                other_id, other_name, *_ = self._row_values(r)
                if r != row and other_id is not None:
                    options.append((other_name, other_id))
            if not options:
                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("There is no other stage to move the leads to.")
                )
                return
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Delete {name}").format(name=name),
                self.tr("{name} holds {n} leads. Move them to:").format(name=name, n=leads),
                [o[0] for o in options],
                0,
                False,
            )
            if not ok:
                return
            target = next(i for n, i in options if n == choice)
            self._add_to_count(target, leads)
        if stage_id is not None:
            self.deletions[stage_id] = target
            self._names[stage_id] = name
        self.ui.table.removeRow(row)
        self._update_buttons()

    def _add_to_count(self, stage_id: int, leads: int) -> None:
        for r in range(self.ui.table.rowCount()):
            item = self.ui.table.item(r, self.COL_NAME)
            if item.data(ID_ROLE) == stage_id:
                count = self.ui.table.item(r, self.COL_LEADS)
                total = int(count.data(ID_ROLE) or 0) + leads
                count.setData(ID_ROLE, total)
                count.setText(self.ctx.locale.toString(total))

    def edits(self) -> list[stage_rules.StageEdit]:
        result = []
        for r in range(self.ui.table.rowCount()):
            stage_id, name, kind, prob, stale, _leads = self._row_values(r)
            result.append(stage_rules.StageEdit(stage_id, name, kind, prob, stale))
        return result

    def accept(self) -> None:
        me = self.ctx.me_id()
        try:
            with self.ctx.db.transaction() as session:
                from salesdesk.db.models import Owner

                owner = session.get(Owner, me) if me is not None else None
                stage_rules.apply_edits(
                    session,
                    self.edits(),
                    deletions=dict(self.deletions),
                    changed_by=owner.name if owner else "",
                )
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.ctx.bus.dataChanged.emit("stages")
        super().accept()


__all__ = ["StagesDialog"]
