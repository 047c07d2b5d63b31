"""The one clock of the application: "now", "today" and local-day boundaries.

``now()`` is an aware UTC datetime; the local calendar day and wall-clock times come from
the clock's ``tz`` (None: the system's local zone). Every rule that asks for "today" or
"local midnight" calls these functions; tests hand in a ``FakeClock`` instead of sleeping
or patching ``date.today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Protocol

from salesdesk.db.types import utcnow


class Clock(Protocol):
    """Where "now" and the local time zone come from (a fake one in tests)."""

    tz: tzinfo | None

    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class SystemClock:
    """The real clock and the system's local time zone."""

    tz: tzinfo | None = None

    def now(self) -> datetime:
        return utcnow()


@dataclass
class FakeClock:
    """A clock that only moves when told to: ``advance(minutes=15)``, ``set(dt)``."""

    current: datetime
    tz: tzinfo | None = None

    def __post_init__(self) -> None:
        self.current = as_utc(self.current)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

    def set(self, when: datetime) -> datetime:
        self.current = as_utc(when)
        return self.current


SYSTEM_CLOCK = SystemClock()


def as_utc(dt: datetime) -> datetime:
    """An aware UTC datetime (naive ones are taken to be UTC, like the database does)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def to_local(dt: datetime, tz: tzinfo | None = None) -> datetime:
    """``dt`` on the local wall clock (aware)."""
    return as_utc(dt).astimezone(tz) if tz is not None else as_utc(dt).astimezone()


def local_at(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """Wall-clock ``at`` on ``day`` in the local zone, as an aware UTC datetime.

    A wall time that does not exist (the hour skipped in spring) moves forward by the gap;
    an ambiguous one (the hour repeated in autumn) is its first occurrence.
    """
    naive = datetime.combine(day, at.replace(tzinfo=None))
    if tz is None:
        return naive.astimezone().astimezone(UTC)
    aware = naive.replace(tzinfo=tz)
    # Round-trip to detect a non-existent wall time and normalise it.
    back = aware.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None) != naive:
        aware = (naive + (back.utcoffset() or timedelta()) - (aware.utcoffset() or timedelta())).replace(
            tzinfo=tz
        )
    return aware.astimezone(UTC)


def local_today(clock: Clock = SYSTEM_CLOCK) -> date:
    """Today's date on the clock's local calendar."""
    return to_local(clock.now(), clock.tz).date()


def today_or(day: date | None, clock: Clock = SYSTEM_CLOCK) -> date:
    """``day``, or today when it is None (the usual optional ``today=`` argument)."""
    return day if day is not None else local_today(clock)


def start_of_local_day(day: date, tz: tzinfo | None = None) -> datetime:
    """Local midnight at the start of ``day``, as an aware UTC datetime."""
    return local_at(day, time(0, 0), tz)


def at_local(day: date, hour: int = 9, minute: int = 0, tz: tzinfo | None = None) -> datetime:
    """``day`` at ``hour:minute`` local time, as an aware UTC datetime."""
    return local_at(day, time(hour, minute), tz)


def local_date(value: Any, tz: tzinfo | None = None) -> date | None:
    """The local calendar day of a stored moment (aware or naive-UTC datetime, an ISO
    string from a raw SQLite row, or a date as it is); None for None."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return to_local(value, tz).date()
    if isinstance(value, date):
        return value
    return None


__all__ = [
    "SYSTEM_CLOCK",
    "Clock",
    "FakeClock",
    "SystemClock",
    "as_utc",
    "at_local",
    "local_at",
    "local_date",
    "local_today",
    "start_of_local_day",
    "to_local",
    "today_or",
]
