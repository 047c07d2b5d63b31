"""The Leads view: every lead in a sortable, filterable table (SQL-sorted, fetched in pages),
with chosen columns, the board's filters and search, and bulk actions with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.crm import labels, scoring
from salesdesk.crm import lead_table as lt
from salesdesk.crm.clock import local_date
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import LeadSource, Temperature
from salesdesk.db.models import Owner, Tag
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default "parent" of flat models
PAGE = 200
TEMPERATURE_COLORS = {"hot": "#b42318", "warm": "#b54708", "cold": "#175cd3"}


class LeadTableModel(QAbstractTableModel):
    """All matching lead ids (sorted by the database), rows fetched page by page."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = lt.LeadFilter()
        self.sort_key = "created_at"
        self.descending = True
        self.ids: list[int] = []
        self.total = 0
        self.all_ids = True
        self.rows: list[lt.LeadRow] = []
        self._loaded = False
        self.weights = scoring.default_weights()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """First page at once (a LIMIT query and a count); the ordered ids of the rest are
        fetched when the view first scrolls past it."""
        self._loaded = True
        self.beginResetModel()
        with self.ctx.db.session() as s:
            self.weights = scoring.learned_weights(s)
            self.total = lt.count(s, self.filter)
            self.ids = lt.ordered_ids(
                s, self.filter, self.sort_key, self.descending, self.weights, limit=PAGE
            )
            self.all_ids = len(self.ids) >= self.total
            self.rows = lt.rows(s, self.ids, self.weights)
        self.endResetModel()

    def _ensure_all_ids(self) -> None:
        if not self.all_ids:
            with self.ctx.db.session() as s:
                self.ids = lt.ordered_ids(s, self.filter, self.sort_key, self.descending, self.weights)
            self.all_ids = True

    def set_filter(self, flt: lt.LeadFilter) -> None:
        self.filter = flt
        self.reload()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        self._ensure_all_ids()
        start = len(self.rows)
        chunk = self.ids[start : start + PAGE]
        if not chunk:
            return
        with self.ctx.db.session() as s:
            more = lt.rows(s, chunk, self.weights)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(lt.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(lt.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return lt.column_header(lt.COLUMNS[section].key)
        if role == Qt.ItemDataRole.ToolTipRole and lt.COLUMNS[section].key == "score":
            return self.tr("Lead score 0–100: hover a score to see why")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = lt.COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "score":
                return row.score_text
            if key == "title":
                return row.title
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and lt.COLUMNS[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "temperature":
            return QColor(TEMPERATURE_COLORS.get(row.temperature, "#1d2739"))
        return None

    def _text(self, row: lt.LeadRow, key: str) -> str:
        ctx = self.ctx
        if key == "id":
            return str(row.id)
        if key == "value":
            return ctx.money(row.value_cents, row.currency)
        if key == "expected_close":
            return ctx.date_text(row.expected_close)
        if key == "temperature":
            return labels.label(row.temperature)
        if key == "source":
            return labels.label(row.source)
        if key == "score":
            return str(row.score)
        if key == "phone":
            from salesdesk.crm.validation import display_phone

            return display_phone(row.phone)
        if key in ("created_at", "last_activity"):
            value = row.created_at if key == "created_at" else row.last_activity
            return ctx.date_text(local_date(value)) if value else ""
        return str(getattr(row, key, "") or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(lt.COLUMNS):
            return
        key, descending = lt.COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder
        changed = (key, descending) != (self.sort_key, self.descending)
        self.sort_key, self.descending = key, descending
        # Before the first load the view is only announcing its order: the load comes next.
        if self._loaded and changed:
            self.reload()


class BulkCommand(QUndoCommand):
    """A bulk action on the window's undo stack."""

    def __init__(
        self, ctx: AppContext, text: str, action: Callable[[Any], lt.BulkRecord], record: lt.BulkRecord
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.action = action
        self.record: lt.BulkRecord | None = record
        self._done = True  # the action ran before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.ctx.bus.dataChanged.emit("leads")
            return
        with self.ctx.db.transaction() as s:
            self.record = self.action(s)
        self.ctx.bus.dataChanged.emit("leads")

    def undo(self) -> None:
        if self.record is None:
            return
        with self.ctx.db.transaction() as s:
            lt.undo_bulk(s, self.record)
        self.ctx.bus.dataChanged.emit("leads")


class LeadsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LeadTableModel(ctx, self)
        self.extra: dict[str, Any] = {}  # click-through filters (lead ids, won range, ...)
        self._build()
        self._restore_columns()
        self.model.reload()
        self._update_count()
        ctx.bus.dataChanged.connect(self._on_data_changed)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("leadsSearch")
        self.search.setPlaceholderText(self.tr("Search leads…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._filters_changed)
        self.search.textChanged.connect(lambda t: self._filters_changed() if not t else None)
        self.stage = QComboBox()
        self.owner = QComboBox()
        self.source = QComboBox()
        self.temperature = QComboBox()
        self.tag = QComboBox()
        self.stale = QCheckBox(self.tr("Stale only"))
        self._fill_filters()
        for combo in (self.stage, self.owner, self.source, self.temperature, self.tag):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.stale.toggled.connect(self._filters_changed)
        bar.addWidget(self.search, 2)
        for w in (self.stage, self.owner, self.source, self.temperature, self.tag, self.stale):
            bar.addWidget(w)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns…"))
        self.columns_button.clicked.connect(self.choose_columns)
        bar.addWidget(self.columns_button)
        layout.addLayout(bar)
        chips = QHBoxLayout()
        self.extra_label = QLabel()
        self.extra_label.setStyleSheet("color: #0b3d91;")
        self.clear_extra = QPushButton(self.tr("Show all"))
        self.clear_extra.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        chips.addWidget(self.count_label)
        chips.addWidget(self.extra_label)
        chips.addWidget(self.clear_extra)
        chips.addStretch(1)
        self.bulk_buttons: list[QPushButton] = []
        for text, slot in (
            (self.tr("Owner…"), self.bulk_owner),
            (self.tr("Stage…"), self.bulk_stage),
            (self.tr("Tags…"), self.bulk_tags),
            (self.tr("Distribute…"), self.bulk_distribute),
            (self.tr("Delete…"), self.bulk_delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            chips.addWidget(button)
            self.bulk_buttons.append(button)
        layout.addLayout(chips)
        self.table = QTableView()
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            lt.COLUMN_KEYS.index("created_at"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self._update_count())
        for key, width in (("title", 220), ("contact", 170), ("organization", 170), ("stage", 130),
                           ("value", 100), ("score", 60), ("source", 150), ("owner", 120)):  # fmt: skip
            self.table.setColumnWidth(lt.COLUMN_KEYS.index(key), width)
        self.table.doubleClicked.connect(self._open)
        for key, slot in ((QKeySequence(Qt.Key.Key_Return), self._open_current),
                          (QKeySequence(QKeySequence.StandardKey.Delete), self.bulk_delete)):  # fmt: skip
            shortcut = QShortcut(key, self.table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        layout.addWidget(self.table, 1)

    def _fill_filters(self) -> None:
        with self.ctx.db.session() as s:
            stage_items = [(st.id, labels.stage_label(st.name, st.key)) for st in stages(s)]
            owners = s.execute(select(Owner.id, Owner.name).order_by(Owner.name)).all()
            tags = s.execute(select(Tag.id, Tag.name).order_by(Tag.name)).all()
        me = self.ctx.me_id()

        def fill(combo: QComboBox, first: str, items: list[tuple[Any, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for data, text in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        fill(self.stage, self.tr("All stages"), stage_items)
        owner_items: list[tuple[Any, str]] = [(oid, name) for oid, name in owners]
        if me is not None:
            owner_items.insert(0, (me, self.tr("Me")))
        fill(self.owner, self.tr("All owners"), owner_items)
        fill(self.source, self.tr("All sources"), labels.choices(LeadSource))
        fill(self.temperature, self.tr("All temperatures"), labels.choices(Temperature))
        fill(self.tag, self.tr("All tags"), [(tid, name) for tid, name in tags])

    # -- filters --------------------------------------------------------------------------
    def current_filter(self) -> lt.LeadFilter:
        return lt.LeadFilter.from_dict(
            {
                **self.extra,
                "stage_id": self.stage.currentData(),
                "owner_id": self.owner.currentData(),
                "source": self.source.currentData() or "",
                "temperature": self.temperature.currentData() or "",
                "tag_id": self.tag.currentData(),
                "stale_only": self.stale.isChecked(),
                "text": self.search.text().strip(),
            }
        )

    def export_request(self) -> dict[str, Any]:
        """What "Export…" writes: the table's filters, search and selected rows."""
        flt = self.model.filter  # what the table shows (not text typed but not yet searched)
        request: dict[str, Any] = {
            "kinds": ["leads"],
            "stage_ids": [flt.stage_id] if flt.stage_id is not None else [],
            "owner_ids": [flt.owner_id] if flt.owner_id is not None else [],
            "sources": [flt.source] if flt.source else [],
            "temperatures": [flt.temperature] if flt.temperature else [],
            "search": flt.text,
            "include_discarded": True,  # the table lists discarded leads too
        }
        rest = lt.LeadFilter(
            stage_kind=flt.stage_kind,
            tag_id=flt.tag_id,
            lead_ids=flt.lead_ids,
            won_from=flt.won_from,
            won_to=flt.won_to,
            closed_from=flt.closed_from,
            closed_to=flt.closed_to,
            created_from=flt.created_from,
            created_to=flt.created_to,
            stale_only=flt.stale_only,
        )
        if rest != lt.LeadFilter():
            # Filters the export cannot say (tag by id, stale, ranges): hand over the rows.
            with self.ctx.db.session() as s:
                request["shown_lead_ids"] = lt.ordered_ids(s, flt)
        selected = self.selected_ids()
        if selected:
            request["lead_ids"] = selected
        return request

    def _filters_changed(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def apply_search(self, text: str) -> None:
        self.search.setText(text)
        self._filters_changed()

    def apply_filters(self, filters: dict[str, Any]) -> None:
        """Click-through from the dashboard: keys of ``LeadFilter`` (stage_id, source,
        owner_id, lead_ids, won_from, won_to, ...)."""
        self.extra = {}
        widgets = {"stage_id": self.stage, "owner_id": self.owner, "source": self.source,
                   "temperature": self.temperature, "tag_id": self.tag}  # fmt: skip
        for combo in widgets.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        for other in (self.search, self.stale):
            other.blockSignals(True)
        self.search.clear()
        self.stale.setChecked(False)
        for key, value in filters.items():
            combo = widgets.get(key)
            if combo is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))
            elif key == "text":
                self.search.setText(str(value))
            elif key == "stale_only":
                self.stale.setChecked(bool(value))
            else:
                self.extra[key] = value
        for combo in widgets.values():
            combo.blockSignals(False)
        for other in (self.search, self.stale):
            other.blockSignals(False)
        self._filters_changed()

    def clear_filters(self) -> None:
        self.extra = {}
        self.apply_filters({})

    def refresh(self) -> None:
        self._fill_filters()
        self.model.reload()
        self._update_count()

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("leads", "contacts", "stages", "imports", "referrals", "followups"):
            self.refresh()

    def _update_count(self) -> None:
        total = self.model.total
        selected = len(self.selected_ids())
        text = self.tr("{count} leads").format(count=self.ctx.locale.toString(total))
        if selected:
            text += " · " + self.tr("{count} selected").format(count=self.ctx.locale.toString(selected))
        self.count_label.setText(text)
        parts = []
        extra = self.extra
        if "lead_ids" in extra:
            parts.append(self.tr("chosen leads"))
        if extra.get("import_batch_id") is not None:
            parts.append(self.tr("import batch {id}").format(id=extra["import_batch_id"]))

        def day(value: Any) -> str:
            if isinstance(value, str) and value:
                from datetime import date

                value = date.fromisoformat(value)
            return self.ctx.date_text(value) if value else "…"

        for prefix, text in (
            ("won", self.tr("won {start} – {end}")),
            ("closed", self.tr("closed {start} – {end}")),
            ("created", self.tr("created {start} – {end}")),
        ):
            if extra.get(f"{prefix}_from") or extra.get(f"{prefix}_to"):
                parts.append(
                    text.format(start=day(extra.get(f"{prefix}_from")), end=day(extra.get(f"{prefix}_to")))
                )
        kind = extra.get("stage_kind")
        if kind:
            parts.append(self.tr("closed") if kind == "closed" else labels.label(str(kind)).lower())
        self.extra_label.setText(self.tr("Filtered: {what}").format(what=", ".join(parts)) if parts else "")
        self.clear_extra.setVisible(bool(parts))
        for button in self.bulk_buttons:
            button.setEnabled(selected > 0)

    # -- columns --------------------------------------------------------------------------
    def _restore_columns(self) -> None:
        saved = self.ctx.settings().value("leads/columns")
        visible = set(str(saved).split(",")) if saved else {c.key for c in lt.COLUMNS if c.visible}
        for i, c in enumerate(lt.COLUMNS):
            self.table.setColumnHidden(i, c.key not in visible)

    def visible_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(lt.COLUMNS) if not self.table.isColumnHidden(i)]

    def set_visible_columns(self, keys: list[str]) -> None:
        if not keys:
            return
        for i, c in enumerate(lt.COLUMNS):
            self.table.setColumnHidden(i, c.key not in keys)
        self.ctx.settings().setValue("leads/columns", ",".join(keys))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for i, c in enumerate(lt.COLUMNS):
            action = QAction(lt.column_header(c.key), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, key=c.key: self._toggle_column(key, on))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _toggle_column(self, key: str, on: bool) -> None:
        keys = [k for k in self.visible_columns() if k != key]
        if on:
            keys.append(key)
        self.set_visible_columns(keys)

    def choose_columns(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Columns"))
        layout = QVBoxLayout(dialog)
        chooser = QListWidget()
        for i, c in enumerate(lt.COLUMNS):
            item = QListWidgetItem(lt.column_header(c.key))
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            item.setCheckState(
                Qt.CheckState.Unchecked if self.table.isColumnHidden(i) else Qt.CheckState.Checked
            )
            chooser.addItem(item)
        layout.addWidget(chooser)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            keys = [
                chooser.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(chooser.count())
                if chooser.item(r).checkState() == Qt.CheckState.Checked
            ]
            self.set_visible_columns(keys)

    # -- opening and bulk actions ---------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def _open(self, index: QModelIndex) -> None:
        lead_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if lead_id is not None:
            self.ctx.bus.openLead.emit(int(lead_id))

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self._open(self.table.currentIndex())

    def _push(self, text: str, action: Callable[[Any], lt.BulkRecord]) -> None:
        try:
            with self.ctx.db.transaction() as s:
                record = action(s)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Leads"), str(error))
            return
        self.ctx.undo_stack.push(BulkCommand(self.ctx, text, action, record))
        self.ctx.bus.statusMessage.emit(self.tr("{what}. Undo with Ctrl+Z.").format(what=text))

    def _pick(self, title: str, label: str, items: list[tuple[Any, str]]) -> tuple[bool, Any]:
        texts = [t for _, t in items]
        chosen, ok = QInputDialog.getItem(self, title, label, texts, 0, False)
        if not ok:
            return False, None
        return True, items[texts.index(chosen)][0]

    def _owners(self) -> list[tuple[Any, str]]:
        with self.ctx.db.session() as s:
            return [(oid, name) for oid, name in s.execute(
                select(Owner.id, Owner.name).where(Owner.active).order_by(Owner.name))]  # fmt: skip

    def _me_name(self) -> str:
        from salesdesk.crm import settings as db_settings

        with self.ctx.db.session() as s:
            owner = db_settings.me(s)
            return owner.name if owner else ""

    def bulk_owner(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ok, owner_id = self._pick(
            self.tr("Change owner"),
            self.tr("New owner of {n} leads:").format(n=len(ids)),
            [*self._owners(), (None, self.tr("(nobody)"))],
        )
        if ok:
            self._push(
                self.tr("Change owner of {n} leads").format(n=len(ids)),
                lambda s: lt.set_owner(s, ids, owner_id),
            )

    def bulk_stage(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        with self.ctx.db.session() as s:
            items: list[tuple[Any, str]] = [(st.id, labels.stage_label(st.name, st.key)) for st in stages(s)]
        ok, stage_id = self._pick(
            self.tr("Move to stage"), self.tr("Stage for {n} leads:").format(n=len(ids)), items
        )
        if ok:
            me = self._me_name()
            self._push(
                self.tr("Move {n} leads").format(n=len(ids)),
                lambda s: lt.set_stage(s, ids, stage_id, changed_by=me),
            )

    def bulk_tags(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Tags"),
            self.tr("Tags to add (comma-separated); prefix with - to remove, e.g. vip, -old:"),
        )
        if not ok or not text.strip():
            return
        words = [w.strip() for w in text.split(",") if w.strip()]
        add = [w for w in words if not w.startswith("-")]
        remove = [w[1:].strip() for w in words if w.startswith("-")]
        self._push(
            self.tr("Change tags of {n} leads").format(n=len(ids)),
            lambda s: lt.change_tags(s, ids, add=add, remove=remove),
        )

    def bulk_distribute(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Distribute leads"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Give the {n} selected leads in turn to:").format(n=len(ids))))
        chooser = QListWidget()
        for oid, name in self._owners():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            item.setCheckState(Qt.CheckState.Checked)
            chooser.addItem(item)
        layout.addWidget(chooser)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self._distribute_dialog = chooser
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        owners = [
            chooser.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(chooser.count())
            if chooser.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._push(
            self.tr("Distribute {n} leads").format(n=len(ids)), lambda s: lt.distribute(s, ids, owners)
        )

    def bulk_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete leads"),
            self.tr("Delete {n} leads with their history, follow-ups and notes? You can undo this.").format(
                n=len(ids)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(self.tr("Delete {n} leads").format(n=len(ids)), lambda s: lt.delete_leads(s, ids))


def create_view(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return LeadsView(ctx, parent)
