"""The search index: one ``SearchEntry`` of text per lead and per contact.

SQLite keeps an FTS5 index over ``search_entries`` through triggers (see the first
migration); PostgreSQL uses a GIN full-text index. The ORM keeps the entries in step:
every flush that touches a Lead or a Contact marks them, and the commit rewrites their text.
Bulk writers that bypass the ORM (the importer, the demo) call ``reindex()`` themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    and_,
    column,
    delete,
    event,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session, aliased, sessionmaker

from salesdesk.db.models import Contact, Lead, SearchEntry

_CHUNK = 500


def _join(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


def _phone_forms(phone: str) -> str:
    # "+358401234567" is also found as "0401234567" and "401234567".
    if phone.startswith("+358"):
        return _join(phone, "0" + phone[4:], phone[4:])
    return phone


_PHONE_JUNK = " -()/.+"


def phone_digits(phone: str | None) -> str:
    """The digit forms of one stored phone, for substring search: international and, for
    a Finnish number, national ("+358401234567" -> "358401234567 0401234567"; "0401234567"
    -> "0401234567 358401234567"). An extension (";ext=12") is left out; a number kept as
    written with anything but digits and " -()/.+" in it has no digit form (its words are
    still in the text)."""
    text_ = (phone or "").split(";", 1)[0].strip(" ")
    digits = text_.replace("(0)", "")
    for ch in _PHONE_JUNK:
        digits = digits.replace(ch, "")
    if len(digits) < 4 or any(ch not in "0123456789" for ch in digits):
        return ""
    if text_.startswith("+"):
        return f"{digits} 0{digits[3:]}" if digits.startswith("358") else digits
    if digits.startswith("0") and not digits.startswith("00"):
        return f"{digits} 358{digits[1:]}"
    return digits


def contact_phones(phone: str | None, mobile: str | None) -> str:
    """``search_entries.phones`` of a contact: the digit forms of its phones."""
    return _join(phone_digits(phone), phone_digits(mobile))


def contact_body(
    name: str | None,
    first_name: str | None,
    title: str | None,
    email: str | None,
    email2: str | None,
    phone: str | None,
    mobile: str | None,
    city: str | None,
    business_id: str | None,
    notes: str | None,
    organization: str | None,
) -> str:
    """The search text of a contact (its organization's name included)."""
    return _join(
        name,
        first_name if first_name and first_name not in (name or "") else "",
        title,
        email,
        email2,
        _phone_forms(phone or ""),
        _phone_forms(mobile or ""),
        city,
        business_id,
        organization,
        notes,
    )


def lead_body(title: str | None, source_detail: str | None, notes: str | None) -> str:
    """The search text of a lead: its own text. Its contact's name, organization, e-mail
    and phones are found through the contact's entry (see :func:`matching_ids`), so a big
    import does not index them twice."""
    return _join(title, source_detail, notes)


def reindex(
    session: Session,
    *,
    lead_ids: Iterable[int] = (),
    contact_ids: Iterable[int] = (),
    bulk: bool = False,
) -> None:
    """Rewrite the search text of these leads and contacts.

    ``bulk=True`` after loading many rows at once (the importer, the demo). On SQLite the
    text is then computed inside the database (``INSERT … SELECT`` with SQL equal to
    :func:`contact_body` and :func:`lead_body`), and the FTS5 index takes the new entries in
    one pass after them instead of through the insert trigger row by row.
    """
    leads, contacts = set(lead_ids), set(contact_ids)
    if bulk and session.get_bind().dialect.name == "sqlite":
        _reindex_sqlite(session, leads, contacts)
    else:
        _reindex(session, leads, contacts)


def _sql_join(*parts: str) -> str:
    """SQL for :func:`_join` of text expressions: each non-empty part after one space, and
    the leading space cut off (exactly the Python result, checked by the tests)."""
    pieces = " || ".join(f"(CASE WHEN coalesce({p}, '') != '' THEN ' ' || {p} ELSE '' END)" for p in parts)
    return f"substr({pieces}, 2)"


def _sql_phone_forms(col: str) -> str:
    """SQL for :func:`_phone_forms`."""
    return (
        f"(CASE WHEN substr({col}, 1, 4) = '+358' "
        f"THEN {col} || ' 0' || substr({col}, 5) || ' ' || substr({col}, 5) ELSE {col} END)"
    )


def _sql_phone_digits(col: str) -> str:
    """SQL for :func:`phone_digits` (SQLite)."""
    cut = f"(CASE WHEN instr({col}, ';') > 0 THEN substr({col}, 1, instr({col}, ';') - 1) ELSE {col} END)"
    text_ = f"trim(coalesce({cut}, ''), ' ')"
    digits = f"replace({text_}, '(0)', '')"
    for ch in _PHONE_JUNK:
        digits = f"replace({digits}, '{ch}', '')"
    return (
        f"(CASE WHEN length({digits}) < 4 OR {digits} GLOB '*[^0-9]*' THEN '' "
        f"WHEN substr({text_}, 1, 1) = '+' THEN (CASE WHEN substr({digits}, 1, 3) = '358' "
        f"THEN {digits} || ' 0' || substr({digits}, 4) ELSE {digits} END) "
        f"WHEN substr({digits}, 1, 1) = '0' AND substr({digits}, 1, 2) != '00' "
        f"THEN {digits} || ' 358' || substr({digits}, 2) ELSE {digits} END)"
    )


#: :func:`contact_body` and :func:`lead_body` in SQL (contacts ``c``, organization ``o``, lead ``l``)
_CONTACT_BODY_SQL = _sql_join(
    "c.name",
    "(CASE WHEN instr(coalesce(c.name, ''), c.first_name) = 0 THEN c.first_name ELSE '' END)",
    "c.title",
    "c.email",
    "c.email2",
    _sql_phone_forms("c.phone"),
    _sql_phone_forms("c.mobile"),
    "c.city",
    "c.business_id",
    "o.name",
    "c.notes",
)
_LEAD_BODY_SQL = _sql_join("l.title", "l.source_detail", "l.notes")
#: :func:`contact_phones` in SQL
_CONTACT_PHONES_SQL = _sql_join(_sql_phone_digits("c.phone"), _sql_phone_digits("c.mobile"))


def _reindex_sqlite(session: Session, lead_set: set[int], contact_set: set[int]) -> None:
    """``reindex`` in bulk on SQLite: the ids go into temporary tables and every entry is
    rewritten by a few statements that run wholly inside SQLite (no rows through Python)."""
    conn = session.connection()
    run = conn.exec_driver_sql
    for name in ("sd_ri_contacts", "sd_ri_leads"):
        run(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
        run(f"DELETE FROM {name}")
    try:
        if contact_set:
            run("INSERT INTO sd_ri_contacts (id) VALUES (?)", [(i,) for i in sorted(contact_set)])
        if lead_set:
            run("INSERT INTO sd_ri_leads (id) VALUES (?)", [(i,) for i in sorted(lead_set)])
        for kind, ids in (("contact", "sd_ri_contacts"), ("lead", "sd_ri_leads")):
            run(f"DELETE FROM search_entries WHERE kind = '{kind}' AND ref_id IN (SELECT id FROM {ids})")
        # after the deletes: new rows take ids above the highest one left
        first_new = (run("SELECT max(id) FROM search_entries").scalar() or 0) + 1
        trigger = _suspend_fts_insert(session)
        run(
            f"INSERT INTO search_entries (kind, ref_id, body, phones) "
            f"SELECT 'contact', c.id, {_CONTACT_BODY_SQL}, {_CONTACT_PHONES_SQL} FROM contacts c "
            f"LEFT JOIN contacts o ON o.id = c.organization_id WHERE c.id IN (SELECT id FROM sd_ri_contacts)"
        )
        run(
            f"INSERT INTO search_entries (kind, ref_id, body) "
            f"SELECT 'lead', l.id, {_LEAD_BODY_SQL} FROM leads l "
            f"WHERE l.id IN (SELECT id FROM sd_ri_leads)"
        )
        if trigger is not None:
            # Merging FTS5 segments while 100,000 entries go in costs more than the insert;
            # later writes merge them step by step (queries stay fast meanwhile).
            automerge = run("SELECT v FROM search_fts_config WHERE k = 'automerge'").scalar()
            run("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)")
            run(
                "INSERT INTO search_fts (rowid, body) SELECT id, body FROM search_entries WHERE id >= ?",
                (first_new,),
            )
            run("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ?)", (automerge or 4,))
            run(trigger)
    finally:
        run("DROP TABLE IF EXISTS temp.sd_ri_contacts")
        run("DROP TABLE IF EXISTS temp.sd_ri_leads")


def _suspend_fts_insert(session: Session) -> str | None:
    """Drop the trigger that copies new entries into the FTS5 index (SQLite only); returns
    its SQL to recreate it. Inside the caller's transaction, so no one else sees it gone."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'search_entries_ai'")
    ).scalar()
    if sql:
        session.execute(text("DROP TRIGGER search_entries_ai"))
    return str(sql) if sql else None


def _reindex(session: Session, lead_set: set[int], contact_set: set[int]) -> None:
    org = aliased(Contact)
    for chunk in _chunks(sorted(contact_set)):
        rows = session.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.first_name,
                Contact.title,
                Contact.email,
                Contact.email2,
                Contact.phone,
                Contact.mobile,
                Contact.city,
                Contact.business_id,
                Contact.notes,
                org.name,
            )
            .outerjoin(org, Contact.organization_id == org.id)
            .where(Contact.id.in_(chunk))
        ).all()
        _write(
            session,
            "contact",
            chunk,
            {r[0]: (contact_body(*r[1:]), contact_phones(r[6], r[7])) for r in rows},  # type: ignore[call-arg]
        )
    for chunk in _chunks(sorted(lead_set)):
        lead_rows = session.execute(
            select(Lead.id, Lead.title, Lead.source_detail, Lead.notes).where(Lead.id.in_(chunk))
        ).all()
        _write(session, "lead", chunk, {r[0]: (lead_body(*r[1:]), "") for r in lead_rows})


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _write(session: Session, kind: str, ids: list[int], bodies: dict[int, tuple[str, str]]) -> None:
    session.execute(delete(SearchEntry).where(SearchEntry.kind == kind, SearchEntry.ref_id.in_(ids)))
    if bodies:
        # Core executemany: the ORM's bulk path costs more than SQLite itself at 100k rows.
        session.connection().execute(
            cast(Table, SearchEntry.__table__).insert(),
            [{"kind": kind, "ref_id": i, "body": b, "phones": p} for i, (b, p) in bodies.items()],
        )


def rebuild(session: Session) -> None:
    """Rebuild the whole index (after a bulk load, or to mend it)."""
    session.execute(delete(SearchEntry))
    reindex(
        session,
        contact_ids=session.scalars(select(Contact.id)).all(),
        lead_ids=session.scalars(select(Lead.id)).all(),
        bulk=True,
    )
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))


def purge(session: Session, *, lead_ids: Iterable[int] = (), contact_ids: Iterable[int] = ()) -> None:
    """Rewrite the entries of these leads and contacts now and leave no trace of their old
    text in the index (erasing a person).

    Deleting from FTS5 only adds a delete marker: the old terms stay in the segments of
    ``search_fts_data`` until a merge rewrites them. So after the rewrite the segments are
    merged into one ('optimize'), which drops every deleted entry. The old pages' bytes are
    zeroed only when the connection has ``PRAGMA secure_delete`` on (``crm.erasure``
    turns it on for the erase). PostgreSQL keeps no copy of the text besides the rows.
    """
    leads, contacts = set(lead_ids), set(contact_ids)
    session.flush()
    reindex(session, lead_ids=leads, contact_ids=contacts)
    pending = session.info.get("search_dirty")
    if pending:  # rewritten already: the commit need not do it again
        pending["lead"] -= leads
        pending["contact"] -= contacts
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))


_TOKEN = re.compile(r"[\w@.+-]+", re.UNICODE)
_PHONE = re.compile(r"\+?[\d\s()./-]+")
_MIN_DIGITS = 4

# Case and diacritic folding of SQLite's FTS5 tokenizer (unicode61, remove_diacritics 2) for
# every Latin letter, so that PostgreSQL folds the same way (tests/core/test_search_index.py
# checks the table against FTS5). The migration search_2 has the same table in its index.
_FOLD_FROM = (
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩ"
    "ĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƠơƢ"
    "ƤƦƧƩƬƮƯưƱƲƳƵƷƸƼǄǅǇǈǊǋǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǢǤǦǧǨǩǪǫǬǭǮǰǱǲǴǵǶǷǸǹǺǻǼǾȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȞȟȠȢȤȦȧ"
    "ȨȩȪȫȬȭȮȯȰȱȲȳȺȻȽȾɁɃɄɅɆɈɊɌɎ×÷"
)
_FOLD_TO = (
    "aaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddđeeeeeeeeeegggggggghhħii"
    "iiiiiiiĳjjkkllllllŀłnnnnnnŋooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzzsɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵooƣ"
    "ƥʀƨʃƭʈuuʊʋƴƶʒƹƽǆǆǉǉǌǌaaiioouuuuuuuuuuaaǡǣǥggkkooooǯjǳǳggƕƿnnaaǽǿaaaaeeeeiiiioooorrrruuuussttȝhhƞȣȥaa"
    "eeooooooooyyⱥȼƚⱦɂƀʉʌɇɉɋɍɏ  "
)
_FOLD = str.maketrans(_FOLD_FROM, _FOLD_TO)
#: PostgreSQL: the text of an entry as FTS5 tokenizes it (folded, every run of punctuation
#: a space) in a 'simple' tsvector. The GIN index search_entries_terms is on this very
#: expression (migration search_2), so it must stay equal to the one there.
_PG_TERMS_SQL = (
    "to_tsvector('simple'::regconfig, regexp_replace(lower(translate({col}, "
    f"'{_FOLD_FROM}', '{_FOLD_TO}')), '[[:space:][:punct:][:cntrl:]]+', ' ', 'g'))"
)


def _tokens(text_: str) -> list[str]:
    """The tokens FTS5 makes of ``text_``: runs of letters and digits, folded."""
    return re.findall(r"[^\W_]+", text_.translate(_FOLD).lower())


def _words(text_: str) -> list[str]:
    words = [w.strip(".-+") for w in _TOKEN.findall(text_)]
    return [w for w in words if _tokens(w)]


def _phone_digits(text_: str) -> str | None:
    """The digits of a query that looks like (part of) a phone number, four or more
    ("123 4567", "+358 (0)40-991", "00358 40 991"); an international "00" is dropped."""
    text_ = text_.strip()
    if not _PHONE.fullmatch(text_):
        return None
    digits = "".join(ch for ch in text_.replace("(0)", "") if ch in "0123456789")
    if digits.startswith("00"):
        digits = digits[2:]
    return digits if len(digits) >= _MIN_DIGITS else None


def matching_ids(session: Session, kind: str, query: str) -> Select[Any]:
    """A SELECT of the ids of leads or contacts (``kind``) whose text matches every word.

    The same on both engines: each word matches the start of a word of the text ("oy"
    finds "Oy" and "Oyj", not "Boyd"), ignoring case and diacritics ("makinen" finds
    "Mäkinen"); punctuation joins words ("asa.oberg@firma" is three words in a row). SQLite
    asks FTS5 (prefix queries); PostgreSQL a 'simple' tsvector of the same tokens (prefix
    tsquery, GIN index). Phones: a query of four or more digits (spaces, dashes, +358 or a
    leading 0 as typed) matches any run of the digits of a number (``search_entries.phones``,
    a substring search), and so does each word of four or more digits; a number typed in
    groups ("040 123 4567") is searched as a number only, not as words. A lead's text is its
    own and its contact's (name, organization, e-mail, phones …): each word may match either.
    """
    words = _words(query)
    digits = _phone_digits(query)
    if not words:
        if kind == "lead":
            return select(Lead.id)
        return select(SearchEntry.ref_id).where(SearchEntry.kind == kind)
    sqlite = session.get_bind().dialect.name == "sqlite"

    def text_has(words: list[str]) -> ColumnElement[bool]:
        """The entry's text has every word (at word starts)."""
        if sqlite:
            fts = table("search_fts", column("rowid", Integer), column("search_fts"))
            query = " AND ".join(_fts_word(w) for w in words)
            return SearchEntry.id.in_(select(fts.c.rowid).where(fts.c.search_fts.op("MATCH")(query)))
        terms: ColumnElement[Any] = literal_column(_PG_TERMS_SQL.format(col="search_entries.body"))
        return terms.op("@@")(sql_cast(literal(" & ".join(_ts_phrase(w) for w in words)), TSQUERY))

    def phones_have(digits: str) -> ColumnElement[bool]:
        # "!= ''" lets the engine read the partial index ix_search_entries_phones
        return and_(SearchEntry.phones != "", SearchEntry.phones.like(f"%{digits}%"))

    def entries(entry_kind: str, words: list[str], digits: str | None = None) -> Select[Any]:
        """Ids of the entries of ``entry_kind`` that have every word (or, given ``digits``,
        the run of phone digits). A number is in the text or in the phones: a UNION of the
        two searches (an OR would make either engine test every row)."""

        def where(cond: ColumnElement[bool], *, by_text: bool = True) -> Select[Any]:
            kind_is: ColumnElement[bool] = SearchEntry.kind == entry_kind
            if sqlite and by_text:
                # "+kind": SQLite looks the FTS5 hits up by id instead of reading every
                # entry of the kind to test "id IN (hits)" (0.1 ms instead of 19 at 50,000)
                kind_is = literal_column("+search_entries.kind") == entry_kind
            return select(SearchEntry.ref_id).where(kind_is, cond)

        numbers = [w for w in words if w.isdecimal() and w.isascii() and len(w) >= _MIN_DIGITS]
        plain = [w for w in words if w not in numbers]
        if entry_kind == "lead":  # a lead's own entry has no phones
            numbers, plain, digits = [], words, None
        if digits in numbers:
            digits = None  # "4681": the word is the number
        if not numbers and digits is None:
            return where(text_has(plain))

        parts: list[Any] = [where(text_has(plain))] if plain else []
        parts += [union(where(text_has([n])), where(phones_have(n), by_text=False)) for n in numbers]
        found: Any = None
        if parts:
            found = parts[0] if len(parts) == 1 else intersect(*(_flat(p) for p in parts))
        if digits is not None:
            by_phone = where(phones_have(digits), by_text=False)
            found = by_phone if found is None else union(_flat(found), by_phone)
        return _flat(found)

    if digits is not None and len(words) > 1:
        # "040 123 4567", "+358 40 002 4681": a phone number in groups. Its groups as words
        # ("358", "40" …) would each match half the database and find nothing more.
        words = []
    if kind != "lead":
        return entries(kind, words, digits)  # a contact's words are all in its one entry
    if not words:
        return select(Lead.id).where(Lead.contact_id.in_(entries("contact", [], digits)))

    def has(word: str) -> ColumnElement[bool]:
        return or_(Lead.id.in_(entries("lead", [word])), Lead.contact_id.in_(entries("contact", [word])))

    every_word: Any
    if len(words) == 1:
        # one word: a UNION, so that each side reads its index (PostgreSQL tested every lead
        # for the OR: 48 -> 16 ms at 50,000 leads). With more words the OR of each word
        # narrows faster (a UNION per word was slower on both engines).
        every_word = union(
            select(Lead.id).where(Lead.id.in_(entries("lead", words))),
            select(Lead.id).where(Lead.contact_id.in_(entries("contact", words))),
        )
    else:
        every_word = select(Lead.id).where(and_(*(has(w) for w in words)))
    if digits is not None and digits not in words:
        by_phone = select(Lead.id).where(Lead.contact_id.in_(entries("contact", [], digits)))
        every_word = union(_flat(every_word), by_phone)
    return _flat(every_word)


def _flat(found: Any) -> Select[Any]:
    """A compound SELECT of one column as a plain one (SQLite takes no compound SELECT in
    parentheses inside another one)."""
    return found if isinstance(found, Select) else select(next(iter(found.subquery().c)))


def _fts_word(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def _ts_phrase(word: str) -> str:
    """A word as a tsquery: its tokens in a row, the last one a prefix."""
    return "(" + " <-> ".join(f"'{t}'" for t in _tokens(word)) + ":*)"


def _before_commit(session: Session) -> None:
    session.flush()
    pending = session.info.pop("search_dirty", None)
    if not pending:
        return
    deleted = pending.get("deleted", set())
    for kind, ref_id in deleted:
        session.execute(delete(SearchEntry).where(SearchEntry.kind == kind, SearchEntry.ref_id == ref_id))
    leads = {i for i in pending["lead"] if ("lead", i) not in deleted}
    contacts = {i for i in pending["contact"] if ("contact", i) not in deleted}
    if leads or contacts:
        reindex(session, lead_ids=leads, contact_ids=contacts)
    session.info.pop("search_dirty", None)


def _after_rollback(session: Session) -> None:
    session.info.pop("search_dirty", None)


def install(factory: sessionmaker[Session]) -> None:
    """Keep the index in step for every session, those made by ``factory`` included.

    The listeners sit on the ``Session`` class, once: listeners on a sessionmaker are kept
    by the id() of its generated class, and a new factory that reuses the id of a dead one
    was silently left unindexed (seen in long test runs).
    """
    del factory
    if event.contains(Session, "after_flush", _mark_after):
        return
    event.listen(Session, "after_flush", _mark_after)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_soft_rollback", _after_soft_rollback)


def _after_soft_rollback(session: Session, previous_transaction: Any) -> None:
    _after_rollback(session)


# The attributes whose text goes into the index: a change elsewhere (a lead moved on the
# board, a contact marked a customer) needs no reindexing.
_LEAD_TEXT = ("title", "source_detail", "notes", "contact_id")
_CONTACT_TEXT = (
    "name",
    "first_name",
    "last_name",
    "title",
    "email",
    "email2",
    "phone",
    "mobile",
    "city",
    "business_id",
    "notes",
    "organization_id",
)


def _text_changed(obj: Any, names: tuple[str, ...]) -> bool:
    state = sa_inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


def _mark_after(session: Session, flush_context: Any) -> None:
    """After a flush every new and changed object has its id: note what to reindex."""
    pending = session.info.setdefault("search_dirty", {"lead": set(), "contact": set()})
    for obj in list(session.new) + list(session.dirty):  # still listed during after_flush
        is_new = obj in session.new  # attribute history is still there in after_flush
        if isinstance(obj, Lead):
            if is_new or _text_changed(obj, _LEAD_TEXT):
                pending["lead"].add(obj.id)
        elif isinstance(obj, Contact) and (is_new or _text_changed(obj, _CONTACT_TEXT)):
            pending["contact"].add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, Lead | Contact):
            kind = "lead" if isinstance(obj, Lead) else "contact"
            pending.setdefault("deleted", set()).add((kind, obj.id))


__all__ = ["install", "matching_ids", "purge", "rebuild", "reindex"]
