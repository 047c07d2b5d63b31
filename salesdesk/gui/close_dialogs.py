"""The Won and Lost dialogs: the one pair every place that closes a lead uses (the board's
moves, the lead form's buttons).

What is valid is decided by ``crm.leads.check_won`` / ``check_lost``, which
``mark_won`` / ``mark_lost`` also call: the dialogs show the same one-line message the
rule raises, at the bottom, and stay open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import Qt
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm.clock import local_today
from salesdesk.crm.labels import choices
from salesdesk.crm.leads import check_lost, check_won
from salesdesk.crm.money import parse_money
from salesdesk.db.enums import LostReason
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.form_support import from_qdate, to_qdate

REFERRAL_DAYS_DEFAULT = 14
REVISIT_DAYS_DEFAULT = 180


class ClosingLead(Protocol):
    """What the dialogs show of a lead (a board ``Card`` is one)."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def contact_name(self) -> str: ...
    @property
    def value_cents(self) -> int: ...
    @property
    def currency(self) -> str: ...


@dataclass(frozen=True)
class LeadToClose:
    id: int
    title: str
    contact_name: str
    value_cents: int
    currency: str


def _date_edit(ctx: AppContext, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setLocale(ctx.locale)
    edit.setDisplayFormat(ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat))
    return edit


def _name(lead: ClosingLead) -> str:
    return lead.title or lead.contact_name


class _CloseDialog(QDialog):
    def _finish(self, layout: QVBoxLayout, ok_text: str) -> None:
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _refuse(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()


class WonDialog(_CloseDialog):
    """Confirm each lead's value and the close date; offer an "ask for a referral" call."""

    def __init__(self, ctx: AppContext, leads: Sequence[ClosingLead], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.leads = list(leads)
        self.setObjectName("wonDialog")
        if len(self.leads) == 1:
            self.setWindowTitle(self.tr("Mark as won: {lead}").format(lead=_name(self.leads[0])))
        else:
            self.setWindowTitle(self.tr("Mark {n} leads as won").format(n=len(self.leads)))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Congratulations! Confirm the value of the deal and the close date.")
            if len(self.leads) == 1
            else self.tr("Congratulations! Confirm the values of the {n} deals and the close date.").format(
                n=len(self.leads)
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.value_edits: dict[int, QLineEdit] = {}
        values = QWidget()
        values_form = QFormLayout(values)
        values_form.setContentsMargins(0, 0, 0, 0)
        for lead in self.leads:
            edit = QLineEdit(ctx.locale.toString(lead.value_cents / 100, "f", 2))
            edit.setObjectName(f"value_{lead.id}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setToolTip(self.tr("Value in {currency}").format(currency=lead.currency))
            caption = QLabel(
                self.tr("Value ({currency}):").format(currency=lead.currency)
                if len(self.leads) == 1
                else f"{_name(lead)} ({lead.currency}):"
            )
            caption.setToolTip(lead.contact_name)
            caption.setBuddy(edit)
            values_form.addRow(caption, edit)
            self.value_edits[lead.id] = edit
        if len(self.leads) > 6:
            scroll = QScrollArea()
            scroll.setWidget(values)
            scroll.setWidgetResizable(True)
            scroll.setMinimumHeight(200)
            layout.addWidget(scroll)
        else:
            layout.addWidget(values)
        form = QFormLayout()
        today = local_today()
        self.close_date = _date_edit(ctx, today)
        self.close_date.setObjectName("closeDate")
        self.close_date.setMaximumDate(to_qdate(today))
        form.addRow(self.tr("&Close date:"), self.close_date)
        referral = QHBoxLayout()
        self.ask_referral = QCheckBox(self.tr('Plan an "ask for a referral" call in'))
        self.ask_referral.setObjectName("askReferral")
        self.referral_days = QSpinBox()
        self.referral_days.setObjectName("referralDays")
        self.referral_days.setRange(1, 365)
        # The follow-ups' rule says whether to ask and when (Settings); the user may change it here.
        from salesdesk.crm.followups import referral_days_for_win

        with ctx.db.session() as session:
            days = referral_days_for_win(session)
        self.ask_referral.setChecked(days is not None)
        self.referral_days.setValue(days if days is not None else REFERRAL_DAYS_DEFAULT)
        self.referral_days.setEnabled(days is not None)
        self.referral_days.setSuffix(self.tr(" days"))
        self.ask_referral.toggled.connect(self.referral_days.setEnabled)
        referral.addWidget(self.ask_referral)
        referral.addWidget(self.referral_days)
        referral.addStretch(1)
        form.addRow(referral)
        layout.addLayout(form)
        note = QLabel(self.tr("The contact is marked a customer from the close date."))
        note.setProperty("role", "subtitle")
        note.setWordWrap(True)
        layout.addWidget(note)
        self._finish(layout, self.tr("Mark won"))

    def _value(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text:
            return 0
        try:
            return parse_money(text)
        except ValueError:
            return None

    def values(self) -> dict[int, int]:
        """The confirmed value of each lead, in cents (as typed; ``accept`` checked them)."""
        return {lead_id: self._value(edit) or 0 for lead_id, edit in self.value_edits.items()}

    def accept(self) -> None:
        for edit in self.value_edits.values():
            cents = self._value(edit)
            if cents is None:
                self._refuse(self.tr("Type the value as a number, e.g. 1 250,00."), edit)
                edit.selectAll()
                return
            try:
                check_won(value_cents=cents)
            except UserError as error:
                self._refuse(str(error), edit)
                return
        try:
            check_won(close_date=self.closed_on())
        except UserError as error:
            self._refuse(str(error), self.close_date)
            return
        super().accept()

    def closed_on(self) -> date:
        return from_qdate(self.close_date.date())

    def referral_in_days(self) -> int | None:
        return self.referral_days.value() if self.ask_referral.isChecked() else None


class LostDialog(_CloseDialog):
    """Why was it lost? There is no default reason: "Mark lost" waits until one is chosen.
    "Bought from a competitor" asks when to come back."""

    def __init__(self, ctx: AppContext, leads: Sequence[ClosingLead], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lostDialog")
        leads = list(leads)
        if len(leads) == 1:
            self.setWindowTitle(self.tr("Mark as lost: {lead}").format(lead=_name(leads[0])))
        else:
            self.setWindowTitle(self.tr("Mark {n} leads as lost").format(n=len(leads)))
        layout = QVBoxLayout(self)
        names = ", ".join(_name(lead) for lead in leads[:3])
        if len(leads) > 3:
            names += self.tr(" and {n} more").format(n=len(leads) - 3)
        heading = QLabel(self.tr("Why was {names} lost?").format(names=names))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code, text in choices(LostReason):
            self.reason.addItem(text, code)
        self.reason.setCurrentIndex(0)
        form.addRow(self.tr("&Reason:"), self.reason)
        today = local_today()
        self.revisit = _date_edit(ctx, today + timedelta(days=REVISIT_DAYS_DEFAULT))
        self.revisit.setObjectName("revisit")
        self.revisit.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.revisit_label = QLabel(self.tr("Re&visit on:"))
        self.revisit_label.setBuddy(self.revisit)
        form.addRow(self.revisit_label, self.revisit)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What happened? (optional)"))
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self._finish(layout, self.tr("Mark lost"))
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def _update(self) -> None:
        code = self.reason_code()
        competitor = code == LostReason.COMPETITOR
        self.revisit.setVisible(competitor)
        self.revisit_label.setVisible(competitor)
        self.ok_button.setEnabled(bool(code))
        self.error.hide()
        if not code:
            self.hint.setText(self.tr("Choose why the deal was lost."))
        elif competitor:
            self.hint.setText(self.tr("A call is planned for the revisit date, to win them back."))
        elif code == LostReason.NO_INTENT:
            self.hint.setText(self.tr("The lead is discarded: it leaves the open funnel for good."))
        else:
            self.hint.setText(self.tr("The lead stays in the lost column; you can revive it later."))

    def accept(self) -> None:
        try:
            check_lost(reason=self.reason_code(), revisit_on=self.revisit_on())
        except UserError as error:
            self._refuse(str(error), self.revisit if self.reason_code() else self.reason)
            return
        super().accept()

    def revisit_on(self) -> date | None:
        return from_qdate(self.revisit.date()) if self.reason_code() == LostReason.COMPETITOR else None

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


__all__ = ["ClosingLead", "LeadToClose", "LostDialog", "WonDialog"]
