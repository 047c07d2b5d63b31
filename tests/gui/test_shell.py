"""The main window shell: navigation, welcome page, search, status bar, settings, state."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from salesdesk.crm import settings as db_settings
from salesdesk.db.models import Contact, Lead, Owner
from salesdesk.gui.views import VIEWS


def _add_lead(db) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.crm.leads import create_lead

    with db.transaction() as s:
        contact = Contact(name="Matti Virtanen")
        s.add(contact)
        create_lead(s, contact=contact, title="Lattiaremontti")


def test_empty_database_greets_with_import_and_demo(window) -> None:  # type: ignore[no-untyped-def]
    assert window.ui.stack.currentWidget() is window.welcome
    assert window.welcome.import_button.isVisible() and window.welcome.demo_button.isVisible()
    assert "0 leads" in window.counts_label.text()


def test_navigation_reaches_every_view(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    _add_lead(ctx.db)
    ctx.bus.dataChanged.emit("leads")
    assert window.ui.stack.currentWidget() is not window.welcome  # data arrived: the board shows
    for index, spec in enumerate(VIEWS):
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.ui.stack.currentWidget() is window.views[spec.key]
    assert "1 leads" in window.counts_label.text()


def test_global_search_goes_to_the_view(window, ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _add_lead(ctx.db)
    ctx.bus.dataChanged.emit("leads")
    seen: list[str] = []
    view = window.show_view("leads")
    monkeypatch.setattr(view, "apply_search", seen.append, raising=False)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "virta")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert seen and seen[-1] == "virta"


def test_nav_badge(window) -> None:  # type: ignore[no-untyped-def]
    window.set_nav_badge("followups", "3")
    texts = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert "Follow-ups  (3)" in texts
    window.set_nav_badge("followups", "")
    assert window.ui.navigation.item(3).text() == "Follow-ups"


def test_settings_dialog_saves_to_database(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.dialogs import SettingsDialog

    with ctx.db.transaction() as s:
        s.add_all([Owner(name="Anna Aho", initials="AA"), Owner(name="Pekka Puu", initials="PP")])
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.meCombo.setCurrentIndex(dialog.ui.meCombo.findText("Pekka Puu"))
    dialog.ui.regionEdit.setText("1A")
    dialog.accept()  # refused: not a two-letter code
    assert dialog.result() == 0
    dialog.ui.regionEdit.setText("se")
    dialog.accept()
    with ctx.db.session() as s:
        assert db_settings.default_region(s) == "SE"
        assert db_settings.me(s).name == "Pekka Puu"


def test_window_state_is_kept(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.mainwindow import MainWindow

    _add_lead(ctx.db)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    first.show_view("contacts")
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_key() == "contacts"
    assert second.size() == first.size()


def test_finnish_labels(qapp, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.app import create_application
    from salesdesk.gui.context import AppContext
    from salesdesk.gui.mainwindow import MainWindow

    create_application("fi")
    try:
        win = MainWindow(AppContext(db, "fi"))
        qtbot.addWidget(win)
        texts = [win.ui.navigation.item(i).text() for i in range(win.ui.navigation.count())]
        assert texts[:4] == ["Myyntiputki", "Liidit", "Yhteystiedot", "Seurannat"]
        assert win.ui.menuFile.title() == "&Tiedosto"
        assert AppContext(db, "fi").money(123450, "EUR") == "1\u00a0235\u00a0€"
    finally:
        create_application("en")


def test_unexpected_error_is_logged_and_shown(qapp, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from salesdesk import paths
    from salesdesk.gui import excepthook

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    excepthook.install()
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        excepthook.handle_exception(RuntimeError, error, error.__traceback__)
    for handler in logging.getLogger("salesdesk").handlers:
        handler.flush()
    log_text = (paths.logs_dir() / "salesdesk.log").read_text()
    assert "RuntimeError: boom" in log_text and "Traceback" in log_text
    assert shown and "unexpected error" in shown[0]


def test_views_are_widgets(window) -> None:  # type: ignore[no-untyped-def]
    for spec in VIEWS:
        assert isinstance(window.view(spec.key), QWidget)
    assert not any(isinstance(x, Lead) for x in vars(window).values())
