"""One board column as a list model: plain ``Card`` rows, fetched in pages as the user scrolls.

Drag and drop goes through ``mimeData`` / ``dropMimeData``: the drop is handed to the
board (``on_drop``), which runs the move through the undo stack and reloads only the
columns it touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from salesdesk.crm import board as board_core
from salesdesk.crm.board import BoardFilter, Card, StageInfo
from salesdesk.crm.labels import label, source_label

MIME_TYPE = "application/x-salesdesk-lead-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
LEAD_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
# (stage, filter, after sort key, limit) -> cards
Fetcher = Callable[[StageInfo, BoardFilter, "tuple[object, ...] | None", int], list[Card]]
# (lead ids in order, target stage id, card to insert before or None, at top)
DropHandler = Callable[[list[int], int, "int | None", bool], None]


def encode_ids(ids: Sequence[int], from_stage_id: int) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"ids": list(ids), "from": from_stage_id}).encode()
    data.setData(MIME_TYPE, QByteArray(payload))
    return data


def decode_ids(data: QMimeData) -> tuple[list[int], int | None]:
    if not data.hasFormat(MIME_TYPE):
        return [], None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        ids = [int(i) for i in payload.get("ids", [])]
        origin = payload.get("from")
        return ids, int(origin) if origin is not None else None
    except (ValueError, TypeError, AttributeError):
        return [], None


class ColumnModel(QAbstractListModel):
    """The cards of one stage under the board's filter, in pages of ``page_size``."""

    def __init__(
        self,
        stage: StageInfo,
        fetch: Fetcher,
        on_drop: DropHandler | None = None,
        page_size: int = board_core.PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self._fetch = fetch
        self._on_drop = on_drop
        self.page_size = page_size
        self.cards: list[Card] = []
        self._more = False
        self.filter = BoardFilter()

    # -- loading --------------------------------------------------------------------------
    def load(self, flt: BoardFilter, keep: int = 0) -> None:
        """Reload the first page (or as many cards as were shown, ``keep``)."""
        self.filter = flt
        limit = max(self.page_size, keep)
        rows = self._fetch(self.stage, flt, None, limit + 1)
        self.beginResetModel()
        self.cards = rows[:limit]
        self._more = len(rows) > limit
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.cards = []
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.cards:
            return
        rows = self._fetch(self.stage, self.filter, self.cards[-1].sort_key, self.page_size + 1)
        page = rows[: self.page_size]
        self._more = len(rows) > self.page_size
        known = {c.id for c in self.cards}
        page = [c for c in page if c.id not in known]
        if not page:
            self._more = False
            return
        first = len(self.cards)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.cards.extend(page)
        self.endInsertRows()

    def next_card_after_loaded(self) -> int | None:
        """The first card below the loaded ones (for a drop at the end of a long column)."""
        if not self._more or not self.cards:
            return None
        rows = self._fetch(self.stage, self.filter, self.cards[-1].sort_key, 1)
        return rows[0].id if rows else None

    def remove_ids(self, ids: set[int]) -> list[Card]:
        """Take these cards out (a move elsewhere); returns the ones that were shown."""
        removed = []
        for row in range(len(self.cards) - 1, -1, -1):
            if self.cards[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                removed.append(self.cards.pop(row))
                self.endRemoveRows()
        removed.reverse()
        return removed

    def insert_sorted(self, card: Card, before_id: int | None = None) -> bool:
        """Show a card that joined the column, in its place; False when that place is
        below the loaded pages (it then arrives with fetchMore)."""
        row = self.row_of(before_id) if before_id is not None else -1
        if row < 0:
            row = len(self.cards)
            for i, other in enumerate(self.cards):
                if self._before(card, other):
                    row = i
                    break
        if row == len(self.cards) and self._more:
            return False
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.insert(row, card)
        self.endInsertRows()
        return True

    def _before(self, card: Card, other: Card) -> bool:
        if self.stage.is_open:
            return (card.position, card.id) < (other.position, other.id)
        mine = (card.closed_at.timestamp() if card.closed_at else 0.0, card.id)
        theirs = (other.closed_at.timestamp() if other.closed_at else 0.0, other.id)
        return mine > theirs

    def row_of(self, lead_id: int) -> int:
        for row, card in enumerate(self.cards):
            if card.id == lead_id:
                return row
        return -1

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards) or index.column() != 0:
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == LEAD_ID_ROLE:
            return card.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [card.title, card.contact_name]
            if card.organization_name:
                parts.append(card.organization_name)
            return " — ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: Card) -> str:
        lines = [card.title, card.contact_name]
        if card.organization_name:
            lines.append(card.organization_name)
        lines.append(
            QCoreApplication.translate("Board", "Temperature: {t}").format(t=label(card.temperature))
        )
        source = source_label(card.source)
        if card.source_detail:
            source = f"{source} ({card.source_detail})"
        lines.append(QCoreApplication.translate("Board", "Source: {s}").format(s=source))
        if card.stale:
            lines.append(
                QCoreApplication.translate(
                    "Board", "Stale: no activity for a while and nothing planned ahead"
                )
            )
        elif card.no_next_step:
            lines.append(QCoreApplication.translate("Board", "No next step planned"))
        return "\n".join(line for line in lines if line)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self.cards)})
        return encode_ids([self.cards[r].id for r in rows], self.stage.id)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids, origin = decode_ids(data)
        if not ids or self._on_drop is None:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > len(self.cards):
            row = len(self.cards)
        if origin == self.stage.id and not self.stage.is_open:
            return False  # won and lost columns are ordered by close date
        moving = set(ids)
        before_id: int | None = None
        for card in self.cards[row:]:
            if card.id not in moving:
                before_id = card.id
                break
        if before_id is None:
            before_id = self.next_card_after_loaded()
        at_top = row == 0 or all(c.id in moving for c in self.cards[:row])
        if origin == self.stage.id and self._unchanged(ids, row):
            return False
        self._on_drop(ids, self.stage.id, before_id, at_top)
        return True

    def _unchanged(self, ids: list[int], row: int) -> bool:
        """A drop of a contiguous block onto its own place changes nothing."""
        rows = [self.row_of(i) for i in ids]
        if -1 in rows or rows != list(range(rows[0], rows[0] + len(rows))):
            return False
        return rows[0] <= row <= rows[-1] + 1


__all__ = ["CARD_ROLE", "LEAD_ID_ROLE", "MIME_TYPE", "ColumnModel", "decode_ids", "encode_ids"]
