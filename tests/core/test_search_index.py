"""The search index follows ORM edits, ignores case and diacritics and finds phone numbers
in the forms people type them, on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select, text

from salesdesk.db import Database, search_index
from salesdesk.db.models import Contact, Lead, SearchEntry, Stage


def _find(db: Database, kind: str, query: str) -> set[int]:
    with db.session() as session:
        return set(session.scalars(search_index.matching_ids(session, kind, query)))


def _add_people(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        org = Contact(
            kind="organization", name="Konepaja Koskinen Oy", business_id="1234567-1", city="Tampere"
        )
        session.add(org)
        session.flush()
        aino = Contact(
            name="Aino Mäkinen",
            first_name="Aino",
            last_name="Mäkinen",
            organization_id=org.id,
            email="aino.makinen@koskinen.fi",
            mobile="+358401234567",
            title="Hankintapäällikkö",
        )
        erik = Contact(
            name="Erik Ström", first_name="Erik", last_name="Ström", email="erik@strom.se", city="Malmö"
        )
        session.add_all([aino, erik])
        session.flush()
        stage = session.scalars(select(Stage).order_by(Stage.position)).first()
        assert stage is not None
        lead = Lead(
            contact_id=aino.id, stage_id=stage.id, title="CNC-sorvi", source_detail="Alihankinta 2026"
        )
        session.add(lead)
        session.flush()
        return {"org": org.id, "aino": aino.id, "erik": erik.id, "lead": lead.id}


@pytest.mark.pg
def test_new_contacts_and_leads_are_found(any_db: Database) -> None:
    ids = _add_people(any_db)
    assert _find(any_db, "contact", "Aino") == {ids["aino"]}
    assert _find(any_db, "contact", "aino.makinen@koskinen.fi") == {ids["aino"]}
    assert _find(any_db, "contact", "1234567-1") == {ids["org"]}
    assert _find(any_db, "contact", "Koskinen") == {ids["org"], ids["aino"]}  # her organization too
    assert _find(any_db, "contact", "hankintapäällikkö") == {ids["aino"]}
    assert _find(any_db, "lead", "CNC") == {ids["lead"]}
    assert _find(any_db, "lead", "Aino Koskinen") == {ids["lead"]}  # contact and organization
    assert _find(any_db, "lead", "Alihankinta") == {ids["lead"]}
    assert _find(any_db, "lead", "Erik") == set()


@pytest.mark.pg
def test_every_word_must_match(any_db: Database) -> None:
    ids = _add_people(any_db)
    assert _find(any_db, "contact", "Aino Mäkinen") == {ids["aino"]}
    assert _find(any_db, "contact", "Aino Ström") == set()
    assert _find(any_db, "contact", "   ") == {ids["org"], ids["aino"], ids["erik"]}


@pytest.mark.pg
def test_case_and_diacritics_do_not_matter(any_db: Database) -> None:
    ids = _add_people(any_db)
    for query in ("mäkinen", "MÄKINEN", "makinen", "Makinen"):
        assert ids["aino"] in _find(any_db, "contact", query), query
    assert _find(any_db, "contact", "strom") == {ids["erik"]}
    assert _find(any_db, "contact", "malmo") == {ids["erik"]}


@pytest.mark.pg
def test_phone_numbers_in_any_form(any_db: Database) -> None:
    ids = _add_people(any_db)
    for query in (
        "+358401234567",
        "0401234567",
        "040 123 4567",
        "040-1234567",
        "+358 40 123 4567",
        "401234567",
    ):
        assert _find(any_db, "contact", query) == {ids["aino"]}, query
        assert _find(any_db, "lead", query) == {ids["lead"]}, query
    assert _find(any_db, "contact", "040 999 9999") == set()


@pytest.mark.pg
def test_edits_and_deletes_keep_the_index_in_step(any_db: Database) -> None:
    ids = _add_people(any_db)
    with any_db.transaction() as session:
        aino = session.get(Contact, ids["aino"])
        assert aino is not None
        aino.last_name = "Virtanen"
        aino.name = "Aino Virtanen"
        aino.email = "aino.virtanen@koskinen.fi"
    assert _find(any_db, "contact", "Virtanen") == {ids["aino"]}
    assert _find(any_db, "contact", "Mäkinen") == set()
    # The lead's text carries its contact's name: it follows the rename.
    assert _find(any_db, "lead", "Virtanen") == {ids["lead"]}

    with any_db.transaction() as session:
        lead = session.get(Lead, ids["lead"])
        assert lead is not None
        lead.title = "Robottisolu"
    assert _find(any_db, "lead", "Robottisolu") == {ids["lead"]}
    assert _find(any_db, "lead", "CNC") == set()

    with any_db.transaction() as session:
        lead = session.get(Lead, ids["lead"])
        session.delete(lead)
    assert _find(any_db, "lead", "Robottisolu") == set()
    with any_db.session() as session:
        assert session.scalars(select(SearchEntry).where(SearchEntry.kind == "lead")).all() == []


@pytest.mark.pg
def test_a_rollback_leaves_no_entries(any_db: Database) -> None:
    with any_db.session() as session:
        session.add(Contact(name="Ghost Person", first_name="Ghost", last_name="Person"))
        session.flush()
        session.rollback()
    assert _find(any_db, "contact", "Ghost") == set()
    with any_db.session() as session:
        assert session.scalars(select(SearchEntry)).all() == []


@pytest.mark.pg
def test_bulk_inserts_are_indexed_by_reindex_and_rebuild(any_db: Database) -> None:
    with any_db.transaction() as session:
        session.execute(
            insert(Contact),
            [{"name": f"Bulk Person{i}", "first_name": "Bulk", "last_name": f"Person{i}"} for i in range(30)],
        )
    assert _find(any_db, "contact", "Bulk") == set()  # bulk writers must reindex themselves
    with any_db.transaction() as session:
        ids = session.scalars(select(Contact.id)).all()
        search_index.reindex(session, contact_ids=ids[:10])
    assert len(_find(any_db, "contact", "Bulk")) == 10
    with any_db.transaction() as session:
        search_index.rebuild(session)
    assert len(_find(any_db, "contact", "Bulk")) == 30
    assert len(_find(any_db, "contact", "Person17")) == 1
    # A bulk reindex suspends the FTS trigger only for its own work: ORM writes still index.
    with any_db.transaction() as session:
        ids = session.scalars(select(Contact.id)).all()
        search_index.reindex(session, contact_ids=ids[:5], bulk=True)
        session.add(Contact(name="After Bulk", first_name="After", last_name="Bulk"))
    assert len(_find(any_db, "contact", "After")) == 1
    assert len(_find(any_db, "contact", "Bulk")) == 31


@pytest.mark.pg
def test_bulk_reindex_writes_what_the_row_by_row_path_writes(any_db: Database) -> None:
    """On SQLite the bulk path computes the text inside the database (SQL equal to the
    Python functions) and feeds FTS5 in one pass: same bodies as the ORM path, an FTS index
    that passes its own integrity check, and FTS5's merge setting left as it was."""
    ids = _add_people(any_db)
    with any_db.transaction() as session:
        session.execute(
            insert(Contact),
            [
                {
                    "name": f"Bulk Person{i}" if i % 3 else f"Mr Person{i}",
                    "first_name": "Bulk",
                    "last_name": f"Person{i}",
                    "phone": "+358401112233" if i % 2 else "",
                    "mobile": "+46701234567" if i % 5 == 0 else "",
                    "notes": "ends with a space " if i % 4 == 0 else "",
                    "organization_id": ids["org"] if i % 7 == 0 else None,
                }
                for i in range(20)
            ],
        )
    with any_db.session() as session:
        before = {(e.kind, e.ref_id): e.body for e in session.scalars(select(SearchEntry))}
    with any_db.transaction() as session:
        everyone = session.scalars(select(Contact.id)).all()
        search_index.reindex(session, contact_ids=everyone, bulk=True)
    with any_db.transaction() as session:
        bulk = {(e.kind, e.ref_id): e.body for e in session.scalars(select(SearchEntry))}
        search_index.reindex(session, contact_ids=everyone)  # row by row
    with any_db.session() as session:
        rows = {(e.kind, e.ref_id): e.body for e in session.scalars(select(SearchEntry))}
    assert bulk == rows
    assert {k: v for k, v in bulk.items() if k in before} == before  # nothing changed, same text
    assert len(bulk) == len(everyone) + 1  # every contact and the one lead, no doubles
    assert len(_find(any_db, "contact", "040 111 2233")) == 10
    assert _find(any_db, "lead", "Aino CNC") == {ids["lead"]}
    if any_db.engine.dialect.name == "sqlite":
        with any_db.transaction() as session:
            session.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
            config = dict(session.execute(text("SELECT k, v FROM search_fts_config")).all())
        assert config.get("automerge", 4) == 4


@pytest.mark.pg
def test_like_wildcards_are_taken_literally(any_db: Database) -> None:
    _add_people(any_db)
    assert _find(any_db, "contact", "%") == _find(any_db, "contact", "")
    assert _find(any_db, "contact", "a_no") == set()


def test_every_session_factory_keeps_the_index_even_when_ids_are_reused(db: Database) -> None:
    import gc

    from sqlalchemy.orm import sessionmaker

    ids = set()
    for i in range(25):
        factory = sessionmaker(db.engine)
        ids.add(id(factory))
        search_index.install(factory)
        search_index.install(factory)  # twice: entries are still written once
        with factory() as session:
            session.add(Contact(name=f"Factory Person{i}"))
            session.commit()
            entries = session.scalars(
                select(SearchEntry.body).where(SearchEntry.body == f"Factory Person{i}")
            )
            assert entries.all() == [f"Factory Person{i}"], i
        del factory, session
        if i == 12:
            gc.collect()
    assert len(ids) < 25  # addresses were reused: the case that once went unindexed
