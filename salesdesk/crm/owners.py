"""Team members: the people who sell (``owners``), and who "me" is on this computer.

One module for every rule about team members, used by the Settings dialog's team page, the
first-start question "Who are you?", ``salesdesk owners`` and the importer's owner column:

- a name is required, at most 120 characters, and unique without regard to case;
- initials are one to four letters or digits (made from the name when not given), shown
  upper-case on cards; a colour is ``#rrggbb`` (picked from a palette when not given);
- deactivating a member keeps their leads and follow-ups; ``hand_to`` moves their open leads
  and open follow-ups to another active member in the same transaction;
- "me" belongs to the person at the computer, not to the database: the choice is kept in
  the user's data folder per database (``me.json``), so that with a shared PostgreSQL
  database one rep choosing who they are changes nothing for the others. On PostgreSQL
  the default is the member whose login is the connected role; on a SQLite file the
  choice an older version stored in the database (``settings.me_owner_id``) still counts.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesdesk import paths
from salesdesk.db.models import FollowUp, Lead, Owner, Setting, Stage
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError
from salesdesk.i18n import translate

MAX_NAME = 120
PALETTE = (
    "#1e88e5",
    "#43a047",
    "#f4511e",
    "#8e24aa",
    "#00897b",
    "#fdd835",
    "#6d4c41",
    "#d81b60",
    "#3949ab",
    "#7cb342",
)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_INITIALS = re.compile(r"^\w{1,4}$")
ME_FILE = "me.json"
LEGACY_ME = "me_owner_id"


@dataclass(frozen=True, slots=True)
class Member:
    """One team member as lists show it."""

    id: int
    name: str
    initials: str
    color: str
    login: str
    email: str
    active: bool
    open_leads: int
    me: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "initials": self.initials,
            "color": self.color,
            "login": self.login,
            "email": self.email,
            "active": self.active,
            "open_leads": self.open_leads,
            "me": self.me,
        }


# -- validation -------------------------------------------------------------------------------
def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError(translate("Owners", "Give the team member a name."))
    if len(cleaned) > MAX_NAME:
        raise UserError(
            translate("Owners", "A name can be at most {limit} characters long.").format(limit=MAX_NAME)
        )
    return cleaned


def initials_from(name: str) -> str:
    """ "Anna-Liisa Virtanen" -> "AV"; "Konsta" -> "KO"."""
    words = [w for w in re.split(r"[\s]+", name) if w]
    letters = [w[0] for w in words if w[0].isalnum()]
    if len(letters) >= 2:
        return (letters[0] + letters[-1]).upper()
    word = words[0] if words else "?"
    return word[:2].upper()


def clean_initials(initials: str) -> str:
    cleaned = initials.strip().upper()
    if not _INITIALS.match(cleaned) or "_" in cleaned:
        raise UserError(translate("Owners", "Initials are one to four letters or digits, for example AV."))
    return cleaned


def clean_color(color: str) -> str:
    cleaned = color.strip()
    if not _COLOR.match(cleaned):
        raise UserError(translate("Owners", "Give the colour as #rrggbb, for example #1e88e5."))
    return cleaned.lower()


def _name_taken(session: Session, name: str, except_id: int | None = None) -> Owner | None:
    query = select(Owner).where(func.lower(Owner.name) == name.lower())
    if except_id is not None:
        query = query.where(Owner.id != except_id)
    found = session.scalars(query).first()
    if found is None and not name.isascii():  # SQLite's lower() folds ASCII only
        wanted = name.casefold()
        for owner in session.scalars(select(Owner)):
            if owner.id != except_id and owner.name.casefold() == wanted:
                return owner
    return found


# -- finding ------------------------------------------------------------------------------------
def find(session: Session, text: str, *, active_only: bool = False) -> Owner | None:
    """The member called ``text``: by name, initials, login or e-mail (any case), or by id."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    owners = list(session.scalars(select(Owner).order_by(Owner.active.desc(), Owner.id)))
    if active_only:
        owners = [o for o in owners if o.active]
    for attribute in ("name", "initials", "login", "email"):
        for owner in owners:
            value = getattr(owner, attribute) or ""
            if value and value.casefold() == wanted:
                return owner
    if wanted.isdecimal():
        for owner in owners:
            if owner.id == int(wanted):
                return owner
    return None


def require(session: Session, text: str, *, active_only: bool = False) -> Owner:
    owner = find(session, text, active_only=active_only)
    if owner is None:
        raise UserError(translate("Owners", "No team member called “{name}”.").format(name=text))
    return owner


def members(session: Session, *, include_inactive: bool = True) -> list[Member]:
    open_counts = dict(
        session.execute(
            select(Lead.owner_id, func.count(Lead.id))
            .join(Stage, Stage.id == Lead.stage_id)
            .where(Lead.owner_id.is_not(None), Stage.kind == "open")
            .group_by(Lead.owner_id)
        ).all()
    )
    me_owner = me(session)
    query = select(Owner).order_by(Owner.active.desc(), func.lower(Owner.name))
    if not include_inactive:
        query = query.where(Owner.active)
    return [
        Member(
            id=o.id,
            name=o.name,
            initials=o.initials or initials_from(o.name),
            color=o.color or PALETTE[(o.id - 1) % len(PALETTE)],
            login=o.login or "",
            email=o.email or "",
            active=o.active,
            open_leads=int(open_counts.get(o.id, 0)),
            me=me_owner is not None and me_owner.id == o.id,
        )
        for o in session.scalars(query)
    ]


# -- changes ------------------------------------------------------------------------------------
def add(
    session: Session,
    name: str,
    *,
    initials: str = "",
    color: str = "",
    login: str = "",
    email: str = "",
) -> Owner:
    """A new active team member; a name already used (any case) is refused."""
    name = clean_name(name)
    existing = _name_taken(session, name)
    if existing is not None:
        raise UserError(
            translate("Owners", "There is already a team member called “{name}”.").format(name=name)
        )
    count = session.scalar(select(func.count(Owner.id))) or 0
    owner = Owner(
        name=name,
        initials=clean_initials(initials) if initials.strip() else initials_from(name),
        color=clean_color(color) if color.strip() else PALETTE[count % len(PALETTE)],
        login=login.strip(),
        email=email.strip(),
        active=True,
    )
    session.add(owner)
    session.flush()
    return owner


def rename(session: Session, owner: Owner, new_name: str) -> Owner:
    name = clean_name(new_name)
    clash = _name_taken(session, name, except_id=owner.id)
    if clash is not None:
        raise UserError(
            translate("Owners", "There is already a team member called “{name}”.").format(name=name)
        )
    owner.name = name
    return owner


def set_initials(owner: Owner, initials: str) -> None:
    owner.initials = clean_initials(initials)


def set_color(owner: Owner, color: str) -> None:
    owner.color = clean_color(color)


def set_login(owner: Owner, login: str) -> None:
    owner.login = login.strip()


@dataclass(frozen=True, slots=True)
class Handover:
    leads: int
    followups: int


def deactivate(session: Session, owner: Owner, *, hand_to: Owner | None = None) -> Handover:
    """Deactivate ``owner``; their leads stay theirs unless ``hand_to`` takes the open ones.

    Open leads (open stages) and open follow-ups move to ``hand_to``; won and lost leads
    keep their owner, so figures by owner stay true.
    """
    if hand_to is not None:
        if hand_to.id == owner.id:
            raise UserError(translate("Owners", "Hand the leads to someone else."))
        if not hand_to.active:
            raise UserError(
                translate("Owners", "{name} is not an active team member.").format(name=hand_to.name)
            )
    owner.active = False
    moved_leads = moved_followups = 0
    if hand_to is not None:
        open_stages = select(Stage.id).where(Stage.kind == "open")
        moved_leads = (
            session.execute(
                update(Lead)
                .where(Lead.owner_id == owner.id, Lead.stage_id.in_(open_stages))
                .values(owner_id=hand_to.id, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            or 0
        )
        moved_followups = (
            session.execute(
                update(FollowUp)
                .where(FollowUp.owner_id == owner.id, FollowUp.status == "open")
                .values(owner_id=hand_to.id)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            or 0
        )
        session.expire_all()
    if _local_me_id(session) == owner.id:
        set_me(session, None)
    return Handover(leads=moved_leads, followups=moved_followups)


def reactivate(owner: Owner) -> None:
    owner.active = True


# -- "me" ---------------------------------------------------------------------------------------
def _database_key(session: Session) -> str:
    """Which database this is, as the user's me.json names it (no password)."""
    url = session.get_bind().engine.url
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            return "sqlite:" + str(Path(database).resolve())
        return "sqlite:" + database
    return url.render_as_string(hide_password=True).replace("***@", "@")


def _me_path() -> Path:
    return paths.data_dir() / ME_FILE


def _read_choices() -> dict[str, int]:
    try:
        data = json.loads(_me_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}


def _local_me_id(session: Session) -> int | None:
    return _read_choices().get(_database_key(session))


def set_me(session: Session, owner_id: int | None) -> None:
    """Remember on this computer (for this database) which team member is at it."""
    choices = _read_choices()
    key = _database_key(session)
    if owner_id is None:
        choices.pop(key, None)
    else:
        choices[key] = int(owner_id)
    target = _me_path()
    temp = target.with_name(f".{ME_FILE}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(choices, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temp, target)


def _connected_role(session: Session) -> str | None:
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return None
    return str(session.scalar(select(func.current_user())) or "") or None


def me(session: Session) -> Owner | None:
    """The team member at this computer (the owner "me" of filters, new leads and follow-ups).

    Order: the choice made on this computer for this database; on PostgreSQL the member
    whose login is the connected role; on SQLite the choice an older version stored in the
    file, else the first active member (a solo database has one). ``None`` when nobody
    fits: the window then asks "Who are you?".
    """
    chosen = _local_me_id(session)
    if chosen is not None:
        owner = session.get(Owner, chosen)
        if owner is not None and owner.active:
            return owner
    role = _connected_role(session)
    if role is not None:
        return session.scalars(
            select(Owner).where(Owner.active, func.lower(Owner.login) == role.lower()).limit(1)
        ).first()
    stored = session.get(Setting, LEGACY_ME)
    legacy = stored.value if stored is not None else ""
    if legacy.isdecimal():
        owner = session.get(Owner, int(legacy))
        if owner is not None and owner.active:
            return owner
    return session.scalars(select(Owner).where(Owner.active).order_by(Owner.id).limit(1)).first()


def needs_introduction(session: Session) -> bool:
    """True when the window should ask "Who are you?" (nobody is "me" on this computer)."""
    return me(session) is None
