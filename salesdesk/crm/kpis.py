"""Key figures of the sales work (DESIGN.md "KPIs"): the dashboard and ``salesdesk report``.

Every figure is an aggregate query (GROUP BY, window functions that SQLite ≥ 3.25 and
PostgreSQL both run); nothing here loops in Python over every lead. Qt-free; the window and
the command line call the same functions.

Words used in the docstrings below:

- **scope**: a :class:`Period` (calendar dates, local time, both ends included) and an
  optional owner. Only leads owned by that owner count when an owner is given.
- **cohort**: the leads *created* in the period (``leads.created_at``). Funnel, source,
  batch and conversion figures follow a cohort: "of the leads that came in, how many went
  how far".
- **won / lost in the period**: leads now in a stage of kind won / lost whose
  ``closed_at`` falls in the period. Sales volume, win rate and cycle length use these.
- A ratio whose denominator is zero is ``None`` (shown as "–"), never 0 and never an error.
- Money is integer cents; weighted values are rounded to whole cents.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from salesdesk.crm.clock import start_of_local_day, today_or
from salesdesk.crm.funnel import stages as ordered_stages
from salesdesk.crm.labels import source_label, stage_label
from salesdesk.db.enums import FollowUpStatus, LeadSource, StageKind
from salesdesk.db.models import (
    Contact,
    FollowUp,
    ImportBatch,
    Lead,
    Owner,
    Referral,
    Stage,
    StageChange,
)
from salesdesk.db.types import utcnow

# --------------------------------------------------------------------------- periods

THIS_MONTH = "month"
THIS_QUARTER = "quarter"
THIS_YEAR = "year"
LAST_12_MONTHS = "last12"
CUSTOM = "custom"
ALL_TIME = "all"
PERIOD_KINDS = (THIS_MONTH, THIS_QUARTER, THIS_YEAR, LAST_12_MONTHS, CUSTOM, ALL_TIME)


def _shift_months(day: date, months: int) -> date:
    """The same day ``months`` months later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Period:
    """Calendar dates ``start``..``end``, both included; ``None`` = unbounded on that side.

    "This month / quarter / year" run from the first day to *today* (to date), so the
    previous period is the same stretch of the previous month / quarter / year
    (1–27 November against 1–27 October). A custom period and the last 12 months compare
    with the same number of days just before them. An unbounded period has no previous one.
    """

    start: date | None
    end: date | None
    kind: str = CUSTOM

    @classmethod
    def this_month(cls, today: date | None = None) -> Period:
        today = today_or(today)
        return cls(today.replace(day=1), today, THIS_MONTH)

    @classmethod
    def this_quarter(cls, today: date | None = None) -> Period:
        today = today_or(today)
        first_month = (today.month - 1) // 3 * 3 + 1
        return cls(date(today.year, first_month, 1), today, THIS_QUARTER)

    @classmethod
    def this_year(cls, today: date | None = None) -> Period:
        today = today_or(today)
        return cls(date(today.year, 1, 1), today, THIS_YEAR)

    @classmethod
    def last_12_months(cls, today: date | None = None) -> Period:
        today = today_or(today)
        return cls(_shift_months(today, -12) + timedelta(days=1), today, LAST_12_MONTHS)

    @classmethod
    def custom(cls, start: date | None, end: date | None) -> Period:
        if start is not None and end is not None and end < start:
            raise ValueError("the period ends before it starts")
        return cls(start, end, CUSTOM if (start or end) else ALL_TIME)

    @classmethod
    def all_time(cls) -> Period:
        return cls(None, None, ALL_TIME)

    @classmethod
    def of_kind(cls, kind: str, today: date | None = None) -> Period:
        """The period named by one of ``PERIOD_KINDS`` (custom → all time; give dates)."""
        makers = {
            THIS_MONTH: cls.this_month,
            THIS_QUARTER: cls.this_quarter,
            THIS_YEAR: cls.this_year,
            LAST_12_MONTHS: cls.last_12_months,
        }
        maker = makers.get(kind)
        return maker(today) if maker else cls.all_time()

    @property
    def days(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def previous(self) -> Period | None:
        """The period the headline tiles compare with (see the class docstring)."""
        if self.start is None or self.end is None:
            return None
        months = {THIS_MONTH: 1, THIS_QUARTER: 3, THIS_YEAR: 12}.get(self.kind)
        if months:
            return Period(_shift_months(self.start, -months), _shift_months(self.end, -months), CUSTOM)
        length = timedelta(days=(self.end - self.start).days + 1)
        return Period(self.start - length, self.end - length, CUSTOM)

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) as UTC instants: local midnight of ``start`` and of the day after ``end``."""
        low = _local_midnight_utc(self.start) if self.start else None
        high = _local_midnight_utc(self.end + timedelta(days=1)) if self.end else None
        return low, high

    def covers(self, column: Any) -> ColumnElement[bool]:
        """SQL: the UTC datetime ``column`` falls in the period (always true if unbounded)."""
        low, high = self.utc_bounds()
        parts: list[ColumnElement[bool]] = []
        if low is not None:
            parts.append(column >= low)
        if high is not None:
            parts.append(column < high)
        return and_(literal(True), *parts) if parts else literal(True)

    def covers_date(self, column: Any) -> ColumnElement[bool]:
        """SQL: the calendar-date ``column`` falls in the period."""
        parts: list[ColumnElement[bool]] = []
        if self.start is not None:
            parts.append(column >= self.start)
        if self.end is not None:
            parts.append(column <= self.end)
        return and_(literal(True), *parts) if parts else literal(True)


def _local_midnight_utc(day: date) -> datetime:
    return start_of_local_day(day)


@dataclass(frozen=True)
class Scope:
    """What the figures are about: a period and an owner (``None`` = every owner)."""

    period: Period = field(default_factory=Period.all_time)
    owner_id: int | None = None

    def previous(self) -> Scope | None:
        previous = self.period.previous()
        return None if previous is None else replace(self, period=previous)

    def owned(self, column: Any = None) -> ColumnElement[bool]:
        """SQL: the lead belongs to the scope's owner (true when no owner is chosen)."""
        if self.owner_id is None:
            return literal(True)
        return (Lead.owner_id if column is None else column) == self.owner_id


# --------------------------------------------------------------------------- helpers


def ratio(numerator: int | float, denominator: int | float) -> float | None:
    """numerator / denominator, or ``None`` when the denominator is zero."""
    return None if not denominator else numerator / denominator


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _days_between(session: Session, start: Any, end: Any) -> ColumnElement[Any]:
    """SQL: days (fractional) from datetime ``start`` to datetime ``end``."""
    if _dialect(session) == "sqlite":
        return func.julianday(end) - func.julianday(start)
    return func.extract("epoch", end - start) / 86400.0


def _month_of(session: Session, column: Any) -> ColumnElement[str]:
    """SQL: "YYYY-MM" of a date column."""
    if _dialect(session) == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def _week_of(session: Session, column: Any) -> ColumnElement[Any]:
    """SQL: the Monday (ISO week start, as text YYYY-MM-DD) of a UTC datetime column."""
    if _dialect(session) == "sqlite":
        return func.date(column, "-6 days", "weekday 1")
    return func.to_char(func.date_trunc("week", column), "YYYY-MM-DD")


_CACHE = "salesdesk.kpis.cache"  # session.info key, present only while compute() runs


def _stage_kind_ids(session: Session) -> dict[str, list[int]]:
    """Stage ids by kind (open / won / lost); read once per :func:`compute`."""
    cache = session.info.get(_CACHE)
    cached: dict[str, list[int]] | None = cache.get("stage_kinds") if cache is not None else None
    if cached is not None:
        return cached
    kinds: dict[str, list[int]] = {StageKind.OPEN: [], StageKind.WON: [], StageKind.LOST: []}
    for stage_id, kind in session.execute(select(Stage.id, Stage.kind)):
        kinds.setdefault(kind, []).append(stage_id)
    if cache is not None:
        cache["stage_kinds"] = kinds
    return kinds


def _greatest(session: Session, *values: Any) -> ColumnElement[Any]:
    """SQL: the largest of the (non-null) values."""
    parts = [func.coalesce(v, -1) for v in values]
    if _dialect(session) == "sqlite":
        return func.max(*parts)
    return func.greatest(*parts)


def _in(column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    return column.in_(ids) if ids else literal(False)


def _won(session: Session) -> ColumnElement[bool]:
    return _in(Lead.stage_id, _stage_kind_ids(session)[StageKind.WON])


def _lost(session: Session) -> ColumnElement[bool]:
    return _in(Lead.stage_id, _stage_kind_ids(session)[StageKind.LOST])


def _cohort(scope: Scope) -> ColumnElement[bool]:
    return and_(scope.period.covers(Lead.created_at), scope.owned())


def _int(value: Any) -> int:
    return int(value or 0)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class SalesVolume:
    """Leads won in the period: how many, their value, the average deal (ticket) size.

    ``average_deal_cents`` = round(won value / won count), ``None`` when nothing was won.
    """

    won_count: int
    won_value_cents: int
    average_deal_cents: int | None


def _closed(session: Session, scope: Scope) -> tuple[SalesVolume, WinRate, list[MonthValue]]:
    """Sales volume, win rate and won value by month from ONE grouped scan of the leads
    closed in the period (grouped by stage and month: a handful of rows)."""
    kinds = _stage_kind_ids(session)
    won_ids, lost_ids = set(kinds[StageKind.WON]), set(kinds[StageKind.LOST])
    month = _month_of(session, Lead.closed_at)
    rows = session.execute(
        select(Lead.stage_id, month, func.count(Lead.id), func.coalesce(func.sum(Lead.value_cents), 0))
        .where(
            _in(Lead.stage_id, sorted(won_ids | lost_ids)),
            scope.period.covers(Lead.closed_at),
            scope.owned(),
        )
        .group_by(Lead.stage_id, month)
    ).all()
    by_month: dict[str, list[int]] = {}
    won = won_value = lost = 0
    for stage_id, month_text, n, value in rows:
        if stage_id in won_ids:
            won += _int(n)
            won_value += _int(value)
            bucket = by_month.setdefault(str(month_text), [0, 0])
            bucket[0] += _int(n)
            bucket[1] += _int(value)
        else:
            lost += _int(n)
    average = ratio(won_value, won)
    volume = SalesVolume(won, won_value, None if average is None else round(average))
    months = [MonthValue(m, n, v) for m, (n, v) in sorted(by_month.items())]
    return volume, WinRate(won, lost, ratio(won, won + lost)), months


def sales_volume(session: Session, scope: Scope) -> SalesVolume:
    return _closed(session, scope)[0]


@dataclass(frozen=True)
class WinRate:
    """Win rate = won / (won + lost), over leads closed (won or lost) in the period.

    Disqualified (discarded) leads sit in the lost stage and count as lost.
    ``rate`` is ``None`` when nothing was closed.
    """

    won: int
    lost: int
    rate: float | None


def win_rate(session: Session, scope: Scope) -> WinRate:
    return _closed(session, scope)[1]


@dataclass(frozen=True)
class StageRow:
    """Leads of the cohort by the stage they are in now, with value and weighted value.

    ``weighted_cents`` = round(value × stage probability / 100).
    """

    stage_id: int
    stage: str
    kind: str
    probability: int
    count: int
    value_cents: int
    weighted_cents: int


def by_stage(session: Session, scope: Scope) -> list[StageRow]:
    """Every stage in board order (empty ones too); cohort = leads created in the period.
    Disqualified (discarded) leads are left out, as on the board, so the counts add up to
    :func:`leads_total` minus the disqualified ones."""
    rows: dict[int, tuple[int, int]] = {}
    for stage_id, _source, discarded, count, value in _cohort_grid(session, scope):
        if discarded:
            continue
        before = rows.get(stage_id, (0, 0))
        rows[stage_id] = (before[0] + count, before[1] + value)
    result = []
    for stage in ordered_stages(session):
        count, value = rows.get(stage.id, (0, 0))
        result.append(
            StageRow(
                stage.id,
                stage_label(stage.name, stage.key),
                stage.kind,
                stage.probability,
                _int(count),
                _int(value),
                round(_int(value) * stage.probability / 100),
            )
        )
    return result


@dataclass(frozen=True)
class Disqualified:
    """Leads of the cohort that were disqualified (discarded): left out of ``by_stage``, so
    that the stages plus these add up to :func:`leads_total`."""

    count: int
    value_cents: int


def disqualified(session: Session, scope: Scope) -> Disqualified:
    count = value = 0
    for _stage, _source, discarded, rows, amount in _cohort_grid(session, scope):
        if discarded:
            count += rows
            value += amount
    return Disqualified(_int(count), _int(value))


def leads_total(session: Session, scope: Scope) -> int:
    """Leads created in the period (the cohort)."""
    return sum(count for _stage, _source, _discarded, count, _value in _cohort_grid(session, scope))


def _cohort_grid(session: Session, scope: Scope) -> list[tuple[int, str, bool, int, int]]:
    """(stage id, source, discarded, leads, value) of the cohort: ONE grouped scan that by-stage,
    by-source and the total share (remembered during one :func:`compute`)."""
    cache = session.info.get(_CACHE)
    key = ("cohort_grid", scope)
    cached: list[tuple[int, str, bool, int, int]] | None = cache.get(key) if cache is not None else None
    if cached is not None:
        return cached
    rows = [
        (int(stage_id), str(source), bool(discarded), _int(count), _int(value))
        for stage_id, source, discarded, count, value in session.execute(
            select(
                Lead.stage_id,
                Lead.source,
                Lead.discarded,
                func.count(Lead.id),
                func.coalesce(func.sum(Lead.value_cents), 0),
            )
            .where(_cohort(scope))
            .group_by(Lead.stage_id, Lead.source, Lead.discarded)
        )
    ]
    if cache is not None:
        cache[key] = rows
    return rows


@dataclass(frozen=True)
class ConversionRow:
    """How far the cohort got: the leads that reached ``stage`` (or any later one).

    - ``share`` = reached / cohort size (the funnel),
    - ``step`` = reached / reached the stage before (stage-to-stage conversion; ``None``
      for the first stage or when none reached the stage before).

    A lead reached a stage when it is in it now, or its history (``stage_changes``, from
    or to) shows it there, or it reached a later stage (skipping a column still passes it).
    The lost stage is not a step of the funnel: a lost lead counts up to where it got.
    """

    stage_id: int
    stage: str
    reached: int
    share: float | None
    step: float | None


def stage_conversion(session: Session, scope: Scope) -> list[ConversionRow]:
    funnel = [s for s in ordered_stages(session) if s.kind != StageKind.LOST]
    if not funnel:
        return []
    rank = {stage.id: index for index, stage in enumerate(funnel)}

    def ranked(column: Any) -> ColumnElement[int]:
        return case(*((column == sid, r) for sid, r in rank.items()), else_=None)

    # Per cohort lead: the furthest rank among its current stage and its history (from / to).
    per_lead = (
        select(
            Lead.id.label("lead_id"),
            func.max(ranked(Lead.stage_id)).label("now_r"),
            func.max(ranked(StageChange.to_stage_id)).label("to_r"),
            func.max(ranked(StageChange.from_stage_id)).label("from_r"),
        )
        .outerjoin(StageChange, StageChange.lead_id == Lead.id)
        .where(_cohort(scope))
        .group_by(Lead.id)
        .subquery("per_lead")
    )
    top = _greatest(session, per_lead.c.now_r, per_lead.c.to_r, per_lead.c.from_r)
    furthest = select(case((top >= 0, top), else_=None).label("top")).subquery("furthest")
    per_top = (
        select(furthest.c.top, func.count().label("n"))
        .where(furthest.c.top.is_not(None))
        .group_by(furthest.c.top)
        .subquery("per_top")
    )
    # Leads that got at least as far as rank r = running total from the end of the funnel.
    cumulative = select(
        per_top.c.top,
        func.sum(per_top.c.n).over(order_by=per_top.c.top.desc()),
    )
    at_least = {int(top): _int(n) for top, n in session.execute(cumulative)}
    total = leads_total(session, scope)
    result: list[ConversionRow] = []
    reached_before: int | None = None
    # A rank with no lead ending there takes the count of the next rank that has one.
    for index, stage in enumerate(funnel):
        reached = next((at_least[r] for r in range(index, len(funnel)) if r in at_least), 0)
        result.append(
            ConversionRow(
                stage.id,
                stage_label(stage.name, stage.key),
                reached,
                ratio(reached, total),
                None if reached_before is None else ratio(reached, reached_before),
            )
        )
        reached_before = reached
    return result


@dataclass(frozen=True)
class SourceRow:
    """Per lead source, over the cohort: leads, won now, conversion = won / leads, won value."""

    source: str
    label: str
    leads: int
    won: int
    conversion: float | None
    won_value_cents: int


def by_source(session: Session, scope: Scope) -> list[SourceRow]:
    """Every source with leads in the cohort, most leads first (referral is one of them)."""
    won_ids = set(_stage_kind_ids(session)[StageKind.WON])
    totals: dict[str, list[int]] = {}
    for stage_id, source, _discarded, count, value in _cohort_grid(session, scope):
        bucket = totals.setdefault(source, [0, 0, 0])
        bucket[0] += count
        if stage_id in won_ids:
            bucket[1] += count
            bucket[2] += value
    result = [
        SourceRow(source, source_label(source), n, w, ratio(w, n), v) for source, (n, w, v) in totals.items()
    ]
    result.sort(key=lambda r: (-r.leads, r.label))
    return result


@dataclass(frozen=True)
class BatchRow:
    """Per import batch (an imported list, a trade show's lead sheet), over the cohort.

    ``cost_per_won_cents`` = round(batch cost / won), ``None`` when the batch has no cost or
    nothing from it was won. ``conversion`` = won / leads.
    """

    batch_id: int
    name: str
    source: str
    imported_at: datetime
    leads: int
    won: int
    conversion: float | None
    won_value_cents: int
    cost_cents: int
    cost_per_won_cents: int | None


def by_batch(session: Session, scope: Scope) -> list[BatchRow]:
    won = _won(session)
    per_batch = (
        select(
            Lead.import_batch_id.label("batch_id"),
            func.count(Lead.id).label("n"),
            func.coalesce(func.sum(case((won, 1), else_=0)), 0).label("w"),
            func.coalesce(func.sum(case((won, Lead.value_cents), else_=0)), 0).label("v"),
        )
        .where(_cohort(scope), Lead.import_batch_id.is_not(None))
        .group_by(Lead.import_batch_id)
        .subquery("per_batch")
    )
    rows = session.execute(
        select(
            ImportBatch.id,
            ImportBatch.source_detail,
            ImportBatch.file_name,
            ImportBatch.source,
            ImportBatch.created_at,
            ImportBatch.cost_cents,
            per_batch.c.n,
            per_batch.c.w,
            per_batch.c.v,
        )
        .join(per_batch, per_batch.c.batch_id == ImportBatch.id)
        .order_by(ImportBatch.created_at.desc(), ImportBatch.id.desc())
    ).all()
    result = []
    for batch_id, detail, file_name, source, created, cost, n, w, v in rows:
        per_won = ratio(_int(cost), _int(w)) if cost else None
        result.append(
            BatchRow(
                batch_id,
                detail or file_name or f"#{batch_id}",
                source,
                created,
                _int(n),
                _int(w),
                ratio(_int(w), _int(n)),
                _int(v),
                _int(cost),
                None if per_won is None else round(per_won),
            )
        )
    return result


@dataclass(frozen=True)
class CampaignRow:
    """Per named event or campaign (source + ``source_detail``, e.g. trade show "Slush 2026"),
    over the cohort; leads without a detail are left out (they are in :func:`by_source`)."""

    source: str
    detail: str
    leads: int
    won: int
    conversion: float | None
    won_value_cents: int


def by_campaign(session: Session, scope: Scope) -> list[CampaignRow]:
    won = _won(session)
    rows = session.execute(
        select(
            Lead.source,
            Lead.source_detail,
            func.count(Lead.id),
            func.coalesce(func.sum(case((won, 1), else_=0)), 0),
            func.coalesce(func.sum(case((won, Lead.value_cents), else_=0)), 0),
        )
        .where(_cohort(scope), Lead.source_detail != "")
        .group_by(Lead.source, Lead.source_detail)
    ).all()
    result = [CampaignRow(s, d, _int(n), _int(w), ratio(_int(w), _int(n)), _int(v)) for s, d, n, w, v in rows]
    result.sort(key=lambda r: (-r.won_value_cents, -r.leads, r.detail))
    return result


@dataclass(frozen=True)
class SalesCycle:
    """Days from a lead's creation to its win, over leads won in the period.

    ``median_days``: the middle value (the mean of the two middle ones for an even count);
    ``average_days``: the mean. Both ``None`` when nothing was won; rounded to 0.1 day.
    """

    won: int
    average_days: float | None
    median_days: float | None


def sales_cycle(session: Session, scope: Scope) -> SalesCycle:
    days = _days_between(session, Lead.created_at, Lead.closed_at)
    won_rows = (
        select(
            days.label("d"),
            func.row_number().over(order_by=days).label("rn"),
            func.count().over().label("n"),
        )
        .where(_won(session), scope.period.covers(Lead.closed_at), scope.owned())
        .subquery("cycle")
    )
    # The median: the mean of the rows at the middle positions (n+1)/2 and (n+2)/2 (integer
    # division: one row for an odd count, two for an even one).
    middle = won_rows.c.rn.in_([(won_rows.c.n + 1) // 2, (won_rows.c.n + 2) // 2])
    count, average, median = session.execute(
        select(func.count(), func.avg(won_rows.c.d), func.avg(case((middle, won_rows.c.d), else_=None)))
    ).one()
    return SalesCycle(
        _int(count),
        None if average is None else round(float(average), 1),
        None if median is None else round(float(median), 1),
    )


@dataclass(frozen=True)
class StageTime:
    """Time spent in a stage, over stays that *ended* in the period (the lead left the stage).

    A stay begins when the lead entered the stage (its previous history entry, or its
    creation) and ends at the history entry that moved it on. ``average_days`` is ``None``
    when no stay in the stage ended in the period. ``open_now`` and ``open_average_days``
    describe the leads sitting in the stage today (for open stages: where deals get stuck).
    """

    stage_id: int
    stage: str
    stays: int
    average_days: float | None
    open_now: int
    open_average_days: float | None


def time_in_stage(session: Session, scope: Scope, now: datetime | None = None) -> list[StageTime]:
    previous = func.lag(StageChange.changed_at).over(
        partition_by=StageChange.lead_id, order_by=(StageChange.changed_at, StageChange.id)
    )
    # The window runs only over the history of leads that left a stage in the period.
    moved = select(StageChange.lead_id).where(
        StageChange.from_stage_id.is_not(None), scope.period.covers(StageChange.changed_at)
    )
    history = select(
        StageChange.lead_id.label("lead_id"),
        StageChange.from_stage_id.label("stage_id"),
        StageChange.changed_at.label("ended"),
        previous.label("previous"),
    )
    if scope.period.start is not None or scope.period.end is not None:
        history = history.where(StageChange.lead_id.in_(moved))
    history_q = history.subquery("history")
    stays = (
        select(
            history_q.c.stage_id,
            history_q.c.ended,
            func.coalesce(history_q.c.previous, Lead.created_at).label("began"),
        )
        .join(Lead, Lead.id == history_q.c.lead_id)
        .where(
            scope.owned(),
            history_q.c.stage_id.is_not(None),
            scope.period.covers(history_q.c.ended),
        )
        .subquery("stays")
    )
    stay_days = _days_between(session, stays.c.began, stays.c.ended)
    ended = {
        sid: (_int(n), avg)
        for sid, n, avg in session.execute(
            select(stays.c.stage_id, func.count(), func.avg(stay_days)).group_by(stays.c.stage_id)
        )
    }
    moment = now or utcnow()
    open_ids = _stage_kind_ids(session)[StageKind.OPEN]
    waiting = _days_between(session, Lead.stage_changed_at, literal(moment.replace(tzinfo=None)))
    current = {
        sid: (_int(n), avg)
        for sid, n, avg in session.execute(
            select(Lead.stage_id, func.count(), func.avg(waiting))
            .where(_in(Lead.stage_id, open_ids), Lead.discarded.is_(False), scope.owned())
            .group_by(Lead.stage_id)
        )
    }
    result = []
    for stage in ordered_stages(session):
        if stage.kind != StageKind.OPEN:
            continue
        n, avg = ended.get(stage.id, (0, None))
        m, wait = current.get(stage.id, (0, None))
        result.append(
            StageTime(
                stage.id,
                stage_label(stage.name, stage.key),
                n,
                None if avg is None else round(float(avg), 1),
                m,
                None if wait is None else round(float(wait), 1),
            )
        )
    return result


@dataclass(frozen=True)
class ForecastRow:
    """Open leads by expected close month: value and weighted value (× stage probability).

    ``month`` is "YYYY-MM", or ``None`` for leads without an expected close date (listed
    last). The forecast looks ahead, so it ignores the period: it covers every open,
    not disqualified lead of the owner. ``weighted_cents`` = round(Σ value × probability / 100).
    """

    month: str | None
    count: int
    value_cents: int
    weighted_cents: int


def forecast(session: Session, scope: Scope) -> list[ForecastRow]:
    month = _month_of(session, Lead.expected_close)
    probability = {s.id: s.probability for s in ordered_stages(session) if s.kind == StageKind.OPEN}
    percent = case(*((Lead.stage_id == sid, p) for sid, p in probability.items()), else_=0)
    rows = session.execute(
        select(
            month,
            func.count(Lead.id),
            func.coalesce(func.sum(Lead.value_cents), 0),
            # 64-bit product on every engine (value × percent passes 2**31 at about €268,000)
            func.coalesce(func.sum(cast(Lead.value_cents, BigInteger) * percent), 0),
        )
        .where(_in(Lead.stage_id, list(probability)), Lead.discarded.is_(False), scope.owned())
        .group_by(month)
    ).all()
    result = [ForecastRow(m, _int(n), _int(v), round(_int(w) / 100)) for m, n, v, w in rows]
    result.sort(key=lambda r: (r.month is None, r.month or ""))
    return result


@dataclass(frozen=True)
class Retention:
    """Customer retention = customers with a repeat win / customers.

    A customer is a contact with at least one won lead closed by the end of the period;
    a repeat customer has two or more. ``rate`` is ``None`` when there are no customers.
    """

    customers: int
    repeat_customers: int
    rate: float | None


def retention(session: Session, scope: Scope) -> Retention:
    _, high = scope.period.utc_bounds()
    closed_by_end = Lead.closed_at < high if high is not None else literal(True)
    per_contact = (
        select(Lead.contact_id, func.count(Lead.id).label("wins"))
        .where(_won(session), closed_by_end, scope.owned())
        .group_by(Lead.contact_id)
        .subquery("wins")
    )
    customers, repeat = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((per_contact.c.wins >= 2, 1), else_=0)), 0),
        )
    ).one()
    return Retention(_int(customers), _int(repeat), ratio(_int(repeat), _int(customers)))


@dataclass(frozen=True)
class ReferrerRow:
    """Per referrer, over referrals made in the period (``referred_on``): referred leads,
    of those won now, and their won value. Owner filter: the referred lead's owner."""

    referrer_id: int
    referrer: str
    referred: int
    won: int
    won_value_cents: int


def referrals(session: Session, scope: Scope) -> list[ReferrerRow]:
    won = _won(session)
    query = (
        select(
            Referral.referrer_id,
            Contact.name,
            func.count(Referral.id),
            func.coalesce(func.sum(case((won, 1), else_=0)), 0),
            func.coalesce(func.sum(case((won, Lead.value_cents), else_=0)), 0),
        )
        .join(Contact, Contact.id == Referral.referrer_id)
        .outerjoin(Lead, Lead.id == Referral.lead_id)
        .where(scope.period.covers_date(Referral.referred_on))
        .group_by(Referral.referrer_id, Contact.name)
    )
    if scope.owner_id is not None:
        query = query.where(Lead.owner_id == scope.owner_id)
    result = [
        ReferrerRow(rid, name, _int(n), _int(w), _int(v)) for rid, name, n, w, v in session.execute(query)
    ]
    result.sort(key=lambda r: (-r.won_value_cents, -r.referred, r.referrer))
    return result


@dataclass(frozen=True)
class ActivityRow:
    """Follow-ups done (``done_at`` in the period) per owner and ISO week (Monday's date)."""

    owner_id: int | None
    owner: str
    week: date
    done: int


@dataclass(frozen=True)
class Activity:
    """Follow-ups done per owner and week, and open follow-ups overdue now (due before now)."""

    done: list[ActivityRow]
    done_total: int
    overdue: int


def activity(session: Session, scope: Scope, now: datetime | None = None) -> Activity:
    owned = scope.owned(FollowUp.owner_id)
    week = _week_of(session, FollowUp.done_at)
    rows = session.execute(
        select(FollowUp.owner_id, func.coalesce(Owner.name, ""), week, func.count(FollowUp.id))
        .outerjoin(Owner, Owner.id == FollowUp.owner_id)
        .where(
            FollowUp.status == FollowUpStatus.DONE,
            FollowUp.done_at.is_not(None),
            scope.period.covers(FollowUp.done_at),
            owned,
        )
        .group_by(FollowUp.owner_id, Owner.name, week)
    ).all()
    done = [ActivityRow(oid, name, _as_date(w), _int(n)) for oid, name, w, n in rows]
    done.sort(key=lambda r: (r.week, r.owner))
    return Activity(done, sum(r.done for r in done), overdue_count(session, scope, now))


def overdue_count(session: Session, scope: Scope, now: datetime | None = None) -> int:
    """Open follow-ups of the owner due before now."""
    return _int(
        session.scalar(
            select(func.count(FollowUp.id)).where(
                FollowUp.status == FollowUpStatus.OPEN,
                FollowUp.due_at < (now or utcnow()),
                scope.owned(FollowUp.owner_id),
            )
        )
    )


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class MonthValue:
    """Won value and count by month of ``closed_at`` (UTC month), over leads won in the period."""

    month: str
    won: int
    won_value_cents: int


def won_by_month(session: Session, scope: Scope) -> list[MonthValue]:
    return _closed(session, scope)[2]


# --------------------------------------------------------------------------- headline


@dataclass(frozen=True)
class Headline:
    """The numbers on the dashboard's tiles, for one scope."""

    leads: int
    won_count: int
    won_value_cents: int
    average_deal_cents: int | None
    win_rate: float | None
    median_cycle_days: float | None


def headline(session: Session, scope: Scope) -> Headline:
    volume, win, _months = _closed(session, scope)
    return Headline(
        leads_total(session, scope),
        volume.won_count,
        volume.won_value_cents,
        volume.average_deal_cents,
        win.rate,
        sales_cycle(session, scope).median_days,
    )


def change(current: float | None, previous: float | None) -> float | None:
    """Relative change (current − previous) / previous; ``None`` when either is missing or
    the previous value is zero (a change from nothing has no percentage)."""
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / previous


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows for a scope, in one object (computed off the GUI thread)."""

    scope: Scope
    headline: Headline
    previous: Headline | None
    volume: SalesVolume
    win: WinRate
    stages: list[StageRow]
    conversion: list[ConversionRow]
    sources: list[SourceRow]
    batches: list[BatchRow]
    campaigns: list[CampaignRow]
    cycle: SalesCycle
    stage_times: list[StageTime]
    forecast: list[ForecastRow]
    retention: Retention
    referrals: list[ReferrerRow]
    activity: Activity
    won_months: list[MonthValue]
    disqualified: Disqualified = Disqualified(0, 0)
    complete: bool = True  # False: a quick first look (see ``compute(quick=True)``)
    computed_at: datetime = field(default_factory=utcnow)

    def change(self, name: str) -> float | None:
        """Relative change of a headline figure against the previous period (or ``None``)."""
        if self.previous is None:
            return None
        value: Any = getattr(self.headline, name)
        before: Any = getattr(self.previous, name)
        return change(value, before)

    @property
    def referral_source(self) -> SourceRow | None:
        return next((r for r in self.sources if r.source == LeadSource.REFERRAL), None)


def compute(session: Session, scope: Scope, now: datetime | None = None, *, quick: bool = False) -> Dashboard:
    """Every figure for ``scope`` (and the headline of the previous period).

    ``quick``: only what the tiles and charts show (the history-based tables - funnel
    conversion, time in stage, batches, campaigns, referrers, activity - stay empty and
    ``complete`` is False). The window shows this first, then fills in the full result.
    """
    session.info[_CACHE] = {}
    try:
        return _compute(session, scope, now, quick)
    finally:
        session.info.pop(_CACHE, None)


def _compute(session: Session, scope: Scope, now: datetime | None, quick: bool) -> Dashboard:
    volume, win, won_months = _closed(session, scope)
    cycle = sales_cycle(session, scope)
    total = leads_total(session, scope)
    head = Headline(
        total,
        volume.won_count,
        volume.won_value_cents,
        volume.average_deal_cents,
        win.rate,
        cycle.median_days,
    )
    previous_scope = scope.previous()
    return Dashboard(
        scope=scope,
        headline=head,
        previous=None if previous_scope is None else headline(session, previous_scope),
        volume=volume,
        win=win,
        stages=by_stage(session, scope),
        conversion=[] if quick else stage_conversion(session, scope),
        sources=by_source(session, scope),
        batches=[] if quick else by_batch(session, scope),
        campaigns=[] if quick else by_campaign(session, scope),
        cycle=cycle,
        stage_times=[] if quick else time_in_stage(session, scope, now),
        forecast=forecast(session, scope),
        retention=retention(session, scope),
        referrals=[] if quick else referrals(session, scope),
        activity=activity(session, scope, now)
        if not quick
        else Activity([], 0, overdue_count(session, scope, now)),
        won_months=won_months,
        disqualified=disqualified(session, scope),
        complete=not quick,
    )


def owners(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every owner, active ones first, for the owner selector."""
    rows = session.execute(select(Owner.id, Owner.name, Owner.active).order_by(Owner.name)).all()
    return [(oid, name) for oid, name, active in sorted(rows, key=lambda r: (not r[2], r[1]))]


__all__ = [
    "PERIOD_KINDS",
    "Dashboard",
    "Period",
    "Scope",
    "change",
    "compute",
    "ratio",
]
