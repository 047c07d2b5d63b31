"""Trade-show quick capture (Ctrl+Shift+N): one visitor after another, by keyboard alone.

The event preset (name, owner) stays; name, company, phone or e-mail, hot / warm / cold and
one note are typed, Enter saves and clears for the next visitor. "Plan follow-ups for this
event…" proposes a follow-up per captured lead by temperature, editable before creation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import capture as crm_capture
from salesdesk.crm import labels
from salesdesk.crm import settings as db_settings
from salesdesk.db.enums import FollowUpKind, Temperature
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.form_support import fill_combo, from_qdate, owner_items, select_data, to_qdate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default "parent" of flat models
_window: dict[str, CaptureWindow] = {}


class CaptureWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quick capture"))
        self.setObjectName("captureWindow")
        self.captured: list[tuple[int, str]] = []  # (lead id, shown text) this session
        layout = QVBoxLayout(self)
        preset = QFormLayout()
        self.event = QLineEdit()
        self.event.setObjectName("eventEdit")
        self.event.setPlaceholderText(self.tr("Event, e.g. Alihankinta 2026"))
        with ctx.db.session() as s:
            events = [name for name, _ in crm_capture.recent_events(s)]
        completer = QCompleter(QStringListModel(events, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.event.setCompleter(completer)
        self.event.setText(str(ctx.settings().value("capture/event", events[0] if events else "")))
        self.owner = QComboBox()
        fill_combo(self.owner, owner_items(ctx, self.tr("(nobody)")))
        select_data(self.owner, ctx.me_id())
        preset.addRow(self.tr("&Event:"), self.event)
        preset.addRow(self.tr("O&wner:"), self.owner)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        preset.addRow(line)
        form = preset  # one form: the labels line up
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.company = QLineEdit()
        self.company.setObjectName("companyEdit")
        self.reach = QLineEdit()
        self.reach.setObjectName("reachEdit")
        self.reach.setPlaceholderText(self.tr("040 123 4567 or name@company.fi"))
        temps = QHBoxLayout()
        self.temperature = QButtonGroup(self)
        self.hot = QRadioButton(self.tr("&Hot"))
        self.warm = QRadioButton(self.tr("W&arm"))
        self.cold = QRadioButton(self.tr("C&old"))
        for button, code in (
            (self.hot, Temperature.HOT),
            (self.warm, Temperature.WARM),
            (self.cold, Temperature.COLD),
        ):
            button.setProperty("code", code.value)
            self.temperature.addButton(button)
            temps.addWidget(button)
        temps.addStretch(1)
        self.warm.setChecked(True)
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Phone or e-mail:"), self.reach)
        form.addRow(self.tr("Temperature:"), temps)
        form.addRow(self.tr("No&te:"), self.note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("&Plan follow-ups for this event…"))
        self.plan_button.clicked.connect(self.plan)
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        self.plan_button.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.resize(480, 360)
        self._show_count()

    def _temperature(self) -> str:
        checked = self.temperature.checkedButton()
        return str(checked.property("code")) if checked else Temperature.WARM.value

    def save(self) -> bool:
        event = self.event.text().strip()
        try:
            with self.ctx.db.transaction() as s:
                me = db_settings.me(s)
                got = crm_capture.capture_visitor(
                    s,
                    event=event,
                    name=self.name.text(),
                    company=self.company.text(),
                    reach=self.reach.text(),
                    temperature=self._temperature(),
                    note=self.note.text(),
                    owner_id=self.owner.currentData(),
                    author=me.name if me else "",
                )
        except UserError as error:
            self.message.setStyleSheet("color: #b42318;")
            self.message.setText(str(error))
            (self.event if not event else self.name if "name" in str(error) else self.reach).setFocus()
            return False
        who = self.name.text().strip() or self.company.text().strip()
        self.captured.append((got.lead_id, who))
        self.ctx.settings().setValue("capture/event", event)
        for edit in (self.name, self.company, self.reach, self.note):
            edit.clear()
        self.warm.setChecked(True)
        self.name.setFocus()
        self.message.setStyleSheet("color: #2f6f3e;")
        text = self.tr("Saved {name}.").format(name=who)
        if got.reused_contact:
            text += " " + self.tr("(Already a contact: the new lead was added to it.)")
        self.message.setText(text)
        self._show_count()
        self.ctx.bus.dataChanged.emit("leads")
        return True

    def has_unsaved_visitor(self) -> bool:
        return any(edit.text().strip() for edit in (self.name, self.company, self.reach, self.note))

    def may_close(self) -> bool:
        """A typed visitor is never thrown away silently: save it, discard it, or stay."""
        if not self.has_unsaved_visitor():
            return True
        who = self.name.text().strip() or self.company.text().strip() or self.reach.text().strip()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quick capture"),
            self.tr("{name} is not saved yet. Save before closing?").format(name=who)
            if who
            else self.tr("The visitor you typed is not saved yet. Save before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()  # a visitor the rules refuse keeps the window open
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self.may_close():
            super().reject()

    def _show_count(self) -> None:
        self.setWindowTitle(
            self.tr("Quick capture – {count} saved").format(count=len(self.captured))
            if self.captured
            else self.tr("Quick capture")
        )

    def plan(self) -> None:
        dialog = PlanDialog(self.ctx, self.event.text().strip(), self)
        dialog.exec()


class ProposalModel(QAbstractTableModel):
    """Editable proposals: include (check), contact, temperature, kind, due date, title."""

    HEADERS = ("", "Contact", "Temperature", "Kind", "Due", "Title")

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposals: list[crm_capture.Proposal] = []

    def set_proposals(self, proposals: list[crm_capture.Proposal]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        texts = (
            "",
            self.tr("Contact"),
            self.tr("Temperature"),
            self.tr("Kind"),
            self.tr("Due"),
            self.tr("Title"),
        )
        return texts[section] if 0 <= section < len(texts) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (3, 4, 5):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.proposals):
            return None
        p = self.proposals[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if p.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                1: p.contact_name,
                2: labels.label(p.temperature),
                3: labels.label(p.kind),
                4: self.ctx.date_text(p.due),
                5: p.title,
            }.get(col)
        if role == Qt.ItemDataRole.EditRole:
            return {3: p.kind, 4: to_qdate(p.due), 5: p.title}.get(col)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        p = self.proposals[row]
        if col == 0 and role == Qt.ItemDataRole.CheckStateRole:
            p = crm_capture.with_changes(p, include=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole and col == 3 and value in set(FollowUpKind):
            p = crm_capture.with_changes(p, kind=str(value))
        elif role == Qt.ItemDataRole.EditRole and col == 4:
            p = crm_capture.with_changes(p, due=from_qdate(value) if not isinstance(value, date) else value)
        elif role == Qt.ItemDataRole.EditRole and col == 5 and str(value).strip():
            p = crm_capture.with_changes(p, title=str(value).strip())
        else:
            return False
        self.proposals[row] = p
        self.dataChanged.emit(index, index)
        return True


class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_combo(combo, labels.choices(FollowUpKind))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanDialog(QDialog):
    """Follow-ups for an event's leads, by temperature, editable before they are created."""

    def __init__(self, ctx: AppContext, event: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plan follow-ups for an event"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event = QComboBox()
        self.event.setEditable(False)
        with ctx.db.session() as s:
            events = crm_capture.recent_events(s)
        for name, count in events:
            self.event.addItem(self.tr("{event} ({count} leads)").format(event=name, count=count), name)
        if event and self.event.findData(event) < 0:
            self.event.insertItem(0, event, event)
        select_data(self.event, event)
        event_label = QLabel(self.tr("&Event:"))
        event_label.setBuddy(self.event)
        top.addWidget(event_label)
        top.addWidget(self.event, 1)
        layout.addLayout(top)
        rule = QLabel(
            self.tr(
                "Hot: call the next working day · Warm: e-mail within 3 days · Cold: nurture in 2 weeks. "
                "Edit kind, date and title, or untick a row."
            )
        )
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.model = ProposalModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(3, KindDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 28)
        self.table.setColumnWidth(1, 170)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create follow-ups"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.event.currentIndexChanged.connect(self.reload)
        self.model.dataChanged.connect(lambda *_: self._summary())
        self.resize(820, 460)
        self.reload()

    def reload(self, *_args: object) -> None:
        event = self.event.currentData() or ""
        with self.ctx.db.session() as s:
            self.model.set_proposals(crm_capture.propose_followups(s, event) if event else [])
        self._summary()

    def _summary(self) -> None:
        n = sum(1 for p in self.model.proposals if p.include)
        self.summary.setText(
            self.tr("{n} follow-ups will be created.").format(n=n)
            if self.model.proposals
            else self.tr("Every lead of this event already has a planned follow-up.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def create(self) -> None:
        with self.ctx.db.transaction() as s:
            made = crm_capture.create_followups(s, self.model.proposals)
            count = len(made)
        self.ctx.bus.dataChanged.emit("followups")
        self.ctx.bus.statusMessage.emit(self.tr("{n} follow-ups planned.").format(n=count))
        self.accept()


def open_capture(ctx: AppContext, parent: QWidget | None = None) -> CaptureWindow:
    window = _window.get("capture")
    if window is None or not window.isVisible():
        window = CaptureWindow(ctx, parent)
        _window["capture"] = window
    window.show()
    window.raise_()
    window.activateWindow()
    (window.name if window.event.text() else window.event).setFocus()
    return window


def plan_event(ctx: AppContext, parent: QWidget | None = None) -> None:
    PlanDialog(ctx, str(ctx.settings().value("capture/event", "")), parent).exec()


def plan_event_action(window: Any) -> None:
    """Handler of the "Plan follow-ups for an event…" action (called with the main window)."""
    plan_event(window.ctx, window)


def screenshot_capture(ctx: AppContext, event: str, window: QWidget) -> QWidget:
    """``salesdesk screenshot capture:EVENT``: the capture window with the event preset."""
    dialog = CaptureWindow(ctx, window)
    dialog.event.setText(event)
    return dialog


def screenshot_plan(ctx: AppContext, event: str, window: QWidget) -> QWidget:
    """``salesdesk screenshot plan:EVENT``: the follow-up proposals for an event."""
    return PlanDialog(ctx, event, window)
