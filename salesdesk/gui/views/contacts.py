"""The Contacts view: people and organizations with search, the article 14 notices due,
opening the contact form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import contact_list as cl
from salesdesk.crm import privacy
from salesdesk.crm.clock import local_date
from salesdesk.crm.validation import display_phone
from salesdesk.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default "parent" of flat models
PAGE = 200


class ContactTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = cl.ContactFilter()
        self.sort_key = "name"
        self.descending = False
        self.ids: list[int] = []
        self.rows: list[cl.ContactRow] = []
        self._loaded = False

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        with self.ctx.db.session() as s:
            self.ids = cl.ordered_ids(s, self.filter, self.sort_key, self.descending)
            self.rows = cl.rows(s, self.ids[:PAGE])
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < len(self.ids)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        start = len(self.rows)
        with self.ctx.db.session() as s:
            more = cl.rows(s, self.ids[start : start + PAGE])
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(cl.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(cl.COLUMNS):
            return QCoreApplication.translate("ContactTable", cl.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = cl.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "phone":
                return display_phone(row.phone)
            if key == "customer_since":
                return self.ctx.date_text(row.customer_since)
            if key == "created_at":
                return self.ctx.date_text(local_date(row.created_at)) if row.created_at else ""
            if key == "leads":
                return str(row.leads)
            return str(getattr(row, key) or "")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "leads":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key == "name" and row.kind == "organization":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key == "name" and row.customer_since is not None:
            return QColor("#2f6f3e")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(cl.COLUMNS):
            key, descending = cl.COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
            changed = (key, descending) != (self.sort_key, self.descending)
            self.sort_key, self.descending = key, descending
            # Before the first load the view is only announcing its order: the load comes next.
            if self._loaded and changed:
                self.reload()


class ContactsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ContactTableModel(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contacts…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._changed)
        self.search.textChanged.connect(lambda t: self._changed() if not t else None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("People and organizations"), "")
        self.kind.addItem(self.tr("People"), "person")
        self.kind.addItem(self.tr("Organizations"), "organization")
        self.customers = QCheckBox(self.tr("Customers only"))
        self.notices = QCheckBox(self.tr("Article 14 notices due"))
        self.notices.setToolTip(
            self.tr(
                "Contacts from purchased lists not informed of the processing within a month (GDPR art. 14)"
            )
        )
        for w in (self.kind,):
            w.currentIndexChanged.connect(self._changed)
        for c in (self.customers, self.notices):
            c.toggled.connect(self._changed)
        self.new_button = QPushButton(self.tr("New contact…"))
        self.new_button.clicked.connect(self.new_contact)
        self.informed_button = QPushButton(self.tr("Mark selected informed today"))
        self.informed_button.clicked.connect(self.mark_informed)
        bar.addWidget(self.search, 2)
        for w in (self.kind, self.customers, self.notices, self.informed_button, self.new_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 200), (1, 200), (2, 150), (3, 220), (4, 130), (5, 110), (6, 60)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open)
        enter = QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            activated=lambda: self._open(self.table.currentIndex()),
        )
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        ctx.bus.dataChanged.connect(
            lambda kind: self.refresh() if kind in ("contacts", "leads", "imports") else None
        )
        self._changed()

    def current_filter(self) -> cl.ContactFilter:
        return cl.ContactFilter(
            text=self.search.text().strip(),
            kind=self.kind.currentData() or "",
            customers_only=self.customers.isChecked(),
            notices_due=self.notices.isChecked(),
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def export_request(self) -> dict[str, Any]:
        """What "Export…" writes: the contacts the search and filters show, or the selected ones."""
        flt = self.model.filter  # what the list shows (not text typed but not yet searched)
        request: dict[str, Any] = {"kinds": ["contacts"], "scope": "contacts", "search": flt.text}
        if flt.kind or flt.customers_only or flt.notices_due:
            # kind, customers and overdue notices are the list's own filters: hand over its rows
            request["shown_contact_ids"] = list(self.model.ids)
        selected = self.selected_ids()
        if selected:
            request["contact_ids"] = selected
        return request

    def _changed(self, *_args: object) -> None:
        self.model.filter = self.current_filter()
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        text = self.tr("{count} contacts").format(count=self.ctx.locale.toString(len(self.model.ids)))
        if self.notices.isChecked():
            text = self.tr("{count} contacts whose article 14 notice is overdue").format(
                count=self.ctx.locale.toString(len(self.model.ids))
            )
        self.count_label.setText(text)
        self.informed_button.setVisible(self.notices.isChecked())

    def apply_search(self, text: str) -> None:
        self.search.setText(text)
        self._changed()

    def apply_filters(self, filters: dict[str, Any]) -> None:
        self.notices.setChecked(bool(filters.get("notices_due")))
        self.customers.setChecked(bool(filters.get("customers_only")))
        self._changed()

    def _open(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.ctx.bus.openContact.emit(int(contact_id))

    def new_contact(self) -> None:
        from salesdesk.gui.contact_form import new_contact

        new_contact(self.ctx, self.window())

    def mark_informed(self) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(
                self, self.tr("Contacts"), self.tr("Select the contacts you have informed.")
            )
            return
        with self.ctx.db.transaction() as s:
            privacy.mark_informed(s, ids)
        self.ctx.bus.dataChanged.emit("contacts")


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ContactsView(ctx, parent)
