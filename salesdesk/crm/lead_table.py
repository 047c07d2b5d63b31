"""The leads table: columns, filters, SQL-side sorting, paged rows, and bulk actions with undo.

The window's table model asks ``ordered_ids`` once per filter/sort (one indexed SQL query over
all leads, sorted in the database), then ``rows`` for each page it shows. Bulk actions
(owner, stage, tags, round-robin, delete) return a ``BulkRecord`` that ``undo_bulk`` reverses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from salesdesk.crm import scoring
from salesdesk.crm.clock import start_of_local_day
from salesdesk.crm.contacts import tags_by_name
from salesdesk.crm.labels import label, stage_label
from salesdesk.crm.leads import move_lead
from salesdesk.crm.stale import stale_condition
from salesdesk.db import search_index
from salesdesk.db.enums import StageKind
from salesdesk.db.models import (
    Contact,
    FollowUp,
    Lead,
    Note,
    Owner,
    Referral,
    Stage,
    StageChange,
    Tag,
    lead_tags,
)
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English, translated with translate("LeadTable", header)
    visible: bool = True  # shown by default
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("LeadTable", "ID"), False, True),
    Column("title", QT_TRANSLATE_NOOP("LeadTable", "Lead")),
    Column("contact", QT_TRANSLATE_NOOP("LeadTable", "Contact")),
    Column("organization", QT_TRANSLATE_NOOP("LeadTable", "Organization")),
    Column("stage", QT_TRANSLATE_NOOP("LeadTable", "Stage")),
    Column("value", QT_TRANSLATE_NOOP("LeadTable", "Value"), True, True),
    Column("expected_close", QT_TRANSLATE_NOOP("LeadTable", "Decision date")),
    Column("temperature", QT_TRANSLATE_NOOP("LeadTable", "Temperature")),
    Column("score", QT_TRANSLATE_NOOP("LeadTable", "Score"), True, True),
    Column("source", QT_TRANSLATE_NOOP("LeadTable", "Source")),
    Column("source_detail", QT_TRANSLATE_NOOP("LeadTable", "Source detail"), False),
    Column("owner", QT_TRANSLATE_NOOP("LeadTable", "Owner")),
    Column("email", QT_TRANSLATE_NOOP("LeadTable", "E-mail"), False),
    Column("phone", QT_TRANSLATE_NOOP("LeadTable", "Phone"), False),
    Column("city", QT_TRANSLATE_NOOP("LeadTable", "City"), False),
    Column("tags", QT_TRANSLATE_NOOP("LeadTable", "Tags"), False),
    Column("last_activity", QT_TRANSLATE_NOOP("LeadTable", "Last activity"), False),
    Column("created_at", QT_TRANSLATE_NOOP("LeadTable", "Created")),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def column_header(key: str) -> str:
    for c in COLUMNS:
        if c.key == key:
            return translate("LeadTable", c.header)
    return key


@dataclass(frozen=True)
class LeadFilter:
    """What the table shows. Keys match ``apply_filters`` of the window (dashboard click-through)."""

    stage_id: int | None = None
    stage_kind: str = ""  # "open" | "won" | "lost" | "closed" (won or lost)
    source: str = ""
    temperature: str = ""
    owner_id: int | None = None
    tag_id: int | None = None
    lead_ids: tuple[int, ...] | None = None
    import_batch_id: int | None = None
    won_from: date | None = None
    won_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    created_from: date | None = None
    created_to: date | None = None
    stale_only: bool = False
    text: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LeadFilter:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "lead_ids" in known and known["lead_ids"] is not None:
            known["lead_ids"] = tuple(int(i) for i in known["lead_ids"])
        for key in ("won_from", "won_to", "closed_from", "closed_to", "created_from", "created_to"):
            value = known.get(key)
            if isinstance(value, datetime):
                known[key] = value.date()
            elif isinstance(value, str) and value:
                known[key] = date.fromisoformat(value)
        return cls(**known)

    def is_empty(self) -> bool:
        return self == LeadFilter(text=self.text)


def _day_start(day: date) -> datetime:
    return start_of_local_day(day)


def conditions(session: Session, flt: LeadFilter, now: datetime | None = None) -> list[ColumnElement[bool]]:
    """WHERE conditions over ``Lead`` (with ``Stage`` joined) for a filter."""
    conds: list[ColumnElement[bool]] = []
    if flt.stage_id is not None:
        conds.append(Lead.stage_id == flt.stage_id)
    if flt.stage_kind == "closed":
        conds.append(Stage.kind != StageKind.OPEN)
    elif flt.stage_kind:
        conds.append(Stage.kind == flt.stage_kind)
    if flt.closed_from is not None:
        conds.append(Lead.closed_at >= _day_start(flt.closed_from))
    if flt.closed_to is not None:
        conds.append(Lead.closed_at < _day_start(flt.closed_to + timedelta(days=1)))
    if flt.source:
        conds.append(Lead.source == flt.source)
    if flt.temperature:
        conds.append(Lead.temperature == flt.temperature)
    if flt.owner_id is not None:
        conds.append(Lead.owner_id == flt.owner_id)
    if flt.tag_id is not None:
        conds.append(Lead.id.in_(select(lead_tags.c.lead_id).where(lead_tags.c.tag_id == flt.tag_id)))
    if flt.lead_ids is not None:
        conds.append(Lead.id.in_(list(flt.lead_ids)))
    if flt.import_batch_id is not None:
        conds.append(Lead.import_batch_id == flt.import_batch_id)
    if flt.won_from is not None or flt.won_to is not None:
        conds.append(Stage.kind == StageKind.WON)
        if flt.won_from is not None:
            conds.append(Lead.closed_at >= _day_start(flt.won_from))
        if flt.won_to is not None:
            conds.append(Lead.closed_at < _day_start(flt.won_to + timedelta(days=1)))
    if flt.created_from is not None:
        conds.append(Lead.created_at >= _day_start(flt.created_from))
    if flt.created_to is not None:
        conds.append(Lead.created_at < _day_start(flt.created_to + timedelta(days=1)))
    if flt.stale_only:
        conds.append(stale_condition(session, now or utcnow()))
    if flt.text.strip():
        conds.append(Lead.id.in_(search_index.matching_ids(session, "lead", flt.text)))
    return conds


def _sort_expression(key: str, weights: scoring.Weights) -> Any:
    org = aliased(Contact, name="org_sort")
    return {
        "id": Lead.id,
        "title": func.lower(Lead.title),
        "contact": func.lower(Contact.name),
        "organization": select(func.lower(org.name))
        .where(org.id == Contact.organization_id)
        .scalar_subquery(),
        "stage": Stage.position,
        "value": Lead.value_cents,
        "expected_close": Lead.expected_close,
        "temperature": func.instr("hotwarmcold", Lead.temperature),
        "score": scoring.score_sql(weights),
        "source": Lead.source,
        "source_detail": func.lower(Lead.source_detail),
        "owner": select(func.lower(Owner.name)).where(Owner.id == Lead.owner_id).scalar_subquery(),
        "email": func.lower(Contact.email),
        "phone": Contact.mobile,
        "city": func.lower(Contact.city),
        "tags": Lead.id,
        "last_activity": Lead.last_activity_at,
        "created_at": Lead.created_at,
    }.get(key, Lead.id)


def ordered_ids(
    session: Session,
    flt: LeadFilter,
    sort_key: str = "created_at",
    descending: bool = True,
    weights: scoring.Weights | None = None,
    limit: int | None = None,
) -> list[int]:
    """The ids of the matching leads in display order, sorted by the database (the first
    ``limit`` of them: the table shows its first page before it asks for the rest)."""
    weights = weights or scoring.learned_weights(session)
    expr = _sort_expression(sort_key, weights)
    if sort_key == "temperature" and session.get_bind().dialect.name != "sqlite":
        expr = func.strpos("hotwarmcold", Lead.temperature)
    order = [expr.desc() if descending else expr.asc(), Lead.id.desc() if descending else Lead.id.asc()]
    query = select(Lead.id)
    # Join only what the sort and the filter need: sorting 50,000 ids by an indexed lead
    # column then stays a single index walk.
    if sort_key in ("stage", "score") or flt.stage_kind or flt.won_from or flt.won_to:
        query = query.join(Stage, Lead.stage_id == Stage.id)
    if sort_key in ("contact", "organization", "email", "phone", "city", "score"):
        query = query.join(Contact, Lead.contact_id == Contact.id)
    query = query.where(*conditions(session, flt)).order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count(session: Session, flt: LeadFilter) -> int:
    """How many leads match (without sorting them)."""
    query = select(func.count(Lead.id))
    if flt.stage_kind or flt.won_from or flt.won_to:
        query = query.join(Stage, Lead.stage_id == Stage.id)
    return int(session.scalar(query.where(*conditions(session, flt))) or 0)


@dataclass(frozen=True)
class LeadRow:
    """One row of the table as plain values (never a live ORM object)."""

    id: int
    title: str
    contact_id: int
    contact: str
    organization: str
    stage_id: int
    stage: str
    stage_kind: str
    value_cents: int
    currency: str
    expected_close: date | None
    temperature: str
    source: str
    source_detail: str
    owner: str
    email: str
    phone: str
    city: str
    tags: str
    last_activity: datetime | None
    created_at: datetime | None
    score: int
    score_text: str


def rows(session: Session, ids: list[int], weights: scoring.Weights | None = None) -> list[LeadRow]:
    """The rows of these leads, in the order of ``ids``."""
    if not ids:
        return []
    weights = weights or scoring.learned_weights(session)
    org = aliased(Contact)
    found: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(
            select(
                Lead.id,
                Lead.title,
                Lead.contact_id,
                Contact.name,
                org.name,
                Lead.stage_id,
                Stage.name,
                Stage.key,
                Stage.kind,
                Lead.value_cents,
                Lead.currency,
                Lead.expected_close,
                Lead.temperature,
                Lead.source,
                Lead.source_detail,
                Owner.name,
                Contact.email,
                Contact.mobile,
                Contact.phone,
                Contact.city,
                Lead.last_activity_at,
                Lead.created_at,
            )
            .join(Contact, Lead.contact_id == Contact.id)
            .join(Stage, Lead.stage_id == Stage.id)
            .outerjoin(org, Contact.organization_id == org.id)
            .outerjoin(Owner, Lead.owner_id == Owner.id)
            .where(Lead.id.in_(chunk))
        ):
            found[row[0]] = row
    tags: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        for lid, name in session.execute(
            select(lead_tags.c.lead_id, Tag.name)
            .join(Tag, Tag.id == lead_tags.c.tag_id)
            .where(lead_tags.c.lead_id.in_(ids[start : start + 500]))
            .order_by(Tag.name)
        ):
            tags.setdefault(lid, []).append(name)
    scores = scoring.lead_scores(session, [i for i in ids if i in found], weights)
    out = []
    for i in ids:
        r: Any = found.get(i)
        if r is None:
            continue
        sc = scores[i]
        out.append(
            LeadRow(
                id=r[0],
                title=r[1],
                contact_id=r[2],
                contact=r[3],
                organization=r[4] or "",
                stage_id=r[5],
                stage=stage_label(r[6], r[7]),
                stage_kind=r[8],
                value_cents=r[9],
                currency=r[10],
                expected_close=r[11],
                temperature=r[12],
                source=r[13],
                source_detail=r[14],
                owner=r[15] or "",
                email=r[16],
                phone=r[17] or r[18],
                city=r[19],
                tags=", ".join(tags.get(i, [])),
                last_activity=r[20],
                created_at=r[21],
                score=sc.total,
                score_text=sc.explanation(),
            )
        )
    return out


def source_text(code: str) -> str:
    return label(code)


# --- bulk actions with undo -------------------------------------------------------------

LEAD_STATE = (
    "stage_id",
    "position",
    "owner_id",
    "stage_changed_at",
    "closed_at",
    "discarded",
    "updated_at",
    "last_activity_at",
)


@dataclass
class BulkRecord:
    """What a bulk action changed (enough to reverse it)."""

    action: str
    lead_ids: list[int]
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    tags_before: dict[int, list[int]] = field(default_factory=dict)
    history_ids: list[int] = field(default_factory=list)
    deleted: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _snapshot(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    cols = [getattr(Lead, c) for c in LEAD_STATE]
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for r in session.execute(select(Lead.id, *cols).where(Lead.id.in_(ids[start : start + 500]))):
            out[r[0]] = dict(zip(LEAD_STATE, r[1:], strict=True))
    return out


def _tags_of(session: Session, ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        for lid, tid in session.execute(
            select(lead_tags.c.lead_id, lead_tags.c.tag_id).where(
                lead_tags.c.lead_id.in_(ids[start : start + 500])
            )
        ):
            out[lid].append(tid)
    return out


def _need(ids: list[int]) -> None:
    if not ids:
        raise UserError(translate("LeadTable", "Select one or more leads first."))


def set_owner(session: Session, ids: list[int], owner_id: int | None) -> BulkRecord:
    _need(ids)
    record = BulkRecord("owner", list(ids), before=_snapshot(session, ids))
    for start in range(0, len(ids), 500):
        session.execute(
            update(Lead)
            .where(Lead.id.in_(ids[start : start + 500]))
            .values(owner_id=owner_id, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    return record


def distribute(session: Session, ids: list[int], owner_ids: list[int]) -> BulkRecord:
    """Give the leads (in the given order) to the owners in turn: round-robin."""
    _need(ids)
    if not owner_ids:
        raise UserError(translate("LeadTable", "Choose at least one owner."))
    record = BulkRecord("distribute", list(ids), before=_snapshot(session, ids))
    for n, owner_id in enumerate(owner_ids):
        mine = ids[n :: len(owner_ids)]
        for start in range(0, len(mine), 500):
            session.execute(
                update(Lead)
                .where(Lead.id.in_(mine[start : start + 500]))
                .values(owner_id=owner_id, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
    return record


def set_stage(session: Session, ids: list[int], stage_id: int, changed_by: str = "") -> BulkRecord:
    """Move the leads to a stage (each move writes its history row)."""
    _need(ids)
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise UserError(translate("LeadTable", "That stage no longer exists."))
    record = BulkRecord("stage", list(ids), before=_snapshot(session, ids))
    before_max = session.scalar(select(func.max(StageChange.id))) or 0
    for lead in session.scalars(select(Lead).where(Lead.id.in_(ids))):
        move_lead(session, lead, stage, changed_by=changed_by)
    session.flush()
    record.history_ids = list(
        session.scalars(
            select(StageChange.id).where(StageChange.id > before_max, StageChange.lead_id.in_(ids))
        )
    )
    return record


def change_tags(
    session: Session, ids: list[int], add: list[str] | None = None, remove: list[str] | None = None
) -> BulkRecord:
    """Add and remove tags (by name) on the leads."""
    _need(ids)
    record = BulkRecord("tags", list(ids), tags_before=_tags_of(session, ids))
    added = tags_by_name(session, list(add or []))
    session.flush()
    removed_ids = [
        t.id
        for t in session.scalars(
            select(Tag).where(func.lower(Tag.name).in_([r.strip().lower() for r in remove or []]))
        )
    ]
    if removed_ids:
        session.execute(
            delete(lead_tags).where(lead_tags.c.lead_id.in_(ids), lead_tags.c.tag_id.in_(removed_ids))
        )
    for tag in added:
        have = set(session.scalars(select(lead_tags.c.lead_id).where(lead_tags.c.tag_id == tag.id)))
        new = [{"lead_id": i, "tag_id": tag.id} for i in ids if i not in have]
        if new:
            session.execute(insert(lead_tags), new)
    return record


def _rows_of(session: Session, model: Any, condition: Any) -> list[dict[str, Any]]:
    cols = [c.key for c in model.__table__.columns]
    return [
        dict(zip(cols, r, strict=True))
        for r in session.execute(select(*model.__table__.columns).where(condition))
    ]


def delete_leads(session: Session, ids: list[int]) -> BulkRecord:
    """Delete the leads with their history, follow-ups and notes (all kept for undo)."""
    _need(ids)
    record = BulkRecord("delete", list(ids))
    record.deleted = {
        "leads": _rows_of(session, Lead, Lead.id.in_(ids)),
        "stage_changes": _rows_of(session, StageChange, StageChange.lead_id.in_(ids)),
        "follow_ups": _rows_of(session, FollowUp, FollowUp.lead_id.in_(ids)),
        "notes": _rows_of(session, Note, Note.lead_id.in_(ids)),
        "lead_tags": [
            {"lead_id": a, "tag_id": b}
            for a, b in session.execute(
                select(lead_tags.c.lead_id, lead_tags.c.tag_id).where(lead_tags.c.lead_id.in_(ids))
            )
        ],
        "referrals": [
            {"id": a, "lead_id": b}
            for a, b in session.execute(
                select(Referral.id, Referral.lead_id).where(Referral.lead_id.in_(ids))
            )
        ],
        "revived": [
            {"id": a, "revived_from_id": b}
            for a, b in session.execute(
                select(Lead.id, Lead.revived_from_id).where(
                    Lead.revived_from_id.in_(ids), Lead.id.not_in(ids)
                )
            )
        ],
    }
    session.execute(update(Referral).where(Referral.lead_id.in_(ids)).values(lead_id=None))
    session.execute(
        update(Lead).where(Lead.revived_from_id.in_(ids)).values(revived_from_id=None),
        execution_options={"synchronize_session": False},
    )
    for model, column in (
        (StageChange, StageChange.lead_id),
        (FollowUp, FollowUp.lead_id),
        (Note, Note.lead_id),
    ):
        session.execute(delete(model).where(column.in_(ids)))
    session.execute(delete(lead_tags).where(lead_tags.c.lead_id.in_(ids)))
    session.execute(delete(Lead).where(Lead.id.in_(ids)))
    from salesdesk.db.models import SearchEntry

    session.execute(delete(SearchEntry).where(SearchEntry.kind == "lead", SearchEntry.ref_id.in_(ids)))
    session.expire_all()
    return record


def undo_bulk(session: Session, record: BulkRecord) -> None:
    """Reverse a bulk action."""
    if record.action == "delete":
        d = record.deleted
        if d["leads"]:
            # Leads that revive other deleted leads: insert without the link, then set it.
            links = {r["id"]: r["revived_from_id"] for r in d["leads"] if r["revived_from_id"]}
            session.execute(insert(Lead), [{**r, "revived_from_id": None} for r in d["leads"]])
            for lid, src in links.items():
                session.execute(
                    update(Lead).where(Lead.id == lid).values(revived_from_id=src),
                    execution_options={"synchronize_session": False},
                )
        for key, model in (("stage_changes", StageChange), ("follow_ups", FollowUp), ("notes", Note)):
            if d[key]:
                session.execute(insert(model), d[key])
        if d["lead_tags"]:
            session.execute(insert(lead_tags), d["lead_tags"])
        for r in d["referrals"]:
            session.execute(update(Referral).where(Referral.id == r["id"]).values(lead_id=r["lead_id"]))
        for r in d["revived"]:
            session.execute(
                update(Lead).where(Lead.id == r["id"]).values(revived_from_id=r["revived_from_id"]),
                execution_options={"synchronize_session": False},
            )
        session.expire_all()
        search_index.reindex(session, lead_ids=record.lead_ids)
        return
    if record.action == "tags":
        session.execute(delete(lead_tags).where(lead_tags.c.lead_id.in_(record.lead_ids)))
        pairs = [{"lead_id": i, "tag_id": t} for i, ts in record.tags_before.items() for t in ts]
        if pairs:
            session.execute(insert(lead_tags), pairs)
        return
    if record.history_ids:
        session.execute(delete(StageChange).where(StageChange.id.in_(record.history_ids)))
    for lid, values in record.before.items():
        session.execute(
            update(Lead).where(Lead.id == lid).values(**values),
            execution_options={"synchronize_session": False},
        )
    session.expire_all()
