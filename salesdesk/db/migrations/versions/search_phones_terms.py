"""search: phone digits for substring search; PostgreSQL matches at word starts like FTS5

``search_entries.phones`` holds a contact's phone numbers as digits (international and
national form), filled here for the contacts already there; a run of four or more digits
of a number finds it. On PostgreSQL the GIN index moves from ``to_tsvector('simple', body)``
(where e-mail addresses and hyphenated words were single tokens) to the tokens FTS5 makes
of the text: folded like FTS5's unicode61 (the table is ``search_index._FOLD_FROM`` /
``_FOLD_TO``), every run of punctuation a space.

Revision ID: search_2
Revises: money_1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The phones of the contacts already there, by the one rule the index keeps (a later change
# of the rule brings its own reindex).
from salesdesk.db.search_index import contact_phones

revision = "search_2"
down_revision = "money_1"
branch_labels = None
depends_on = None

# Frozen copies of search_index._FOLD_FROM / _FOLD_TO / _PG_TERMS_SQL at this revision
# (tests/core/test_search_index.py checks that queries use this index).
FOLD_FROM = (
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩ"
    "ĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƠơƢ"
    "ƤƦƧƩƬƮƯưƱƲƳƵƷƸƼǄǅǇǈǊǋǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǢǤǦǧǨǩǪǫǬǭǮǰǱǲǴǵǶǷǸǹǺǻǼǾȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȞȟȠȢȤȦȧ"
    "ȨȩȪȫȬȭȮȯȰȱȲȳȺȻȽȾɁɃɄɅɆɈɊɌɎ×÷"
)
FOLD_TO = (
    "aaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddđeeeeeeeeeegggggggghhħii"
    "iiiiiiiĳjjkkllllllŀłnnnnnnŋooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzzsɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵooƣ"
    "ƥʀƨʃƭʈuuʊʋƴƶʒƹƽǆǆǉǉǌǌaaiioouuuuuuuuuuaaǡǣǥggkkooooǯjǳǳggƕƿnnaaǽǿaaaaeeeeiiiioooorrrruuuussttȝhhƞȣȥaa"
    "eeooooooooyyⱥȼƚⱦɂƀʉʌɇɉɋɍɏ  "
)
TERMS = (
    "to_tsvector('simple'::regconfig, regexp_replace(lower(translate(body, "
    f"'{FOLD_FROM}', '{FOLD_TO}')), '[[:space:][:punct:][:cntrl:]]+', ' ', 'g'))"
)


def upgrade() -> None:
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phones", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(
            "ix_search_entries_phones",
            ["kind", "phones", "ref_id"],
            unique=False,
            sqlite_where=sa.text("phones != ''"),
            postgresql_where=sa.text("phones != ''"),
        )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, phone, mobile FROM contacts "
            "WHERE coalesce(phone, '') != '' OR coalesce(mobile, '') != ''"
        )
    ).all()
    updates = [{"ref_id": r[0], "phones": contact_phones(r[1], r[2])} for r in rows]
    updates = [u for u in updates if u["phones"]]
    if updates:
        bind.execute(
            sa.text("UPDATE search_entries SET phones = :phones WHERE kind = 'contact' AND ref_id = :ref_id"),
            updates,
        )
    if bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS search_entries_tsv")
        op.execute(f"CREATE INDEX search_entries_terms ON search_entries USING gin ({TERMS})")
        # The substring search of phone digits reads a trigram index where the server has
        # pg_trgm (PostgreSQL's contrib; a trusted extension): without it, a scan (slower).
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            return
        op.execute(
            "CREATE INDEX search_entries_phones_trgm ON search_entries "
            "USING gin (phones gin_trgm_ops) WHERE phones != ''"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS search_entries_phones_trgm")
        op.execute("DROP INDEX IF EXISTS search_entries_terms")
        op.execute(
            "CREATE INDEX search_entries_tsv ON search_entries USING gin (to_tsvector('simple', body))"
        )
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_search_entries_phones")
    # not in batch mode: rebuilding search_entries on SQLite would drop the FTS5 triggers
    # (SQLite 3.35+ drops a column in place)
    op.drop_column("search_entries", "phones")
