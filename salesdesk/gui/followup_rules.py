"""The "automatic next steps" dialog: the rules that plan follow-ups by themselves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import followups as fu
from salesdesk.gui.context import AppContext


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setObjectName(name)
    return spin


class FollowUpRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpRulesDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Automatic next steps"))
        self.setMinimumWidth(480)
        days = " " + self.tr("days")

        self.referral = QGroupBox(self.tr("After a won deal, ask for a referral"))
        self.referral.setCheckable(True)
        self.referral.setObjectName("referralRule")
        self.referral_days = _spin(1, 365, days, "referralDays")
        form = QFormLayout(self.referral)
        form.addRow(self.tr("Call the customer after"), self.referral_days)

        self.first = QGroupBox(self.tr("A new lead without a follow-up gets a first contact"))
        self.first.setCheckable(True)
        self.first.setObjectName("firstContactRule")
        self.hot_days = _spin(1, 10, " " + self.tr("working days"), "hotDays")
        self.warm_days = _spin(1, 60, days, "warmDays")
        self.cold_days = _spin(1, 365, days, "coldDays")
        self.hour = _spin(0, 23, "", "ruleHour")
        self.hour.setPrefix(self.tr("at") + " ")
        self.hour.setSuffix(".00" if ctx.lang == "fi" else ":00")
        form2 = QFormLayout(self.first)
        form2.addRow(self.tr("Hot: after"), self.hot_days)
        form2.addRow(self.tr("Warm: within"), self.warm_days)
        form2.addRow(self.tr("Cold: in"), self.cold_days)
        form2.addRow(self.tr("Time of day"), self.hour)
        self.calls_per_day = _spin(0, 100, " " + self.tr("calls a day"), "callsPerDay")
        self.calls_per_day.setSpecialValueText(self.tr("all at the same time"))
        self.calls_per_day.setToolTip(
            self.tr("The first calls of an import are spread over the working day and the next days.")
        )
        form2.addRow(self.tr("After an import, at most"), self.calls_per_day)

        note = QLabel(
            self.tr(
                "A deal lost to a competitor always gets a revisit call on its revisit date. "
                "Weekends are skipped."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.referral)
        layout.addWidget(self.first)
        layout.addWidget(note)
        layout.addWidget(buttons)

        with ctx.db.session() as session:
            rules = fu.load_rules(session)
        self.referral.setChecked(rules.ask_referral)
        self.referral_days.setValue(rules.ask_referral_days)
        self.first.setChecked(rules.first_contact)
        self.hot_days.setValue(rules.hot_days)
        self.warm_days.setValue(rules.warm_days)
        self.cold_days.setValue(rules.cold_days)
        self.hour.setValue(rules.hour)
        self.calls_per_day.setValue(rules.calls_per_day)

    def rules(self) -> fu.Rules:
        return fu.Rules(
            ask_referral=self.referral.isChecked(),
            ask_referral_days=self.referral_days.value(),
            first_contact=self.first.isChecked(),
            hot_days=self.hot_days.value(),
            warm_days=self.warm_days.value(),
            cold_days=self.cold_days.value(),
            hour=self.hour.value(),
            calls_per_day=self.calls_per_day.value(),
        )

    def accept(self) -> None:
        with self.ctx.db.transaction() as session:
            fu.save_rules(session, self.rules())
        self.ctx.bus.dataChanged.emit("settings")
        super().accept()


def open_rules(window) -> None:  # type: ignore[no-untyped-def]
    """Handler of the "Automatic next steps…" action."""
    FollowUpRulesDialog(window.ctx, window).exec()
