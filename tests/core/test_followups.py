"""Follow-up rules on a fake clock: reminders, snooze, recurrence, DST, agenda, rules, .ics."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from salesdesk.crm import followups as fu
from salesdesk.crm import leads as lead_rules
from salesdesk.crm import settings as app_settings
from salesdesk.crm.followups_core import create_followup
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import FollowUpKind, FollowUpStatus, LostReason, Repeat, Temperature
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Owner
from salesdesk.errors import UserError

HKI = ZoneInfo("Europe/Helsinki")
pytestmark = pytest.mark.pg


@pytest.fixture
def db(any_db):  # type: ignore[no-untyped-def]
    """Every test here runs on SQLite, and on PostgreSQL when SALESDESK_TEST_PG is set."""
    return any_db


def hki(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    """Helsinki wall-clock time as aware UTC."""
    return datetime(y, m, d, hh, mm, tzinfo=HKI).astimezone(UTC)


def clock_at(*args: int) -> fu.FakeClock:
    return fu.FakeClock(hki(*args), tz=HKI)


@pytest.fixture
def world(db):
    """Two owners, a contact and an open lead."""
    with db.transaction() as s:
        anna = Owner(name="Anna Aalto", initials="AA")
        bert = Owner(name="Bertil Berg", initials="BB")
        c = Contact(name="Hanna Koskinen", mobile="+358401234567")
        s.add_all([anna, bert, c])
        s.flush()
        lead = lead_rules.create_lead(s, contact=c, title="Hydrauliikka", owner_id=anna.id)
        s.flush()
        ids = {"anna": anna.id, "bert": bert.id, "contact": c.id, "lead": lead.id}
    return ids


def _add(s, world, due: datetime, **kw) -> int:
    f = create_followup(s, due_at=due, title=kw.pop("title", "Call"), lead_id=world["lead"], **kw)
    s.flush()
    return f.id


def test_due_notification_fires_once_and_again_after_snooze(db, world) -> None:
    clock = clock_at(2026, 11, 25, 9, 59)
    with db.transaction() as s:
        fid = _add(s, world, hki(2026, 11, 25, 10, 0))
    with db.transaction() as s:
        assert fu.due_for_notification(s, clock.now()) == []
        clock.advance(minutes=1)
        due = fu.due_for_notification(s, clock.now())
        assert [i.id for i in due] == [fid]
        fu.mark_notified(s, [fid], clock.now())
    for _ in range(5):
        clock.advance(seconds=30)
        with db.session() as s:
            assert fu.due_for_notification(s, clock.now()) == []
    with db.transaction() as s:
        new_due = fu.snooze(s, fid, fu.SNOOZE_15_MIN, clock=clock)
        assert new_due == clock.now() + timedelta(minutes=15)
    clock.advance(minutes=14)
    with db.session() as s:
        assert fu.due_for_notification(s, clock.now()) == []
    clock.advance(minutes=1)
    with db.transaction() as s:
        assert [i.id for i in fu.due_for_notification(s, clock.now())] == [fid]
        fu.mark_notified(s, [fid], clock.now())
        # Done follow-ups never remind.
        fu.mark_done(s, fid, clock=clock)
        f = s.get(FollowUp, fid)
        f.notified_at = None
    with db.session() as s:
        assert fu.due_for_notification(s, clock.now() + timedelta(days=3)) == []
    # An all-day follow-up reminds in the morning of its day, not at midnight.
    with db.transaction() as s:
        day = _add(s, world, fu.start_of_local_day(date(2026, 11, 26), HKI), all_day=True)
    with db.session() as s:
        assert fu.due_for_notification(s, hki(2026, 11, 26, 7, 59)) == []
        assert [i.id for i in fu.due_for_notification(s, hki(2026, 11, 26, 8, 0))] == [day]


def test_away_summary_after_simulated_sleep_and_clock_changes(db, world) -> None:
    clock = clock_at(2026, 11, 25, 9, 0)
    with db.transaction() as s:
        before = _add(s, world, hki(2026, 11, 25, 8, 0), title="Already due before")
        a = _add(s, world, hki(2026, 11, 25, 10, 0), title="A")
        b = _add(s, world, hki(2026, 11, 25, 12, 0), title="B")
        c = _add(s, world, hki(2026, 11, 25, 15, 30), title="C")
        _later = _add(s, world, hki(2026, 11, 25, 20, 0), title="Later")
        fu.mark_notified(s, [before], clock.now())
        fu.touch_last_seen(s, clock.now())
    # The laptop sleeps from 09:00 to 16:00.
    clock.set(hki(2026, 11, 25, 16, 0))
    with db.transaction() as s:
        since = fu.last_seen(s)
        assert since == hki(2026, 11, 25, 9, 0)
        away = fu.away_summary(s, since, clock.now())
        assert [i.title for i in away] == ["A", "B", "C"]
        assert [i.id for i in fu.due_for_notification(s, clock.now())] == [a, b, c]
        fu.mark_notified(s, [i.id for i in away], clock.now())
        fu.touch_last_seen(s, clock.now())
    with db.session() as s:
        assert fu.due_for_notification(s, clock.now()) == []
        assert fu.away_summary(s, fu.last_seen(s), clock.now()) == []
    # The clock is set back an hour: nothing shown again, last_seen does not go back.
    clock.set(hki(2026, 11, 25, 15, 0))
    with db.transaction() as s:
        assert fu.due_for_notification(s, clock.now()) == []
        fu.touch_last_seen(s, clock.now())
        assert fu.last_seen(s) == hki(2026, 11, 25, 16, 0)
    # First run ever: no summary.
    with db.session() as s:
        assert fu.away_summary(s, None, clock.now()) == []


def test_snooze_targets() -> None:
    clock = clock_at(2026, 11, 27, 14, 10)  # a Friday
    assert fu.snooze_target(fu.SNOOZE_15_MIN, clock) == hki(2026, 11, 27, 14, 25)
    assert fu.snooze_target(fu.SNOOZE_1_HOUR, clock) == hki(2026, 11, 27, 15, 10)
    assert fu.snooze_target(fu.SNOOZE_TOMORROW, clock) == hki(2026, 11, 28, 8, 0)
    assert fu.snooze_target(fu.SNOOZE_NEXT_WEEK, clock) == hki(2026, 11, 30, 8, 0)
    assert fu.snooze_target(fu.SNOOZE_CUSTOM, clock, hki(2026, 12, 2, 13, 0)) == hki(2026, 12, 2, 13, 0)
    with pytest.raises(UserError):
        fu.snooze_target(fu.SNOOZE_CUSTOM, clock, hki(2026, 11, 27, 14, 0))
    with pytest.raises(UserError):
        fu.snooze_target(fu.SNOOZE_CUSTOM, clock)
    with pytest.raises(UserError):
        fu.snooze_target("forever", clock)
    # "Next week" on a Monday is the Monday after.
    assert fu.snooze_target(fu.SNOOZE_NEXT_WEEK, clock_at(2026, 11, 30, 7, 0)) == hki(2026, 12, 7, 8, 0)


def test_snooze_all_day_keeps_it_a_day_and_reschedule(db, world) -> None:
    clock = clock_at(2026, 11, 27, 14, 10)
    with db.transaction() as s:
        fid = _add(s, world, fu.start_of_local_day(date(2026, 11, 27), HKI), all_day=True)
        fu.snooze(s, fid, fu.SNOOZE_TOMORROW, clock=clock)
        f = s.get(FollowUp, fid)
        assert f.all_day and f.due_at == hki(2026, 11, 28, 0, 0)
        fu.snooze(s, fid, fu.SNOOZE_1_HOUR, clock=clock)
        assert not f.all_day and f.due_at == hki(2026, 11, 27, 15, 10)
        fu.reschedule(s, fid, hki(2026, 12, 3, 13, 45), all_day=True, duration_min=30, clock=clock)
        assert f.all_day and f.due_at == hki(2026, 12, 3, 0, 0) and f.duration_min == 30
        with pytest.raises(UserError):
            fu.reschedule(s, fid, hki(2026, 12, 3), duration_min=-5, clock=clock)


def test_done_writes_the_timeline_and_resets_the_stale_clock(db, world) -> None:
    clock = clock_at(2026, 11, 25, 10, 30)
    with db.transaction() as s:
        fid = _add(s, world, hki(2026, 11, 25, 10, 0), title="Soita tarjouksesta")
        s.get(Lead, world["lead"]).last_activity_at = hki(2026, 10, 1)
    with db.transaction() as s:
        result = fu.mark_done(s, fid, "  Interested, send the offer  ", clock=clock)
        assert result.next_id is None
    with db.session() as s:
        f = s.get(FollowUp, fid)
        assert f.status == FollowUpStatus.DONE and f.done_at == clock.now()
        assert f.outcome == "Interested, send the offer"
        note = s.scalars(select(Note).where(Note.lead_id == world["lead"])).one()
        assert note.body == "Call done: Soita tarjouksesta\nInterested, send the offer"
        assert note.author == "Anna Aalto" and note.created_at == clock.now()
        assert s.get(Lead, world["lead"]).last_activity_at == clock.now()
    with db.transaction() as s, pytest.raises(UserError):
        fu.mark_done(s, fid, clock=clock)
    with db.transaction() as s:
        fu.delete_followup(s, fid)
    with db.transaction() as s, pytest.raises(UserError):
        fu.mark_done(s, fid, clock=clock)


def test_recurrence_plans_the_next_occurrence(db, world) -> None:
    clock = clock_at(2026, 11, 25, 10, 0)  # Wednesday
    with db.transaction() as s:
        weekly = _add(s, world, hki(2026, 11, 25, 9, 30), title="Weekly check")
        f = s.get(FollowUp, weekly)
        f.repeat, f.repeat_every, f.duration_min = Repeat.WEEKS, 2, 45
    with db.transaction() as s:
        result = fu.mark_done(s, weekly, "ok", clock=clock)
        nxt = s.get(FollowUp, result.next_id)
        assert nxt.due_at == hki(2026, 12, 9, 9, 30)
        assert nxt.uid != s.get(FollowUp, weekly).uid
        assert (nxt.repeat, nxt.repeat_every, nxt.duration_min, nxt.title) == (
            Repeat.WEEKS,
            2,
            45,
            "Weekly check",
        )
        assert nxt.owner_id == world["anna"] and nxt.status == FollowUpStatus.OPEN
    # Done very late: occurrences already in the past are skipped, the rhythm kept.
    late = fu.FakeClock(hki(2026, 12, 30, 12, 0), tz=HKI)
    with db.transaction() as s:
        result = fu.mark_done(s, nxt.id, clock=late)
        assert s.get(FollowUp, result.next_id).due_at == hki(2027, 1, 6, 9, 30)
    # Working days: Friday -> Monday.
    assert fu.next_occurrence(
        hki(2026, 11, 27, 8, 0), Repeat.WORKDAYS, 1, clock_at(2026, 11, 27, 8, 5)
    ) == hki(2026, 11, 30, 8, 0)
    # Months keep the day, clamped at the month's end.
    assert fu.next_occurrence(hki(2027, 1, 31, 9), Repeat.MONTHS, 1, clock_at(2027, 1, 31, 10)) == hki(
        2027, 2, 28, 9
    )
    assert fu.next_occurrence(hki(2026, 11, 25, 9), Repeat.DAYS, 3, clock_at(2026, 11, 25, 10)) == hki(
        2026, 11, 28, 9
    )
    # An all-day daily one comes back tomorrow even when done in the evening.
    assert fu.next_occurrence(
        hki(2026, 11, 25), Repeat.DAYS, 1, clock_at(2026, 11, 25, 22), all_day=True
    ) == hki(2026, 11, 26)


def test_daily_0900_keeps_local_time_across_end_of_summer_time(db, world) -> None:
    """Helsinki leaves summer time on Sunday 25 October 2026 (04:00 EEST -> 03:00 EET)."""
    clock = clock_at(2026, 10, 24, 9, 5)
    with db.transaction() as s:
        fid = _add(s, world, hki(2026, 10, 24, 9, 0), title="Daily standup call")
        s.get(FollowUp, fid).repeat = Repeat.DAYS
        assert s.get(FollowUp, fid).due_at == datetime(2026, 10, 24, 6, 0, tzinfo=UTC)  # UTC+3
    with db.transaction() as s:
        sunday = s.get(FollowUp, fu.mark_done(s, fid, clock=clock).next_id)
        assert sunday.due_at == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)  # UTC+2 now
        assert fu.to_local(sunday.due_at, HKI).time() == time(9, 0)
    clock.set(datetime(2026, 10, 25, 7, 1, tzinfo=UTC))
    with db.transaction() as s:
        monday = s.get(FollowUp, fu.mark_done(s, sunday.id, clock=clock).next_id)
        assert monday.due_at == datetime(2026, 10, 26, 7, 0, tzinfo=UTC)
    # The agenda puts it on Monday at 09:00 local, Monday being "tomorrow" on Sunday.
    with db.session() as s:
        items = fu.open_items(s, clock=clock)
        assert [(i.title, i.group) for i in items] == [("Daily standup call", fu.TOMORROW)]
    # Snoozing to "tomorrow morning" across the change is 08:00 local too.
    sat_evening = clock_at(2026, 10, 24, 21, 0)
    assert fu.snooze_target(fu.SNOOZE_TOMORROW, sat_evening) == datetime(2026, 10, 25, 6, 0, tzinfo=UTC)
    # The hour that does not exist in spring (29 March 2026, 03:00 -> 04:00) moves forward.
    assert fu.local_at(date(2026, 3, 29), time(3, 30), HKI) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_agenda_groups_counts_and_filters(db, world) -> None:
    clock = clock_at(2026, 11, 25, 12, 0)  # Wednesday noon
    with db.transaction() as s:
        plan = [
            ("yesterday", hki(2026, 11, 24, 15), False, FollowUpKind.CALL, world["anna"]),
            ("this morning", hki(2026, 11, 25, 11), False, FollowUpKind.EMAIL, world["anna"]),
            ("all day today", fu.start_of_local_day(date(2026, 11, 25), HKI), True, FollowUpKind.TASK, None),
            ("this afternoon", hki(2026, 11, 25, 15), False, FollowUpKind.MEETING, world["bert"]),
            ("tomorrow", hki(2026, 11, 26, 9), False, FollowUpKind.CALL, world["anna"]),
            ("friday", hki(2026, 11, 27, 9), False, FollowUpKind.VISIT, world["anna"]),
            ("sunday night", hki(2026, 11, 29, 23, 30), False, FollowUpKind.CALL, world["anna"]),
            ("next monday", hki(2026, 11, 30, 0, 0), False, FollowUpKind.CALL, world["anna"]),
        ]
        for title, due, all_day, kind, owner in plan:
            f = create_followup(s, due_at=due, title=title, all_day=all_day, kind=kind, lead_id=world["lead"])
            f.owner_id = owner
        done = create_followup(s, due_at=hki(2026, 11, 20), title="done one", lead_id=world["lead"])
        done.status = FollowUpStatus.DONE
    with db.session() as s:
        groups = fu.agenda(s, clock=clock)
        assert [(g.key, [i.title for i in g.items]) for g in groups] == [
            ("overdue", ["yesterday", "this morning"]),
            ("today", ["all day today", "this afternoon"]),
            ("tomorrow", ["tomorrow"]),
            ("week", ["friday", "sunday night"]),
            ("later", ["next monday"]),
        ]
        assert [g.count for g in groups] == [2, 2, 1, 2, 1]
        assert groups[0].title == "Overdue" and all(i.overdue for i in groups[0].items)
        assert not any(i.overdue for g in groups[1:] for i in g.items)
        counts = fu.counts(s, clock=clock)
        assert (counts.overdue, counts.today, counts.due_now) == (2, 2, 4)
        assert fu.counts(s, owner_id=world["bert"], clock=clock).due_now == 1
        anna = fu.agenda(s, fu.Filter(owner_id=world["anna"], kinds=frozenset({"call"})), clock)
        assert [i.title for g in anna for i in g.items] == [
            "yesterday",
            "tomorrow",
            "sunday night",
            "next monday",
        ]
        today = fu.open_items(s, fu.Filter(due="today"), clock)
        assert [i.title for i in today] == ["yesterday", "all day today", "this morning", "this afternoon"]
        assert len(fu.open_items(s, fu.Filter(due="overdue"), clock)) == 2
        assert len(fu.open_items(s, fu.Filter(due="week"), clock)) == 7
        assert [i.title for i in fu.open_items(s, fu.Filter(text="friday"), clock)] == ["friday"]
        assert fu.open_items(s, fu.Filter(text="koskinen"), clock)[0].contact_name == "Hanna Koskinen"
        with pytest.raises(UserError):
            fu.open_items(s, fu.Filter(due="month"), clock)
        # The all-day item turns overdue only the next day.
        tomorrow = fu.FakeClock(hki(2026, 11, 26, 0, 1), tz=HKI)
        assert "all day today" in [i.title for i in fu.open_items(s, fu.Filter(due="overdue"), tomorrow)]


def test_first_contact_rule_by_temperature(db, world) -> None:
    friday = date(2026, 11, 27)
    assert fu.first_contact_day(Temperature.HOT, friday) == date(2026, 11, 30)
    assert fu.first_contact_day(Temperature.WARM, friday) == date(2026, 11, 30)  # Mon = within 3 days
    assert fu.first_contact_day(Temperature.WARM, date(2026, 11, 23)) == date(2026, 11, 26)
    assert fu.first_contact_day(Temperature.COLD, friday) == date(2026, 12, 11)
    assert fu.first_contact_day(Temperature.COLD, date(2026, 11, 28)) == date(2026, 12, 14)  # Sat -> Mon
    clock = clock_at(2026, 11, 27, 15, 0)
    with db.transaction() as s:
        c = s.get(Contact, world["contact"])
        hot = lead_rules.create_lead(s, contact=c, title="Hot", temperature=Temperature.HOT)
        cold = lead_rules.create_lead(s, contact=c, title="Cold", temperature=Temperature.COLD)
        made = fu.apply_new_lead_rules(s, [hot, cold], clock=clock)
        assert [(f.due_at, f.rule, f.kind) for f in made] == [
            (hki(2026, 11, 30, 9), "first_contact", "call"),
            (hki(2026, 12, 11, 9), "first_contact", "call"),
        ]
        assert made[0].title == "First contact: Hanna Koskinen"
        assert fu.apply_new_lead_rule(s, hot, clock=clock) is None  # already has a next step
        fu.save_rules(s, fu.Rules(first_contact=False))
        warm = lead_rules.create_lead(s, contact=c, title="Warm", temperature=Temperature.WARM)
        assert fu.apply_new_lead_rule(s, warm, clock=clock) is None
        fu.save_rules(s, fu.Rules(warm_days=5, hour=8))
        assert fu.apply_new_lead_rule(s, warm, clock=clock).due_at == hki(2026, 12, 2, 8)
        lost = lead_rules.create_lead(s, contact=c, title="Lost")
        lost_stage = next(st for st in stages(s) if st.key == "lost")
        lead_rules.mark_lost(s, lost, lost_stage, reason=LostReason.NO_BUDGET)
        assert fu.apply_new_lead_rule(s, lost, clock=clock) is None


def test_bulk_first_contacts_plan_what_the_rule_plans(db, world) -> None:
    """The importer's bulk path: same due times and titles as apply_new_lead_rules, and the
    same leads left alone (closed, already planned)."""
    clock = clock_at(2026, 11, 27, 15, 0)
    with db.transaction() as s:
        c = s.get(Contact, world["contact"])
        hot = lead_rules.create_lead(
            s, contact=c, title="Hot", temperature=Temperature.HOT, owner_id=world["bert"]
        )
        cold = lead_rules.create_lead(s, contact=c, title="Cold", temperature=Temperature.COLD)
        planned = lead_rules.create_lead(s, contact=c, title="Planned", temperature=Temperature.HOT)
        create_followup(s, due_at=hki(2026, 12, 1, 10), title="Already", lead=planned)
        lost = lead_rules.create_lead(s, contact=c, title="Lost")
        lead_rules.mark_lost(
            s, lost, next(st for st in stages(s) if st.key == "lost"), reason=LostReason.NO_BUDGET
        )
        ids = [hot.id, cold.id, planned.id, lost.id]
        assert fu.plan_first_contacts(s, ids, clock=clock) == 2
        rows = s.execute(
            select(FollowUp.lead_id, FollowUp.due_at, FollowUp.title, FollowUp.owner_id, FollowUp.rule)
            .where(FollowUp.rule == "first_contact")
            .order_by(FollowUp.lead_id)
        ).all()
        assert [tuple(r) for r in rows] == [
            (hot.id, hki(2026, 11, 30, 9), "First contact: Hanna Koskinen", world["bert"], "first_contact"),
            (cold.id, hki(2026, 12, 11, 9), "First contact: Hanna Koskinen", None, "first_contact"),
        ]
        assert fu.plan_first_contacts(s, ids, clock=clock) == 0  # now every open lead has a next step
        assert len({u for (u,) in s.execute(select(FollowUp.uid))}) == s.scalar(
            select(func.count(FollowUp.id))
        )


def test_first_calls_of_an_import_are_spread_over_the_working_days(db, world) -> None:
    """42 first-contact calls after a show were all due tomorrow at exactly 9:00. Now: at most
    ``calls_per_day`` a working day, spaced over the day, hot ones first, weekends skipped,
    no two at the same time, and a later group never lands on a day another one filled."""
    clock = clock_at(2026, 11, 26, 15, 0)  # Thursday
    with db.transaction() as s:
        c = s.get(Contact, world["contact"])
        fu.save_rules(s, fu.Rules(calls_per_day=4, warm_days=1))
        hot = [
            lead_rules.create_lead(s, contact=c, title=f"H{i}", temperature=Temperature.HOT) for i in range(6)
        ]
        warm = [
            lead_rules.create_lead(s, contact=c, title=f"W{i}", temperature=Temperature.WARM)
            for i in range(3)
        ]
        s.flush()
        assert fu.plan_first_contacts(s, [x.id for x in hot + warm], clock=clock) == 9
        due = dict(
            s.execute(select(FollowUp.lead_id, FollowUp.due_at).where(FollowUp.rule == "first_contact")).all()
        )
    step = timedelta(minutes=fu.CALL_DAY_MINUTES // 4)
    friday, monday, tuesday = date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)
    assert [due[x.id] for x in hot] == [
        hki(2026, 11, 27, 9),
        hki(2026, 11, 27, 9) + step,
        hki(2026, 11, 27, 9) + 2 * step,
        hki(2026, 11, 27, 9) + 3 * step,
        hki(2026, 11, 30, 9),  # Friday is full: on to Monday, over the weekend
        hki(2026, 11, 30, 9) + step,
    ]
    # Warm leads start on Friday too (within one day) but take the slots after the hot ones.
    assert [due[x.id] for x in warm] == [
        hki(2026, 11, 30, 9) + 2 * step,
        hki(2026, 11, 30, 9) + 3 * step,
        hki(2026, 12, 1, 9),
    ]
    assert len(set(due.values())) == 9
    per_day: dict[date, int] = {}
    for moment in due.values():
        day = moment.astimezone(HKI).date()
        per_day[day] = per_day.get(day, 0) + 1
    assert per_day == {friday: 4, monday: 4, tuesday: 1}


def test_rules_settings_round_trip(db) -> None:
    with db.transaction() as s:
        assert fu.load_rules(s) == fu.Rules()
        assert fu.referral_days_for_win(s) == 14
        fu.save_rules(s, fu.Rules(ask_referral_days=30, cold_days=21))
        assert fu.referral_days_for_win(s) == 30
        assert fu.load_rules(s).cold_days == 21
        fu.save_rules(s, fu.Rules(ask_referral=False))
        assert fu.referral_days_for_win(s) is None
        app_settings.put(s, "rules.first_contact_cold_days", "lots")
        app_settings.put(s, "rules.hour", "99")
        assert fu.load_rules(s).cold_days == 14 and fu.load_rules(s).hour == 23


def test_next_step_queries_agree(db, world) -> None:
    with db.transaction() as s:
        c = s.get(Contact, world["contact"])
        lead = s.get(Lead, world["lead"])
        bare = lead_rules.create_lead(s, contact=c, title="No next step")
        won = lead_rules.create_lead(s, contact=c, title="Won")
        lead_rules.mark_won(s, won, next(st for st in stages(s) if st.key == "won"))
        late = create_followup(s, due_at=hki(2026, 12, 5), title="later", lead=lead)
        early = create_followup(s, due_at=hki(2026, 12, 1), title="sooner", lead=lead)
        closed = create_followup(s, due_at=hki(2026, 11, 1), title="closed", lead=lead)
        closed.status = FollowUpStatus.DONE
        s.flush()
        steps = fu.next_steps(s, [lead.id, bare.id, won.id])
        assert list(steps) == [lead.id]
        assert steps[lead.id].followup_id == early.id and steps[lead.id].due_at == hki(2026, 12, 1)
        assert late.id != early.id
        assert fu.leads_without_next_step(s) == [bare.id]
        sub = fu.next_followup_subquery().subquery()
        rows = s.execute(select(Lead.id, sub.c.title).outerjoin(sub, sub.c.lead_id == Lead.id)).all()
        assert dict(rows) == {lead.id: "sooner", bare.id: None, won.id: None}


def test_ics_export_is_valid_and_uids_stable(db, world, tmp_path) -> None:
    clock = clock_at(2026, 11, 25, 12, 0)
    with db.transaction() as s:
        timed = _add(s, world, hki(2026, 11, 26, 10, 0), title="Call about the offer", duration_min=30)
        s.get(FollowUp, timed).note = "Ask about the budget; bring brochures"
        day = _add(s, world, fu.start_of_local_day(date(2026, 11, 27), HKI), title="Quote", all_day=True)
        done = _add(s, world, hki(2026, 11, 20), title="done")
        s.get(FollowUp, done).status = FollowUpStatus.DONE
    path = tmp_path / "f.ics"
    with db.session() as s:
        assert fu.export_ics(s, str(path), clock=clock) == 2
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    cal = Calendar.from_ical(raw)
    assert str(cal["version"]) == "2.0" and cal.get("prodid")
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    with db.session() as s:
        uid_timed = s.get(FollowUp, timed).uid
        uid_day = s.get(FollowUp, day).uid
    assert set(events) == {f"{uid_timed}@salesdesk", f"{uid_day}@salesdesk"}
    for event in events.values():
        for prop in ("uid", "dtstamp", "dtstart", "dtend", "summary"):
            assert prop in event, prop
    e = events[f"{uid_timed}@salesdesk"]
    assert e.decoded("dtstart") == hki(2026, 11, 26, 10, 0)
    assert e.decoded("dtend") - e.decoded("dtstart") == timedelta(minutes=30)
    assert str(e["summary"]) == "Call about the offer"  # no "Call: " twice
    assert "Hanna Koskinen" in str(e["description"]) and "bring brochures" in str(e["description"])
    assert e.walk("VALARM")
    d = events[f"{uid_day}@salesdesk"]
    assert str(d["summary"]) == "Call: Quote"
    assert d.decoded("dtstart") == date(2026, 11, 27) and d.decoded("dtend") == date(2026, 11, 28)
    assert d["dtstart"].params.get("VALUE") == "DATE" or "VALUE=DATE" in raw.decode()
    # Export again after an edit: the same UIDs, a higher SEQUENCE for the edited one.
    seq_before = int(e["sequence"])
    clock.advance(hours=1)
    with db.transaction() as s:
        f = s.get(FollowUp, timed)
        f.updated_at = f.created_at + timedelta(minutes=5)
        fu.reschedule(s, timed, hki(2026, 11, 26, 11, 0), clock=clock)
    with db.session() as s:
        fu.export_ics(s, str(path), clock=clock)
    again = {str(e["uid"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert set(again) == set(events)
    assert again[f"{uid_timed}@salesdesk"].decoded("dtstart") == hki(2026, 11, 26, 11, 0)
    assert int(again[f"{uid_timed}@salesdesk"]["sequence"]) >= seq_before
    with db.session() as s, pytest.raises(UserError):
        fu.export_ics(s, str(tmp_path / "missing" / "x.ics"), clock=clock)


def test_save_followup_from_dialog_values(db, world) -> None:
    clock = clock_at(2026, 11, 25, 12, 0)
    with db.transaction() as s:
        data = fu.FollowUpData(
            kind=FollowUpKind.MEETING,
            due_at=hki(2026, 12, 1, 14, 0),
            duration_min=60,
            repeat=Repeat.MONTHS,
            note="Quarterly review",
            lead_id=world["lead"],
        )
        f = fu.save_followup(s, data, clock=clock)
        assert (
            f.title == "Meeting: Hanna Koskinen" and f.owner_id == world["anna"] and f.repeat == Repeat.MONTHS
        )
        assert f.contact_id == world["contact"]
        fid = f.id
        fu.save_followup(
            s,
            fu.FollowUpData(kind="visit", title="Visit", due_at=hki(2026, 12, 2, 16), all_day=True),
            fid,
            clock,
        )
        assert f.kind == "visit" and f.due_at == hki(2026, 12, 2) and f.all_day
        for bad in (
            fu.FollowUpData(kind="fax", title="x"),
            fu.FollowUpData(title="x", repeat="yearly"),
            fu.FollowUpData(title="x", repeat_every=0),
            fu.FollowUpData(title="x", duration_min=-1),
            fu.FollowUpData(title="  "),
        ):
            with pytest.raises(UserError):
                fu.save_followup(s, bad, clock=clock)
        item = fu.get_item(s, fid, clock)
        assert item is not None and item.to_json()["due_utc"] == "2026-12-01T22:00:00Z"
        assert (
            fu.repeat_text(Repeat.WEEKS, 2) == "Every 2 weeks"
            and fu.repeat_text(Repeat.DAYS, 1) == "Every day"
        )


def test_on_a_shared_database_each_rep_is_reminded_of_their_own(db, world) -> None:
    clock = clock_at(2026, 11, 25, 12, 0)
    with db.transaction() as s:
        anna = _add(s, world, hki(2026, 11, 25, 10), title="Anna's")
        bert = _add(s, world, hki(2026, 11, 25, 10), title="Bert's", owner_id=world["bert"])
        nobody = _add(s, world, hki(2026, 11, 25, 11), title="Nobody's")
        s.get(FollowUp, nobody).owner_id = None
        fu.touch_last_seen(s, hki(2026, 11, 25, 9), world["anna"])
        fu.touch_last_seen(s, hki(2026, 11, 25, 11, 30), world["bert"])
    with db.transaction() as s:
        mine = fu.due_for_notification(s, clock.now(), world["anna"])
        assert [i.id for i in mine] == [anna, nobody]
        assert [i.id for i in fu.due_for_notification(s, clock.now())] == [anna, bert, nobody]
        assert fu.last_seen(s, world["anna"]) == hki(2026, 11, 25, 9)
        assert fu.last_seen(s, world["bert"]) == hki(2026, 11, 25, 11, 30)
        assert fu.last_seen(s) is None
        away = fu.away_summary(s, fu.last_seen(s, world["anna"]), clock.now(), world["anna"])
        assert [i.id for i in away] == [anna, nobody]
        assert fu.away_summary(s, fu.last_seen(s, world["bert"]), clock.now(), world["bert"]) == []
