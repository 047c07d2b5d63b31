"""The main window: navigation, views, global search, menus and toolbar, status bar.

Views are created when first shown (``views/__init__.py``); actions come from
``actions.py``; the handlers below are the shell's own, and features point registry entries
at their own modules.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QWidget,
)
from sqlalchemy import func, select

from salesdesk.db.enums import FollowUpStatus
from salesdesk.db.models import Contact, FollowUp, Lead
from salesdesk.errors import UserError
from salesdesk.gui.actions import ACTIONS, create_action
from salesdesk.gui.context import AppContext
from salesdesk.gui.forms.ui_mainwindow import Ui_MainWindow
from salesdesk.gui.views import VIEWS
from salesdesk.gui.welcome import WelcomePage
from salesdesk.gui.worker import Worker

WELCOME = "welcome"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, background_services: bool = True) -> None:
        """``background_services=False`` (screenshots) leaves out reminders and the like,
        which would otherwise record what they showed."""
        super().__init__()
        self.ctx = ctx
        ctx.main_window = self
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle("SalesDesk")
        self.views: dict[str, QWidget] = {}
        self._titles: dict[str, str] = {}
        self._badges: dict[str, str] = {}
        self._workers: list[Worker] = []
        self._build_navigation()
        self._build_actions()
        self._build_status_bar()
        self.welcome = WelcomePage()
        self.welcome.importRequested.connect(lambda: import_sheet(self))
        self.welcome.demoRequested.connect(lambda: load_demo(self))
        self.ui.stack.addWidget(self.welcome)
        ctx.bus.dataChanged.connect(self._on_data_changed)
        ctx.bus.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.bus.openLead.connect(self.open_lead)
        ctx.bus.openContact.connect(self.open_contact)
        ctx.bus.showView.connect(self.show_view_filtered)
        self._restore_state()
        self.refresh_counts()
        if background_services:
            self._install_feature_hooks()

    # -- building -------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        nav = self.ui.navigation
        for index, spec in enumerate(VIEWS):
            title = QCoreApplication.translate("Views", spec.title)
            self._titles[spec.key] = title
            item = QListWidgetItem(QIcon(f":/icons/{spec.icon}.svg"), title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shortcut})")
            nav.addItem(item)
        nav.currentRowChanged.connect(self._on_nav_row)

    def _build_actions(self) -> None:
        menus = {
            "file": self.ui.menuFile,
            "edit": self.ui.menuEdit,
            "view": self.ui.menuView,
            "leads": self.ui.menuLeads,
            "help": self.ui.menuHelp,
        }
        self.actions_by_id: dict[str, QAction] = {}
        toolbar = self.ui.mainToolBar
        for spec in ACTIONS:
            action = create_action(spec, self)
            self.actions_by_id[spec.id] = action
            menu: QMenu = menus.get(spec.menu, self.ui.menuFile)
            if spec.id == "quit":
                menu.addSeparator()
            menu.addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)
        self.addAction(self.actions_by_id["search"])
        for index, spec in enumerate(VIEWS):
            go = QAction(QIcon(f":/icons/{spec.icon}.svg"), self._titles[spec.key], self)
            go.setObjectName(f"action_view_{spec.key}")
            go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            go.triggered.connect(lambda _c=False, key=spec.key: self.show_view(key))
            self.ui.menuView.addAction(go)
            self.actions_by_id[f"view_{spec.key}"] = go
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search leads and contacts (Ctrl+F)"))
        self.search.addAction(QIcon(":/icons/search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        toolbar.addWidget(self.search)
        self.ui.mainToolBar.toggleViewAction().setText(self.tr("Show toolbar"))
        self.ui.menuView.addSeparator()
        self.ui.menuView.addAction(self.ui.mainToolBar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db.display_name()))
        self.db_label.setToolTip(self.ctx.db.url if self.ctx.db.path else self.ctx.db.display_name())

    def _install_feature_hooks(self) -> None:
        """Features that run beside the views (reminders, ...) install themselves here."""
        for module_name in ("salesdesk.gui.reminders",):
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError:
                continue
            install = getattr(module, "install", None)
            if install is not None:
                install(self)

    # -- views ----------------------------------------------------------------------------
    def is_empty(self) -> bool:
        with self.ctx.db.session() as session:
            return not session.scalar(select(Lead.id).limit(1)) and not session.scalar(
                select(Contact.id).limit(1)
            )

    def view(self, key: str) -> QWidget:
        """The view ``key``, created on first use."""
        if key not in self.views:
            module = importlib.import_module(f"salesdesk.gui.views.{key}")
            widget = module.create_view(self.ctx, self.ui.stack)
            widget.setObjectName(f"view_{key}")
            self.views[key] = widget
            self.ui.stack.addWidget(widget)
        return self.views[key]

    def current_key(self) -> str:
        item = self.ui.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else VIEWS[0].key

    def current_view(self) -> QWidget | None:
        widget = self.ui.stack.currentWidget()
        return None if widget is self.welcome else widget

    def show_view(self, key: str) -> QWidget | None:
        """Show a navigation view. While the database is empty, the first entry (the board)
        shows the welcome page instead: import a sheet or load demo data."""
        keys = [v.key for v in VIEWS]
        if key == WELCOME:
            key = keys[0]
        if key not in keys:
            raise KeyError(key)
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(keys.index(key))
        self.ui.navigation.blockSignals(False)
        if key == keys[0] and self.is_empty():
            self.ui.stack.setCurrentWidget(self.welcome)
            return None
        widget = self.view(key)
        self.ui.stack.setCurrentWidget(widget)
        if self.search.text() and hasattr(widget, "apply_search"):
            widget.apply_search(self.search.text())
        return widget

    def show_view_filtered(self, key: str, filters: dict[str, Any]) -> None:
        widget = self.show_view(key)
        if widget is not None and hasattr(widget, "apply_filters"):
            widget.apply_filters(dict(filters))

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            self.show_view(VIEWS[row].key)

    def _apply_search(self) -> None:
        text = self.search.text().strip()
        widget = self.current_view()
        if widget is None:
            if not text:
                return
            widget = self.show_view("leads")
        if widget is not None and hasattr(widget, "apply_search"):
            widget.apply_search(text)
        elif text:
            self.statusBar().showMessage(
                self.tr("This view cannot be searched; showing leads instead."), 4000
            )
            leads = self.show_view("leads")
            if leads is not None and hasattr(leads, "apply_search"):
                leads.apply_search(text)

    def set_nav_badge(self, key: str, text: str) -> None:
        """Show a count beside a navigation entry, e.g. follow-ups due: "Follow-ups  5"."""
        self._badges[key] = text
        for row in range(self.ui.navigation.count()):
            item = self.ui.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                title = self._titles[key]
                item.setText(f"{title}  ({text})" if text else title)

    def open_lead(self, lead_id: int) -> None:
        _call_feature(self, "salesdesk.gui.lead_form", "open_lead", self.ctx, lead_id, self)

    def open_contact(self, contact_id: int) -> None:
        _call_feature(self, "salesdesk.gui.contact_form", "open_contact", self.ctx, contact_id, self)

    # -- data -----------------------------------------------------------------------------
    def _on_data_changed(self, kind: str) -> None:
        self.refresh_counts()
        if self.ui.stack.currentWidget() is self.welcome and not self.is_empty():
            self.show_view(VIEWS[0].key)

    def refresh_counts(self) -> None:
        with self.ctx.db.session() as session:
            leads = session.scalar(select(func.count(Lead.id))) or 0
            contacts = session.scalar(select(func.count(Contact.id))) or 0
            open_followups = (
                session.scalar(select(func.count(FollowUp.id)).where(FollowUp.status == FollowUpStatus.OPEN))
                or 0
            )
        loc = self.ctx.locale
        self.counts_label.setText(
            self.tr("{leads} leads · {contacts} contacts · {followups} open follow-ups").format(
                leads=loc.toString(leads),
                contacts=loc.toString(contacts),
                followups=loc.toString(open_followups),
            )
        )

    # -- state ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings()
        geometry = settings.value("mainwindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = settings.value("mainwindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("mainwindow/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([190, 1170])
        last = str(settings.value("mainwindow/view", VIEWS[0].key))
        if self.is_empty() or last not in [v.key for v in VIEWS]:
            last = VIEWS[0].key
        self.show_view(last)

    def save_state(self) -> None:
        settings = self.ctx.settings()
        settings.setValue("mainwindow/geometry", self.saveGeometry())
        settings.setValue("mainwindow/state", self.saveState())
        settings.setValue("mainwindow/splitter", self.ui.splitter.saveState())
        if self.ui.stack.currentWidget() is not self.welcome:
            settings.setValue("mainwindow/view", self.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self.views.values():
            can_close = getattr(widget, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)


def _call_feature(window: MainWindow, module_name: str, function: str, *args: Any) -> Any:
    """Call a feature's entry point, or say honestly that it has not arrived yet."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        QMessageBox.information(
            window, "SalesDesk", QCoreApplication.translate("MainWindow", "This feature is coming soon.")
        )
        return None
    try:
        return getattr(module, function)(*args)
    except UserError as error:
        QMessageBox.warning(window, "SalesDesk", str(error))
        return None


# -- handlers of the action registry ------------------------------------------------------
def new_lead(window: MainWindow) -> None:
    _call_feature(window, "salesdesk.gui.lead_form", "new_lead", window.ctx, window)


def quick_capture(window: MainWindow) -> None:
    _call_feature(window, "salesdesk.gui.capture", "open_capture", window.ctx, window)


def import_sheet(window: MainWindow) -> None:
    _call_feature(window, "salesdesk.gui.import_wizard", "run_import_wizard", window.ctx, window)


def export_view(window: MainWindow) -> None:
    _call_feature(window, "salesdesk.gui.export_dialog", "open_export", window.ctx, window)


def backup_now(window: MainWindow) -> None:
    from salesdesk.db.backup import backup_database

    try:
        path = backup_database(window.ctx.db)
    except UserError as error:
        QMessageBox.warning(window, "SalesDesk", str(error))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Backup written to {path}").format(path=path), 8000
    )


def load_demo(window: MainWindow, leads: int = 2000) -> Worker | None:
    """Fill the database with demo data in the background."""
    try:
        from salesdesk.crm import demo
    except ModuleNotFoundError:
        QMessageBox.information(
            window, "SalesDesk", QCoreApplication.translate("MainWindow", "This feature is coming soon.")
        )
        return None
    if not window.is_empty():
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("MainWindow", "Load demo data"),
            QCoreApplication.translate(
                "MainWindow", "The database already has data. Add demo leads to it anyway?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    db = window.ctx.db

    def work(progress: Any) -> Any:
        with db.transaction() as session:
            return demo.generate(session, leads=leads, seed=1)

    dialog = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Creating demo leads…"), "", 0, 0, window
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = Worker(work, window)
    window._workers.append(worker)

    def done(_result: object) -> None:
        dialog.close()
        window._workers.remove(worker)
        window.ctx.bus.dataChanged.emit("leads")
        window.show_view(VIEWS[0].key)
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Demo data loaded."), 5000)

    def failed(message: str, _user: bool) -> None:
        dialog.close()
        window._workers.remove(worker)
        QMessageBox.warning(window, "SalesDesk", message)

    worker.succeeded.connect(done)
    worker.failed.connect(failed)
    worker.start()
    return worker


def open_settings(window: MainWindow) -> None:
    from salesdesk.gui.dialogs import SettingsDialog

    SettingsDialog(window.ctx, window).exec()


def show_about(window: MainWindow) -> None:
    from salesdesk.gui.dialogs import AboutDialog

    AboutDialog(window.ctx, window).exec()


def quit_app(window: MainWindow) -> None:
    if window.close():
        app = QApplication.instance()
        if app is not None:
            app.quit()


def undo(window: MainWindow) -> None:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and focus.isUndoAvailable():
        focus.undo()
        return
    window.ctx.undo_stack.undo()


def redo(window: MainWindow) -> None:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and focus.isRedoAvailable():
        focus.redo()
        return
    window.ctx.undo_stack.redo()


def focus_search(window: MainWindow) -> None:
    window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    window.search.selectAll()


def refresh_view(window: MainWindow) -> None:
    widget = window.current_view()
    if widget is not None and hasattr(widget, "refresh"):
        widget.refresh()
    window.refresh_counts()
