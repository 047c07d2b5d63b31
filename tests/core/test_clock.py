"""One clock: "today" and local-day boundaries come from ``crm.clock`` (issue "one rule in
one place"); the helpers that computed them on their own now ask it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from salesdesk.crm import clock, followups, followups_core, kpis, lead_table, referrals

HKI = ZoneInfo("Europe/Helsinki")


def test_local_day_follows_the_clock_zone() -> None:
    late = clock.FakeClock(datetime(2026, 11, 27, 22, 30, tzinfo=UTC), tz=HKI)
    assert clock.local_today(late) == date(2026, 11, 28)  # already Saturday in Helsinki
    assert clock.today_or(None, late) == date(2026, 11, 28)
    assert clock.today_or(date(2026, 1, 2), late) == date(2026, 1, 2)
    # A raw SQLite value (naive UTC text) and an aware value give the same local day.
    assert clock.local_date("2026-11-27 22:30:00", HKI) == date(2026, 11, 28)
    assert clock.local_date(datetime(2026, 11, 27, 22, 30, tzinfo=UTC), HKI) == date(2026, 11, 28)
    assert clock.local_date(date(2026, 5, 1)) == date(2026, 5, 1) and clock.local_date(None) is None
    # Spring forward in Helsinki: 03:30 does not exist on 2026-03-29, it becomes 04:30.
    assert clock.at_local(date(2026, 3, 29), 3, 30, HKI) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_every_helper_is_the_clock() -> None:
    day = date(2026, 10, 25)  # the autumn change of daylight saving time
    midnight = clock.start_of_local_day(day)
    assert kpis._local_midnight_utc(day) == midnight
    assert lead_table._day_start(day) == midnight
    assert referrals._local_start(day) == midnight
    assert referrals._at_local(day, 10) == clock.at_local(day, 10) == followups_core.at_local(day, 10)
    assert followups.FakeClock is clock.FakeClock and followups.start_of_local_day is clock.start_of_local_day
    assert not hasattr(followups_core, "local_zone")  # it always answered None
