"""One column of the board: its header figures, a quick-create line and the card list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.crm.board import ColumnSummary, StageInfo
from salesdesk.gui.board.delegate import CardDelegate
from salesdesk.gui.board.model import LEAD_ID_ROLE, MIME_TYPE, ColumnModel
from salesdesk.gui.context import AppContext

COLUMN_MIN_WIDTH = 212
COLLAPSED_WIDTH = 42


def money_text(
    ctx: AppContext, amounts: dict[str, int], home: str = "EUR", *, compact: bool = False
) -> tuple[str, str]:
    """(short, full): amounts in several currencies are never added up; the short text
    shows the home currency (or the largest) and how many others there are."""
    if not amounts:
        return ctx.money(0, home), ctx.money(0, home)
    full = " + ".join(ctx.money(v, c) for c, v in sorted(amounts.items()))
    if len(amounts) == 1:
        return full, full
    main = home if home in amounts else max(amounts, key=lambda c: amounts[c])
    others = len(amounts) - 1
    if compact:
        short = f"{ctx.money(amounts[main], main)} (+{others})"
    else:
        short = QCoreApplication.translate("Board", "{amount} (+{n} other currencies)").format(
            amount=ctx.money(amounts[main], main), n=others
        )
    return short, full


class CardListView(QListView):
    """The card list: arrows move focus (left/right to the next column), Ctrl+Left/Right
    move the selected cards one stage, Enter opens the lead."""

    openRequested = Signal(int)
    moveRequested = Signal(int)  # -1 left, +1 right
    focusColumn = Signal(int)  # -1 left, +1 right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setObjectName("boardCards")

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        model = self.model()
        return [int(model.index(r, 0).data(LEAD_ID_ROLE)) for r in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(LEAD_ID_ROLE)) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                self.moveRequested.emit(step)
                event.accept()
                return
            if mods == Qt.KeyboardModifier.NoModifier:
                self.focusColumn.emit(step)
                event.accept()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            lead_id = self.current_id()
            if lead_id is not None:
                self.openRequested.emit(lead_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.openRequested.emit(int(index.data(LEAD_ID_ROLE)))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when the column is too narrow (tooltip: all)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.toolTip():
            self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), True, text, self.foregroundRole()
        )


class VerticalTitle(QWidget):
    """A collapsed column: its name and count written upwards; a click expands it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.model: ColumnModel | None = None
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(COLLAPSED_WIDTH - 8, 200)

    def set_text(self, text: str) -> None:
        self.text = text
        self.setToolTip(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor("#2f3b52"))
        font = painter.font()
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(
            QRect(QPoint(12, 0), QSize(self.height() - 24, self.width())),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, self.height() - 24),
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()

    # A folded won/lost column still takes cards: drop on it to win or lose them.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.model is not None and event.mimeData().hasFormat(MIME_TYPE):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.model is not None and self.model.dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
        ):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()


class ColumnWidget(QFrame):
    """Header (name, count, total, weighted, stale, overdue), quick create and cards."""

    collapsedChanged = Signal(bool)
    quickCreate = Signal(int, str, str)  # stage id, title, contact name

    def __init__(self, ctx: AppContext, stage: StageInfo, model: ColumnModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stage = stage
        self.model = model
        self.collapsed = False
        self.summary: ColumnSummary | None = None
        self.setObjectName("boardColumn")
        self.setProperty("kind", stage.kind)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.header = QWidget()
        self.header.setObjectName("boardColumnHeader")
        head = QVBoxLayout(self.header)
        head.setContentsMargins(12, 10, 10, 8)
        head.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.name_label = ElidedLabel(stage.name)
        self.name_label.setObjectName("boardColumnName")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if stage.is_open:
            self.name_label.setToolTip(
                self.tr("{name}: win probability {p} %, stale after {d} days").format(
                    name=stage.name, p=stage.probability, d=stage.stale_after_days
                )
            )
        self.count_label = QLabel("0")
        self.count_label.setObjectName("boardColumnCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        self.collapse_button = QToolButton()
        self.collapse_button.setObjectName("boardCollapse")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setText("‹")
        self.collapse_button.setToolTip(self.tr("Collapse this column"))
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(True))
        self.collapse_button.setVisible(not stage.is_open)
        top.addWidget(self.collapse_button)
        head.addLayout(top)
        self.total_label = ElidedLabel()
        self.total_label.setObjectName("boardColumnTotal")
        head.addWidget(self.total_label)
        self.weighted_label = ElidedLabel()
        self.weighted_label.setObjectName("boardColumnWeighted")
        head.addWidget(self.weighted_label)
        self.flags_label = ElidedLabel()
        self.flags_label.setObjectName("boardColumnFlags")
        head.addWidget(self.flags_label)
        outer.addWidget(self.header)

        self.quick = QWidget()
        self.quick.setObjectName("boardQuick")
        quick = QVBoxLayout(self.quick)
        quick.setContentsMargins(8, 0, 8, 4)
        quick.setSpacing(3)
        self.add_button = QToolButton()
        self.add_button.setObjectName("boardAdd")
        self.add_button.setText(self.tr("+ New lead"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_button.setToolTip(self.tr("Quick-create a lead in {stage}").format(stage=stage.name))
        self.add_button.clicked.connect(self.open_quick_create)
        self.title_edit: QLineEdit | None = None
        self.contact_edit: QLineEdit | None = None
        quick.addWidget(self.add_button)
        self._quick_layout = quick
        self.quick.setVisible(stage.is_open)
        outer.addWidget(self.quick)

        self.view = CardListView()
        self.view.setModel(model)
        self.view.setItemDelegate(CardDelegate(ctx, self.view))
        self.view.setAccessibleName(stage.name)
        outer.addWidget(self.view, 1)

        self.vertical = VerticalTitle()
        self.vertical.model = model
        self.vertical.clicked.connect(lambda: self.set_collapsed(False))
        self.vertical.hide()
        outer.addWidget(self.vertical, 1)

    # -- quick create ---------------------------------------------------------------------
    def _make_quick_edits(self) -> tuple[QLineEdit, QLineEdit]:
        """The two quick-create fields, made on first use (a board opens faster)."""
        if self.title_edit is None or self.contact_edit is None:
            self.title_edit = QLineEdit()
            self.title_edit.setObjectName("quickTitle")
            self.title_edit.setPlaceholderText(self.tr("Lead title"))
            self.contact_edit = QLineEdit()
            self.contact_edit.setObjectName("quickContact")
            self.contact_edit.setPlaceholderText(self.tr("Contact name (Enter saves)"))
            for edit in (self.title_edit, self.contact_edit):
                edit.returnPressed.connect(self._submit_quick)
                edit.installEventFilter(self)
                self._quick_layout.addWidget(edit)
        return self.title_edit, self.contact_edit

    def open_quick_create(self) -> None:
        title, contact = self._make_quick_edits()
        self.add_button.hide()
        title.show()
        contact.show()
        title.setFocus()

    def close_quick_create(self) -> None:
        for edit in (self.title_edit, self.contact_edit):
            if edit is not None:
                edit.clear()
                edit.hide()
        self.add_button.show()

    def _submit_quick(self) -> None:
        title_edit, contact_edit = self._make_quick_edits()
        title, contact = title_edit.text().strip(), contact_edit.text().strip()
        if not title:
            title_edit.setFocus()
            return
        if not contact:
            contact_edit.setFocus()
            return
        self.quickCreate.emit(self.stage.id, title, contact)

    def quick_created(self) -> None:
        title_edit, contact_edit = self._make_quick_edits()
        title_edit.clear()
        contact_edit.clear()
        title_edit.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        is_key = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if is_key and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.close_quick_create()
            self.view.setFocus()
            return True
        return False

    # -- figures --------------------------------------------------------------------------
    def set_summary(self, summary: ColumnSummary, closed_days: int) -> None:
        self.summary = summary
        loc = self.ctx.locale
        self.count_label.setText(loc.toString(summary.count))
        self.count_label.setToolTip(self.tr("{n} leads").format(n=loc.toString(summary.count)))
        total = self._money(summary.totals)
        self.total_label.setText(total)
        full_total = money_text(self.ctx, summary.totals)[1]
        if self.stage.is_open:
            weighted = self._money(summary.weighted)
            self.weighted_label.setText(self.tr("Weighted {weighted}").format(weighted=weighted))
            tip = self.tr(
                "Total value {total}; weighted by the stage's {p} % probability: {weighted}"
            ).format(total=total, p=self.stage.probability, weighted=weighted)
            self.total_label.setToolTip(tip)
            self.weighted_label.setToolTip(tip)
            flags = []
            if summary.overdue:
                flags.append("⚠ " + self.tr("{n} overdue").format(n=loc.toString(summary.overdue)))
            if summary.stale:
                flags.append(self.tr("{n} stale").format(n=loc.toString(summary.stale)))
            if not flags:
                flags.append(self.tr("All on track"))
            self.flags_label.setText("  ·  ".join(flags))
            tips = [
                self.tr("{n} with an overdue follow-up").format(n=loc.toString(summary.overdue)),
                self.tr("{n} stale: no activity for {d} days and nothing planned ahead").format(
                    n=loc.toString(summary.stale), d=self.stage.stale_after_days
                ),
                self.tr("{n} without a next step").format(n=loc.toString(summary.no_next_step)),
            ]
            self.flags_label.setToolTip("\n".join(tips))
            alert = bool(summary.overdue or summary.stale)
        else:
            self.weighted_label.setText(
                self.tr("Won in total") if self.stage.kind == "won" else self.tr("Lost in total")
            )
            self.total_label.setToolTip(self.tr("Total value of the closes shown") + f": {full_total}")
            text = self.tr("Last {n} days").format(n=closed_days)
            if summary.overdue:
                text += "  ·  ⚠ " + self.tr("{n} overdue").format(n=loc.toString(summary.overdue))
            self.flags_label.setText(text)
            self.flags_label.setToolTip(self.tr("Closed in the last {n} days").format(n=closed_days))
            alert = bool(summary.overdue)
        if self.flags_label.property("alert") != alert:  # re-style only when it changes
            self.flags_label.setProperty("alert", alert)
            self.flags_label.style().unpolish(self.flags_label)
            self.flags_label.style().polish(self.flags_label)
        self.vertical.set_text(f"{self.stage.name}  ·  {loc.toString(summary.count)}  ·  {total}")

    def _money(self, amounts: dict[str, int]) -> str:
        return money_text(self.ctx, amounts, compact=True)[0]

    # -- collapsing -----------------------------------------------------------------------
    def set_collapsed(self, collapsed: bool) -> None:
        if self.stage.is_open:
            collapsed = False
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.header.setVisible(not collapsed)
        self.view.setVisible(not collapsed)
        self.quick.setVisible(not collapsed and self.stage.is_open)
        self.vertical.setVisible(collapsed)
        if collapsed:
            self.setMinimumWidth(COLLAPSED_WIDTH)
            self.setMaximumWidth(COLLAPSED_WIDTH)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        else:
            self.setMinimumWidth(COLUMN_MIN_WIDTH)
            self.setMaximumWidth(16777215)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.collapsedChanged.emit(collapsed)


__all__ = ["COLUMN_MIN_WIDTH", "CardListView", "ColumnWidget"]
