"""The Follow-ups view: the agenda, grouped Overdue / Today / Tomorrow / This week / Later.

Keyboard: Space marks the selected follow-up done (asking for an outcome note), S snoozes
(a menu of choices), Enter opens its lead, Delete deletes it (undoable), E edits it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.crm import followups as fu
from salesdesk.crm.labels import label
from salesdesk.db.enums import FollowUpKind
from salesdesk.db.models import FollowUp, Note, Owner
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext

IdRole = Qt.ItemDataRole.UserRole + 1
LeadIdRole = Qt.ItemDataRole.UserRole + 2
ContactIdRole = Qt.ItemDataRole.UserRole + 3
GroupRole = Qt.ItemDataRole.UserRole + 4
OverdueRole = Qt.ItemDataRole.UserRole + 5

OVERDUE_COLOR = QColor("#b42318")
_ROOT = QModelIndex()
_GROUP_ID = 0  # internal id of group rows; item rows carry their group's row + 1


def when_text(ctx: AppContext, item: fu.Item, clock: fu.Clock) -> str:
    """How the agenda shows a due time: a time today and tomorrow, a weekday this week,
    a date further away or in the past."""
    local = fu.to_local(item.due_at, clock.tz)
    qdt = QDateTime.fromSecsSinceEpoch(int(item.due_at.timestamp()))
    time_text = ctx.locale.toString(qdt.time(), ctx.locale.timeFormat(ctx.locale.FormatType.ShortFormat))
    day_text = ctx.date_text(local.date())
    if item.all_day:
        if item.group in (fu.TODAY, fu.TOMORROW):
            return QApplication.translate("Followups", "All day")
        if item.group == fu.THIS_WEEK:
            return ctx.locale.dayName(local.isoweekday(), ctx.locale.FormatType.LongFormat).capitalize()
        return day_text
    if item.group in (fu.TODAY, fu.TOMORROW):
        return time_text
    if item.group == fu.THIS_WEEK:
        weekday = ctx.locale.dayName(local.isoweekday(), ctx.locale.FormatType.ShortFormat).capitalize()
        return f"{weekday} {time_text}"
    return f"{day_text} {time_text}"


class AgendaModel(QAbstractItemModel):
    """Group rows (with counts) and, under each, its follow-ups as plain rows."""

    COLUMNS = ("when", "kind", "title", "lead", "owner", "repeat")

    def __init__(self, ctx: AppContext, clock: fu.Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.groups: list[fu.Group] = []
        self._headers = [
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Follow-up"),
            self.tr("Lead · contact"),
            self.tr("Owner"),
            self.tr("Repeats"),
        ]
        style = QApplication.style()
        self._overdue_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._kind_icons = {
            FollowUpKind.CALL: QIcon(":/icons/followups.svg"),
        }

    def set_groups(self, groups: list[fu.Group]) -> None:
        self.beginResetModel()
        self.groups = [g for g in groups if g.items]
        self.endResetModel()

    def item_count(self) -> int:
        return sum(g.count for g in self.groups)

    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> fu.Item | None:
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        group = self.groups[index.internalId() - 1]
        return group.items[index.row()] if index.row() < len(group.items) else None

    def index_of(self, followup_id: int) -> QModelIndex:
        for g_row, group in enumerate(self.groups):
            for row, item in enumerate(group.items):
                if item.id == followup_id:
                    return self.createIndex(row, 0, g_row + 1)
        return QModelIndex()

    # -- structure ------------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _GROUP_ID and parent.column() == 0:
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data -----------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP_ID:
            return self._group_data(self.groups[index.row()], index.column(), role)
        item = self.item_at(index)
        if item is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == IdRole:
            return item.id
        if role == LeadIdRole:
            return item.lead_id
        if role == ContactIdRole:
            return item.contact_id
        if role == GroupRole:
            return item.group
        if role == OverdueRole:
            return item.overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = fu.summary_text(item)
            if item.duration_min:
                tip += f" ({self.ctx.locale.toString(item.duration_min)} min)"
            if item.overdue:
                tip = self.tr("Overdue") + " · " + tip
            return f"{tip}\n{item.note}" if item.note else tip
        if item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole and column in ("when", "title"):
                return QBrush(OVERDUE_COLOR)
            if role == Qt.ItemDataRole.FontRole and column in ("when", "title"):
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == "when":
                return self._overdue_icon
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return self.tr("Overdue")
        return None

    def _group_data(self, group: fu.Group, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.title}  ({self.ctx.locale.toString(group.count)})"
        if role == GroupRole:
            return group.key
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group.key == fu.OVERDUE:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and group.key == fu.OVERDUE:
            return self._overdue_icon
        return None

    def _text(self, item: fu.Item, column: str) -> str:
        if column == "when":
            text = when_text(self.ctx, item, self.clock)
            if item.duration_min and not item.all_day and item.group in (fu.TODAY, fu.TOMORROW):
                end = QDateTime.fromSecsSinceEpoch(int(item.due_at.timestamp()) + item.duration_min * 60)
                fmt = self.ctx.locale.timeFormat(self.ctx.locale.FormatType.ShortFormat)
                text += "–" + self.ctx.locale.toString(end.time(), fmt)
            return text
        if column == "kind":
            return label(item.kind)
        if column == "title":
            return item.title
        if column == "lead":
            parts = [p for p in (item.lead_title, item.contact_name) if p]
            return " · ".join(parts)
        if column == "owner":
            return item.owner_name
        if column == "repeat":
            return fu.repeat_text(item.repeat, item.repeat_every)
        return ""


class AgendaTree(QTreeView):
    """The agenda's tree: Space, S, Enter, Delete and E act on the current follow-up."""

    doneRequested = Signal()
    snoozeRequested = Signal()
    openRequested = Signal()
    deleteRequested = Signal()
    editRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key == Qt.Key.Key_Space:
            self.doneRequested.emit()
        elif plain and key == Qt.Key.Key_S:
            self.snoozeRequested.emit()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        elif plain and key == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
        elif plain and key == Qt.Key.Key_E:
            self.editRequested.emit()
        else:
            super().keyPressEvent(event)


class OutcomeDialog(QDialog):
    """ "Mark done": an optional outcome note that goes to the lead's timeline."""

    def __init__(self, item: fu.Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.followup_id = item.id
        self.setWindowTitle(self.tr("Mark done"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Done: {title}").format(title=fu.summary_text(item)))
        heading.setWordWrap(True)
        heading.setProperty("role", "subtitle")
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcomeEdit")
        self.outcome.setPlaceholderText(self.tr("Outcome: what was agreed, what happens next (optional)"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(100)
        self.outcome.installEventFilter(self)
        hint = QLabel(self.tr("The note goes to the lead's timeline. Ctrl+Enter marks it done."))
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.outcome)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the note marks the follow-up done."""
        if (
            watched is self.outcome
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.outcome.toPlainText().strip()


class PickTimeDialog(QDialog):
    """Snooze until a picked date and time."""

    def __init__(self, ctx: AppContext, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickTimeDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        self.edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.edit.setObjectName("snoozeUntilEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(ctx.locale)
        self.edit.setDisplayFormat(
            ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat)
            + " "
            + ctx.locale.timeFormat(ctx.locale.FormatType.ShortFormat)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def when(self) -> datetime:
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch()).astimezone()


# -- actions on follow-ups, shared by the agenda and the reminders --------------------------


def _snapshot(followup: FollowUp) -> dict[str, Any]:
    return {c.key: getattr(followup, c.key) for c in FollowUp.__table__.columns}


class _DoneCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, followup_id: int, outcome: str, clock: fu.Clock) -> None:
        super().__init__(QApplication.translate("Followups", "Mark follow-up done"))
        self.ctx, self.followup_id, self.outcome, self.clock = ctx, followup_id, outcome, clock
        self.before: dict[str, Any] = {}
        self.last_activity: datetime | None = None
        self.result: fu.DoneResult | None = None
        self.error: str = ""

    def redo(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                followup = session.get(FollowUp, self.followup_id)
                if followup is not None:
                    self.before = _snapshot(followup)
                    self.last_activity = followup.lead.last_activity_at if followup.lead else None
                self.result = fu.mark_done(session, self.followup_id, self.outcome, clock=self.clock)
        except UserError as error:
            self.error = str(error)
            self.setObsolete(True)
            return
        self.ctx.bus.dataChanged.emit("followups")

    def undo(self) -> None:
        if self.result is None:
            return
        with self.ctx.db.transaction() as session:
            followup = session.get(FollowUp, self.followup_id)
            if followup is not None:
                for key in ("status", "done_at", "outcome"):
                    setattr(followup, key, self.before.get(key))
                if followup.lead is not None and self.last_activity is not None:
                    followup.lead.last_activity_at = self.last_activity
            if self.result.note_id is not None:
                note = session.get(Note, self.result.note_id)
                if note is not None:
                    session.delete(note)
            if self.result.next_id is not None:
                fu.delete_followup(session, self.result.next_id)
        self.ctx.bus.dataChanged.emit("followups")


class _SnoozeCommand(QUndoCommand):
    def __init__(
        self, ctx: AppContext, followup_id: int, choice: str, clock: fu.Clock, until: datetime | None
    ) -> None:
        super().__init__(QApplication.translate("Followups", "Snooze follow-up"))
        self.ctx, self.followup_id, self.choice, self.clock, self.until = (
            ctx,
            followup_id,
            choice,
            clock,
            until,
        )
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.new_due: datetime | None = None
        self.error = ""

    def redo(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                followup = session.get(FollowUp, self.followup_id)
                if followup is None:
                    raise UserError(QApplication.translate("Followups", "That follow-up no longer exists."))
                if self.new_due is None:
                    self.before = {k: getattr(followup, k) for k in ("due_at", "all_day", "notified_at")}
                    self.new_due = fu.snooze(
                        session, self.followup_id, self.choice, clock=self.clock, until=self.until
                    )
                    self.after = {k: getattr(followup, k) for k in ("due_at", "all_day")}
                else:
                    for key, value in self.after.items():
                        setattr(followup, key, value)
        except UserError as error:
            self.error = str(error)
            self.setObsolete(True)
            return
        self.ctx.bus.dataChanged.emit("followups")

    def undo(self) -> None:
        with self.ctx.db.transaction() as session:
            followup = session.get(FollowUp, self.followup_id)
            if followup is not None:
                for key, value in self.before.items():
                    setattr(followup, key, value)
        self.ctx.bus.dataChanged.emit("followups")


class _DeleteCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, followup_id: int) -> None:
        super().__init__(QApplication.translate("Followups", "Delete follow-up"))
        self.ctx, self.followup_id = ctx, followup_id
        self.row: dict[str, Any] = {}

    def redo(self) -> None:
        with self.ctx.db.transaction() as session:
            followup = session.get(FollowUp, self.followup_id)
            if followup is None:
                self.setObsolete(True)
                return
            self.row = _snapshot(followup)
            fu.delete_followup(session, self.followup_id)
        self.ctx.bus.dataChanged.emit("followups")

    def undo(self) -> None:
        if not self.row:
            return
        with self.ctx.db.transaction() as session:
            session.add(FollowUp(**self.row))
        self.ctx.bus.dataChanged.emit("followups")


def _push(ctx: AppContext, command: QUndoCommand, parent: QWidget | None) -> bool:
    ctx.undo_stack.push(command)
    error = getattr(command, "error", "")
    if error:
        QMessageBox.warning(parent, "SalesDesk", error)
        return False
    return True


def mark_done(
    ctx: AppContext, followup_id: int, outcome: str, clock: fu.Clock, parent: QWidget | None
) -> bool:
    command = _DoneCommand(ctx, followup_id, outcome, clock)
    if not _push(ctx, command, parent):
        return False
    result = command.result
    if result is not None and result.next_due is not None:
        ctx.bus.statusMessage.emit(
            QApplication.translate("Followups", "Done. Next time: {when}").format(
                when=ctx.datetime_text(result.next_due)
            )
        )
    else:
        ctx.bus.statusMessage.emit(QApplication.translate("Followups", "Follow-up done."))
    return True


def snooze(
    ctx: AppContext,
    followup_id: int,
    choice: str,
    clock: fu.Clock,
    parent: QWidget | None,
    until: datetime | None = None,
) -> bool:
    command = _SnoozeCommand(ctx, followup_id, choice, clock, until)
    if not _push(ctx, command, parent):
        return False
    if command.new_due is not None:
        ctx.bus.statusMessage.emit(
            QApplication.translate("Followups", "Snoozed until {when}").format(
                when=ctx.datetime_text(command.new_due)
            )
        )
    return True


def build_snooze_menu(
    ctx: AppContext, parent: QWidget, followup_ids: Any, clock: fu.Clock, on_done: Any = None
) -> QMenu:
    """The snooze choices; ``followup_ids()`` gives the follow-ups to snooze when chosen."""
    menu = QMenu(parent)
    menu.setObjectName("snoozeMenu")
    for choice in fu.SNOOZE_CHOICES:
        action = menu.addAction(fu.snooze_label(choice))
        action.setData(choice)
        if choice != fu.SNOOZE_CUSTOM:
            target = fu.snooze_target(choice, clock)
            action.setToolTip(ctx.datetime_text(target))

        def chosen(_checked: bool = False, c: str = choice) -> None:
            ids = list(followup_ids())
            if not ids:
                return
            if c == fu.SNOOZE_CUSTOM:
                dialog = PickTimeDialog(ctx, clock.now() + timedelta(hours=2), parent)
                parent._pick_dialog = dialog  # type: ignore[attr-defined]

                def picked() -> None:
                    for fid in ids:
                        snooze(ctx, fid, c, clock, parent, until=dialog.when())
                    if on_done:
                        on_done()

                dialog.accepted.connect(picked)
                dialog.open()
                return
            for fid in ids:
                snooze(ctx, fid, c, clock, parent)
            if on_done:
                on_done()

        action.triggered.connect(chosen)
    return menu


def open_followup_target(ctx: AppContext, lead_id: int | None, contact_id: int | None) -> None:
    if lead_id is not None:
        ctx.bus.openLead.emit(lead_id)
    elif contact_id is not None:
        ctx.bus.openContact.emit(contact_id)


# -- the view ------------------------------------------------------------------------------


class FollowupsView(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, clock: fu.Clock = fu.SYSTEM_CLOCK
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.filter = fu.Filter()
        self.outcome_dialog: OutcomeDialog | None = None
        self.snooze_menu: QMenu | None = None
        self._stale = True

        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerFilter")
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for code in FollowUpKind:
            self.kind_combo.addItem(label(code), code.value)
        self.due_combo = QComboBox()
        self.due_combo.setObjectName("dueFilter")
        self.due_combo.addItem(self.tr("Any time"), "all")
        self.due_combo.addItem(self.tr("Overdue"), "overdue")
        self.due_combo.addItem(self.tr("By today"), "today")
        self.due_combo.addItem(self.tr("By end of week"), "week")
        self.add_button = QPushButton(QIcon(":/icons/add.svg"), self.tr("Add follow-up…"))
        self.add_button.setObjectName("addFollowUp")
        self.ics_button = QPushButton(QIcon(":/icons/export.svg"), self.tr("Export .ics…"))
        self.ics_button.setObjectName("exportIcs")
        self.ics_button.setToolTip(self.tr("Export the follow-ups shown to a calendar file for your phone"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Owner")))
        top.addWidget(self.owner_combo)
        top.addWidget(QLabel(self.tr("Kind")))
        top.addWidget(self.kind_combo)
        top.addWidget(self.due_combo)
        for combo in (self.kind_combo, self.due_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top.addSpacing(12)
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.setObjectName("followUpRules")
        self.rules_button.setToolTip(self.tr("Automatic next steps: referral asks and first contacts"))
        top.addWidget(self.add_button)
        top.addWidget(self.ics_button)
        top.addWidget(self.rules_button)

        self.model = AgendaModel(ctx, clock, self)
        self.tree = AgendaTree()
        self.tree.setObjectName("agendaTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 205)
        header.resizeSection(1, 85)
        header.resizeSection(3, 250)
        header.resizeSection(4, 115)
        header.resizeSection(5, 125)
        header.setMinimumSectionSize(60)

        self.empty = QLabel(self._nothing_planned())
        self.empty.setObjectName("agendaEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "subtitle")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setToolTip(self.tr("Mark done (Space)"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setToolTip(self.tr("Snooze (S)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Edit or reschedule (E)"))
        self.open_button = QPushButton(self.tr("Open lead"))
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(self.tr("Open the lead (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Delete (Del); Ctrl+Z brings it back"))
        hint = QLabel(self.tr("Space: done · S: snooze · Enter: open lead · E: edit · Del: delete"))
        hint.setProperty("role", "hint")
        bottom = QHBoxLayout()
        for button in (
            self.done_button,
            self.snooze_button,
            self.edit_button,
            self.open_button,
            self.delete_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.setFocusProxy(self.tree)
        self._fill_owners()
        self._restore_filters()
        self.owner_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.due_combo.currentIndexChanged.connect(self._filters_changed)
        self.add_button.clicked.connect(self.add_followup)
        self.ics_button.clicked.connect(self.choose_ics_file)
        self.rules_button.clicked.connect(self.edit_rules)
        self.done_button.clicked.connect(self.ask_done)
        self.snooze_button.clicked.connect(
            lambda: self.show_snooze_menu(
                self.snooze_button.mapToGlobal(QPoint(0, self.snooze_button.height()))
            )
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.tree.doneRequested.connect(self.ask_done)
        self.tree.snoozeRequested.connect(lambda: self.show_snooze_menu())
        self.tree.openRequested.connect(self.open_current)
        self.tree.deleteRequested.connect(self.delete_current)
        self.tree.editRequested.connect(self.edit_current)
        self.tree.doubleClicked.connect(lambda _i: self.open_current())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.expanded.connect(self._remember_collapsed)
        self.tree.collapsed.connect(self._remember_collapsed)
        ctx.bus.dataChanged.connect(self._on_data_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)  # groups move as time passes
        self._tick.timeout.connect(self._refresh_when_seen)
        self._tick.start()
        self.refresh()

    # -- filters --------------------------------------------------------------------------
    def _fill_owners(self) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        with self.ctx.db.session() as session:
            for owner_id, name in session.execute(select(Owner.id, Owner.name).order_by(Owner.name)):
                self.owner_combo.addItem(name, owner_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)

    def _restore_filters(self) -> None:
        settings = self.ctx.settings()
        owner = settings.value("followups/owner", None)
        kind = str(settings.value("followups/kind", "") or "")
        if owner not in (None, ""):
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(int(owner))))  # type: ignore[arg-type]
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._update_filter()

    def _update_filter(self) -> None:
        kind = self.kind_combo.currentData()
        self.filter = fu.Filter(
            owner_id=self.owner_combo.currentData(),
            kinds=frozenset({kind}) if kind else frozenset(),
            due=str(self.due_combo.currentData() or "all"),
            text=self.filter.text,
        )

    def export_request(self) -> dict[str, Any]:
        """What "Export…" writes: the open follow-ups the agenda lists (owner, kind, period
        and search applied; folded groups count too)."""
        shown = [item.id for group in self.model.groups for item in group.items]
        request: dict[str, Any] = {
            "kinds": ["followups"],
            "followup_status": "open",
            "shown_followup_ids": shown,
        }
        return request

    def _filters_changed(self) -> None:
        self._update_filter()
        settings = self.ctx.settings()
        settings.setValue("followups/owner", "" if self.filter.owner_id is None else self.filter.owner_id)
        settings.setValue("followups/kind", self.kind_combo.currentData() or "")
        self.refresh()

    def apply_search(self, text: str) -> None:
        self.filter = fu.Filter(self.filter.owner_id, self.filter.kinds, self.filter.due, None, text)
        self.refresh()

    def apply_filters(self, filters: dict[str, Any]) -> None:
        """Click-through from elsewhere: {"owner_id": 3, "kind": "call", "due": "today"}."""
        if "owner_id" in filters:
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(filters["owner_id"])))
        if "kind" in filters:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(filters["kind"] or "")))
        self.due_combo.blockSignals(True)
        self.due_combo.setCurrentIndex(max(0, self.due_combo.findData(str(filters.get("due", "all")))))
        self.due_combo.blockSignals(False)
        self._update_filter()
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def _on_data_changed(self, kind: str) -> None:
        if kind in ("followups", "leads", "contacts", "imports", "settings", "owners"):
            if kind in ("settings", "owners", "imports"):
                self._fill_owners()
            self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Reload now if the agenda is on screen, else when it is shown next."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        current = self.current_item()
        current_id = current.id if current is not None else None
        current_row = self.tree.currentIndex()
        with self.ctx.db.session() as session:
            groups = fu.agenda(session, self.filter, self.clock)
        collapsed = self._collapsed_groups()
        self.model.set_groups(groups)
        self.tree.blockSignals(True)
        for row, group in enumerate(self.model.groups):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.setExpanded(self.model.index(row, 0), group.key not in collapsed)
        self.tree.blockSignals(False)
        self._update_summary(groups)
        if self.filter.text.strip():
            self.empty.setText(self.tr("No follow-ups match “{text}”.").format(text=self.filter.text.strip()))
        else:
            self.empty.setText(self._nothing_planned())
        self.stack.setCurrentWidget(self.tree if self.model.item_count() else self.empty)
        self._restore_current(current_id, current_row)

    def _nothing_planned(self) -> str:
        return self.tr(
            "Nothing planned. Add a follow-up here or from a lead, and it shows up in this agenda."
        )

    def _collapsed_groups(self) -> set[str]:
        """The groups the user folded (kept in QSettings, so a long Overdue stays folded)."""
        value = self.ctx.settings().value("followups/collapsed", "")
        return {key for key in str(value or "").split(",") if key in fu.GROUPS}

    def _remember_collapsed(self, index: QModelIndex) -> None:
        key = index.data(GroupRole)
        if key not in fu.GROUPS or index.parent().isValid():
            return
        collapsed = self._collapsed_groups()
        if self.tree.isExpanded(index):
            collapsed.discard(key)
        else:
            collapsed.add(key)
        self.ctx.settings().setValue("followups/collapsed", ",".join(sorted(collapsed)))

    def _restore_current(self, followup_id: int | None, old: QModelIndex) -> None:
        index = self.model.index_of(followup_id) if followup_id is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            # The follow-up left the list (done, snoozed away): select its neighbour.
            group_row = min(old.parent().row() if old.parent().isValid() else 0, self.model.rowCount() - 1)
            group_index = self.model.index(max(0, group_row), 0)
            children = self.model.rowCount(group_index)
            if children:
                index = self.model.index(min(max(0, old.row()), children - 1), 0, group_index)
            else:
                index = self.model.index(0, 0, self.model.index(0, 0))
        if index.isValid() and index.parent().isValid() and not self.tree.isExpanded(index.parent()):
            index = index.parent()  # selecting inside a folded group would unfold it
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _update_summary(self, groups: list[fu.Group]) -> None:
        by_key = {g.key: g.count for g in groups}
        loc = self.ctx.locale
        overdue = by_key.get(fu.OVERDUE, 0)
        parts = []
        if overdue:
            parts.append(
                "<b style='color:#b42318'>⚠ "
                + self.tr("{n} overdue").format(n=loc.toString(overdue))
                + "</b>"
            )
        parts.append(self.tr("{n} due today").format(n=loc.toString(by_key.get(fu.TODAY, 0))))
        parts.append(self.tr("{n} open in all").format(n=loc.toString(sum(by_key.values()))))
        self.summary.setText(" · ".join(parts))

    # -- the current follow-up ------------------------------------------------------------
    def current_item(self) -> fu.Item | None:
        return self.model.item_at(self.tree.currentIndex())

    def selected_items(self) -> list[fu.Item]:
        rows = self.tree.selectionModel().selectedRows(0) if self.tree.selectionModel() else []
        items = [i for i in (self.model.item_at(r) for r in rows) if i is not None]
        if not items:
            current = self.current_item()
            return [current] if current is not None else []
        return items

    def current_lead_id(self) -> int | None:
        item = self.current_item()
        return item.lead_id if item is not None else None

    def ask_done(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = OutcomeDialog(item, self)
        self.outcome_dialog = dialog

        def accepted() -> None:
            mark_done(self.ctx, item.id, dialog.text(), self.clock, self)
            self.tree.setFocus()

        dialog.accepted.connect(accepted)
        dialog.open()

    def show_snooze_menu(self, pos: QPoint | None = None) -> None:
        if not self.selected_items():
            return
        menu = build_snooze_menu(
            self.ctx, self, lambda: [i.id for i in self.selected_items()], self.clock, self.tree.setFocus
        )
        self.snooze_menu = menu
        if pos is None:
            rect = self.tree.visualRect(self.tree.currentIndex())
            pos = self.tree.viewport().mapToGlobal(rect.bottomLeft() + QPoint(40, 0))
        menu.popup(pos)

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            open_followup_target(self.ctx, item.lead_id, item.contact_id)

    def edit_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        from salesdesk.gui.followup_dialog import edit_followup

        edit_followup(self.ctx, self, followup_id=item.id)

    def delete_current(self) -> None:
        items = self.selected_items()
        if not items:
            return
        if len(items) > 1:
            self.ctx.undo_stack.beginMacro(self.tr("Delete {n} follow-ups").format(n=len(items)))
        for item in items:
            self.ctx.undo_stack.push(_DeleteCommand(self.ctx, item.id))
        if len(items) > 1:
            self.ctx.undo_stack.endMacro()
        self.ctx.bus.statusMessage.emit(self.tr("Deleted. Undo with Ctrl+Z."))

    def add_followup(self) -> None:
        from salesdesk.gui.followup_dialog import edit_followup

        new_id = edit_followup(self.ctx, self)
        if new_id is not None:
            index = self.model.index_of(new_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        item = self.model.item_at(index)
        if item is None:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Mark done…"), self.ask_done)
        snooze_menu = build_snooze_menu(
            self.ctx, menu, lambda: [i.id for i in self.selected_items()], self.clock
        )
        snooze_menu.setTitle(self.tr("Snooze"))
        menu.addMenu(snooze_menu)
        menu.addAction(self.tr("Edit or reschedule…"), self.edit_current)
        menu.addAction(self.tr("Open lead"), self.open_current)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_current)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def edit_rules(self) -> None:
        from salesdesk.gui.followup_rules import FollowUpRulesDialog

        FollowUpRulesDialog(self.ctx, self).exec()

    # -- calendar export ------------------------------------------------------------------
    def choose_ics_file(self) -> None:
        start = str(self.ctx.settings().value("followups/ics_path", "salesdesk-followups.ics"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export follow-ups to a calendar"), start, self.tr("Calendar files (*.ics)")
        )
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self.export_ics_to(path)

    def export_ics_to(self, path: str) -> int | None:
        try:
            with self.ctx.db.session() as session:
                count = fu.export_ics(session, path, self.filter, self.clock)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Export .ics"), str(error))
            return None
        self.ctx.settings().setValue("followups/ics_path", path)
        self.ctx.bus.statusMessage.emit(
            self.tr("Exported {n} follow-ups to {path}. Importing it again updates the same events.").format(
                n=count, path=path
            )
        )
        return count


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return FollowupsView(ctx, parent)


def screenshot_widget(ctx: AppContext, arg: str, window):  # type: ignore[no-untyped-def]
    """``salesdesk screenshot agenda:overdue OUT.png``: the agenda with the named groups
    folded (comma-separated), as a user who folded them sees it."""
    folded = [key for key in arg.split(",") if key in fu.GROUPS]
    view = window.show_view("followups")
    if isinstance(view, FollowupsView):
        view.tree.blockSignals(True)
        for row, group in enumerate(view.model.groups):
            view.tree.setExpanded(view.model.index(row, 0), group.key not in folded)
        view.tree.blockSignals(False)
    return window


def export_ics_action(window) -> None:  # type: ignore[no-untyped-def]
    """Handler of the "Export follow-ups to calendar" action."""
    view = window.show_view("followups")
    if isinstance(view, FollowupsView):
        view.choose_ics_file()


__all__ = ["AgendaModel", "FollowupsView", "create_view"]
