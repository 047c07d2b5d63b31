"""The QApplication: names, translations, style, exception hook, and the main loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from salesdesk import __version__, i18n, paths
from salesdesk.gui import salesdesk_rc  # noqa: F401  (icons and style sheet)

_translators: list[QTranslator] = []


def preferred_language(explicit: str | None) -> str | None:
    """--lang wins, then the language saved in Settings, then the system's."""
    if explicit:
        return explicit
    saved = QSettings().value("language", "")
    return str(saved) if saved in i18n.SUPPORTED_LANGUAGES else None


def install_translators(app: QCoreApplication, lang: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if lang == "en":
        return
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _translators.append(qt_tr)
    ours = QTranslator(app)
    qm = paths_for_locale(lang)
    if qm and ours.load(qm):
        app.installTranslator(ours)
        _translators.append(ours)


def paths_for_locale(lang: str) -> str | None:
    from importlib import resources

    candidate = resources.files("salesdesk.locale").joinpath(f"salesdesk_{lang}.qm")
    return str(candidate) if candidate.is_file() else None


def create_application(lang: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("SalesDesk")
    QCoreApplication.setApplicationName("SalesDesk")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("salesdesk")
    chosen = i18n.set_language(preferred_language(lang))
    install_translators(app, chosen)
    QLocale.setDefault(
        QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
        if chosen == "fi"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    app.setWindowIcon(QIcon(":/icons/salesdesk.svg"))
    from PySide6.QtCore import QFile

    style = QFile(":/style.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
    return app, chosen


def show_open_error(message: str) -> None:
    """The window could not open its database: say why in a dialog (no window follows)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("Errors", "SalesDesk"), message)


def run_app(db: str | None = None, lang: str | None = None, smoke: bool = False) -> int:
    from salesdesk.db import open_database
    from salesdesk.db.backup import daily_backup
    from salesdesk.errors import UserError
    from salesdesk.gui import excepthook
    from salesdesk.gui.busy import DialogWaiter
    from salesdesk.gui.context import AppContext
    from salesdesk.gui.mainwindow import MainWindow

    app, chosen = create_application(lang)
    excepthook.install()
    waiter = DialogWaiter()
    try:
        database = open_database(db, waiter=waiter)
    except UserError as error:
        # another program's file, a damaged or newer database, a path that is no file...
        print(f"salesdesk: {error}", file=sys.stderr)
        if not smoke:
            show_open_error(str(error))
        return 2
    if not smoke:
        try:
            daily_backup(database)
        except UserError as error:  # a full disk must not stop the app from opening
            excepthook.log.warning("daily backup failed: %s", error)
    ctx = AppContext(database, chosen)
    waiter.show_status_on(ctx.bus.statusMessage)
    window = MainWindow(ctx)
    window.show()
    if not smoke:
        from salesdesk.gui.team_dialog import ask_who_you_are

        # First start (or a shared database where nobody is "me" on this computer yet).
        QTimer.singleShot(0, lambda: ask_who_you_are(ctx, window))
    if smoke:
        # Check once the event loop runs (quit() closes the windows in Qt 6, so not after).
        shown: list[bool] = []

        def finish() -> None:
            shown.append(window.isVisible())
            app.quit()

        QTimer.singleShot(0, finish)
        app.exec()
        window.close()
        if not (shown and shown[0]):
            print("salesdesk: smoke test failed: the main window was not shown", file=sys.stderr)
            return 1
        print(f"smoke ok: {database.display_name()} (data folder {paths.data_dir()})")
        return 0
    return app.exec()
