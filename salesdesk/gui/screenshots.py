"""``salesdesk screenshot VIEW OUT.png``: render a view offscreen to a PNG.

Targets: the navigation views (``board``, ``leads``, ...), ``welcome``, ``about``,
``settings``, and ``PREFIX:ARG`` targets from ``EXTRA_TARGETS`` (``lead:ID``,
``contact:ID``, ...): "module:function" called as ``function(ctx, arg, window)``
returning the widget to grab.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from salesdesk.errors import UserError
from salesdesk.i18n import translate

EXTRA_TARGETS: dict[str, str] = {
    "lead": "salesdesk.gui.lead_form:screenshot_widget",
    "contact": "salesdesk.gui.contact_form:screenshot_widget",
    "erase": "salesdesk.gui.contact_form:screenshot_erase",
    "capture": "salesdesk.gui.capture:screenshot_capture",
    "plan": "salesdesk.gui.capture:screenshot_plan",
    "agenda": "salesdesk.gui.views.followups:screenshot_widget",
    "referrals": "salesdesk.gui.views.referrals:screenshot_widget",
    "import": "salesdesk.gui.import_wizard:screenshot_widget",
}


def take_screenshot(db: str | None, lang: str | None, view: str, out: str, size: tuple[int, int]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QWidget

    from salesdesk.db import open_database
    from salesdesk.gui.app import create_application
    from salesdesk.gui.context import AppContext
    from salesdesk.gui.mainwindow import MainWindow
    from salesdesk.gui.views import view_keys

    target = Path(out)
    if target.suffix.lower() != ".png":
        raise UserError(translate("Cli", "The screenshot file must end in .png: {path}").format(path=out))
    if not target.parent.exists():
        raise UserError(translate("Cli", "The folder {folder} does not exist.").format(folder=target.parent))
    known = [*view_keys(), "welcome", "about", "settings"]
    prefix, _, arg = view.partition(":")
    if view not in known and prefix not in EXTRA_TARGETS:
        raise UserError(
            translate("Cli", "Unknown view {view}; choose one of: {views}").format(
                view=view, views=", ".join([*known, *(f"{p}:ID" for p in EXTRA_TARGETS)])
            )
        )
    app, chosen = create_application(lang)
    database = open_database(db)
    ctx = AppContext(database, chosen)
    window = MainWindow(ctx, background_services=False)
    window.resize(*size)
    window.show()
    grab: QWidget = window
    if view in view_keys() or view == "welcome":
        window.show_view(view)
    elif view in ("about", "settings"):
        from salesdesk.gui.dialogs import AboutDialog, SettingsDialog

        grab = AboutDialog(ctx, window) if view == "about" else SettingsDialog(ctx, window)
        grab.show()
    else:
        module_name, _, function = EXTRA_TARGETS[prefix].partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            raise UserError(
                translate("Cli", "The {view} view is not available yet.").format(view=prefix)
            ) from None
        grab = getattr(module, function)(ctx, arg, window)
        grab.show()
    for _ in range(5):
        app.processEvents()
    ok = grab.grab().save(str(target), "PNG")
    grab.close()
    window.close()
    database.dispose()
    if not ok:
        raise UserError(translate("Cli", "Cannot write {path}").format(path=target))
    print(str(target))
    return 0
