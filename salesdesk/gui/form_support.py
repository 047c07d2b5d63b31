"""Pieces shared by the lead and contact forms: a contact picker with completion, the
timeline model, combo helpers, the unsaved-changes prompt, and the small dialogs (note,
follow-up; won and lost are in ``gui/close_dialogs.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, or_, select

from salesdesk.crm import labels
from salesdesk.crm.clock import local_today
from salesdesk.crm.timeline import Entry
from salesdesk.db import search_index
from salesdesk.db.enums import FollowUpKind
from salesdesk.db.models import Contact, Owner
from salesdesk.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default "parent" of flat models


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fill_combo(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


def owner_items(ctx: AppContext, none_text: str) -> list[tuple[Any, str]]:
    with ctx.db.session() as s:
        owners = s.execute(select(Owner.id, Owner.name).where(Owner.active).order_by(Owner.name)).all()
    return [(None, none_text), *[(oid, name) for oid, name in owners]]


def may_close(form: QWidget, dirty: bool, question: str, save: Callable[[], bool]) -> bool:
    """The forms' "save your changes?" prompt: True when ``form`` may close (nothing
    unsaved, saved now, or discarded by the user)."""
    if not dirty:
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        form,
        form.windowTitle().replace("[*]", ""),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return save()
    return answer == buttons.Discard


def mark_invalid(widget: QWidget, message: str) -> None:
    """Mark a field: red frame (stylesheet property), the message as tooltip and status tip."""
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ContactPicker(QObject):
    """Completion over contacts for a line edit: type a few letters, pick "Name — Org".

    ``contact_id`` is the picked contact (None when the text names no existing contact).
    """

    picked = Signal(object)

    def __init__(self, ctx: AppContext, edit: QLineEdit, *, organizations_only: bool = False) -> None:
        super().__init__(edit)
        self.ctx = ctx
        self.edit = edit
        self.organizations_only = organizations_only
        self.contact_id: int | None = None
        self._by_text: dict[str, int] = {}
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._on_edited)
        self.completer.activated[str].connect(self._on_activated)

    def set_contact(self, contact_id: int | None, text: str) -> None:
        self.contact_id = contact_id
        if contact_id is not None:
            self._by_text[text] = contact_id
        self.edit.setText(text)

    def _on_edited(self, text: str) -> None:
        self.contact_id = self._by_text.get(text)
        if len(text.strip()) >= 2:
            self.model.setStringList(self._lookup(text))
        self.picked.emit(self.contact_id)

    def _on_activated(self, text: str) -> None:
        self.contact_id = self._by_text.get(text)
        self.picked.emit(self.contact_id)

    def _lookup(self, text: str, limit: int = 25) -> list[str]:
        org = select(Contact.id, Contact.name).subquery()
        with self.ctx.db.session() as s:
            query = (
                select(Contact.id, Contact.name, org.c.name, Contact.email)
                .outerjoin(org, Contact.organization_id == org.c.id)
                .where(
                    or_(
                        Contact.name.ilike(f"%{text.strip()}%"),
                        Contact.id.in_(search_index.matching_ids(s, "contact", text)),
                    )
                )
                .order_by(func.length(Contact.name), Contact.name)
                .limit(limit)
            )
            if self.organizations_only:
                query = query.where(Contact.kind == "organization")
            rows = s.execute(query).all()
        out = []
        for cid, name, org_name, email in rows:
            shown = name + (f" — {org_name}" if org_name else "") + (f" <{email}>" if email else "")
            if shown in self._by_text and self._by_text[shown] != cid:
                shown += f" #{cid}"
            self._by_text[shown] = cid
            out.append(shown)
        return out


def contact_display(session: Any, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return ""
    org = contact.organization.name if contact.organization else ""
    return contact.name + (f" — {org}" if org else "") + (f" <{contact.email}>" if contact.email else "")


class TimelineModel(QAbstractListModel):
    """The timeline of a lead as plain rows (time, kind, text)."""

    COLORS = {"planned": "#0b3d91", "note": "#1d2739", "stage": "#4a5568", "followup": "#2f6f3e"}

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.ctx.datetime_text(e.when)}\n{e.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(self.COLORS.get(e.kind, "#1d2739"))
        if role == Qt.ItemDataRole.UserRole:
            return e.kind
        return None


# --- small dialogs ----------------------------------------------------------------------


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class NoteDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add note"), parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setMinimumSize(420, 140)
        self.form.addRow(self.text)
        self.resize(460, 240)

    def body(self) -> str:
        return self.text.toPlainText().strip()


class FollowUpDialog(_Dialog):
    def __init__(self, default_title: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add follow-up"), parent)
        self.kind = QComboBox()
        fill_combo(self.kind, labels.choices(FollowUpKind))
        self.title = QLineEdit(default_title)
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        tomorrow = local_today() + timedelta(days=1)
        self.due.setDate(to_qdate(tomorrow))
        self.due.setTime(QTime(9, 0))
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.resize(420, 200)

    def due_at(self) -> datetime:
        d = self.due.date()
        t = self.due.time()
        return datetime.combine(from_qdate(d), time(t.hour(), t.minute())).astimezone()
