"""Export leads, contacts and follow-ups to .xlsx or .csv (DESIGN.md section 4).

Rows are streamed from the database (Core selects with ``yield_per``, never ORM objects) into
an openpyxl write-only workbook or a csv writer, so memory stays flat for 100,000 leads.

- .xlsx: one sheet per kind (Leads, Contacts, Follow-ups), a bold frozen header, autofilter,
  fixed sensible widths, real dates and money (a number with a currency format), the lead
  and contact IDs in hidden columns (so that an edited sheet re-imports as updates), and
  drop-down lists (data validation) for stage, temperature, source type, owner and contact
  type, their allowed values kept on a hidden "Lists" sheet.
- .csv: one kind per file, UTF-8 with a BOM by default (Excel opens it right), comma or
  semicolon delimiter (Finnish Excel), decimal comma with the semicolon.
- Every cell (headers, data and the hidden "Lists" sheet) goes through
  ``sheets.writer.neutralise``, the one rule of every spreadsheet SalesDesk writes: text a
  spreadsheet would run as a formula is an explicit string cell in xlsx and gets the OWASP
  apostrophe in csv (which SalesDesk's importer strips again).
- The file is written through ``sheets.writer.output_file``: the target is checked first, the
  rows go to temporary files (0600) beside it, renamed at the end: a failed, cancelled or
  killed export leaves no file behind (the next export removes a killed one's temporary
  files) and never half-overwrites an older one.

Column headers are the importer's field names (English or Finnish, see ``salesdesk.sheets
.mapping``), so that ``salesdesk import`` maps an exported sheet by itself.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, bindparam, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from salesdesk.crm import labels
from salesdesk.crm.funnel import stages as ordered_stages
from salesdesk.db import search_index
from salesdesk.db.enums import ContactKind, FollowUpStatus, LeadSource, StageKind, Temperature
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, Tag, contact_tags, lead_tags
from salesdesk.errors import UserError
from salesdesk.i18n import QT_TRANSLATE_NOOP, translate
from salesdesk.sheets import writer
from salesdesk.sheets.writer import check_target, is_risky, neutralise_csv

LEADS, CONTACTS, FOLLOWUPS = "leads", "contacts", "followups"
KINDS = (LEADS, CONTACTS, FOLLOWUPS)
Format = Literal["xlsx", "csv"]

#: Rows fetched from the database per round trip.
CHUNK = 1000
#: How often (rows) progress is reported and the cancel flag looked at.
PROGRESS_EVERY = 500

AnySelect = Select[*tuple[Any, ...]]
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(Exception):  # noqa: N818 (a cancel is not an error)
    """The user cancelled the export; nothing was written."""


# --------------------------------------------------------------------------- the request


@dataclass(frozen=True)
class ExportRequest:
    """What to export: which lists, and the filters and selection of the view asking.

    ``scope`` says what the filters apply to: "leads" (the board, the leads table, the
    agenda) or "contacts" (the contacts view). Empty tuples mean "any".
    """

    kinds: tuple[str, ...] = (LEADS,)
    scope: str = LEADS
    stage_ids: tuple[int, ...] = ()
    owner_ids: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    temperatures: tuple[str, ...] = ()
    tag: str = ""
    search: str = ""
    lead_ids: tuple[int, ...] | None = None  # an explicit selection of leads
    contact_ids: tuple[int, ...] | None = None  # an explicit selection of contacts
    # The rows a view shows when its filters go beyond the keys above (the board's recent
    # closes and stale cards, the table's click-through ranges, a contact kind, ...):
    # the export keeps to these, whatever else is asked.
    shown_lead_ids: tuple[int, ...] | None = None
    shown_contact_ids: tuple[int, ...] | None = None
    shown_followup_ids: tuple[int, ...] | None = None  # the agenda's rows
    open_only: bool = False  # only leads in open stages
    include_discarded: bool = False
    followup_status: str = FollowUpStatus.OPEN  # "open", "done", "cancelled" or "" for all
    due_from: datetime | None = None  # follow-ups due at or after (UTC)
    due_until: datetime | None = None  # follow-ups due before (UTC)

    def with_kinds(self, *kinds: str) -> ExportRequest:
        return replace(self, kinds=tuple(kinds))


def request_from_dict(session: Session, data: dict[str, Any]) -> ExportRequest:
    """Build a request from a view's ``export_request()`` dict (see docs/DEVELOPING.md).

    Accepted keys: kinds, scope, stage_ids / stage (a name), owner_ids / owner (a name),
    sources / source, temperatures / temperature, tag, search, lead_ids, contact_ids,
    shown_lead_ids, shown_contact_ids, shown_followup_ids, open_only, include_discarded, followup_status,
    due_from, due_until. Unknown keys are
    ignored, so a view may hand over its whole filter state.
    """

    def ints(value: Any) -> tuple[int, ...]:
        if value is None or value == "":
            return ()
        if isinstance(value, int):
            return (value,)
        return tuple(int(v) for v in value)

    def strs(value: Any) -> tuple[str, ...]:
        if not value:
            return ()
        if isinstance(value, str):
            return (value,)
        return tuple(str(v) for v in value)

    stage_ids = ints(data.get("stage_ids", data.get("stage_id")))
    if not stage_ids and data.get("stage"):
        stage_ids = (resolve_stage(session, str(data["stage"])),)
    owner_ids = ints(data.get("owner_ids", data.get("owner_id")))
    if not owner_ids and data.get("owner"):
        owner_ids = (resolve_owner(session, str(data["owner"])),)
    lead_ids = data.get("lead_ids")
    contact_ids = data.get("contact_ids")
    shown_leads = data.get("shown_lead_ids")
    shown_contacts = data.get("shown_contact_ids")
    shown_followups = data.get("shown_followup_ids")
    kinds = strs(data.get("kinds")) or (LEADS,)
    return ExportRequest(
        kinds=tuple(k for k in KINDS if k in kinds),
        scope=CONTACTS if data.get("scope") == CONTACTS else LEADS,
        stage_ids=stage_ids,
        owner_ids=owner_ids,
        sources=strs(data.get("sources", data.get("source"))),
        temperatures=strs(data.get("temperatures", data.get("temperature"))),
        tag=str(data.get("tag") or ""),
        search=str(data.get("search") or ""),
        lead_ids=ints(lead_ids) if lead_ids is not None else None,
        contact_ids=ints(contact_ids) if contact_ids is not None else None,
        shown_lead_ids=ints(shown_leads) if shown_leads is not None else None,
        shown_contact_ids=ints(shown_contacts) if shown_contacts is not None else None,
        shown_followup_ids=ints(shown_followups) if shown_followups is not None else None,
        open_only=bool(data.get("open_only", False)),
        include_discarded=bool(data.get("include_discarded", False)),
        followup_status=str(data.get("followup_status", FollowUpStatus.OPEN) or ""),
        due_from=data.get("due_from"),
        due_until=data.get("due_until"),
    )


def resolve_stage(session: Session, name: str) -> int:
    """A stage's id from its name as typed (stored or translated); UserError when unknown."""
    from salesdesk.crm.funnel import stage_by_name

    stage = stage_by_name(session, name)
    if stage is None:
        known = ", ".join(labels.stage_label(s.name, s.key) for s in ordered_stages(session))
        raise UserError(
            translate("Export", "No stage called {name}. The stages are: {known}.").format(
                name=name, known=known
            )
        )
    return stage.id


def resolve_owner(session: Session, name: str) -> int:
    """An owner's id from a name, initials, e-mail or "me"; UserError when unknown."""
    from salesdesk.crm import settings

    if name.strip().casefold() in ("me", translate("Export", "me").casefold()):
        owner = settings.me(session)
    else:
        owner = settings.owner_by_name(session, name)
    if owner is None:
        known = ", ".join(session.scalars(select(Owner.name).order_by(Owner.name)))
        raise UserError(
            translate("Export", "No sales rep called {name}. The reps are: {known}.").format(
                name=name, known=known or "-"
            )
        )
    return owner.id


def resolve_source(name: str) -> str:
    """A source code from a code or its label (any language); UserError when unknown."""
    wanted = name.strip().casefold()
    for member in LeadSource:
        if wanted in (member.value, labels.source_label(member.value).casefold()) or wanted == (
            member.value.replace("_", " ")
        ):
            return member.value
    known = ", ".join(m.value for m in LeadSource)
    raise UserError(
        translate("Export", "No lead source called {name}. The sources are: {known}.").format(
            name=name, known=known
        )
    )


# --------------------------------------------------------------------------- columns

TEXT, INT, MONEY, DATE, DATETIME = "text", "int", "money", "date", "datetime"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str  # English source text, translated in context "Export" when written
    width: float
    kind: str = TEXT
    hidden: bool = False
    choices: str = ""  # name of a drop-down list (see _choice_lists)


LEAD_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id_lead", QT_TRANSLATE_NOOP("Export", "Lead ID"), 9, INT, hidden=True),
    ColumnSpec("id_contact", QT_TRANSLATE_NOOP("Export", "Contact ID"), 9, INT, hidden=True),
    ColumnSpec("lead_title", QT_TRANSLATE_NOOP("Export", "Lead title"), 30),
    ColumnSpec("first_name", QT_TRANSLATE_NOOP("Export", "First name"), 14),
    ColumnSpec("last_name", QT_TRANSLATE_NOOP("Export", "Last name"), 16),
    ColumnSpec("organization", QT_TRANSLATE_NOOP("Export", "Organization"), 26),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Export", "Job title"), 20),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Export", "E-mail"), 28),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("Export", "Phone"), 16),
    ColumnSpec("mobile", QT_TRANSLATE_NOOP("Export", "Mobile"), 16),
    ColumnSpec("city", QT_TRANSLATE_NOOP("Export", "City"), 14),
    ColumnSpec("stage", QT_TRANSLATE_NOOP("Export", "Stage"), 20, choices="stage"),
    ColumnSpec("value", QT_TRANSLATE_NOOP("Export", "Value"), 13, MONEY),
    ColumnSpec("expected_close", QT_TRANSLATE_NOOP("Export", "Expected close"), 14, DATE),
    ColumnSpec("temperature", QT_TRANSLATE_NOOP("Export", "Temperature"), 12, choices="temperature"),
    ColumnSpec("source", QT_TRANSLATE_NOOP("Export", "Source type"), 24, choices="source"),
    ColumnSpec("source_detail", QT_TRANSLATE_NOOP("Export", "Source detail"), 22),
    ColumnSpec("owner", QT_TRANSLATE_NOOP("Export", "Owner"), 18, choices="owner"),
    ColumnSpec("tags", QT_TRANSLATE_NOOP("Export", "Tags"), 18),
    ColumnSpec("lead_notes", QT_TRANSLATE_NOOP("Export", "Lead notes"), 40),
)

CONTACT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id_contact", QT_TRANSLATE_NOOP("Export", "Contact ID"), 9, INT, hidden=True),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("Export", "Type"), 13, choices="kind"),
    ColumnSpec("first_name", QT_TRANSLATE_NOOP("Export", "First name"), 14),
    ColumnSpec("last_name", QT_TRANSLATE_NOOP("Export", "Last name"), 16),
    ColumnSpec("organization", QT_TRANSLATE_NOOP("Export", "Organization"), 26),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Export", "Job title"), 20),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Export", "E-mail"), 28),
    ColumnSpec("email2", QT_TRANSLATE_NOOP("Export", "Second e-mail"), 24),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("Export", "Phone"), 16),
    ColumnSpec("mobile", QT_TRANSLATE_NOOP("Export", "Mobile"), 16),
    ColumnSpec("street", QT_TRANSLATE_NOOP("Export", "Street address"), 24),
    ColumnSpec("postal_code", QT_TRANSLATE_NOOP("Export", "Postal code"), 11),
    ColumnSpec("city", QT_TRANSLATE_NOOP("Export", "City"), 14),
    ColumnSpec("country", QT_TRANSLATE_NOOP("Export", "Country"), 9),
    ColumnSpec("website", QT_TRANSLATE_NOOP("Export", "Website"), 24),
    ColumnSpec("linkedin", QT_TRANSLATE_NOOP("Export", "LinkedIn"), 24),
    ColumnSpec("business_id", QT_TRANSLATE_NOOP("Export", "Business ID"), 12),
    ColumnSpec("owner", QT_TRANSLATE_NOOP("Export", "Owner"), 18, choices="owner"),
    ColumnSpec("tags", QT_TRANSLATE_NOOP("Export", "Tags"), 18),
    ColumnSpec("notes", QT_TRANSLATE_NOOP("Export", "Notes"), 40),
)

FOLLOWUP_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id_lead", QT_TRANSLATE_NOOP("Export", "Lead ID"), 9, INT, hidden=True),
    ColumnSpec("id_contact", QT_TRANSLATE_NOOP("Export", "Contact ID"), 9, INT, hidden=True),
    ColumnSpec("due", QT_TRANSLATE_NOOP("Export", "Due"), 17, DATETIME),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("Export", "Activity"), 12),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Export", "Follow-up"), 30),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Export", "Status"), 11),
    ColumnSpec("lead_title", QT_TRANSLATE_NOOP("Export", "Lead title"), 28),
    ColumnSpec("contact", QT_TRANSLATE_NOOP("Export", "Contact"), 22),
    ColumnSpec("organization", QT_TRANSLATE_NOOP("Export", "Organization"), 24),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("Export", "Phone"), 16),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Export", "E-mail"), 28),
    ColumnSpec("owner", QT_TRANSLATE_NOOP("Export", "Owner"), 18),
    ColumnSpec("note", QT_TRANSLATE_NOOP("Export", "Note"), 40),
)

COLUMNS = {LEADS: LEAD_COLUMNS, CONTACTS: CONTACT_COLUMNS, FOLLOWUPS: FOLLOWUP_COLUMNS}
_SHEET_NAMES = {
    LEADS: QT_TRANSLATE_NOOP("Export", "Leads"),
    CONTACTS: QT_TRANSLATE_NOOP("Export", "Contacts"),
    FOLLOWUPS: QT_TRANSLATE_NOOP("Export", "Follow-ups"),
}
_LISTS_SHEET = QT_TRANSLATE_NOOP("Export", "Lists")
_FOLLOWUP_STATUS = {FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("Export", "Open")}  # done/cancelled: crm labels


def sheet_name(kind: str) -> str:
    return translate("Export", _SHEET_NAMES[kind])


def headers(kind: str) -> list[str]:
    """The translated column headers of a list, as written."""
    return [translate("Export", c.header) for c in COLUMNS[kind]]


# --------------------------------------------------------------------------- queries


@dataclass
class _Lookups:
    """Small id → label tables, so the big queries need no joins for them."""

    stage: dict[int, str]
    stage_rank: dict[int, int]
    owner: dict[int, str]
    active_owners: list[str]
    stage_labels: list[str]

    @classmethod
    def load(cls, session: Session) -> _Lookups:
        stage_list = ordered_stages(session)
        owners = session.execute(select(Owner.id, Owner.name, Owner.active).order_by(Owner.name)).all()
        return cls(
            stage={s.id: labels.stage_label(s.name, s.key) for s in stage_list},
            stage_rank={s.id: rank for rank, s in enumerate(stage_list)},
            owner={o.id: o.name for o in owners},
            active_owners=[o.name for o in owners if o.active],
            stage_labels=[labels.stage_label(s.name, s.key) for s in stage_list],
        )


def _in_ids(col: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """``col IN (ids)`` rendered inline (no bound-parameter limit for big selections)."""
    return col.in_(bindparam(f"ids_{id(ids)}", list(ids), expanding=True, literal_execute=True))


def _lead_conditions(session: Session, req: ExportRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if req.scope == CONTACTS:
        contact_sel = _contact_selection(session, req)
        if contact_sel is not None:
            conds.append(Lead.contact_id.in_(contact_sel))
        if not req.include_discarded:
            conds.append(Lead.discarded.is_(False))
        return conds
    if req.lead_ids is not None:
        conds.append(_in_ids(Lead.id, req.lead_ids))
    if req.shown_lead_ids is not None:
        conds.append(_in_ids(Lead.id, req.shown_lead_ids))
    if req.stage_ids:
        conds.append(Lead.stage_id.in_(req.stage_ids))
    if req.owner_ids:
        conds.append(Lead.owner_id.in_(req.owner_ids))
    if req.sources:
        conds.append(Lead.source.in_(req.sources))
    if req.temperatures:
        conds.append(Lead.temperature.in_(req.temperatures))
    if req.tag:
        conds.append(
            Lead.id.in_(
                select(lead_tags.c.lead_id)
                .join(Tag, Tag.id == lead_tags.c.tag_id)
                .where(func.lower(Tag.name) == req.tag.strip().lower())
            )
        )
    if req.search.strip():
        conds.append(Lead.id.in_(search_index.matching_ids(session, "lead", req.search)))
    if req.open_only:
        conds.append(Lead.stage_id.in_(select(Stage.id).where(Stage.kind == StageKind.OPEN)))
    if not req.include_discarded:
        conds.append(Lead.discarded.is_(False))
    return conds


def _contact_selection(session: Session, req: ExportRequest) -> Select[int] | None:
    """With scope "contacts": the SELECT of the chosen contacts' ids (None = every contact)."""
    conds: list[ColumnElement[bool]] = []
    if req.contact_ids is not None:
        conds.append(_in_ids(Contact.id, req.contact_ids))
    if req.shown_contact_ids is not None:
        conds.append(_in_ids(Contact.id, req.shown_contact_ids))
    if req.owner_ids:
        conds.append(Contact.owner_id.in_(req.owner_ids))
    if req.tag:
        conds.append(
            Contact.id.in_(
                select(contact_tags.c.contact_id)
                .join(Tag, Tag.id == contact_tags.c.tag_id)
                .where(func.lower(Tag.name) == req.tag.strip().lower())
            )
        )
    if req.search.strip():
        conds.append(Contact.id.in_(search_index.matching_ids(session, "contact", req.search)))
    if not conds:
        return None
    return select(Contact.id).where(*conds)


def _lead_query(session: Session, req: ExportRequest, lk: _Lookups) -> tuple[AnySelect, bool]:
    """The leads' SELECT, and whether it carries tags (skipped when no lead has any)."""
    org = aliased(Contact)
    has_tags = session.execute(select(lead_tags.c.lead_id).limit(1)).first() is not None
    tags: Any = (
        select(func.aggregate_strings(Tag.name, ", "))
        .select_from(lead_tags.join(Tag, Tag.id == lead_tags.c.tag_id))
        .where(lead_tags.c.lead_id == Lead.id)
        .scalar_subquery()
        if has_tags
        else None
    )
    rank = case(lk.stage_rank, value=Lead.stage_id, else_=len(lk.stage_rank)) if lk.stage_rank else Lead.id
    stmt = (
        select(
            Lead.id,
            Lead.contact_id,
            Lead.title,
            Contact.kind,
            Contact.name,
            Contact.first_name,
            Contact.last_name,
            org.name,
            Contact.title,
            Contact.email,
            Contact.phone,
            Contact.mobile,
            Contact.city,
            Lead.stage_id,
            Lead.value_cents,
            Lead.currency,
            Lead.expected_close,
            Lead.temperature,
            Lead.source,
            Lead.source_detail,
            Lead.owner_id,
            tags if tags is not None else Lead.id,  # a placeholder when no lead has tags
            Lead.notes,
        )
        .join(Contact, Lead.contact_id == Contact.id)
        .outerjoin(org, Contact.organization_id == org.id)
        .where(*_lead_conditions(session, req))
        .order_by(rank, Lead.position, Lead.id)
    )
    return stmt, has_tags


def _contact_conditions(session: Session, req: ExportRequest) -> list[ColumnElement[bool]]:
    if req.scope == CONTACTS:
        sel = _contact_selection(session, req)
        return [Contact.id.in_(sel)] if sel is not None else []
    lead_conds = _lead_conditions(session, req)
    if _restricts_leads(req):
        return [Contact.id.in_(select(Lead.contact_id).where(*lead_conds))]
    return []


def _restricts_leads(req: ExportRequest) -> bool:
    return bool(
        req.lead_ids is not None
        or req.shown_lead_ids is not None
        or req.stage_ids
        or req.owner_ids
        or req.sources
        or req.temperatures
        or req.tag
        or req.search.strip()
        or req.open_only
    )


def _contact_query(session: Session, req: ExportRequest) -> tuple[AnySelect, bool]:
    org = aliased(Contact)
    has_tags = session.execute(select(contact_tags.c.contact_id).limit(1)).first() is not None
    tags: Any = (
        select(func.aggregate_strings(Tag.name, ", "))
        .select_from(contact_tags.join(Tag, Tag.id == contact_tags.c.tag_id))
        .where(contact_tags.c.contact_id == Contact.id)
        .scalar_subquery()
        if has_tags
        else Contact.id
    )
    stmt = (
        select(
            Contact.id,
            Contact.kind,
            Contact.name,
            Contact.first_name,
            Contact.last_name,
            org.name,
            Contact.title,
            Contact.email,
            Contact.email2,
            Contact.phone,
            Contact.mobile,
            Contact.street,
            Contact.postal_code,
            Contact.city,
            Contact.country,
            Contact.website,
            Contact.linkedin,
            Contact.business_id,
            Contact.owner_id,
            tags,
            Contact.notes,
        )
        .outerjoin(org, Contact.organization_id == org.id)
        .where(*_contact_conditions(session, req))
        .order_by(Contact.name, Contact.id)
    )
    return stmt, has_tags


def _followup_conditions(session: Session, req: ExportRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if req.followup_status:
        conds.append(FollowUp.status == req.followup_status)
    if req.shown_followup_ids is not None:
        conds.append(_in_ids(FollowUp.id, req.shown_followup_ids))
    if req.due_from is not None:
        conds.append(FollowUp.due_at >= req.due_from)
    if req.due_until is not None:
        conds.append(FollowUp.due_at < req.due_until)
    if req.scope == CONTACTS:
        sel = _contact_selection(session, req)
        if sel is not None:
            leads_of = select(Lead.id).where(Lead.contact_id.in_(sel))
            conds.append(or_(FollowUp.contact_id.in_(sel), FollowUp.lead_id.in_(leads_of)))
        return conds
    only_owner = req.owner_ids and not (
        req.lead_ids is not None
        or req.shown_lead_ids is not None
        or req.stage_ids
        or req.sources
        or req.temperatures
        or req.tag
        or req.search.strip()
        or req.open_only
    )
    if _restricts_leads(req):
        leads = select(Lead.id).where(*_lead_conditions(session, req))
        mine: ColumnElement[bool] = FollowUp.lead_id.in_(leads)
        if only_owner:
            # A rep's list (the hand-out, "my agenda"): follow-ups on their leads, and every
            # follow-up given to them (on a contact, or on someone else's lead).
            mine = or_(mine, FollowUp.owner_id.in_(req.owner_ids))
        conds.append(mine)
    return conds


def _followup_query(session: Session, req: ExportRequest) -> AnySelect:
    person = aliased(Contact)
    org = aliased(Contact)
    return (
        select(
            FollowUp.lead_id,
            person.id,
            FollowUp.due_at,
            FollowUp.all_day,
            FollowUp.kind,
            FollowUp.title,
            FollowUp.status,
            Lead.title,
            person.kind,
            person.name,
            org.name,
            person.phone,
            person.mobile,
            person.email,
            FollowUp.owner_id,
            FollowUp.note,
        )
        .outerjoin(Lead, FollowUp.lead_id == Lead.id)
        .outerjoin(person, person.id == func.coalesce(FollowUp.contact_id, Lead.contact_id))
        .outerjoin(org, person.organization_id == org.id)
        .where(*_followup_conditions(session, req))
        .order_by(FollowUp.due_at, FollowUp.id)
    )


def count_rows(session: Session, req: ExportRequest) -> dict[str, int]:
    """How many rows each requested list will have."""
    out: dict[str, int] = {}
    for kind in req.kinds:
        if kind == LEADS:
            stmt = select(func.count()).select_from(Lead).where(*_lead_conditions(session, req))
        elif kind == CONTACTS:
            stmt = select(func.count()).select_from(Contact).where(*_contact_conditions(session, req))
        else:
            stmt = select(func.count()).select_from(FollowUp).where(*_followup_conditions(session, req))
        out[kind] = int(session.execute(stmt).scalar_one())
    return out


# --------------------------------------------------------------------------- rows


def _stream(session: Session, stmt: AnySelect) -> Iterator[Any]:
    result = session.execute(stmt.execution_options(yield_per=CHUNK))
    try:
        yield from result
    finally:
        result.close()


def _lead_rows(session: Session, req: ExportRequest, lk: _Lookups) -> Iterator[list[Any]]:
    stmt, has_tags = _lead_query(session, req, lk)
    stage = lk.stage
    owner = lk.owner
    temp = {t.value: labels.label(t.value) for t in Temperature}
    source = {s.value: labels.source_label(s.value) for s in LeadSource}
    org_kind = ContactKind.ORGANIZATION.value
    for r in _stream(session, stmt):
        is_org = r[3] == org_kind
        yield [
            r[0],
            r[1],
            r[2],
            None if is_org else r[5],
            None if is_org else r[6],
            r[4] if is_org else r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            stage.get(r[13], ""),
            (r[14] / 100, r[15]) if r[14] else None,
            r[16],
            temp.get(r[17], r[17]),
            source.get(r[18], r[18]),
            r[19],
            owner.get(r[20]) if r[20] is not None else None,
            r[21] if has_tags else None,
            r[22],
        ]


def _contact_rows(session: Session, req: ExportRequest, lk: _Lookups) -> Iterator[list[Any]]:
    stmt, has_tags = _contact_query(session, req)
    owner = lk.owner
    kinds = {k.value: labels.label(k.value) for k in ContactKind}
    org_kind = ContactKind.ORGANIZATION.value
    for r in _stream(session, stmt):
        is_org = r[1] == org_kind
        yield [
            r[0],
            kinds.get(r[1], r[1]),
            None if is_org else r[3],
            None if is_org else r[4],
            r[2] if is_org else r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
            r[16],
            r[17],
            owner.get(r[18]) if r[18] is not None else None,
            r[19] if has_tags else None,
            r[20],
        ]


def _local(dt: datetime) -> datetime:
    """A UTC point in time as the user's wall-clock time (spreadsheets have no time zones)."""
    return dt.astimezone().replace(tzinfo=None)


def _followup_rows(session: Session, req: ExportRequest, lk: _Lookups) -> Iterator[list[Any]]:
    owner = lk.owner
    kinds = {k: labels.label(k) for k in ("call", "email", "meeting", "visit", "task")}
    status = {
        FollowUpStatus.OPEN.value: translate("Export", _FOLLOWUP_STATUS[FollowUpStatus.OPEN]),
        FollowUpStatus.DONE.value: labels.label(FollowUpStatus.DONE),
        FollowUpStatus.CANCELLED.value: labels.label(FollowUpStatus.CANCELLED),
    }
    org_kind = ContactKind.ORGANIZATION.value
    for r in _stream(session, _followup_query(session, req)):
        due = r[2]
        if due is not None:
            due = _local(due).date() if r[3] else _local(due)
        is_org = r[8] == org_kind
        yield [
            r[0],
            r[1],
            due,
            kinds.get(r[4], r[4]),
            r[5],
            status.get(r[6], r[6]),
            r[7],
            r[9],
            r[9] if is_org else r[10],
            r[11] or r[12],
            r[13],
            owner.get(r[14]) if r[14] is not None else None,
            r[15],
        ]


_ROWS = {LEADS: _lead_rows, CONTACTS: _contact_rows, FOLLOWUPS: _followup_rows}


def iter_rows(session: Session, kind: str, req: ExportRequest) -> Iterator[list[Any]]:
    """The rows of one list as plain values (money as ``(euros, currency)``), streamed."""
    return _ROWS[kind](session, req, _Lookups.load(session))


# --------------------------------------------------------------------------- writers

_CURRENCY_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£", "SEK": "kr", "NOK": "kr"}
# Excel's built-in date (14) and date-time (22) formats: shown in the reader's own locale
# (27.11.2026 in Finnish Excel, 11/27/2026 in American).
DATE_FORMAT = "mm-dd-yy"
DATETIME_FORMAT = "m/d/yy h:mm"


def money_format(currency: str) -> str:
    symbol = _CURRENCY_SYMBOL.get(currency, currency)
    return f'#,##0.00\\ "{symbol}"'


class _Progress:
    def __init__(self, total: int, progress: ProgressFn | None, cancel: CancelFn | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._next = PROGRESS_EVERY

    def start(self) -> None:
        self.check()
        if self._progress:
            self._progress(0, self.total)

    def step(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next += PROGRESS_EVERY
            self.check()
            if self._progress:
                self._progress(self.done, self.total)

    def check(self) -> None:
        writer.keep_alive()
        if self._cancel is not None and self._cancel():
            raise ExportCancelled

    def finish(self) -> None:
        self.check()
        if self._progress:
            self._progress(self.done, self.total)


@dataclass
class XlsxSheet:
    """What one sheet of the workbook holds: its kind, columns and rows."""

    kind: str
    rows: Iterable[list[Any]]
    columns: Sequence[ColumnSpec] = field(default_factory=tuple)


def write_xlsx(
    path: str | Path,
    sheets: Sequence[XlsxSheet],
    choice_lists: dict[str, list[str]],
    progress: _Progress,
) -> dict[str, int]:
    """Write the sheets into a write-only workbook saved to ``path`` (a temporary file of
    ``writer.output_file``; the sheets' rows are kept in more such files beside it)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    try:
        return _fill_workbook(wb, Path(path), sheets, choice_lists, progress)
    except BaseException:
        writer.abandon(wb)
        raise
    finally:
        for ws in wb._sheets:
            writer.forget_part(ws)


def _fill_workbook(
    wb: Any,
    path: Path,
    sheets: Sequence[XlsxSheet],
    choice_lists: dict[str, list[str]],
    progress: _Progress,
) -> dict[str, int]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    counts: dict[str, int] = {}
    used_lists = [name for name in choice_lists if any(c.choices == name for s in sheets for c in s.columns)]
    list_col = {name: get_column_letter(i + 1) for i, name in enumerate(used_lists)}
    lists_title = translate("Export", _LISTS_SHEET)
    bold = Font(bold=True)
    header_fill = PatternFill("solid", start_color="FFE8EEF5")
    wrap = Alignment(vertical="top")

    for sheet in sheets:
        ws = wb.create_sheet(sheet_name(sheet.kind))
        cols = sheet.columns
        for i, c in enumerate(cols, 1):
            dim = ws.column_dimensions[get_column_letter(i)]
            dim.width = c.width
            if c.hidden:
                dim.hidden = True
        ws.freeze_panes = "A2"
        head = []
        for c in cols:
            cell = writer.text_cell(ws, translate("Export", c.header))
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = wrap
            head.append(cell)
        writer.sheet_part_beside(ws, path)  # after the widths and panes: it writes them
        ws.append(head)

        # One reusable styled cell per styled column: write-only rows are serialised as
        # soon as they are appended, so a cell object can carry the next row's value.
        date_cells: dict[int, Any] = {}
        money_idx: list[int] = []
        text_idx: list[int] = []
        for i, c in enumerate(cols):
            if c.kind == DATE:
                date_cells[i] = WriteOnlyCell(ws)
                date_cells[i].number_format = DATE_FORMAT
            elif c.kind == DATETIME:
                date_cells[i] = WriteOnlyCell(ws)
                date_cells[i].number_format = DATETIME_FORMAT
            elif c.kind == MONEY:
                money_idx.append(i)
            elif c.kind == TEXT:
                text_idx.append(i)
        money_cells: dict[tuple[int, str], Any] = {}
        quoted_pool: list[Any] = []
        n = 0
        for row in sheet.rows:
            used_quoted = 0
            for i in text_idx:
                v = row[i]
                if v:
                    # writer.neutralise, with a pool of reusable string cells (speed)
                    if not v.isprintable():
                        v = writer.clean_text(v)
                        row[i] = v
                    if v and v[0] in writer.RISKY_FIRST and is_risky(v):
                        if used_quoted == len(quoted_pool):
                            quoted_pool.append(writer.text_cell(ws))
                        q = quoted_pool[used_quoted]
                        used_quoted += 1
                        q.value = v
                        q.data_type = "s"  # "=..." is text here, never a formula
                        row[i] = q
                elif v == "":
                    row[i] = None
            for i, cell in date_cells.items():
                v = row[i]
                if v is not None:
                    cell.value = v
                    row[i] = cell
            for i in money_idx:
                v = row[i]
                if v is not None:
                    amount, currency = v
                    mc = money_cells.get((i, currency))
                    if mc is None:
                        mc = money_cells[(i, currency)] = WriteOnlyCell(ws)
                        mc.number_format = money_format(currency)
                    mc.value = amount
                    row[i] = mc
            ws.append(row)
            n += 1
            progress.step()
        counts[sheet.kind] = n
        last = get_column_letter(len(cols))
        ws.auto_filter.ref = f"A1:{last}{max(n + 1, 2)}"
        for i, c in enumerate(cols, 1):
            if c.choices and c.choices in list_col:
                values = choice_lists[c.choices]
                letter = list_col[c.choices]
                dv = DataValidation(
                    type="list",
                    formula1=f"{quote_sheetname(lists_title)}!${letter}$2:${letter}${len(values) + 1}",
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning",
                    errorTitle=translate("Export", "Not in the list"),
                    error=translate("Export", "Pick a value from the list."),
                )
                col = get_column_letter(i)
                dv.add(f"{col}2:{col}1048576")
                ws.data_validations.append(dv)

    if used_lists:
        ls = wb.create_sheet(lists_title)
        ls.sheet_state = "hidden"
        writer.sheet_part_beside(ls, path)
        columns = [[_CHOICE_TITLES[name], *choice_lists[name]] for name in used_lists]
        depth = max(len(c) for c in columns)
        for r in range(depth):
            ls.append(
                writer.row(
                    ls,
                    [
                        translate("Export", c[0]) if r == 0 else (c[r] if r < len(c) else None)
                        for c in columns
                    ],
                )
            )
    progress.check()
    writer.save_workbook(wb, path)
    return counts


_CHOICE_TITLES = {
    "stage": QT_TRANSLATE_NOOP("Export", "Stage"),
    "temperature": QT_TRANSLATE_NOOP("Export", "Temperature"),
    "source": QT_TRANSLATE_NOOP("Export", "Source type"),
    "owner": QT_TRANSLATE_NOOP("Export", "Owner"),
    "kind": QT_TRANSLATE_NOOP("Export", "Type"),
}


def choice_lists(lk: _Lookups) -> dict[str, list[str]]:
    """The allowed values of the drop-down columns, as the user sees them."""
    return {
        "stage": lk.stage_labels,
        "temperature": [labels.label(t.value) for t in Temperature],
        "source": [labels.source_label(s.value) for s in LeadSource],
        "owner": lk.active_owners,
        "kind": [labels.label(k.value) for k in ContactKind],
    }


def write_csv(
    handle: Any,
    columns: Sequence[ColumnSpec],
    rows: Iterable[list[Any]],
    progress: _Progress,
    *,
    semicolon: bool = False,
) -> int:
    """Write one list as csv text into ``handle`` (opened with newline="")."""
    out_csv = csv.writer(handle, delimiter=";" if semicolon else ",", lineterminator="\r\n")
    out_csv.writerow([neutralise_csv(translate("Export", c.header)) for c in columns])
    decimal_comma = semicolon
    kinds = [c.kind for c in columns]
    n = 0
    for row in rows:
        out: list[Any] = []
        for kind, v in zip(kinds, row, strict=True):
            if v is None or v == "":
                out.append("")
            elif kind == TEXT:
                out.append(neutralise_csv(v))
            elif kind == MONEY:
                text = f"{v[0]:.2f}"
                out.append(text.replace(".", ",") if decimal_comma else text)
            elif kind == DATE:
                out.append(v.isoformat())
            elif kind == DATETIME:
                out.append(
                    v.isoformat()
                    if isinstance(v, date) and not isinstance(v, datetime)
                    else v.strftime("%Y-%m-%d %H:%M")
                )
            else:
                out.append(v)
        out_csv.writerow(out)
        n += 1
        progress.step()
    progress.check()
    return n


# --------------------------------------------------------------------------- files


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), **self.counts}


def format_for(path: Path) -> Format:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    raise UserError(translate("Export", "Export to a .xlsx or .csv file, not {name}.").format(name=path.name))


def _write_one(
    session: Session,
    tmp: Path,
    fmt: Format,
    req: ExportRequest,
    lk: _Lookups,
    progress: _Progress,
    semicolon: bool,
    bom: bool,
) -> dict[str, int]:
    # The row streams hold open database cursors: they are closed here, also when the write
    # fails half-way (a full disk), not later by the garbage collector after the database is gone.
    with contextlib.ExitStack() as streams:

        def rows(kind: str) -> Iterator[list[Any]]:
            stream = _ROWS[kind](session, req, lk)
            close = getattr(stream, "close", None)
            if close is not None:
                streams.callback(close)
            return stream

        if fmt == "xlsx":
            sheets = [XlsxSheet(kind, rows(kind), COLUMNS[kind]) for kind in req.kinds]
            return write_xlsx(tmp, sheets, choice_lists(lk), progress)
        kind = req.kinds[0]
        with tmp.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            n = write_csv(handle, COLUMNS[kind], rows(kind), progress, semicolon=semicolon)
        return {kind: n}


def export(
    session: Session,
    path: str | Path,
    request: ExportRequest | None = None,
    *,
    semicolon: bool = False,
    bom: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportResult:
    """Export ``request`` to ``path`` (.xlsx or .csv). All or nothing: on an error or a
    cancel (``ExportCancelled``) no file is left and an existing file is untouched."""
    target = Path(path).expanduser()
    req = request or ExportRequest()
    fmt = format_for(target)
    if not req.kinds:
        raise UserError(translate("Export", "Choose at least one list to export."))
    if fmt == "csv" and len(req.kinds) > 1:
        raise UserError(
            translate("Export", "A .csv file holds one list; export several lists to a .xlsx file.")
        )
    check_target(target)
    total = sum(count_rows(session, req).values())
    tracker = _Progress(total, progress, cancel)
    tracker.start()
    lk = _Lookups.load(session)
    with writer.output_file(target) as tmp:
        counts = _write_one(session, tmp, fmt, req, lk, tracker, semicolon, bom)
        tracker.finish()
    return ExportResult(target, counts)


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def owner_file_name(owner: str, fmt: Format = "xlsx", day: date | None = None) -> str:
    """ "Matti Virtanen 2026-11-27.xlsx": a safe file name for a rep's hand-out."""
    safe = _UNSAFE_NAME.sub("_", owner).strip(" .") or "owner"
    return f"{safe} {(day or date.today()).isoformat()}.{fmt}"


def export_per_owner(
    session: Session,
    folder: str | Path,
    request: ExportRequest | None = None,
    *,
    fmt: Format = "xlsx",
    semicolon: bool = False,
    bom: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    day: date | None = None,
) -> list[ExportResult]:
    """One file per sales rep with their leads and follow-ups (the owner's hand-out).

    Reps with nothing to hand out get no file. All or nothing: every file is written to a
    temporary name first and renamed only when all of them are done.
    """
    target_dir = Path(folder).expanduser()
    base = request or ExportRequest(kinds=(LEADS, FOLLOWUPS))
    if fmt == "csv":
        base = base.with_kinds(LEADS)
    writer.check_folder(target_dir)
    owners = session.execute(select(Owner.id, Owner.name).order_by(Owner.name)).all()
    if base.owner_ids:
        owners = [o for o in owners if o.id in base.owner_ids]
    plans: list[tuple[Path, ExportRequest, int]] = []
    for owner_id, name in owners:
        req = replace(base, owner_ids=(owner_id,), scope=LEADS)
        counts = count_rows(session, req)
        if counts.get(LEADS, 0) == 0 and counts.get(FOLLOWUPS, 0) == 0:
            continue
        path = target_dir / owner_file_name(name, fmt, day)
        check_target(path)
        plans.append((path, req, sum(counts.values())))
    tracker = _Progress(sum(p[2] for p in plans), progress, cancel)
    tracker.start()
    lk = _Lookups.load(session)
    writer.sweep_stale(target_dir)
    temps: list[Path] = []
    results: list[ExportResult] = []
    try:
        for path, req, _n in plans:
            tmp = writer.temp_beside(path)
            temps.append(tmp)
            counts = _write_one(session, tmp, fmt, req, lk, tracker, semicolon, bom)
            results.append(ExportResult(path, counts))
        tracker.finish()
        for tmp, result in zip(temps, results, strict=True):
            writer.replace(tmp, result.path)
    except OSError as exc:
        raise writer.io_error(exc, target_dir) from None
    finally:
        for tmp in temps:
            writer.discard(tmp)
    return results


def summary(results: Sequence[ExportResult]) -> list[dict[str, Any]]:
    return [r.as_dict() for r in results]


__all__ = [
    "CONTACTS",
    "FOLLOWUPS",
    "KINDS",
    "LEADS",
    "ColumnSpec",
    "ExportCancelled",
    "ExportRequest",
    "ExportResult",
    "choice_lists",
    "count_rows",
    "export",
    "export_per_owner",
    "headers",
    "is_risky",
    "iter_rows",
    "neutralise_csv",
    "request_from_dict",
    "resolve_owner",
    "resolve_source",
    "resolve_stage",
    "sheet_name",
]
