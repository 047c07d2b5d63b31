"""The board's core: header figures on a hand-computed fixture, pages, filters, moves, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from salesdesk.crm import board
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import FollowUpStatus, LostReason
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, StageChange, Tag
from salesdesk.errors import UserError

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and (when configured) PostgreSQL."""
    return any_db


def _stage(session, key: str) -> Stage:
    return next(s for s in stages(session) if s.key == key)


def _lead(
    s,
    key,
    title,
    cents,
    *,
    owner,
    contact,
    activity_days=1,
    currency="EUR",
    closed_days=None,
    temperature="cold",
    source="other",
):
    lead = lead_rules.create_lead(
        s,
        contact=contact,
        title=title,
        stage=_stage(s, key),
        value_cents=cents,
        currency=currency,
        owner_id=owner.id,
        temperature=temperature,
        source=source,
    )
    lead.last_activity_at = NOW - timedelta(days=activity_days)
    lead.stage_changed_at = NOW - timedelta(days=activity_days)
    if closed_days is not None:
        lead.closed_at = NOW - timedelta(days=closed_days)
    return lead


def _fu(s, lead, days, status=FollowUpStatus.OPEN):
    f = FollowUp(
        uid=f"u{lead.id}-{days}-{status}", lead_id=lead.id, title="Call", due_at=NOW + timedelta(days=days)
    )
    f.status = status
    s.add(f)


@pytest.fixture
def fixture(db):
    """Eight leads whose header figures are worked out by hand in the tests below."""
    with db.transaction() as s:
        me = Owner(name="Maija Myyjä", initials="MM")
        other = Owner(name="Olli Omistaja")
        org = Contact(kind="organization", name="Konepaja Koskinen Oy")
        hanna = Contact(name="Hanna Koskinen", organization=org)
        matti = Contact(name="Matti Virtanen")
        s.add_all([me, other, org, hanna, matti])
        s.flush()
        ids = {}
        # Suspect (5 %, stale after 21 days)
        ids["l1"] = _lead(s, "suspect", "Hydrauliikka", 100000, owner=me, contact=hanna, activity_days=30).id
        l2 = _lead(
            s, "suspect", "Lattiat", 50000, owner=me, contact=matti, activity_days=30, temperature="hot"
        )
        _fu(s, l2, 2)  # a step ahead: not stale
        l3 = _lead(
            s, "suspect", "Dollarit", 20000, owner=other, contact=matti, currency="USD", source="webinar"
        )
        _fu(s, l3, -1)  # overdue, but recent activity: not stale
        # Proposal (60 %, stale after 10 days)
        l4 = _lead(s, "proposal", "Iso tarjous", 1000000, owner=me, contact=hanna, activity_days=20)
        _fu(s, l4, -3)  # overdue and stale
        l5 = _lead(s, "proposal", "Pieni tarjous", 200000, owner=me, contact=matti, activity_days=5)
        _fu(s, l5, 4, FollowUpStatus.DONE)  # done: no next step
        # Won: one recent, one old close; Lost: one recent
        ids["l6"] = _lead(s, "won", "Voitettu", 300000, owner=me, contact=hanna, closed_days=10).id
        ids["l7"] = _lead(s, "won", "Vanha voitto", 900000, owner=me, contact=hanna, closed_days=60).id
        ids["l8"] = _lead(s, "lost", "Menetetty", 40000, owner=me, contact=matti, closed_days=2).id
        ids.update(l2=l2.id, l3=l3.id, l4=l4.id, l5=l5.id, me=me.id, other=other.id)
    return ids


def _by_key(session, flt=None):
    return {c.stage.key: c for c in board.column_summaries(session, flt, now=NOW)}


def test_header_figures_match_the_hand_computed_fixture(db, fixture) -> None:
    with db.session() as s:
        cols = _by_key(s)
        assert list(cols) == ["suspect", "mql", "sql", "proposal", "negotiation", "won", "lost"]
        sus = cols["suspect"]
        assert sus.count == 3
        assert sus.totals == {"EUR": 150000, "USD": 20000}
        assert sus.weighted == {"EUR": 7500, "USD": 1000}  # 5 %
        assert (sus.stale, sus.overdue, sus.no_next_step) == (1, 1, 1)
        prop = cols["proposal"]
        assert prop.count == 2 and prop.totals == {"EUR": 1200000} and prop.weighted == {"EUR": 720000}
        assert (prop.stale, prop.overdue, prop.no_next_step) == (1, 1, 1)
        assert cols["mql"].count == 0 and cols["mql"].totals == {}
        won = cols["won"]
        assert won.count == 1 and won.totals == {"EUR": 300000} and won.weighted == {"EUR": 300000}
        assert (won.stale, won.no_next_step) == (0, 0)
        assert cols["lost"].count == 1 and cols["lost"].weighted == {"EUR": 0}
        # A longer window brings the old win back.
        assert _by_key(s, board.BoardFilter(closed_within_days=90))["won"].count == 2


def test_filters_narrow_headers_and_cards(db, fixture) -> None:
    with db.session() as s:
        mine = board.BoardFilter(owner_id=fixture["me"])
        assert _by_key(s, mine)["suspect"].totals == {"EUR": 150000}
        stale = board.BoardFilter(stale_only=True)
        cols = _by_key(s, stale)
        assert {k: c.count for k, c in cols.items() if c.count} == {"suspect": 1, "proposal": 1}
        assert [c.id for c in board.cards(s, _stage(s, "suspect").id, stale, now=NOW)] == [fixture["l1"]]
        assert board.cards(s, _stage(s, "won").id, stale, now=NOW) == []
        hot = board.BoardFilter(temperature="hot")
        assert [c.id for c in board.cards(s, _stage(s, "suspect").id, hot, now=NOW)] == [fixture["l2"]]
        web = board.BoardFilter(source="webinar")
        assert _by_key(s, web)["suspect"].count == 1
        text = board.BoardFilter(text="koskin")
        found = {c.stage.key: c.count for c in _by_key(s, text).values() if c.count}
        assert found == {"suspect": 1, "proposal": 1, "won": 1}
    with db.transaction() as s:
        tag = Tag(name="Messut")
        lead = s.get(Lead, fixture["l5"])
        lead.tags.append(tag)
        s.flush()
        tag_id = tag.id
    with db.session() as s:
        cols = _by_key(s, board.BoardFilter(tag_id=tag_id))
        assert sum(c.count for c in cols.values()) == 1 and cols["proposal"].count == 1


def test_shown_ids_are_the_cards_of_every_column(db, fixture) -> None:
    """What the board exports: open leads, recent closes only, the filters and stale rule."""
    f = fixture
    with db.session() as s:
        everything = board.shown_ids(s, now=NOW)
        assert sorted(everything) == sorted([f["l1"], f["l2"], f["l3"], f["l4"], f["l5"], f["l6"], f["l8"]])
        cards = [c.id for st in stages(s) for c in board.cards(s, st.id, board.BoardFilter(), now=NOW)]
        assert everything == cards  # column by column, in the board's order
        assert f["l7"] in board.shown_ids(s, board.BoardFilter(closed_within_days=90), now=NOW)
        stale = board.shown_ids(s, board.BoardFilter(stale_only=True), now=NOW)
        assert sorted(stale) == sorted([f["l1"], f["l4"]])
        assert board.shown_ids(s, board.BoardFilter(owner_id=f["other"]), now=NOW) == [f["l3"]]
        text = board.shown_ids(s, board.BoardFilter(text="koskin"), now=NOW)
        assert sorted(text) == sorted([f["l1"], f["l4"], f["l6"]])


def test_cards_carry_the_flags_and_names(db, fixture) -> None:
    with db.session() as s:
        got = {c.id: c for c in board.cards(s, _stage(s, "suspect").id, now=NOW)}
        l1, l2, l3 = got[fixture["l1"]], got[fixture["l2"]], got[fixture["l3"]]
        assert (l1.contact_name, l1.organization_name) == ("Hanna Koskinen", "Konepaja Koskinen Oy")
        assert l1.owner_initials == "MM" and l3.owner_initials == "OO"
        assert l1.stale and l1.no_next_step and not l1.overdue and l1.days_in_stage == 30
        assert not l2.stale and not l2.no_next_step and l2.next_due == NOW + timedelta(days=2)
        assert l3.overdue and not l3.stale and l3.currency == "USD"
        won = board.cards(s, _stage(s, "won").id, now=NOW)
        assert [c.id for c in won] == [fixture["l6"]]
        assert not won[0].stale and not won[0].no_next_step


def test_pages_follow_the_manual_order(db) -> None:
    with db.transaction() as s:
        c = Contact(name="Aino")
        s.add(c)
        made = [
            lead_rules.create_lead(s, contact=c, title=f"L{i}", stage=_stage(s, "mql")).id for i in range(7)
        ]
    with db.session() as s:
        mql = _stage(s, "mql").id
        seen, after = [], None
        while True:
            page = board.cards(s, mql, after=after, limit=3)
            if not page:
                break
            seen += [c.id for c in page]
            after = page[-1].sort_key
        assert seen == list(reversed(made))  # newest on top


def test_move_cards_between_and_within_columns_and_undo(db, fixture) -> None:
    with db.transaction() as s:
        proposal = _stage(s, "proposal").id
        before = [c.id for c in board.cards(s, proposal, now=NOW)]
        assert before == [fixture["l5"], fixture["l4"]]
        record = board.move_cards(
            s, [fixture["l1"], fixture["l2"]], proposal, before_id=fixture["l4"], changed_by="MM"
        )
    with db.session() as s:
        order = [c.id for c in board.cards(s, proposal, now=NOW)]
        assert order == [fixture["l5"], fixture["l1"], fixture["l2"], fixture["l4"]]
        rows = s.scalars(select(StageChange).where(StageChange.id.in_(record.history_ids))).all()
        assert {(r.lead_id, r.to_stage_id, r.changed_by) for r in rows} == {
            (fixture["l1"], proposal, "MM"),
            (fixture["l2"], proposal, "MM"),
        }
        assert s.get(Lead, fixture["l1"]).stage_changed_at > NOW - timedelta(days=1)
    with db.transaction() as s:
        board.undo_move(s, record)
    with db.session() as s:
        assert [c.id for c in board.cards(s, proposal, now=NOW)] == before
        suspect = [c.id for c in board.cards(s, _stage(s, "suspect").id, now=NOW)]
        assert suspect == [fixture["l3"], fixture["l2"], fixture["l1"]]
        assert s.get(Lead, fixture["l1"]).stage_changed_at == NOW - timedelta(days=30)
        assert s.scalar(select(func.count()).where(StageChange.id.in_(record.history_ids))) == 0
    # Within a column: the bottom card to the top, no history row.
    with db.transaction() as s:
        record = board.move_cards(s, [fixture["l4"]], proposal, at_top=True)
        assert record.history_ids == ()
    with db.session() as s:
        assert [c.id for c in board.cards(s, proposal, now=NOW)] == [fixture["l4"], fixture["l5"]]


def test_move_into_closed_stage_needs_the_dialogs(db, fixture) -> None:
    with db.transaction() as s, pytest.raises(UserError):
        board.move_cards(s, [fixture["l1"]], _stage(s, "won").id)


def test_win_then_undo_restores_customer_and_followup(db, fixture) -> None:
    with db.transaction() as s:
        won = _stage(s, "won").id
        record = board.win_cards(
            s,
            [fixture["l4"]],
            won,
            value_cents={fixture["l4"]: 1100000},
            close_date=date(2026, 11, 26),
            ask_referral_in_days=14,
        )
        assert len(record.followup_ids) == 1 and len(record.history_ids) == 1
    with db.session() as s:
        lead = s.get(Lead, fixture["l4"])
        assert lead.stage_id == won and lead.value_cents == 1100000
        assert lead.contact.customer_since == date(2026, 11, 26)
        assert lead.contact.organization.customer_since == date(2026, 11, 26)
    with db.transaction() as s:
        board.undo_move(s, record)
    with db.session() as s:
        lead = s.get(Lead, fixture["l4"])
        assert lead.stage.key == "proposal" and lead.value_cents == 1000000 and lead.closed_at is None
        assert lead.contact.customer_since is None and lead.contact.organization.customer_since is None
        assert s.get(FollowUp, record.followup_ids[0]) is None


def test_lose_competitor_and_no_intent(db, fixture) -> None:
    with db.transaction() as s:
        lost = _stage(s, "lost").id
        with pytest.raises(UserError):
            board.lose_cards(s, [fixture["l1"]], lost, reason=LostReason.COMPETITOR)
        rec = board.lose_cards(
            s,
            [fixture["l1"]],
            lost,
            reason=LostReason.COMPETITOR,
            note="Halvempi",
            revisit_on=date(2027, 3, 1),
        )
        assert len(rec.followup_ids) == 1
        board.lose_cards(s, [fixture["l2"]], lost, reason=LostReason.NO_INTENT)
    with db.session() as s:
        l1, l2 = s.get(Lead, fixture["l1"]), s.get(Lead, fixture["l2"])
        assert l1.revisit_on == date(2027, 3, 1) and l1.lost_note == "Halvempi" and not l1.discarded
        assert l2.discarded and l2.lost_reason == "no_intent"


def test_quick_create_reuses_or_creates_the_contact(db, fixture) -> None:
    with db.transaction() as s:
        mql = _stage(s, "mql").id
        a = board.quick_create(
            s, stage_id=mql, title="Katto", contact_name=" hanna  koskinen ", owner_id=fixture["me"]
        )
        b = board.quick_create(
            s, stage_id=mql, title="Ikkunat", contact_name="Uusi Asiakas", owner_id=fixture["me"]
        )
        assert a.contact.name == "Hanna Koskinen"
        assert (b.contact.first_name, b.contact.last_name) == ("Uusi", "Asiakas")
        with pytest.raises(UserError):
            board.quick_create(s, stage_id=mql, title="x", contact_name="  ")
        with pytest.raises(UserError):
            board.quick_create(s, stage_id=_stage(s, "won").id, title="x", contact_name="y")
    with db.session() as s:
        assert [c.title for c in board.cards(s, mql)] == ["Ikkunat", "Katto"]


def test_neighbour_stage(db) -> None:
    with db.session() as s:
        sus, mql = _stage(s, "suspect"), _stage(s, "mql")
        assert board.neighbour_stage(s, sus.id, 1).id == mql.id
        assert board.neighbour_stage(s, sus.id, -1) is None


def test_search_index_follows_text_not_moves(db, fixture) -> None:
    with db.transaction() as s:
        board.move_cards(s, [fixture["l1"]], _stage(s, "mql").id, at_top=True)
        lead = s.get(Lead, fixture["l2"])
        lead.title = "Aurinkopaneelit"
    with db.session() as s:
        found = board.column_summaries(s, board.resolve(s, board.BoardFilter(text="aurinko")), now=NOW)
        assert sum(c.count for c in found) == 1
        found = board.column_summaries(s, board.resolve(s, board.BoardFilter(text="hydrauliikka")), now=NOW)
        assert {c.stage.key: c.count for c in found if c.count} == {"mql": 1}


def test_adjust_summary_matches_the_database(db, fixture) -> None:
    with db.session() as s:
        before = {c.stage.key: c for c in board.column_summaries(s, now=NOW)}
        moving = board.cards_by_id(s, [fixture["l1"]], now=NOW)[fixture["l1"]]
    with db.transaction() as s:
        board.move_cards(s, [fixture["l1"]], _stage(s, "proposal").id, at_top=True)
    with db.session() as s:
        after = {c.stage.key: c for c in board.column_summaries(s, now=NOW)}
        moved = board.cards_by_id(s, [fixture["l1"]], now=NOW)[fixture["l1"]]
    assert board.adjust_summary(before["suspect"], removed=[moving]) == after["suspect"]
    assert board.adjust_summary(before["proposal"], added=[moved]) == after["proposal"]
