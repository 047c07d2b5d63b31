"""Dialogs of the referral tracker: thank/reward a referral, add a referral from a contact,
and "referred by" on a lead. Each saves in one transaction through ``crm.referrals`` and
shows a refusal (self-referral, circle, bad e-mail …) inside the dialog, writing nothing.

Entry points for other features:
- ``add_referral_for_contact(ctx, contact_id, parent)`` (the contact form's "Add a referral…"),
- ``edit_referred_by(ctx, lead_id, parent)`` (the lead form's "Referred by…"),
- ``ContactPicker`` (a line edit with completion over contacts, resolving typed names).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, QStringListModel, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from salesdesk.crm import referrals as rules
from salesdesk.crm.clock import local_today
from salesdesk.crm.labels import label
from salesdesk.crm.money import parse_money
from salesdesk.db.enums import ThanksStatus
from salesdesk.db.models import Contact, Lead
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.forms.ui_add_referral import Ui_AddReferralDialog
from salesdesk.gui.forms.ui_referral_thanks import Ui_ThanksDialog
from salesdesk.gui.forms.ui_referred_by import Ui_ReferredByDialog


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class Picker(QObject):
    """Completion for a ``QLineEdit``: candidates come from the database as the user types;
    picking one stores its id. A typed text that names exactly one record also resolves."""

    def __init__(
        self,
        ctx: AppContext,
        edit: QLineEdit,
        candidates: Callable[[Session, str], list[tuple[int, str]]],
        resolve: Callable[[Session, str], int | None],
    ) -> None:
        super().__init__(edit)
        self.ctx = ctx
        self.edit = edit
        self._candidates = candidates
        self._resolve = resolve
        self._ids: dict[str, int] = {}
        self.picked_id: int | None = None
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        edit.setCompleter(self.completer)
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(self._on_edited)
        self.completer.activated[str].connect(self._on_activated)

    def _on_edited(self, text: str) -> None:
        self.picked_id = None
        if len(text.strip()) < 2:
            self.model.setStringList([])
            return
        with self.ctx.db.session() as session:
            found = self._candidates(session, text)
        self._ids = {}
        for ident, display in found:
            key = display if display not in self._ids else f"{display} (#{ident})"
            self._ids[key] = ident
        self.model.setStringList(list(self._ids))
        if self._ids:
            self.completer.complete()

    def _on_activated(self, text: str) -> None:
        self.picked_id = self._ids.get(text)

    def choose(self, ident: int, display: str) -> None:
        """Pick a record in code (a form that opens with it known)."""
        self._ids[display] = ident
        self.edit.setText(display)
        self.picked_id = ident

    def value(self) -> int | None:
        """The picked record, or the one the typed text names (None if none or several)."""
        if self.picked_id is not None:
            return self.picked_id
        text = self.edit.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        with self.ctx.db.session() as session:
            return self._resolve(session, text)


def contact_display(name: str, organization: str) -> str:
    return f"{name} — {organization}" if organization else name


class ContactPicker(Picker):
    """A contact (usually the referrer): by name, organization, e-mail or phone."""

    def __init__(self, ctx: AppContext, edit: QLineEdit) -> None:
        def candidates(session: Session, text: str) -> list[tuple[int, str]]:
            return [(i, contact_display(n, o)) for i, n, o in rules.referrer_candidates(session, text)]

        def resolve(session: Session, text: str) -> int | None:
            found = rules.find_referrer(session, text.split(" — ")[0] if " — " in text else text)
            return found.id if found is not None else None

        super().__init__(ctx, edit, candidates, resolve)


class LeadPicker(Picker):
    def __init__(self, ctx: AppContext, edit: QLineEdit) -> None:
        def candidates(session: Session, text: str) -> list[tuple[int, str]]:
            return [(i, f"{t} — {n}" if t else n) for i, t, n in rules.lead_candidates(session, text)]

        def resolve(session: Session, text: str) -> int | None:
            found = rules.lead_candidates(session, text, limit=2)
            return found[0][0] if len(found) == 1 else None

        super().__init__(ctx, edit, candidates, resolve)


def _emit_changed(ctx: AppContext, *kinds: str) -> None:
    for kind in kinds:
        ctx.bus.dataChanged.emit(kind)


class ThanksDialog(QDialog):
    """Thank-you and reward of one referral: status, date, what was given, note."""

    def __init__(self, ctx: AppContext, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral_id = referral_id
        self.ui = Ui_ThanksDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        for status in ThanksStatus:
            self.ui.statusCombo.addItem(label(status), status.value)
        with ctx.db.session() as session:
            rows = rules.list_referrals(session, referral_id=referral_id)
        row = rows[0] if rows else None
        if row is None:
            raise UserError(self.tr("The referral no longer exists."))
        self.row = row
        summary = self.tr("{referrer} referred {referred} on {date}.").format(
            referrer=row.referrer, referred=row.referred, date=ctx.date_text(row.referred_on)
        )
        if row.lead_id is not None:
            summary += " " + self.tr("Lead: {title} ({stage}, {value}).").format(
                title=row.lead_title or row.referred,
                stage=row.stage,
                value=ctx.money(row.value_cents, row.currency),
            )
        self.ui.summaryLabel.setText(summary)
        self.ui.statusCombo.setCurrentIndex(max(0, self.ui.statusCombo.findData(row.thanks_status)))
        today = local_today()
        self.ui.dateEdit.setMaximumDate(to_qdate(today))
        self.ui.dateEdit.setMinimumDate(to_qdate(row.referred_on))
        shown = row.rewarded_on or row.thanked_on or today
        self.ui.dateEdit.setDate(to_qdate(max(shown, row.referred_on)))
        self.ui.rewardEdit.setText(row.reward)
        self.ui.noteEdit.setPlainText(row.thanks_note)
        self.ui.statusCombo.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    def status(self) -> str:
        return str(self.ui.statusCombo.currentData())

    def set_status(self, status: str) -> None:
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status))

    def _update_enabled(self) -> None:
        status = self.status()
        self.ui.dateEdit.setEnabled(status != ThanksStatus.NONE)
        self.ui.rewardEdit.setEnabled(status == ThanksStatus.REWARDED)
        self.ui.dateLabel.setText(
            self.tr("Rewarded &on:") if status == ThanksStatus.REWARDED else self.tr("Thanked &on:")
        )

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                before = rules.thanks_state(session, self.referral_id)
                rules.set_thanks(
                    session,
                    self.referral_id,
                    self.status(),
                    on=to_date(self.ui.dateEdit.date()),
                    reward=self.ui.rewardEdit.text(),
                    note=self.ui.noteEdit.toPlainText().strip(),
                )
                after = rules.thanks_state(session, self.referral_id)
        except UserError as error:
            self.show_error(str(error))
            return
        if after != before:
            self.ctx.undo_stack.push(
                ThanksUndo(
                    self.ctx,
                    self.referral_id,
                    before,
                    after,
                    self.tr("Thank-you of {referrer}").format(referrer=self.row.referrer),
                )
            )
        _emit_changed(self.ctx, "referrals", "followups")
        self.ctx.bus.statusMessage.emit(self.tr("Thank-you status saved."))
        super().accept()


class ThanksUndo(QUndoCommand):
    """Undo/redo of a thank-you change (the follow-ups it completed stay done)."""

    def __init__(
        self,
        ctx: AppContext,
        referral_id: int,
        before: rules.ThanksState,
        after: rules.ThanksState,
        text: str,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.referral_id = referral_id
        self.before = before
        self.after = after
        self._done = True  # the dialog already saved it

    def _write(self, state: rules.ThanksState) -> None:
        try:
            with self.ctx.db.transaction() as session:
                rules.restore_thanks(session, self.referral_id, state)
        except UserError as error:  # the referral was removed meanwhile
            self.ctx.bus.statusMessage.emit(str(error))
            return
        self.ctx.bus.dataChanged.emit("referrals")

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class AddReferralDialog(QDialog):
    """ "Add a referral": the referrer, the referred person (and company), their lead."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, referrer_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AddReferralDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.referrer = ContactPicker(ctx, self.ui.referrerEdit)
        self.referral_id: int | None = None
        self.lead_id: int | None = None
        today = local_today()
        self.ui.dateEdit.setMaximumDate(to_qdate(today))
        self.ui.dateEdit.setDate(to_qdate(today))
        self.ui.valueEdit.setPlaceholderText(ctx.money(0))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add referral"))
        if referrer_id is not None:
            with ctx.db.session() as session:
                contact = session.get(Contact, referrer_id)
                if contact is not None:
                    org = contact.organization.name if contact.organization is not None else ""
                    self.referrer.choose(contact.id, contact_display(contact.name, org))
            self.ui.nameEdit.setFocus()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        referrer_id = self.referrer.value()
        if referrer_id is None:
            self.show_error(
                self.tr("Choose who made the referral: type a name and pick it from the list.")
                if self.ui.referrerEdit.text().strip()
                else self.tr("Say who made the referral.")
            )
            self.ui.referrerEdit.setFocus()
            return
        value_text = self.ui.valueEdit.text().strip()
        try:
            value_cents = parse_money(value_text) if value_text else 0
        except ValueError:
            self.show_error(self.tr("The value {text} is not an amount of money.").format(text=value_text))
            self.ui.valueEdit.setFocus()
            return
        try:
            with self.ctx.db.transaction() as session:
                referral = rules.add_referral(
                    session,
                    referrer_id,
                    name=self.ui.nameEdit.text(),
                    company=self.ui.companyEdit.text(),
                    email=self.ui.emailEdit.text(),
                    phone=self.ui.phoneEdit.text(),
                    lead_title=self.ui.titleEdit.text(),
                    value_cents=value_cents,
                    referred_on=to_date(self.ui.dateEdit.date()),
                    note=self.ui.noteEdit.toPlainText().strip(),
                )
                self.referral_id = referral.id
                self.lead_id = referral.lead_id
                name = referral.referred_contact.name
        except UserError as error:
            self.referral_id = self.lead_id = None
            self.show_error(str(error))
            return
        _emit_changed(self.ctx, "contacts", "leads", "referrals")
        self.ctx.bus.statusMessage.emit(self.tr("Referral added: a new lead for {name}.").format(name=name))
        super().accept()


class ReferredByDialog(QDialog):
    """Who referred a lead (the lead form's "Referred by…", or any lead from the view)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, lead_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReferredByDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.lead = LeadPicker(ctx, self.ui.leadEdit)
        self.referrer = ContactPicker(ctx, self.ui.referrerEdit)
        today = local_today()
        self.ui.dateEdit.setMaximumDate(to_qdate(today))
        self.ui.dateEdit.setDate(to_qdate(today))
        self.remove_button = self.ui.buttonBox.addButton(
            self.tr("Remove referral"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.hide()
        if lead_id is not None:
            with ctx.db.session() as session:
                lead = session.get(Lead, lead_id)
                if lead is None:
                    raise UserError(self.tr("The lead no longer exists."))
                self.lead.choose(
                    lead.id, f"{lead.title} — {lead.contact.name}" if lead.title else lead.contact.name
                )
                self.ui.leadEdit.setReadOnly(True)
                existing = rules.referral_for_lead(session, lead_id)
                if existing is not None:
                    ref = existing.referrer
                    org = ref.organization.name if ref.organization is not None else ""
                    self.referrer.choose(ref.id, contact_display(ref.name, org))
                    self.ui.dateEdit.setDate(to_qdate(existing.referred_on))
                    self.ui.noteEdit.setPlainText(existing.note)
                    self.remove_button.show()
            self.ui.referrerEdit.setFocus()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        lead_id = self.lead.value()
        if lead_id is None:
            self.show_error(self.tr("Choose the lead: type its title or contact and pick it from the list."))
            self.ui.leadEdit.setFocus()
            return
        referrer_id = self.referrer.value()
        if referrer_id is None:
            self.show_error(self.tr("Choose who made the referral: type a name and pick it from the list."))
            self.ui.referrerEdit.setFocus()
            return
        try:
            with self.ctx.db.transaction() as session:
                rules.set_referrer(
                    session,
                    lead_id,
                    referrer_id,
                    to_date(self.ui.dateEdit.date()),
                    self.ui.noteEdit.toPlainText().strip(),
                    set_source=self.ui.sourceCheck.isChecked(),
                )
        except UserError as error:
            self.show_error(str(error))
            return
        _emit_changed(self.ctx, "leads", "referrals")
        self.ctx.bus.statusMessage.emit(self.tr("Referral saved."))
        super().accept()

    def remove(self) -> None:
        lead_id = self.lead.value()
        if lead_id is None:
            return
        with self.ctx.db.transaction() as session:
            rules.clear_referrer(session, lead_id)
        _emit_changed(self.ctx, "leads", "referrals", "followups")
        self.ctx.bus.statusMessage.emit(self.tr("Referral removed."))
        super().accept()


def add_referral_for_contact(
    ctx: AppContext, contact_id: int | None, parent: QWidget | None = None
) -> AddReferralDialog:
    """Open "Add a referral" with the referrer filled in (window-modal; returns the dialog)."""
    dialog = AddReferralDialog(ctx, parent, referrer_id=contact_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def edit_referred_by(ctx: AppContext, lead_id: int | None, parent: QWidget | None = None) -> ReferredByDialog:
    """Open "Referred by" for a lead (or with a lead picker when ``lead_id`` is None)."""
    dialog = ReferredByDialog(ctx, parent, lead_id=lead_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def add_referral_from_window(window: Any) -> AddReferralDialog:
    """The "Add a referral…" action: from the Referrals view its selected referrer is used."""
    view = window.current_view() if hasattr(window, "current_view") else None
    if view is not None and hasattr(view, "add_referral"):
        dialog: AddReferralDialog = view.add_referral()
        return dialog
    return add_referral_for_contact(window.ctx, None, window)
