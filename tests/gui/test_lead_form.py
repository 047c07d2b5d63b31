"""The lead form: type into it, save, check the database; dirty prompt; actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from salesdesk.crm import leads as lead_rules
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Owner, StageChange
from salesdesk.gui import close_dialogs, form_support
from salesdesk.gui.lead_form import LeadForm, new_lead, open_lead


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """Message boxes never block a test: questions discard, warnings are recorded."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: warnings.append(a[2]))
    return warnings


def _lead(db) -> int:
    with db.transaction() as s:
        s.add(Owner(name="Maija Myyjä"))
        org = Contact(kind="organization", name="Konepaja Koskinen Oy")
        c = Contact(name="Hanna Koskinen", organization=org, email="hanna@koskinen.fi")
        s.add_all([org, c])
        s.flush()
        return lead_rules.create_lead(s, contact=c, title="Hydrauliikka", value_cents=120000).id


def test_new_lead_typed_with_new_contact(qtbot, ctx, qtmodeltester, _no_modal_boxes) -> None:
    _lead(ctx.db)
    form = new_lead(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.ui.contactEdit, "Ville Virtanen")
    form.contact_picker.completer.popup().hide()
    assert "new contact" in form.ui.contactHint.text()
    qtbot.keyClicks(form.ui.titleEdit, "Lattiaremontti")
    form.ui.valueSpin.setValue(2500.5)
    form.ui.closeCheck.setChecked(True)
    form.ui.closeDateEdit.setDate(form_support.to_qdate(date.today() + timedelta(days=5)))
    assert form.ui.temperatureCombo.currentText().endswith("Hot")
    qtbot.keyClicks(form.ui.tagsEdit, "vip, messu")
    assert form.isWindowModified()
    with qtbot.waitActive(form):
        form.activateWindow()
    qtbot.keyClick(form.ui.tagsEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _no_modal_boxes == []
    assert form.lead_id is not None, form.values()
    assert not form.isWindowModified(), (form.values(), form._saved)
    with ctx.db.session() as s:
        lead = s.get(Lead, form.lead_id)
        assert (lead.title, lead.value_cents, lead.temperature, lead.temperature_manual) == (
            "Lattiaremontti",
            250050,
            "hot",
            False,
        )
        assert lead.contact.name == "Ville Virtanen" and lead.contact.first_name == "Ville"
        assert sorted(t.name for t in lead.tags) == ["messu", "vip"]
        assert lead.owner.name == "Maija Myyjä"
        # the first-contact rule planned the call (a hot lead: the next working day)
        assert [f.rule for f in lead.follow_ups] == ["first_contact"]
    qtmodeltester.check(form.timeline)
    assert form.timeline.rowCount() == 2  # "Created in Suspect" + the planned first contact
    form.close()


def test_edit_picks_existing_contact_and_moves_stage(qtbot, ctx) -> None:
    lead_id = _lead(ctx.db)
    with ctx.db.transaction() as s:
        s.add(Contact(name="Matti Meikäläinen"))
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    assert form.ui.contactEdit.text().startswith("Hanna Koskinen — Konepaja")
    form.ui.contactEdit.clear()
    qtbot.keyClicks(form.ui.contactEdit, "Matti")
    popup = form.contact_picker.completer.popup()
    assert popup.isVisible()
    form.contact_picker.completer.activated[str].emit(form.contact_picker.model.stringList()[0])
    form.ui.contactEdit.setText(form.contact_picker.model.stringList()[0])
    assert form.contact_picker.contact_id is not None
    form.ui.stageCombo.setCurrentIndex(2)
    form.ui.temperatureCombo.setCurrentIndex(3)  # Cold, chosen by hand
    assert form.save()
    with ctx.db.session() as s:
        lead = s.get(Lead, lead_id)
        assert lead.contact.name == "Matti Meikäläinen" and lead.stage.key == "sql"
        assert lead.temperature == "cold" and lead.temperature_manual
        assert len(s.scalars(select(StageChange).where(StageChange.lead_id == lead_id)).all()) == 2
    form.close()


def test_dirty_prompt_cancel_keeps_form_open_discard_closes(qtbot, ctx, monkeypatch) -> None:
    lead_id = _lead(ctx.db)
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.ui.titleEdit, " II")
    assert form.isWindowModified() and "[*]" in form.windowTitle()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and len(asked) == 1
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    with ctx.db.session() as s:
        assert s.get(Lead, lead_id).title == "Hydrauliikka"  # discarded: nothing saved


def test_dirty_prompt_save(qtbot, ctx, monkeypatch) -> None:
    lead_id = _lead(ctx.db)
    form = LeadForm(ctx, lead_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.ui.titleEdit, " II")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    form.close()
    with ctx.db.session() as s:
        assert s.get(Lead, lead_id).title == "Hydrauliikka II"


def test_note_followup_won(qtbot, ctx, monkeypatch) -> None:
    lead_id = _lead(ctx.db)
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)

    def run_note(dialog):
        dialog.text.setPlainText("Soitti takaisin")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(form_support.NoteDialog, "exec", run_note)
    form.ui.addNoteButton.click()
    monkeypatch.setattr(form_support.FollowUpDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    form.ui.addFollowupButton.click()
    monkeypatch.setattr(close_dialogs.WonDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    form.ui.wonButton.click()
    with ctx.db.session() as s:
        assert s.scalar(select(Note.body).where(Note.lead_id == lead_id)) == "Soitti takaisin"
        rules = sorted(s.scalars(select(FollowUp.rule).where(FollowUp.lead_id == lead_id)))
        assert rules == ["", "ask_referral"]
        lead = s.get(Lead, lead_id)
        assert lead.stage.kind == "won" and lead.contact.customer_since == date.today()
    assert not form.ui.wonButton.isEnabled()
    kinds = [
        form.timeline.data(form.timeline.index(r), Qt.ItemDataRole.UserRole)
        for r in range(form.timeline.rowCount())
    ]
    assert kinds[0] == "planned" and "note" in kinds and "stage" in kinds
    form.close()


def test_lost_then_revive_opens_new_lead(qtbot, ctx, monkeypatch) -> None:
    lead_id = _lead(ctx.db)
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    stage_kinds = {form.ui.stageCombo.itemData(i) for i in range(form.ui.stageCombo.count())}
    assert len(stage_kinds) == 5  # only the open stages are offered for a move

    def lost(dialog):
        dialog.reason.setCurrentIndex(dialog.reason.findData("no_budget"))
        dialog.note.setPlainText("Ei budjettia")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(close_dialogs.LostDialog, "exec", lost)
    form.ui.lostButton.click()
    with ctx.db.session() as s:
        lead = s.get(Lead, lead_id)
        assert (
            lead.stage.kind == "lost" and lead.lost_reason == "no_budget" and lead.lost_note == "Ei budjettia"
        )
    assert form.ui.reviveButton.isEnabled() and not form.ui.stageCombo.isEnabled()
    form.ui.reviveButton.click()
    with ctx.db.session() as s:
        new = s.scalars(select(Lead).where(Lead.revived_from_id == lead_id)).one()
        assert new.source == "revived" and new.stage.kind == "open"
    from salesdesk.gui import lead_form

    revived = lead_form._open_forms[new.id]
    qtbot.addWidget(revived)
    assert revived.isVisible() and revived.ui.titleEdit.text() == "Hydrauliikka"
    kinds = [
        revived.timeline.data(revived.timeline.index(r), Qt.ItemDataRole.UserRole)
        for r in range(revived.timeline.rowCount())
    ]
    assert "revived" in kinds


def test_referrer_saved_through_referral_rules(qtbot, ctx) -> None:
    from salesdesk.db.models import Referral

    lead_id = _lead(ctx.db)
    with ctx.db.transaction() as s:
        s.add(Contact(name="Ville Suosittelija"))
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    assert form.ui.referrerEdit.isEnabled()
    qtbot.keyClicks(form.ui.referrerEdit, "Suosit")
    choice = form.referrer_picker.model.stringList()[0]
    form.ui.referrerEdit.setText(choice)
    form.referrer_picker.completer.activated[str].emit(choice)
    assert form.save()
    with ctx.db.session() as s:
        ref = s.scalars(select(Referral).where(Referral.lead_id == lead_id)).one()
        assert ref.referrer.name == "Ville Suosittelija"
        assert s.get(Lead, lead_id).source == "referral"
    assert form.ui.referrerEdit.text().startswith("Ville Suosittelija")
    kinds = [
        form.timeline.data(form.timeline.index(r), Qt.ItemDataRole.UserRole)
        for r in range(form.timeline.rowCount())
    ]
    assert "referral" in kinds
    form.ui.referrerEdit.clear()
    form.referrer_picker._on_edited("")
    assert form.save()
    with ctx.db.session() as s:
        assert s.scalars(select(Referral).where(Referral.lead_id == lead_id)).first() is None


def test_rules_off_no_first_contact_and_no_referral_ask(qtbot, ctx, monkeypatch) -> None:
    from dataclasses import replace

    from salesdesk.crm import followups

    with ctx.db.transaction() as s:
        followups.save_rules(s, replace(followups.load_rules(s), first_contact=False, ask_referral=False))
    form = new_lead(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.ui.contactEdit, "Ville Virtanen")
    form.contact_picker.completer.popup().hide()
    qtbot.keyClicks(form.ui.titleEdit, "Lattiaremontti")
    assert form.save()
    monkeypatch.setattr(close_dialogs.WonDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    form.ui.wonButton.click()
    with ctx.db.session() as s:
        lead = s.get(Lead, form.lead_id)
        assert lead.stage.kind == "won" and lead.follow_ups == []
    form.close()


def test_win_asks_for_referral_after_configured_days(qtbot, ctx, monkeypatch) -> None:
    from dataclasses import replace

    from salesdesk.crm import followups

    lead_id = _lead(ctx.db)
    with ctx.db.transaction() as s:
        followups.save_rules(s, replace(followups.load_rules(s), ask_referral=True, ask_referral_days=30))
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    seen = []

    def accept(dialog):
        seen.append((dialog.ask_referral.isChecked(), dialog.referral_days.value()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(close_dialogs.WonDialog, "exec", accept)
    form.ui.wonButton.click()
    assert seen == [(True, 30)]
    with ctx.db.session() as s:
        due = s.scalar(
            select(FollowUp.due_at).where(FollowUp.lead_id == lead_id, FollowUp.rule == "ask_referral")
        )
        assert due is not None and abs((due.date() - date.today()).days - 30) <= 3
    form.close()


def test_lost_and_won_dialogs_name_the_lead_and_lost_has_no_default_reason(qtbot, ctx, monkeypatch) -> None:
    """A bare OK on Lost used to discard the lead ("No buying intent" was preselected)."""
    lead_id = _lead(ctx.db)
    form = open_lead(ctx, lead_id)
    qtbot.addWidget(form)
    seen: dict[str, object] = {}

    def bare_ok(dialog) -> QDialog.DialogCode:
        seen["title"] = dialog.windowTitle()
        seen["ok"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()  # disabled: nothing happens
        dialog.accept()  # forced: the rule refuses it and the dialog stays open
        seen["error"] = dialog.error.text()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(close_dialogs.LostDialog, "exec", bare_ok)
    form.ui.lostButton.click()
    assert seen == {
        "title": "Mark as lost: Hydrauliikka",
        "ok": False,
        "error": "Choose why the deal was lost.",
    }
    with ctx.db.session() as s:
        lead = s.get(Lead, lead_id)
        assert lead.stage.kind == "open" and not lead.discarded

    def won_title(dialog) -> QDialog.DialogCode:
        seen["won"] = dialog.windowTitle()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(close_dialogs.WonDialog, "exec", won_title)
    form.ui.wonButton.click()
    assert seen["won"] == "Mark as won: Hydrauliikka"
    form.close()
