"""Referral rules: recording from both sides, self-referral and circles, figures on a
hand-computed fixture, chains, thanks and rewards, the thank-you follow-up, the ask list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from salesdesk.crm import referrals as R  # noqa: N812
from salesdesk.crm import settings
from salesdesk.db.enums import ContactKind, FollowUpStatus, LeadSource, StageKind, ThanksStatus
from salesdesk.db.models import Contact, FollowUp, Lead, Referral, Stage

TODAY = date(2026, 11, 27)


def stage(s, kind: str) -> Stage:
    return s.scalars(select(Stage).where(Stage.kind == kind).order_by(Stage.position)).first()


def person(s, name: str, **kw) -> Contact:
    c = Contact(kind=ContactKind.PERSON, name=name, **kw)
    s.add(c)
    s.flush()
    return c


def lead_for(s, contact: Contact, kind: str = StageKind.OPEN, value: int = 0, closed: datetime | None = None):
    lead = Lead(contact=contact, title=f"Deal {contact.name}", stage_id=stage(s, kind).id, value_cents=value)
    if kind != StageKind.OPEN:
        lead.closed_at = closed or datetime(2026, 8, 1, 10, tzinfo=UTC)
    s.add(lead)
    s.flush()
    return lead


@pytest.fixture
def world(db):
    """A (customer) referred B (won 1 000 €), C (open 500 €), D (lost); B referred E (won 2 500 €).

    Hand-computed figures (all time):
      A: made 3, open 1, won 1, lost 1, won value 100 000 c, conversion 1/3, last 2026-06-01,
         thanks: B thanked, C none, D rewarded -> overall "none".
      B: made 1, open 0, won 1, lost 0, won value 250 000 c, conversion 1, last 2026-07-01.
    From 2026-05-01: A made 2 (C open, D lost), won 0; B made 1 won 1.
    """
    return build_world(db)


def build_world(db) -> dict[str, int]:
    ids = {}
    with db.transaction() as s:
        a = person(s, "Aino Aaltonen", email="aino@example.fi", customer_since=date(2025, 1, 1))
        b = person(s, "Bertta Berg", email="bertta@example.fi")
        c = person(s, "Cecilia Cronström")
        d = person(s, "Daniel Dahl")
        e = person(s, "Eero Ek")
        lb = lead_for(s, b, StageKind.WON, 100000)
        lc = lead_for(s, c, StageKind.OPEN, 50000)
        ld = lead_for(s, d, StageKind.LOST, 70000)
        le = lead_for(s, e, StageKind.WON, 250000)
        rb = R.set_referrer(s, lb.id, a.id, date(2026, 3, 1), "met at the fair", today=TODAY)
        R.set_referrer(s, lc.id, a.id, date(2026, 5, 10), today=TODAY)
        rd = R.set_referrer(s, ld.id, a.id, date(2026, 6, 1), today=TODAY)
        R.set_referrer(s, le.id, b.id, date(2026, 7, 1), today=TODAY)
        R.set_thanks(s, rb.id, ThanksStatus.THANKED, on=date(2026, 3, 5), today=TODAY)
        R.set_thanks(
            s, rd.id, ThanksStatus.REWARDED, on=date(2026, 6, 10), reward="Movie tickets", today=TODAY
        )
        ids.update(a=a.id, b=b.id, c=c.id, d=d.id, e=e.id, lb=lb.id, lc=lc.id, ld=ld.id, le=le.id)
    return ids


def test_set_referrer_sets_source_and_detail(db, world) -> None:
    with db.session() as s:
        lead = s.get(Lead, world["lb"])
        assert lead.source == LeadSource.REFERRAL
        assert lead.source_detail == "Aino Aaltonen"
        ref = R.referral_for_lead(s, lead.id)
        assert (ref.referrer_id, ref.referred_contact_id, ref.referred_on, ref.note) == (
            world["a"],
            world["b"],
            date(2026, 3, 1),
            "met at the fair",
        )


def test_set_referrer_keeps_source_when_told(db) -> None:
    with db.transaction() as s:
        a, b = person(s, "A One"), person(s, "B Two")
        lead = lead_for(s, b)
        lead.source = LeadSource.TRADE_SHOW
        R.set_referrer(s, lead.id, a.id, set_source=False, today=TODAY)
        assert lead.source == LeadSource.TRADE_SHOW
        assert R.referral_for_lead(s, lead.id).referred_on == TODAY


def test_changing_referrer_resets_thanks(db, world) -> None:
    with db.transaction() as s:
        ref = R.set_referrer(s, world["lb"], world["c"], date(2026, 3, 1), today=TODAY)
        assert ref.referrer_id == world["c"]
        assert ref.thanks_status == ThanksStatus.NONE and ref.thanked_on is None
        assert s.get(Lead, world["lb"]).source_detail == "Cecilia Cronström"
        assert s.scalar(select(func.count(Referral.id))) == 4


def test_self_referral_refused(db) -> None:
    with db.transaction() as s:
        org = Contact(kind=ContactKind.ORGANIZATION, name="Acme Oy")
        s.add(org)
        a = person(s, "Anna Acme", organization=org)
        la = lead_for(s, a)
        lo = lead_for(s, org)
        with pytest.raises(R.SelfReferralError, match="cannot refer themselves"):
            R.set_referrer(s, la.id, a.id, today=TODAY)
        with pytest.raises(R.SelfReferralError, match="Anna Acme belongs to Acme Oy"):
            R.set_referrer(s, la.id, org.id, today=TODAY)
        with pytest.raises(R.SelfReferralError):
            R.set_referrer(s, lo.id, a.id, today=TODAY)
        assert s.scalar(select(func.count(Referral.id))) == 0


def test_cycle_refused_through_chain(db, world) -> None:
    with db.transaction() as s:
        la = lead_for(s, s.get(Contact, world["a"]))
        before = s.scalar(select(func.count(Referral.id)))
        with pytest.raises(R.ReferralCycleError) as info:
            R.set_referrer(s, la.id, world["e"], today=TODAY)  # E refers A, but A → B → E
        assert "Eero Ek → Aino Aaltonen → Bertta Berg → Eero Ek" in str(info.value)
        assert info.value.chain == [world["e"], world["a"], world["b"], world["e"]]
        assert s.scalar(select(func.count(Referral.id))) == before
        assert s.get(Lead, la.id).source == LeadSource.OTHER
        # Direct circle too: B refers A.
        with pytest.raises(R.ReferralCycleError):
            R.set_referrer(s, la.id, world["b"], today=TODAY)
        # C (referred by A) may refer someone new, and D may refer E (no circle).
        lx = lead_for(s, person(s, "Xavier X"))
        R.set_referrer(s, lx.id, world["c"], today=TODAY)


def test_reassigning_own_referral_is_not_a_cycle(db, world) -> None:
    with db.transaction() as s:
        # Re-saving the same referral (the lead form does this) must not see itself as a circle.
        R.set_referrer(s, world["le"], world["b"], date(2026, 7, 2), "again", today=TODAY)
        assert R.referral_for_lead(s, world["le"]).note == "again"


def test_future_date_refused(db, world) -> None:
    with db.transaction() as s, pytest.raises(R.ReferralError, match="future"):
        R.set_referrer(s, world["lc"], world["a"], date(2026, 12, 1), today=TODAY)


def test_figures_match_hand_computed(db, world) -> None:
    with db.session() as s:
        rows = R.referrer_figures(s)
    assert [r.referrer_id for r in rows] == [world["b"], world["a"]]
    b, a = rows
    assert (a.referrals, a.open, a.won, a.lost, a.won_value_cents) == (3, 1, 1, 1, 100000)
    assert a.conversion_rate == pytest.approx(1 / 3)
    assert a.last_referred_on == date(2026, 6, 1)
    assert (a.not_thanked, a.thanked, a.rewarded) == (1, 1, 1)
    assert a.thanks_status == ThanksStatus.NONE
    assert a.is_customer and a.name == "Aino Aaltonen"
    assert (b.referrals, b.open, b.won, b.lost, b.won_value_cents) == (1, 0, 1, 0, 250000)
    assert b.conversion_rate == 1.0
    assert b.last_referred_on == date(2026, 7, 1)


def test_figures_period_filter(db, world) -> None:
    with db.session() as s:
        rows = {r.referrer_id: r for r in R.referrer_figures(s, date(2026, 5, 1), date(2026, 12, 31))}
        assert (rows[world["a"]].referrals, rows[world["a"]].won, rows[world["a"]].open) == (2, 0, 1)
        assert rows[world["a"]].thanks_status == ThanksStatus.NONE
        assert rows[world["b"]].won_value_cents == 250000
        only_june = R.referrer_figures(s, date(2026, 6, 1), date(2026, 6, 30))
        assert [(r.referrer_id, r.referrals, r.lost, r.thanks_status) for r in only_june] == [
            (world["a"], 1, 1, ThanksStatus.REWARDED)
        ]
        assert R.referrer_figures(s, date(2027, 1, 1)) == []


def test_referrals_report_shape(db, world) -> None:
    with db.session() as s:
        assert R.referrals_report(s) == [
            {
                "referrer_id": world["b"],
                "referrer": "Bertta Berg",
                "referred": 1,
                "won": 1,
                "won_value_cents": 250000,
            },
            {
                "referrer_id": world["a"],
                "referrer": "Aino Aaltonen",
                "referred": 3,
                "won": 1,
                "won_value_cents": 100000,
            },
        ]


def test_list_referrals(db, world) -> None:
    with db.session() as s:
        rows = R.list_referrals(s)
        assert [r.referred for r in rows] == ["Eero Ek", "Daniel Dahl", "Cecilia Cronström", "Bertta Berg"]
        d = rows[1]
        assert (d.stage_kind, d.value_cents, d.thanks_status, d.reward) == (
            "lost",
            70000,
            "rewarded",
            "Movie tickets",
        )
        assert d.thanked_on == date(2026, 6, 10) and d.rewarded_on == date(2026, 6, 10)
        assert [r.referred for r in R.list_referrals(s, referrer_id=world["b"])] == ["Eero Ek"]
        assert rows[0].as_json()["referred_on"] == "2026-07-01"


def test_three_level_chain(db, world) -> None:
    with db.transaction() as s:
        f = person(s, "Fanni Forsman")
        lf = lead_for(s, f, StageKind.OPEN, 9900)
        R.set_referrer(s, lf.id, world["e"], date(2026, 8, 1), today=TODAY)  # A → B → E → F
    with db.session() as s:
        forest = R.referral_forest(s)
    assert len(forest) == 1
    root = forest[0]
    assert (root.name, root.referral_id, root.depth(), root.size()) == ("Aino Aaltonen", None, 4, 6)
    assert [c.name for c in root.children] == ["Bertta Berg", "Cecilia Cronström", "Daniel Dahl"]
    b = root.children[0]
    assert (b.stage, b.stage_kind, b.value_cents, b.lead_id) == ("Won", "won", 100000, world["lb"])
    e = b.children[0]
    assert (e.name, e.stage_kind, e.value_cents) == ("Eero Ek", "won", 250000)
    assert [(n.name, n.stage, n.value_cents) for n in e.children] == [("Fanni Forsman", "Suspect", 9900)]
    with db.session() as s:
        assert [r.name for r in R.referral_forest(s, contact_id=f.id)] == ["Aino Aaltonen"]
        assert R.referral_forest(s, contact_id=999999) == []


def test_add_referral_from_contact(db, world) -> None:
    with db.transaction() as s:
        ref = R.add_referral(
            s,
            world["a"],
            name="Gustav Grönholm",
            company="Grönholm Oy",
            email="Gustav@Gronholm.FI",
            phone="040 123 4567",
            lead_title="New roof",
            value_cents=120000,
            note="call after 4 pm",
            today=TODAY,
        )
        rid = ref.id
    with db.session() as s:
        ref = s.get(Referral, rid)
        g = ref.referred_contact
        assert (g.name, g.first_name, g.last_name) == ("Gustav Grönholm", "Gustav", "Grönholm")
        assert g.email == "gustav@gronholm.fi" and g.mobile == "+358401234567"
        assert g.organization.name == "Grönholm Oy" and g.organization.kind == ContactKind.ORGANIZATION
        lead = ref.lead
        assert (lead.title, lead.value_cents, lead.source, lead.source_detail) == (
            "New roof",
            120000,
            LeadSource.REFERRAL,
            "Aino Aaltonen",
        )
        assert (
            lead.stage.kind == StageKind.OPEN and ref.referred_on == TODAY and ref.note == "call after 4 pm"
        )


def test_add_referral_reuses_known_email_and_org(db, world) -> None:
    with db.transaction() as s:
        org = Contact(kind=ContactKind.ORGANIZATION, name="Grönholm Oy")
        s.add(org)
        s.flush()
        ref = R.add_referral(
            s, world["c"], name="Bertta B", company="grönholm oy", email="bertta@example.fi", today=TODAY
        )
        assert ref.referred_contact_id == world["b"]
        assert s.get(Contact, world["b"]).organization_id == org.id
        assert s.scalar(select(func.count(Contact.id)).where(Contact.name.ilike("gr%nholm oy"))) == 1


def test_add_referral_bad_input_writes_nothing(db, world) -> None:
    with db.session() as s:
        before = (s.scalar(select(func.count(Contact.id))), s.scalar(select(func.count(Lead.id))))
    for kwargs, message in [
        ({"name": ""}, "name"),
        ({"name": "X Y", "email": "not-an-email"}, "not a valid e-mail"),
        ({"name": "X Y", "phone": "12"}, "not a valid phone"),
        ({"name": "Y", "email": "aino@example.fi"}, "cannot refer themselves"),
        ({"name": "Y", "email": "eero@example.fi"}, None),
    ]:
        if message is None:
            continue
        with pytest.raises(R.ReferralError, match=message), db.transaction() as s:
            R.add_referral(s, world["a"], today=TODAY, **kwargs)
    with db.session() as s:
        assert (s.scalar(select(func.count(Contact.id))), s.scalar(select(func.count(Lead.id)))) == before


def test_add_referral_cycle_by_email(db, world) -> None:
    with db.transaction() as s:
        s.get(Contact, world["e"]).email = "eero@example.fi"
    with pytest.raises(R.ReferralCycleError), db.transaction() as s:
        R.add_referral(s, world["e"], name="Aino", email="aino@example.fi", today=TODAY)


def test_find_referrer(db, world) -> None:
    with db.transaction() as s:
        org = Contact(kind=ContactKind.ORGANIZATION, name="Acme Oy")
        s.add(org)
        person(s, "Matti Virtanen", organization=org, email="matti@acme.fi")
        person(s, "Matti Virtanen", email="matti@other.fi")
        person(s, "Öljy-Äijä Pöllänen")
    with db.session() as s:
        assert R.find_referrer(s, "AINO@example.fi").id == world["a"]
        assert R.find_referrer(s, "Aino Aaltonen <aino@example.fi>").id == world["a"]
        assert R.find_referrer(s, "aino aaltonen").id == world["a"]
        assert R.find_referrer(s, "Aaltonen, Aino").id == world["a"]
        assert R.find_referrer(s, "Aaltonen Aino").id == world["a"]
        assert R.find_referrer(s, "öljy-äijä PÖLLÄNEN").name == "Öljy-Äijä Pöllänen"
        assert R.find_referrer(s, "Matti Virtanen") is None  # two of them
        assert R.find_referrer(s, "Matti Virtanen (Acme Oy)").email == "matti@acme.fi"
        assert R.find_referrer(s, "Matti Virtanen, Acme Oy").email == "matti@acme.fi"
        assert R.find_referrer(s, "matti@other.fi").email == "matti@other.fi"
        assert R.find_referrer(s, "Nobody Here") is None
        assert R.find_referrer(s, "") is None
        lookup = R.ReferrerLookup(s)
        assert lookup.lookup("Aaltonen, Aino") == world["a"]
        assert lookup.lookup("bertta@example.fi") == world["b"]
        assert lookup.lookup("Matti Virtanen") is None
        assert lookup.lookup("Matti Virtanen (Acme Oy)") is not None
        assert lookup.lookup("ÖLJY-ÄIJÄ pöllänen") is not None


def test_thanks_and_rewards(db, world) -> None:
    with db.transaction() as s:
        ref = R.referral_for_lead(s, world["lc"])
        with pytest.raises(R.ReferralError, match="what was given"):
            R.set_thanks(s, ref.id, ThanksStatus.REWARDED, today=TODAY)
        with pytest.raises(R.ReferralError, match="before the referral"):
            R.set_thanks(s, ref.id, ThanksStatus.THANKED, on=date(2026, 1, 1), today=TODAY)
        with pytest.raises(R.ReferralError, match="future"):
            R.set_thanks(s, ref.id, ThanksStatus.THANKED, on=date(2027, 1, 1), today=TODAY)
        R.set_thanks(s, ref.id, ThanksStatus.THANKED, on=date(2026, 5, 12), note="card", today=TODAY)
        rid = ref.id
    with db.session() as s:
        ref = s.get(Referral, rid)
        assert (ref.thanks_status, ref.thanked_on, ref.thanks_note) == ("thanked", date(2026, 5, 12), "card")
    with db.transaction() as s:
        R.set_thanks(s, rid, ThanksStatus.REWARDED, on=date(2026, 6, 1), reward="Gift card 50 €", today=TODAY)
    with db.session() as s:
        ref = s.get(Referral, rid)
        assert (ref.thanks_status, ref.thanked_on, ref.rewarded_on, ref.reward, ref.thanks_note) == (
            "rewarded",
            date(2026, 5, 12),
            date(2026, 6, 1),
            "Gift card 50 €",
            "card",
        )
    with db.transaction() as s:
        R.set_thanks(s, rid, ThanksStatus.NONE, today=TODAY)
    with db.session() as s:
        ref = s.get(Referral, rid)
        assert (ref.thanks_status, ref.thanked_on, ref.rewarded_on, ref.reward) == ("none", None, None, "")


def test_thank_followup_auto_and_offered(db, world) -> None:
    with db.transaction() as s:
        # Off: nothing automatic; the won and unthanked referral of E is offered.
        assert R.on_lead_won(s, world["le"], today=TODAY) is None
        assert R.thank_offers(s) == [R.referral_for_lead(s, world["le"]).id]
        R.set_auto_thank(s, True, today=TODAY)
        assert settings.get(s, R.AUTO_THANK) == "1"
        fu = R.on_lead_won(s, world["le"], today=TODAY)
        assert fu is not None and fu.rule == R.RULE_THANK and len(fu.uid) == 32
        assert fu.contact_id == world["b"] and fu.lead_id == world["le"]
        assert fu.title == "Thank Bertta Berg for referring Eero Ek"
        assert fu.due_at.astimezone().date() == date(2026, 11, 30)  # next working day (Mon)
        assert R.on_lead_won(s, world["le"], today=TODAY) is None  # only once
        assert R.thank_offers(s) == []
        rid = R.referral_for_lead(s, world["le"]).id
        R.set_thanks(s, rid, ThanksStatus.THANKED, on=TODAY, today=TODAY)
        assert s.get(FollowUp, fu.id).status == FollowUpStatus.DONE
        # Already thanked (B's referral) → no follow-up.
        assert R.on_lead_won(s, world["lb"], today=TODAY) is None


def test_sweep_only_new_wins(db, world) -> None:
    with db.transaction() as s:
        R.set_auto_thank(s, True, today=date(2026, 9, 1))
        assert R.sweep_auto_thanks(s, today=TODAY) == 0  # E was won on 1.8., before it was turned on
        s.get(Lead, world["le"]).closed_at = datetime(2026, 10, 1, 10, tzinfo=UTC)
        assert R.sweep_auto_thanks(s, today=TODAY) == 1
        assert R.sweep_auto_thanks(s, today=TODAY) == 0
        R.set_auto_thank(s, False)
        assert R.sweep_auto_thanks(s, today=TODAY) == 0


def test_ask_list_and_mark_asked(db, world) -> None:
    with db.session() as s:
        ask = R.ask_list(s)
        assert [r.name for r in ask] == ["Bertta Berg", "Eero Ek"]  # both won on 1.8.
        b = ask[0]
        assert (b.won_deals, b.won_value_cents, b.referrals_made, b.last_asked_on) == (1, 100000, 1, None)
        assert b.won_on == date(2026, 8, 1)
    with db.transaction() as s:
        fu = R.mark_asked(s, world["b"], outcome="Gave two names", when=datetime(2026, 8, 2, 9, tzinfo=UTC))
        assert (fu.rule, fu.status, fu.outcome, fu.lead_id) == (
            "ask_referral",
            "done",
            "Gave two names",
            world["lb"],
        )
    with db.session() as s:
        assert [r.name for r in R.ask_list(s)] == ["Eero Ek"]
    # A planned (open) ask follow-up is completed by "mark as asked".
    with db.transaction() as s:
        planned = FollowUp(
            uid="x" * 32,
            lead_id=world["le"],
            contact_id=world["e"],
            title="Ask",
            due_at=datetime(2026, 8, 15, 7, tzinfo=UTC),
            rule=R.RULE_ASK,
        )
        s.add(planned)
    with db.session() as s:
        assert R.ask_list(s)[0].planned_on == date(2026, 8, 15)
    with db.transaction() as s:
        fu = R.mark_asked(s, world["e"], when=datetime(2026, 8, 3, 9, tzinfo=UTC))
        assert fu.uid == "x" * 32 and fu.status == "done"
    with db.session() as s:
        assert R.ask_list(s) == []
    # A new win after the ask brings the customer back.
    with db.transaction() as s:
        lead_for(
            s, s.get(Contact, world["b"]), StageKind.WON, 5000, closed=datetime(2026, 9, 1, 10, tzinfo=UTC)
        )
    with db.session() as s:
        row = R.ask_list(s)[0]
        assert (row.name, row.won_deals, row.last_asked_on) == ("Bertta Berg", 2, date(2026, 8, 2))


def test_asked_same_day_before_noon_counts(db, world) -> None:
    with db.transaction() as s:
        R.mark_asked(s, world["b"], when=datetime(2026, 8, 1, 6, tzinfo=UTC))  # 1.8. 09:00 local
    with db.session() as s:
        assert "Bertta Berg" not in [r.name for r in R.ask_list(s)]


def test_period_range() -> None:
    assert R.period_range("all", TODAY) == (None, None)
    assert R.period_range("this_month", TODAY) == (date(2026, 11, 1), TODAY)
    assert R.period_range("last_90_days", TODAY) == (date(2026, 8, 30), TODAY)
    assert R.period_range("this_year", TODAY) == (date(2026, 1, 1), TODAY)
    assert R.period_range("last_year", TODAY) == (date(2025, 1, 1), date(2025, 12, 31))


def test_clear_and_delete(db, world) -> None:
    with db.transaction() as s:
        R.set_auto_thank(s, True, today=TODAY)
        fu = R.plan_thank_followup(s, R.referral_for_lead(s, world["le"]).id, today=TODAY)
        assert R.clear_referrer(s, world["le"]) is True
        assert R.clear_referrer(s, world["le"]) is False
        assert fu.status == FollowUpStatus.CANCELLED
        R.delete_referral(s, R.referral_for_lead(s, world["lc"]).id)
        assert s.scalar(select(func.count(Referral.id))) == 2


def test_candidates_customers_first(db, world) -> None:
    with db.session() as s:
        assert R.referrer_candidates(s, "") == []
        rows = R.referrer_candidates(s, "aino")
        assert rows[0][:2] == (world["a"], "Aino Aaltonen")


def test_mark_won_plans_thank_followup_when_enabled(db) -> None:
    from salesdesk.crm import leads

    with db.transaction() as s:
        a, b, c = person(s, "Anna A"), person(s, "Bert B"), person(s, "Carl C")
        lb = leads.create_lead(s, contact=b, title="B deal")
        lc = leads.create_lead(s, contact=c, title="C deal")
        R.set_referrer(s, lb.id, a.id, today=TODAY)
        R.set_referrer(s, lc.id, a.id, today=TODAY)
        leads.mark_won(s, lb, stage(s, StageKind.WON), close_date=TODAY)
        assert s.scalar(select(func.count(FollowUp.id)).where(FollowUp.rule == R.RULE_THANK)) == 0
        R.set_auto_thank(s, True, today=TODAY)
        leads.mark_won(s, lc, stage(s, StageKind.WON), close_date=TODAY)
        fu = s.scalars(select(FollowUp).where(FollowUp.rule == R.RULE_THANK)).one()
        assert (fu.lead_id, fu.contact_id) == (lc.id, a.id)


@pytest.mark.pg
def test_rules_on_every_engine(any_db) -> None:
    """The aggregate SQL (figures, ask list, chains, circles) on SQLite and PostgreSQL."""
    ids = build_world(any_db)
    with any_db.session() as s:
        rows = R.referrer_figures(s)
        assert [(r.name, r.referrals, r.open, r.won, r.lost, r.won_value_cents) for r in rows] == [
            ("Bertta Berg", 1, 0, 1, 0, 250000),
            ("Aino Aaltonen", 3, 1, 1, 1, 100000),
        ]
        assert rows[1].last_referred_on == date(2026, 6, 1)
        assert [r.referrals for r in R.referrer_figures(s, date(2026, 5, 1), date(2026, 6, 30))] == [2]
        assert [r.name for r in R.ask_list(s)] == ["Bertta Berg", "Eero Ek"]
        assert R.referral_forest(s)[0].depth() == 3
        assert len(R.list_referrals(s, waiting_only=True)) == 2
        assert R.find_referrer(s, "Aaltonen, Aino").id == ids["a"]
    with any_db.transaction() as s:
        la = lead_for(s, s.get(Contact, ids["a"]))
        with pytest.raises(R.ReferralCycleError):
            R.set_referrer(s, la.id, ids["e"], today=TODAY)
        R.mark_asked(s, ids["b"], when=datetime(2026, 8, 2, 9, tzinfo=UTC))
    with any_db.session() as s:
        assert [r.name for r in R.ask_list(s)] == ["Eero Ek"]
