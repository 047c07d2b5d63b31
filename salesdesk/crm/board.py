"""The kanban funnel board, without Qt: column figures, pages of cards, moves with undo.

The board never loads the whole funnel. A column's header comes from one aggregate query
(count, totals, weighted value, stale and overdue counts), its cards from a keyset-paged
query of plain ``Card`` rows; the window asks for the next page as the user scrolls.

Rules of the cards (issue 3):
- *next step*: the earliest open follow-up of the lead (``next_due``);
- *overdue*: that follow-up is in the past;
- *no next step*: a lead in an open stage with no open follow-up at all;
- *stale*: a lead in an open stage with no activity for the stage's ``stale_after_days``
  (0 = never stale) and no follow-up still ahead. A planned next step keeps a lead fresh.

Won and lost columns show recent closes only (``closed_within_days``, default 30).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    column,
    delete,
    false,
    func,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased

from salesdesk.crm import leads as lead_rules
from salesdesk.crm import stale as stale_rule
from salesdesk.crm.funnel import stages as ordered_stages
from salesdesk.crm.labels import stage_label
from salesdesk.crm.names import person_display_name, split_name
from salesdesk.db import search_index
from salesdesk.db.enums import ContactKind, FollowUpStatus, StageKind, Temperature
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, StageChange, lead_tags
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate

PAGE_SIZE = 25
DEFAULT_CLOSED_WITHIN_DAYS = 30


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. ``owner_id`` None means every owner (the window defaults to me)."""

    owner_id: int | None = None
    source: str = ""
    temperature: str = ""
    tag_id: int | None = None
    stale_only: bool = False
    text: str = ""
    closed_within_days: int = DEFAULT_CLOSED_WITHIN_DAYS
    # The lead ids matching ``text``, looked up once by ``resolve`` so that the headers
    # and every column's page do not each run the full-text search again.
    text_ids: frozenset[int] | None = field(default=None, compare=False, repr=False)

    def with_(self, **changes: object) -> BoardFilter:
        if "text" in changes:
            changes.setdefault("text_ids", None)
        return replace(self, **changes)  # type: ignore[arg-type]


def resolve(session: Session, flt: BoardFilter) -> BoardFilter:
    """The filter with its text search done once (the ids of the matching leads)."""
    if not flt.text.strip() or flt.text_ids is not None:
        return flt
    rows = session.execute(search_index.matching_ids(session, "lead", flt.text))
    ids = frozenset(int(row[0]) for row in rows)
    return replace(flt, text_ids=ids)


# --------------------------------------------------------------------------- plain rows


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str  # as shown (seeded stages translated)
    stored_name: str
    key: str
    kind: str
    position: int
    probability: int
    stale_after_days: int

    @property
    def is_open(self) -> bool:
        return self.kind == StageKind.OPEN


@dataclass(frozen=True)
class ColumnSummary:
    """The figures of one column's header."""

    stage: StageInfo
    count: int = 0
    totals: dict[str, int] = field(default_factory=dict)  # currency -> cents
    weighted: dict[str, int] = field(default_factory=dict)  # currency -> cents
    stale: int = 0
    overdue: int = 0
    no_next_step: int = 0

    @property
    def stage_id(self) -> int:
        return self.stage.id


@dataclass(frozen=True)
class Card:
    """One lead as the board shows it (plain data, not an ORM object)."""

    id: int
    stage_id: int
    position: int
    title: str
    contact_id: int
    contact_name: str
    organization_name: str
    value_cents: int
    currency: str
    temperature: str
    owner_id: int | None
    owner_initials: str
    source: str
    source_detail: str
    next_due: datetime | None
    stage_changed_at: datetime
    last_activity_at: datetime
    closed_at: datetime | None
    lost_reason: str
    discarded: bool
    days_in_stage: int
    overdue: bool
    stale: bool
    no_next_step: bool
    sort_key: tuple[object, ...]


# --------------------------------------------------------------------------- stages


def stage_infos(session: Session) -> list[StageInfo]:
    """The board's columns: open stages first, then won and lost, each in configured order."""
    return [
        StageInfo(
            id=s.id,
            name=stage_label(s.name, s.key),
            stored_name=s.name,
            key=s.key,
            kind=s.kind,
            position=s.position,
            probability=s.probability,
            stale_after_days=s.stale_after_days,
        )
        for s in ordered_stages(session)
    ]


def _now(now: datetime | None) -> datetime:
    return now if now is not None else utcnow()


def _stale_rules(stages: Iterable[StageInfo]) -> list[tuple[int, str, int]]:
    return [(s.id, s.kind, s.stale_after_days) for s in stages]


def _filter_conditions(session: Session, flt: BoardFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.owner_id is not None:
        conds.append(Lead.owner_id == flt.owner_id)
    if flt.source:
        conds.append(Lead.source == flt.source)
    if flt.temperature:
        conds.append(Lead.temperature == flt.temperature)
    if flt.tag_id is not None:
        conds.append(Lead.id.in_(select(lead_tags.c.lead_id).where(lead_tags.c.tag_id == flt.tag_id)))
    if flt.text.strip():
        conds.append(_text_condition(session, flt))
    return conds


def _text_condition(session: Session, flt: BoardFilter) -> ColumnElement[bool]:
    ids = flt.text_ids
    if ids is None:
        return Lead.id.in_(search_index.matching_ids(session, "lead", flt.text))
    if not ids:
        return false()
    if session.get_bind().dialect.name == "sqlite":
        # One JSON parameter instead of thousands of bound ids.
        values = select(column("value", Integer)).select_from(
            func.json_each(json.dumps(sorted(ids))).table_valued("value")
        )
        return Lead.id.in_(values)
    return Lead.id.in_(sorted(ids))


def _closed_stage_in(stage_ids: list[int], flt: BoardFilter) -> ColumnElement[bool]:
    """The stage test of a won/lost column. Without an owner filter it is written
    ``stage_id + 0`` so that SQLite reads the recent closes from ``ix_leads_closed_at``
    instead of walking every close the stage ever had (a planner hint, same result)."""
    if flt.owner_id is None:
        return (Lead.stage_id + 0).in_(stage_ids)
    return Lead.stage_id.in_(stage_ids)


def _column_conditions(stage: StageInfo, flt: BoardFilter, now: datetime) -> list[ColumnElement[bool]] | None:
    """Conditions that put a lead in this stage's column; None when the column is empty."""
    conds: list[ColumnElement[bool]] = [Lead.stage_id == stage.id]
    if not stage.is_open:
        if flt.stale_only:
            return None
        conds = [_closed_stage_in([stage.id], flt)]
        conds.append(Lead.closed_at >= now - timedelta(days=max(flt.closed_within_days, 0)))
    elif flt.stale_only:
        if stale_rule.threshold(stage.kind, stage.stale_after_days, now) is None:
            return None
        conds.append(stale_rule.stale_clause(_stale_rules([stage]), now))
    return conds


def shown_ids(session: Session, flt: BoardFilter | None = None, *, now: datetime | None = None) -> list[int]:
    """The ids of every lead the board shows with this filter (open columns in their manual
    order, then the recent closes): what "Export…" writes from the board."""
    flt = resolve(session, flt or BoardFilter())
    now = _now(now)
    base = _filter_conditions(session, flt)
    out: list[int] = []
    for info in stage_infos(session):
        conds = _column_conditions(info, flt, now)
        if conds is None:
            continue
        order = (Lead.position, Lead.id) if info.is_open else (Lead.closed_at.desc(), Lead.id.desc())
        out.extend(session.scalars(select(Lead.id).where(*conds, *base).order_by(*order)))
    return out


# --------------------------------------------------------------------------- headers


def column_summaries(
    session: Session,
    flt: BoardFilter | None = None,
    *,
    now: datetime | None = None,
    stage_ids: Iterable[int] | None = None,
) -> list[ColumnSummary]:
    """The header figures of every column (or of ``stage_ids`` only), from aggregate SQL."""
    flt = flt or BoardFilter()
    now = _now(now)
    infos = stage_infos(session)
    if stage_ids is not None:
        wanted = set(stage_ids)
        infos = [s for s in infos if s.id in wanted]
    if not infos:
        return []
    base = _filter_conditions(session, flt)
    figures: dict[int, _Figures] = {}
    overdue = stale_rule.open_followup_exists(now, future=False)
    # Two queries, each "stage_id IN (...)" so that SQLite reads the covering index
    # ix_leads_board (an OR of per-column conditions would send it to the table).
    open_infos = [s for s in infos if s.is_open]
    closed_infos = [s for s in infos if not s.is_open]
    queries = []
    if open_infos:
        any_open = stale_rule.open_followup_exists(now, future=None)
        rules = _stale_rules(open_infos)
        can_rot = any(stale_rule.threshold(kind, days, now) is not None for _, kind, days in rules)
        is_stale = stale_rule.stale_clause(rules, now) if can_rot else None
        where = [*base, Lead.stage_id.in_([s.id for s in open_infos])]
        if flt.stale_only:
            where.append(is_stale if is_stale is not None else false())
        queries.append(
            select(
                Lead.stage_id,
                Lead.currency,
                func.count(),
                func.coalesce(func.sum(Lead.value_cents), 0),
                func.sum(case((is_stale, 1), else_=0)) if is_stale is not None else literal(0),
                func.sum(case((overdue, 1), else_=0)),
                func.sum(case((~any_open, 1), else_=0)),
            )
            .where(*where)
            .group_by(Lead.stage_id, Lead.currency)
        )
    if closed_infos and not flt.stale_only:
        cutoff = now - timedelta(days=max(flt.closed_within_days, 0))
        queries.append(
            select(
                Lead.stage_id,
                Lead.currency,
                func.count(),
                func.coalesce(func.sum(Lead.value_cents), 0),
                literal(0),
                func.sum(case((overdue, 1), else_=0)),
                literal(0),
            )
            .where(*base, _closed_stage_in([s.id for s in closed_infos], flt), Lead.closed_at >= cutoff)
            .group_by(Lead.stage_id, Lead.currency)
        )
    for query in queries:
        for stage_id, currency, count, total, stale, overdue_n, no_next in session.execute(query):
            fig = figures.setdefault(int(stage_id), _Figures())
            fig.count += int(count)
            fig.totals[str(currency)] = int(total or 0)
            fig.stale += int(stale or 0)
            fig.overdue += int(overdue_n or 0)
            fig.no_next += int(no_next or 0)
    result = []
    for stage in infos:
        found = figures.get(stage.id)
        if found is None:
            result.append(ColumnSummary(stage=stage))
            continue
        totals = dict(sorted(found.totals.items()))
        result.append(
            ColumnSummary(
                stage=stage,
                count=found.count,
                totals=totals,
                weighted={c: round(v * stage.probability / 100) for c, v in totals.items()},
                stale=found.stale,
                overdue=found.overdue,
                no_next_step=found.no_next,
            )
        )
    return result


@dataclass
class _Figures:
    count: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    stale: int = 0
    overdue: int = 0
    no_next: int = 0


# --------------------------------------------------------------------------- cards


_ORG = aliased(Contact, name="org")  # made once: building an alias per query is slow


_CARD_SELECT: list[Select[*tuple[Any, ...]]] = []


def _card_select(session: Session) -> Select[*tuple[Any, ...]]:
    """The card columns (statements are immutable: built once, narrowed per query)."""
    if not _CARD_SELECT:
        _CARD_SELECT.append(_build_card_select())
    return _CARD_SELECT[0]


def _build_card_select() -> Select[*tuple[Any, ...]]:
    org = _ORG
    # The status test sits inside min() so that SQLite looks follow-ups up by lead_id
    # (its index) rather than scanning every open follow-up for each card.
    next_due = (
        select(func.min(case((FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_at), else_=None)))
        .where(FollowUp.lead_id == Lead.id)
        .correlate(Lead)
        .scalar_subquery()
    )
    return (
        select(
            Lead.id,
            Lead.stage_id,
            Lead.position,
            Lead.title,
            Lead.contact_id,
            Contact.name,
            Contact.kind,
            org.name,
            Lead.value_cents,
            Lead.currency,
            Lead.temperature,
            Lead.owner_id,
            Owner.initials,
            Owner.name,
            Lead.source,
            Lead.source_detail,
            next_due.label("next_due"),
            Lead.stage_changed_at,
            Lead.last_activity_at,
            Lead.closed_at,
            Lead.lost_reason,
            Lead.discarded,
        )
        .join(Contact, Lead.contact_id == Contact.id)
        .outerjoin(org, Contact.organization_id == org.id)
        .outerjoin(Owner, Lead.owner_id == Owner.id)
    )


def initials_of(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    return "".join(p[0] for p in parts[:2]).upper()


def _to_date(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):  # a raw SQLite value from the scalar subquery
        return datetime.fromisoformat(value)
    return None


def _card(row: Sequence[object], stage: StageInfo, now: datetime) -> Card:
    (
        lead_id,
        stage_id,
        position,
        title,
        contact_id,
        contact_name,
        contact_kind,
        org_name,
        value_cents,
        currency,
        temperature,
        owner_id,
        owner_initials,
        owner_name,
        source,
        source_detail,
        next_due_raw,
        stage_changed_at,
        last_activity_at,
        closed_at,
        lost_reason,
        discarded,
    ) = row
    next_due = _to_date(next_due_raw)
    if next_due is not None and next_due.tzinfo is None:
        from datetime import UTC

        next_due = next_due.replace(tzinfo=UTC)
    assert isinstance(stage_changed_at, datetime) and isinstance(last_activity_at, datetime)
    is_stale = stale_rule.is_stale(stage.kind, stage.stale_after_days, last_activity_at, next_due, now)
    sort_key: tuple[object, ...] = (position, lead_id) if stage.is_open else (closed_at, lead_id)
    return Card(
        id=int(lead_id),  # type: ignore[call-overload]
        stage_id=int(stage_id),  # type: ignore[call-overload]
        position=int(position),  # type: ignore[call-overload]
        title=str(title or ""),
        contact_id=int(contact_id),  # type: ignore[call-overload]
        contact_name=str(contact_name or ""),
        organization_name="" if contact_kind == ContactKind.ORGANIZATION else str(org_name or ""),
        value_cents=int(value_cents or 0),  # type: ignore[call-overload]
        currency=str(currency or "EUR"),
        temperature=str(temperature or Temperature.COLD),
        owner_id=owner_id,  # type: ignore[arg-type]
        owner_initials=str(owner_initials or initials_of(str(owner_name or ""))),
        source=str(source or ""),
        source_detail=str(source_detail or ""),
        next_due=next_due,
        stage_changed_at=stage_changed_at,
        last_activity_at=last_activity_at,
        closed_at=closed_at,  # type: ignore[arg-type]
        lost_reason=str(lost_reason or ""),
        discarded=bool(discarded),
        days_in_stage=max((now - stage_changed_at).days, 0),
        overdue=next_due is not None and next_due < now,
        stale=is_stale,
        no_next_step=stage.is_open and next_due is None,
        sort_key=sort_key,
    )


def _stage_info(session: Session, stage_id: int) -> StageInfo:
    for info in stage_infos(session):
        if info.id == stage_id:
            return info
    raise UserError(translate("Board", "That funnel stage no longer exists."))


def cards(
    session: Session,
    stage: StageInfo | int,
    flt: BoardFilter | None = None,
    *,
    after: tuple[object, ...] | None = None,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[Card]:
    """One page of a column's cards, after the card whose ``sort_key`` is ``after``.

    Open stages are in their manual order (``position``); won and lost columns show the
    most recent closes first.
    """
    flt = flt or BoardFilter()
    now = _now(now)
    info = stage if isinstance(stage, StageInfo) else _stage_info(session, stage)
    conds = _column_conditions(info, flt, now)
    if conds is None:
        return []
    q = _card_select(session).where(*conds, *_filter_conditions(session, flt))
    if info.is_open:
        if after is not None:
            q = q.where(tuple_(Lead.position, Lead.id) > tuple_(literal(after[0]), literal(after[1])))
        q = q.order_by(Lead.position, Lead.id)
    else:
        if after is not None:
            closed, lead_id = after[0], after[1]
            q = q.where(
                or_(
                    Lead.closed_at < closed,
                    and_(Lead.closed_at == closed, Lead.id < lead_id),
                )
            )
        q = q.order_by(Lead.closed_at.desc(), Lead.id.desc())
    rows = session.execute(q.limit(limit)).all()
    return [_card(row, info, now) for row in rows]


def card(session: Session, lead_id: int, *, now: datetime | None = None) -> Card | None:
    """One lead as a card (whatever the filters), or None when it is gone."""
    now = _now(now)
    row = session.execute(_card_select(session).where(Lead.id == lead_id)).first()
    if row is None:
        return None
    return _card(row, _stage_info(session, int(row[1])), now)


def cards_by_id(session: Session, lead_ids: Sequence[int], *, now: datetime | None = None) -> dict[int, Card]:
    """These leads as cards, each in its own stage (whatever the filters)."""
    now = _now(now)
    infos = {info.id: info for info in stage_infos(session)}
    rows = session.execute(_card_select(session).where(Lead.id.in_(list(lead_ids)))).all()
    return {int(row[0]): _card(row, infos[int(row[1])], now) for row in rows if int(row[1]) in infos}


def adjust_summary(
    summary: ColumnSummary, removed: Iterable[Card] = (), added: Iterable[Card] = ()
) -> ColumnSummary:
    """The header after cards left or joined the column, without asking the database
    (a move between open stages changes nothing else)."""
    totals = dict(summary.totals)
    count, stale, overdue, no_next = summary.count, summary.stale, summary.overdue, summary.no_next_step
    for sign, group in ((-1, removed), (1, added)):
        for c in group:
            count += sign
            totals[c.currency] = totals.get(c.currency, 0) + sign * c.value_cents
            stale += sign * int(c.stale)
            overdue += sign * int(c.overdue)
            no_next += sign * int(c.no_next_step)
    totals = {cur: v for cur, v in sorted(totals.items()) if v or count}
    probability = summary.stage.probability
    return ColumnSummary(
        stage=summary.stage,
        count=max(count, 0),
        totals=totals,
        weighted={cur: round(v * probability / 100) for cur, v in totals.items()},
        stale=max(stale, 0),
        overdue=max(overdue, 0),
        no_next_step=max(no_next, 0),
    )


def card_matches(session: Session, lead_id: int, flt: BoardFilter, *, now: datetime | None = None) -> bool:
    """Whether the lead passes the filters and belongs on its column now."""
    now = _now(now)
    stage_id = session.scalar(select(Lead.stage_id).where(Lead.id == lead_id))
    if stage_id is None:
        return False
    conds = _column_conditions(_stage_info(session, stage_id), flt, now)
    if conds is None:
        return False
    found = session.scalar(
        select(Lead.id).where(Lead.id == lead_id, *conds, *_filter_conditions(session, flt))
    )
    return found is not None


# --------------------------------------------------------------------------- moves with undo


@dataclass(frozen=True)
class LeadState:
    """What a move may change on a lead and its contact, to put it back on undo."""

    lead_id: int
    stage_id: int
    position: int
    stage_changed_at: datetime
    last_activity_at: datetime
    closed_at: datetime | None
    discarded: bool
    lost_reason: str
    lost_note: str
    revisit_on: date | None
    value_cents: int
    contact_id: int
    customer_since: date | None
    organization_id: int | None
    organization_customer_since: date | None


@dataclass(frozen=True)
class MoveRecord:
    """One user's move of one or more cards: their states before, and what it created."""

    before: tuple[LeadState, ...]
    history_ids: tuple[int, ...]
    followup_ids: tuple[int, ...]
    to_stage_id: int

    @property
    def lead_ids(self) -> list[int]:
        return [s.lead_id for s in self.before]

    @property
    def from_stage_ids(self) -> set[int]:
        return {s.stage_id for s in self.before}


def _state(lead: Lead) -> LeadState:
    contact = lead.contact
    org = contact.organization
    return LeadState(
        lead_id=lead.id,
        stage_id=lead.stage_id,
        position=lead.position,
        stage_changed_at=lead.stage_changed_at,
        last_activity_at=lead.last_activity_at,
        closed_at=lead.closed_at,
        discarded=lead.discarded,
        lost_reason=lead.lost_reason,
        lost_note=lead.lost_note,
        revisit_on=lead.revisit_on,
        value_cents=lead.value_cents,
        contact_id=contact.id,
        customer_since=contact.customer_since,
        organization_id=org.id if org is not None else None,
        organization_customer_since=org.customer_since if org is not None else None,
    )


def _load_leads(session: Session, lead_ids: Sequence[int]) -> list[Lead]:
    found = {lead.id: lead for lead in session.scalars(select(Lead).where(Lead.id.in_(list(lead_ids))))}
    missing = [i for i in lead_ids if i not in found]
    if missing:
        raise UserError(translate("Board", "A lead on the board was deleted meanwhile. Refresh the board."))
    return [found[i] for i in lead_ids]


def record_changes(
    session: Session,
    lead_ids: Sequence[int],
    to_stage_id: int,
    action: Callable[[list[Lead]], None],
) -> MoveRecord:
    """Run ``action`` on the leads and return what undoing it needs."""
    leads = _load_leads(session, lead_ids)
    before = tuple(_state(lead) for lead in leads)
    max_history = session.scalar(select(func.max(StageChange.id))) or 0
    max_followup = session.scalar(select(func.max(FollowUp.id))) or 0
    action(leads)
    session.flush()
    ids = list(lead_ids)
    history_ids = tuple(
        session.scalars(
            select(StageChange.id).where(StageChange.lead_id.in_(ids), StageChange.id > max_history)
        )
    )
    followup_ids = tuple(
        session.scalars(select(FollowUp.id).where(FollowUp.lead_id.in_(ids), FollowUp.id > max_followup))
    )
    return MoveRecord(before, history_ids, followup_ids, to_stage_id)


def _target_position(session: Session, stage_id: int, before_id: int | None, moving: Sequence[int]) -> int:
    """The position to insert at: that of ``before_id``, or after the column's last card."""
    if before_id is not None and before_id not in moving:
        pos = session.scalar(select(Lead.position).where(Lead.id == before_id, Lead.stage_id == stage_id))
        if pos is not None:
            return int(pos)
    last = session.scalar(
        select(func.max(Lead.position)).where(Lead.stage_id == stage_id, Lead.id.not_in(list(moving)))
    )
    return int(last) + 1 if last is not None else 0


def move_cards(
    session: Session,
    lead_ids: Sequence[int],
    stage_id: int,
    *,
    before_id: int | None = None,
    at_top: bool = False,
    changed_by: str = "",
) -> MoveRecord:
    """Move the cards, in the given order, into ``stage_id`` before the card ``before_id``
    (or at the top with ``at_top``, or else at the end of the column). Each change of stage
    writes a history row (``leads.move_lead``). Won and lost stages need ``win_cards`` /
    ``lose_cards``, which ask for their details."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("Board", "That funnel stage no longer exists."))
    ids = list(dict.fromkeys(lead_ids))
    if not ids:
        raise UserError(translate("Board", "No cards to move."))

    def act(leads: list[Lead]) -> None:
        if stage.kind != StageKind.OPEN and any(lead.stage_id != stage.id for lead in leads):
            raise UserError(translate("Board", "Moving a lead to won or lost asks for its details first."))
        top = session.scalar(
            select(func.min(Lead.position)).where(Lead.stage_id == stage.id, Lead.id.not_in(ids))
        )
        position = None if at_top else _target_position(session, stage.id, before_id, ids)
        if position is None or top is None or position <= top:
            # On top of the column: free slots above the first card, nothing shifts.
            start = (int(top) if top is not None else len(leads)) - len(leads)
            for offset, lead in enumerate(leads):
                _place(session, lead, stage, start + offset, changed_by)
            return
        for offset, lead in enumerate(leads):
            lead_rules.move_lead(session, lead, stage, position=position + offset, changed_by=changed_by)

    return record_changes(session, ids, stage.id, act)


def _place(session: Session, lead: Lead, stage: Stage, position: int, changed_by: str) -> None:
    """Put a lead at a free top position (no other card needs to shift)."""
    if lead.stage_id == stage.id:
        lead.position = position
        session.flush()
        return
    # move_lead without a position puts the card on top; then set the exact free slot.
    lead_rules.move_lead(session, lead, stage, changed_by=changed_by)
    lead.position = position
    session.flush()


def win_cards(
    session: Session,
    lead_ids: Sequence[int],
    stage_id: int,
    *,
    value_cents: dict[int, int] | None = None,
    close_date: date | None = None,
    ask_referral_in_days: int | None = None,
    changed_by: str = "",
) -> MoveRecord:
    """Win the leads (``leads.mark_won``): confirmed values, close date, customer mark and
    an optional "ask for a referral" follow-up."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("Board", "That funnel stage no longer exists."))
    values = value_cents or {}

    def act(leads: list[Lead]) -> None:
        for lead in leads:
            lead_rules.mark_won(
                session,
                lead,
                stage,
                value_cents=values.get(lead.id),
                close_date=close_date,
                ask_referral_in_days=ask_referral_in_days,
                changed_by=changed_by,
            )

    return record_changes(session, list(lead_ids), stage.id, act)


def lose_cards(
    session: Session,
    lead_ids: Sequence[int],
    stage_id: int,
    *,
    reason: str,
    note: str = "",
    revisit_on: date | None = None,
    changed_by: str = "",
) -> MoveRecord:
    """Lose the leads with a reason (``leads.mark_lost``)."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("Board", "That funnel stage no longer exists."))

    def act(leads: list[Lead]) -> None:
        for lead in leads:
            lead_rules.mark_lost(
                session,
                lead,
                stage,
                reason=reason,
                note=note,
                revisit_on=revisit_on,
                changed_by=changed_by,
            )

    return record_changes(session, list(lead_ids), stage.id, act)


def undo_move(session: Session, record: MoveRecord) -> None:
    """Put the leads back as they were: stage, place in the column, close details and the
    contact's customer mark; remove the history rows and follow-ups the move created."""
    existing = set(session.scalars(select(Stage.id)))
    if any(state.stage_id not in existing for state in record.before):
        raise UserError(translate("Board", "This move cannot be undone: its stage was deleted."))
    if record.history_ids:
        session.execute(delete(StageChange).where(StageChange.id.in_(record.history_ids)))
    if record.followup_ids:
        session.execute(delete(FollowUp).where(FollowUp.id.in_(record.followup_ids)))
    leads = {lead.id: lead for lead in session.scalars(select(Lead).where(Lead.id.in_(record.lead_ids)))}
    # Restore in reverse so earlier slots are taken back first and nothing collides.
    for state in sorted(record.before, key=lambda s: (s.stage_id, s.position)):
        lead = leads.get(state.lead_id)
        if lead is None:
            continue
        taken = session.scalar(
            select(Lead.id).where(
                Lead.stage_id == state.stage_id,
                Lead.position == state.position,
                Lead.id.not_in(record.lead_ids),
            )
        )
        if taken is not None:
            session.execute(
                update(Lead)
                .where(
                    Lead.stage_id == state.stage_id,
                    Lead.position >= state.position,
                    Lead.id.not_in(record.lead_ids),
                )
                .values(position=Lead.position + 1)
                .execution_options(synchronize_session="fetch")
            )
        lead.stage_id = state.stage_id
        lead.position = state.position
        lead.stage_changed_at = state.stage_changed_at
        lead.last_activity_at = state.last_activity_at
        lead.closed_at = state.closed_at
        lead.discarded = state.discarded
        lead.lost_reason = state.lost_reason
        lead.lost_note = state.lost_note
        lead.revisit_on = state.revisit_on
        lead.value_cents = state.value_cents
        contact = session.get(Contact, state.contact_id)
        if contact is not None:
            contact.customer_since = state.customer_since
        if state.organization_id is not None:
            org = session.get(Contact, state.organization_id)
            if org is not None:
                org.customer_since = state.organization_customer_since
        session.flush()
    session.expire_all()


def neighbour_stage(session: Session, stage_id: int, step: int) -> StageInfo | None:
    """The column ``step`` places right (+1) or left (-1) of ``stage_id`` on the board."""
    infos = stage_infos(session)
    for index, info in enumerate(infos):
        if info.id == stage_id:
            target = index + step
            if 0 <= target < len(infos):
                return infos[target]
            return None
    return None


# --------------------------------------------------------------------------- quick create


def quick_create(
    session: Session,
    *,
    stage_id: int,
    title: str,
    contact_name: str,
    owner_id: int | None = None,
    changed_by: str = "",
) -> Lead:
    """A lead from the quick-create line at the top of a column: a title and a contact's
    name (an existing contact of that name is reused, else a new person is created)."""
    title = title.strip()
    first, last = split_name(contact_name)
    name = person_display_name(first, last)
    if not title and not name:
        raise UserError(translate("Board", "Type a title and a contact for the new lead."))
    if not name:
        raise UserError(translate("Board", "Type the contact's name for the new lead."))
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("Board", "That funnel stage no longer exists."))
    if stage.kind != StageKind.OPEN:
        raise UserError(translate("Board", "New leads start in an open stage."))
    contact = session.scalars(
        select(Contact).where(func.lower(Contact.name) == name.lower()).order_by(Contact.id.desc()).limit(1)
    ).first()
    if contact is None:
        contact = Contact(
            kind=ContactKind.PERSON,
            name=name,
            first_name=first,
            last_name=last,
            owner_id=owner_id,
        )
        session.add(contact)
        session.flush()
    lead = lead_rules.create_lead(
        session,
        contact=contact,
        title=title or name,
        stage=stage,
        owner_id=owner_id,
        changed_by=changed_by,
    )
    # The follow-ups' "first contact" rule plans the new lead's first step (if it is on).
    from salesdesk.crm.followups import apply_new_lead_rule

    apply_new_lead_rule(session, lead)
    return lead


__all__ = [
    "DEFAULT_CLOSED_WITHIN_DAYS",
    "PAGE_SIZE",
    "BoardFilter",
    "Card",
    "ColumnSummary",
    "LeadState",
    "MoveRecord",
    "StageInfo",
    "adjust_summary",
    "card",
    "card_matches",
    "cards",
    "cards_by_id",
    "column_summaries",
    "lose_cards",
    "move_cards",
    "neighbour_stage",
    "quick_create",
    "record_changes",
    "stage_infos",
    "undo_move",
    "win_cards",
]
