"""Saving contacts, finding duplicates, merging and unmerging."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from salesdesk.crm import contacts as crm_contacts
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.followups_core import at_local, create_followup
from salesdesk.db import search_index
from salesdesk.db.models import Contact, FollowUp, Lead, Note, Referral, Tag, contact_tags


def test_save_refuses_invalid_and_writes_nothing(db) -> None:
    with db.transaction() as s, pytest.raises(crm_contacts.InvalidFieldsError) as err:
        crm_contacts.save_contact(s, {"first_name": "Anna", "email": "anna@", "phone": "123"})
    assert set(err.value.errors) == {"email", "phone"}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_save_normalises_and_keeps_invalid_on_request(db) -> None:
    with db.transaction() as s:
        c = crm_contacts.save_contact(
            s,
            {
                "first_name": " Anna ",
                "last_name": "Virtanen",
                "email": "Anna@Firma.FI",
                "phone": "040 123 4567",
                "website": "firma.fi",
                "mobile": "12",
            },
            keep_invalid={"mobile"},
            tags=["messu", "Messu", "vip"],
        )
        cid = c.id
    with db.session() as s:
        c = s.get(Contact, cid)
        assert (c.name, c.email, c.phone, c.website, c.mobile) == (
            "Anna Virtanen",
            "Anna@firma.fi",
            "+358401234567",
            "https://firma.fi",
            "12",
        )
        assert sorted(t.name for t in c.tags) == ["messu", "vip"]
        found = s.scalars(search_index.matching_ids(s, "contact", "0401234567")).all()
        assert found == [cid]


def test_organization_needs_name_and_valid_business_id(db) -> None:
    with db.transaction() as s, pytest.raises(crm_contacts.InvalidFieldsError) as err:
        crm_contacts.save_contact(s, {"kind": "organization", "name": "", "business_id": "0737546-3"})
    assert set(err.value.errors) == {"name", "business_id"}


def _people(s):
    org = Contact(kind="organization", name="Konepaja Koskinen Oy")
    other = Contact(kind="organization", name="Muu Oy")
    hanna = Contact(
        name="Hanna Koskinen",
        first_name="Hanna",
        last_name="Koskinen",
        organization=org,
        email="hanna@koskinen.fi",
        mobile="+358401234567",
    )
    s.add_all([org, other, hanna])
    s.flush()
    return org, other, hanna


def test_duplicates_by_email_phone_and_name_at_org(db) -> None:
    with db.transaction() as s:
        org, other, hanna = _people(s)
        by_mail = crm_contacts.find_duplicates(s, name="X", emails=["HANNA@koskinen.fi"])
        assert [(d.contact_id, d.score) for d in by_mail] == [(hanna.id, 100)]
        by_phone = crm_contacts.find_duplicates(s, name="X", phones=["040 1234567"])
        assert [d.contact_id for d in by_phone] == [hanna.id]
        by_name = crm_contacts.find_duplicates(s, name="Hana Koskinen", organization_id=org.id)
        assert by_name and by_name[0].contact_id == hanna.id and 85 <= by_name[0].score < 100
        assert by_name[0].organization == "Konepaja Koskinen Oy"
        assert crm_contacts.find_duplicates(s, name="Hana Koskinen", organization_id=other.id) == []
        assert (
            crm_contacts.find_duplicates(s, name="Hanna", emails=["hanna@koskinen.fi"], exclude_id=hanna.id)
            == []
        )


def test_merge_moves_everything_and_unmerge_restores(db) -> None:
    with db.transaction() as s:
        org, _other, hanna = _people(s)
        twin = Contact(
            name="Hanna Koskinen",
            first_name="Hanna",
            last_name="Koskinen",
            email="h.koskinen@gmail.com",
            title="CEO",
            organization=org,
        )
        friend = Contact(name="Ville")
        s.add_all([twin, friend])
        s.flush()
        tag = Tag(name="vip")
        s.add(tag)
        s.flush()
        s.execute(contact_tags.insert().values(contact_id=twin.id, tag_id=tag.id))
        lead = lead_rules.create_lead(s, contact=twin, title="Hydrauliikka")
        s.flush()
        create_followup(s, lead=lead, due_at=at_local(lead.created_at.date(), 9), title="Soita")
        s.add(Note(contact_id=twin.id, body="Tavattu messuilla"))
        s.add(Referral(referrer_id=twin.id, referred_contact_id=friend.id))
        s.flush()
        ids = hanna.id, twin.id, lead.id
    hanna_id, twin_id, lead_id = ids
    with db.transaction() as s:
        record = crm_contacts.merge_contacts(s, hanna_id, twin_id, {"email": "loser"})
    with db.session() as s:
        assert s.get(Contact, twin_id) is None
        h = s.get(Contact, hanna_id)
        assert h.email == "h.koskinen@gmail.com" and h.title == "CEO"  # chosen + filled empty
        assert h.mobile == "+358401234567"
        assert s.get(Lead, lead_id).contact_id == hanna_id
        assert s.scalar(select(FollowUp.contact_id)) == hanna_id
        assert s.scalar(select(Note.contact_id)) == hanna_id
        assert s.scalar(select(Referral.referrer_id)) == hanna_id
        assert [t.name for t in h.tags] == ["vip"]
        assert s.scalars(search_index.matching_ids(s, "lead", "Hydrauliikka")).all() == [lead_id]
    with db.transaction() as s:
        crm_contacts.unmerge(s, record)
    with db.session() as s:
        t = s.get(Contact, twin_id)
        h = s.get(Contact, hanna_id)
        assert (
            t.email == "h.koskinen@gmail.com" and t.title == "CEO" and t.organization_id == h.organization_id
        )
        assert h.email == "hanna@koskinen.fi" and h.title == ""
        assert s.get(Lead, lead_id).contact_id == twin_id
        assert s.scalar(select(FollowUp.contact_id)) == twin_id
        assert s.scalar(select(Note.contact_id)) == twin_id
        assert s.scalar(select(Referral.referrer_id)) == twin_id
        assert [x.name for x in t.tags] == ["vip"] and h.tags == []
        assert s.scalars(search_index.matching_ids(s, "contact", "gmail")).all() == [twin_id]
    with db.transaction() as s, pytest.raises(Exception, match="already been undone"):
        crm_contacts.unmerge(s, record)
