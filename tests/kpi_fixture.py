"""A small hand-computed sales history for the KPI tests (core, CLI and dashboard).

Every lead is created and moved at noon UTC on the given days (so the Helsinki calendar day
is the same). The expected figures for October 2026 are worked out by hand in
tests/core/test_kpis.py; read this table next to them.

| lead | owner | contact | source (detail, batch) | created | value € | history |
|---|---|---|---|---|---|---|
| L1 | Anna | C1 | referral (by C12) | 10-01 | 1000 | suspect, sql 10-05, proposal 10-10, won 10-21 |
| L2 | Anna | C2 | trade_show Slush 2026, B1 | 10-02 | 2000 | suspect, mql 10-04, won 10-12 |
| L3 | Ben | C3 | website | 10-03 | 500 | suspect, mql 10-06, lost 10-16 |
| L4 | Ben | C4 | website | 10-03 | 3000 | sql, proposal 10-08 (exp. 2026-11-15) |
| L5 | Anna | C5 | trade_show Slush 2026, B1 | 10-02 | 800 | suspect (exp. 2026-11-30) |
| L6 | Anna | C6 | trade_show Slush 2026, B1 | 10-02 | 0 | suspect, lost 10-20 (discarded) |
| L7 | Ben | C1 | existing_customer | 10-05 | 1500 | proposal, negotiation 10-15, won 10-30 |
| L8 | Anna | C7 | referral (by C12) | 10-10 | 400 | mql (exp. 2026-12-05) |
| L9 | Ben | C8 | purchased_list List X, B3 | 10-11 | 600 | suspect (no date) |
| L10 | Anna | C9 | website | 10-12 | 700 | suspect, sql 10-20, negotiation 10-25 (exp. 2026-11-10) |
| L11 | Anna | C10 | website | 09-01 | 1200 | suspect, won 09-11 |
| L12 | Ben | C11 | referral (by C10, 09-05) | 09-05 | 300 | suspect, lost 09-10 |
| L13 | Ben | C2 | website | 09-10 | 900 | mql, won 10-05 |
| L14 | Anna | C12 | website | 07-01 | 5000 | suspect, won 07-31 |
| L15 | Anna | C3 | website | 11-02 | 100 | suspect (no date) |

Batches: B1 "Slush 2026" (trade show, cost 1 500 €), B3 "List X" (purchased list, cost 500 €).
Follow-ups: Anna done 10-06 and 10-07, Ben done 10-14, Anna done 09-30, Ben open due 11-01,
Anna open due 11-10, Anna cancelled due 10-01. "Now" is 2026-11-05 12:00 UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.db.models import (
    Contact,
    FollowUp,
    ImportBatch,
    Lead,
    Owner,
    Referral,
    Stage,
    StageChange,
)

YEAR = 2026
NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def noon(month: int, day: int, year: int = YEAR) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


@dataclass
class Fixture:
    stages: dict[str, int] = field(default_factory=dict)
    owners: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)
    leads: dict[str, int] = field(default_factory=dict)
    batches: dict[str, int] = field(default_factory=dict)


LEADS: list[tuple[str, str, str, str, str, str, str, int, list[tuple[str, str]], str | None, bool]] = [
    # name, owner, contact, source, detail, batch, created (MM-DD), euros, moves, expected, discarded
    ("L1", "Anna", "C1", "referral", "", "", "10-01", 1000,
     [("suspect", "10-01"), ("sql", "10-05"), ("proposal", "10-10"), ("won", "10-21")], None, False),
    ("L2", "Anna", "C2", "trade_show", "Slush 2026", "B1", "10-02", 2000,
     [("suspect", "10-02"), ("mql", "10-04"), ("won", "10-12")], None, False),
    ("L3", "Ben", "C3", "website", "", "", "10-03", 500,
     [("suspect", "10-03"), ("mql", "10-06"), ("lost", "10-16")], None, False),
    ("L4", "Ben", "C4", "website", "", "", "10-03", 3000,
     [("sql", "10-03"), ("proposal", "10-08")], "2026-11-15", False),
    ("L5", "Anna", "C5", "trade_show", "Slush 2026", "B1", "10-02", 800,
     [("suspect", "10-02")], "2026-11-30", False),
    ("L6", "Anna", "C6", "trade_show", "Slush 2026", "B1", "10-02", 0,
     [("suspect", "10-02"), ("lost", "10-20")], None, True),
    ("L7", "Ben", "C1", "existing_customer", "", "", "10-05", 1500,
     [("proposal", "10-05"), ("negotiation", "10-15"), ("won", "10-30")], None, False),
    ("L8", "Anna", "C7", "referral", "", "", "10-10", 400,
     [("mql", "10-10")], "2026-12-05", False),
    ("L9", "Ben", "C8", "purchased_list", "List X", "B3", "10-11", 600,
     [("suspect", "10-11")], None, False),
    ("L10", "Anna", "C9", "website", "", "", "10-12", 700,
     [("suspect", "10-12"), ("sql", "10-20"), ("negotiation", "10-25")], "2026-11-10", False),
    ("L11", "Anna", "C10", "website", "", "", "09-01", 1200,
     [("suspect", "09-01"), ("won", "09-11")], None, False),
    ("L12", "Ben", "C11", "referral", "", "", "09-05", 300,
     [("suspect", "09-05"), ("lost", "09-10")], None, False),
    ("L13", "Ben", "C2", "website", "", "", "09-10", 900,
     [("mql", "09-10"), ("won", "10-05")], None, False),
    ("L14", "Anna", "C12", "website", "", "", "07-01", 5000,
     [("suspect", "07-01"), ("won", "07-31")], None, False),
    ("L15", "Anna", "C3", "website", "", "", "11-02", 100,
     [("suspect", "11-02")], None, False),
]  # fmt: skip


def _day(text: str) -> datetime:
    month, day = (int(p) for p in text.split("-"))
    return noon(month, day)


def build(session: Session) -> Fixture:
    """Write the fixture into ``session`` (committed) and return the ids by name."""
    fx = Fixture()
    for stage in session.scalars(select(Stage)):
        fx.stages[stage.key] = stage.id
    kinds = {s.id: s.kind for s in session.scalars(select(Stage))}
    for name in ("Anna", "Ben"):
        owner = Owner(name=name, initials=name[0])
        session.add(owner)
        session.flush()
        fx.owners[name] = owner.id
    for index in range(1, 13):
        contact = Contact(name=f"Customer {index:02d}", first_name="Customer", last_name=f"{index:02d}")
        session.add(contact)
        session.flush()
        fx.contacts[f"C{index}"] = contact.id
    for name, detail, source, cost, day in (
        ("B1", "Slush 2026", "trade_show", 150000, "10-02"),
        ("B3", "List X", "purchased_list", 50000, "10-11"),
    ):
        batch = ImportBatch(
            file_name=f"{name}.xlsx",
            source=source,
            source_detail=detail,
            cost_cents=cost,
            created_at=_day(day),
        )
        session.add(batch)
        session.flush()
        fx.batches[name] = batch.id
    for name, owner, contact, source, detail, batch, created, euros, moves, expected, gone in LEADS:
        last_stage, last_day = moves[-1]
        stage_id = fx.stages[last_stage]
        closed = _day(last_day) if kinds[stage_id] != "open" else None
        lead = Lead(
            title=name,
            contact_id=fx.contacts[contact],
            stage_id=stage_id,
            value_cents=euros * 100,
            source=source,
            source_detail=detail,
            owner_id=fx.owners[owner],
            import_batch_id=fx.batches[batch] if batch else None,
            expected_close=date.fromisoformat(expected) if expected else None,
            created_at=_day(created),
            stage_changed_at=_day(last_day),
            last_activity_at=_day(last_day),
            closed_at=closed,
            discarded=gone,
            lost_reason="no_intent" if gone else "",
        )
        session.add(lead)
        session.flush()
        fx.leads[name] = lead.id
        previous: int | None = None
        for stage_key, day in moves:
            session.add(
                StageChange(
                    lead_id=lead.id,
                    from_stage_id=previous,
                    to_stage_id=fx.stages[stage_key],
                    changed_at=_day(day),
                )
            )
            previous = fx.stages[stage_key]
    for referrer, referred, lead_name, day in (
        ("C12", "C1", "L1", date(2026, 10, 1)),
        ("C12", "C7", "L8", date(2026, 10, 10)),
        ("C10", "C11", "L12", date(2026, 9, 5)),
    ):
        session.add(
            Referral(
                referrer_id=fx.contacts[referrer],
                referred_contact_id=fx.contacts[referred],
                lead_id=fx.leads[lead_name],
                referred_on=day,
            )
        )
    for number, (owner, status, due, done) in enumerate(
        [
            ("Anna", "done", "10-06", "10-06"),
            ("Anna", "done", "10-07", "10-07"),
            ("Ben", "done", "10-14", "10-14"),
            ("Anna", "done", "09-30", "09-30"),
            ("Ben", "open", "11-01", None),
            ("Anna", "open", "11-10", None),
            ("Anna", "cancelled", "10-01", None),
        ]
    ):
        session.add(
            FollowUp(
                uid=f"kpi-{number}",
                lead_id=fx.leads["L1"],
                owner_id=fx.owners[owner],
                title=f"follow-up {number}",
                status=status,
                due_at=_day(due),
                done_at=_day(done) if done else None,
            )
        )
    session.commit()
    return fx
