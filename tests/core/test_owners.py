"""Team members (``crm.owners``): add, rename, initials, colour, deactivate with hand-over,
and "me" kept per computer and per database, never in the shared database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from salesdesk import paths
from salesdesk.crm import owners, settings
from salesdesk.db import Database, open_database
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Setting, Stage
from salesdesk.db.types import utcnow
from salesdesk.errors import UserError


def test_a_fresh_database_has_nobody_and_asks_who_you_are(db: Database) -> None:
    with db.session() as s:
        assert owners.members(s) == []
        assert owners.me(s) is None
        assert owners.needs_introduction(s)


def test_add_makes_initials_and_colour_and_refuses_a_name_twice(any_db: Database) -> None:
    with any_db.transaction() as s:
        anna = owners.add(s, "  Anna-Liisa   Virtanen ")
        assert (anna.name, anna.initials) == ("Anna-Liisa Virtanen", "AV")
        assert anna.color.startswith("#") and len(anna.color) == 7
        mikko = owners.add(s, "Mikko", initials="mk", color="#00AA11")
        assert (mikko.initials, mikko.color) == ("MK", "#00aa11")
    with any_db.transaction() as s, pytest.raises(UserError, match="already"):
        owners.add(s, "anna-liisa virtanen")
    with any_db.transaction() as s, pytest.raises(UserError, match="already"):
        owners.add(s, "ÄIJÄ Öljynen")
        owners.add(s, "äijä öljynen")
    for bad in ({"initials": "A B"}, {"initials": "TOOLONG"}, {"color": "red"}):
        with any_db.transaction() as s, pytest.raises(UserError):
            owners.add(s, "Someone Else", **bad)
    with any_db.transaction() as s, pytest.raises(UserError):
        owners.add(s, "   ")


def test_rename_refuses_another_members_name(db: Database) -> None:
    with db.transaction() as s:
        a = owners.add(s, "Anna Virtanen")
        owners.add(s, "Mikko Mäkinen")
        owners.rename(s, a, "Anna Korhonen")
        assert owners.find(s, "anna korhonen") is a
        with pytest.raises(UserError):
            owners.rename(s, a, "mikko mäkinen")


def _lead(s, owner: Owner, stage_key: str) -> Lead:
    stage = s.scalars(select(Stage).where(Stage.key == stage_key)).one()
    contact = Contact(name=f"Customer of {owner.name}")
    s.add(contact)
    s.flush()
    lead = Lead(
        title=f"{owner.name} {stage_key}", contact_id=contact.id, stage_id=stage.id, owner_id=owner.id
    )
    s.add(lead)
    s.flush()
    return lead


def test_deactivate_keeps_leads_and_hands_open_ones_over(any_db: Database) -> None:
    with any_db.transaction() as s:
        anna = owners.add(s, "Anna Virtanen")
        mikko = owners.add(s, "Mikko Mäkinen")
        open_lead = _lead(s, anna, "sql")
        won_lead = _lead(s, anna, "won")
        s.add(FollowUp(uid="u1", lead_id=open_lead.id, title="Call", due_at=utcnow(), owner_id=anna.id))
        s.add(
            FollowUp(
                uid="u2", lead_id=won_lead.id, title="Old", due_at=utcnow(), owner_id=anna.id, status="done"
            )
        )
        ids = (anna.id, mikko.id, open_lead.id, won_lead.id)
    with any_db.transaction() as s:
        result = owners.deactivate(s, s.get(Owner, ids[0]), hand_to=s.get(Owner, ids[1]))
        assert (result.leads, result.followups) == (1, 1)
    with any_db.session() as s:
        assert not s.get(Owner, ids[0]).active
        assert s.get(Lead, ids[2]).owner_id == ids[1]
        assert s.get(Lead, ids[3]).owner_id == ids[0]  # a won deal stays with who won it
        by_uid = {f.uid: f.owner_id for f in s.scalars(select(FollowUp))}
        assert by_uid == {"u1": ids[1], "u2": ids[0]}
        # An inactive member cannot take leads.
        with pytest.raises(UserError):
            owners.deactivate(s, s.get(Owner, ids[1]), hand_to=s.get(Owner, ids[0]))


def test_deactivate_without_hand_over_keeps_everything(db: Database) -> None:
    with db.transaction() as s:
        anna = owners.add(s, "Anna Virtanen")
        lead_id = _lead(s, anna, "mql").id
        owners.deactivate(s, anna)
    with db.session() as s:
        assert s.get(Lead, lead_id).owner_id is not None
        assert [m.active for m in owners.members(s)] == [False]


def test_me_is_kept_on_this_computer_per_database(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite3")
    second = open_database(tmp_path / "b.sqlite3")
    try:
        with first.transaction() as s:
            owners.add(s, "Anna Virtanen")
            mikko = owners.add(s, "Mikko Mäkinen")
            owners.set_me(s, mikko.id)
        with second.transaction() as s:
            owners.add(s, "Tiina Laine")
        with first.session() as s:
            assert owners.me(s).name == "Mikko Mäkinen"
            # Nothing about "me" is written into the (possibly shared) database.
            assert s.get(Setting, settings.ME) is None
        with second.session() as s:
            assert owners.me(s).name == "Tiina Laine"
        stored = json.loads((paths.data_dir() / owners.ME_FILE).read_text("utf-8"))
        assert len(stored) == 1 and list(stored.values()) == [mikko.id]
    finally:
        first.dispose()
        second.dispose()


def test_a_choice_made_by_an_older_version_in_a_sqlite_file_still_counts(db: Database) -> None:
    with db.transaction() as s:
        owners.add(s, "Anna Virtanen")
        mikko = owners.add(s, "Mikko Mäkinen")
        settings.put(s, settings.ME, str(mikko.id))
    with db.session() as s:
        assert owners.me(s).id == mikko.id


@pytest.mark.pg
def test_on_postgresql_me_defaults_to_the_member_whose_login_is_the_connected_role(any_db: Database) -> None:
    with any_db.transaction() as s:
        owners.add(s, "Anna Virtanen")
        owners.add(s, "Mikko Mäkinen")
        role = (
            s.connection().exec_driver_sql("select current_user").scalar() if not any_db.is_sqlite else None
        )
    with any_db.session() as s:
        if role is None:
            assert owners.me(s).name == "Anna Virtanen"  # SQLite: the first member
            return
        # Nobody's login is the role yet: nobody is "me" (the window asks), not the first rep.
        assert owners.me(s) is None
    with any_db.transaction() as s:
        owners.set_login(owners.require(s, "Mikko Mäkinen"), role)
    with any_db.session() as s:
        assert owners.me(s).name == "Mikko Mäkinen"


def test_settings_me_and_owner_by_name_use_the_same_rules(db: Database) -> None:
    with db.transaction() as s:
        anna = owners.add(s, "Anna Virtanen")
        mikko = owners.add(s, "Mikko Mäkinen")
        _lead(s, anna, "sql")
        _lead(s, mikko, "sql")
        owners.set_me(s, mikko.id)
    with db.session() as s:
        assert settings.me(s).id == mikko.id
        assert settings.owner_by_name(s, "MM").id == mikko.id
