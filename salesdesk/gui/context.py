"""What every view and dialog is handed: the database, the signal bus, undo, locale helpers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from salesdesk.crm import settings as db_settings
from salesdesk.db import Database


class Bus(QObject):
    """Application-wide signals: views talk through these, never to each other directly."""

    dataChanged = Signal(str)  # "leads", "contacts", "followups", "referrals", "stages", "imports"
    openLead = Signal(int)
    openContact = Signal(int)
    showView = Signal(str, dict)  # view key, filters (click-through)
    statusMessage = Signal(str)


class AppContext:
    def __init__(self, db: Database, lang: str, parent: QObject | None = None) -> None:
        self.db = db
        self.lang = lang
        self.bus = Bus(parent)
        self.undo_stack = QUndoStack(parent)
        self.locale = (
            QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
            if lang == "fi"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.main_window: Any = None

    # -- settings -------------------------------------------------------------------------
    @staticmethod
    def settings() -> QSettings:
        """Per-user window state and preferences (QSettings)."""
        return QSettings()

    def me_id(self) -> int | None:
        with self.db.session() as session:
            owner = db_settings.me(session)
            return owner.id if owner is not None else None

    # -- formatting -----------------------------------------------------------------------
    def money(self, cents: int, currency: str = "EUR", decimals: int = 0) -> str:
        """Money in the user's format: "1 234 €" (fi) / "€1,234" (en)."""
        symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
        return self.locale.toCurrencyString(cents / 100, symbol, decimals)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, ratio: float | None, decimals: int = 0) -> str:
        if ratio is None:
            return "–"
        return self.locale.toString(ratio * 100, "f", decimals) + ("\u00a0%" if self.lang == "fi" else "%")

    def date_text(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)

    def datetime_text(self, value: datetime | None) -> str:
        """A UTC or aware datetime shown in local time: "27.11.2026 14.30"."""
        if value is None:
            return ""
        local = value.astimezone()
        qdt = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
        return self.locale.toString(qdt, QLocale.FormatType.ShortFormat)
