"""The "follow-up" dialog: plan or edit a call, e-mail, meeting, visit or task.

Any view calls ``edit_followup(ctx, parent, lead_id=..., contact_id=..., followup_id=...)``;
it returns the follow-up's id when saved, None when cancelled.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.crm import followups as fu
from salesdesk.crm.labels import label
from salesdesk.db.enums import FollowUpKind, Repeat
from salesdesk.db.models import Contact, FollowUp, Lead, Owner
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext


class FollowUpDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lead_id: int | None = None,
        contact_id: int | None = None,
        followup_id: int | None = None,
        clock: fu.Clock = fu.SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.ctx = ctx
        self.clock = clock
        self.followup_id = followup_id
        self.lead_id = lead_id
        self.contact_id = contact_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit follow-up") if followup_id else self.tr("Add follow-up"))
        self.setMinimumWidth(460)

        self.about = QLabel()
        self.about.setObjectName("followUpAbout")
        self.about.setWordWrap(True)
        # What the follow-up is for: a lead, picked by typing (prefilled from the selection).
        self.lead_edit = QLineEdit()
        self.lead_edit.setObjectName("leadEdit")
        self.lead_edit.setPlaceholderText(self.tr("Type a lead, company or person"))
        from salesdesk.gui.referral_dialogs import LeadPicker

        self.lead_picker = LeadPicker(ctx, self.lead_edit)
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        for code in FollowUpKind:
            self.kind.addItem(label(code), code.value)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Call about the offer"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(ctx.locale)
        self.date_edit.setDisplayFormat(ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat))
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setLocale(ctx.locale)
        self.time_edit.setDisplayFormat("H.mm" if ctx.lang == "fi" else "HH:mm")
        self.all_day = QCheckBox(self.tr("All day"))
        self.all_day.setObjectName("allDayCheck")
        self.all_day.toggled.connect(lambda on: self.time_edit.setEnabled(not on))
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.all_day)
        self.duration = QSpinBox()
        self.duration.setObjectName("durationSpin")
        self.duration.setRange(0, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" " + self.tr("min"))
        self.duration.setSpecialValueText(self.tr("No duration"))
        self.repeat = QComboBox()
        self.repeat.setObjectName("repeatCombo")
        # Own labels: the shared label table maps the code "none" to another vocabulary's text.
        repeat_labels = {
            Repeat.NONE: self.tr("Does not repeat"),
            Repeat.DAYS: self.tr("Daily"),
            Repeat.WEEKS: self.tr("Weekly"),
            Repeat.MONTHS: self.tr("Monthly"),
            Repeat.WORKDAYS: self.tr("Every working day"),
        }
        for code in Repeat:
            self.repeat.addItem(repeat_labels[code], code.value)
        self.every = QSpinBox()
        self.every.setObjectName("everySpin")
        self.every.setRange(1, 365)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat, 2)
        repeat_row.addWidget(self.every, 1)
        self.owner = QComboBox()
        self.owner.setObjectName("ownerCombo")
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("What to prepare, what to ask…"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("Lead"), self.lead_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Repeat"), repeat_row)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load()
        self._repeat_changed()

    # -- loading --------------------------------------------------------------------------
    def _load(self) -> None:
        with self.ctx.db.session() as session:
            self.owner.addItem(self.tr("Nobody"), None)
            for owner in session.scalars(select(Owner).where(Owner.active).order_by(Owner.name)):
                self.owner.addItem(owner.name, owner.id)
            owner_id: int | None = self.ctx.me_id()
            due = self._default_due()
            if self.followup_id is not None:
                followup = session.get(FollowUp, self.followup_id)
                if followup is None:
                    raise UserError(self.tr("That follow-up no longer exists."))
                self.lead_id, self.contact_id = followup.lead_id, followup.contact_id
                self.kind.setCurrentIndex(max(0, self.kind.findData(followup.kind)))
                self.title_edit.setText(followup.title)
                due = followup.due_at
                self.all_day.setChecked(followup.all_day)
                self.duration.setValue(followup.duration_min)
                self.repeat.setCurrentIndex(max(0, self.repeat.findData(followup.repeat)))
                self.every.setValue(max(1, followup.repeat_every))
                self.note.setPlainText(followup.note)
                owner_id = followup.owner_id
            elif self.lead_id is not None:
                lead = session.get(Lead, self.lead_id)
                if lead is None:
                    raise UserError(self.tr("That lead no longer exists."))
                owner_id = lead.owner_id if lead.owner_id is not None else owner_id
            local = fu.to_local(due, self.clock.tz)
            self.date_edit.setDate(QDate(local.year, local.month, local.day))
            self.time_edit.setTime(QTime(local.hour, local.minute))
            self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))
            self.about.setText(self._about_text(session))
            self.about.setVisible(bool(self.about.text()))

    def _about_text(self, session) -> str:  # type: ignore[no-untyped-def]
        if self.lead_id is not None:
            lead = session.get(Lead, self.lead_id)
            if lead is not None:
                self.lead_picker.choose(
                    lead.id, f"{lead.title} — {lead.contact.name}" if lead.title else lead.contact.name
                )
                return ""
        if self.contact_id is not None:
            contact = session.get(Contact, self.contact_id)
            if contact is not None:
                return self.tr("Contact: {name}").format(name=contact.name)
        return ""

    def _default_due(self) -> datetime:
        """Tomorrow (the next working day) at 09:00."""
        from datetime import time

        from salesdesk.crm.followups_core import next_working_day

        return fu.local_at(next_working_day(fu.local_today(self.clock)), time(9, 0), self.clock.tz)

    def _repeat_changed(self) -> None:
        code = self.repeat.currentData()
        self.every.setEnabled(code in (Repeat.DAYS, Repeat.WEEKS, Repeat.MONTHS))
        patterns = {
            Repeat.DAYS: self.tr("every {n} days"),
            Repeat.WEEKS: self.tr("every {n} weeks"),
            Repeat.MONTHS: self.tr("every {n} months"),
        }
        prefix, _, suffix = patterns.get(code, "{n}").partition("{n}")
        self.every.setPrefix(prefix)
        self.every.setSuffix(suffix)

    # -- saving ---------------------------------------------------------------------------
    def data(self) -> fu.FollowUpData:
        qdate = self.date_edit.date()
        qtime = QTime(0, 0) if self.all_day.isChecked() else self.time_edit.time()
        from datetime import date, time

        due = fu.local_at(
            date(qdate.year(), qdate.month(), qdate.day()), time(qtime.hour(), qtime.minute()), self.clock.tz
        )
        return fu.FollowUpData(
            kind=str(self.kind.currentData()),
            title=self.title_edit.text(),
            due_at=due,
            all_day=self.all_day.isChecked(),
            duration_min=self.duration.value(),
            repeat=str(self.repeat.currentData()),
            repeat_every=self.every.value(),
            note=self.note.toPlainText().strip(),
            owner_id=self.owner.currentData(),
            lead_id=self.lead_id,
            contact_id=self.contact_id,
        )

    def _resolve_target(self) -> bool:
        """The lead typed or picked; a contact-only follow-up keeps its contact."""
        text = self.lead_edit.text().strip()
        if not text:
            if self.contact_id is None:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("Choose the lead this follow-up is for: type a name and pick it."),
                )
                self.lead_edit.setFocus()
                return False
            self.lead_id = None
            return True
        lead_id = self.lead_picker.value()
        if lead_id is None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("No single lead matches “{text}”: pick one from the list.").format(text=text),
            )
            self.lead_edit.setFocus()
            return False
        if lead_id != self.lead_id:
            with self.ctx.db.session() as session:
                lead = session.get(Lead, lead_id)
                self.contact_id = lead.contact_id if lead is not None else self.contact_id
        self.lead_id = lead_id
        return True

    def accept(self) -> None:
        if not self._resolve_target():
            return
        try:
            with self.ctx.db.transaction() as session:
                followup = fu.save_followup(session, self.data(), self.followup_id, self.clock)
                self.saved_id = followup.id
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.ctx.bus.dataChanged.emit("followups")
        self.ctx.bus.statusMessage.emit(self.tr("Follow-up saved."))
        super().accept()


def edit_followup(
    ctx: AppContext,
    parent: QWidget | None = None,
    lead_id: int | None = None,
    contact_id: int | None = None,
    followup_id: int | None = None,
) -> int | None:
    """Add (or, with ``followup_id``, edit) a follow-up; returns its id, None if cancelled."""
    try:
        dialog = FollowUpDialog(ctx, parent, lead_id=lead_id, contact_id=contact_id, followup_id=followup_id)
    except UserError as error:
        QMessageBox.warning(parent, "SalesDesk", str(error))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.saved_id
    return None


def add_followup_action(window) -> None:  # type: ignore[no-untyped-def]
    """Handler of the "Add follow-up…" action: on the lead selected in the current view
    (``current_lead_id()``, or the first of ``selected_ids()`` on the board and the leads
    table), on the selected contact in the contacts view; the dialog lets the user change it."""
    view = window.current_view()
    lead_id = contact_id = None
    key = window.current_key()
    getter = getattr(view, "current_lead_id", None)
    if getter is not None:
        lead_id = getter()
    elif key in ("board", "leads") and hasattr(view, "selected_ids"):
        selected = view.selected_ids()
        lead_id = selected[0] if selected else None
    elif key == "contacts" and hasattr(view, "selected_ids"):
        selected = view.selected_ids()
        contact_id = selected[0] if selected else None
    edit_followup(window.ctx, window, lead_id=lead_id, contact_id=contact_id)


__all__ = ["FollowUpDialog", "add_followup_action", "edit_followup"]
