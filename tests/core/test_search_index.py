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


ODD_PHONES = [
    "",
    "040-111 22 44",
    "+358 (0)40 111 2255;ext=7",
    "09 123 45 (vaihde)",
    " 0401112266 ",
    "00358401112277",
    "123",
    "+3584",
    "1234",
    "+44 20 7946 0958",
    ";ext=5",
    "(09) 4567 890",
    "05012345678x",
]


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
                    "mobile": "+46701234567" if i % 5 == 0 else ODD_PHONES[i % len(ODD_PHONES)],
                    "notes": "ends with a space " if i % 4 == 0 else "",
                    "organization_id": ids["org"] if i % 7 == 0 else None,
                }
                for i in range(20)
            ],
        )
    with any_db.session() as session:
        before = {(e.kind, e.ref_id): (e.body, e.phones) for e in session.scalars(select(SearchEntry))}
    with any_db.transaction() as session:
        everyone = session.scalars(select(Contact.id)).all()
        search_index.reindex(session, contact_ids=everyone, bulk=True)
    with any_db.transaction() as session:
        bulk = {(e.kind, e.ref_id): (e.body, e.phones) for e in session.scalars(select(SearchEntry))}
        search_index.reindex(session, contact_ids=everyone)  # row by row
    with any_db.session() as session:
        rows = {(e.kind, e.ref_id): (e.body, e.phones) for e in session.scalars(select(SearchEntry))}
    assert bulk == rows
    assert {p for _, p in rows.values()} >= {"0401112244 358401112244", "358401112255 0401112255", ""}
    assert {k: v for k, v in bulk.items() if k in before} == before  # nothing changed, same text
    assert len(bulk) == len(everyone) + 1  # every contact and the one lead, no doubles
    assert len(_find(any_db, "contact", "040 111 2233")) == 10
    assert len(_find(any_db, "contact", "111 22")) == 10 + 4  # 2233 ten times; 2244, 2255, 2266, 2277
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


def _add_tricky(db: Database) -> dict[str, int]:
    """Names where "inside a word" and "at a word start" give different answers."""
    people = {
        "aane": dict(kind="organization", name="Äänekosken Öljy Oy", city="Äänekoski"),
        "oyj": dict(kind="organization", name="Koivisto-Yhtiöt Oyj", email="info@koivisto-yhtiot.fi"),
        "boyd": dict(name="Boyd Roy", first_name="Boyd", last_name="Roy", city="Troy"),
        "asa": dict(name="Åsa Öberg", first_name="Åsa", last_name="Öberg", email="asa.oberg@firma-ab.se"),
        "lind": dict(
            name="Leena Lindroos", first_name="Leena", last_name="Lindroos", title="Toimitusjohtaja"
        ),
        "soren": dict(name="Søren Ærø", first_name="Søren", last_name="Ærø", notes="Kävi messuilla – sopi"),
    }
    with db.transaction() as session:
        rows = {key: Contact(**values) for key, values in people.items()}
        session.add_all(rows.values())
        session.flush()
        return {key: c.id for key, c in rows.items()}


TRICKY = [
    ("oy", {"aane", "oyj"}),  # not Boyd, Roy or Troy: "oy" is inside those words
    ("OY", {"aane", "oyj"}),
    ("oyj", {"oyj"}),
    ("Oyj", {"oyj"}),
    ("roy", {"boyd"}),
    ("öljy", {"aane"}),
    ("oljy", {"aane"}),
    ("ÄÄNEK", {"aane"}),
    ("aanekoski", {"aane"}),
    ("koivisto-yht", {"oyj"}),
    ("yhtiot", {"oyj"}),
    ("Yhtiöt", {"oyj"}),
    ("isto", set()),
    ("asa.oberg@firma-ab.se", {"asa"}),
    ("asa.oberg", {"asa"}),
    ("oberg@firma", {"asa"}),
    ("firma-ab", {"asa"}),
    ("ab.se", {"asa"}),
    ("se", {"asa"}),
    ("berg", set()),
    ("roos", set()),
    ("lindr", {"lind"}),
    ("johtaja", set()),
    ("toimitusj", {"lind"}),
    ("søren", {"soren"}),
    ("SØREN ÆRØ", {"soren"}),
    ("sopi", {"soren"}),
    ("messuilla–sopi", {"soren"}),
    ("leena oy", set()),
    ("info koivisto", {"oyj"}),
]


@pytest.mark.pg
@pytest.mark.parametrize("kind", ["contact", "lead"])
def test_words_match_at_word_starts_on_both_engines(any_db: Database, kind: str) -> None:
    """One behaviour everywhere: every word of the query is the start of a word of the text
    (FTS5 prefix queries on SQLite, a 'simple' tsvector prefix query on PostgreSQL), ignoring
    case and diacritics; e-mail addresses and hyphenated words are words joined by
    punctuation. PostgreSQL matched inside words ("oy" found "Boyd")."""
    ids = _add_tricky(any_db)
    if kind == "lead":
        with any_db.transaction() as session:
            stage = session.scalars(select(Stage).order_by(Stage.position)).first()
            assert stage is not None
            leads = {key: Lead(contact_id=cid, stage_id=stage.id, title="Kauppa") for key, cid in ids.items()}
            session.add_all(leads.values())
            session.flush()
            ids = {key: lead.id for key, lead in leads.items()}
    for query, expected in TRICKY:
        assert _find(any_db, kind, query) == {ids[k] for k in expected}, query


def test_the_fold_table_is_the_one_fts5_uses(db: Database) -> None:
    """PostgreSQL folds case and diacritics with search_index's table; it must be what
    SQLite's FTS5 (unicode61, remove_diacritics 2) does to every Latin letter."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.t USING fts5(b, tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.v USING fts5vocab(temp, t, 'row')")
        for cp in range(0xC0, 0x250):
            ch = chr(cp)
            conn.exec_driver_sql("DELETE FROM temp.t")
            conn.exec_driver_sql("INSERT INTO temp.t (b) VALUES (?)", (f"{ch}x",))
            tokens = [r[0] for r in conn.exec_driver_sql("SELECT term FROM temp.v")]
            ours = search_index._tokens(f"{ch}x")
            assert ours == tokens, (hex(cp), ch, ours, tokens)


def _add_phones(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        people = {
            "tiina": Contact(name="Tiina Puhelin", mobile="+358409910455"),
            "aino": Contact(name="Aino Numero", phone="+358401234567"),
            "middle": Contact(name="Keski Nelonen", phone="+358454567890"),  # 4567 in the middle
            "end": Contact(name="Loppu Nelonen", mobile="+358501114567", phone="+358501114568;ext=12"),
            "sweden": Contact(name="Sven Svensson", phone="+46701234999"),
            "kept": Contact(name="Vaihde Oy", kind="organization", phone="09 123 45 (vaihde)"),
            "national": Contact(name="Kansallinen Numero", phone="0505557777"),
        }
        session.add_all(people.values())
        session.flush()
        stage = session.scalars(select(Stage).order_by(Stage.position)).first()
        assert stage is not None
        leads = {k: Lead(contact_id=c.id, stage_id=stage.id, title=f"Liidi {k}") for k, c in people.items()}
        session.add_all(leads.values())
        session.flush()
        ids = {k: c.id for k, c in people.items()}
        ids.update({f"lead:{k}": lead.id for k, lead in leads.items()})
        return ids


PHONES = [
    ("123 4567", {"aino"}),
    ("1234567", {"aino"}),
    ("040 123", {"aino"}),
    ("9910455", {"tiina"}),
    ("991 04 55", {"tiina"}),
    ("+358 40 991 0455", {"tiina"}),
    ("+358409910455", {"tiina"}),
    ("358409910455", {"tiina"}),
    ("00358 40 991 0455", {"tiina"}),
    ("040-991 0455", {"tiina"}),
    ("0409910455", {"tiina"}),
    ("+358 (0)40 991 0455", {"tiina"}),
    ("4567", {"aino", "middle", "end"}),  # any run of four digits, the end of a number too
    ("114568", {"end"}),  # the second number, before its extension
    ("4999", {"sweden"}),
    ("+46 70 123", {"sweden"}),
    ("0701234999", set()),  # a Swedish number has no Finnish national form
    ("358505557777", {"national"}),
    ("+358 50 555", {"national"}),
    ("5557777", {"national"}),
    ("040 999 9999", set()),
    ("Nelonen 4567", {"middle", "end"}),
    ("Loppu 4567", {"end"}),
]


@pytest.mark.pg
def test_any_four_digits_of_a_number_find_it(any_db: Database) -> None:
    ids = _add_phones(any_db)
    for query, expected in PHONES:
        assert _find(any_db, "contact", query) == {ids[k] for k in expected}, query
        assert _find(any_db, "lead", query) == {ids[f"lead:{k}"] for k in expected}, query


def test_contact_phones_text() -> None:
    assert search_index.contact_phones("+358401234567", "") == "358401234567 0401234567"
    assert search_index.contact_phones("0401234567", "+46701234999") == "0401234567 358401234567 46701234999"
    assert search_index.contact_phones("+358 (0)40-123 45.67;ext=9", None) == "358401234567 0401234567"
    assert search_index.contact_phones("09 123 45 (vaihde)", "123") == ""
    assert search_index.contact_phones("", "") == ""


def test_postgresql_word_search_reads_its_gin_index(any_db: Database) -> None:
    """The tsvector in the query is the expression the migration indexed (same fold table)."""
    if any_db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    _add_tricky(any_db)
    with any_db.session() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        terms = search_index._PG_TERMS_SQL.format(col="search_entries.body")
        query = "('koivisto' <-> 'yht':*)"
        sql = f"EXPLAIN SELECT id FROM search_entries WHERE {terms} @@ CAST(:q AS tsquery)"
        plan = "\n".join(r[0] for r in session.execute(text(sql), {"q": query}))
        assert search_index._ts_phrase("koivisto-yht") == query
    assert "search_entries_terms" in plan, plan
