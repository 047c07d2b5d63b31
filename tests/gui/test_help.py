"""Help → Getting started and Help → Keyboard shortcuts (listed from the real actions)."""

from __future__ import annotations

from salesdesk.gui import help_dialogs


def test_help_menu_has_getting_started_and_shortcuts(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(help_dialogs.GettingStartedDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(help_dialogs.ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    help_texts = [a.text() for a in window.ui.menuHelp.actions()]
    assert help_texts[:2] == ["&Getting started", "&Keyboard shortcuts"]
    window.actions_by_id["getting_started"].trigger()
    window.actions_by_id["shortcuts"].trigger()
    started, keys = shown
    assert isinstance(started, help_dialogs.GettingStartedDialog)
    assert "Import sheet" in started.findChild(help_dialogs.QTextBrowser, "gettingStartedText").toPlainText()
    table = keys.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    # From the registry (so the list follows the real keys) and the views' own keys.
    assert ("Ctrl+I", "Import sheet") in rows
    assert ("Ctrl+Shift+U", "Add follow-up") in rows
    assert ("Ctrl+1", "Board") in rows
    assert ("Space", "Mark done") in rows


def test_shortcut_list_in_finnish(window) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.app import create_application

    create_application("fi")
    try:
        rows = help_dialogs.shortcut_rows(window)
        assert ("Seurannat", "Space", "Merkitse tehdyksi") in rows
    finally:
        create_application("en")
