"""The board's dialogs: winning, losing, and configuring the funnel's stages."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import stages as stage_rules
from salesdesk.crm.board import Card, StageInfo, stage_infos
from salesdesk.crm.labels import choices, label
from salesdesk.crm.money import parse_money
from salesdesk.db.enums import LostReason, StageKind
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.forms.ui_stages_dialog import Ui_StagesDialog

REFERRAL_DAYS_DEFAULT = 14
REVISIT_DAYS_DEFAULT = 180


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(ctx: AppContext, value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setLocale(ctx.locale)
    edit.setDisplayFormat(ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat))
    return edit


class WonDialog(QDialog):
    """Confirm each lead's value and the close date; offer an "ask for a referral" step."""

    def __init__(self, ctx: AppContext, cards: list[Card], stage: StageInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cards = cards
        self.setObjectName("wonDialog")
        self.setWindowTitle(self.tr("Won: {stage}").format(stage=stage.name))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Congratulations! Confirm the value of the deal and the close date.")
            if len(cards) == 1
            else self.tr("Congratulations! Confirm the values of the {n} deals and the close date.").format(
                n=len(cards)
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.value_edits: dict[int, QLineEdit] = {}
        values = QWidget()
        values_form = QFormLayout(values)
        values_form.setContentsMargins(0, 0, 0, 0)
        for card in cards:
            edit = QLineEdit(ctx.locale.toString(card.value_cents / 100, "f", 2))
            edit.setObjectName(f"value_{card.id}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setToolTip(self.tr("Value in {currency}").format(currency=card.currency))
            name = card.title or card.contact_name
            caption = QLabel(f"{name} ({card.currency}):")
            caption.setToolTip(f"{card.contact_name}")
            values_form.addRow(caption, edit)
            self.value_edits[card.id] = edit
        if len(cards) > 6:
            scroll = QScrollArea()
            scroll.setWidget(values)
            scroll.setWidgetResizable(True)
            scroll.setMinimumHeight(200)
            layout.addWidget(scroll)
        else:
            layout.addWidget(values)
        self.close_date = _date_edit(ctx, date.today())
        self.close_date.setObjectName("closeDate")
        form.addRow(self.tr("&Close date:"), self.close_date)
        referral = QHBoxLayout()
        self.ask_referral = QCheckBox(self.tr('Plan an "ask for a referral" call in'))
        self.ask_referral.setObjectName("askReferral")
        self.referral_days = QSpinBox()
        self.referral_days.setRange(1, 365)
        # The follow-ups' rule says whether to ask and when (Settings); the user may change it here.
        with ctx.db.session() as session:
            from salesdesk.crm.followups import referral_days_for_win

            days = referral_days_for_win(session)
        self.ask_referral.setChecked(days is not None)
        self.referral_days.setValue(days if days is not None else REFERRAL_DAYS_DEFAULT)
        self.referral_days.setEnabled(days is not None)
        self.referral_days.setSuffix(self.tr(" days"))
        self.ask_referral.toggled.connect(self.referral_days.setEnabled)
        referral.addWidget(self.ask_referral)
        referral.addWidget(self.referral_days)
        referral.addStretch(1)
        form.addRow(referral)
        layout.addLayout(form)
        note = QLabel(self.tr("The contact is marked a customer from the close date."))
        note.setProperty("role", "subtitle")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark won"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.values: dict[int, int] = {}

    def accept(self) -> None:
        values: dict[int, int] = {}
        for lead_id, edit in self.value_edits.items():
            try:
                cents = parse_money(edit.text()) if edit.text().strip() else 0
            except ValueError:
                cents = -1
            if cents < 0:
                self.error.setText(self.tr("Type the value as a number, e.g. 1 250,00."))
                self.error.show()
                edit.setFocus()
                edit.selectAll()
                return
            values[lead_id] = cents
        if self.closed_on() > date.today() + timedelta(days=1):
            self.error.setText(self.tr("The close date cannot be in the future."))
            self.error.show()
            self.close_date.setFocus()
            return
        self.values = values
        super().accept()

    def closed_on(self) -> date:
        return _pydate(self.close_date.date())

    def referral_in_days(self) -> int | None:
        return self.referral_days.value() if self.ask_referral.isChecked() else None


class LostDialog(QDialog):
    """Why was it lost? "Bought from a competitor" asks when to come back."""

    def __init__(self, ctx: AppContext, cards: list[Card], stage: StageInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lostDialog")
        self.setWindowTitle(self.tr("Lost: {stage}").format(stage=stage.name))
        layout = QVBoxLayout(self)
        names = ", ".join(c.title or c.contact_name for c in cards[:3])
        if len(cards) > 3:
            names += self.tr(" and {n} more").format(n=len(cards) - 3)
        heading = QLabel(self.tr("Why was {names} lost?").format(names=names))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for code, text in choices(LostReason):
            self.reason.addItem(text, code)
        self.reason.setCurrentIndex(self.reason.findData(LostReason.NO_RESPONSE))
        form.addRow(self.tr("&Reason:"), self.reason)
        self.revisit = _date_edit(ctx, date.today() + timedelta(days=REVISIT_DAYS_DEFAULT))
        self.revisit.setObjectName("revisit")
        self.revisit.setMinimumDate(_qdate(date.today()))
        self.revisit_label = QLabel(self.tr("Re&visit on:"))
        self.revisit_label.setBuddy(self.revisit)
        form.addRow(self.revisit_label, self.revisit)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What happened? (optional)"))
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark lost"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def reason_code(self) -> str:
        return str(self.reason.currentData())

    def _update(self) -> None:
        competitor = self.reason_code() == LostReason.COMPETITOR
        self.revisit.setVisible(competitor)
        self.revisit_label.setVisible(competitor)
        if competitor:
            self.hint.setText(self.tr("A call is planned for the revisit date, to win them back."))
        elif self.reason_code() == LostReason.NO_INTENT:
            self.hint.setText(self.tr("The lead is discarded: it leaves the open funnel for good."))
        else:
            self.hint.setText(self.tr("The lead stays in the lost column; you can revive it later."))

    def revisit_on(self) -> date | None:
        return _pydate(self.revisit.date()) if self.reason_code() == LostReason.COMPETITOR else None

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


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


__all__ = ["LostDialog", "StagesDialog", "WonDialog"]
