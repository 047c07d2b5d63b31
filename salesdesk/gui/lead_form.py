"""The lead form (``ui/lead_form.ui``): every field of a lead, its timeline, and the actions
add note / add follow-up / won / lost / revive / open contact.

``open_lead(ctx, lead_id, parent)`` opens (or raises) the form of a lead;
``new_lead(ctx, parent, contact_id=None)`` opens an empty one. Saving writes everything in one
transaction; the title shows unsaved changes, Ctrl+S saves, Esc or closing asks.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import select

from salesdesk.crm import labels, scoring
from salesdesk.crm import leads as lead_rules
from salesdesk.crm import settings as db_settings
from salesdesk.crm.clock import local_today
from salesdesk.crm.contacts import tags_by_name
from salesdesk.crm.followups_core import create_followup
from salesdesk.crm.funnel import stages, suggest_temperature
from salesdesk.crm.names import person_display_name, split_name
from salesdesk.crm.timeline import lead_timeline
from salesdesk.db.enums import LeadSource, StageKind, Temperature
from salesdesk.db.models import Contact, Lead, Note, Referral
from salesdesk.errors import UserError
from salesdesk.gui.close_dialogs import LeadToClose, LostDialog, WonDialog
from salesdesk.gui.context import AppContext
from salesdesk.gui.form_support import (
    ContactPicker,
    FollowUpDialog,
    NoteDialog,
    TimelineModel,
    contact_display,
    fill_combo,
    from_qdate,
    may_close,
    owner_items,
    select_data,
    to_qdate,
)
from salesdesk.gui.forms.ui_lead_form import Ui_LeadForm

AUTO = "auto"
CURRENCIES = ["EUR", "SEK", "NOK", "USD", "GBP"]
_open_forms: dict[int, LeadForm] = {}


def _referrals_module() -> Any:
    """``crm.referrals`` (the referrals feature) when it is installed, else None."""
    try:
        from salesdesk.crm import referrals
    except ImportError:
        return None
    return referrals if hasattr(referrals, "set_referrer") else None


class LeadForm(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        lead_id: int | None,
        parent: QWidget | None = None,
        contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        self.ui = Ui_LeadForm()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._saved: dict[str, Any] = {}
        self._loading = False
        self._stage_kinds: dict[int, str] = {}
        self.timeline = TimelineModel(ctx, self)
        self.ui.timelineView.setModel(self.timeline)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([640, 400])
        self.contact_picker = ContactPicker(ctx, self.ui.contactEdit)
        self.referrer_picker = ContactPicker(ctx, self.ui.referrerEdit)
        self.ui.valueSpin.setLocale(ctx.locale)
        self.ui.closeDateEdit.setLocale(ctx.locale)
        self.ui.closeDateEdit.setDisplayFormat(ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat))
        self.ui.currencyCombo.addItems(CURRENCIES)
        fill_combo(self.ui.sourceCombo, labels.choices(LeadSource))
        fill_combo(self.ui.ownerCombo, owner_items(ctx, self.tr("(nobody)")))
        self.ui.sourceDetailEdit.setPlaceholderText(self.tr("Detail: event, list, campaign…"))
        self.ui.tagsEdit.setPlaceholderText(self.tr("Comma-separated, e.g. vip, fair 2026"))
        self.ui.contactEdit.setPlaceholderText(self.tr("Type a name to find a contact, or a new name"))
        self.ui.referrerEdit.setPlaceholderText(self.tr("The contact who referred this lead"))
        self.ui.notesEdit.setTabChangesFocus(True)
        self.ui.contactHint.setProperty("role", "hint")
        if _referrals_module() is None:
            self.ui.referrerEdit.setEnabled(False)
            self.ui.referrerEdit.setToolTip(self.tr("Referrals are not available in this version."))
        self._fill_stages()
        self._connect()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.load(contact_id)

    # -- setup ----------------------------------------------------------------------------
    def _fill_stages(self, current: int | None = None) -> None:
        """Open stages to move between; a closed lead shows its own stage (Won…/Lost…/Revive
        are the ways in and out of the closed stages)."""
        with self.ctx.db.session() as s:
            rows = [(st.id, labels.stage_label(st.name, st.key), st.kind) for st in stages(s)]
        self._stage_kinds = {sid: kind for sid, _, kind in rows}
        fill_combo(
            self.ui.stageCombo,
            [(sid, name) for sid, name, kind in rows if kind == StageKind.OPEN or sid == current],
        )

    def _fill_temperature(self, suggested: str) -> None:
        current = self.ui.temperatureCombo.currentData()
        fill_combo(
            self.ui.temperatureCombo,
            [
                (AUTO, self.tr("Suggested: {t}").format(t=labels.label(suggested))),
                *[(t.value, labels.label(t.value)) for t in Temperature],
            ],
        )
        select_data(self.ui.temperatureCombo, current or AUTO)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.titleEdit, ui.sourceDetailEdit, ui.tagsEdit, ui.contactEdit, ui.referrerEdit):
            edit.textChanged.connect(self._changed)
        for combo in (ui.stageCombo, ui.currencyCombo, ui.temperatureCombo, ui.sourceCombo, ui.ownerCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.valueSpin.valueChanged.connect(self._changed)
        ui.closeCheck.toggled.connect(self._close_toggled)
        ui.closeDateEdit.dateChanged.connect(self._date_changed)
        ui.notesEdit.textChanged.connect(self._changed)
        self.contact_picker.picked.connect(lambda _id: self._contact_hint())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self.revert)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("&Revert"))
        ui.buttonBox.rejected.connect(self.close)
        ui.openContactButton.clicked.connect(self.open_contact)
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.addFollowupButton.clicked.connect(self.add_followup)
        ui.wonButton.clicked.connect(self.win)
        ui.lostButton.clicked.connect(self.lose)
        ui.reviveButton.clicked.connect(self.revive)

    # -- load / values --------------------------------------------------------------------
    def load(self, contact_id: int | None = None) -> None:
        self._loading = True
        ui = self.ui
        with self.ctx.db.session() as s:
            lead = s.get(Lead, self.lead_id) if self.lead_id is not None else None
            if self.lead_id is not None and lead is None:
                self._loading = False
                raise UserError(self.tr("Lead {id} no longer exists.").format(id=self.lead_id))
            if lead is None:
                me = db_settings.me(s)
                cid = contact_id
                values: dict[str, Any] = {
                    "contact": contact_display(s, cid),
                    "contact_id": cid,
                    "title": "",
                    "stage_id": self.ui.stageCombo.itemData(0),
                    "value": 0.0,
                    "currency": "EUR",
                    "close": None,
                    "temperature": AUTO,
                    "source": LeadSource.OTHER.value,
                    "source_detail": "",
                    "owner_id": me.id if me else None,
                    "tags": "",
                    "referrer": "",
                    "referrer_id": None,
                    "notes": "",
                }
                header = self.tr("New lead")
                kind = StageKind.OPEN
            else:
                referral = s.scalars(select(Referral).where(Referral.lead_id == lead.id)).first()
                values = {
                    "contact": contact_display(s, lead.contact_id),
                    "contact_id": lead.contact_id,
                    "title": lead.title,
                    "stage_id": lead.stage_id,
                    "value": lead.value_cents / 100,
                    "currency": lead.currency,
                    "close": lead.expected_close,
                    "temperature": lead.temperature if lead.temperature_manual else AUTO,
                    "source": lead.source,
                    "source_detail": lead.source_detail,
                    "owner_id": lead.owner_id,
                    "tags": ", ".join(t.name for t in lead.tags),
                    "referrer": contact_display(s, referral.referrer_id) if referral else "",
                    "referrer_id": referral.referrer_id if referral else None,
                    "notes": lead.notes,
                }
                header = f"{lead.title or self.tr('(untitled)')} · {lead.contact.name}"
                kind = lead.stage.kind
                weights = scoring.learned_weights(s)
                score = scoring.lead_scores(s, [lead.id], weights)[lead.id]
                self.timeline.set_entries(lead_timeline(s, lead.id))
        ui.headerLabel.setText(header)
        self._fill_stages(values["stage_id"])
        self.contact_picker.set_contact(values["contact_id"], values["contact"])
        self.referrer_picker.set_contact(values["referrer_id"], values["referrer"])
        ui.titleEdit.setText(values["title"])
        select_data(ui.stageCombo, values["stage_id"])
        ui.valueSpin.setValue(values["value"])
        if ui.currencyCombo.findText(values["currency"]) < 0:
            ui.currencyCombo.addItem(values["currency"])
        ui.currencyCombo.setCurrentText(values["currency"])
        ui.closeCheck.setChecked(values["close"] is not None)
        ui.closeDateEdit.setDate(to_qdate(values["close"] or local_today()))
        ui.closeDateEdit.setEnabled(values["close"] is not None)
        ui.temperatureCombo.clear()
        self._fill_temperature(suggest_temperature(values["close"]))
        select_data(ui.temperatureCombo, values["temperature"])
        select_data(ui.sourceCombo, values["source"])
        ui.sourceDetailEdit.setText(values["source_detail"])
        select_data(ui.ownerCombo, values["owner_id"])
        ui.tagsEdit.setText(values["tags"])
        ui.notesEdit.setPlainText(values["notes"])
        is_new = self.lead_id is None
        ui.wonButton.setEnabled(kind == StageKind.OPEN)
        ui.lostButton.setEnabled(kind == StageKind.OPEN)
        ui.reviveButton.setEnabled(not is_new and kind == StageKind.LOST)
        ui.stageCombo.setEnabled(kind == StageKind.OPEN)
        if is_new:
            ui.scoreLabel.setText(self.tr("Shown once saved"))
            self.timeline.set_entries([])
        else:
            parts = "<br>".join(f"{p}/{m} · {html.escape(text)}" for text, p, m in score.parts)
            ui.scoreLabel.setText(
                "<b>"
                + self.tr("{score} / 100").format(score=score.total)
                + "</b>"
                + f"<br><span style='color:#4a5568'>{parts}</span>"
            )
            ui.scoreLabel.setToolTip(score.explanation())
        self._saved = self.values()
        self._loading = False
        self._contact_hint()
        self._update_title()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "contact": ui.contactEdit.text().strip(),
            "contact_id": self.contact_picker.contact_id,
            "title": ui.titleEdit.text().strip(),
            "stage_id": ui.stageCombo.currentData(),
            "value": round(ui.valueSpin.value(), 2),
            "currency": ui.currencyCombo.currentText(),
            "close": from_qdate(ui.closeDateEdit.date()) if ui.closeCheck.isChecked() else None,
            "temperature": ui.temperatureCombo.currentData(),
            "source": ui.sourceCombo.currentData(),
            "source_detail": ui.sourceDetailEdit.text().strip(),
            "owner_id": ui.ownerCombo.currentData(),
            "tags": ", ".join(t.strip() for t in ui.tagsEdit.text().split(",") if t.strip()),
            "referrer": ui.referrerEdit.text().strip(),
            "referrer_id": self.referrer_picker.contact_id,
            "notes": ui.notesEdit.toPlainText(),
        }

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    # -- reactions ------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._update_title()

    def _close_toggled(self, on: bool) -> None:
        self.ui.closeDateEdit.setEnabled(on)
        self._date_changed()

    def _date_changed(self, *_args: object) -> None:
        close = from_qdate(self.ui.closeDateEdit.date()) if self.ui.closeCheck.isChecked() else None
        self._fill_temperature(suggest_temperature(close))
        self._changed()

    def _contact_hint(self) -> None:
        text = self.ui.contactEdit.text().strip()
        if self.contact_picker.contact_id is None and text:
            self.ui.contactHint.setText(
                self.tr("A new contact “{name}” is created when you save.").format(name=text)
            )
        elif not text:
            self.ui.contactHint.setText(self.tr("Choose or type the contact of this lead."))
        else:
            self.ui.contactHint.setText("")
        self.ui.openContactButton.setEnabled(self.contact_picker.contact_id is not None)

    def _update_title(self) -> None:
        name = self.ui.titleEdit.text().strip() or self.tr("New lead")
        self.setWindowTitle(self.tr("Lead: {name}[*]").format(name=name))
        self.setWindowModified(self.is_dirty())

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        v = self.values()
        if not v["contact"]:
            self.ui.contactEdit.setFocus()
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the contact of this lead."))
            return False
        if v["referrer"] and v["referrer_id"] is None:
            self.ui.referrerEdit.setFocus()
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Pick the referrer from the list of contacts.")
            )
            return False
        me = ""
        try:
            with self.ctx.db.transaction() as s:
                owner = db_settings.me(s)
                me = owner.name if owner else ""
                contact = s.get(Contact, v["contact_id"]) if v["contact_id"] is not None else None
                if contact is None:
                    first, last = split_name(v["contact"])
                    contact = Contact(
                        kind="person",
                        name=person_display_name(first, last),
                        first_name=first,
                        last_name=last,
                        owner_id=v["owner_id"],
                    )
                    s.add(contact)
                    s.flush()
                temperature = None if v["temperature"] == AUTO else v["temperature"]
                stage = next(st for st in stages(s) if st.id == v["stage_id"])
                if self.lead_id is None:
                    lead = lead_rules.create_lead(
                        s,
                        contact=contact,
                        title=v["title"],
                        stage=stage,
                        value_cents=round(v["value"] * 100),
                        currency=v["currency"],
                        expected_close=v["close"],
                        temperature=temperature,
                        source=v["source"],
                        source_detail=v["source_detail"],
                        owner_id=v["owner_id"],
                        notes=v["notes"],
                        changed_by=me,
                    )
                else:
                    found = s.get(Lead, self.lead_id)
                    if found is None:
                        raise UserError(self.tr("Lead {id} no longer exists.").format(id=self.lead_id))
                    lead = found
                    lead.contact = contact
                    lead.title = v["title"]
                    lead.value_cents = round(v["value"] * 100)
                    lead.currency = v["currency"]
                    lead.expected_close = v["close"]
                    lead.temperature = temperature or suggest_temperature(v["close"])
                    lead.temperature_manual = temperature is not None
                    lead.source = v["source"]
                    lead.source_detail = v["source_detail"]
                    lead.owner_id = v["owner_id"]
                    lead.notes = v["notes"]
                    if stage.id != lead.stage_id and lead.stage.kind == StageKind.OPEN:
                        lead_rules.move_lead(s, lead, stage, changed_by=me)
                lead.tags = tags_by_name(s, [t for t in v["tags"].split(",") if t.strip()])
                s.flush()
                self._save_referrer(s, lead, v)
                if self.lead_id is None:
                    # a new lead gets its first-contact follow-up (when that rule is on)
                    from salesdesk.crm.followups import apply_new_lead_rule

                    apply_new_lead_rule(s, lead)
                lead_id = lead.id
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.lead_id = lead_id
        _open_forms[lead_id] = self
        self.ctx.bus.dataChanged.emit("leads")
        self.ctx.bus.dataChanged.emit("contacts")
        self.ctx.bus.dataChanged.emit("followups")
        self.ctx.bus.statusMessage.emit(self.tr("Lead saved."))
        self.load()
        return True

    def _save_referrer(self, s: Any, lead: Lead, v: dict[str, Any]) -> None:
        if v["referrer_id"] == self._saved.get("referrer_id") and self.lead_id is not None:
            return
        referrals = _referrals_module()
        if referrals is None:
            return
        if v["referrer_id"] is None:
            referrals.clear_referrer(s, lead.id)
        else:
            referrals.set_referrer(s, lead.id, v["referrer_id"], None, "", set_source=True)

    def revert(self) -> None:
        if self.lead_id is None:
            self.load(self._saved.get("contact_id"))
        else:
            self.load()

    def ask_to_keep_changes(self) -> bool:
        """True when the form may close (changes saved or discarded)."""
        return may_close(self, self.is_dirty(), self.tr("Save the changes to this lead?"), self.save)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_to_keep_changes():
            event.ignore()
            return
        if self.lead_id is not None and _open_forms.get(self.lead_id) is self:
            del _open_forms[self.lead_id]
        event.accept()

    def reject(self) -> None:
        self.close()

    def can_close(self) -> bool:
        return self.ask_to_keep_changes()

    # -- actions --------------------------------------------------------------------------
    def _ensure_saved(self) -> bool:
        if self.lead_id is not None and not self.is_dirty():
            return True
        return self.save()

    def open_contact(self) -> None:
        if self.contact_picker.contact_id is not None:
            self.ctx.bus.openContact.emit(self.contact_picker.contact_id)

    def add_note(self) -> None:
        if not self._ensure_saved():
            return
        dialog = NoteDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.body():
            return
        with self.ctx.db.transaction() as s:
            owner = db_settings.me(s)
            lead = s.get(Lead, self.lead_id)
            if lead is None:
                return
            s.add(
                Note(
                    lead_id=lead.id,
                    contact_id=lead.contact_id,
                    body=dialog.body(),
                    author=owner.name if owner else "",
                )
            )
            lead.last_activity_at = _now()
        self.load()
        self.ctx.bus.dataChanged.emit("leads")

    def add_followup(self) -> None:
        if not self._ensure_saved():
            return
        dialog = FollowUpDialog(
            self.tr("Call {name}").format(name=self.ui.contactEdit.text().split(" — ")[0]), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self.ctx.db.transaction() as s:
            create_followup(
                s,
                lead_id=self.lead_id,
                due_at=dialog.due_at(),
                title=dialog.title.text().strip() or dialog.kind.currentText(),
                kind=dialog.kind.currentData(),
                note=dialog.note.text().strip(),
            )
        self.load()
        self.ctx.bus.dataChanged.emit("followups")

    def _stage_of_kind(self, s: Any, kind: str) -> Any:
        for st in stages(s):
            if st.kind == kind:
                return st
        raise UserError(self.tr("There is no stage for this in the funnel settings."))

    def _closing(self) -> LeadToClose:
        with self.ctx.db.session() as s:
            lead = s.get(Lead, self.lead_id)
            assert lead is not None
            return LeadToClose(lead.id, lead.title, lead.contact.name, lead.value_cents, lead.currency)

    def win(self) -> None:
        if not self._ensure_saved():
            return
        closing = self._closing()
        dialog = WonDialog(self.ctx, [closing], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.ctx.db.transaction() as s:
                lead = s.get(Lead, self.lead_id)
                owner = db_settings.me(s)
                lead_rules.mark_won(
                    s,
                    lead,
                    self._stage_of_kind(s, StageKind.WON),
                    value_cents=dialog.values()[closing.id],
                    close_date=dialog.closed_on(),
                    changed_by=owner.name if owner else "",
                    ask_referral_in_days=dialog.referral_in_days(),
                )
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.load()
        self.ctx.bus.dataChanged.emit("leads")

    def lose(self) -> None:
        if not self._ensure_saved():
            return
        dialog = LostDialog(self.ctx, [self._closing()], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.ctx.db.transaction() as s:
                lead = s.get(Lead, self.lead_id)
                owner = db_settings.me(s)
                lead_rules.mark_lost(
                    s,
                    lead,
                    self._stage_of_kind(s, StageKind.LOST),
                    reason=dialog.reason_code(),
                    note=dialog.note_text(),
                    revisit_on=dialog.revisit_on(),
                    changed_by=owner.name if owner else "",
                )
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.load()
        self.ctx.bus.dataChanged.emit("leads")

    def revive(self) -> None:
        if not self._ensure_saved():
            return
        try:
            with self.ctx.db.transaction() as s:
                lead = s.get(Lead, self.lead_id)
                owner = db_settings.me(s)
                new = lead_rules.revive(s, lead, changed_by=owner.name if owner else "")
                s.flush()
                new_id = new.id
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.ctx.bus.dataChanged.emit("leads")
        open_lead(self.ctx, new_id, self.parentWidget())


def _now() -> Any:
    from salesdesk.db.types import utcnow

    return utcnow()


def open_lead(ctx: AppContext, lead_id: int, parent: QWidget | None = None) -> LeadForm:
    """Open the form of a lead (raising the one already open)."""
    form = _open_forms.get(lead_id)
    if form is None:
        form = LeadForm(ctx, lead_id, parent)
        _open_forms[lead_id] = form
    form.show()
    form.raise_()
    form.activateWindow()
    return form


def new_lead(ctx: AppContext, parent: QWidget | None = None, contact_id: int | None = None) -> LeadForm:
    form = LeadForm(ctx, None, parent, contact_id=contact_id)
    form.show()
    QTimer.singleShot(0, form.ui.contactEdit.setFocus)
    return form


def screenshot_widget(ctx: AppContext, arg: str, window: QWidget) -> QWidget:
    """``salesdesk screenshot lead:ID`` (``lead:new`` for an empty form)."""
    if arg == "new":
        form = LeadForm(ctx, None, window)
    else:
        try:
            lead_id = int(arg)
        except ValueError:
            raise UserError(QCoreApplication.translate("LeadForm", "Give a lead number: lead:ID")) from None
        form = LeadForm(ctx, lead_id, window)
    form.resize(1100, 720)
    return form
