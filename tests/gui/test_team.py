"""Team members in the window: the Team members dialog, the first start's "Who are you?",
and Settings → "I am" kept on this computer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog
from sqlalchemy import select

from salesdesk.crm import owners
from salesdesk.db.models import Contact, Lead, Owner, Setting, Stage
from salesdesk.gui import team_dialog


def test_who_are_you_on_a_fresh_database_adds_me(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        assert owners.needs_introduction(s)
    dialog = team_dialog.WhoAreYouDialog(ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.combo.currentData() is None  # nobody yet: "Someone new…"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Sanna ")  # (QTest types ASCII only)
    dialog.name_edit.insert("Järvinen")
    assert dialog.initials_edit.text() == "SJ"
    assert ok.isEnabled()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        me = owners.me(s)
        assert (me.name, me.initials) == ("Sanna Järvinen", "SJ")
        assert s.get(Setting, "me_owner_id") is None
        assert not owners.needs_introduction(s)


def test_who_are_you_picks_an_existing_member(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        owners.add(s, "Anna Aho")
        pekka = owners.add(s, "Pekka Puu").id
    dialog = team_dialog.WhoAreYouDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findData(pekka))
    assert not dialog.name_edit.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with ctx.db.session() as s:
        assert owners.me(s).id == pekka


def test_team_dialog_adds_renames_and_hands_over(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        anna = owners.add(s, "Anna Aho")
        owners.add(s, "Pekka Puu")
        stage = s.scalars(select(Stage).where(Stage.key == "sql")).one()
        contact = Contact(name="Konepaja Virtanen Oy")
        s.add(contact)
        s.flush()
        s.add(Lead(title="Sprinkler", contact_id=contact.id, stage_id=stage.id, owner_id=anna.id))
        anna_id = anna.id
    dialog = team_dialog.TeamDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert not dialog.rename_button.isEnabled()

    # Add through the member dialog (driven by keys, then OK).
    def fill_and_accept(member_dialog: team_dialog.MemberDialog) -> int:
        qtbot.keyClicks(member_dialog.name_edit, "Liisa Laine")
        member_dialog.accept()
        return int(member_dialog.result())

    monkeypatch.setattr(team_dialog.MemberDialog, "exec", fill_and_accept)
    dialog.add_button.click()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Liisa Laine" in names
    assert dialog.selected_id() is not None

    # Rename Anna.
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text().startswith("Anna"))
    dialog.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Anna Korhonen", True))
    dialog.rename_button.click()
    # A clash is refused with a message, nothing changes.
    warnings: list[str] = []
    monkeypatch.setattr(team_dialog.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("pekka puu", True))
    dialog.rename_button.click()
    assert warnings and "already" in warnings[0]

    # Deactivate Anna, handing her open lead to Pekka.
    def hand_to_pekka(hand: team_dialog.HandOverDialog) -> int:
        hand.combo.setCurrentIndex(hand.combo.findText("Pekka Puu"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(team_dialog.HandOverDialog, "exec", hand_to_pekka)
    dialog.deactivate_button.click()
    with ctx.db.session() as s:
        a = s.get(Owner, anna_id)
        assert (a.name, a.active) == ("Anna Korhonen", False)
        pekka = owners.require(s, "Pekka Puu")
        assert s.scalars(select(Lead.owner_id)).all() == [pekka.id]
    assert dialog.activate_button.isEnabled() and not dialog.deactivate_button.isEnabled()
    assert dialog.changed


def test_team_action_opens_the_team_dialog(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[team_dialog.TeamDialog] = []
    monkeypatch.setattr(team_dialog.TeamDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.actions_by_id["team"]
    assert action.text() == "&Team members…"
    action.trigger()
    assert len(opened) == 1


def test_settings_team_button_reloads_i_am(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.ui.meCombo.count() == 0

    def add_one(team: team_dialog.TeamDialog) -> int:
        with ctx.db.transaction() as s:
            owners.add(s, "Olli Ojala")
        team.changed = True
        return 0

    monkeypatch.setattr(team_dialog.TeamDialog, "exec", add_one)
    dialog._open_team()
    assert [dialog.ui.meCombo.itemText(i) for i in range(dialog.ui.meCombo.count())] == ["Olli Ojala"]
