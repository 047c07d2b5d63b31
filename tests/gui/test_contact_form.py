"""The contact form: validation refusals, duplicates while typing, merge and its undo, erase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm import privacy
from salesdesk.db.models import Contact, Lead, Note
from salesdesk.gui import contact_form
from salesdesk.gui.contact_form import ContactForm, new_contact, open_contact


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _people(db) -> dict[str, int]:
    with db.transaction() as s:
        org = Contact(kind="organization", name="Konepaja Koskinen Oy")
        hanna = Contact(
            name="Hanna Koskinen",
            first_name="Hanna",
            last_name="Koskinen",
            organization=org,
            email="hanna@koskinen.fi",
            mobile="+358401234567",
        )
        s.add_all([org, hanna])
        s.flush()
        lead = lead_rules.create_lead(s, contact=hanna, title="Hydrauliikka")
        s.add(Note(contact_id=hanna.id, lead_id=lead.id, body="Tavattu messuilla"))
        s.flush()
        return {"org": org.id, "hanna": hanna.id, "lead": lead.id}


def test_invalid_fields_refuse_save_until_fixed(qtbot, ctx, _no_modal_boxes) -> None:
    form = new_contact(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.ui.firstNameEdit, "Ville")
    qtbot.keyClicks(form.ui.lastNameEdit, "Virtanen")
    qtbot.keyClicks(form.ui.emailEdit, "ville@")
    qtbot.keyClicks(form.ui.phoneEdit, "12")
    assert not form.save()  # the box offered "keep as typed"; the test's box answers Cancel
    assert "e-mail" in _no_modal_boxes[-1] and form.ui.emailEdit.property("invalid")
    assert "e-mail" in form.ui.errorLabel.text()
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    form.ui.emailEdit.clear()
    qtbot.keyClicks(form.ui.emailEdit, "ville@virtanen.fi")
    form.ui.phoneEdit.clear()
    qtbot.keyClicks(form.ui.phoneEdit, "040 765 4321")
    qtbot.keyClicks(form.ui.organizationEdit, "Uusi Firma Oy")
    assert form.save()
    assert form.ui.phoneEdit.text() == "040 7654321" and not form.isWindowModified()
    with ctx.db.session() as s:
        c = s.get(Contact, form.contact_id)
        assert (c.name, c.email, c.phone, c.organization.name) == (
            "Ville Virtanen",
            "ville@virtanen.fi",
            "+358407654321",
            "Uusi Firma Oy",
        )


def test_keep_invalid_explicitly(qtbot, ctx) -> None:
    form = new_contact(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.ui.firstNameEdit, "Ville")
    qtbot.keyClicks(form.ui.phoneEdit, "12345")
    assert form.save(keep_invalid=True)
    with ctx.db.session() as s:
        assert s.get(Contact, form.contact_id).phone == "12345"


def test_business_id_checked_for_organization(qtbot, ctx) -> None:
    form = new_contact(ctx)
    qtbot.addWidget(form)
    form.ui.kindCombo.setCurrentIndex(1)
    assert form.ui.nameEdit.isVisibleTo(form) and not form.ui.firstNameEdit.isVisibleTo(form)
    qtbot.keyClicks(form.ui.nameEdit, "Nokia Oyj")
    qtbot.keyClicks(form.ui.businessIdEdit, "0112038-8")
    assert not form.save(keep_invalid=False)
    assert "check digit" in form.ui.businessIdEdit.toolTip()
    form.ui.businessIdEdit.setText("0112038-9")
    assert form.save()


def test_duplicate_warning_open_and_merge_with_undo(qtbot, ctx, monkeypatch, qtmodeltester) -> None:
    ids = _people(ctx.db)
    form = new_contact(ctx)
    qtbot.addWidget(form)
    assert not form.ui.duplicatesFrame.isVisibleTo(form)
    qtbot.keyClicks(form.ui.firstNameEdit, "Hana")
    qtbot.keyClicks(form.ui.emailEdit, "HANNA@koskinen.fi")
    qtbot.waitUntil(lambda: form.ui.duplicatesFrame.isVisibleTo(form))
    assert form.duplicates[0].contact_id == ids["hanna"] and "same e-mail" in form.dup_model.stringList()[0]
    qtmodeltester.check(form.dup_model)
    assert not form.ui.mergeButton.isEnabled()  # a new contact is saved first
    form.ui.openExistingButton.click()
    existing = contact_form._open_forms[ids["hanna"]]
    qtbot.addWidget(existing)
    assert existing.ui.emailEdit.text() == "hanna@koskinen.fi"
    # Save the twin anyway (with its own data), then merge it into Hanna from her form.
    form.ui.emailEdit.setText("h.koskinen@gmail.com")
    form.ui.lastNameEdit.setText("Koskinen")
    form.org_picker.set_contact(ids["org"], "Konepaja Koskinen Oy")
    qtbot.keyClicks(form.ui.titleEdit, "CEO")
    assert form.save()
    twin_id = form.contact_id
    existing.check_duplicates()
    assert [d.contact_id for d in existing.duplicates] == [twin_id]
    qtmodeltester.check(existing.leads_model)

    def choose(dialog):
        dialog.findChild(contact_form.QRadioButton, "take_email").setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(contact_form.MergeDialog, "exec", choose)
    existing.ui.mergeButton.click()
    with ctx.db.session() as s:
        assert s.get(Contact, twin_id) is None
        h = s.get(Contact, ids["hanna"])
        assert h.email == "h.koskinen@gmail.com" and h.title == "CEO"
    assert ctx.undo_stack.canUndo()
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert s.get(Contact, twin_id).email == "h.koskinen@gmail.com"
        h = s.get(Contact, ids["hanna"])
        assert h.email == "hanna@koskinen.fi" and h.title == ""
    assert existing.ui.emailEdit.text() == "hanna@koskinen.fi"
    ctx.undo_stack.redo()
    with ctx.db.session() as s:
        assert s.get(Contact, twin_id) is None


def test_erase_then_reimport_is_flagged(qtbot, ctx, monkeypatch, tmp_path) -> None:
    ids = _people(ctx.db)
    form = open_contact(ctx, ids["hanna"])
    qtbot.addWidget(form)
    form.export_to(tmp_path / "hanna.json")
    assert "Tavattu messuilla" in (tmp_path / "hanna.json").read_text("utf-8")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    form.ui.eraseButton.click()
    assert form.ui.emailEdit.text() == "" and "Erased contact" in form.ui.summaryLabel.text()
    with ctx.db.session() as s:
        assert s.get(Lead, ids["lead"]).contact_id == ids["hanna"]
        assert s.scalar(select(func.count()).select_from(Note)) == 0
        assert privacy.is_erased(s, email="hanna@koskinen.fi", phone="")
        assert privacy.is_erased(s, phone="0401234567")


def test_dirty_title_and_escape_prompt(qtbot, ctx, monkeypatch) -> None:
    ids = _people(ctx.db)
    form = ContactForm(ctx, ids["hanna"])
    qtbot.addWidget(form)
    form.show()
    assert not form.isWindowModified()
    qtbot.keyClicks(form.ui.titleEdit, "Toimitusjohtaja")
    assert form.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    form.close()
    with ctx.db.session() as s:
        assert s.get(Contact, ids["hanna"]).title == "Toimitusjohtaja"


def test_add_referral_button_opens_dialog_with_this_referrer(qtbot, ctx) -> None:
    from salesdesk.db.models import Referral
    from salesdesk.gui.referral_dialogs import AddReferralDialog

    ids = _people(ctx.db)
    new = new_contact(ctx)
    qtbot.addWidget(new)
    assert not new.ui.addReferralButton.isEnabled()
    new.close()
    form = open_contact(ctx, ids["hanna"])
    qtbot.addWidget(form)
    assert form.ui.addReferralButton.isEnabled()
    form.ui.addReferralButton.click()
    dialogs = [w for w in form.findChildren(AddReferralDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].referrer.value() == ids["hanna"]
    dialogs[0].ui.nameEdit.setText("Olli Suositeltu")
    dialogs[0].accept()
    with ctx.db.session() as s:
        ref = s.scalars(select(Referral)).one()
        assert ref.referrer_id == ids["hanna"] and ref.referred_contact.name == "Olli Suositeltu"
    form.close()


def test_erase_dialog_offers_to_erase_from_backups(qtbot, ctx, monkeypatch, _no_modal_boxes) -> None:
    from PySide6.QtGui import QUndoCommand

    from salesdesk.db import backup

    ids = _people(ctx.db)
    made = backup.backup_database(ctx.db, reason="daily")
    form = open_contact(ctx, ids["hanna"])
    qtbot.addWidget(form)
    ctx.undo_stack.push(QUndoCommand("earlier"))
    seen: dict[str, object] = {}

    def answer(box):
        seen["text"] = box.informativeText()
        seen["checked"] = box.checkBox() is not None and box.checkBox().isChecked()
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    form.ui.eraseButton.click()
    assert "still hold this person's data: 1." in str(seen["text"]) and seen["checked"] is True
    assert b"hanna@koskinen.fi" not in made.read_bytes() and b"Tavattu" not in made.read_bytes()
    assert ctx.undo_stack.count() == 0  # an undo must not write the person back
    assert any("re-made without the person: 1." in m for m in _no_modal_boxes)


def test_erase_dialog_backups_kept_when_unticked(qtbot, ctx, monkeypatch, _no_modal_boxes) -> None:
    from salesdesk.db import backup

    ids = _people(ctx.db)
    made = backup.backup_database(ctx.db, reason="daily")
    form = open_contact(ctx, ids["hanna"])
    qtbot.addWidget(form)

    def answer(box):
        box.checkBox().setChecked(False)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    form.ui.eraseButton.click()
    assert b"hanna@koskinen.fi" in made.read_bytes()
    assert any("still hold this person: 1." in m for m in _no_modal_boxes)
