"""Cards painted by a delegate: no widget per card, so a column of thousands scrolls freely.

Every signal carries text as well as colour: the temperature badge says "Hot", the overdue
date says "Overdue", the stale mark says "Stale".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesdesk.crm.board import Card
from salesdesk.crm.clock import local_today, to_local
from salesdesk.crm.labels import label, lost_reason_label
from salesdesk.db.enums import LeadSource, StageKind, Temperature
from salesdesk.gui.board.model import CARD_ROLE
from salesdesk.gui.context import AppContext
from salesdesk.i18n import QT_TRANSLATE_NOOP

# Short source labels that fit on a card (the full label is in the tooltip).
SOURCE_SHORT: dict[str, str] = {
    LeadSource.REFERRAL: QT_TRANSLATE_NOOP("BoardSource", "Referral"),
    LeadSource.TRADE_SHOW: QT_TRANSLATE_NOOP("BoardSource", "Fair"),
    LeadSource.PURCHASED_LIST: QT_TRANSLATE_NOOP("BoardSource", "List"),
    LeadSource.WEBSITE: QT_TRANSLATE_NOOP("BoardSource", "Web"),
    LeadSource.INBOUND_CONTENT: QT_TRANSLATE_NOOP("BoardSource", "Content"),
    LeadSource.LIVE_CHAT: QT_TRANSLATE_NOOP("BoardSource", "Chat"),
    LeadSource.EMAIL_CAMPAIGN: QT_TRANSLATE_NOOP("BoardSource", "E-mail"),
    LeadSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("BoardSource", "Social"),
    LeadSource.WEBINAR: QT_TRANSLATE_NOOP("BoardSource", "Webinar"),
    LeadSource.EVENT: QT_TRANSLATE_NOOP("BoardSource", "Event"),
    LeadSource.NETWORKING: QT_TRANSLATE_NOOP("BoardSource", "Network"),
    LeadSource.ADVERTISING: QT_TRANSLATE_NOOP("BoardSource", "Ads"),
    LeadSource.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("BoardSource", "Upsell"),
    LeadSource.REVIVED: QT_TRANSLATE_NOOP("BoardSource", "Revived"),
    LeadSource.OTHER: QT_TRANSLATE_NOOP("BoardSource", "Other"),
}

# (stripe/badge text colour, badge background, symbol): the symbol keeps it readable
# without colour.
TEMPERATURE_STYLE: dict[str, tuple[str, str, str]] = {
    Temperature.HOT: ("#b3261e", "#fde7e4", "▲"),
    Temperature.WARM: ("#8a5300", "#fff1d6", "◆"),
    Temperature.COLD: ("#1f5fa8", "#e3eefb", "▼"),
}

TEXT = QColor("#1d2739")
MUTED = QColor("#5b6678")
BORDER = QColor("#d9dee7")
SELECTED_BORDER = QColor("#1f6feb")
SELECTED_BG = QColor("#eef4ff")
OVERDUE = QColor("#c62828")
STALE_FG, STALE_BG = QColor("#8a4b00"), QColor("#ffe9c7")
NONEXT_FG, NONEXT_BG = QColor("#4a5568"), QColor("#edf0f4")
WON_FG, LOST_FG = QColor("#1e7b34"), QColor("#8b1e1e")

MARGIN_X, MARGIN_Y, PAD = 6, 4, 9


def source_short(code: str) -> str:
    text = SOURCE_SHORT.get(code)
    return QCoreApplication.translate("BoardSource", text) if text else code


def short_date(ctx: AppContext, value: date | datetime | None, today: date | None = None) -> str:
    """27.11. (this year) or 27.11.2027 in Finnish; 27 Nov / 27 Nov 2027 in English."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    today = today or local_today()
    qd = QDate(value.year, value.month, value.day)
    same_year = value.year == today.year
    if ctx.lang == "fi":
        return ctx.locale.toString(qd, "d.M." if same_year else "d.M.yyyy")
    return ctx.locale.toString(qd, "d MMM" if same_year else "d MMM yyyy")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = local_today()
        self._font_cache: dict[str, tuple[QFont, QFont, QFont]] = {}
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        key = option.font.key()
        cached = self._font_cache.get(key)
        if cached is not None:
            return cached
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        self._font_cache[key] = (base, bold, small)
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        _base, bold, small = self._fonts(option)
        line = QFontMetrics(bold).height()
        small_line = QFontMetrics(small).height()
        height = 2 * MARGIN_Y + 2 * PAD + 2 * line + 2 * (small_line + 6) + 3 * 4
        return QSize(max(option.rect.width(), 200), height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = option.rect.size()
        kind = self._stage_kind(index)
        key = (card, kind, size.width(), size.height(), selected, focused, ratio, option.font.key())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            # Cards are drawn once into a pixmap: scrolling and moves repaint from it.
            pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(QPoint(0, 0), size)
            cache_painter = QPainter(pixmap)
            self._paint_card(cache_painter, local, card, kind, selected, focused)
            cache_painter.end()
            if len(self._pixmaps) > 400:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            self._pixmaps[key] = pixmap
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        card: Card,
        kind: str,
        selected: bool,
        focused: bool,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base, bold, small = self._fonts(option)
        rect = QRect(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)

        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 7, 7)
        painter.fillPath(path, SELECTED_BG if selected else QColor("#ffffff"))
        painter.setPen(QPen(SELECTED_BORDER if selected or focused else BORDER, 2 if selected else 1))
        painter.drawPath(path)
        fg, bg, symbol = TEMPERATURE_STYLE.get(card.temperature, TEMPERATURE_STYLE[Temperature.COLD])
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), 2, 2)
        painter.fillPath(stripe, QColor(fg))

        inner = rect.adjusted(PAD + 3, PAD, -PAD, -PAD)
        x, y, width = inner.left(), inner.top(), inner.width()
        fm_bold, fm_base, fm_small = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(small)

        # Line 1: title ............ value
        value = self.ctx.money(card.value_cents, card.currency) if card.value_cents else ""
        painter.setFont(bold)
        value_w = fm_bold.horizontalAdvance(value) if value else 0
        painter.setPen(TEXT)
        title_w = width - (value_w + 10 if value else 0)
        title = fm_bold.elidedText(card.title or card.contact_name, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(QRect(x, y, title_w, fm_bold.height()), Qt.AlignmentFlag.AlignLeft, title)
        if value:
            painter.drawText(
                QRect(x + width - value_w, y, value_w, fm_bold.height()), Qt.AlignmentFlag.AlignRight, value
            )
        y += fm_bold.height() + 4

        # Line 2: contact · organization (the organization gives way first)
        painter.setFont(base)
        painter.setPen(MUTED)
        who = fm_base.elidedText(card.contact_name, Qt.TextElideMode.ElideRight, width)
        if card.organization_name:
            rest = width - fm_base.horizontalAdvance(who + " · ")
            org = fm_base.elidedText(card.organization_name, Qt.TextElideMode.ElideRight, rest)
            if rest > fm_base.horizontalAdvance("Oy…") and org:
                who = f"{who} · {org}" if who else org
        painter.drawText(QRect(x, y, width, fm_base.height()), Qt.AlignmentFlag.AlignLeft, who)
        y += fm_base.height() + 6

        # Line 3: temperature, source, stale / no next step ........ owner initials
        painter.setFont(small)
        badge_h = fm_small.height() + 4
        initials = card.owner_initials
        right = x + width
        if initials:
            d = badge_h
            circle = QRectF(right - d - 4, y, d + 4, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe5ee"))
            painter.drawRoundedRect(circle, d / 2, d / 2)
            painter.setPen(TEXT)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials[:3])
            right -= d + 10
        cx = self._badge(
            painter,
            fm_small,
            x,
            y,
            badge_h,
            f"{symbol} {label(card.temperature)}",
            QColor(fg),
            QColor(bg),
            right,
        )
        # The stale / no-next-step mark matters more than the source: it goes first.
        if card.stale:
            cx = self._badge(
                painter,
                fm_small,
                cx + 5,
                y,
                badge_h,
                QCoreApplication.translate("Board", "Stale"),
                STALE_FG,
                STALE_BG,
                right,
            )
        elif card.no_next_step:
            cx = self._badge(
                painter,
                fm_small,
                cx + 5,
                y,
                badge_h,
                QCoreApplication.translate("Board", "No next step"),
                NONEXT_FG,
                NONEXT_BG,
                right,
            )
        self._badge(
            painter,
            fm_small,
            cx + 5,
            y,
            badge_h,
            source_short(card.source),
            NONEXT_FG,
            QColor("#eef1f5"),
            right,
        )
        y += badge_h + 5

        # Line 4: next step or close ............ days in stage
        days = QCoreApplication.translate("Board", "{n} d").format(n=card.days_in_stage)
        days_w = fm_small.horizontalAdvance(days)
        painter.setPen(MUTED)
        right_edge = x + width - days_w
        painter.drawText(QRect(right_edge, y, days_w, badge_h), Qt.AlignmentFlag.AlignVCenter, days)
        limit = right_edge - 8
        cx = x
        if kind == StageKind.WON:
            text = QCoreApplication.translate("Board", "Won {date}").format(
                date=short_date(self.ctx, card.closed_at, self.today)
            )
            cx = self._text(painter, fm_small, cx, y, badge_h, text, WON_FG, limit)
        elif kind == StageKind.LOST:
            text = QCoreApplication.translate("Board", "Lost {date}").format(
                date=short_date(self.ctx, card.closed_at, self.today)
            )
            if card.lost_reason:
                text += ": " + lost_reason_label(card.lost_reason)
            cx = self._text(painter, fm_small, cx, y, badge_h, text, LOST_FG, limit)
        if card.next_due is not None and cx < limit - 20:
            when = short_date(self.ctx, card.next_due, self.today)
            gap = 8 if cx > x else 0
            if card.overdue:
                text = "⚠ " + QCoreApplication.translate("Board", "Overdue {date}").format(date=when)
                self._text(painter, fm_small, cx + gap, y, badge_h, text, OVERDUE, limit, bold=True)
            elif kind == StageKind.OPEN:
                text = "→ " + QCoreApplication.translate("Board", "Next {date}").format(date=when)
                self._text(painter, fm_small, cx + gap, y, badge_h, text, MUTED, limit)
        if focused and not selected:
            painter.setPen(QPen(SELECTED_BORDER, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 6, 6)
        painter.restore()

    @staticmethod
    def _stage_kind(index: QModelIndex | QPersistentModelIndex) -> str:
        model = index.model()
        stage = getattr(model, "stage", None)
        return str(getattr(stage, "kind", StageKind.OPEN))

    @staticmethod
    def _badge(
        painter: QPainter,
        fm: QFontMetrics,
        x: int,
        y: int,
        h: int,
        text: str,
        fg: QColor,
        bg: QColor,
        limit: int,
    ) -> int:
        avail = limit - x - 12
        if avail < min(fm.horizontalAdvance(text), fm.horizontalAdvance("Abc…")):
            return x  # no room for a readable badge
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, avail)
        w = fm.horizontalAdvance(text) + 12
        pill = QPainterPath()
        pill.addRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
        painter.fillPath(pill, bg)
        painter.setPen(fg)
        painter.drawText(QRect(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)
        return x + w

    @staticmethod
    def _text(
        painter: QPainter,
        fm: QFontMetrics,
        x: int,
        y: int,
        h: int,
        text: str,
        color: QColor,
        limit: int,
        bold: bool = False,
    ) -> int:
        avail = limit - x
        if avail <= fm.horizontalAdvance("…"):
            return x
        font = painter.font()
        if bold:
            heavy = QFont(font)
            heavy.setWeight(QFont.Weight.DemiBold)
            painter.setFont(heavy)
            fm = QFontMetrics(heavy)
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, avail)
        w = fm.horizontalAdvance(text)
        painter.setPen(color)
        painter.drawText(QRect(x, y, w + 1, h), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(font)
        return x + w


__all__ = ["SOURCE_SHORT", "CardDelegate", "short_date", "source_short"]
