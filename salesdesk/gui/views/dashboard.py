"""The Dashboard: headline tiles, charts and tables of the KPIs (``salesdesk.crm.kpis``).

The figures are aggregate queries (well under a second over 50,000 leads, see
tests/benchmarks/test_dashboard_bench.py). The first computation runs while the view is
built, so the dashboard appears filled; later ones (another period or owner, data changed
elsewhere) run on a worker thread with its own session, and the view keeps showing the
previous figures until the new ones arrive.

Clicking a tile, a bar or a table row emits ``ctx.bus.showView`` with filters (see
docs/DEVELOPING.md "Click-through filters") so the leads table or the board opens on
exactly those leads.
"""

from __future__ import annotations

import atexit
import functools
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm import kpis
from salesdesk.crm.clock import local_today
from salesdesk.crm.labels import source_label
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.worker import Worker

ACCENT = "#1f6feb"
WON = "#1a7f37"
MUTED = "#8c96a5"

STYLE = """
QWidget#dashboardContent { background: #f6f7f9; }
QFrame[role="tile"] { background: #ffffff; border: 1px solid #d9dee7; border-radius: 10px; }
QFrame[role="tile"]:hover { border-color: #1f6feb; }
QLabel[role="tileTitle"] { color: #4a5568; font-size: 9.5pt; }
QLabel[role="tileValue"] { color: #1d2739; font-size: 19pt; font-weight: 600; }
QLabel[role="tileNote"] { color: #4a5568; font-size: 9pt; }
QLabel[role="up"] { color: #1a7f37; font-size: 9pt; font-weight: 600; }
QLabel[role="down"] { color: #b42318; font-size: 9pt; font-weight: 600; }
QLabel[role="flat"] { color: #4a5568; font-size: 9pt; }
QFrame[role="chartCard"] { background: #ffffff; border: 1px solid #d9dee7; border-radius: 10px; }
QLabel[role="chartTitle"] { color: #1d2739; font-size: 11pt; font-weight: 600; }
QLabel[role="chartHint"] { color: #6b7584; font-size: 8.5pt; }
QLabel[role="dashTitle"] { font-size: 17pt; font-weight: 600; color: #1d2739; }
QLabel[role="dashSubtitle"] { font-size: 9.5pt; color: #4a5568; }
"""

# Period selector entries: (kind, English label).
PERIOD_CHOICES = [
    (kpis.THIS_MONTH, "This month"),
    (kpis.THIS_QUARTER, "This quarter"),
    (kpis.THIS_YEAR, "This year"),
    (kpis.LAST_12_MONTHS, "Last 12 months"),
    (kpis.ALL_TIME, "All time"),
    (kpis.CUSTOM, "Custom dates"),
]


def _month_bounds(month: str) -> tuple[date, date]:
    year, number = (int(p) for p in month.split("-"))
    first = date(year, number, 1)
    following = date(year + (number == 12), number % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _every_month(rows: list[kpis.MonthValue], period: kpis.Period) -> list[kpis.MonthValue]:
    """Won value by month with the empty months in between (and to the period's ends)."""
    if not rows and (period.start is None or period.end is None):
        return []
    found = {r.month: r for r in rows}
    first = period.start.strftime("%Y-%m") if period.start else rows[0].month
    last = period.end.strftime("%Y-%m") if period.end else rows[-1].month
    if rows:
        first, last = min(first, rows[0].month), max(last, rows[-1].month)
    year, month = (int(p) for p in first.split("-"))
    result: list[kpis.MonthValue] = []
    while f"{year:04d}-{month:02d}" <= last and len(result) < 240:
        key = f"{year:04d}-{month:02d}"
        result.append(found.get(key, kpis.MonthValue(key, 0, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


# --------------------------------------------------------------------------- table model

Cell = tuple[str, Any, str]


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; each cell is (text, value, kind).

    ``kind`` is "text", "int", "money" (value in cents), "ratio" (0..1), "days" or "date";
    the xlsx export writes the value with a matching number format.
    """

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[Cell]] = []
        self._keys: list[dict[str, Any] | None] = []

    def set_rows(self, rows: list[list[Cell]], keys: list[dict[str, Any] | None]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._keys = keys
        self.endResetModel()

    def headers(self) -> list[str]:
        return list(self._headers)

    def rows(self) -> list[list[Cell]]:
        return self._rows

    def filters_at(self, row: int) -> dict[str, Any] | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        text, value, _kind = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None


# --------------------------------------------------------------------------- tiles


class Tile(QFrame):
    """A headline number with its change against the previous period; clickable."""

    clicked = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("role", "tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setProperty("role", "tileTitle")
        self.value = QLabel("–")
        self.value.setProperty("role", "tileValue")
        self.value.setObjectName(f"tileValue_{key}")
        self.change = QLabel(" ")
        self.change.setProperty("role", "flat")
        self.note = QLabel(" ")
        self.note.setProperty("role", "tileNote")
        for label in (self.title, self.value, self.change, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        for label in (self.title, self.change, self.note):
            label.setWordWrap(True)  # long Finnish notes wrap instead of widening the window
        self.setMinimumWidth(150)

    def set_figure(self, value: str, change: str, trend: str, note: str, tip: str) -> None:
        self.value.setText(value)
        self.change.setText(change or " ")
        self.change.setProperty("role", trend)
        self.change.style().unpolish(self.change)
        self.change.style().polish(self.change)
        self.note.setText(note or " ")
        self.setToolTip(tip)

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


# --------------------------------------------------------------------------- charts


class ChartCard(QFrame):
    """A titled card holding one bar chart. ``barClicked(index)`` when a bar is clicked."""

    barClicked = Signal(int)

    def __init__(
        self, key: str, title: str, hint: str, ctx: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.ctx = ctx
        self.setObjectName(f"chart_{key}")
        self.setProperty("role", "chartCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(2)
        heading = QLabel(title)
        heading.setProperty("role", "chartTitle")
        note = QLabel(hint)
        note.setProperty("role", "chartHint")
        note.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(note)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 4, 4, 0))
        self.chart.setLocale(ctx.locale)
        self.chart.setLocalizeNumbers(True)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.view = QChartView(self.chart)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(270)
        layout.addWidget(self.view, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "chartHint")
        layout.addWidget(self.empty)
        self.footer = QLabel()
        self.footer.setObjectName(f"chart_{key}_footer")
        self.footer.setProperty("role", "chartHint")
        self.footer.setWordWrap(True)
        self.footer.hide()
        layout.addWidget(self.footer)
        self.bar_set: QBarSet | None = None
        self.categories: list[str] = []

    def show_bars(
        self,
        categories: list[str],
        values: list[float],
        *,
        horizontal: bool,
        color: str,
        label_format: str,
        axis_format: str,
        empty_text: str,
        tips: list[str] | None = None,
    ) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.categories = categories
        self.tips = tips or []
        self.empty.setText(empty_text if not categories else "")
        self.empty.setVisible(not categories)
        bar_set = QBarSet("")
        bar_set.setColor(QColor(color))
        bar_set.setBorderColor(QColor(color))
        bar_set.setLabelColor(QColor("#1d2739"))
        bar_set.append([float(v) for v in values])
        bar_set.clicked.connect(self.barClicked.emit)
        bar_set.hovered.connect(self._hovered)
        series: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.65)
        series.setLabelsVisible(len(values) <= 12)
        series.setLabelsFormat(label_format)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(categories or [""])
        category_axis.setGridLineVisible(False)
        value_axis = QValueAxis()
        top = max([float(v) for v in values] + [0.0])
        value_axis.setRange(0, top * 1.18 if top > 0 else 1)
        value_axis.setLabelFormat(axis_format)
        value_axis.applyNiceNumbers()
        value_axis.setGridLineColor(QColor("#e6eaf0"))
        value_axis.setLabelsColor(QColor("#4a5568"))
        category_axis.setLabelsColor(QColor("#2f3b52"))
        small = QFont()
        small.setPointSizeF(8.5)
        value_axis.setLabelsFont(small)
        if not horizontal and len(categories) > 10:
            tiny = QFont(small)
            tiny.setPointSizeF(7.5)
            category_axis.setLabelsFont(tiny)
        else:
            category_axis.setLabelsFont(small)
        if horizontal:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self.bar_set = bar_set

    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.tips):
            self.view.setToolTip(self.tips[index])
        else:
            self.view.setToolTip("")


# --------------------------------------------------------------------------- the view


class DashboardView(QWidget):
    """The dashboard of one scope (period + owner); emits click-through filters."""

    computed = Signal()  # new figures are on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: kpis.Dashboard | None = None
        self._worker: Worker | None = None
        self._pending = False
        self._dirty = False
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        self.content = QWidget()
        self.content.setObjectName("dashboardContent")
        self.scroll.setWidget(self.content)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(20, 16, 20, 20)
        body.setSpacing(14)
        body.addLayout(self._build_header())
        body.addLayout(self._build_tiles())
        body.addLayout(self._build_charts())
        body.addWidget(self._build_tables())
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.owner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.dateChanged.connect(lambda _d: self._custom_changed())
        self.to_edit.dateChanged.connect(lambda _d: self._custom_changed())
        ctx.bus.dataChanged.connect(self._data_changed)
        self._load_owners()
        self._restore_choice()
        self.refresh(wait=True)

    # -- building ---------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        header.setSpacing(4)
        top = QHBoxLayout()
        row = QHBoxLayout()
        header.addLayout(top)
        header.addLayout(row)
        title = QLabel(self.tr("Dashboard"))
        title.setProperty("role", "dashTitle")
        self.subtitle = QLabel(" ")
        self.subtitle.setObjectName("dashboardSubtitle")
        self.subtitle.setProperty("role", "dashSubtitle")
        self.subtitle.setWordWrap(True)
        top.addWidget(title)
        top.addStretch(1)
        row.addWidget(self.subtitle, 1)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for kind, text in PERIOD_CHOICES:
            self.period_combo.addItem(self._period_name(text), kind)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, tip in ((self.from_edit, self.tr("First day")), (self.to_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setLocale(self.ctx.locale)
            edit.setDisplayFormat(self.ctx.locale.dateFormat(self.ctx.locale.FormatType.ShortFormat))
            edit.setToolTip(tip)
        today = local_today()
        self.from_edit.setDate(QDate(today.year, 1, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        self.owner_combo.setMinimumWidth(150)
        self.period_combo.setMinimumWidth(150)
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.xlsx_button = QPushButton(self.tr("Export tables to Excel…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        for button in (self.pdf_button, self.xlsx_button):
            button.setIcon(QIcon(":/icons/export.svg"))
            top.addWidget(button)
        period_label = QLabel(self.tr("&Period"))
        owner_label = QLabel(self.tr("&Owner"))
        period_label.setBuddy(self.period_combo)
        owner_label.setBuddy(self.owner_combo)
        for widget in (
            period_label,
            self.period_combo,
            self.from_edit,
            self.to_edit,
            owner_label,
            self.owner_combo,
        ):
            if widget is owner_label:
                row.addSpacing(10)
            row.addWidget(widget)
        return header

    def _period_name(self, english: str) -> str:
        names = {
            "This month": self.tr("This month"),
            "This quarter": self.tr("This quarter"),
            "This year": self.tr("This year"),
            "Last 12 months": self.tr("Last 12 months"),
            "All time": self.tr("All time"),
            "Custom dates": self.tr("Custom dates"),
        }
        return names[english]

    def _build_tiles(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        specs = [
            ("leads", self.tr("Leads created")),
            ("won_value", self.tr("Won value")),
            ("won_count", self.tr("Deals won")),
            ("average_deal", self.tr("Average deal")),
            ("win_rate", self.tr("Win rate")),
            ("cycle", self.tr("Sales cycle (median)")),
            ("referrals", self.tr("Referral conversion")),
            ("pipeline", self.tr("Weighted pipeline")),
            ("retention", self.tr("Customer retention")),
            ("followups", self.tr("Follow-ups done")),
        ]
        self.tiles: dict[str, Tile] = {}
        for index, (key, title) in enumerate(specs):
            tile = Tile(key, title)
            tile.clicked.connect(lambda k=key: self._tile_clicked(k))
            grid.addWidget(tile, index // 5, index % 5)
            self.tiles[key] = tile
        return grid

    def _build_charts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.charts = {
            "stages": ChartCard(
                "stages",
                self.tr("Leads by stage"),
                self.tr("Leads created in the period, by the stage they are in now"),
                self.ctx,
            ),
            "won": ChartCard(
                "won",
                self.tr("Won value by month"),
                self.tr("Deals closed as won in the period, in k€"),
                self.ctx,
            ),
            "sources": ChartCard(
                "sources",
                self.tr("Conversion by source"),
                self.tr("Share (%) of the period's leads from each source that were won"),
                self.ctx,
            ),
            "forecast": ChartCard(
                "forecast",
                self.tr("Weighted forecast by month"),
                self.tr("Open deals by expected close month, value × stage probability, in k€"),
                self.ctx,
            ),
        }
        for index, card in enumerate(self.charts.values()):
            card.barClicked.connect(lambda i, k=card.key: self._bar_clicked(k, i))
            grid.addWidget(card, index // 2, index % 2)
        return grid

    def _build_tables(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTables")
        self.tabs.setMinimumHeight(300)
        self.tables: dict[str, tuple[str, RowsModel, QTableView]] = {}
        specs = [
            (
                "funnel",
                self.tr("Funnel"),
                [
                    self.tr("Stage"),
                    self.tr("Reached"),
                    self.tr("Of all leads"),
                    self.tr("From previous stage"),
                ],
            ),
            (
                "sources",
                self.tr("Sources"),
                [
                    self.tr("Source"),
                    self.tr("Leads"),
                    self.tr("Won"),
                    self.tr("Conversion"),
                    self.tr("Won value"),
                ],
            ),
            (
                "batches",
                self.tr("Imports and events"),
                [
                    self.tr("Import batch or event"),
                    self.tr("Leads"),
                    self.tr("Won"),
                    self.tr("Conversion"),
                    self.tr("Won value"),
                    self.tr("Cost"),
                    self.tr("Cost per won deal"),
                ],
            ),
            (
                "stage_time",
                self.tr("Time in stage"),
                [
                    self.tr("Stage"),
                    self.tr("Stays ended"),
                    self.tr("Average days"),
                    self.tr("Open now"),
                    self.tr("Waiting, average days"),
                ],
            ),
            (
                "referrals",
                self.tr("Referrers"),
                [self.tr("Referrer"), self.tr("Referred"), self.tr("Won"), self.tr("Won value")],
            ),
            (
                "activity",
                self.tr("Activity"),
                [self.tr("Week"), self.tr("Owner"), self.tr("Follow-ups done")],
            ),
        ]
        for key, title, headers in specs:
            model = RowsModel(headers, self)
            table = QTableView()
            table.setObjectName(f"table_{key}")
            table.setModel(model)
            table.setAlternatingRowColors(True)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, len(headers)):
                table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table.activated.connect(lambda index, k=key: self._row_activated(k, index.row()))
            self.tabs.addTab(table, title)
            self.tables[key] = (title, model, table)
        return self.tabs

    # -- scope ------------------------------------------------------------------------------
    def _load_owners(self) -> None:
        with self.ctx.db.session() as session:
            owners = kpis.owners(session)
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Everyone"), None)
        for owner_id, name in owners:
            self.owner_combo.addItem(name, owner_id)
        index = self.owner_combo.findData(current)
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.owner_combo.blockSignals(False)

    def _restore_choice(self) -> None:
        saved = str(self.ctx.settings().value("dashboard/period", kpis.THIS_YEAR))
        index = self.period_combo.findData(saved)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(index if index >= 0 else 2)
        self.period_combo.blockSignals(False)
        self._show_custom_edits()

    def _show_custom_edits(self) -> None:
        custom = self.period_combo.currentData() == kpis.CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def _period_changed(self, _index: int) -> None:
        self._show_custom_edits()
        self.ctx.settings().setValue("dashboard/period", self.period_combo.currentData())
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period_combo.currentData() == kpis.CUSTOM:
            self.refresh()

    def set_scope(self, kind: str, start: date | None = None, end: date | None = None,
                  owner_id: int | None = None) -> None:  # fmt: skip
        """Choose the period (one of ``kpis.PERIOD_KINDS``; dates for custom) and the owner."""
        for widget in (self.period_combo, self.owner_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(kind), 0))
        if start is not None:
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(owner_id), 0))
        for widget in (self.period_combo, self.owner_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self._show_custom_edits()
        self.refresh()

    def scope(self) -> kpis.Scope:
        kind = str(self.period_combo.currentData())
        if kind == kpis.CUSTOM:
            start = self.from_edit.date().toPython()
            end = self.to_edit.date().toPython()
            if end < start:
                start, end = end, start
            period = kpis.Period(start, end, kpis.CUSTOM)
        else:
            period = kpis.Period.of_kind(kind)
        owner = self.owner_combo.currentData()
        return kpis.Scope(period, int(owner) if owner is not None else None)

    # -- computing --------------------------------------------------------------------------
    def refresh(self, wait: bool = False) -> None:
        """Recompute the figures on a worker thread. ``wait``: first show the tiles and charts
        computed right here (the quick part, a fraction of a second over 50,000 leads), then
        let the worker fill in the tables."""
        scope = self.scope()
        if wait:
            with self.ctx.db.session() as session:
                self._show(kpis.compute(session, scope, quick=True))
        if self._worker is not None:  # one at a time; the newest scope wins
            self._pending = True
            return
        updating = self.tr("Updating…")
        if not self.subtitle.text().endswith(updating):
            self.subtitle.setText(" · ".join(p for p in (self.subtitle.text().strip(), updating) if p))
        database = self.ctx.db

        def work(_progress: Any) -> kpis.Dashboard:
            with database.session() as session:
                return kpis.compute(session, scope)

        # The worker has no parent: it may outlive the view (window closed mid-computation);
        # _RUNNING keeps it until it ends, and the process waits for it before exiting.
        worker = Worker(work)
        _RUNNING.add(worker)
        worker.finished.connect(functools.partial(_forget_worker, worker))
        worker.succeeded.connect(self._computed)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        self._worker = worker
        worker.start()

    def busy(self) -> bool:
        return self._worker is not None

    def _computed(self, data: object) -> None:
        if isinstance(data, kpis.Dashboard) and not self._pending:
            self._show(data)

    def _failed(self, message: str, _user: bool) -> None:
        self.subtitle.setText(self.tr("The figures could not be computed: {error}").format(error=message))

    def _worker_finished(self) -> None:
        # Only one worker runs at a time (refresh() waits for this one), so this is it.
        self._worker = None
        if self._pending:
            self._pending = False
            self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("leads", "followups", "referrals", "stages", "imports", "contacts"):
            if kind in ("leads", "imports"):
                self._load_owners()
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def closeEvent(self, event: Any) -> None:
        if self._worker is not None and shiboken6.isValid(self._worker):
            self._worker.wait(5000)
        super().closeEvent(event)

    # -- showing ----------------------------------------------------------------------------
    def _money(self, cents: int | None) -> str:
        return "–" if cents is None else self.ctx.money(cents)

    def _days(self, days: float | None) -> str:
        return "–" if days is None else self.ctx.number(days, 1)

    def _period_text(self, period: kpis.Period) -> str:
        if period.start is None and period.end is None:
            return self.tr("All time")
        start = self.ctx.date_text(period.start) if period.start else self.tr("the beginning")
        end = self.ctx.date_text(period.end) if period.end else self.tr("today")
        return f"{start} – {end}"

    def _change_text(self, name: str, data: kpis.Dashboard, points: bool = False) -> tuple[str, str]:
        """("▲ 12 % vs previous period", "up"|"down"|"flat")."""
        if data.previous is None:
            return "", "flat"
        now: Any = getattr(data.headline, name)
        before: Any = getattr(data.previous, name)
        if points:
            if now is None or before is None:
                return self.tr("previous period: {value}").format(value=self._plain(name, before)), "flat"
            delta = (now - before) * 100
            text = self.tr("{sign} {delta} pp vs previous period").format(
                sign="▲" if delta > 0 else "▼" if delta < 0 else "=", delta=self.ctx.number(abs(delta), 1)
            )
            return text, "up" if delta > 0 else "down" if delta < 0 else "flat"
        relative = data.change(name)
        if relative is None:
            return self.tr("previous period: {value}").format(value=self._plain(name, before)), "flat"
        text = self.tr("{sign} {percent} vs previous period").format(
            sign="▲" if relative > 0 else "▼" if relative < 0 else "=",
            percent=self.ctx.percent(abs(relative)),
        )
        return text, "up" if relative > 0 else "down" if relative < 0 else "flat"

    def _plain(self, name: str, value: Any) -> str:
        """A headline value as text (for "previous period: …")."""
        if value is None:
            return "–"
        if name.endswith("_cents"):
            return self._money(value)
        if name == "win_rate":
            return self.ctx.percent(value)
        if name == "median_cycle_days":
            return self.tr("{days} d").format(days=self._days(value))
        return self.ctx.number(value)

    def _show(self, data: kpis.Dashboard) -> None:
        self.data = data
        scope = data.scope
        owner = self.owner_combo.currentText() if scope.owner_id is not None else self.tr("every owner")
        previous = scope.period.previous()
        compare = (
            self.tr("compared with {period}").format(period=self._period_text(previous)) if previous else ""
        )
        parts = [self._period_text(scope.period), owner, compare]
        if not data.complete:
            parts.append(self.tr("Updating…"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self._show_tiles(data)
        self._show_charts(data)
        self._show_tables(data)
        if data.complete:
            self.computed.emit()

    def _show_tiles(self, data: kpis.Dashboard) -> None:
        head = data.headline
        tiles = self.tiles
        text, trend = self._change_text("leads", data)
        tiles["leads"].set_figure(
            self.ctx.number(head.leads), text, trend, "",
            self.tr("Leads created in the period. Click to list them."),
        )  # fmt: skip
        text, trend = self._change_text("won_value_cents", data)
        tiles["won_value"].set_figure(
            self._money(head.won_value_cents), text, trend,
            self.tr("{count} deals won").format(count=self.ctx.number(head.won_count)),
            self.tr("Value of the deals won in the period. Click to list them."),
        )  # fmt: skip
        text, trend = self._change_text("won_count", data)
        tiles["won_count"].set_figure(
            self.ctx.number(head.won_count), text, trend,
            self.tr("{lost} lost").format(lost=self.ctx.number(data.win.lost)),
            self.tr("Deals closed as won in the period. Click to list them."),
        )  # fmt: skip
        text, trend = self._change_text("average_deal_cents", data)
        tiles["average_deal"].set_figure(
            self._money(head.average_deal_cents), text, trend, self.tr("won value ÷ deals won"),
            self.tr("Average size of a won deal (average ticket)."),
        )  # fmt: skip
        text, trend = self._change_text("win_rate", data, points=True)
        tiles["win_rate"].set_figure(
            self.ctx.percent(head.win_rate), text, trend,
            self.tr("{won} won of {closed} closed").format(
                won=self.ctx.number(data.win.won), closed=self.ctx.number(data.win.won + data.win.lost)
            ),
            self.tr("Won ÷ (won + lost), over deals closed in the period. Click to list them."),
        )  # fmt: skip
        text, trend = self._change_text("median_cycle_days", data)
        if trend != "flat":  # a shorter cycle is the good direction
            trend = "down" if trend == "up" else "up"
        tiles["cycle"].set_figure(
            self.tr("{days} d").format(days=self._days(head.median_cycle_days))
            if head.median_cycle_days is not None else "–",
            text, trend,
            self.tr("average {days} d").format(days=self._days(data.cycle.average_days)),
            self.tr("Days from a lead's creation to its win, for deals won in the period."),
        )  # fmt: skip
        pipeline = sum(r.weighted_cents for r in data.forecast)
        open_count = sum(r.count for r in data.forecast)
        tiles["pipeline"].set_figure(
            self._money(pipeline), "", "flat",
            self.tr("{count} open deals").format(count=self.ctx.number(open_count)),
            self.tr("Open deals × stage probability, whatever their expected close. Click for the board."),
        )  # fmt: skip
        retention = data.retention
        tiles["retention"].set_figure(
            self.ctx.percent(retention.rate), "", "flat",
            self.tr("{repeat} of {customers} customers bought again").format(
                repeat=self.ctx.number(retention.repeat_customers),
                customers=self.ctx.number(retention.customers),
            ),
            self.tr("Customers with a repeat win ÷ customers with a win, up to the period's end."),
        )  # fmt: skip
        referral = data.referral_source
        everyone = kpis.ratio(sum(r.won for r in data.sources), sum(r.leads for r in data.sources))
        tiles["referrals"].set_figure(
            self.ctx.percent(referral.conversion if referral else None),
            self.tr("all sources: {rate}").format(rate=self.ctx.percent(everyone)),
            "up" if referral and referral.conversion is not None and everyone is not None
            and referral.conversion > everyone else "flat",
            self.tr("{won} won of {leads} referred leads").format(
                won=self.ctx.number(referral.won if referral else 0),
                leads=self.ctx.number(referral.leads if referral else 0),
            ),
            self.tr("Referred leads of the period that were won, beside all sources. Click to list them."),
        )  # fmt: skip
        overdue = data.activity.overdue
        owners = len({r.owner_id for r in data.activity.done})
        tiles["followups"].set_figure(
            self.ctx.number(data.activity.done_total) if data.complete else "…",
            self.tr("{count} overdue now").format(count=self.ctx.number(overdue)) if overdue else "",
            "down" if overdue else "flat",
            self.tr("by {owners} owners").format(owners=self.ctx.number(owners)) if data.complete else "",
            self.tr("Follow-ups marked done in the period. Click for the overdue ones."),
        )  # fmt: skip

    def _show_charts(self, data: kpis.Dashboard) -> None:
        stages = [r for r in data.stages]
        self.charts["stages"].show_bars(
            [r.stage for r in reversed(stages)],
            [r.count for r in reversed(stages)],
            horizontal=True,
            color=ACCENT,
            label_format="@value",
            axis_format="%.0f",
            empty_text=self.tr("No stages."),
            tips=[
                self.tr("{stage}: {count} leads, {value}").format(
                    stage=r.stage, count=r.count, value=self._money(r.value_cents)
                )
                for r in reversed(stages)
            ],
        )
        footer = self.charts["stages"].footer
        gone = data.disqualified
        footer.setText(
            (
                self.tr("Also one disqualified lead ({value}), not on the board.")
                if gone.count == 1
                else self.tr("Also {count} disqualified leads ({value}), not on the board.")
            ).format(count=self.ctx.number(gone.count), value=self._money(gone.value_cents))
            if gone.count
            else ""
        )
        footer.setVisible(bool(gone.count))
        months = _every_month(data.won_months, data.scope.period)
        won_values, won_axis = _thousands([m.won_value_cents for m in months])
        self.charts["won"].show_bars(
            self._month_labels([m.month for m in months]),
            won_values,
            horizontal=False,
            color=WON,
            label_format="@value",
            axis_format=won_axis,
            empty_text=self.tr("No deals won in this period."),
            tips=[
                self.tr("{month}: {count} deals, {value}").format(
                    month=self._month_name(m.month), count=m.won, value=self._money(m.won_value_cents)
                )
                for m in months
            ],
        )
        # The eight biggest sources (by leads), best converting on top; all are in the table.
        biggest = sorted(data.sources, key=lambda r: -r.leads)[:8]
        sources = sorted(biggest, key=lambda r: (r.conversion or 0.0, r.leads))
        self.charts["sources"].show_bars(
            [r.label for r in sources],
            [round((r.conversion or 0.0) * 100, 1) for r in sources],
            horizontal=True,
            color="#8250df",
            label_format="@value\u00a0%" if self.ctx.lang == "fi" else "@value%",
            axis_format="%.0f",
            empty_text=self.tr("No leads in this period."),
            tips=[
                self.tr("{source}: {won} won of {leads} leads").format(
                    source=r.label, won=r.won, leads=r.leads
                )
                for r in sources
            ],
        )
        forecast = [r for r in data.forecast if r.month is not None]
        forecast_values, forecast_axis = _thousands([r.weighted_cents for r in forecast])
        self.charts["forecast"].show_bars(
            self._month_labels([r.month or "" for r in forecast]),
            forecast_values,
            horizontal=False,
            color="#bf8700",
            label_format="@value",
            axis_format=forecast_axis,
            empty_text=self.tr("No open deals with an expected close date."),
            tips=[
                self.tr("{month}: {count} open deals worth {value}, weighted {weighted}").format(
                    month=self._month_name(r.month or ""),
                    count=r.count,
                    value=self._money(r.value_cents),
                    weighted=self._money(r.weighted_cents),
                )
                for r in forecast
            ],
        )
        self._forecast_rows = forecast
        self._source_rows = sources
        self._stage_rows = list(reversed(stages))

    def _month_labels(self, months: list[str]) -> list[str]:
        """Short axis labels: "Nov", "Dec", "Jan 27", … (the year only where a new one begins,
        when the months span more than one year)."""
        labels = []
        years = {m[:4] for m in months}
        short = self.ctx.locale.FormatType.ShortFormat
        # Long short-names (Finnish "maalis", "marras") do not fit under 12 bars: use 3/26.
        numeric = max(len(self.ctx.locale.standaloneMonthName(n, short)) for n in range(1, 13)) > 4
        for month in months:
            year, number = (int(p) for p in month.split("-"))
            if numeric:
                labels.append(f"{number}/{year % 100:02d}")
                continue
            name = self.ctx.locale.standaloneMonthName(number, short)
            labels.append(f"{name} {year % 100:02d}" if len(years) > 1 and number == 1 else name)
        return labels

    def _month_name(self, month: str) -> str:
        """ "2026-11" → "Nov 2026" / "marras 2026"."""
        year, number = (int(p) for p in month.split("-"))
        return f"{self.ctx.locale.standaloneMonthName(number, self.ctx.locale.FormatType.ShortFormat)} {year}"

    def _show_tables(self, data: kpis.Dashboard) -> None:
        pct = self.ctx.percent
        num = self.ctx.number
        scope_filters = self._scope_filters(data.scope)

        def n(value: int) -> Cell:
            return num(value), value, "int"

        def money(value: int | None) -> Cell:
            return self._money(value), value, "money"

        def share(value: float | None) -> Cell:
            return pct(value, 1), value, "ratio"

        def days(value: float | None) -> Cell:
            return self._days(value), value, "days"

        def text(value: str) -> Cell:
            return value, value, "text"

        self._fill(
            "funnel",
            [[text(r.stage), n(r.reached), share(r.share), share(r.step)] for r in data.conversion],
            [None for _ in data.conversion],
        )
        self._fill(
            "sources",
            [[text(r.label), n(r.leads), n(r.won), share(r.conversion), money(r.won_value_cents)]
             for r in data.sources],
            [{**scope_filters, "source": r.source} for r in data.sources],
        )  # fmt: skip
        batch_rows = [
            [text(r.name), n(r.leads), n(r.won), share(r.conversion), money(r.won_value_cents),
             money(r.cost_cents or None), money(r.cost_per_won_cents)]
            for r in data.batches
        ]  # fmt: skip
        batch_keys: list[dict[str, Any] | None] = [
            {**scope_filters, "import_batch_id": r.batch_id} for r in data.batches
        ]
        shown = {r.name for r in data.batches}
        for c in data.campaigns:
            if c.detail in shown:
                continue
            batch_rows.append(
                [text(f"{c.detail} ({source_label(c.source)})"), n(c.leads), n(c.won),
                 share(c.conversion), money(c.won_value_cents), money(None), money(None)]
            )  # fmt: skip
            batch_keys.append({**scope_filters, "source": c.source, "source_detail": c.detail})
        self._fill("batches", batch_rows, batch_keys)
        self._fill(
            "stage_time",
            [[text(r.stage), n(r.stays), days(r.average_days), n(r.open_now), days(r.open_average_days)]
             for r in data.stage_times],
            [{"stage_id": r.stage_id, **({"owner_id": data.scope.owner_id} if data.scope.owner_id else {})}
             for r in data.stage_times],
        )  # fmt: skip
        self._fill(
            "referrals",
            [[text(r.referrer), n(r.referred), n(r.won), money(r.won_value_cents)] for r in data.referrals],
            [{"referrer_id": r.referrer_id} for r in data.referrals],
        )
        self._fill(
            "activity",
            [[(self.ctx.date_text(r.week), r.week, "date"), text(r.owner or self.tr("No owner")), n(r.done)]
             for r in data.activity.done],
            [None for _ in data.activity.done],
        )  # fmt: skip

    def _fill(self, key: str, rows: list[list[Cell]], keys: list[dict[str, Any] | None]) -> None:
        _title, model, _table = self.tables[key]
        model.set_rows(rows, keys)

    # -- click-through ----------------------------------------------------------------------
    def _scope_filters(self, scope: kpis.Scope) -> dict[str, Any]:
        """Filters selecting the scope's cohort: created in the period, of the owner."""
        filters: dict[str, Any] = {}
        if scope.period.start is not None:
            filters["created_from"] = scope.period.start
        if scope.period.end is not None:
            filters["created_to"] = scope.period.end
        if scope.owner_id is not None:
            filters["owner_id"] = scope.owner_id
        return filters

    def _closed_filters(self, scope: kpis.Scope, prefix: str) -> dict[str, Any]:
        filters: dict[str, Any] = {}
        if scope.period.start is not None:
            filters[f"{prefix}_from"] = scope.period.start
        if scope.period.end is not None:
            filters[f"{prefix}_to"] = scope.period.end
        if prefix == "closed":
            filters["stage_kind"] = "closed"
        elif prefix == "won":
            filters["stage_kind"] = "won"
        if scope.owner_id is not None:
            filters["owner_id"] = scope.owner_id
        return filters

    def click_filters(self, target: str, index: int = -1) -> tuple[str, dict[str, Any]] | None:
        """The (view, filters) a tile (``target`` = tile key) or a bar (chart key, bar index)
        opens; ``None`` when there is nothing to open."""
        if self.data is None:
            return None
        scope = self.data.scope
        owner = {"owner_id": scope.owner_id} if scope.owner_id is not None else {}
        if target == "leads":
            return "leads", self._scope_filters(scope)
        if target in ("won_value", "won_count", "average_deal", "cycle"):
            return "leads", self._closed_filters(scope, "won")
        if target == "win_rate":
            return "leads", self._closed_filters(scope, "closed")
        if target == "pipeline":
            return "board", {"stage_kind": "open", **owner}
        if target == "retention":
            return "leads", {"stage_kind": "won", **owner}
        if target == "referrals":
            return "leads", {**self._scope_filters(scope), "source": "referral"}
        if target == "followups":
            return "followups", {"due": "overdue", **owner}
        if target == "stages" and 0 <= index < len(self._stage_rows):
            return "leads", {**self._scope_filters(scope), "stage_id": self._stage_rows[index].stage_id}
        months = _every_month(self.data.won_months, scope.period)
        if target == "won" and 0 <= index < len(months):
            first, last = _month_bounds(months[index].month)
            return "leads", {"stage_kind": "won", "won_from": first, "won_to": last, **owner}
        if target == "sources" and 0 <= index < len(self._source_rows):
            return "leads", {**self._scope_filters(scope), "source": self._source_rows[index].source}
        if target == "forecast" and 0 <= index < len(self._forecast_rows):
            first, last = _month_bounds(self._forecast_rows[index].month or "")
            return "board", {"stage_kind": "open", "expected_from": first, "expected_to": last, **owner}
        return None

    def _emit(self, found: tuple[str, dict[str, Any]] | None) -> None:
        if found is not None:
            view, filters = found
            self.ctx.bus.showView.emit(view, filters)

    def _tile_clicked(self, key: str) -> None:
        self._emit(self.click_filters(key))

    def _bar_clicked(self, chart: str, index: int) -> None:
        self._emit(self.click_filters(chart, index))

    def _row_activated(self, key: str, row: int) -> None:
        filters = self.tables[key][1].filters_at(row)
        if filters is None:
            return
        view = "referrals" if key == "referrals" else "leads"
        self.ctx.bus.showView.emit(view, dict(filters))

    # -- export -----------------------------------------------------------------------------
    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        name = self.tr("SalesDesk dashboard {day}").format(day=local_today().isoformat()) + suffix
        default = str(Path.home() / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, default, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        """Render the dashboard (title, tiles, charts, the visible table) to an A4 landscape PDF."""
        target = Path(path) if path else self._ask_path(self.tr("Export to PDF"), ".pdf", "PDF (*.pdf)")
        if target is None:
            return None
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(self.tr("SalesDesk dashboard"))
        writer.setCreator("SalesDesk")
        painter = QPainter()
        if not painter.begin(writer):
            self._warn(self.tr("Cannot write {path}.").format(path=target))
            return None
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            # Page 1: header, tiles and charts; page 2: the table on show (all tables go to xlsx).
            top = QRect(0, 0, self.content.width(), self.tabs.geometry().top() - 4)
            self._render_fitted(painter, page, self.content, top)
            writer.newPage()
            self._render_fitted(painter, page, self.tabs, QRect(QPoint(0, 0), self.tabs.size()))
        finally:
            painter.end()
        self.ctx.bus.statusMessage.emit(self.tr("Dashboard saved to {path}").format(path=target))
        return target

    @staticmethod
    def _render_fitted(painter: QPainter, page: QRectF, widget: QWidget, area: QRect) -> None:
        """Draw ``area`` of ``widget`` at the top of the page, scaled to fit it."""
        scale = min(page.width() / max(area.width(), 1), page.height() / max(area.height(), 1))
        painter.save()
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0), QRegion(area))
        painter.restore()

    def table_sheets(self) -> list[tuple[str, list[str], list[list[Cell]]]]:
        """(sheet name, headers, typed rows) for the summary, stages, forecast and every table."""
        if self.data is None:
            return []
        data = self.data
        previous = data.previous
        head = data.headline

        def figure(label: str, now: Any, before: Any, kind: str) -> list[Cell]:
            return [(label, label, "text"), ("", now, kind), ("", before, kind)]

        summary: list[list[Cell]] = [
            [(self.tr("Period"), "", "text"), ("", self._period_text(data.scope.period), "text"),
             ("", self._period_text(data.scope.period.previous()) if previous else "", "text")],
            [(self.tr("Owner"), "", "text"), ("", self.owner_combo.currentText(), "text"), ("", "", "text")],
            figure(self.tr("Leads created"), head.leads, previous.leads if previous else None, "int"),
            figure(self.tr("Deals won"), head.won_count, previous.won_count if previous else None, "int"),
            figure(self.tr("Won value"), head.won_value_cents,
                   previous.won_value_cents if previous else None, "money"),
            figure(self.tr("Average deal"), head.average_deal_cents,
                   previous.average_deal_cents if previous else None, "money"),
            figure(self.tr("Win rate"), head.win_rate, previous.win_rate if previous else None, "ratio"),
            figure(self.tr("Sales cycle, median days"), head.median_cycle_days,
                   previous.median_cycle_days if previous else None, "days"),
            figure(self.tr("Sales cycle, average days"), data.cycle.average_days, None, "days"),
            figure(self.tr("Customer retention"), data.retention.rate, None, "ratio"),
            figure(self.tr("Weighted pipeline"), sum(r.weighted_cents for r in data.forecast), None, "money"),
            figure(self.tr("Follow-ups done"), data.activity.done_total, None, "int"),
            figure(self.tr("Follow-ups overdue now"), data.activity.overdue, None, "int"),
        ]  # fmt: skip
        for row in summary[:2]:
            row[0] = (row[0][0], row[0][0], "text")
        sheets: list[tuple[str, list[str], list[list[Cell]]]] = [
            (self.tr("Summary"),
             [self.tr("Figure"), self.tr("This period"), self.tr("Previous period")], summary),
            (
                self.tr("Stages"),
                [self.tr("Stage"), self.tr("Leads"), self.tr("Value"), self.tr("Weighted")],
                [[("", r.stage, "text"), ("", r.count, "int"), ("", r.value_cents, "money"),
                  ("", r.weighted_cents, "money")] for r in data.stages],
            ),
            (
                self.tr("Forecast"),
                [self.tr("Month"), self.tr("Open deals"), self.tr("Value"), self.tr("Weighted")],
                [[("", r.month or self.tr("no date"), "text"), ("", r.count, "int"),
                  ("", r.value_cents, "money"), ("", r.weighted_cents, "money")] for r in data.forecast],
            ),
        ]  # fmt: skip
        for _key, (title, model, _table) in self.tables.items():
            sheets.append((title, model.headers(), model.rows()))
        return sheets

    def export_xlsx(self, path: Path | str | None = None) -> Path | None:
        """Every table of the dashboard (and a summary) to an Excel workbook, one sheet each."""
        target = (
            Path(path)
            if path
            else self._ask_path(self.tr("Export tables to Excel"), ".xlsx", "Excel (*.xlsx)")
        )
        if target is None:
            return None
        try:
            write_workbook(target, self.table_sheets())
        except UserError as error:
            self._warn(str(error))
            return None
        self.ctx.bus.statusMessage.emit(self.tr("Tables saved to {path}").format(path=target))
        return target

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Dashboard"), text)


_FORMATS = {"money": '#,##0.00 "€"', "ratio": "0.0%", "days": "0.0", "int": "0", "date": "yyyy-mm-dd"}


def write_workbook(path: Path, sheets: list[tuple[str, list[str], list[list[Cell]]]]) -> None:
    """Write typed sheets with openpyxl: bold frozen header, autofilter, widths, number formats.

    Every cell goes through ``sheets.writer`` (text never runs as a formula) and the file is
    written all or nothing (``writer.output_file``); a problem raises ``UserError``.
    """
    from openpyxl import Workbook

    from salesdesk.sheets import writer

    with writer.output_file(path) as tmp:
        book = Workbook()
        book.remove(book.active)  # type: ignore[arg-type]
        used: set[str] = set()
        for title, headers, rows in sheets:
            _fill_sheet(book.create_sheet(writer.sheet_title(title, used)), headers, rows)
        writer.save_workbook(book, tmp)


def _fill_sheet(sheet: Any, headers: list[str], rows: list[list[Cell]]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from salesdesk.sheets import writer

    sheet.append(writer.row(sheet, headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEF1F5")
    widths = [len(h) for h in headers]
    for row in rows:
        values: list[Any] = []
        for _text, value, kind in row:
            if kind == "money" and value is not None:
                value = value / 100
            values.append(value)
        sheet.append(writer.row(sheet, values))
        excel_row = sheet.max_row
        for column, (_text, value, kind) in enumerate(row, start=1):
            if kind in _FORMATS:
                sheet.cell(excel_row, column).number_format = _FORMATS[kind]
            widths[column - 1] = max(widths[column - 1], len(str(value)) if value is not None else 1)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 10), 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _thousands(cents: list[int]) -> tuple[list[float], str]:
    """Money for a chart axis in thousands of euros (one decimal when the values are small),
    and the matching axis label format."""
    euros_k = [c / 100_000 for c in cents]
    if max(euros_k, default=0) < 100:
        return [round(v, 1) for v in euros_k], "%.1f"
    return [float(round(v)) for v in euros_k], "%.0f"


_RUNNING: set[Worker] = set()


def _forget_worker(worker: Worker) -> None:
    _RUNNING.discard(worker)
    worker.deleteLater()


@atexit.register
def _wait_for_workers() -> None:
    """Never let Python tear down a QThread that is still computing (Qt would abort)."""
    for worker in list(_RUNNING):
        worker.wait(30000)


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return DashboardView(ctx, parent)
