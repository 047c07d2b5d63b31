"""Follow-ups: done, snooze, reschedule, recurrence, the agenda, reminders, rules and .ics.

Every front end (agenda view, lead form, reminders, command line) calls these functions.

Time: ``due_at`` is stored in UTC and computed in the user's local time through a ``Clock``
(``now()`` in UTC and the local ``tz``; None means the system's zone). Tests hand in a
``FakeClock`` and move it instead of sleeping. "09:00 tomorrow" is 09:00 on the wall clock,
also across a change of daylight saving time.

An all-day follow-up is stored at local midnight of its day (``due_at``) and is overdue
from the next day on; a timed one is overdue once ``due_at`` has passed.

Recurrence (series semantics): a repeating follow-up is one row per occurrence. Completing
an occurrence keeps it as done (with its outcome on the timeline) and plans the next one as
a new row with a new calendar UID, copying kind, title, note, owner, duration and the
repeat rule. The next occurrence keeps the series' rhythm from the *planned* time (not the
completion time), at the same local wall-clock time, skipping occurrences already in the
past, so a daily 09:00 call done late on Friday comes back at 09:00 on the next day that
is still ahead. Deleting an occurrence ends the series.

Reminders: a follow-up is "to notify" when it is open, ``due_at <= now`` (an all-day one:
from 08:00 on its day) and ``notified_at`` is empty or older than ``due_at``. Showing it
sets ``notified_at = now``.
Because this is a comparison of stored times, not a timer per follow-up, a laptop that
sleeps or whose clock jumps shows each follow-up that came due once, when it next looks;
snoozing or rescheduling moves ``due_at`` past ``notified_at`` so it reminds again.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from salesdesk.crm import settings as app_settings
from salesdesk.crm.clock import (  # noqa: F401  (re-exported: the follow-ups' callers use fu.Clock etc.)
    SYSTEM_CLOCK,
    Clock,
    FakeClock,
    SystemClock,
    as_utc,
    local_at,
    local_today,
    start_of_local_day,
    to_local,
)
from salesdesk.crm.followups_core import create_followup, next_working_day
from salesdesk.crm.labels import label
from salesdesk.db.enums import FollowUpKind, FollowUpStatus, Repeat, StageKind, Temperature
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Owner, Stage
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import QT_TRANSLATE_NOOP, translate

# ---------------------------------------------------------------------------------------
# Time: the one clock of the application lives in ``crm.clock`` (re-exported here).

MORNING = time(8, 0)


# ---------------------------------------------------------------------------------------
# Plain rows for the front ends


@dataclass(slots=True)
class Item:
    """One follow-up as the agenda, the reminders and the command line show it."""

    id: int
    uid: str
    lead_id: int | None
    contact_id: int | None
    kind: str
    title: str
    due_at: datetime  # aware UTC
    all_day: bool
    duration_min: int
    note: str
    owner_id: int | None
    owner_name: str
    status: str
    repeat: str
    repeat_every: int
    rule: str
    lead_title: str
    contact_name: str
    contact_phone: str
    updated_at: datetime | None = None  # only when asked for (the calendar export)
    created_at: datetime | None = None
    overdue: bool = False
    group: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "lead_id": self.lead_id,
            "contact_id": self.contact_id,
            "kind": self.kind,
            "title": self.title,
            "due_utc": iso_z(self.due_at),
            "all_day": self.all_day,
            "duration_min": self.duration_min,
            "status": self.status,
            "overdue": self.overdue,
            "group": self.group,
            "owner": self.owner_name,
            "lead_title": self.lead_title,
            "contact": self.contact_name,
            "repeat": self.repeat,
            "repeat_every": self.repeat_every,
            "note": self.note,
            "rule": self.rule,
        }


def iso_z(dt: datetime) -> str:
    return as_utc(dt).replace(microsecond=0).isoformat().replace("+00:00", "Z")


_ContactOfLead = aliased(Contact)
_DirectContact = aliased(Contact)


def _item_select(stamps: bool = False) -> Select[*tuple[Any, ...]]:
    contact_name = func.coalesce(_ContactOfLead.name, _DirectContact.name, "")
    contact_phone = func.coalesce(
        func.nullif(_ContactOfLead.mobile, ""),
        func.nullif(_ContactOfLead.phone, ""),
        func.nullif(_DirectContact.mobile, ""),
        func.nullif(_DirectContact.phone, ""),
        "",
    )
    stamp_columns = (FollowUp.updated_at, FollowUp.created_at) if stamps else ()
    return (
        select(
            FollowUp.id,
            FollowUp.uid,
            FollowUp.lead_id,
            FollowUp.contact_id,
            FollowUp.kind,
            FollowUp.title,
            FollowUp.due_at,
            FollowUp.all_day,
            FollowUp.duration_min,
            FollowUp.note,
            FollowUp.owner_id,
            func.coalesce(Owner.name, ""),
            FollowUp.status,
            FollowUp.repeat,
            FollowUp.repeat_every,
            FollowUp.rule,
            func.coalesce(Lead.title, ""),
            contact_name,
            contact_phone,
            *stamp_columns,
        )
        .outerjoin(Owner, Owner.id == FollowUp.owner_id)
        .outerjoin(Lead, Lead.id == FollowUp.lead_id)
        .outerjoin(_ContactOfLead, _ContactOfLead.id == Lead.contact_id)
        .outerjoin(_DirectContact, _DirectContact.id == FollowUp.contact_id)
    )


def _item(row: Sequence[Any], bounds: Bounds | None = None) -> Item:
    """An ``Item`` from a row of ``_item_select`` (its group from ``bounds``, else overdue)."""
    if bounds is None:
        return Item(*row, overdue=True, group=OVERDUE)  # type: ignore[misc]
    overdue, group = bounds.classify(row[6], row[7], row[12])
    return Item(*row, overdue=overdue, group=group)  # type: ignore[misc]


def get_item(session: Session, followup_id: int, clock: Clock = SYSTEM_CLOCK) -> Item | None:
    row = session.execute(_item_select().where(FollowUp.id == followup_id)).first()
    return _item(tuple(row), Bounds.of(clock)) if row is not None else None


# ---------------------------------------------------------------------------------------
# The agenda

OVERDUE, TODAY, TOMORROW, THIS_WEEK, LATER = "overdue", "today", "tomorrow", "week", "later"
GROUPS: tuple[str, ...] = (OVERDUE, TODAY, TOMORROW, THIS_WEEK, LATER)
_GROUP_TITLES = {
    OVERDUE: QT_TRANSLATE_NOOP("Followups", "Overdue"),
    TODAY: QT_TRANSLATE_NOOP("Followups", "Today"),
    TOMORROW: QT_TRANSLATE_NOOP("Followups", "Tomorrow"),
    THIS_WEEK: QT_TRANSLATE_NOOP("Followups", "This week"),
    LATER: QT_TRANSLATE_NOOP("Followups", "Later"),
}


def group_title(key: str) -> str:
    return translate("Followups", _GROUP_TITLES[key])


# What ``--due`` (and the agenda's range) keeps: everything up to the end of that period.
DUE_CHOICES = ("overdue", "today", "week", "all")


@dataclass(frozen=True)
class Bounds:
    """The local day and week boundaries (in UTC) the agenda groups by."""

    now: datetime
    today: date
    today_start: datetime
    tomorrow_start: datetime
    day_after_start: datetime
    week_end: datetime  # start of next Monday

    @classmethod
    def of(cls, clock: Clock) -> Bounds:
        now = clock.now()
        today = local_today(clock)
        monday_next = today + timedelta(days=7 - today.weekday())
        return cls(
            now=now,
            today=today,
            today_start=start_of_local_day(today, clock.tz),
            tomorrow_start=start_of_local_day(today + timedelta(days=1), clock.tz),
            day_after_start=start_of_local_day(today + timedelta(days=2), clock.tz),
            week_end=start_of_local_day(monday_next, clock.tz),
        )

    def classify(self, due_at: datetime, all_day: bool, status: str) -> tuple[bool, str]:
        """(overdue, agenda group) of a follow-up due at ``due_at``."""
        overdue = status == FollowUpStatus.OPEN and due_at < (self.today_start if all_day else self.now)
        if overdue:
            return True, OVERDUE
        if due_at < self.tomorrow_start:
            return False, TODAY
        if due_at < self.day_after_start:
            return False, TOMORROW
        if due_at < self.week_end:
            return False, THIS_WEEK
        return False, LATER

    def is_overdue(self, item: Item) -> bool:
        return self.classify(item.due_at, item.all_day, item.status)[0]

    def group_of(self, item: Item) -> str:
        return self.classify(item.due_at, item.all_day, item.status)[1]

    def overdue_clause(self) -> ColumnElement[bool]:
        return or_(
            and_(FollowUp.all_day.is_(True), FollowUp.due_at < self.today_start),
            and_(FollowUp.all_day.is_(False), FollowUp.due_at < self.now),
        )

    def due_clause(self, due: str) -> ColumnElement[bool] | None:
        if due == "overdue":
            return self.overdue_clause()
        if due == "today":
            return FollowUp.due_at < self.tomorrow_start
        if due == "week":
            return FollowUp.due_at < self.week_end
        if due == "all":
            return None
        raise UserError(
            translate("Followups", "Unknown period {due}: use overdue, today, week or all.").format(due=due)
        )


@dataclass(frozen=True)
class Filter:
    """Which open follow-ups to show: an owner, some kinds, a period, a lead."""

    owner_id: int | None = None
    kinds: frozenset[str] = frozenset()
    due: str = "all"
    lead_id: int | None = None
    text: str = ""


def _filtered(query: Select[*tuple[Any, ...]], flt: Filter, bounds: Bounds) -> Select[*tuple[Any, ...]]:
    query = query.where(FollowUp.status == FollowUpStatus.OPEN)
    if flt.owner_id is not None:
        query = query.where(FollowUp.owner_id == flt.owner_id)
    if flt.kinds:
        query = query.where(FollowUp.kind.in_(sorted(flt.kinds)))
    if flt.lead_id is not None:
        query = query.where(FollowUp.lead_id == flt.lead_id)
    clause = bounds.due_clause(flt.due)
    if clause is not None:
        query = query.where(clause)
    if flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                FollowUp.title.ilike(pattern),
                FollowUp.note.ilike(pattern),
                Lead.title.ilike(pattern),
                _ContactOfLead.name.ilike(pattern),
                _DirectContact.name.ilike(pattern),
            )
        )
    return query


def open_items(
    session: Session, flt: Filter = Filter(), clock: Clock = SYSTEM_CLOCK, *, stamps: bool = False
) -> list[Item]:
    """The open follow-ups that pass ``flt``, in due order, each with its agenda group."""
    bounds = Bounds.of(clock)
    query = _filtered(_item_select(stamps), flt, bounds).order_by(FollowUp.due_at, FollowUp.id)
    # Core execution: plain rows, no ORM loading (thousands of rows on a big agenda).
    session.flush()
    return [_item(row, bounds) for row in session.connection().execute(query)]


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    items: list[Item] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)


def agenda(session: Session, flt: Filter = Filter(), clock: Clock = SYSTEM_CLOCK) -> list[Group]:
    """The agenda: Overdue / Today / Tomorrow / This week / Later, each with its items."""
    buckets: dict[str, list[Item]] = {key: [] for key in GROUPS}
    for item in open_items(session, flt, clock):
        buckets[item.group].append(item)
    return [Group(key, group_title(key), buckets[key]) for key in GROUPS]


@dataclass(frozen=True)
class Counts:
    overdue: int
    today: int  # due later today (not overdue)

    @property
    def due_now(self) -> int:
        """What the navigation badge shows: overdue plus due today."""
        return self.overdue + self.today


def counts(session: Session, owner_id: int | None = None, clock: Clock = SYSTEM_CLOCK) -> Counts:
    """Overdue and due-today counts, by two aggregate queries."""
    bounds = Bounds.of(clock)
    base = select(func.count(FollowUp.id)).where(FollowUp.status == FollowUpStatus.OPEN)
    if owner_id is not None:
        base = base.where(FollowUp.owner_id == owner_id)
    overdue = session.scalar(base.where(bounds.overdue_clause())) or 0
    by_tomorrow = session.scalar(base.where(FollowUp.due_at < bounds.tomorrow_start)) or 0
    return Counts(overdue=overdue, today=by_tomorrow - overdue)


# ---------------------------------------------------------------------------------------
# Done, snooze, reschedule, delete


def _open_followup(session: Session, followup_id: int) -> FollowUp:
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise UserError(translate("Followups", "That follow-up no longer exists."))
    return followup


def _author(session: Session, followup: FollowUp) -> str:
    if followup.owner is not None:
        return followup.owner.name
    me = app_settings.me(session)
    return me.name if me is not None else ""


@dataclass(frozen=True)
class DoneResult:
    followup_id: int
    note_id: int | None
    next_id: int | None
    next_due: datetime | None


def mark_done(
    session: Session,
    followup_id: int,
    outcome: str = "",
    *,
    clock: Clock = SYSTEM_CLOCK,
    author: str | None = None,
) -> DoneResult:
    """Complete a follow-up: note the outcome on the lead's timeline, reset the lead's stale
    clock, and plan the next occurrence of a repeating one."""
    followup = _open_followup(session, followup_id)
    if followup.status != FollowUpStatus.OPEN:
        raise UserError(translate("Followups", "This follow-up is already closed."))
    now = clock.now()
    outcome = outcome.strip()
    followup.status = FollowUpStatus.DONE
    followup.done_at = now
    followup.outcome = outcome
    heading = translate("Followups", "{kind} done: {title}").format(
        kind=label(followup.kind), title=followup.title or label(followup.kind)
    )
    body = f"{heading}\n{outcome}" if outcome else heading
    note: Note | None = None
    if followup.lead_id is not None or followup.contact_id is not None:
        note = Note(
            lead_id=followup.lead_id,
            contact_id=followup.contact_id if followup.lead_id is None else None,
            body=body,
            author=author if author is not None else _author(session, followup),
            created_at=now,
        )
        session.add(note)
    if followup.lead is not None:
        followup.lead.last_activity_at = now
    nxt: FollowUp | None = None
    if followup.repeat != Repeat.NONE:
        due = next_occurrence(
            followup.due_at, followup.repeat, followup.repeat_every, clock, followup.all_day
        )
        nxt = create_followup(
            session,
            due_at=due,
            title=followup.title,
            kind=followup.kind,
            lead_id=followup.lead_id,
            contact_id=followup.contact_id,
            owner_id=followup.owner_id,
            note=followup.note,
            all_day=followup.all_day,
            duration_min=followup.duration_min,
            rule=followup.rule,
        )
        nxt.repeat = followup.repeat
        nxt.repeat_every = followup.repeat_every
    session.flush()
    return DoneResult(
        followup.id,
        note.id if note is not None else None,
        nxt.id if nxt is not None else None,
        nxt.due_at if nxt is not None else None,
    )


def reopen(session: Session, followup_id: int) -> None:
    """Undo of "done" for a follow-up that did not repeat (the window's undo uses it)."""
    followup = _open_followup(session, followup_id)
    followup.status = FollowUpStatus.OPEN
    followup.done_at = None
    followup.outcome = ""


SNOOZE_15_MIN, SNOOZE_1_HOUR, SNOOZE_TOMORROW, SNOOZE_NEXT_WEEK, SNOOZE_CUSTOM = (
    "15min",
    "1h",
    "tomorrow",
    "next_week",
    "custom",
)
SNOOZE_CHOICES = (SNOOZE_15_MIN, SNOOZE_1_HOUR, SNOOZE_TOMORROW, SNOOZE_NEXT_WEEK, SNOOZE_CUSTOM)
_SNOOZE_LABELS = {
    SNOOZE_15_MIN: QT_TRANSLATE_NOOP("Followups", "15 minutes"),
    SNOOZE_1_HOUR: QT_TRANSLATE_NOOP("Followups", "1 hour"),
    SNOOZE_TOMORROW: QT_TRANSLATE_NOOP("Followups", "Tomorrow morning"),
    SNOOZE_NEXT_WEEK: QT_TRANSLATE_NOOP("Followups", "Next week"),
    SNOOZE_CUSTOM: QT_TRANSLATE_NOOP("Followups", "Pick a time…"),
}


def snooze_label(choice: str) -> str:
    return translate("Followups", _SNOOZE_LABELS[choice])


def snooze_target(choice: str, clock: Clock = SYSTEM_CLOCK, until: datetime | None = None) -> datetime:
    """When a snooze ends: in 15 min, in 1 h, tomorrow 08:00, next Monday 08:00, or ``until``."""
    now = clock.now()
    today = local_today(clock)
    if choice == SNOOZE_15_MIN:
        return now + timedelta(minutes=15)
    if choice == SNOOZE_1_HOUR:
        return now + timedelta(hours=1)
    if choice == SNOOZE_TOMORROW:
        return local_at(today + timedelta(days=1), MORNING, clock.tz)
    if choice == SNOOZE_NEXT_WEEK:
        return local_at(today + timedelta(days=7 - today.weekday()), MORNING, clock.tz)
    if choice == SNOOZE_CUSTOM:
        if until is None:
            raise UserError(translate("Followups", "Pick the time to snooze until."))
        until = as_utc(until)
        if until <= now:
            raise UserError(translate("Followups", "Snooze until a time in the future."))
        return until
    raise UserError(translate("Followups", "Unknown snooze choice: {choice}").format(choice=choice))


def snooze(
    session: Session,
    followup_id: int,
    choice: str,
    *,
    clock: Clock = SYSTEM_CLOCK,
    until: datetime | None = None,
) -> datetime:
    """Move an open follow-up to later; it reminds again when the new time comes."""
    followup = _open_followup(session, followup_id)
    if followup.status != FollowUpStatus.OPEN:
        raise UserError(translate("Followups", "This follow-up is already closed."))
    target = snooze_target(choice, clock, until)
    followup.due_at = target
    if choice in (SNOOZE_15_MIN, SNOOZE_1_HOUR, SNOOZE_CUSTOM):
        followup.all_day = False  # a snooze to a time of day makes it a timed follow-up
    elif followup.all_day:
        followup.due_at = start_of_local_day(to_local(target, clock.tz).date(), clock.tz)
    session.flush()
    return followup.due_at


def reschedule(
    session: Session,
    followup_id: int,
    due_at: datetime,
    *,
    all_day: bool | None = None,
    duration_min: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> None:
    """Give a follow-up a new due time (an all-day one: local midnight of its day)."""
    followup = _open_followup(session, followup_id)
    if all_day is not None:
        followup.all_day = all_day
    if duration_min is not None:
        if duration_min < 0:
            raise UserError(translate("Followups", "The duration cannot be negative."))
        followup.duration_min = duration_min
    due_at = as_utc(due_at)
    if followup.all_day:
        due_at = start_of_local_day(to_local(due_at, clock.tz).date(), clock.tz)
    followup.due_at = due_at
    session.flush()


def delete_followup(session: Session, followup_id: int) -> None:
    session.execute(delete(FollowUp).where(FollowUp.id == followup_id))


# ---------------------------------------------------------------------------------------
# Recurrence


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def _step(day: date, repeat: str, every: int) -> date:
    every = max(1, every)
    if repeat == Repeat.DAYS:
        return day + timedelta(days=every)
    if repeat == Repeat.WEEKS:
        return day + timedelta(weeks=every)
    if repeat == Repeat.MONTHS:
        return add_months(day, every)
    if repeat == Repeat.WORKDAYS:
        return next_working_day(day)
    raise ValueError(f"not a repeat rule: {repeat}")


def next_occurrence(
    due_at: datetime,
    repeat: str,
    every: int = 1,
    clock: Clock = SYSTEM_CLOCK,
    all_day: bool = False,
) -> datetime:
    """The next planned time after ``due_at`` at the same local wall-clock time, and after
    now (occurrences already in the past are skipped)."""
    local = to_local(due_at, clock.tz)
    wall = time(0, 0) if all_day else local.time().replace(tzinfo=None)
    day = local.date()
    today = local_today(clock)
    now = clock.now()
    for _ in range(10_000):
        day = _step(day, repeat, every)
        due = local_at(day, wall, clock.tz)
        if (all_day and day > today) or (not all_day and due > now):
            return due
    return due


def repeat_text(repeat: str, every: int) -> str:
    """ "Every 2 weeks", "Every working day", "" for none."""
    if repeat == Repeat.NONE:
        return ""
    if repeat == Repeat.WORKDAYS:
        return translate("Followups", "Every working day")
    if every <= 1:
        texts: dict[str, str] = {
            Repeat.DAYS: translate("Followups", "Every day"),
            Repeat.WEEKS: translate("Followups", "Every week"),
            Repeat.MONTHS: translate("Followups", "Every month"),
        }
        return texts.get(repeat, "")
    texts_n: dict[str, str] = {
        Repeat.DAYS: translate("Followups", "Every {n} days"),
        Repeat.WEEKS: translate("Followups", "Every {n} weeks"),
        Repeat.MONTHS: translate("Followups", "Every {n} months"),
    }
    return texts_n.get(repeat, "").format(n=every)


# ---------------------------------------------------------------------------------------
# Reminders


ALL_DAY_REMINDER = timedelta(hours=MORNING.hour)  # an all-day follow-up reminds at 08:00


def _to_notify_clause(now: datetime) -> ColumnElement[bool]:
    return and_(
        FollowUp.status == FollowUpStatus.OPEN,
        or_(
            and_(FollowUp.all_day.is_(False), FollowUp.due_at <= now),
            and_(FollowUp.all_day.is_(True), FollowUp.due_at <= now - ALL_DAY_REMINDER),
        ),
        or_(FollowUp.notified_at.is_(None), FollowUp.notified_at < FollowUp.due_at),
    )


def _for_owner(owner_id: int | None) -> ColumnElement[bool] | None:
    """A rep's reminders: their own follow-ups and nobody's (None: everybody's)."""
    if owner_id is None:
        return None
    return or_(FollowUp.owner_id == owner_id, FollowUp.owner_id.is_(None))


def due_for_notification(
    session: Session, now: datetime, owner_id: int | None = None, limit: int | None = None
) -> list[Item]:
    """Open follow-ups that have come due and have not been shown for their current time
    (with ``owner_id``: that rep's and unassigned ones; on a shared database each rep's
    window reminds its rep)."""
    query = _item_select().where(_to_notify_clause(as_utc(now)))
    mine = _for_owner(owner_id)
    if mine is not None:
        query = query.where(mine)
    query = query.order_by(FollowUp.due_at, FollowUp.id)
    if limit is not None:
        query = query.limit(limit)
    session.flush()
    return [_item(row) for row in session.connection().execute(query)]


def mark_notified(session: Session, followup_ids: Iterable[int], now: datetime) -> None:
    """Remember that these follow-ups were shown (for their current due time)."""
    ids = list(followup_ids)
    for start in range(0, len(ids), 500):
        for followup in session.scalars(select(FollowUp).where(FollowUp.id.in_(ids[start : start + 500]))):
            followup.notified_at = as_utc(now)
    session.flush()


LAST_SEEN = "followups.last_seen"


def _last_seen_key(owner_id: int | None) -> str:
    return LAST_SEEN if owner_id is None else f"{LAST_SEEN}.{owner_id}"


def last_seen(session: Session, owner_id: int | None = None) -> datetime | None:
    """When the app (of rep ``owner_id``, on a shared database) last ran."""
    value = app_settings.get(session, _last_seen_key(owner_id))
    if not value:
        return None
    try:
        return as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return None


def touch_last_seen(session: Session, now: datetime, owner_id: int | None = None) -> None:
    """Remember that the app was running at ``now`` (the start of the next away summary).

    Never moves backwards: a clock set back does not make the summary repeat items."""
    previous = last_seen(session, owner_id)
    now = as_utc(now)
    if previous is None or now > previous:
        key = _last_seen_key(owner_id)
        app_settings.put(session, key, iso_z(now) if now.microsecond == 0 else now.isoformat())


def away_summary(
    session: Session, since: datetime | None, now: datetime, owner_id: int | None = None
) -> list[Item]:
    """Open follow-ups that came due while the app was not running (``since`` < due ≤ now)
    and were not shown yet (with ``owner_id``: that rep's and unassigned ones). Nothing when
    the app never ran before."""
    if since is None:
        return []
    query = (
        _item_select()
        .where(_to_notify_clause(as_utc(now)), FollowUp.due_at > as_utc(since))
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    mine = _for_owner(owner_id)
    if mine is not None:
        query = query.where(mine)
    session.flush()
    return [_item(row) for row in session.connection().execute(query)]


# ---------------------------------------------------------------------------------------
# Automatic next steps


@dataclass(frozen=True)
class Rules:
    """The configurable rules that plan follow-ups by themselves (stored in ``settings``).

    The third rule, a revisit call on the revisit date of a deal lost to a competitor, is not
    optional: ``crm.leads.mark_lost`` requires the date and always plans that call.
    """

    ask_referral: bool = True
    ask_referral_days: int = 14
    first_contact: bool = True
    hot_days: int = 1  # working days
    warm_days: int = 3
    cold_days: int = 14
    hour: int = 9
    # First contacts of an import are spread: this many calls a working day, from ``hour``
    # over a seven-hour day, then on to the next working day (0: all at ``hour``).
    calls_per_day: int = 12


_RULE_KEYS = {
    "ask_referral": "rules.ask_referral",
    "ask_referral_days": "rules.ask_referral_days",
    "first_contact": "rules.first_contact",
    "hot_days": "rules.first_contact_hot_days",
    "warm_days": "rules.first_contact_warm_days",
    "cold_days": "rules.first_contact_cold_days",
    "hour": "rules.hour",
    "calls_per_day": "rules.first_contact_calls_per_day",
}
CALL_DAY_MINUTES = 7 * 60  # the working day the calls are spread over, from ``Rules.hour``


def load_rules(session: Session) -> Rules:
    defaults = Rules()
    values: dict[str, object] = {}
    for name, key in _RULE_KEYS.items():
        raw = app_settings.get(session, key)
        default = getattr(defaults, name)
        if raw == "":
            values[name] = default
        elif isinstance(default, bool):
            values[name] = raw.strip().lower() in ("1", "true", "yes", "on")
        else:
            try:
                values[name] = max(0, int(raw))
            except ValueError:
                values[name] = default
    values["hour"] = min(23, int(values["hour"]))  # type: ignore[call-overload]
    return Rules(**values)  # type: ignore[arg-type]


def save_rules(session: Session, rules: Rules) -> None:
    for name, key in _RULE_KEYS.items():
        value = getattr(rules, name)
        app_settings.put(
            session, key, ("1" if value else "0") if isinstance(value, bool) else str(int(value))
        )


def referral_days_for_win(session: Session) -> int | None:
    """What to pass as ``ask_referral_in_days`` to ``crm.leads.mark_won`` (None: rule off)."""
    rules = load_rules(session)
    return rules.ask_referral_days if rules.ask_referral else None


def first_contact_day(temperature: str, today: date, rules: Rules = Rules()) -> date:
    """Hot: the next working day; warm: the last working day within ``warm_days`` (at least
    the next working day); cold: ``cold_days`` ahead, on a working day."""
    if temperature == Temperature.HOT:
        day = today
        for _ in range(max(1, rules.hot_days)):
            day = next_working_day(day)
        return day
    if temperature == Temperature.WARM:
        soonest = next_working_day(today)
        day = today + timedelta(days=max(1, rules.warm_days))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return max(day, soonest)
    day = today + timedelta(days=max(1, rules.cold_days))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def apply_new_lead_rules(
    session: Session, leads: Sequence[Lead], *, clock: Clock = SYSTEM_CLOCK, rules: Rules | None = None
) -> list[FollowUp]:
    """Give each open lead without an open follow-up a first-contact follow-up by its
    temperature (one query for the whole batch: the importer calls this)."""
    rules = rules or load_rules(session)
    if not rules.first_contact or not leads:
        return []
    session.flush()
    ids = [lead.id for lead in leads]
    has_next: set[int] = set()
    for start in range(0, len(ids), 500):
        has_next.update(
            lid
            for lid in session.scalars(
                select(FollowUp.lead_id).where(
                    FollowUp.lead_id.in_(ids[start : start + 500]), FollowUp.status == FollowUpStatus.OPEN
                )
            )
            if lid is not None
        )
    open_stage_ids = set(session.scalars(select(Stage.id).where(Stage.kind == StageKind.OPEN)))
    today = local_today(clock)
    made = []
    for lead in leads:
        if lead.id in has_next or lead.stage_id not in open_stage_ids or lead.discarded:
            continue
        day = first_contact_day(lead.temperature, today, rules)
        name = lead.contact.name if lead.contact is not None else lead.title
        made.append(
            create_followup(
                session,
                lead=lead,
                due_at=local_at(day, time(rules.hour, 0), clock.tz),
                title=translate("Followups", "First contact: {name}").format(name=name or lead.title),
                kind=FollowUpKind.CALL,
                rule="first_contact",
            )
        )
        has_next.add(lead.id)
    session.flush()
    return made


def plan_first_contacts(
    session: Session,
    lead_ids: Sequence[int] = (),
    *,
    import_batch_id: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
    rules: Rules | None = None,
) -> int:
    """The first-contact rule of :func:`apply_new_lead_rules` for many leads at once: by id,
    or every lead of an import batch (the importer: 100,000 new leads). Each is one
    ``INSERT … SELECT`` in the database, with no rows through Python. Returns how many
    follow-ups were planned.

    A batch's leads were just written by the importer in this transaction, so they are not
    checked for an open follow-up: reading ``follow_ups`` in the SELECT would make SQLite copy
    the whole result into memory before inserting (50 MB at 100,000 leads)."""
    rules = rules or load_rules(session)
    if not rules.first_contact or (not lead_ids and import_batch_id is None):
        return 0
    session.flush()
    if import_batch_id is not None:
        return _insert_first_contacts(
            session, Lead.import_batch_id == import_batch_id, clock, rules, check_open=False
        )
    made = 0
    ids = list(lead_ids)
    for start in range(0, len(ids), 500):
        made += _insert_first_contacts(session, Lead.id.in_(ids[start : start + 500]), clock, rules)
    return made


def _insert_first_contacts(
    session: Session, which: ColumnElement[bool], clock: Clock, rules: Rules, *, check_open: bool = True
) -> int:
    from sqlalchemy import literal, text

    today = local_today(clock)
    open_stages = select(Stage.id).where(Stage.kind == StageKind.OPEN)
    has_next = (
        select(FollowUp.id)
        .where(FollowUp.lead_id == Lead.id, FollowUp.status == FollowUpStatus.OPEN)
        .exists()
    )
    wanted = [which, Lead.stage_id.in_(open_stages), ~Lead.discarded]
    if check_open:
        wanted.append(~has_next)
    counts: dict[str, int] = {
        str(t): int(n)
        for t, n in session.execute(
            select(Lead.temperature, func.count()).where(*wanted).group_by(Lead.temperature)
        )
    }
    due = _spread_due(session, today, clock, rules, counts)
    template = translate("Followups", "First contact: {name}")
    before, _, after = template.partition("{name}")
    who = func.coalesce(func.nullif(Contact.name, ""), Lead.title)
    title = func.substr(literal(before) + who + literal(after), 1, 300)
    if session.get_bind().dialect.name == "sqlite":
        uid: Any = func.lower(func.hex(func.randomblob(16)))
    else:
        uid = func.replace(text("gen_random_uuid()::text"), "-", "")
    now = literal(utcnow(), FollowUp.__table__.c.created_at.type)
    rows = (
        select(
            uid,
            Lead.id,
            Lead.contact_id,
            Lead.owner_id,
            literal(FollowUpKind.CALL.value),
            title,
            due,
            literal(False),
            literal(0),
            literal(""),
            literal(FollowUpStatus.OPEN.value),
            literal(""),
            literal(Repeat.NONE.value),
            literal(1),
            literal("first_contact"),
            now,
            now,
        )
        .join(Contact, Lead.contact_id == Contact.id)
        .where(*wanted)
    )
    names = [
        "uid", "lead_id", "contact_id", "owner_id", "kind", "title", "due_at", "all_day",
        "duration_min", "note", "status", "outcome", "repeat", "repeat_every", "rule",
        "created_at", "updated_at",
    ]  # fmt: skip
    table = cast(Table, FollowUp.__table__)
    result = session.connection().execute(
        table.insert().from_select(names, rows, include_defaults=False),
        execution_options={"preserve_rowcount": True},
    )
    return int(result.rowcount or 0)


def _spread_due(
    session: Session, today: date, clock: Clock, rules: Rules, counts: dict[str, int]
) -> ColumnElement[Any]:
    """The due time of each lead's first call, in SQL. Each temperature starts on its
    first-contact day at ``rules.hour``; calls follow every ``CALL_DAY_MINUTES /
    calls_per_day`` minutes, ``calls_per_day`` a working day (weekends skipped), in lead
    order. Hot leads go first; a group that would land on days another group already fills
    starts after it, so no two calls share a time. ``counts``: leads per temperature."""
    from sqlalchemy import Integer, String, case, literal, literal_column
    from sqlalchemy import cast as sa_cast

    days = {t.value: first_contact_day(t.value, today, rules) for t in Temperature}
    due_type = FollowUp.__table__.c.due_at.type
    per_day = rules.calls_per_day
    if per_day <= 0:
        base = {t: local_at(day, time(rules.hour, 0), clock.tz) for t, day in days.items()}
        return case(
            {t: literal(v, due_type) for t, v in base.items()},
            value=Lead.temperature,
            else_=literal(base[Temperature.COLD.value], due_type),
        )
    # Slots count working days from day0 (the earliest first-contact day, a working day).
    day0 = min(days.values())

    def working_days(day: date) -> int:
        n, d = 0, day0
        while d < day:
            d += timedelta(days=1)
            n += d.weekday() < 5
        return n

    first: dict[str, int] = {}
    end = 0
    order = (Temperature.HOT.value, Temperature.WARM.value, Temperature.COLD.value)
    for t in sorted(order, key=lambda t: (days[t], order.index(t))):
        first[t] = max(working_days(days[t]) * per_day, end)
        end = first[t] + counts.get(t, 0)
    step = max(5, CALL_DAY_MINUTES // per_day // 5 * 5)
    slot = (
        case({t: literal(v) for t, v in first.items()}, value=Lead.temperature, else_=literal(first["cold"]))
        + func.row_number().over(partition_by=Lead.temperature, order_by=Lead.id)
        - 1
    )
    day = slot // per_day
    calendar_days = day + 2 * ((day0.weekday() + day) // 5)
    minutes = (slot % per_day) * step
    start = local_at(day0, time(rules.hour, 0), clock.tz)
    if session.get_bind().dialect.name == "sqlite":
        moved = func.datetime(
            literal(start.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")),
            literal("+") + sa_cast(calendar_days, String) + literal(" days"),
            literal("+") + sa_cast(minutes, String) + literal(" minutes"),
            type_=String,
        )
        return moved + literal_column("'.000000'", String)  # as UTCDateTime stores it
    return literal(start, due_type) + func.make_interval(
        0, 0, 0, sa_cast(calendar_days, Integer), 0, sa_cast(minutes, Integer)
    )


def apply_new_lead_rule(
    session: Session, lead: Lead, *, clock: Clock = SYSTEM_CLOCK, rules: Rules | None = None
) -> FollowUp | None:
    """The first-contact rule for one new lead (board quick-add, lead form, capture)."""
    made = apply_new_lead_rules(session, [lead], clock=clock, rules=rules)
    return made[0] if made else None


# ---------------------------------------------------------------------------------------
# Next step per lead (the board and the leads table use these)


def next_followup_subquery() -> Select[*tuple[Any, ...]]:
    """Each lead's next open follow-up: columns ``lead_id``, ``followup_id``, ``due_at``,
    ``kind``, ``title``, ``all_day`` (one row per lead with any; earliest due, then lowest id).

    Use ``.subquery()`` and outer-join on ``lead_id``; a lead with no row has no next step.
    """
    ranked = (
        select(
            FollowUp.lead_id.label("lead_id"),
            FollowUp.id.label("followup_id"),
            FollowUp.due_at.label("due_at"),
            FollowUp.kind.label("kind"),
            FollowUp.title.label("title"),
            FollowUp.all_day.label("all_day"),
            func.row_number()
            .over(partition_by=FollowUp.lead_id, order_by=(FollowUp.due_at, FollowUp.id))
            .label("rank"),
        )
        .where(FollowUp.status == FollowUpStatus.OPEN, FollowUp.lead_id.is_not(None))
        .subquery("ranked_followups")
    )
    return select(
        ranked.c.lead_id,
        ranked.c.followup_id,
        ranked.c.due_at,
        ranked.c.kind,
        ranked.c.title,
        ranked.c.all_day,
    ).where(ranked.c.rank == 1)


def no_next_step_clause() -> ColumnElement[bool]:
    """True for an open lead (open stage, not discarded) with no open follow-up."""
    has_open = (
        select(FollowUp.id)
        .where(FollowUp.lead_id == Lead.id, FollowUp.status == FollowUpStatus.OPEN)
        .exists()
    )
    open_stage = select(Stage.id).where(Stage.id == Lead.stage_id, Stage.kind == StageKind.OPEN).exists()
    return and_(open_stage, Lead.discarded.is_(False), ~has_open)


@dataclass(frozen=True)
class NextStep:
    followup_id: int
    due_at: datetime
    kind: str
    title: str
    all_day: bool


def next_steps(session: Session, lead_ids: Iterable[int]) -> dict[int, NextStep]:
    """The next open follow-up of each of ``lead_ids`` (leads with none are absent)."""
    ids = list(lead_ids)
    sub = next_followup_subquery().subquery()
    found: dict[int, NextStep] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(sub).where(sub.c.lead_id.in_(ids[start : start + 500])))
        for lead_id, fid, due, kind, title, all_day in rows:
            found[lead_id] = NextStep(fid, as_utc(due), kind, title, bool(all_day))
    return found


def leads_without_next_step(session: Session) -> list[int]:
    return list(session.scalars(select(Lead.id).where(no_next_step_clause()).order_by(Lead.id)))


# ---------------------------------------------------------------------------------------
# Calendar export (.ics)

DEFAULT_EVENT_MINUTES = 15


def ics_uid(uid: str) -> str:
    return f"{uid}@salesdesk"


def _description(item: Item) -> str:
    lines = []
    if item.lead_title:
        lines.append(translate("Followups", "Lead: {title}").format(title=item.lead_title))
    if item.contact_name:
        lines.append(translate("Followups", "Contact: {name}").format(name=item.contact_name))
    if item.contact_phone:
        lines.append(translate("Followups", "Phone: {phone}").format(phone=item.contact_phone))
    if item.owner_name:
        lines.append(translate("Followups", "Owner: {name}").format(name=item.owner_name))
    if item.note:
        lines.extend(["", item.note])
    return "\n".join(lines)


def summary_text(item: Item) -> str:
    """ "Call: Ask about the decision" (no kind in front when the title starts with it)."""
    kind = label(item.kind)
    title = item.title or item.lead_title or item.contact_name
    if not title:
        return kind
    if title.casefold().startswith(kind.casefold()):
        return title
    return f"{kind}: {title}"


def build_calendar(items: Iterable[Item], now: datetime, clock: Clock = SYSTEM_CLOCK) -> bytes:
    """An RFC 5545 calendar with one VEVENT per follow-up.

    Events, not to-dos, for every kind: phone and desktop calendars (Google, Outlook, iOS)
    import VEVENTs but ignore VTODOs. UID ``<uid>@salesdesk`` stays the same across exports
    and SEQUENCE / LAST-MODIFIED grow with each edit, so importing the file again updates
    the events instead of duplicating them. All-day follow-ups are DATE events; timed ones are
    in UTC with their duration (15 minutes when none is set) and a reminder alarm.
    """
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//SalesDesk//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", translate("Followups", "SalesDesk follow-ups"))
    stamp = as_utc(now).replace(microsecond=0)
    for item in items:
        event = Event()
        event.add("uid", ics_uid(item.uid))
        event.add("dtstamp", stamp)
        event.add("summary", summary_text(item))
        description = _description(item)
        if description:
            event.add("description", description)
        if item.all_day:
            day = to_local(item.due_at, clock.tz).date()
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=max(1, item.duration_min // (24 * 60))))
            event.add("transp", "TRANSPARENT")
        else:
            start = as_utc(item.due_at).replace(microsecond=0)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=item.duration_min or DEFAULT_EVENT_MINUTES))
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary_text(item))
            alarm.add("trigger", timedelta(minutes=-10))
            event.add_component(alarm)
        event.add("categories", [label(item.kind)])
        event.add("status", "CONFIRMED")
        created = as_utc(item.created_at or now).replace(microsecond=0)
        modified = max(as_utc(item.updated_at or now).replace(microsecond=0), created)
        event.add("created", created)
        event.add("last-modified", modified)
        event.add("sequence", max(0, int((modified - created).total_seconds())))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def export_ics(session: Session, path: str, flt: Filter = Filter(), clock: Clock = SYSTEM_CLOCK) -> int:
    """Write the open follow-ups passing ``flt`` to ``path``; returns how many."""
    items = open_items(session, flt, clock, stamps=True)
    data = build_calendar(items, clock.now(), clock)
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise UserError(
            translate("Followups", "Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return len(items)


# ---------------------------------------------------------------------------------------
# Creating and editing from the dialog


@dataclass(frozen=True)
class FollowUpData:
    """What the "follow-up" dialog edits."""

    kind: str = FollowUpKind.CALL
    title: str = ""
    due_at: datetime = field(default_factory=utcnow)
    all_day: bool = False
    duration_min: int = 0
    repeat: str = Repeat.NONE
    repeat_every: int = 1
    note: str = ""
    owner_id: int | None = None
    lead_id: int | None = None
    contact_id: int | None = None


def _validate(data: FollowUpData) -> None:
    if data.kind not in set(FollowUpKind):
        raise UserError(translate("Followups", "Unknown kind of follow-up: {kind}").format(kind=data.kind))
    if data.repeat not in set(Repeat):
        raise UserError(translate("Followups", "Unknown repeat rule: {repeat}").format(repeat=data.repeat))
    if data.repeat_every < 1 or data.repeat_every > 365:
        raise UserError(translate("Followups", "Repeat every 1 to 365 periods."))
    if data.duration_min < 0 or data.duration_min > 7 * 24 * 60:
        raise UserError(translate("Followups", "The duration must be between 0 minutes and a week."))
    if not data.title.strip() and data.lead_id is None and data.contact_id is None:
        raise UserError(translate("Followups", "Give the follow-up a title."))


def save_followup(
    session: Session, data: FollowUpData, followup_id: int | None = None, clock: Clock = SYSTEM_CLOCK
) -> FollowUp:
    """Create (``followup_id`` None) or update a follow-up from the dialog's values."""
    _validate(data)
    due = as_utc(data.due_at)
    if data.all_day:
        due = start_of_local_day(to_local(due, clock.tz).date(), clock.tz)
    title = data.title.strip()
    if not title:
        lead = session.get(Lead, data.lead_id) if data.lead_id is not None else None
        contact = session.get(Contact, data.contact_id) if data.contact_id is not None else None
        name = lead.contact.name if lead is not None else (contact.name if contact is not None else "")
        title = f"{label(data.kind)}: {name}" if name else label(data.kind)
    if followup_id is None:
        followup = create_followup(
            session,
            due_at=due,
            title=title,
            kind=data.kind,
            lead_id=data.lead_id,
            contact_id=data.contact_id,
            owner_id=data.owner_id,
            note=data.note,
            all_day=data.all_day,
            duration_min=data.duration_min,
        )
    else:
        followup = _open_followup(session, followup_id)
        followup.kind = data.kind
        followup.title = title
        followup.due_at = due
        followup.all_day = data.all_day
        followup.duration_min = data.duration_min
        followup.note = data.note
        followup.owner_id = data.owner_id
    followup.repeat = data.repeat
    followup.repeat_every = data.repeat_every
    session.flush()
    return followup
