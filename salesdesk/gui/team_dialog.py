"""Team members in the window: the "Team members" dialog and the first start's "Who are you?".

Both call ``salesdesk.crm.owners``, the same rules as ``salesdesk owners``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import owners
from salesdesk.db.models import Owner
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TeamDialog(QDialog):
    """Add, rename, set initials and colour, deactivate (with hand-over), and "this is me"."""

    COL_NAME, COL_INITIALS, COL_LEADS, COL_STATE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Team members"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The people who sell. Leads, follow-ups and imports are given to them; "
                "“me” is the person at this computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Initials"), self.tr("Open leads"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (self.COL_INITIALS, self.COL_LEADS, self.COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self._rename())
        body.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.initials_button = QPushButton(self.tr("&Initials…"))
        self.color_button = QPushButton(self.tr("&Colour…"))
        self.me_button = QPushButton(self.tr("This is &me"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.activate_button = QPushButton(self.tr("Ac&tivate"))
        for button, slot in (
            (self.add_button, self._add),
            (self.rename_button, self._rename),
            (self.initials_button, self._initials),
            (self.color_button, self._color),
            (self.me_button, self._me),
            (self.deactivate_button, self._deactivate),
            (self.activate_button, self._activate),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.changed = False
        self._load()

    # -- data ---------------------------------------------------------------------------------
    def _load(self, select_id: int | None = None) -> None:
        with self.ctx.db.session() as session:
            self.members = owners.members(session)
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            name = QTableWidgetItem(_swatch(m.color), m.name + (self.tr(" (me)") if m.me else ""))
            name.setData(Qt.ItemDataRole.UserRole, m.id)
            cells = [
                name,
                QTableWidgetItem(m.initials),
                QTableWidgetItem(self.ctx.number(m.open_leads)),
                QTableWidgetItem(self.tr("Active") if m.active else self.tr("Inactive")),
            ]
            cells[self.COL_LEADS].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            for col, item in enumerate(cells):
                if not m.active:
                    item.setForeground(QColor("#777777"))
                self.table.setItem(row, col, item)
            if m.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), self.COL_NAME).data(Qt.ItemDataRole.UserRole))

    def _selected_member(self) -> owners.Member | None:
        wanted = self.selected_id()
        return next((m for m in self.members if m.id == wanted), None)

    def _update_buttons(self) -> None:
        member = self._selected_member()
        for button in (self.rename_button, self.initials_button, self.color_button):
            button.setEnabled(member is not None)
        self.me_button.setEnabled(member is not None and member.active and not member.me)
        self.deactivate_button.setEnabled(member is not None and member.active)
        self.activate_button.setEnabled(member is not None and not member.active)

    def _apply(self, change: object, select_id: int | None = None) -> bool:
        """Run ``change(session)`` in one transaction; a rule's refusal becomes a message."""
        try:
            with self.ctx.db.transaction() as session:
                change(session)  # type: ignore[operator]
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.changed = True
        self._load(select_id if select_id is not None else self.selected_id())
        self.ctx.bus.dataChanged.emit("owners")
        return True

    # -- actions ------------------------------------------------------------------------------
    def _add(self) -> None:
        dialog = MemberDialog(self, title=self.tr("Add a team member"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        created: list[int] = []

        def change(session: object) -> None:
            owner = owners.add(session, dialog.name(), initials=dialog.initials())  # type: ignore[arg-type]
            created.append(owner.id)

        if not self._apply(change):
            return
        if created:
            self._load(created[0])

    def _rename(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("New name for {name}:").format(name=member.name),
            text=member.name,
        )
        if ok:
            self._apply(lambda s: owners.rename(s, s.get(Owner, member.id), text), member.id)

    def _initials(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Initials"),
            self.tr("Initials for {name}:").format(name=member.name),
            text=member.initials,
        )
        if ok:
            self._apply(lambda s: owners.set_initials(s.get(Owner, member.id), text), member.id)

    def _color(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        color = QColorDialog.getColor(
            QColor(member.color), self, self.tr("Colour for {name}").format(name=member.name)
        )
        if color.isValid():
            self._apply(lambda s: owners.set_color(s.get(Owner, member.id), color.name()), member.id)

    def _me(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._apply(lambda s: owners.set_me(s, member.id), member.id)

    def _deactivate(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        others = [m for m in self.members if m.active and m.id != member.id]
        dialog = HandOverDialog(self, member, others)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        hand_to = dialog.hand_to_id()
        self._apply(
            lambda s: owners.deactivate(
                s, s.get(Owner, member.id), hand_to=s.get(Owner, hand_to) if hand_to is not None else None
            ),
            member.id,
        )

    def _activate(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._apply(lambda s: owners.reactivate(s.get(Owner, member.id)), member.id)


class MemberDialog(QDialog):
    """Name and initials of a new team member (also the first start's "Who are you?")."""

    def __init__(self, parent: QWidget | None, *, title: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(owners.MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(4)
        self.initials_edit.setPlaceholderText(self.tr("e.g. AV"))
        self.name_edit.textChanged.connect(self._suggest_initials)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Initials:"), self.initials_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._initials_typed = False
        self.initials_edit.textEdited.connect(lambda _t: setattr(self, "_initials_typed", True))
        self._suggest_initials("")

    def _suggest_initials(self, text: str) -> None:
        ok = bool(text.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not self._initials_typed:
            self.initials_edit.setText(owners.initials_from(text) if ok else "")

    def name(self) -> str:
        return self.name_edit.text()

    def initials(self) -> str:
        return self.initials_edit.text()

    def accept(self) -> None:
        try:
            owners.clean_name(self.name())
            if self.initials().strip():
                owners.clean_initials(self.initials())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()


class HandOverDialog(QDialog):
    """Deactivate a member: keep their leads, or give the open ones to someone else."""

    def __init__(self, parent: QWidget | None, member: owners.Member, others: list[owners.Member]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deactivate {name}").format(name=member.name))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "{name} will no longer be offered for new leads. Their {count} open leads and their "
                "open follow-ups can stay with them or go to someone else; won and lost deals stay theirs."
            ).format(name=member.name, count=member.open_leads)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Nobody: the leads stay with {name}").format(name=member.name), None)
        for other in others:
            self.combo.addItem(other.name, other.id)
        if others and member.open_leads:
            self.combo.setCurrentIndex(1)
        form.addRow(self.tr("&Hand open leads to:"), self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Deactivate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def hand_to_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None


class WhoAreYouDialog(QDialog):
    """First start: pick yourself from the team, or add yourself."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "SalesDesk gives your new leads and follow-ups to you and shows “my” leads first. "
                "This choice is kept on this computer only."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        with ctx.db.session() as session:
            self.members = owners.members(session, include_inactive=False)
        form = QFormLayout()
        self.combo = QComboBox()
        for m in self.members:
            self.combo.addItem(f"{m.name} ({m.initials})", m.id)
        self.combo.addItem(self.tr("Someone new…"), None)
        form.addRow(self.tr("I am:"), self.combo)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(owners.MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(4)
        self.initials_edit.setPlaceholderText(self.tr("e.g. AV"))
        self.name_edit.textChanged.connect(self._suggest)
        self.initials_edit.textEdited.connect(lambda _t: setattr(self, "_typed", True))
        self._typed = False
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Initials:"), self.initials_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.chosen_id: int | None = None
        self.combo.currentIndexChanged.connect(self._update)
        self._update()
        (self.name_edit if not self.members else self.combo).setFocus()

    def _new(self) -> bool:
        return self.combo.currentData() is None

    def _update(self) -> None:
        new = self._new()
        self.name_edit.setEnabled(new)
        self.initials_edit.setEnabled(new)
        self._suggest(self.name_edit.text())

    def _suggest(self, text: str) -> None:
        ok = not self._new() or bool(text.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not self._typed:
            self.initials_edit.setText(owners.initials_from(text) if text.strip() else "")

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                if self._new():
                    owner = owners.add(session, self.name_edit.text(), initials=self.initials_edit.text())
                    owner_id = owner.id
                else:
                    owner_id = int(self.combo.currentData())
                owners.set_me(session, owner_id)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.chosen_id = owner_id
        self.ctx.bus.dataChanged.emit("owners")
        super().accept()


def open_team(window: QWidget) -> None:
    """Action handler: Settings → Team members…"""
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    TeamDialog(ctx, window).exec()


def ask_who_you_are(ctx: AppContext, parent: QWidget | None) -> int | None:
    """First start (nobody is "me" on this computer): ask once; None when put off."""
    with ctx.db.session() as session:
        if not owners.needs_introduction(session):
            return None
    dialog = WhoAreYouDialog(ctx, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_id
    return None
