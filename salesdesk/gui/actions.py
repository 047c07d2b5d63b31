"""The action registry: every menu entry and toolbar button of the main window, in one list.

A feature plugs in by pointing an entry's ``handler`` ("module:function", called with the
main window) at its own module. Views are listed in ``views/__init__.py`` and get their
own "go to" actions (Ctrl+1 …) from there.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence

from salesdesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # English source; translated in the "Actions" context
    menu: str  # "file", "edit", "view", "leads", "help"
    handler: str  # "module:function", called with the main window
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    toolbar: bool = False
    tip: str = ""


ACTIONS: list[ActionSpec] = [
    ActionSpec(
        "new_lead",
        QT_TRANSLATE_NOOP("Actions", "&New lead…"),
        "leads",
        "salesdesk.gui.mainwindow:new_lead",
        QKeySequence.StandardKey.New,
        "add",
        True,
        QT_TRANSLATE_NOOP("Actions", "Create a lead"),
    ),
    ActionSpec(
        "quick_capture",
        QT_TRANSLATE_NOOP("Actions", "&Quick capture…"),
        "leads",
        "salesdesk.gui.mainwindow:quick_capture",
        "Ctrl+Shift+N",
        "capture",
        True,
        QT_TRANSLATE_NOOP("Actions", "Capture trade-show visitors one after another"),
    ),
    ActionSpec(
        "plan_event",
        QT_TRANSLATE_NOOP("Actions", "&Plan follow-ups for an event…"),
        "leads",
        "salesdesk.gui.capture:plan_event_action",
        None,
        None,
        False,
        QT_TRANSLATE_NOOP("Actions", "Follow-ups for the leads captured at a trade show"),
    ),
    ActionSpec(
        "add_referral",
        QT_TRANSLATE_NOOP("Actions", "Add a &referral…"),
        "leads",
        "salesdesk.gui.referral_dialogs:add_referral_from_window",
        "Ctrl+Shift+R",
        "referrals",
        False,
        QT_TRANSLATE_NOOP("Actions", "A referred person and their lead in one step"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import sheet…"),
        "file",
        "salesdesk.gui.mainwindow:import_sheet",
        "Ctrl+I",
        "imports",
        True,
        QT_TRANSLATE_NOOP("Actions", "Import leads from Excel or CSV"),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "file",
        "salesdesk.gui.mainwindow:export_view",
        "Ctrl+E",
        "export",
        True,
        QT_TRANSLATE_NOOP("Actions", "Export what is shown to Excel or CSV"),
    ),
    ActionSpec(
        "export_per_owner",
        QT_TRANSLATE_NOOP("Actions", "Export per &owner…"),
        "file",
        "salesdesk.gui.export_dialog:open_export_per_owner",
        None,
        "export",
        False,
        QT_TRANSLATE_NOOP("Actions", "Write one workbook per sales rep with their leads and follow-ups"),
    ),
    ActionSpec(
        "add_followup",
        QT_TRANSLATE_NOOP("Actions", "Add &follow-up…"),
        "leads",
        "salesdesk.gui.followup_dialog:add_followup_action",
        "Ctrl+Shift+U",
        "followups",
        False,
        QT_TRANSLATE_NOOP("Actions", "Plan a call, e-mail, meeting, visit or task"),
    ),
    ActionSpec(
        "followup_rules",
        QT_TRANSLATE_NOOP("Actions", "Automatic &next steps…"),
        "leads",
        "salesdesk.gui.followup_rules:open_rules",
        None,
        None,
        False,
        QT_TRANSLATE_NOOP("Actions", "Rules that plan follow-ups by themselves"),
    ),
    ActionSpec(
        "export_ics",
        QT_TRANSLATE_NOOP("Actions", "Export follow-ups to &calendar (.ics)…"),
        "file",
        "salesdesk.gui.views.followups:export_ics_action",
        None,
        "export",
        False,
        QT_TRANSLATE_NOOP("Actions", "Export open follow-ups to a calendar file for your phone"),
    ),
    ActionSpec(
        "backup",
        QT_TRANSLATE_NOOP("Actions", "&Back up now"),
        "file",
        "salesdesk.gui.mainwindow:backup_now",
        None,
        None,
        False,
    ),
    ActionSpec(
        "demo",
        QT_TRANSLATE_NOOP("Actions", "Load &demo data"),
        "file",
        "salesdesk.gui.mainwindow:load_demo",
        None,
        "demo",
        False,
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "file",
        "salesdesk.gui.mainwindow:open_settings",
        QKeySequence.StandardKey.Preferences,
        "settings",
        False,
    ),
    ActionSpec(
        "team",
        QT_TRANSLATE_NOOP("Actions", "&Team members…"),
        "file",
        "salesdesk.gui.team_dialog:open_team",
        None,
        None,
        False,
        QT_TRANSLATE_NOOP("Actions", "Add, rename or deactivate the people who sell"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "file",
        "salesdesk.gui.mainwindow:quit_app",
        QKeySequence.StandardKey.Quit,
        None,
        False,
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "edit",
        "salesdesk.gui.mainwindow:undo",
        QKeySequence.StandardKey.Undo,
        "undo",
        False,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "edit",
        "salesdesk.gui.mainwindow:redo",
        "Ctrl+Shift+Z",
        "redo",
        False,
    ),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "edit",
        "salesdesk.gui.mainwindow:focus_search",
        QKeySequence.StandardKey.Find,
        "search",
        False,
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Re&fresh"),
        "view",
        "salesdesk.gui.mainwindow:refresh_view",
        QKeySequence.StandardKey.Refresh,
        None,
        False,
    ),
    ActionSpec(
        "getting_started",
        QT_TRANSLATE_NOOP("Actions", "&Getting started"),
        "help",
        "salesdesk.gui.help_dialogs:show_getting_started",
        QKeySequence.StandardKey.HelpContents,
        None,
        False,
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "help",
        "salesdesk.gui.help_dialogs:show_shortcuts",
        "Ctrl+/",
        None,
        False,
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About SalesDesk"),
        "help",
        "salesdesk.gui.mainwindow:show_about",
        None,
        "info",
        False,
    ),
]


def resolve(handler: str):  # type: ignore[no-untyped-def]
    module_name, _, func = handler.partition(":")
    return getattr(importlib.import_module(module_name), func)


def create_action(spec: ActionSpec, window) -> QAction:  # type: ignore[no-untyped-def]
    text = QCoreApplication.translate("Actions", spec.text)
    action = QAction(text, window)
    action.setObjectName(f"action_{spec.id}")
    if spec.icon:
        action.setIcon(QIcon(f":/icons/{spec.icon}.svg"))
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else text.replace("&", "").rstrip("…")
    if not action.shortcut().isEmpty():
        tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False, h=spec.handler: resolve(h)(window))
    return action
