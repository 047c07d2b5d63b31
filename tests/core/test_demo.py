"""Demo data: counts, internal consistency, determinism, append, both engines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, select, text

from salesdesk.crm import demo, settings
from salesdesk.crm.funnel import suggest_temperature
from salesdesk.db import Database, open_database, search_index
from salesdesk.db.enums import (
    ContactKind,
    FollowUpStatus,
    LawfulBasis,
    LeadSource,
    LostReason,
    StageKind,
    ThanksStatus,
)
from salesdesk.db.models import (
    Contact,
    FollowUp,
    ImportBatch,
    ImportChange,
    Lead,
    Note,
    Owner,
    Referral,
    Stage,
    StageChange,
    lead_tags,
)
from salesdesk.errors import UserError

NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
LOCAL_TODAY = NOW.astimezone(demo.LOCAL).date()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        summary = demo.generate(session, leads=1500, seed=11, now=NOW)
    yield database, summary
    database.dispose()


def test_y_tunnus_check_digit() -> None:
    # Known valid business IDs (Nokia Oyj 0112038-9, Kesko Oyj 0109862-8).
    assert demo.is_valid_y_tunnus("0112038-9")
    assert demo.is_valid_y_tunnus("0109862-8")
    assert not demo.is_valid_y_tunnus("0112038-8")
    assert not demo.is_valid_y_tunnus("112038-9")


def test_counts_match_the_summary(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, summary = demo_db
    with database.session() as s:
        assert s.scalar(select(func.count(Lead.id))) == 1500 == summary["leads"]
        assert s.scalar(select(func.count(Contact.id))) == summary["contacts"]
        assert s.scalar(select(func.count(StageChange.id))) == summary["stage_changes"]
        assert s.scalar(select(func.count(FollowUp.id))) == summary["follow_ups"]
        assert s.scalar(select(func.count(Referral.id))) == summary["referrals"]
        assert s.scalar(select(func.count(Note.id))) == summary["notes"]
        assert summary["open"] + summary["won"] + summary["lost"] == 1500
        assert summary["open"] > 200 and summary["won"] > 100 and summary["lost"] > 100
        owners = s.scalars(select(Owner)).all()
        assert 4 <= len(owners) <= 6
        assert all(o.initials and o.email for o in owners)
        me = settings.me(s)
        assert me is not None and me.active
        assert settings.get(s, settings.ME) == str(me.id)


def test_every_source_and_lost_reason_is_used(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        sources = set(s.scalars(select(Lead.source).distinct()))
        assert sources == {src.value for src in LeadSource}
        empty_detail = s.scalar(
            select(func.count(Lead.id)).where(Lead.source_detail == "", Lead.source != LeadSource.REVIVED)
        )
        assert empty_detail == 0
        reasons = set(s.scalars(select(Lead.lost_reason).where(Lead.lost_reason != "").distinct()))
        assert reasons == {r.value for r in LostReason}


def test_stage_history_ends_at_the_current_stage(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        history: dict[int, list[StageChange]] = defaultdict(list)
        for change in s.scalars(select(StageChange).order_by(StageChange.changed_at, StageChange.id)):
            history[change.lead_id].append(change)
        leads = s.scalars(select(Lead)).all()
        oldest = min(lead.created_at for lead in leads)
        assert (NOW - oldest).days >= 500  # about 18 months of history
        for lead in leads:
            rows = history[lead.id]
            assert rows, lead.id
            assert rows[0].from_stage_id is None
            assert rows[0].changed_at == lead.created_at
            for before, after in pairwise(rows):
                assert after.from_stage_id == before.to_stage_id
                assert after.changed_at >= before.changed_at
            assert rows[-1].to_stage_id == lead.stage_id
            assert rows[-1].changed_at == lead.stage_changed_at
            assert lead.stage_changed_at <= NOW
            assert lead.last_activity_at >= lead.stage_changed_at


def test_won_lost_and_open_leads_are_consistent(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        kinds = {st.id: st.kind for st in s.scalars(select(Stage))}
        for lead in s.scalars(select(Lead)):
            kind = kinds[lead.stage_id]
            if kind == StageKind.WON:
                assert lead.closed_at is not None and lead.lost_reason == ""
                closed = lead.closed_at.astimezone(demo.LOCAL).date()
                contact = lead.contact
                assert contact.customer_since is not None and contact.customer_since <= closed
                if contact.organization is not None:
                    assert contact.organization.customer_since is not None
            elif kind == StageKind.LOST:
                assert lead.closed_at is not None
                assert lead.lost_reason and lead.lost_note
                assert (lead.revisit_on is not None) == (lead.lost_reason == LostReason.COMPETITOR)
                assert lead.discarded == (lead.lost_reason == LostReason.NO_INTENT)
            else:
                assert lead.closed_at is None and lead.lost_reason == ""
                if not lead.temperature_manual:
                    assert lead.temperature == suggest_temperature(lead.expected_close, LOCAL_TODAY)
            assert lead.value_cents > 0 and lead.value_cents % 100 == 0


def test_customers_have_won_something(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        won_stage = s.scalar(select(Stage.id).where(Stage.kind == StageKind.WON))
        won_contacts = set(s.scalars(select(Lead.contact_id).where(Lead.stage_id == won_stage)))
        orgs_of_won = set(s.scalars(select(Contact.organization_id).where(Contact.id.in_(won_contacts)))) - {
            None
        }
        customers = set(s.scalars(select(Contact.id).where(Contact.customer_since.is_not(None))))
        assert customers == won_contacts | orgs_of_won


def test_revived_leads_point_at_lost_ones(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        revived = s.scalars(select(Lead).where(Lead.revived_from_id.is_not(None))).all()
        assert len(revived) >= 5
        for lead in revived:
            old = lead.revived_from
            assert old is not None
            assert lead.source == LeadSource.REVIVED
            assert old.stage.kind == StageKind.LOST
            assert old.contact_id == lead.contact_id
            assert old.closed_at is not None and lead.created_at > old.closed_at
        assert s.scalar(select(func.count(Lead.id)).where(Lead.source == LeadSource.REVIVED)) == len(revived)


def _longest_chain(edges: dict[int, set[int]]) -> int:
    """Number of contacts on the longest referral chain (A referred B referred C -> 3)."""
    memo: dict[int, int] = {}

    def depth(node: int, seen: frozenset[int]) -> int:
        if node in memo:
            return memo[node]
        best = 1 + max((depth(n, seen | {node}) for n in edges.get(node, ()) if n not in seen), default=0)
        memo[node] = best
        return best

    return max((depth(n, frozenset()) for n in edges), default=0)


def test_referral_chains(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        referrals = s.scalars(select(Referral)).all()
        assert len(referrals) >= 50
        edges: dict[int, set[int]] = defaultdict(set)
        statuses = set()
        for ref in referrals:
            edges[ref.referrer_id].add(ref.referred_contact_id)
            statuses.add(ref.thanks_status)
            lead = ref.lead
            assert lead is not None and lead.source == LeadSource.REFERRAL
            assert lead.contact_id == ref.referred_contact_id
            assert ref.referrer_id != ref.referred_contact_id
            referrer = ref.referrer
            # A referrer is a customer who had bought before referring.
            assert referrer.customer_since is not None and referrer.customer_since <= ref.referred_on
            assert lead.source_detail == referrer.name
            if ref.thanks_status == ThanksStatus.REWARDED:
                assert ref.rewarded_on is not None and ref.reward
            if ref.thanks_status != ThanksStatus.NONE:
                assert ref.thanked_on is not None
        assert statuses == {t.value for t in ThanksStatus}
        assert _longest_chain(edges) >= 3
        assert s.scalar(select(func.count(Lead.id)).where(Lead.source == LeadSource.REFERRAL)) == len(
            referrals
        )


def test_follow_ups(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, summary = demo_db
    with database.session() as s:
        rows = s.scalars(select(FollowUp)).all()
        assert len({f.uid for f in rows}) == len(rows)
        open_rows = [f for f in rows if f.status == FollowUpStatus.OPEN]
        overdue = [f for f in open_rows if f.due_at < NOW]
        assert len(overdue) == summary["overdue_follow_ups"] > 20
        assert len(open_rows) - len(overdue) > 20
        done = [f for f in rows if f.status == FollowUpStatus.DONE]
        assert done and all(f.done_at is not None and f.done_at <= NOW for f in done)
        assert any(f.status == FollowUpStatus.CANCELLED for f in rows)
        assert any(f.rule == "revisit" for f in rows) and any(f.rule == "ask_referral" for f in rows)
        assert any(f.lead_id is None and f.contact_id is not None and f.repeat != "none" for f in rows)
        for f in rows:
            if f.lead_id is not None:
                assert f.contact_id == f.lead.contact_id  # type: ignore[union-attr]


def test_contacts_are_realistic(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        contacts = s.scalars(select(Contact)).all()
        countries = {c.country for c in contacts}
        assert {"FI", "SE", "DE", "GB", "US"} <= countries
        orgs = [c for c in contacts if c.kind == ContactKind.ORGANIZATION]
        fi_orgs = [c for c in orgs if c.country == "FI"]
        assert all(demo.is_valid_y_tunnus(c.business_id) for c in fi_orgs)
        assert len({c.business_id for c in fi_orgs}) == len(fi_orgs)
        assert any(c.name.endswith(" Oy") for c in fi_orgs)
        people = [c for c in contacts if c.kind == ContactKind.PERSON]
        assert sum(1 for p in people if p.organization_id is not None) > len(people) * 0.7
        assert all(p.first_name and p.last_name and p.name == f"{p.first_name} {p.last_name}" for p in people)
        assert len({p.email for p in people}) == len(people)
        for c in contacts:
            for number in (c.phone, c.mobile):
                if number:
                    parsed = phonenumbers.parse(number)
                    assert phonenumbers.is_valid_number(parsed), number
                    assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number
        assert any("ä" in c.name or "ö" in c.name for c in contacts)


def test_import_batches_and_purchased_lists(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        batches = s.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
        assert {b.source for b in batches} == {LeadSource.TRADE_SHOW, LeadSource.PURCHASED_LIST}
        for batch in batches:
            assert batch.cost_cents > 0
            leads = s.scalars(select(Lead).where(Lead.import_batch_id == batch.id)).all()
            assert leads and batch.created_count == len(leads)
            assert all(
                lead.source == batch.source and lead.source_detail == batch.source_detail for lead in leads
            )
            changes = s.scalar(
                select(func.count(ImportChange.id)).where(
                    ImportChange.batch_id == batch.id, ImportChange.entity == "lead"
                )
            )
            assert changes == len(leads)
        listed = s.scalars(select(Contact).where(Contact.from_purchased_list.is_(True))).all()
        assert listed
        assert all(c.lawful_basis in (LawfulBasis.LEGITIMATE_INTEREST, LawfulBasis.CONTRACT) for c in listed)
        assert any(c.informed_on is None for c in listed)
        assert any(c.informed_on is not None for c in listed)


def test_positions_are_a_manual_order_per_column(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        columns: dict[int, list[int]] = defaultdict(list)
        for stage_id, position in s.execute(select(Lead.stage_id, Lead.position)):
            columns[stage_id].append(position)
        for positions in columns.values():
            assert sorted(positions) == list(range(len(positions)))


def test_no_foreign_key_violations_and_search_works(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert s.scalar(select(func.count()).select_from(lead_tags)) > 0
        person = s.scalars(select(Contact).where(Contact.kind == ContactKind.PERSON).limit(1)).one()
        found = set(s.scalars(search_index.matching_ids(s, "contact", person.last_name)))
        assert person.id in found
        lead_ids = set(s.scalars(search_index.matching_ids(s, "lead", person.email)))
        assert lead_ids >= set(s.scalars(select(Lead.id).where(Lead.contact_id == person.id)))


def _snapshot(database: Database) -> list[tuple[object, ...]]:
    with database.session() as s:
        return [
            tuple(row)
            for row in s.execute(
                select(
                    Lead.id,
                    Lead.title,
                    Lead.stage_id,
                    Lead.value_cents,
                    Lead.source_detail,
                    Lead.created_at,
                    Contact.name,
                    Contact.email,
                ).join(Contact, Lead.contact_id == Contact.id)
            )
        ]


def test_same_seed_same_data(tmp_path: Path) -> None:
    snapshots = []
    for name in ("a", "b", "c"):
        database = open_database(tmp_path / f"{name}.sqlite3")
        with database.transaction() as session:
            demo.generate(session, leads=120, seed=5 if name != "c" else 6, now=NOW)
        snapshots.append(_snapshot(database))
        database.dispose()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0] != snapshots[2]


def test_append_continues_after_existing_data(db: Database) -> None:
    with db.transaction() as session:
        first = demo.generate(session, leads=150, seed=1, now=NOW)
    with db.transaction() as session:
        assert demo.has_leads(session)
        second = demo.generate(session, leads=100, seed=2, now=NOW)
    assert second["owners"] == first["owners"]
    with db.session() as s:
        assert s.scalar(select(func.count(Lead.id))) == 250
        assert s.scalar(select(func.count(Owner.id))) == first["owners"]
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        columns: dict[int, list[int]] = defaultdict(list)
        for stage_id, position in s.execute(select(Lead.stage_id, Lead.position)):
            columns[stage_id].append(position)
        for positions in columns.values():
            assert len(set(positions)) == len(positions)


def test_bad_counts_are_refused(db: Database) -> None:
    with db.transaction() as session, pytest.raises(UserError):
        demo.generate(session, leads=0)


@pytest.mark.pg
def test_generate_on_each_engine(any_db: Database) -> None:
    with any_db.transaction() as session:
        summary = demo.generate(session, leads=200, seed=3, now=NOW)
    with any_db.session() as s:
        assert s.scalar(select(func.count(Lead.id))) == 200 == summary["leads"]
        contact = s.scalars(select(Contact).where(Contact.kind == ContactKind.PERSON).limit(1)).one()
        assert contact.id in set(s.scalars(search_index.matching_ids(s, "contact", contact.last_name)))
    # The ORM can add rows afterwards: the id sequences moved past the demo's ids.
    with any_db.transaction() as session:
        lead = session.scalars(select(Lead).limit(1)).one()
        session.add(Note(lead_id=lead.id, body="after the demo"))
        session.add(Owner(name="New Rep", initials="NR"))
    with any_db.session() as s:
        assert s.scalar(select(func.count(Note.id)).where(Note.body == "after the demo")) == 1


def test_a_rep_who_left_gets_no_new_leads(demo_db: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo_db
    with database.session() as s:
        gone = s.scalars(select(Owner).where(Owner.active.is_(False))).one()
        theirs = s.scalars(select(Lead.created_at).where(Lead.owner_id == gone.id)).all()
        assert theirs  # she had leads once
        assert max(theirs) <= NOW - timedelta(days=240)


def test_all_day_follow_ups_sit_at_local_midnight(demo_db) -> None:  # type: ignore[no-untyped-def]
    """They once kept a random time of day, so the agenda sorted them between timed items."""
    database, _ = demo_db
    with database.session() as s:
        dues = s.scalars(select(FollowUp.due_at).where(FollowUp.all_day.is_(True))).all()
    assert dues
    assert {d.replace(tzinfo=UTC).astimezone(demo.LOCAL).time() for d in dues} == {datetime.min.time()}
