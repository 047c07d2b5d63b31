"""The Referrals view: referrers and their figures, each referral's thank-you and reward,
the referral chains, and the customers to ask for referrals.

Everything it shows comes from ``salesdesk.crm.referrals`` as plain rows (no live ORM
objects in the models); every change goes through the same functions as the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import referrals as rules
from salesdesk.crm.clock import local_today
from salesdesk.crm.labels import label
from salesdesk.db.enums import StageKind, ThanksStatus
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.referral_dialogs import (
    AddReferralDialog,
    ReferredByDialog,
    ThanksDialog,
    to_date,
    to_qdate,
)
from salesdesk.i18n import QT_TRANSLATE_NOOP

CTX = "ReferralsView"
Index = QModelIndex | QPersistentModelIndex
WON_COLOR = QColor("#1a7f37")
LOST_COLOR = QColor("#6b7280")
TODO_COLOR = QColor("#b54708")
_ROOT = QModelIndex()
REFRESH_KINDS = {"leads", "contacts", "referrals", "followups", "stages", "imports", "settings"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# ----------------------------------------------------------------------------- models


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows: sorted and filtered here, handed to the view in pages."""

    PAGE = 400
    COLUMNS: Sequence[str] = ()
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._shown = 0
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.strip().casefold()
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        rows = self._all
        if self._filter:
            rows = [r for r in rows if self._filter in self.search_text(r).casefold()]
        if self._sort is not None:
            column, order = self._sort
            keyed = [(self._key(r, column), i, r) for i, r in enumerate(rows)]
            keyed.sort(key=lambda t: (t[0], t[1]), reverse=order == Qt.SortOrder.DescendingOrder)
            rows = [r for _k, _i, r in keyed]
        self._rows = list(rows)
        self._shown = min(self.PAGE, len(self._rows))

    def _key(self, row: Any, column: int) -> tuple[int, Any]:
        value = self.sort_value(row, column)
        if value is None or value == "":
            return (1, "")
        if isinstance(value, str):
            return (0, value.casefold())
        return (0, value)

    def row_at(self, index: Index) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        return self._rows[index.row()]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def all_rows(self) -> list[Any]:
        return list(self._all)

    # -- to override
    def search_text(self, row: Any) -> str:
        return ""

    def display(self, row: Any, column: int) -> str:
        return ""

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # -- Qt
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(self.PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self.NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        shown = self._shown
        self._arrange()
        self._shown = min(max(shown, self._shown), len(self._rows))
        self.layoutChanged.emit()


class ReferrersModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralsView", "Referrer"),
        QT_TRANSLATE_NOOP("ReferralsView", "Referrals"),
        QT_TRANSLATE_NOOP("ReferralsView", "Open"),
        QT_TRANSLATE_NOOP("ReferralsView", "Won"),
        QT_TRANSLATE_NOOP("ReferralsView", "Lost"),
        QT_TRANSLATE_NOOP("ReferralsView", "Won value"),
        QT_TRANSLATE_NOOP("ReferralsView", "Conversion"),
        QT_TRANSLATE_NOOP("ReferralsView", "Last referral"),
        QT_TRANSLATE_NOOP("ReferralsView", "Thank-you"),
    )
    NUMERIC = frozenset({1, 2, 3, 4, 5, 6, 7})

    def search_text(self, row: rules.ReferrerFigures) -> str:
        return f"{row.name} {row.organization}"

    def display(self, row: rules.ReferrerFigures, column: int) -> str:
        ctx = self.ctx
        match column:
            case 0:
                return f"{row.name} ({row.organization})" if row.organization else row.name
            case 1:
                return ctx.number(row.referrals)
            case 2:
                return ctx.number(row.open)
            case 3:
                return ctx.number(row.won)
            case 4:
                return ctx.number(row.lost)
            case 5:
                return ctx.money(row.won_value_cents)
            case 6:
                return ctx.percent(row.conversion_rate)
            case 7:
                return ctx.date_text(row.last_referred_on)
            case 8:
                return thanks_summary(row)
        return ""

    def sort_value(self, row: rules.ReferrerFigures, column: int) -> Any:
        values: dict[int, Any] = {
            1: row.referrals,
            2: row.open,
            3: row.won,
            4: row.lost,
            5: row.won_value_cents,
            6: row.conversion_rate,
            7: row.last_referred_on,
            8: (row.not_thanked, row.thanked),
        }
        return values.get(column, self.display(row, column))

    def foreground(self, row: rules.ReferrerFigures, column: int) -> QColor | None:
        if column == 8 and row.not_thanked:
            return TODO_COLOR
        return None

    def tooltip(self, row: rules.ReferrerFigures, column: int) -> str | None:
        if column == 8:
            return QCoreApplication.translate(
                "ReferralsView", "{none} not thanked, {thanked} thanked, {rewarded} rewarded"
            ).format(none=row.not_thanked, thanked=row.thanked, rewarded=row.rewarded)
        if column == 6:
            return QCoreApplication.translate("ReferralsView", "Won referrals out of all referrals made")
        if column == 0:
            text = self.display(row, 0)
            if row.is_customer:
                text += " · " + QCoreApplication.translate("ReferralsView", "Customer")
            return text
        return None


def thanks_summary(row: rules.ReferrerFigures) -> str:
    if row.not_thanked:
        if row.not_thanked == row.referrals:
            return QCoreApplication.translate("ReferralsView", "Not thanked")
        return QCoreApplication.translate("ReferralsView", "{count} not thanked").format(
            count=row.not_thanked
        )
    return label(row.thanks_status)


class ReferralsModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralsView", "Date"),
        QT_TRANSLATE_NOOP("ReferralsView", "Referrer"),
        QT_TRANSLATE_NOOP("ReferralsView", "Referred"),
        QT_TRANSLATE_NOOP("ReferralsView", "Lead"),
        QT_TRANSLATE_NOOP("ReferralsView", "Stage"),
        QT_TRANSLATE_NOOP("ReferralsView", "Value"),
        QT_TRANSLATE_NOOP("ReferralsView", "Thank-you"),
        QT_TRANSLATE_NOOP("ReferralsView", "Reward"),
    )
    NUMERIC = frozenset({5})

    def search_text(self, row: rules.ReferralRow) -> str:
        return f"{row.referrer} {row.referred} {row.organization} {row.lead_title} {row.reward}"

    def display(self, row: rules.ReferralRow, column: int) -> str:
        match column:
            case 0:
                return self.ctx.date_text(row.referred_on)
            case 1:
                return row.referrer
            case 2:
                return f"{row.referred} ({row.organization})" if row.organization else row.referred
            case 3:
                return row.lead_title
            case 4:
                return (
                    row.stage
                    if row.lead_id is not None
                    else QCoreApplication.translate("ReferralsView", "(lead removed)")
                )
            case 5:
                return self.ctx.money(row.value_cents, row.currency) if row.lead_id is not None else ""
            case 6:
                return thanks_text(self.ctx, row)
            case 7:
                return row.reward
        return ""

    def sort_value(self, row: rules.ReferralRow, column: int) -> Any:
        if column == 0:
            return row.referred_on
        if column == 5:
            return row.value_cents
        if column == 6:
            return ["none", "thanked", "rewarded"].index(row.thanks_status) if row.thanks_status else 0
        return self.display(row, column)

    def foreground(self, row: rules.ReferralRow, column: int) -> QColor | None:
        if column == 4:
            if row.stage_kind == StageKind.WON:
                return WON_COLOR
            if row.stage_kind == StageKind.LOST:
                return LOST_COLOR
        if column == 6 and row.thanks_status == ThanksStatus.NONE and row.stage_kind == StageKind.WON:
            return TODO_COLOR
        return None

    def tooltip(self, row: rules.ReferralRow, column: int) -> str | None:
        if column == 6 and row.thanks_note:
            return row.thanks_note
        if column in (2, 3) and row.note:
            return row.note
        return None


def thanks_text(ctx: AppContext, row: rules.ReferralRow) -> str:
    if row.thanks_status == ThanksStatus.REWARDED:
        return QCoreApplication.translate("ReferralsView", "Rewarded {date}").format(
            date=ctx.date_text(row.rewarded_on)
        )
    if row.thanks_status == ThanksStatus.THANKED:
        return QCoreApplication.translate("ReferralsView", "Thanked {date}").format(
            date=ctx.date_text(row.thanked_on)
        )
    if row.thank_followup == "open":
        return QCoreApplication.translate("ReferralsView", "Not thanked (follow-up planned)")
    return QCoreApplication.translate("ReferralsView", "Not thanked")


class AskModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralsView", "Customer"),
        QT_TRANSLATE_NOOP("ReferralsView", "Latest win"),
        QT_TRANSLATE_NOOP("ReferralsView", "Won deals"),
        QT_TRANSLATE_NOOP("ReferralsView", "Won value"),
        QT_TRANSLATE_NOOP("ReferralsView", "Referrals made"),
        QT_TRANSLATE_NOOP("ReferralsView", "Last asked"),
        QT_TRANSLATE_NOOP("ReferralsView", "Ask planned"),
    )
    NUMERIC = frozenset({1, 2, 3, 4, 5, 6})

    def search_text(self, row: rules.AskRow) -> str:
        return f"{row.name} {row.organization}"

    def display(self, row: rules.AskRow, column: int) -> str:
        ctx = self.ctx
        match column:
            case 0:
                return f"{row.name} ({row.organization})" if row.organization else row.name
            case 1:
                return ctx.date_text(row.won_on)
            case 2:
                return ctx.number(row.won_deals)
            case 3:
                return ctx.money(row.won_value_cents)
            case 4:
                return ctx.number(row.referrals_made)
            case 5:
                if row.last_asked_on:
                    return ctx.date_text(row.last_asked_on)
                return QCoreApplication.translate("ReferralsView", "Never")
            case 6:
                return ctx.date_text(row.planned_on)
        return ""

    def sort_value(self, row: rules.AskRow, column: int) -> Any:
        values: dict[int, Any] = {
            1: row.won_on,
            2: row.won_deals,
            3: row.won_value_cents,
            4: row.referrals_made,
            5: row.last_asked_on,
            6: row.planned_on,
        }
        return values.get(column, self.display(row, column))


class _ChainItem:
    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: rules.ChainNode, parent: _ChainItem | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children = [_ChainItem(child, self, i) for i, child in enumerate(node.children)]


class ChainModel(QAbstractItemModel):
    """The referral chains as a tree: contact, stage, value, referral date."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferralsView", "Contact"),
        QT_TRANSLATE_NOOP("ReferralsView", "Stage"),
        QT_TRANSLATE_NOOP("ReferralsView", "Value"),
        QT_TRANSLATE_NOOP("ReferralsView", "Referred on"),
    )
    IDS_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._roots: list[_ChainItem] = []

    def set_forest(self, forest: Sequence[rules.ChainNode]) -> None:
        self.beginResetModel()
        self._roots = [_ChainItem(node, None, i) for i, node in enumerate(forest)]
        self.endResetModel()

    def _item(self, index: Index) -> _ChainItem | None:
        if not index.isValid():
            return None
        item = index.internalPointer()
        return item if isinstance(item, _ChainItem) else None

    def _children(self, parent: Index) -> list[_ChainItem]:
        item = self._item(parent)
        return self._roots if item is None else item.children

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < len(self.COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        item = self._item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        node = item.node
        column = index.column()
        root = node.referral_id is None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.name
            if column == 1:
                if root:
                    return QCoreApplication.translate("ReferralsView", "Customer") if node.is_customer else ""
                return (
                    node.stage
                    if node.lead_id is not None
                    else QCoreApplication.translate("ReferralsView", "(lead removed)")
                )
            if column == 2:
                if root:
                    return self.ctx.money(node.value_cents, node.currency) if node.value_cents else ""
                return self.ctx.money(node.value_cents, node.currency) if node.lead_id is not None else ""
            if column == 3:
                return self.ctx.date_text(node.referred_on)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not root:
            if node.stage_kind == StageKind.WON:
                return QBrush(WON_COLOR)
            if node.stage_kind == StageKind.LOST:
                return QBrush(LOST_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and root and column == 0:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and root and column == 2:
            return QCoreApplication.translate("ReferralsView", "Won value of their own deals")
        if role == self.IDS_ROLE:
            return (node.contact_id, node.lead_id)
        return None

    def find(self, contact_id: int) -> QModelIndex:
        """The first node of this contact (depth first), or an invalid index."""
        stack = list(reversed(self._roots))
        while stack:
            item = stack.pop()
            if item.node.contact_id == contact_id:
                return self.createIndex(item.row, 0, item)
            stack.extend(reversed(item.children))
        return QModelIndex()


# ----------------------------------------------------------------------------- the view


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicatorShown(True)
    header.setResizeContentsPrecision(60)  # size columns from the first rows, not thousands
    return table


def fit_columns(table: QTableView, caps: dict[int, int]) -> None:
    """Size columns to their contents (names capped, so that every column fits)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        width = table.columnWidth(column) + 4
        table.setColumnWidth(column, min(max(width, 56), caps.get(column, 200)))


class SummaryCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4a5568;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class ReferralsView(QWidget):
    PERIODS = (
        (rules.Period.ALL, QT_TRANSLATE_NOOP("ReferralsView", "All time")),
        (rules.Period.THIS_MONTH, QT_TRANSLATE_NOOP("ReferralsView", "This month")),
        (rules.Period.LAST_90_DAYS, QT_TRANSLATE_NOOP("ReferralsView", "Last 90 days")),
        (rules.Period.THIS_YEAR, QT_TRANSLATE_NOOP("ReferralsView", "This year")),
        (rules.Period.LAST_YEAR, QT_TRANSLATE_NOOP("ReferralsView", "Last year")),
        ("custom", QT_TRANSLATE_NOOP("ReferralsView", "Between dates…")),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._selected_referrer: int | None = None
        self.dialog: Any = None  # the dialog opened last (tests reach it here)
        self._ready = False
        self._build()
        self._ready = True
        ctx.bus.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # -- building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        title = QLabel(self.tr("Referrals"))
        title.setProperty("role", "title")
        subtitle = QLabel(self.tr("Who refers the most and the best, and who still needs a thank-you."))
        subtitle.setProperty("role", "subtitle")
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top.addLayout(heading, 1)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for code, text in self.PERIODS:
            self.period_combo.addItem(tr(text), str(code))
        self.period_combo.setToolTip(self.tr("Count the referrals made in this period"))
        self.from_edit = QDateEdit()
        self.until_edit = QDateEdit()
        today = local_today()
        for edit in (self.from_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.ctx.locale.dateFormat(self.ctx.locale.FormatType.ShortFormat))
            edit.hide()
            edit.dateChanged.connect(self._on_period)
        self.from_edit.setDate(to_qdate(today.replace(month=1, day=1)))
        self.until_edit.setDate(to_qdate(today))
        self.period_combo.currentIndexChanged.connect(self._on_period)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self.add_button = QPushButton(QIcon(":/icons/add.svg"), self.tr("Add a referral…"))
        self.add_button.setObjectName("addReferral")
        self.add_button.setProperty("role", "primary")
        self.add_button.setToolTip(self.tr("A referred person and their lead in one step"))
        self.add_button.clicked.connect(self.add_referral)
        self.record_button = QPushButton(self.tr("Referral for a lead…"))
        self.record_button.setObjectName("recordReferral")
        self.record_button.setProperty("role", "secondary")
        self.record_button.setToolTip(self.tr("Record who referred a lead that is already in SalesDesk"))
        self.record_button.clicked.connect(self.record_for_lead)
        for widget in (period_label, self.period_combo, self.from_edit, self.until_edit):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(12)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)

        cards = QHBoxLayout()
        self.card_referrals = SummaryCard(self.tr("referrals"))
        self.card_won = SummaryCard(self.tr("won"))
        self.card_conversion = SummaryCard(self.tr("conversion"))
        self.card_value = SummaryCard(self.tr("won value"))
        self.card_thanks = SummaryCard(self.tr("waiting for a thank-you"))
        for card in (
            self.card_referrals,
            self.card_won,
            self.card_conversion,
            self.card_value,
            self.card_thanks,
        ):
            cards.addWidget(card)
        outer.addLayout(cards)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("referralTabs")
        self.tabs.addTab(self._build_referrers_tab(), QIcon(":/icons/referrals.svg"), self.tr("Referrers"))
        self.tabs.addTab(self._build_chains_tab(), self.tr("Chains"))
        self.tabs.addTab(self._build_ask_tab(), self.tr("Ask for referrals"))
        outer.addWidget(self.tabs, 1)

    def _build_referrers_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        offer = QHBoxLayout()
        self.offer_label = QLabel()
        self.offer_label.setObjectName("thankOffer")
        self.offer_label.setStyleSheet("color: #b54708; font-weight: 600;")
        self.offer_button = QPushButton(self.tr("Plan thank-you follow-ups"))
        self.offer_button.setObjectName("planThanks")
        self.offer_button.clicked.connect(self.plan_offered_thanks)
        offer.addWidget(self.offer_label, 1)
        offer.addWidget(self.offer_button)
        layout.addLayout(offer)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.referrers_model = ReferrersModel(self.ctx, self)
        self.referrers_table = _table(self.referrers_model, "referrersTable")
        self.referrers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrers_table.selectionModel().currentRowChanged.connect(self._on_referrer_selected)
        self.referrers_table.activated.connect(self._open_referrer)
        self.referrers_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        splitter.addWidget(self.referrers_table)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.referrals_caption = QLabel()
        self.referrals_caption.setStyleSheet("font-weight: 600;")
        self.waiting_check = QCheckBox(self.tr("Only those waiting for a thank-you"))
        self.waiting_check.setObjectName("waitingOnly")
        self.waiting_check.toggled.connect(lambda _on: self._load_referrals())
        self.thank_button = QPushButton(self.tr("Thank or reward…"))
        self.thank_button.setObjectName("thankButton")
        self.thank_button.clicked.connect(self.thank_selected)
        self.followup_button = QPushButton(self.tr("Plan thank-you follow-up"))
        self.followup_button.setObjectName("followupButton")
        self.followup_button.clicked.connect(self.plan_selected_thanks)
        self.open_lead_button = QPushButton(self.tr("Open lead"))
        self.open_lead_button.clicked.connect(self._open_selected_referral)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("removeReferral")
        self.remove_button.setToolTip(self.tr("Forget this referral (the lead and the contacts stay)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.show_all_button = QPushButton(self.tr("Show all referrers"))
        self.show_all_button.setObjectName("showAll")
        self.show_all_button.setFlat(True)
        self.show_all_button.setStyleSheet("color: #1f6feb; text-decoration: underline;")
        self.show_all_button.clicked.connect(lambda: self.select_referrer(None))
        self.show_all_button.hide()
        bar.addWidget(self.referrals_caption)
        bar.addWidget(self.show_all_button)
        bar.addStretch(1)
        for widget in (
            self.waiting_check,
            self.thank_button,
            self.followup_button,
            self.open_lead_button,
            self.remove_button,
        ):
            bar.addWidget(widget)
        bottom_layout.addLayout(bar)
        self.referrals_model = ReferralsModel(self.ctx, self)
        self.referrals_table = _table(self.referrals_model, "referralsTable")
        self.referrals_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.referrals_table.activated.connect(lambda _i: self._open_selected_referral())
        self.referrals_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.referrals_table.customContextMenuRequested.connect(self._referral_menu)
        self.referrals_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        bottom_layout.addWidget(self.referrals_table)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 260])
        layout.addWidget(splitter, 1)

        self.auto_check = QCheckBox(
            self.tr('Plan a "thank the referrer" follow-up automatically when a referred lead is won')
        )
        self.auto_check.setObjectName("autoThank")
        self.auto_check.toggled.connect(self._on_auto_toggled)
        layout.addWidget(self.auto_check)
        return page

    def _build_chains_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        hint = QLabel(
            self.tr(
                "Who referred whom, and what became of it. A referred customer who refers others "
                "starts a new branch. Double-click to open the lead or the contact."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.chain_model = ChainModel(self.ctx, self)
        self.chain_tree = QTreeView()
        self.chain_tree.setObjectName("chainTree")
        self.chain_tree.setModel(self.chain_model)
        self.chain_tree.setAlternatingRowColors(True)
        self.chain_tree.setUniformRowHeights(True)
        self.chain_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.chain_tree.header()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.chain_tree.activated.connect(self._open_chain_index)
        layout.addWidget(self.chain_tree, 1)
        return page

    def _build_ask_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "Customers who have won a deal and have not been asked for a referral since. "
                "Ask them while they are happy."
            )
        )
        hint.setWordWrap(True)
        self.asked_button = QPushButton(self.tr("Mark as asked"))
        self.asked_button.setObjectName("markAsked")
        self.asked_button.clicked.connect(self.mark_selected_asked)
        self.ask_open_button = QPushButton(self.tr("Open contact"))
        self.ask_open_button.clicked.connect(self._open_selected_ask)
        self.ask_add_button = QPushButton(self.tr("They referred someone…"))
        self.ask_add_button.setToolTip(self.tr("Add the referral they gave (and mark them asked)"))
        self.ask_add_button.clicked.connect(self._add_from_ask)
        bar.addWidget(hint, 1)
        bar.addWidget(self.ask_open_button)
        bar.addWidget(self.ask_add_button)
        bar.addWidget(self.asked_button)
        layout.addLayout(bar)
        self.ask_model = AskModel(self.ctx, self)
        self.ask_table = _table(self.ask_model, "askTable")
        self.ask_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.ask_table.activated.connect(lambda _i: self._open_selected_ask())
        self.ask_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.ask_table, 1)
        return page

    # -- data
    def period(self) -> tuple[date | None, date | None]:
        code = str(self.period_combo.currentData())
        if code == "custom":
            return to_date(self.from_edit.date()), to_date(self.until_edit.date())
        return rules.period_range(code)

    def refresh(self) -> None:
        self._dirty = False
        since, until = self.period()
        planned = 0
        with self.ctx.db.transaction() as session:
            rules.sync_thanks_from_followups(session)
            auto = rules.auto_thank_enabled(session)
            if auto:
                planned = rules.sweep_auto_thanks(session)
        if planned:
            self.ctx.bus.dataChanged.emit("followups")
        with self.ctx.db.session() as session:
            figures = rules.referrer_figures(session, since, until)
            offers = rules.thank_offers(session)
            forest = rules.referral_forest(session)
            ask = rules.ask_list(session)
        self.auto_check.blockSignals(True)
        self.auto_check.setChecked(auto)
        self.auto_check.blockSignals(False)
        self.referrers_model.set_rows(figures)
        self._fill_cards(figures)
        self._fill_offers(len(offers))
        self._fill_tree(forest)
        self.ask_model.set_rows(ask)
        self.tabs.setTabText(
            2,
            self.tr("Ask for referrals ({count})").format(count=len(ask))
            if ask
            else self.tr("Ask for referrals"),
        )
        self._reselect_referrer()
        self._load_referrals()
        for table in (self.referrers_table, self.ask_table):
            fit_columns(table, {0: 260})

    def _fill_cards(self, figures: list[rules.ReferrerFigures]) -> None:
        made = sum(f.referrals for f in figures)
        won = sum(f.won for f in figures)
        self.card_referrals.value.setText(self.ctx.number(made))
        self.card_won.value.setText(self.ctx.number(won))
        self.card_conversion.value.setText(self.ctx.percent(won / made if made else None))
        self.card_value.value.setText(self.ctx.money(sum(f.won_value_cents for f in figures)))
        self.card_thanks.value.setText(self.ctx.number(sum(f.not_thanked for f in figures)))

    def _fill_offers(self, count: int) -> None:
        if count:
            self.offer_label.setText(
                self.tr(
                    "Won referrals without a thank-you yet: {count}. Thank the referrers while it is fresh."
                ).format(count=count)
            )
        self.offer_label.setVisible(bool(count))
        self.offer_button.setVisible(bool(count))

    def _fill_tree(self, forest: list[rules.ChainNode]) -> None:
        self.chain_model.set_forest(forest)
        size = sum(root.size() for root in forest)
        if size <= 600:
            self.chain_tree.expandAll()
        else:  # thousands of nodes: open the first levels, the rest on demand
            self.chain_tree.expandToDepth(1)
        for column in (1, 2, 3):
            self.chain_tree.resizeColumnToContents(column)

    def _reselect_referrer(self) -> None:
        wanted = self._selected_referrer
        if wanted is None:
            return
        for row, figures in enumerate(self.referrers_model.rows()):
            if figures.referrer_id == wanted:
                while row >= self.referrers_model.rowCount() and self.referrers_model.canFetchMore(
                    QModelIndex()
                ):
                    self.referrers_model.fetchMore(QModelIndex())
                self.referrers_table.selectRow(row)
                return
        self._selected_referrer = None

    def _load_referrals(self) -> None:
        since, until = self.period()
        with self.ctx.db.session() as session:
            rows = rules.list_referrals(
                session,
                since,
                until,
                referrer_id=self._selected_referrer,
                waiting_only=self.waiting_check.isChecked(),
            )
        self.referrals_model.set_rows(rows)
        name = next(
            (f.name for f in self.referrers_model.all_rows() if f.referrer_id == self._selected_referrer),
            None,
        )
        self.referrals_caption.setText(
            self.tr("Referrals made by {name}").format(name=name) if name else self.tr("All referrals")
        )
        self.show_all_button.setVisible(name is not None)
        fit_columns(self.referrals_table, {1: 200, 2: 260, 3: 200, 7: 200})
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_referral()
        self.thank_button.setEnabled(row is not None)
        self.open_lead_button.setEnabled(row is not None and row.lead_id is not None)
        self.remove_button.setEnabled(row is not None)
        self.followup_button.setEnabled(
            row is not None
            and row.lead_id is not None
            and row.thanks_status == ThanksStatus.NONE
            and row.thank_followup != "open"
        )
        has_ask = bool(self.ask_table.selectionModel().selectedRows())
        self.asked_button.setEnabled(has_ask)
        self.ask_open_button.setEnabled(has_ask)
        self.ask_add_button.setEnabled(has_ask)

    # -- reacting
    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def _on_period(self, *_args: Any) -> None:
        if not self._ready:
            return
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        if custom and self.from_edit.date() > self.until_edit.date():
            self.until_edit.setDate(self.from_edit.date())  # calls this again
            return
        self.refresh()

    def _on_referrer_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.referrers_model.row_at(current)
        new = row.referrer_id if row is not None else None
        if new != self._selected_referrer:
            self._selected_referrer = new
            self._load_referrals()

    def _on_auto_toggled(self, on: bool) -> None:
        with self.ctx.db.transaction() as session:
            rules.set_auto_thank(session, on)
        self.ctx.bus.statusMessage.emit(
            self.tr("Thank-you follow-ups will be planned automatically for referred leads won from now on.")
            if on
            else self.tr("Thank-you follow-ups are no longer planned automatically.")
        )

    # -- selection helpers
    def selected_referral(self) -> rules.ReferralRow | None:
        rows = self.referrals_table.selectionModel().selectedRows()
        return self.referrals_model.row_at(rows[0]) if rows else None

    def select_referrer(self, referrer_id: int | None) -> None:
        self._selected_referrer = referrer_id
        if referrer_id is None:
            self.referrers_table.selectionModel().clear()  # also forgets the current row
            self._load_referrals()
        else:
            self._reselect_referrer()
            self._load_referrals()
            found = self.chain_model.find(referrer_id)
            if found.isValid():
                self.chain_tree.setCurrentIndex(found)
                self.chain_tree.scrollTo(found)

    def selected_ask(self) -> list[rules.AskRow]:
        return [self.ask_model.row_at(i) for i in self.ask_table.selectionModel().selectedRows()]

    # -- actions
    def _show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Referrals"), str(error))

    def add_referral(self) -> AddReferralDialog:
        dialog = AddReferralDialog(self.ctx, self, referrer_id=self._selected_referrer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_for_lead(self) -> ReferredByDialog:
        dialog = ReferredByDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def thank_selected(self) -> ThanksDialog | None:
        row = self.selected_referral()
        if row is None:
            return None
        try:
            dialog = ThanksDialog(self.ctx, row.id, self)
        except UserError as error:
            self._show_error(error)
            self.refresh()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def plan_selected_thanks(self) -> None:
        row = self.selected_referral()
        if row is None:
            return
        self._plan_thanks([row.id])

    def plan_offered_thanks(self) -> None:
        with self.ctx.db.session() as session:
            ids = rules.thank_offers(session)
        self._plan_thanks(ids)

    def _plan_thanks(self, ids: list[int]) -> None:
        if not ids:
            return
        try:
            with self.ctx.db.transaction() as session:
                for referral_id in ids:
                    rules.plan_thank_followup(session, referral_id)
        except UserError as error:
            self._show_error(error)
            return
        self.ctx.bus.dataChanged.emit("followups")
        self.ctx.bus.statusMessage.emit(
            self.tr("Thank-you follow-ups planned for the next working day: {count}.").format(count=len(ids))
        )

    def remove_selected(self) -> None:
        row = self.selected_referral()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove referral"),
            self.tr("Forget that {referrer} referred {referred}? The lead and both contacts stay.").format(
                referrer=row.referrer, referred=row.referred
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.transaction() as session:
                rules.delete_referral(session, row.id)
        except UserError as error:
            self._show_error(error)
        self.ctx.bus.dataChanged.emit("referrals")

    def mark_selected_asked(self) -> None:
        rows = self.selected_ask()
        if not rows:
            return
        with self.ctx.db.transaction() as session:
            for row in rows:
                rules.mark_asked(session, row.contact_id)
        self.ctx.bus.dataChanged.emit("followups")
        self.ctx.bus.statusMessage.emit(
            self.tr("Customers marked as asked for referrals: {count}.").format(count=len(rows))
        )

    def _add_from_ask(self) -> None:
        rows = self.selected_ask()
        if not rows:
            return
        contact_id = rows[0].contact_id
        dialog = AddReferralDialog(self.ctx, self, referrer_id=contact_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def asked() -> None:
            with self.ctx.db.transaction() as session:
                rules.mark_asked(session, contact_id)
            self.ctx.bus.dataChanged.emit("followups")

        dialog.accepted.connect(asked)
        self.dialog = dialog
        dialog.open()

    def _referral_menu(self, pos: Any) -> None:
        row = self.selected_referral()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.thank_button.text(), self.thank_selected)
        plan = menu.addAction(self.followup_button.text(), self.plan_selected_thanks)
        plan.setEnabled(self.followup_button.isEnabled())
        menu.addSeparator()
        lead = menu.addAction(self.open_lead_button.text(), self._open_selected_referral)
        lead.setEnabled(row.lead_id is not None)
        menu.addAction(
            self.tr("Open {name}").format(name=row.referrer),
            lambda: self.ctx.bus.openContact.emit(row.referrer_id),
        )
        menu.addAction(
            self.tr("Open {name}").format(name=row.referred),
            lambda: self.ctx.bus.openContact.emit(row.referred_contact_id),
        )
        menu.addSeparator()
        menu.addAction(self.remove_button.text(), self.remove_selected)
        menu.popup(self.referrals_table.viewport().mapToGlobal(pos))
        self._menu = menu

    # -- opening
    def _open_referrer(self, index: QModelIndex) -> None:
        row = self.referrers_model.row_at(index)
        if row is not None:
            self.ctx.bus.openContact.emit(row.referrer_id)

    def _open_selected_referral(self) -> None:
        row = self.selected_referral()
        if row is None:
            return
        if row.lead_id is not None:
            self.ctx.bus.openLead.emit(row.lead_id)
        else:
            self.ctx.bus.openContact.emit(row.referred_contact_id)

    def _open_chain_index(self, index: QModelIndex) -> None:
        ids = self.chain_model.data(index, ChainModel.IDS_ROLE)
        if not ids:
            return
        contact_id, lead_id = ids
        if lead_id:
            self.ctx.bus.openLead.emit(int(lead_id))
        else:
            self.ctx.bus.openContact.emit(int(contact_id))

    def _open_selected_ask(self) -> None:
        rows = self.selected_ask()
        if rows:
            self.ctx.bus.openContact.emit(rows[0].contact_id)

    # -- the window's hooks
    def apply_search(self, text: str) -> None:
        for model in (self.referrers_model, self.referrals_model, self.ask_model):
            model.set_filter(text)
        self._update_buttons()

    def apply_filters(self, filters: dict[str, Any]) -> None:
        """Click-through: ``{"referrer_id": 12}``, ``{"tab": "chains" | "ask"}``,
        ``{"period": "this_year"}``."""
        period = filters.get("period")
        if period is not None:
            index = self.period_combo.findData(str(period))
            if index >= 0:
                self.period_combo.setCurrentIndex(index)
        tab = {"referrers": 0, "chains": 1, "ask": 2}.get(str(filters.get("tab", "")))
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        if "referrer_id" in filters:
            self.tabs.setCurrentIndex(0)
            value = filters["referrer_id"]
            self.select_referrer(int(value) if value is not None else None)


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ReferralsView(ctx, parent)


def screenshot_widget(ctx: AppContext, arg: str, window: Any) -> QWidget:
    """``salesdesk screenshot referrals:chains OUT.png`` (or ``:ask``, ``:referrers``)."""
    view = window.show_view("referrals")
    view.apply_filters({"tab": arg or "referrers"})
    return window


__all__: list[str] = [
    "AskModel",
    "ChainModel",
    "ReferralsModel",
    "ReferralsView",
    "ReferrersModel",
    "create_view",
]
