"""The contact form (``ui/contact_form.ui``): a person or an organization, validated at each
field, possible duplicates while typing (open existing / merge with undo), the contact's leads
and referrals, data protection (export everything, erase, article 14 notice).

``open_contact(ctx, contact_id, parent)`` opens (or raises) a contact's form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.crm import contacts as crm_contacts
from salesdesk.crm import erasure, labels, privacy
from salesdesk.crm import settings as db_settings
from salesdesk.crm.clock import local_date, local_today
from salesdesk.crm.names import split_name
from salesdesk.crm.validation import display_phone
from salesdesk.db.enums import ContactKind, LawfulBasis
from salesdesk.db.models import Contact, Lead, Referral, Stage
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.form_support import (
    ContactPicker,
    fill_combo,
    from_qdate,
    mark_invalid,
    may_close,
    owner_items,
    select_data,
    to_qdate,
)
from salesdesk.gui.forms.ui_contact_form import Ui_ContactForm

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default "parent" of flat models
_open_forms: dict[int, ContactForm] = {}

# widget name -> contact field, for the line edits
LINE_FIELDS = {
    "firstNameEdit": "first_name",
    "lastNameEdit": "last_name",
    "nameEdit": "name",
    "titleEdit": "title",
    "emailEdit": "email",
    "email2Edit": "email2",
    "phoneEdit": "phone",
    "mobileEdit": "mobile",
    "streetEdit": "street",
    "postalCodeEdit": "postal_code",
    "cityEdit": "city",
    "countryEdit": "country",
    "websiteEdit": "website",
    "linkedinEdit": "linkedin",
    "businessIdEdit": "business_id",
}
CHECKED = ("email", "email2", "phone", "mobile", "website", "linkedin", "business_id")


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (the contact's leads, its referrals)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, ...]] = []  # (id, col1, col2, ...)

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column() + 1])
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()][0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class UnmergeCommand(QUndoCommand):
    """The merge of two contacts, on the window's undo stack (undo brings the other back)."""

    def __init__(self, ctx: AppContext, record: crm_contacts.MergeRecord, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.record = record
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.ctx.db.transaction() as s:
            self.record = crm_contacts.merge_contacts(
                s, self.record.survivor_id, self.record.loser_id, self._choices()
            )
        self._changed()

    def _choices(self) -> dict[str, str]:
        return {name: "loser" for name in self.record.survivor_old}

    def undo(self) -> None:
        with self.ctx.db.transaction() as s:
            crm_contacts.unmerge(s, self.record)
        self._changed()

    def _changed(self) -> None:
        self.ctx.bus.dataChanged.emit("contacts")
        self.ctx.bus.dataChanged.emit("leads")
        form = _open_forms.get(self.record.survivor_id)
        if form is not None and not form.is_dirty():
            form.load()


class MergeDialog(QDialog):
    """Pick, per field, whose value the merged contact keeps."""

    def __init__(
        self, ctx: AppContext, survivor_id: int, loser_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge contacts"))
        self.choices: dict[str, QButtonGroup] = {}
        with ctx.db.session() as s:
            a = s.get(Contact, survivor_id)
            b = s.get(Contact, loser_id)
            if a is None or b is None:
                raise UserError(self.tr("One of the contacts no longer exists."))
            moved = crm_contacts.contact_summary(s, loser_id)
            pairs = [
                (name, getattr(a, name), getattr(b, name))
                for name in crm_contacts.TEXT_FIELDS
                if getattr(a, name) != getattr(b, name) and (getattr(a, name) or getattr(b, name))
            ]
            a_name, b_name = a.name, b.name
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "“{loser}” is merged into “{survivor}”: its {leads} leads, {followups} follow-ups, "
                "{notes} notes and {referrals} referrals move over. You can undo the merge."
            ).format(loser=b_name, survivor=a_name, **moved)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Keep this contact's</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Take the other's</b>")), 0, 2)
        for row, (name, mine, theirs) in enumerate(pairs, start=1):
            group = QButtonGroup(self)
            left = QRadioButton(str(mine) if mine else self.tr("(empty)"))
            right = QRadioButton(str(theirs) if theirs else self.tr("(empty)"))
            left.setObjectName(f"keep_{name}")
            right.setObjectName(f"take_{name}")
            group.addButton(left, 0)
            group.addButton(right, 1)
            (right if not mine and theirs else left).setChecked(True)
            grid.addWidget(QLabel(field_label(name)), row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            self.choices[name] = group
        layout.addLayout(grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, str]:
        return {name: ("loser" if g.checkedId() == 1 else "survivor") for name, g in self.choices.items()}


def field_label(name: str) -> str:
    texts = {
        "name": QCoreApplication.translate("ContactForm", "Name"),
        "first_name": QCoreApplication.translate("ContactForm", "First name"),
        "last_name": QCoreApplication.translate("ContactForm", "Last name"),
        "title": QCoreApplication.translate("ContactForm", "Job title"),
        "email": QCoreApplication.translate("ContactForm", "E-mail"),
        "email2": QCoreApplication.translate("ContactForm", "Second e-mail"),
        "phone": QCoreApplication.translate("ContactForm", "Phone"),
        "mobile": QCoreApplication.translate("ContactForm", "Mobile"),
        "street": QCoreApplication.translate("ContactForm", "Street address"),
        "postal_code": QCoreApplication.translate("ContactForm", "Postal code"),
        "city": QCoreApplication.translate("ContactForm", "City"),
        "country": QCoreApplication.translate("ContactForm", "Country"),
        "website": QCoreApplication.translate("ContactForm", "Website"),
        "linkedin": QCoreApplication.translate("ContactForm", "LinkedIn"),
        "business_id": QCoreApplication.translate("ContactForm", "Business ID"),
        "notes": QCoreApplication.translate("ContactForm", "Notes"),
        "lawful_basis": QCoreApplication.translate("ContactForm", "Lawful basis"),
    }
    return texts.get(name, name)


class ContactForm(QDialog):
    def __init__(self, ctx: AppContext, contact_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.ui = Ui_ContactForm()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._saved: dict[str, Any] = {}
        self._loading = False
        self._errors: dict[str, str] = {}
        self.region = "FI"
        self.org_picker = ContactPicker(ctx, self.ui.organizationEdit, organizations_only=True)
        fill_combo(self.ui.kindCombo, labels.choices(ContactKind))
        fill_combo(self.ui.ownerCombo, owner_items(ctx, self.tr("(nobody)")))
        fill_combo(
            self.ui.lawfulBasisCombo,
            [("", self.tr("(not recorded)")), *labels.choices(LawfulBasis)],
        )
        for edit in (self.ui.customerSinceEdit, self.ui.consentEdit, self.ui.informedEdit):
            edit.setLocale(ctx.locale)
            edit.setDisplayFormat(ctx.locale.dateFormat(ctx.locale.FormatType.ShortFormat))
        self.ui.email2Edit.setPlaceholderText(self.tr("Second e-mail"))
        self.ui.phoneEdit.setPlaceholderText(self.tr("Phone"))
        self.ui.mobileEdit.setPlaceholderText(self.tr("Mobile"))
        self.ui.countryEdit.setPlaceholderText("FI")
        self.ui.countryEdit.setMaxLength(2)
        self.ui.countryEdit.setMaximumWidth(50)
        self.ui.postalCodeEdit.setMaximumWidth(90)
        self.ui.tagsEdit.setPlaceholderText(self.tr("Comma-separated"))
        self.ui.notesEdit.setTabChangesFocus(True)
        self.ui.errorLabel.setStyleSheet("color: #b42318;")
        self.ui.informedWarning.setStyleSheet("color: #b42318; font-weight: 600;")
        self.dup_model = QStringListModel(self)
        self.ui.duplicatesView.setModel(self.dup_model)
        self.duplicates: list[crm_contacts.Duplicate] = []
        self.leads_model = RowsModel(
            [self.tr("Lead"), self.tr("Stage"), self.tr("Value"), self.tr("Created")], self
        )
        self.referrals_model = RowsModel([self.tr("Referred"), self.tr("Date"), self.tr("Lead")], self)
        for view, model in (
            (self.ui.leadsView, self.leads_model),
            (self.ui.referralsView, self.referrals_model),
        ):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
            view.setSelectionBehavior(view.SelectionBehavior.SelectRows)
            view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([620, 480])
        self.ui.rightLayout.setStretch(2, 1)
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(250)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self._connect()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        with ctx.db.session() as s:
            self.region = db_settings.default_region(s)
        self.load()

    def _edit(self, name: str) -> QLineEdit:
        edit: QLineEdit = getattr(self.ui, name)
        return edit

    def _connect(self) -> None:
        ui = self.ui
        for widget_name, field in LINE_FIELDS.items():
            edit = self._edit(widget_name)
            edit.textChanged.connect(self._changed)
            if field in CHECKED:
                edit.editingFinished.connect(lambda f=field, e=edit: self._check(f, e))
            if field in (
                "first_name",
                "last_name",
                "name",
                "email",
                "email2",
                "phone",
                "mobile",
                "business_id",
            ):
                edit.textEdited.connect(lambda _t: self._dup_timer.start())
        for edit in (ui.organizationEdit, ui.tagsEdit):
            edit.textChanged.connect(self._changed)
        self.org_picker.picked.connect(lambda _id: self._dup_timer.start())
        for combo in (ui.kindCombo, ui.ownerCombo, ui.lawfulBasisCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for check, edit in (
            (ui.customerSinceCheck, ui.customerSinceEdit),
            (ui.consentCheck, ui.consentEdit),
            (ui.informedCheck, ui.informedEdit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.dateChanged.connect(self._changed)
        ui.purchasedCheck.toggled.connect(self._changed)
        ui.notesEdit.textChanged.connect(self._changed)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("&Revert"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(lambda: self.load())
        ui.buttonBox.rejected.connect(self.close)
        ui.openExistingButton.clicked.connect(self.open_existing)
        ui.mergeButton.clicked.connect(self.merge)
        ui.duplicatesView.doubleClicked.connect(lambda _i: self.open_existing())
        ui.exportButton.clicked.connect(self.export_data)
        ui.eraseButton.clicked.connect(self.erase)
        ui.newLeadButton.clicked.connect(self.new_lead)
        ui.addReferralButton.clicked.connect(self.add_referral)
        ui.leadsView.doubleClicked.connect(
            lambda index: self.ctx.bus.openLead.emit(self.leads_model.data(index, Qt.ItemDataRole.UserRole))
        )
        ui.referralsView.doubleClicked.connect(
            lambda index: self.ctx.bus.openLead.emit(
                self.referrals_model.data(index, Qt.ItemDataRole.UserRole)
            )
        )

    # -- load / values --------------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        ui = self.ui
        with self.ctx.db.session() as s:
            c = s.get(Contact, self.contact_id) if self.contact_id is not None else None
            if self.contact_id is not None and c is None:
                self._loading = False
                raise UserError(self.tr("Contact {id} no longer exists.").format(id=self.contact_id))
            if c is None:
                c = Contact(kind=ContactKind.PERSON, name="", first_name="", last_name="", title="")
                for f in LINE_FIELDS.values():
                    setattr(c, f, "")
                c.notes = ""
                c.lawful_basis = ""
                c.consent = False
                c.from_purchased_list = False
                me = db_settings.me(s)
                c.owner_id = me.id if me else None
                org_text, org_id = "", None
                leads: list[tuple[Any, ...]] = []
                referrals: list[tuple[Any, ...]] = []
                overdue = False
            else:
                org_id = c.organization_id
                org_text = c.organization.name if c.organization else ""
                leads = [
                    (
                        lid,
                        title or "–",
                        labels.stage_label(sname, skey),
                        self.ctx.money(cents, cur),
                        self.ctx.date_text(local_date(created)),
                    )
                    for lid, title, sname, skey, cents, cur, created in s.execute(
                        select(
                            Lead.id,
                            Lead.title,
                            Stage.name,
                            Stage.key,
                            Lead.value_cents,
                            Lead.currency,
                            Lead.created_at,
                        )
                        .join(Stage, Lead.stage_id == Stage.id)
                        .where(Lead.contact_id == c.id)
                        .order_by(Lead.created_at.desc())
                    )
                ]
                referrals = [
                    (
                        r.lead_id or 0,
                        r.referred_contact.name,
                        self.ctx.date_text(r.referred_on),
                        r.lead.title if r.lead else "",
                    )
                    for r in s.scalars(
                        select(Referral).where(Referral.referrer_id == c.id).order_by(Referral.id)
                    )
                ]
                overdue = privacy.notice_overdue(c)
            values = {f: getattr(c, f) or "" for f in LINE_FIELDS.values()}
            if c.kind == ContactKind.PERSON and not (c.first_name or c.last_name) and c.name:
                first, last = split_name(c.name)
                values["first_name"], values["last_name"] = first, last
            for f in ("phone", "mobile"):
                values[f] = display_phone(values[f], self.region)
            values.update(
                kind=c.kind,
                organization=org_text,
                organization_id=org_id,
                owner_id=c.owner_id,
                tags=", ".join(t.name for t in c.tags) if c.id else "",
                customer_since=c.customer_since,
                lawful_basis=c.lawful_basis or "",
                consent=bool(c.consent),
                consent_date=c.consent_date,
                from_purchased_list=bool(c.from_purchased_list),
                informed_on=c.informed_on,
                notes=c.notes or "",
            )
            name = c.name
        for widget_name, field in LINE_FIELDS.items():
            self._edit(widget_name).setText(values[field])
        select_data(ui.kindCombo, values["kind"])
        self.org_picker.set_contact(values["organization_id"], values["organization"])
        select_data(ui.ownerCombo, values["owner_id"])
        ui.tagsEdit.setText(values["tags"])
        for key, check, edit in (
            ("customer_since", ui.customerSinceCheck, ui.customerSinceEdit),
            ("consent_date", ui.consentCheck, ui.consentEdit),
            ("informed_on", ui.informedCheck, ui.informedEdit),
        ):
            check.setChecked(values[key] is not None)
            edit.setEnabled(values[key] is not None)
            edit.setDate(to_qdate(values[key] or local_today()))
        if values["consent"] and values["consent_date"] is None:
            ui.consentCheck.setChecked(True)
        select_data(ui.lawfulBasisCombo, values["lawful_basis"])
        ui.purchasedCheck.setChecked(values["from_purchased_list"])
        ui.notesEdit.setPlainText(values["notes"])
        ui.informedWarning.setText(self.tr("Notice overdue (due within a month)") if overdue else "")
        self.leads_model.set_rows(leads)
        self.referrals_model.set_rows(referrals)
        ui.tabs.setTabText(0, self.tr("Leads ({n})").format(n=len(leads)))
        ui.tabs.setTabText(1, self.tr("Referrals made ({n})").format(n=len(referrals)))
        ui.summaryLabel.setText(f"<b>{name}</b>" if name else self.tr("<b>New contact</b>"))
        is_new = self.contact_id is None
        ui.exportButton.setEnabled(not is_new)
        ui.eraseButton.setEnabled(not is_new)
        ui.newLeadButton.setEnabled(not is_new)
        ui.addReferralButton.setEnabled(not is_new)
        self._errors = {}
        for field in CHECKED:
            mark_invalid(self._edit(self._widget_of(field)), "")
        ui.errorLabel.setText("")
        self._kind_changed()
        self._saved = self.values()
        self._loading = False
        self._set_duplicates([])
        self._update_title()

    @staticmethod
    def _widget_of(field: str) -> str:
        return next(w for w, f in LINE_FIELDS.items() if f == field)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        v: dict[str, Any] = {f: self._edit(w).text().strip() for w, f in LINE_FIELDS.items()}
        v.update(
            kind=ui.kindCombo.currentData(),
            organization=ui.organizationEdit.text().strip(),
            organization_id=self.org_picker.contact_id,
            owner_id=ui.ownerCombo.currentData(),
            tags=", ".join(t.strip() for t in ui.tagsEdit.text().split(",") if t.strip()),
            customer_since=from_qdate(ui.customerSinceEdit.date())
            if ui.customerSinceCheck.isChecked()
            else None,
            lawful_basis=ui.lawfulBasisCombo.currentData() or "",
            consent=ui.consentCheck.isChecked(),
            consent_date=from_qdate(ui.consentEdit.date()) if ui.consentCheck.isChecked() else None,
            from_purchased_list=ui.purchasedCheck.isChecked(),
            informed_on=from_qdate(ui.informedEdit.date()) if ui.informedCheck.isChecked() else None,
            notes=ui.notesEdit.toPlainText(),
        )
        return v

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    # -- reactions ------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._update_title()

    def _kind_changed(self, *_args: object) -> None:
        person = self.ui.kindCombo.currentData() == ContactKind.PERSON
        for w in (
            self.ui.firstNameEdit, self.ui.firstNameLabel, self.ui.lastNameEdit, self.ui.lastNameLabel,
            self.ui.organizationEdit, self.ui.organizationLabel,
        ):  # fmt: skip
            w.setVisible(person)
        for w in (self.ui.nameEdit, self.ui.nameLabel):
            w.setVisible(not person)
        self.ui.eraseButton.setText(
            self.tr("Erase this person…") if person else self.tr("Erase this contact…")
        )

    def _check(self, field: str, edit: QLineEdit) -> str:
        checked = crm_contacts.check_field(field, edit.text(), self.region)
        if checked.ok:
            self._errors.pop(field, None)
            if field in ("phone", "mobile") and checked.value:
                edit.setText(display_phone(checked.value, self.region))
        else:
            self._errors[field] = checked.error
        mark_invalid(edit, "" if checked.ok else checked.error)
        self.ui.errorLabel.setText("\n".join(f"{field_label(f)}: {m}" for f, m in self._errors.items()))
        return "" if checked.ok else checked.error

    def _update_title(self) -> None:
        v = self.values()
        name = (
            v["name"]
            if v["kind"] == ContactKind.ORGANIZATION
            else crm_contacts.person_display_name(v["first_name"], v["last_name"])
        ) or self.tr("New contact")
        self.setWindowTitle(self.tr("Contact: {name}[*]").format(name=name))
        self.setWindowModified(self.is_dirty())

    # -- duplicates -----------------------------------------------------------------------
    def check_duplicates(self) -> None:
        v = self.values()
        name = (
            v["name"]
            if v["kind"] == ContactKind.ORGANIZATION
            else crm_contacts.person_display_name(v["first_name"], v["last_name"])
        )
        with self.ctx.db.session() as s:
            found = crm_contacts.find_duplicates(
                s,
                name=name,
                kind=v["kind"],
                organization_id=v["organization_id"],
                emails=[v["email"], v["email2"]],
                phones=[v["phone"], v["mobile"]],
                business_id=v["business_id"],
                exclude_id=self.contact_id,
            )
        self._set_duplicates(found)

    def _set_duplicates(self, found: list[crm_contacts.Duplicate]) -> None:
        self.duplicates = found
        self.dup_model.setStringList(
            [
                f"{d.name}"
                + (f" — {d.organization}" if d.organization else "")
                + f"  ({d.reason}, {d.score} %)"
                for d in found
            ]
        )
        self.ui.duplicatesFrame.setVisible(bool(found))
        if found:
            self.ui.duplicatesView.setCurrentIndex(self.dup_model.index(0))
        self.ui.mergeButton.setEnabled(bool(found) and self.contact_id is not None)
        self.ui.mergeButton.setToolTip(
            ""
            if self.contact_id is not None
            else self.tr("Save this contact first, or open the existing one.")
        )

    def _chosen_duplicate(self) -> crm_contacts.Duplicate | None:
        row = self.ui.duplicatesView.currentIndex().row()
        if 0 <= row < len(self.duplicates):
            return self.duplicates[row]
        return self.duplicates[0] if self.duplicates else None

    def open_existing(self) -> None:
        dup = self._chosen_duplicate()
        if dup is not None:
            open_contact(self.ctx, dup.contact_id, self.parentWidget())

    def merge(self) -> None:
        dup = self._chosen_duplicate()
        if dup is None or self.contact_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        dialog = MergeDialog(self.ctx, self.contact_id, dup.contact_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.ctx.db.transaction() as s:
                record = crm_contacts.merge_contacts(s, self.contact_id, dup.contact_id, dialog.chosen())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        other = _open_forms.pop(dup.contact_id, None)
        if other is not None:
            other._saved = other.values()
            other.close()
        self.ctx.undo_stack.push(
            UnmergeCommand(self.ctx, record, self.tr("Merge {name}").format(name=dup.name))
        )
        self.ctx.bus.dataChanged.emit("contacts")
        self.ctx.bus.dataChanged.emit("leads")
        self.ctx.bus.statusMessage.emit(self.tr("Contacts merged. Undo with Ctrl+Z."))
        self.load()

    # -- saving ---------------------------------------------------------------------------
    def save(self, keep_invalid: bool | None = None) -> bool:
        v = self.values()
        errors = {}
        for field in CHECKED:
            message = self._check(field, self._edit(self._widget_of(field)))
            if message:
                errors[field] = message
        keep: set[str] = set()
        if errors:
            if keep_invalid is None:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.windowTitle().replace("[*]", ""),
                    self.tr("Some fields do not look right:")
                    + "\n\n"
                    + "\n".join(f"• {field_label(f)}: {m}" for f, m in errors.items()),
                    QMessageBox.StandardButton.Cancel,
                    self,
                )
                keep_button = box.addButton(
                    self.tr("Keep as typed and save"), QMessageBox.ButtonRole.AcceptRole
                )
                box.exec()
                keep_invalid = box.clickedButton() is keep_button
            if not keep_invalid:
                self._edit(self._widget_of(next(iter(errors)))).setFocus()
                return False
            keep = set(errors)
        values = {k: v[k] for k in crm_contacts.EDITABLE_FIELDS if k in v}
        if v["kind"] == ContactKind.PERSON:
            values["name"] = ""
        try:
            with self.ctx.db.transaction() as s:
                if v["kind"] == ContactKind.PERSON and v["organization"] and v["organization_id"] is None:
                    org = crm_contacts.ensure_organization(s, v["organization"])
                    values["organization_id"] = org.id if org else None
                contact = crm_contacts.save_contact(
                    s,
                    values,
                    contact_id=self.contact_id,
                    keep_invalid=keep,
                    tags=[t for t in v["tags"].split(",") if t.strip()],
                )
                contact_id = contact.id
        except crm_contacts.InvalidFieldsError as error:
            for field, message in error.errors.items():
                if field in CHECKED:
                    mark_invalid(self._edit(self._widget_of(field)), message)
            self.ui.errorLabel.setText("\n".join(error.errors.values()))
            return False
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        if self.contact_id is None:
            _open_forms[contact_id] = self
        self.contact_id = contact_id
        self.ctx.bus.dataChanged.emit("contacts")
        self.ctx.bus.statusMessage.emit(self.tr("Contact saved."))
        self.load()
        return True

    def ask_to_keep_changes(self) -> bool:
        return may_close(self, self.is_dirty(), self.tr("Save the changes to this contact?"), self.save)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_to_keep_changes():
            event.ignore()
            return
        if self.contact_id is not None and _open_forms.get(self.contact_id) is self:
            del _open_forms[self.contact_id]
        event.accept()

    def reject(self) -> None:
        self.close()

    # -- actions --------------------------------------------------------------------------
    def new_lead(self) -> None:
        from salesdesk.gui.lead_form import new_lead

        new_lead(self.ctx, self.parentWidget(), contact_id=self.contact_id)

    def add_referral(self) -> None:
        """ "Add a referral…": this contact is the referrer (the dialog saves and notifies)."""
        if self.contact_id is None:
            return
        from salesdesk.gui.referral_dialogs import add_referral_for_contact

        add_referral_for_contact(self.ctx, self.contact_id, self)

    def export_data(self) -> None:
        if self.contact_id is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export everything about this person"),
            str(Path.home() / f"contact-{self.contact_id}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;JSON (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        with self.ctx.db.session() as s:
            data = privacy.export_person(s, self.contact_id or 0)
        if path.suffix.lower() not in (".xlsx", ".json"):
            path = path.with_suffix(".xlsx")
        try:
            (privacy.write_json if path.suffix.lower() == ".json" else privacy.write_xlsx)(data, path)
        except UserError as error:  # the xlsx writer's one line (disk full, bad path, ...)
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Cannot write {file}: {error}").format(file=path, error=error.strerror),
            )
            return
        self.ctx.bus.statusMessage.emit(self.tr("Wrote {file}").format(file=path))

    def erase_box(self, backups: int) -> QMessageBox:
        """The question before an erase; with ``backups`` made earlier that still hold the
        person, it says so and offers (checked) to re-make them without the person."""
        name = self.ui.summaryLabel.text().replace("<b>", "").replace("</b>", "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase this person"),
            self.tr(
                "Erase the personal data of {name} and their notes? Their leads stay in the figures "
                "without a name. A later import of their e-mail or phone is flagged. This cannot be undone."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if backups:
            box.setInformativeText(
                self.tr(
                    "Backups made earlier that still hold this person's data: {n}. Unless they are "
                    "re-made, restoring one of them brings the person back."
                ).format(n=backups)
            )
            check = QCheckBox(
                self.tr(
                    "Also erase the person from these backups (a backup that cannot be re-made is deleted)"
                ),
                box,  # owned by the box: PySide would otherwise delete it with this wrapper
            )
            check.setChecked(True)
            box.setCheckBox(check)
        return box

    def erase(self) -> None:
        if self.contact_id is None:
            return
        box = self.erase_box(len(erasure.person_backups(self.ctx.db, self.contact_id)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        answer = box.exec()
        purge = box.checkBox() is not None and box.checkBox().isChecked()
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = erasure.erase(self.ctx.db, self.contact_id, purge_backups=purge)
        finally:
            QApplication.restoreOverrideCursor()
        # an undo (a merge's, say) would write the person's old values back
        self.ctx.undo_stack.clear()
        self.ctx.bus.dataChanged.emit("contacts")
        self.ctx.bus.dataChanged.emit("leads")
        self.ctx.bus.statusMessage.emit(self.tr("The person's data was erased."))
        self.load()
        lines = erasure.report_lines(report, cli=False)
        if lines:
            QMessageBox.information(
                self,
                self.tr("Erase this person"),
                "\n".join([self.tr("The person's data was erased."), *lines]),
            )


def open_contact(ctx: AppContext, contact_id: int, parent: QWidget | None = None) -> ContactForm:
    form = _open_forms.get(contact_id)
    if form is None:
        form = ContactForm(ctx, contact_id, parent)
        _open_forms[contact_id] = form
    form.show()
    form.raise_()
    form.activateWindow()
    return form


def new_contact(ctx: AppContext, parent: QWidget | None = None) -> ContactForm:
    form = ContactForm(ctx, None, parent)
    form.show()
    return form


def screenshot_widget(ctx: AppContext, arg: str, window: QWidget) -> QWidget:
    """``salesdesk screenshot contact:ID``."""
    try:
        contact_id = int(arg)
    except ValueError:
        raise UserError(
            QCoreApplication.translate("ContactForm", "Give a contact number: contact:ID")
        ) from None
    form = ContactForm(ctx, contact_id, window)
    form.check_duplicates()
    form.resize(1120, 760)
    return form


__all__ = ["ContactForm", "MergeDialog", "open_contact"]


def screenshot_erase(ctx: AppContext, arg: str, window: QWidget) -> QWidget:
    """``salesdesk screenshot erase:ID``: the question before erasing a contact."""
    form = screenshot_widget(ctx, arg, window)
    assert isinstance(form, ContactForm)
    box = form.erase_box(len(erasure.person_backups(ctx.db, int(arg))))
    box.adjustSize()
    return box
