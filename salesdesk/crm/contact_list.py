"""The contacts table: filtered, SQL-sorted ids and plain rows, page by page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salesdesk.crm.privacy import notice_overdue_condition
from salesdesk.db import search_index
from salesdesk.db.models import Contact, Lead
from salesdesk.i18n import QT_TRANSLATE_NOOP

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ContactTable", "Name")),
    ("organization", QT_TRANSLATE_NOOP("ContactTable", "Organization")),
    ("title", QT_TRANSLATE_NOOP("ContactTable", "Job title")),
    ("email", QT_TRANSLATE_NOOP("ContactTable", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ContactTable", "Phone")),
    ("city", QT_TRANSLATE_NOOP("ContactTable", "City")),
    ("leads", QT_TRANSLATE_NOOP("ContactTable", "Leads")),
    ("customer_since", QT_TRANSLATE_NOOP("ContactTable", "Customer since")),
    ("created_at", QT_TRANSLATE_NOOP("ContactTable", "Added")),
)


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    kind: str = ""  # "" | "person" | "organization"
    customers_only: bool = False
    notices_due: bool = False  # GDPR article 14 notice overdue


def ordered_ids(
    session: Session,
    flt: ContactFilter,
    sort_key: str = "name",
    descending: bool = False,
    today: date | None = None,
) -> list[int]:
    org = aliased(Contact)
    lead_count = select(func.count(Lead.id)).where(Lead.contact_id == Contact.id).scalar_subquery()
    expr: Any = {
        "name": func.lower(Contact.name),
        "organization": select(func.lower(org.name))
        .where(org.id == Contact.organization_id)
        .scalar_subquery(),
        "title": func.lower(Contact.title),
        "email": func.lower(Contact.email),
        "phone": Contact.mobile,
        "city": func.lower(Contact.city),
        "leads": lead_count,
        "customer_since": Contact.customer_since,
        "created_at": Contact.created_at,
    }.get(sort_key, func.lower(Contact.name))
    query = select(Contact.id)
    if flt.kind:
        query = query.where(Contact.kind == flt.kind)
    if flt.customers_only:
        query = query.where(Contact.customer_since.is_not(None))
    if flt.notices_due:
        query = query.where(notice_overdue_condition(today))
    if flt.text.strip():
        query = query.where(Contact.id.in_(search_index.matching_ids(session, "contact", flt.text)))
    order = [expr.desc() if descending else expr.asc(), Contact.id.desc() if descending else Contact.id.asc()]
    return list(session.scalars(query.order_by(*order)))


@dataclass(frozen=True)
class ContactRow:
    id: int
    kind: str
    name: str
    organization: str
    title: str
    email: str
    phone: str
    city: str
    leads: int
    customer_since: date | None
    created_at: datetime | None
    from_purchased_list: bool
    informed_on: date | None


def rows(session: Session, ids: list[int]) -> list[ContactRow]:
    if not ids:
        return []
    org = aliased(Contact)
    counts = dict(
        session.execute(
            select(Lead.contact_id, func.count()).where(Lead.contact_id.in_(ids)).group_by(Lead.contact_id)
        ).all()
    )
    found: dict[int, ContactRow] = {}
    for r in session.execute(
        select(
            Contact.id,
            Contact.kind,
            Contact.name,
            org.name,
            Contact.title,
            Contact.email,
            Contact.mobile,
            Contact.phone,
            Contact.city,
            Contact.customer_since,
            Contact.created_at,
            Contact.from_purchased_list,
            Contact.informed_on,
        )
        .outerjoin(org, Contact.organization_id == org.id)
        .where(Contact.id.in_(ids))
    ):
        found[r[0]] = ContactRow(
            r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6] or r[7], r[8], counts.get(r[0], 0), r[9], r[10],
            bool(r[11]), r[12],
        )  # fmt: skip
    return [found[i] for i in ids if i in found]
