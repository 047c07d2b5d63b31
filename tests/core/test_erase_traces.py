"""Erasing a person leaves none of their data: not in the rows, not in the search index,
not in the raw bytes of the SQLite file or its WAL; backups made before are found and,
on request, re-made without the person."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, insert, inspect, select, text

from salesdesk.crm import erasure
from salesdesk.crm import leads as lead_rules
from salesdesk.db import backup, open_database, search_index
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Referral, StageChange
from salesdesk.db.types import utcnow

# Every value the person had: an earlier e-mail (corrected before the erase) included.
OLD_EMAIL = "zebolder@oldmailbox.fi"
PERSON = {
    "name": "Zebulon Quixbert",
    "first_name": "Zebulon",
    "last_name": "Quixbert",
    "title": "Chiefwrangler",
    "email": "zebulon@quixbertmail.fi",
    "email2": "zq.private@kotiposti.fi",
    "phone": "+358401112233",
    "mobile": "+358509998877",
    "street": "Xyzzykatu 5",
    "postal_code": "FI-70199",  # a bare 5-digit code may turn up in any timestamp
    "city": "Kuopio",
    "website": "https://zebulonpages.fi",
    "linkedin": "https://linkedin.com/in/zebulonq",
    "notes": "Likesplumbus",
}
NOTE_WORDS = [
    "Oldsecretnote",
    "Grobblenote",
    "Wantsflarnix",
    "Snorkelvisit",
    "Blorptalk",
    "Fizzlethanks",
    "Mumblestage",
]


def _needles() -> list[str]:
    """The strings to look for: each value, its words, phone forms (+358…, 0…, bare)."""
    values = [v for k, v in PERSON.items() if k not in ("website", "linkedin")]
    values += ["zebulonpages", "zebulonq", OLD_EMAIL, "zebolder", "oldmailbox", *NOTE_WORDS]
    for phone in (PERSON["phone"], PERSON["mobile"]):
        values += ["0" + phone[4:], phone[4:]]
    out: set[str] = set()
    for v in values:
        out.add(v)
        for word in v.replace("@", " ").replace(".", " ").split():
            if len(word) >= 5:
                out.add(word)
                out.add(word.lower())
                if word.isalpha():
                    out.add(word.lower()[2:])  # FTS5 stores terms prefix-compressed
    return sorted(out)


def _make_person(s) -> tuple[int, int]:
    c = Contact(**{**PERSON, "email": OLD_EMAIL})
    s.add(c)
    s.flush()
    lead = lead_rules.create_lead(
        s,
        contact=c,
        title="Zebulon Quixbert: saunat",
        value_cents=5000,
        notes="Wantsflarnix",
        source_detail="Suositus Quixbert",
    )
    s.add(Note(lead_id=lead.id, contact_id=c.id, body="Grobblenote"))
    s.add(
        FollowUp(
            uid="erase-test-1",
            lead_id=lead.id,
            title="Snorkelvisit Zebulon",
            note="Blorptalk",
            due_at=utcnow(),
        )
    )
    s.add(StageChange(lead_id=lead.id, note="Mumblestage", changed_at=utcnow() - timedelta(days=1)))
    friend = Contact(name="Ystävä Virtanen", city="Oulu")
    s.add(friend)
    s.flush()
    s.add(Referral(referrer_id=friend.id, referred_contact_id=c.id, note="Fizzlethanks"))
    return c.id, lead.id


def _with_person(database) -> tuple[int, int]:
    with database.transaction() as s:
        cid, lead_id = _make_person(s)
    with database.transaction() as s:  # a note written and deleted later
        s.add(Note(contact_id=cid, body="Oldsecretnote " * 3))
    with database.transaction() as s:
        s.delete(s.scalars(select(Note).where(Note.body.startswith("Oldsecretnote"))).one())
    with database.transaction() as s:  # the e-mail corrected later: the old one was data too
        s.get(Contact, cid).email = PERSON["email"]
    with database.transaction() as s:  # someone else, so the tables are not simply empty
        other = Contact(name="Ville Muukalainen", email="ville@muukalainen.fi", city="Oulu")
        s.add(other)
        s.flush()
        lead_rules.create_lead(s, contact=other, title="Ville: katto", value_cents=100)
    return cid, lead_id


def _every_row_text(database) -> str:
    """Every value of every table (the FTS5 shadow tables included on SQLite)."""
    parts: list[str] = []
    with database.session() as s:
        names = inspect(s.connection()).get_table_names()
        for name in names:
            for row in s.execute(text(f'SELECT * FROM "{name}"')):
                parts.extend(
                    v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row if v is not None
                )
    return "\n".join(parts)


def test_erase_leaves_no_value_in_any_row(any_db) -> None:
    cid, lead_id = _with_person(any_db)
    report = erasure.erase(any_db, cid)
    assert report.erasure.contact_id == cid
    found = [n for n in _needles() if n in _every_row_text(any_db)]
    assert found == []
    with any_db.session() as s:
        assert s.scalars(search_index.matching_ids(s, "lead", "Kuopio")).all() == []
        assert s.scalars(search_index.matching_ids(s, "contact", "Zebulon")).all() == []
        lead = s.get(Lead, lead_id)
        assert lead.value_cents == 5000 and lead.contact_id == cid  # the figures stay
        assert s.scalars(search_index.matching_ids(s, "lead", "Ville")).all() != []


def test_erase_leaves_no_byte_in_sqlite_file_or_wal(db) -> None:
    # Python's SQLite on Windows and macOS is built without SECURE_DELETE (Debian's with):
    # deleted bytes stay in free space. Do the same here, so the earlier edits leave some.
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA secure_delete = OFF"))
    with db.transaction() as s:  # enough contacts that the e-mail index spans many pages
        s.execute(
            insert(Contact), [{"name": f"Filler {i}", "email": f"m{i:05d}@filler.fi"} for i in range(3000)]
        )
    cid, _ = _with_person(db)
    with db.transaction() as s:  # an e-mail long ago, far from the current one in the index
        s.get(Contact, cid).email = "aaazebulon@oldmailbox.fi"
    with db.transaction() as s:
        s.get(Contact, cid).email = PERSON["email"]
    wal = db.path.with_name(db.path.name + "-wal")
    raw = db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Chiefwrangler" in raw and b"aaazebulon" in raw
    report = erasure.erase(db, cid)
    assert report.file_clean
    # read while the database is still open: nothing may hide in the WAL either
    wal = db.path.with_name(db.path.name + "-wal")
    raw = db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    found = [n for n in [*_needles(), "aaazebulon"] if n.encode() in raw]
    assert found == []
    with db.session() as s:
        assert s.scalar(select(Contact.name).where(Contact.id == cid)) == f"Erased contact {cid}"


def test_backups_before_the_erase_are_counted_and_remade(db) -> None:
    cid, lead_id = _with_person(db)
    before = backup.backup_database(db, reason="daily")
    unrelated = backup.backup_database(db, reason="manual")
    report = erasure.erase(db, cid)
    assert sorted(report.backups_holding) == sorted([before, unrelated])
    assert report.backups_remade == [] and report.backups_deleted == []
    for path in (before, unrelated):
        assert b"Chiefwrangler" in path.read_bytes()

    again = erasure.erase(db, cid, purge_backups=True)  # a second erase finds them by the hashes
    assert sorted(again.backups_remade) == sorted([before, unrelated])
    for path in (before, unrelated):
        raw = path.read_bytes()
        assert [n for n in _needles() if n.encode() in raw] == []
        assert not path.with_name(path.name + "-wal").exists()
        copy = open_database(path, upgrade=False)
        with copy.session() as s:
            assert s.get(Lead, lead_id).value_cents == 5000
            assert s.scalar(select(Contact.email).where(Contact.id == cid)) == ""
        copy.dispose()
    assert erasure.erase(db, cid).backups_holding == []


def test_purge_at_erase_time(db) -> None:
    cid, _ = _with_person(db)
    made = backup.backup_database(db, reason="daily")
    report = erasure.erase(db, cid, purge_backups=True)
    assert report.backups_remade == [made] and report.backups_holding == []
    assert [n for n in _needles() if n.encode() in made.read_bytes()] == []


def test_backup_of_another_database_is_left_alone(db, tmp_path) -> None:
    """Same contact id in a backup of some other database: a different person, untouched."""
    other = open_database(tmp_path / "other.sqlite3")
    with other.transaction() as s:
        s.add(Contact(name="Toinen Ihminen", email="toinen@ihminen.fi"))
    foreign = backup.backup_database(other, reason="daily")
    other.dispose()
    cid, _ = _with_person(db)
    assert cid == 1
    report = erasure.erase(db, cid, purge_backups=True)
    assert report.backups_holding == [] and report.backups_remade == []
    assert b"toinen@ihminen.fi" in foreign.read_bytes()
