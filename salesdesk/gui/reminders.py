"""Reminders while the app runs, and "while you were away" when it starts.

The main window calls ``install(window)``. A ``ReminderService`` then asks the database
every 30 seconds (and right after the laptop wakes or the clock jumps, and when the app
becomes active) for follow-ups that came due and were not shown yet
(``crm.followups.due_for_notification``). Each is shown once: in the system tray where
there is one, and always in the in-app notification list (a dock with Open, Done and
Snooze). Being a comparison of stored times rather than a timer per follow-up, nothing is
lost over sleep and nothing is repeated after a clock change. On start, a dialog lists
what came due since the app last ran (``last_seen`` in the settings table).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from salesdesk.crm import followups as fu
from salesdesk.crm import settings as db_settings
from salesdesk.db.enums import FollowUpStatus
from salesdesk.db.models import FollowUp
from salesdesk.gui.context import AppContext
from salesdesk.gui.views.followups import (
    IdRole,
    OutcomeDialog,
    build_snooze_menu,
    mark_done,
    open_followup_target,
)

log = logging.getLogger(__name__)
_ROOT = QModelIndex()
CHECK_INTERVAL_MS = 30_000
JUMP_TOLERANCE = timedelta(seconds=90)  # wall clock vs. monotonic clock: a sleep or a clock change


class NotificationModel(QAbstractListModel):
    """Follow-ups that reminded, newest first (plain rows)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[fu.Item] = []
        self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = (
                self.ctx.date_text(fu.to_local(item.due_at).date())
                if item.all_day
                else self.ctx.datetime_text(item.due_at)
            )
            about = " · ".join(p for p in (item.lead_title, item.contact_name) if p)
            return f"{fu.summary_text(item)}\n{when}" + (f" · {about}" if about else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.note or fu.summary_text(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon
        if role == IdRole:
            return item.id
        return None

    def add(self, items: list[fu.Item]) -> None:
        """Put ``items`` at the top (a follow-up shown again replaces its old row)."""
        if not items:
            return
        ids = {i.id for i in items}
        self.beginResetModel()
        self.items = list(reversed(items)) + [i for i in self.items if i.id not in ids]
        self.endResetModel()

    def remove_ids(self, ids: set[int]) -> None:
        for row in reversed(range(len(self.items))):
            if self.items[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.items[row]
                self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.items = []
        self.endResetModel()

    def item_at(self, row: int) -> fu.Item | None:
        return self.items[row] if 0 <= row < len(self.items) else None


class NotificationPanel(QWidget):
    """The in-app notification list: Open, Done, Snooze, Dismiss."""

    def __init__(self, service: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationPanel")
        self.service = service
        self.ctx = service.ctx
        self.outcome_dialog: OutcomeDialog | None = None
        self.snooze_menu: Any = None
        self.empty = QLabel(self.tr("No reminders. Due follow-ups appear here."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.list = QListView()
        self.list.setObjectName("notificationList")
        self.list.setModel(service.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.doubleClicked.connect(lambda _i: self.open_current())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("notificationOpen")
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setObjectName("notificationDone")
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setObjectName("notificationSnooze")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("notificationDismiss")
        self.dismiss_button.setToolTip(self.tr("Remove from this list; the follow-up stays in the agenda"))
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setObjectName("notificationClear")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.dismiss_button)
        more.addWidget(self.clear_button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.ask_done)
        self.snooze_button.clicked.connect(self.show_snooze_menu)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.clear_button.clicked.connect(service.model.clear)
        service.model.modelReset.connect(self._update)
        service.model.rowsRemoved.connect(self._update)
        self._update()

    def _update(self, *args: object) -> None:
        has = self.service.model.rowCount() > 0
        self.empty.setVisible(not has)
        for button in (
            self.open_button,
            self.done_button,
            self.snooze_button,
            self.dismiss_button,
            self.clear_button,
        ):
            button.setEnabled(has)
        if has and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.service.model.index(0))

    def current(self) -> fu.Item | None:
        index = self.list.currentIndex()
        return self.service.model.item_at(index.row()) if index.isValid() else self.service.model.item_at(0)

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            open_followup_target(self.ctx, item.lead_id, item.contact_id)

    def ask_done(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = OutcomeDialog(item, self)
        self.outcome_dialog = dialog
        dialog.accepted.connect(lambda: self._done(item.id, dialog.text()))
        dialog.open()

    def _done(self, followup_id: int, outcome: str) -> None:
        if mark_done(self.ctx, followup_id, outcome, self.service.clock, self):
            self.service.model.remove_ids({followup_id})

    def show_snooze_menu(self) -> None:
        item = self.current()
        if item is None:
            return

        def snoozed() -> None:
            self.service.model.remove_ids({item.id})

        self.snooze_menu = build_snooze_menu(self.ctx, self, lambda: [item.id], self.service.clock, snoozed)
        self.snooze_menu.popup(self.snooze_button.mapToGlobal(QPoint(0, self.snooze_button.height())))

    def dismiss_current(self) -> None:
        item = self.current()
        if item is not None:
            self.service.model.remove_ids({item.id})


class AwayDialog(QDialog):
    """ "While you were away": what came due since the app last ran."""

    def __init__(
        self, ctx: AppContext, items: list[fu.Item], since: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("awayDialog")
        self.setWindowTitle(self.tr("While you were away"))
        self.setMinimumSize(520, 360)
        heading = QLabel(
            self.tr("{n} follow-ups came due since {when}.").format(
                n=ctx.locale.toString(len(items)), when=ctx.datetime_text(since)
            )
        )
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        self.model = NotificationModel(ctx, self)
        self.model.items = list(items)
        self.list = QListView()
        self.list.setObjectName("awayList")
        self.list.setModel(self.model)
        self.list.setToolTip(self.tr("Double-click to open the lead"))
        self.list.doubleClicked.connect(self._open)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        hint = QLabel(self.tr("They are also in the notification list, with Open, Done and Snooze."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.agenda_button = buttons.addButton(
            self.tr("Open the agenda"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.agenda_button.setObjectName("awayOpenAgenda")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            open_followup_target(self.ctx, item.lead_id, item.contact_id)


class ReminderService(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: Any = None,
        clock: fu.Clock = fu.SYSTEM_CLOCK,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.clock = clock
        self.model = NotificationModel(ctx, self)
        self.shown_total = 0
        self.away_dialog: AwayDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self.dock: QDockWidget | None = None
        self.panel = NotificationPanel(self)
        self._last_wall = clock.now()
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        ctx.bus.dataChanged.connect(self._on_data_changed)
        if window is not None:
            self._attach(window)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(":/icons/salesdesk.svg"), self)
            self.tray.setToolTip("SalesDesk")
            self.tray.messageClicked.connect(self.show_panel)
            self.tray.activated.connect(lambda _reason: self.show_panel())
            self.tray_menu = QMenu()
            self.tray_menu.addAction(self.tr("Show notifications"), self.show_panel)
            self.tray_menu.addAction(self.tr("Open the agenda"), self._show_agenda)
            self.tray.setContextMenu(self.tray_menu)
            self.tray.show()
        app = QGuiApplication.instance()
        if window is not None and isinstance(app, QGuiApplication):
            # Only the window's own service listens to the application (it dies with the window).
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self.remember_seen)

    def _attach(self, window: Any) -> None:
        dock = QDockWidget(self.tr("Notifications"), window)
        dock.setObjectName("notificationsDock")
        dock.setWidget(self.panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.panel.setMinimumWidth(220)
        splitter = getattr(getattr(window, "ui", None), "splitter", None)
        if splitter is not None:  # a dock takes its room from the views, not the navigation
            splitter.setStretchFactor(0, 0)
            splitter.setStretchFactor(1, 1)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resizeDocks([dock], [250], Qt.Orientation.Horizontal)
        dock.hide()
        self.dock = dock
        toggle: QAction = dock.toggleViewAction()
        toggle.setText(self.tr("Notifications"))
        toggle.setObjectName("action_notifications")
        toggle.setShortcut("Ctrl+Shift+B")
        menu = getattr(getattr(window, "ui", None), "menuView", None)
        if menu is not None:
            menu.addAction(toggle)

    # -- running --------------------------------------------------------------------------
    def start(self) -> None:
        """Show the away summary (once the window is up), then check every 30 seconds."""
        self.timer.start()
        QTimer.singleShot(0, self.startup)

    def reminder_owner(self) -> int | None:
        """Whose follow-ups remind: the rep set as "I am" in Settings (and unassigned ones),
        or everybody's while nobody is set (one person on one laptop)."""
        with self.ctx.db.session() as session:
            value = db_settings.get(session, db_settings.ME)
        return int(value) if value.isdecimal() else None

    def startup(self) -> list[fu.Item]:
        """The away summary. On the very first run there is none, and what is already late
        (imported or demo data) counts as known: the agenda's Overdue group shows it, the
        notification list is kept for what comes due from now on."""
        now = self.clock.now()
        owner = self.reminder_owner()
        with self.ctx.db.transaction() as session:
            since = fu.last_seen(session, owner)
            away = fu.away_summary(session, since, now, owner)
            if since is None:
                late = fu.due_for_notification(session, now, owner)
                fu.mark_notified(session, [i.id for i in late], now)
        self.check(announce=not away)
        if away and since is not None:
            self.away_dialog = AwayDialog(self.ctx, away, since, self.window)
            self.away_dialog.agenda_button.clicked.connect(self._show_agenda)
            self.away_dialog.show()
        return away

    def _show_agenda(self) -> None:
        if self.window is not None:
            self.window.show_view("followups")
            self.show_panel(focus=True)

    def check(self, announce: bool = True) -> list[fu.Item]:
        """Show what came due and was not shown yet; returns it."""
        now = self.clock.now()
        woke = self._clock_jumped(now)
        owner = self.reminder_owner()
        with self.ctx.db.transaction() as session:
            due = fu.due_for_notification(session, now, owner)
            if due:
                fu.mark_notified(session, [i.id for i in due], now)
            fu.touch_last_seen(session, now, owner)
        if due:
            self.shown_total += len(due)
            self.model.add(due)
            if announce:
                self._announce(due, woke)
            self.show_panel(focus=False)
        self.update_badge()
        return due

    def _clock_jumped(self, now: datetime) -> bool:
        wall = now - self._last_wall
        mono = timedelta(milliseconds=self._elapsed.restart())
        self._last_wall = now
        return abs(wall - mono) > JUMP_TOLERANCE

    def _announce(self, due: list[fu.Item], woke: bool) -> None:
        if len(due) == 1:
            title = self.tr("Follow-up due")
            text = fu.summary_text(due[0])
            about = " · ".join(p for p in (due[0].lead_title, due[0].contact_name) if p)
            if about:
                text += f"\n{about}"
        else:
            title = self.tr("{n} follow-ups due").format(n=self.ctx.locale.toString(len(due)))
            text = "\n".join(fu.summary_text(i) for i in due[:4]) + ("\n…" if len(due) > 4 else "")
        if woke:
            self.ctx.bus.statusMessage.emit(
                self.tr("Welcome back: {n} follow-ups came due meanwhile.").format(n=len(due))
            )
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def show_panel(self, focus: bool = True) -> None:
        if self.dock is not None:
            self.dock.show()
            if focus:
                self.dock.raise_()
        if focus and self.window is not None:
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def update_badge(self) -> None:
        if self.window is None or not hasattr(self.window, "set_nav_badge"):
            return
        with self.ctx.db.session() as session:
            counts = fu.counts(session, clock=self.clock)
        self.window.set_nav_badge(
            "followups", self.ctx.locale.toString(counts.due_now) if counts.due_now else ""
        )

    def remember_seen(self) -> None:
        try:
            owner = self.reminder_owner()
            with self.ctx.db.transaction() as session:
                fu.touch_last_seen(session, self.clock.now(), owner)
        except SQLAlchemyError as error:  # quitting must not fail over a bookkeeping time
            log.warning("could not remember when the app last ran: %s", error)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _on_data_changed(self, kind: str) -> None:
        if kind not in ("followups", "leads", "contacts", "imports"):
            return
        ids = [i.id for i in self.model.items]
        if ids:
            now = self.clock.now()
            with self.ctx.db.session() as session:
                still = set(
                    session.scalars(
                        select(FollowUp.id).where(
                            FollowUp.id.in_(ids),
                            FollowUp.status == FollowUpStatus.OPEN,
                            FollowUp.due_at <= now,
                        )
                    )
                )
            self.model.remove_ids(set(ids) - still)
        self.update_badge()


def install(window: Any) -> ReminderService:
    """Called by the main window on start: reminders, notification list, badge, away summary."""
    service = ReminderService(window.ctx, window)
    window.reminders = service
    service.start()
    return service


__all__ = ["AwayDialog", "NotificationModel", "ReminderService", "install"]
