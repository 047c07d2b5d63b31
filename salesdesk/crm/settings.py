"""Settings stored with the data (the ``settings`` table), shared by every window on it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from salesdesk.crm import owners
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
    """The team member at this computer: see ``salesdesk.crm.owners.me``."""
    return owners.me(session)


def default_region(session: Session) -> str:
    return get(session, DEFAULT_REGION, "FI") or "FI"


def owner_by_name(session: Session, name: str) -> Owner | None:
    """A team member by name, initials, login or e-mail: see ``salesdesk.crm.owners.find``."""
    return owners.find(session, name)
