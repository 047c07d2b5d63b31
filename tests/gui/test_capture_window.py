"""Quick capture by key presses only, and planning the event's follow-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from salesdesk.crm import capture as crm_capture
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Owner
from salesdesk.gui import capture


def test_capture_by_keyboard_alone(qtbot, ctx) -> None:
    with ctx.db.transaction() as s:
        s.add(Owner(name="Maija Myyjä"))
    win = capture.open_capture(ctx)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    assert QApplication.focusWidget() is win.event
    qtbot.keyClicks(win.event, "Alihankinta 2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> owner
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> name
    assert QApplication.focusWidget() is win.name
    qtbot.keyClicks(win.name, "Hanna Koskinen")
    qtbot.keyClick(win.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Konepaja Koskinen Oy")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "040 123 4567")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Hot
    qtbot.waitUntil(win.hot.isChecked)  # a mnemonic "clicks" the radio button (animated)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Note
    qtbot.keyClicks(QApplication.focusWidget(), "Wants a demo")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert win.name.text() == "" and QApplication.focusWidget() is win.name and win.warm.isChecked()
    qtbot.keyClicks(win.name, "Ville")
    qtbot.keyClick(win.name, Qt.Key.Key_Return)
    assert "Saved Ville" in win.message.text()
    with ctx.db.session() as s:
        leads = s.scalars(select(Lead).order_by(Lead.id)).all()
        assert [(x.source, x.source_detail, x.temperature) for x in leads] == [
            ("trade_show", "Alihankinta 2026", "hot"),
            ("trade_show", "Alihankinta 2026", "warm"),
        ]
        hanna = leads[0].contact
        assert (hanna.name, hanna.mobile, hanna.organization.name) == (
            "Hanna Koskinen",
            "+358401234567",
            "Konepaja Koskinen Oy",
        )
        assert leads[0].owner.name == "Maija Myyjä"
        assert s.scalar(select(Note.body)) == "Wants a demo"
    # A bad phone is refused with a message, nothing written, the form keeps the input.
    qtbot.keyClicks(win.name, "Bad Phone")
    win.reach.setText("12")
    qtbot.keyClick(win.name, Qt.Key.Key_Return)
    assert win.name.text() == "Bad Phone" and "digits" in win.message.text()
    with ctx.db.session() as s:
        assert s.scalar(select(Contact.id).where(Contact.name == "Bad Phone")) is None
    win.name.clear()
    win.reach.clear()


def test_close_never_throws_away_a_typed_visitor(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    win = capture.open_capture(ctx)
    qtbot.addWidget(win)
    win.event.setText("Alihankinta 2026")
    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    # Nothing typed: Close just closes, nothing asked.
    assert win.close() and not asked
    win.show()
    qtbot.keyClicks(win.name, "Hanna Koskinen")
    win.reach.setText("040 123 4567")
    answers.append(QMessageBox.StandardButton.Cancel)
    assert not win.close() and win.isVisible()
    assert asked == ["Hanna Koskinen is not saved yet. Save before closing?"]
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(win.name, Qt.Key.Key_Escape)
    assert win.isVisible() and win.name.text() == "Hanna Koskinen"
    answers.append(QMessageBox.StandardButton.Save)
    assert win.close()
    with ctx.db.session() as s:
        assert s.scalar(select(Contact.mobile).where(Contact.name == "Hanna Koskinen")) == "+358401234567"
    # A visitor the rules refuse keeps the window open with the message.
    win.show()
    qtbot.keyClicks(win.name, "Bad Phone")
    win.reach.setText("12")
    answers.append(QMessageBox.StandardButton.Save)
    assert not win.close() and "digits" in win.message.text()
    answers.append(QMessageBox.StandardButton.Discard)
    assert win.close()
    with ctx.db.session() as s:
        assert s.scalar(select(Contact.id).where(Contact.name == "Bad Phone")) is None


def test_plan_followups_dialog(qtbot, ctx, qtmodeltester) -> None:
    with ctx.db.transaction() as s:
        for name, t in (("Cold C", "cold"), ("Hot H", "hot"), ("Warm W", "warm")):
            crm_capture.capture_visitor(s, event="Slush", name=name, temperature=t)
    dialog = capture.PlanDialog(ctx, "Slush")
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert [p.contact_name for p in model.proposals] == ["Hot H", "Warm W", "Cold C"]
    model.setData(model.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, 5), "Soita Hannulle", Qt.ItemDataRole.EditRole)
    model.setData(model.index(1, 3), "meeting", Qt.ItemDataRole.EditRole)
    target = date.today().replace(day=1)
    model.setData(model.index(1, 4), capture.to_qdate(target), Qt.ItemDataRole.EditRole)
    assert "2 follow-ups" in dialog.summary.text()
    dialog.buttons.accepted.emit()
    with ctx.db.session() as s:
        rows = s.execute(select(FollowUp.title, FollowUp.kind, FollowUp.due_at).order_by(FollowUp.id)).all()
    assert rows[0][0] == "Soita Hannulle" and rows[0][1] == "call"
    assert rows[1][1] == "meeting" and rows[1][2].astimezone().date() == target
    assert len(rows) == 2
