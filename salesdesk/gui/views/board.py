"""The Board: the salesperson's home screen. One column per funnel stage, a card per lead.

The rules live in ``salesdesk.crm.board`` (figures, pages, moves with undo) and
``salesdesk.crm.leads`` (win, lose, revive); this module is the window around them.
A filter change re-reads the headers and the first page of each column; a move re-reads
only the columns it touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.crm import board as board_core
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.board import BoardFilter, Card, MoveRecord, StageInfo
from salesdesk.crm.clock import local_today
from salesdesk.crm.labels import choices, label
from salesdesk.db.enums import LeadSource, StageKind, Temperature
from salesdesk.db.models import Lead, Owner, Tag
from salesdesk.errors import UserError
from salesdesk.gui.board.column import ColumnWidget, money_text
from salesdesk.gui.board.dialogs import StagesDialog
from salesdesk.gui.board.model import ColumnModel
from salesdesk.gui.close_dialogs import LostDialog, WonDialog
from salesdesk.gui.context import AppContext

SEARCH_DELAY_MS = 250
STYLE = """
#boardArea, #boardColumns, #boardFilterArea, #boardFilters { background: #f6f7f9; }
QFrame#boardColumn { background: #eef1f5; border: 1px solid #dde3eb; border-radius: 10px; }
QFrame#boardColumn[kind="won"] { background: #edf6ef; }
QFrame#boardColumn[kind="lost"] { background: #f6eeee; }
#boardColumnHeader { background: transparent; }
QLabel#boardColumnName { font-size: 11pt; font-weight: 600; color: #1d2739; }
QLabel#boardColumnCount { background: #dfe5ee; color: #1d2739; border-radius: 9px; padding: 1px 8px;
    font-weight: 600; min-width: 14px; }
QLabel#boardColumnTotal { color: #1d2739; font-weight: 600; }
QLabel#boardColumnFlags { color: #5b6678; font-size: 9pt; }
QLabel#boardColumnFlags[alert="true"] { color: #a23b00; }
QListView#boardCards { background: #eef1f5; border: none; }
QFrame#boardColumn[kind="won"] QListView#boardCards { background: #edf6ef; }
QFrame#boardColumn[kind="lost"] QListView#boardCards { background: #f6eeee; }
QLabel#boardColumnWeighted { color: #5b6678; }
QToolButton#boardAdd { color: #1f5fa8; text-align: left; padding: 4px 6px; border-radius: 6px;
    background: transparent; }
QToolButton#boardAdd:hover { background: #e1e8f3; }
QLineEdit#quickTitle, QLineEdit#quickContact { padding: 4px 6px; border: 1px solid #c8d0dc;
    border-radius: 5px; background: #fff; }
QLabel#boardSummary { color: #2f3b52; font-weight: 600; }
"""


class MoveCommand(QUndoCommand):
    """A move of one or more cards on the undo stack. Undo puts them back exactly (stage,
    place, close details, customer mark) and removes the history rows and follow-ups the
    move wrote; redo runs the move again."""

    def __init__(
        self, board: BoardView, action: Callable[[Session], MoveRecord], record: MoveRecord, text: str
    ) -> None:
        super().__init__(text)
        self.board = board
        self.action = action
        self.record = record
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        record = self.board.run_write(self.action)
        if record is None:
            self.setObsolete(True)
            return
        self.record = record
        self.board.after_move(record)

    def undo(self) -> None:
        record = self.record

        def put_back(session: Session) -> MoveRecord:
            board_core.undo_move(session, record)
            return record

        if self.board.run_write(put_back) is None:
            self.setObsolete(True)
            return
        self.board.after_move(record, select_moved=True, undo=True)


class BoardView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardView")
        self.setStyleSheet(STYLE)
        self.filter = BoardFilter()
        self.columns: list[ColumnWidget] = []
        self.models: dict[int, ColumnModel] = {}
        self._own_change = False
        self._dirty = False
        self._me_id: int | None = None
        self._me_name = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The filter bar scrolls sideways in a narrow window instead of widening it.
        bar = self._build_filter_bar()
        self.filter_area = QScrollArea()
        self.filter_area.setObjectName("boardFilterArea")
        self.filter_area.setWidget(bar)
        self.filter_area.setWidgetResizable(True)
        self.filter_area.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.filter_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_area.setFixedHeight(bar.sizeHint().height() + 2)
        layout.addWidget(self.filter_area)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardArea")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget()
        self.container.setObjectName("boardColumns")
        self.columns_layout = QHBoxLayout(self.container)
        self.columns_layout.setContentsMargins(10, 10, 10, 10)
        self.columns_layout.setSpacing(10)
        self.scroll.setWidget(self.container)
        layout.addWidget(self.scroll, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        ctx.bus.dataChanged.connect(self._on_data_changed)
        self._load_people()
        self._restore_filters()
        self.rebuild()

    # -- filter bar -----------------------------------------------------------------------
    def _build_filter_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("boardFilters")
        outer = QVBoxLayout(bar)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(10, 6, 10, 0)
        row.setSpacing(8)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerFilter")
        self.owner_combo.setToolTip(self.tr("Whose leads"))
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sourceFilter")
        self.source_combo.addItem(self.tr("All sources"), "")
        for code, text in choices(LeadSource):
            self.source_combo.addItem(text, code)
        self.temp_combo = QComboBox()
        self.temp_combo.setObjectName("temperatureFilter")
        self.temp_combo.addItem(self.tr("Any temperature"), "")
        for code in (Temperature.HOT, Temperature.WARM, Temperature.COLD):
            self.temp_combo.addItem(label(code), str(code))
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tagFilter")
        self.stale_check = QCheckBox(self.tr("Stale only"))
        self.stale_check.setObjectName("staleFilter")
        self.stale_check.setToolTip(self.tr("Leads with no recent activity and nothing planned ahead"))
        self.closed_days = QSpinBox()
        self.closed_days.setObjectName("closedDays")
        self.closed_days.setRange(1, 3650)
        self.closed_days.setValue(board_core.DEFAULT_CLOSED_WITHIN_DAYS)
        self.closed_days.setPrefix(self.tr("Closed: "))
        self.closed_days.setSuffix(self.tr(" d", "days, short"))
        self.closed_days.setToolTip(self.tr("How far back the Won and Lost columns reach"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("boardSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Filter cards…"))
        self.search_edit.setMinimumWidth(120)
        self.search_edit.setMaximumWidth(200)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("boardSummary")
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stages_button = QPushButton(self.tr("Stages…"))
        self.stages_button.setObjectName("stagesButton")
        self.stages_button.setToolTip(self.tr("Add, rename, reorder or delete funnel stages"))
        self.stages_button.clicked.connect(self.configure_stages)
        for widget in (
            self.owner_combo,
            self.source_combo,
            self.temp_combo,
            self.tag_combo,
            self.stale_check,
            self.search_edit,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.closed_days)
        row.addWidget(self.stages_button)
        strip = QHBoxLayout()
        strip.setContentsMargins(10, 6, 10, 0)
        strip.addWidget(self.summary_label, 1)
        outer.addLayout(row)
        outer.addLayout(strip)
        for combo in (self.owner_combo, self.source_combo, self.temp_combo, self.tag_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(175)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.stale_check.toggled.connect(self._filters_changed)
        self.closed_days.valueChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._filters_changed)
        return bar

    def _load_people(self) -> None:
        """Owners and tags for the filter combos, and who "me" is."""
        with self.ctx.db.session() as session:
            from salesdesk.crm import settings as db_settings

            me = db_settings.me(session)
            self._me_id = me.id if me is not None else None
            self._me_name = me.name if me is not None else ""
            owners = [
                (o.id, o.name)
                for o in session.scalars(select(Owner).where(Owner.active).order_by(Owner.name))
            ]
            tags = [(t.id, t.name) for t in session.scalars(select(Tag).order_by(Tag.name))]
        for combo in (self.owner_combo, self.tag_combo):
            combo.blockSignals(True)
        owner_value = self.owner_combo.currentData()
        tag_value = self.tag_combo.currentData()
        self.owner_combo.clear()
        if self._me_id is not None:
            self.owner_combo.addItem(self.tr("My leads"), "me")
            self.owner_combo.setItemData(0, self._me_name, Qt.ItemDataRole.ToolTipRole)
        self.owner_combo.addItem(self.tr("Everyone's leads"), "all")
        for owner_id, name in owners:
            if owner_id != self._me_id:
                self.owner_combo.addItem(name, owner_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner_value)))
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag_id, name in tags:
            self.tag_combo.addItem(name, tag_id)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag_value)))
        self.tag_combo.setVisible(len(tags) > 0)
        for combo in (self.owner_combo, self.tag_combo):
            combo.blockSignals(False)

    def current_filter(self) -> BoardFilter:
        owner = self.owner_combo.currentData()
        owner_id = self._me_id if owner == "me" else (None if owner in ("all", None) else int(owner))
        tag = self.tag_combo.currentData()
        return BoardFilter(
            owner_id=owner_id,
            source=str(self.source_combo.currentData() or ""),
            temperature=str(self.temp_combo.currentData() or ""),
            tag_id=int(tag) if tag is not None else None,
            stale_only=self.stale_check.isChecked(),
            text=self.search_edit.text().strip(),
            closed_within_days=self.closed_days.value(),
        )

    def selected_ids(self) -> list[int]:
        """The lead ids of the selected cards, column by column."""
        return [lead_id for column in self.columns for lead_id in column.view.selected_ids()]

    def export_request(self) -> dict[str, Any]:
        """What "Export…" writes: the cards the filter bar lets through (recent closes and
        the stale rule included), or the selected cards."""
        flt = self.filter  # what the columns show (the search box may lag by its timer)
        with self.ctx.db.session() as session:
            shown = board_core.shown_ids(session, flt)
        request: dict[str, Any] = {
            "kinds": ["leads"],
            "owner_ids": [flt.owner_id] if flt.owner_id is not None else [],
            "sources": [flt.source] if flt.source else [],
            "temperatures": [flt.temperature] if flt.temperature else [],
            "search": flt.text,
            "include_discarded": True,  # the board has no discarded filter
            "shown_lead_ids": shown,
        }
        selected = self.selected_ids()
        if selected:
            request["lead_ids"] = selected
        return request

    def _settings_prefix(self) -> str:
        return f"board/filters/{self._me_id if self._me_id is not None else 'anyone'}/"

    def _restore_filters(self) -> None:
        s = self.ctx.settings()
        p = self._settings_prefix()
        widgets = (
            self.owner_combo,
            self.source_combo,
            self.temp_combo,
            self.tag_combo,
            self.stale_check,
            self.closed_days,
        )
        for w in widgets:
            w.blockSignals(True)
        owner = s.value(p + "owner", "me")
        index = self.owner_combo.findData(owner)
        if index < 0 and isinstance(owner, str) and owner.isdecimal():
            index = self.owner_combo.findData(int(owner))
        self.owner_combo.setCurrentIndex(max(0, index))
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(str(s.value(p + "source", "")))))
        self.temp_combo.setCurrentIndex(max(0, self.temp_combo.findData(str(s.value(p + "temperature", "")))))
        tag = s.value(p + "tag", "")
        if tag not in ("", None) and str(tag).isdecimal():
            self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(int(str(tag)))))
        self.stale_check.setChecked(str(s.value(p + "stale", "false")).lower() == "true")
        try:
            self.closed_days.setValue(
                int(str(s.value(p + "closed_days", board_core.DEFAULT_CLOSED_WITHIN_DAYS)))
            )
        except ValueError:
            self.closed_days.setValue(board_core.DEFAULT_CLOSED_WITHIN_DAYS)
        saved = s.value("board/collapsed", None)
        if saved is None:  # first run: won and lost folded, the open funnel gets the room
            self._collapsed = set(self._closed_stage_ids())
        else:
            self._collapsed = {int(i) for i in str(saved).split(",") if i.isdecimal()}
        for w in widgets:
            w.blockSignals(False)

    def _closed_stage_ids(self) -> list[int]:
        with self.ctx.db.session() as session:
            return [s.id for s in board_core.stage_infos(session) if not s.is_open]

    def _save_filters(self) -> None:
        s = self.ctx.settings()
        p = self._settings_prefix()
        owner = self.owner_combo.currentData()
        s.setValue(p + "owner", str(owner) if owner is not None else "me")
        s.setValue(p + "source", self.source_combo.currentData() or "")
        s.setValue(p + "temperature", self.temp_combo.currentData() or "")
        tag = self.tag_combo.currentData()
        s.setValue(p + "tag", str(tag) if tag is not None else "")
        s.setValue(p + "stale", "true" if self.stale_check.isChecked() else "false")
        s.setValue(p + "closed_days", self.closed_days.value())

    def _filters_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self._save_filters()
        self.refresh()

    # -- columns --------------------------------------------------------------------------
    def rebuild(self) -> None:
        """(Re)create the columns from the configured stages."""
        for column in self.columns:
            self.columns_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        self.models = {}
        with self.ctx.db.session() as session:
            infos = board_core.stage_infos(session)
        for info in infos:
            model = ColumnModel(info, self._fetch, self._on_drop, parent=self)
            column = ColumnWidget(self.ctx, info, model, self.container)
            column.view.openRequested.connect(self.ctx.bus.openLead.emit)
            column.view.moveRequested.connect(lambda step, c=column: self.move_selected(c, step))
            column.view.focusColumn.connect(lambda step, c=column: self.focus_neighbour(c, step))
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            column.quickCreate.connect(self.quick_create)
            if info.id in self._collapsed:
                column.set_collapsed(True)
            column.collapsedChanged.connect(lambda collapsed, c=column: self._collapsed_changed(c, collapsed))
            self.columns.append(column)
            self.models[info.id] = model
            self.columns_layout.addWidget(column, 0 if info.kind != StageKind.OPEN else 1)
        self.refresh(keep=False)

    def column(self, stage_id: int) -> ColumnWidget | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def _collapsed_changed(self, column: ColumnWidget, collapsed: bool) -> None:
        if collapsed:
            self._collapsed.add(column.stage.id)
            column.model.clear()
        else:
            self._collapsed.discard(column.stage.id)
            column.model.load(self.filter)
        self.ctx.settings().setValue("board/collapsed", ",".join(str(i) for i in sorted(self._collapsed)))

    def _fetch(
        self, stage: StageInfo, flt: BoardFilter, after: tuple[object, ...] | None, limit: int
    ) -> list[Card]:
        with self.ctx.db.session() as session:
            return board_core.cards(session, stage, flt, after=after, limit=limit)

    def refresh(self, stage_ids: Iterable[int] | None = None, *, keep: bool = True) -> None:
        """Re-read the headers and the cards of these columns (default: all of them)."""
        wanted = set(stage_ids) if stage_ids is not None else None
        with self.ctx.db.session() as session:
            if wanted is None or self.filter.text != self.search_edit.text().strip():
                self.filter = board_core.resolve(session, self.current_filter())
            summaries = board_core.column_summaries(session, self.filter, stage_ids=wanted)
        for summary in summaries:
            column = self.column(summary.stage_id)
            if column is None:
                continue
            column.set_summary(summary, self.filter.closed_within_days)
            if column.collapsed:
                continue
            column.model.load(self.filter, keep=len(column.model.cards) if keep else 0)
        self._update_summary(summaries if wanted is None else None)

    def _update_summary(self, summaries: list[board_core.ColumnSummary] | None) -> None:
        if summaries is None:
            summaries = [c.summary for c in self.columns if c.summary is not None]
        open_ones = [s for s in summaries if s.stage.is_open]
        count = sum(s.count for s in open_ones)
        totals: dict[str, int] = {}
        weighted: dict[str, int] = {}
        for s in open_ones:
            for cur, v in s.totals.items():
                totals[cur] = totals.get(cur, 0) + v
            for cur, v in s.weighted.items():
                weighted[cur] = weighted.get(cur, 0) + v

        total, total_full = money_text(self.ctx, totals)
        weight, weight_full = money_text(self.ctx, weighted)
        text = self.tr("Open pipeline: {n} leads · {total} · weighted {weighted}")
        n = self.ctx.locale.toString(count)
        self.summary_label.setText(text.format(n=n, total=total, weighted=weight))
        self.summary_label.setToolTip(text.format(n=n, total=total_full, weighted=weight_full))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _on_data_changed(self, kind: str) -> None:
        if self._own_change:
            return
        if kind == "stages":
            self.rebuild()
            return
        if kind == "settings":
            self._load_people()
            self._restore_filters()
        if not self.isVisible():
            self._dirty = True
            return
        if kind in ("leads", "contacts", "followups", "imports", "referrals", "settings", "tags"):
            if kind in ("imports", "leads"):
                self._load_people()
            self.refresh()

    def _announce(self, kind: str = "leads") -> None:
        self._own_change = True
        try:
            self.ctx.bus.dataChanged.emit(kind)
        finally:
            self._own_change = False

    # -- the shell's hooks ----------------------------------------------------------------
    def apply_search(self, text: str) -> None:
        """The global search field narrows the cards like the board's own filter."""
        if self.search_edit.text() != text:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(text)
            self.search_edit.blockSignals(False)
        self._filters_changed()

    def apply_filters(self, filters: dict[str, Any]) -> None:
        """Click-through from elsewhere (e.g. the dashboard): owner, source, temperature,
        tag_id, stale, text, closed_within_days, stage_id (scrolled into view).

        As docs/DEVELOPING.md "Click-through filters" says, an absent ``owner_id`` means every
        owner, and a filter the sender did not name is cleared (the user sees what was clicked,
        not that narrowed by what the board showed before). Keys the board cannot show
        (``stage_kind``, ``expected_from``/``_to``, ...) are ignored: a superset, never an error.
        """
        filters = {"owner_id": None, "source": "", "temperature": "", "tag_id": None, "text": "", **filters}
        if "stale" not in filters and "stale_only" not in filters:
            filters["stale_only"] = False
        widgets = (
            self.owner_combo,
            self.source_combo,
            self.temp_combo,
            self.tag_combo,
            self.stale_check,
            self.closed_days,
            self.search_edit,
        )
        for w in widgets:
            w.blockSignals(True)
        if "owner_id" in filters or "owner" in filters:
            owner = filters.get("owner", filters.get("owner_id"))
            if owner in (None, "all"):
                self.owner_combo.setCurrentIndex(self.owner_combo.findData("all"))
            elif owner == "me" or owner == self._me_id:
                self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData("me")))
            else:
                self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(int(owner))))
        if "source" in filters:
            self.source_combo.setCurrentIndex(
                max(0, self.source_combo.findData(str(filters["source"] or "")))
            )
        if "temperature" in filters:
            self.temp_combo.setCurrentIndex(
                max(0, self.temp_combo.findData(str(filters["temperature"] or "")))
            )
        if "tag_id" in filters:
            tag = filters["tag_id"]
            self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag)) if tag is not None else 0)
        if "stale" in filters or "stale_only" in filters:
            self.stale_check.setChecked(bool(filters.get("stale", filters.get("stale_only"))))
        if "closed_within_days" in filters:
            self.closed_days.setValue(int(filters["closed_within_days"]))
        if "text" in filters:
            self.search_edit.setText(str(filters["text"] or ""))
        for w in widgets:
            w.blockSignals(False)
        self._filters_changed()
        stage_id = filters.get("stage_id")
        column = self.column(int(stage_id)) if stage_id is not None else None
        if column is not None:
            column.set_collapsed(False)
            self.scroll.ensureWidgetVisible(column)

    # -- writing --------------------------------------------------------------------------
    def run_write(self, action: Callable[[Session], Any]) -> Any:
        """Run ``action`` in one transaction; a user's mistake is shown, nothing written."""
        try:
            with self.ctx.db.transaction() as session:
                return action(session)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Board"), str(error))
            return None

    def after_move(
        self,
        record: MoveRecord,
        *,
        select_moved: bool = True,
        undo: bool = False,
        before_id: int | None = None,
    ) -> None:
        """Update only the columns the move touched, and keep the moved cards selected."""
        touched = record.from_stage_ids | {record.to_stage_id}
        if not self._move_locally(record, touched, None if undo else before_id):
            self.refresh(touched)
        self._announce("leads")
        if not select_moved:
            return
        by_stage: dict[int, list[int]] = {}
        if undo:
            for state in record.before:
                by_stage.setdefault(state.stage_id, []).append(state.lead_id)
        else:
            by_stage[record.to_stage_id] = record.lead_ids
        for stage_id, ids in by_stage.items():
            self.select_cards(stage_id, ids)

    def _move_locally(self, record: MoveRecord, touched: set[int], before_id: int | None) -> bool:
        """A move between open columns, applied to the models and headers in memory: the
        moved cards are re-read (their flags depend on the new stage), nothing else is.
        False when the columns must be re-read instead (won/lost, "stale only")."""
        columns = [self.column(i) for i in touched]
        if self.filter.stale_only or any(
            c is None or not c.stage.is_open or c.summary is None for c in columns
        ):
            return False
        ids = record.lead_ids
        with self.ctx.db.session() as session:
            fresh = board_core.cards_by_id(session, ids)
        if len(fresh) != len(ids):
            return False
        for column in columns:
            assert column is not None and column.summary is not None
            removed = column.model.remove_ids(set(ids))
            if len(removed) != sum(1 for s in record.before if s.stage_id == column.stage.id):
                return False  # a moved card was not loaded here: re-read to be exact
            column.summary = board_core.adjust_summary(column.summary, removed=removed)
        for lead_id in ids:
            card = fresh[lead_id]
            column = self.column(card.stage_id)
            assert column is not None and column.summary is not None
            if not column.collapsed:
                column.model.insert_sorted(card, before_id)
            column.summary = board_core.adjust_summary(column.summary, added=[card])
        for column in columns:
            assert column is not None and column.summary is not None
            column.set_summary(column.summary, self.filter.closed_within_days)
        self._update_summary(None)
        return True

    def select_cards(self, stage_id: int, ids: list[int]) -> None:
        column = self.column(stage_id)
        if column is None or column.collapsed:
            return
        view = column.view
        selection = view.selectionModel()
        selection.clearSelection()
        first = None
        for lead_id in ids:
            row = column.model.row_of(lead_id)
            if row < 0:
                continue
            index = column.model.index(row, 0)
            selection.select(index, QItemSelectionModel.SelectionFlag.Select)
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(first)
            view.setFocus()

    def _on_drop(self, ids: list[int], stage_id: int, before_id: int | None, at_top: bool) -> None:
        # Finish the drag first; the won/lost dialogs open after it.
        QTimer.singleShot(0, lambda: self.move(ids, stage_id, before_id=before_id, at_top=at_top))

    def _cards(self, ids: list[int]) -> list[Card]:
        found: dict[int, Card] = {}
        for model in self.models.values():
            for card in model.cards:
                if card.id in ids:
                    found[card.id] = card
        missing = [i for i in ids if i not in found]
        if missing:
            with self.ctx.db.session() as session:
                for lead_id in missing:
                    card = board_core.card(session, lead_id)
                    if card is not None:
                        found[lead_id] = card
        return [found[i] for i in ids if i in found]

    def move(
        self, ids: list[int], stage_id: int, *, before_id: int | None = None, at_top: bool = False
    ) -> bool:
        """Move the cards into a column; winning and losing ask for their details first.
        Returns whether anything moved."""
        column = self.column(stage_id)
        if column is None or not ids:
            return False
        stage = column.stage
        who = self._me_name
        count = len(ids)
        text = self.tr("Move {n} lead(s) to {stage}").format(n=count, stage=stage.name)
        cards = self._cards(ids)
        moving_in = [c for c in cards if c.stage_id != stage.id]
        action: Callable[[Session], MoveRecord]
        if stage.kind == StageKind.WON and moving_in:
            won = WonDialog(self.ctx, moving_in, self)
            if won.exec() != QDialog.DialogCode.Accepted:
                return False
            values, closed, days = won.values(), won.closed_on(), won.referral_in_days()
            moving_ids = [c.id for c in moving_in]
            text = self.tr("Mark {n} lead(s) won").format(n=len(moving_ids))

            def action(s: Session) -> MoveRecord:
                return board_core.win_cards(
                    s,
                    moving_ids,
                    stage.id,
                    value_cents=values,
                    close_date=closed,
                    ask_referral_in_days=days,
                    changed_by=who,
                )
        elif stage.kind == StageKind.LOST and moving_in:
            lost = LostDialog(self.ctx, moving_in, self)
            if lost.exec() != QDialog.DialogCode.Accepted:
                return False
            reason, note, revisit = lost.reason_code(), lost.note_text(), lost.revisit_on()
            moving_ids = [c.id for c in moving_in]
            text = self.tr("Mark {n} lead(s) lost").format(n=len(moving_ids))

            def action(s: Session) -> MoveRecord:
                return board_core.lose_cards(
                    s, moving_ids, stage.id, reason=reason, note=note, revisit_on=revisit, changed_by=who
                )
        elif stage.kind != StageKind.OPEN:
            return False  # reordering inside won/lost: they are ordered by close date
        else:

            def action(s: Session) -> MoveRecord:
                return board_core.move_cards(
                    s, ids, stage.id, before_id=before_id, at_top=at_top, changed_by=who
                )

        record = self.run_write(action)
        if record is None:
            return False
        self.ctx.undo_stack.push(MoveCommand(self, action, record, text))
        self.after_move(record, before_id=None if at_top else before_id)
        if stage.kind == StageKind.WON:
            self.ctx.bus.statusMessage.emit(self.tr("Won! The contact is now a customer."))
        return True

    def move_selected(self, column: ColumnWidget, step: int) -> None:
        ids = column.view.selected_ids()
        if not ids:
            current = column.view.current_id()
            ids = [current] if current is not None else []
        if not ids:
            return
        with self.ctx.db.session() as session:
            target = board_core.neighbour_stage(session, column.stage.id, step)
        if target is None:
            return
        target_column = self.column(target.id)
        if target_column is not None and target_column.collapsed:
            target_column.set_collapsed(False)
        self.move(ids, target.id, at_top=True)

    def focus_neighbour(self, column: ColumnWidget, step: int) -> None:
        index = self.columns.index(column)
        row = max(column.view.currentIndex().row(), 0)
        target = index + step
        while 0 <= target < len(self.columns):
            other = self.columns[target]
            if not other.collapsed and other.model.rowCount() > 0:
                other.view.setFocus()
                r = min(row, other.model.rowCount() - 1)
                other.view.setCurrentIndex(other.model.index(r, 0))
                self.scroll.ensureWidgetVisible(other)
                return
            target += step

    def quick_create(self, stage_id: int, title: str, contact: str) -> None:
        owner = self._me_id
        who = self._me_name

        def action(s: Session) -> int:
            return board_core.quick_create(
                s, stage_id=stage_id, title=title, contact_name=contact, owner_id=owner, changed_by=who
            ).id

        lead_id = self.run_write(action)
        if lead_id is None:
            return
        self.refresh([stage_id])
        self._announce("leads")
        column = self.column(stage_id)
        if column is not None:
            column.quick_created()
        if self.filter.owner_id not in (None, owner) or not self._visible(stage_id, lead_id):
            self.ctx.bus.statusMessage.emit(self.tr("Lead created; the current filters hide it."))
        else:
            self.ctx.bus.statusMessage.emit(self.tr("Lead created."))

    def _visible(self, stage_id: int, lead_id: int) -> bool:
        model = self.models.get(stage_id)
        return model is not None and model.row_of(lead_id) >= 0

    def revive(self, lead_id: int) -> None:
        who, owner = self._me_name, self._me_id

        def action(s: Session) -> tuple[int, int]:
            lead = s.get(Lead, lead_id)
            if lead is None:
                raise UserError(self.tr("That lead no longer exists."))
            new = lead_rules.revive(s, lead, changed_by=who, owner_id=owner)
            return new.id, new.stage_id

        result = self.run_write(action)
        if result is None:
            return
        new_id, stage_id = result
        self.refresh([stage_id])
        self._announce("leads")
        self.select_cards(stage_id, [new_id])
        column = self.column(stage_id)
        self.ctx.bus.statusMessage.emit(
            self.tr("Revived as a new lead in {stage}.").format(stage=column.stage.name if column else "")
        )

    def _context_menu(self, column: ColumnWidget, pos: QPoint) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        if not column.view.selectionModel().isSelected(index):
            column.view.setCurrentIndex(index)
        ids = column.view.selected_ids()
        lead_id = int(index.data(Qt.ItemDataRole.UserRole + 2))
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("&Open lead"))
        open_action.triggered.connect(lambda: self.ctx.bus.openLead.emit(lead_id))
        move_menu = menu.addMenu(self.tr("&Move to"))
        for other in self.columns:
            if other is column:
                continue
            act = move_menu.addAction(other.stage.name)
            act.triggered.connect(lambda _c=False, sid=other.stage.id: self.move(ids, sid, at_top=True))
        if column.stage.kind == StageKind.LOST:
            menu.addSeparator()
            revive = menu.addAction(self.tr("&Revive as a new lead"))
            revive.triggered.connect(lambda: self.revive(lead_id))
        menu.popup(column.view.viewport().mapToGlobal(pos))

    def configure_stages(self) -> None:
        dialog = StagesDialog(self.ctx, self)
        dialog.exec()

    def can_close(self) -> bool:
        return True

    def today(self) -> date:
        return local_today()


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return BoardView(ctx, parent)
