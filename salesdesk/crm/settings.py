"""Settings stored with the data (the ``settings`` table), shared by every window on it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.db.models import Owner, Setting

ME = "me_owner_id"
DEFAULT_REGION = "default_region"


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def me(session: Session) -> Owner | None:
    """The sales rep using this copy of SalesDesk (the owner "me" of filters and new leads)."""
    value = get(session, ME)
    if value.isdecimal():
        owner = session.get(Owner, int(value))
        if owner is not None:
            return owner
    return session.scalars(select(Owner).where(Owner.active).order_by(Owner.id).limit(1)).first()


def default_region(session: Session) -> str:
    return get(session, DEFAULT_REGION, "FI") or "FI"


def owner_by_name(session: Session, name: str) -> Owner | None:
    wanted = name.strip().casefold()
    for owner in session.scalars(select(Owner)):
        if wanted in (
            owner.name.casefold(),
            owner.initials.casefold(),
            owner.email.casefold(),
        ):
            return owner
    return None
