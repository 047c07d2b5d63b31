"""The data model: SQLAlchemy 2.0 typed models for every word of DESIGN.md section 1.

Conventions: money is integer cents plus an ISO currency code; points in time are UTC
(``UTCDateTime``); calendar dates (expected close, customer since) are plain dates;
vocabularies are short text codes from ``salesdesk.db.enums``.
Schema changes go through Alembic migrations in ``salesdesk/db/migrations``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from salesdesk.db.enums import (
    ContactKind,
    FollowUpKind,
    FollowUpStatus,
    LeadSource,
    Repeat,
    StageKind,
    Temperature,
    ThanksStatus,
)
from salesdesk.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: Money in cents (and every column whose products are money): 64-bit. PostgreSQL's
#: ``integer`` ends at €21,474,836.47; SQLite's INTEGER is 64-bit already, so the SQLite
#: schema keeps its INTEGER declaration and no table has to be rebuilt for it.
Cents = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


lead_tags = Table(
    "lead_tags",
    Base.metadata,
    Column("lead_id", ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id",
        ForeignKey("tags.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id",
        ForeignKey("tags.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Owner(Base):
    """A sales rep who owns leads and follow-ups."""

    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    initials: Mapped[str] = mapped_column(String(4), default="")
    color: Mapped[str] = mapped_column(String(9), default="")  # "#rrggbb"; "" = from the palette
    login: Mapped[str] = mapped_column(String(120), default="")  # PostgreSQL role of this rep
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="")


class Stage(Base):
    """A funnel stage: a column of the board."""

    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=0)  # win probability in percent
    kind: Mapped[str] = mapped_column(String(8), default=StageKind.OPEN)
    stale_after_days: Mapped[int] = mapped_column(Integer, default=14)
    # The untranslated key of a seeded stage ("suspect", "mql", ...), "" for user stages;
    # lets the window show seeded names in the user's language until they are renamed.
    key: Mapped[str] = mapped_column(String(20), default="")


class Contact(Base):
    """A person or an organization. A person may belong to an organization."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_phone", "phone"),
        Index("ix_contacts_mobile", "mobile"),
        Index("ix_contacts_business_id", "business_id"),
        Index("ix_contacts_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default=ContactKind.PERSON)
    # Display name: "First Last" for a person, the company name for an organization.
    name: Mapped[str] = mapped_column(String(300), default="")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    email2: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")  # E.164
    mobile: Mapped[str] = mapped_column(String(32), default="")  # E.164
    street: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166 alpha-2
    website: Mapped[str] = mapped_column(String(300), default="")
    linkedin: Mapped[str] = mapped_column(String(300), default="")
    business_id: Mapped[str] = mapped_column(String(20), default="")  # Y-tunnus "1234567-8"
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"))
    customer_since: Mapped[date | None] = mapped_column(Date)
    # Data protection: lawful basis (enums.LawfulBasis), consent, GDPR article 14 notice.
    lawful_basis: Mapped[str] = mapped_column(String(24), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    from_purchased_list: Mapped[bool] = mapped_column(Boolean, default=False)
    informed_on: Mapped[date | None] = mapped_column(Date)  # article 14 notice sent
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    organization: Mapped[Contact | None] = relationship(remote_side=[id], back_populates="members")
    members: Mapped[list[Contact]] = relationship(back_populates="organization")
    owner: Mapped[Owner | None] = relationship()
    leads: Mapped[list[Lead]] = relationship(back_populates="contact")
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags)

    @property
    def is_customer(self) -> bool:
        return self.customer_since is not None


class Lead(Base):
    """One sales opportunity for a contact: a card on the board."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_stage_position", "stage_id", "position"),
        Index("ix_leads_owner_stage", "owner_id", "stage_id"),
        Index("ix_leads_closed_at", "closed_at"),
        Index("ix_leads_created_at", "created_at"),
        # The board's covering index: column figures and one owner's pages (migration board_1).
        Index(
            "ix_leads_board",
            "stage_id",
            "owner_id",
            "closed_at",
            "position",
            "last_activity_at",
            "currency",
            "value_cents",
            "temperature",
            "source",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # manual order within a column
    value_cents: Mapped[int] = mapped_column(Cents, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column(Date)
    temperature: Mapped[str] = mapped_column(String(4), default=Temperature.COLD)
    temperature_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(24), default=LeadSource.OTHER, index=True)
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)  # resets the stale clock
    closed_at: Mapped[datetime | None] = mapped_column()
    lost_reason: Mapped[str] = mapped_column(String(16), default="")  # enums.LostReason
    lost_note: Mapped[str] = mapped_column(Text, default="")
    revisit_on: Mapped[date | None] = mapped_column(Date)
    discarded: Mapped[bool] = mapped_column(Boolean, default=False)
    revived_from_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="leads")
    stage: Mapped[Stage] = relationship()
    owner: Mapped[Owner | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=lead_tags)
    revived_from: Mapped[Lead | None] = relationship(remote_side=[id])
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="lead")


class StageChange(Base):
    """The history of a lead's moves through the funnel."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    to_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """A planned activity on a lead or a contact."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_status_due", "status", "due_at"),
        # The board's overdue / stale / next-step checks, one probe per lead (migration board_1).
        Index("ix_follow_ups_lead_open", "lead_id", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  # stable calendar UID
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default=FollowUpKind.CALL)
    title: Mapped[str] = mapped_column(String(300), default="")
    due_at: Mapped[datetime] = mapped_column()
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(10), default=FollowUpStatus.OPEN)
    done_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str] = mapped_column(Text, default="")
    repeat: Mapped[str] = mapped_column(String(10), default=Repeat.NONE)
    repeat_every: Mapped[int] = mapped_column(Integer, default=1)
    notified_at: Mapped[datetime | None] = mapped_column()  # reminder shown for this due time
    rule: Mapped[str] = mapped_column(String(40), default="")  # automation rule that made it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lead: Mapped[Lead | None] = relationship(back_populates="follow_ups")
    contact: Mapped[Contact | None] = relationship()
    owner: Mapped[Owner | None] = relationship()


class Note(Base):
    """A note on a lead's or contact's timeline."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Referral(Base):
    """Contact ``referrer`` referred the lead ``lead`` (of contact ``referred_contact``)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    referred_contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"), unique=True)
    referred_on: Mapped[date] = mapped_column(Date, default=date.today)
    note: Mapped[str] = mapped_column(Text, default="")
    thanks_status: Mapped[str] = mapped_column(String(10), default=ThanksStatus.NONE)
    thanked_on: Mapped[date | None] = mapped_column(Date)
    rewarded_on: Mapped[date | None] = mapped_column(Date)
    reward: Mapped[str] = mapped_column(String(200), default="")
    thanks_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    referrer: Mapped[Contact] = relationship(foreign_keys=[referrer_id])
    referred_contact: Mapped[Contact] = relationship(foreign_keys=[referred_contact_id])
    lead: Mapped[Lead | None] = relationship()


class ImportBatch(Base):
    """One run of an import, with what it created and changed, so that it can be undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    header_row: Mapped[int] = mapped_column(Integer, default=1)
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")
    source: Mapped[str] = mapped_column(String(24), default=LeadSource.PURCHASED_LIST)
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"))
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"))
    tags: Mapped[str] = mapped_column(String(500), default="")
    cost_cents: Mapped[int] = mapped_column(Cents, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    lawful_basis: Mapped[str] = mapped_column(String(24), default="")
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_count: Mapped[int] = mapped_column(Integer, default=0)  # rows merged into a contact
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column()


class ImportChange(Base):
    """One record an import batch created or updated (with the values it replaced)."""

    __tablename__ = "import_changes"
    __table_args__ = (Index("ix_import_changes_batch_entity", "batch_id", "entity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    entity: Mapped[str] = mapped_column(String(16))  # "contact" | "lead"
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))  # enums.ChangeAction
    old_values_json: Mapped[str] = mapped_column(Text, default="{}")
    new_values_json: Mapped[str] = mapped_column(Text, default="{}")


class HeaderMapping(Base):
    """A column mapping remembered for a header set, so the same vendor's list maps itself."""

    __tablename__ = "header_mappings"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ErasedIdentity(Base):
    """A salted hash of an erased person's e-mail or phone: a later import flags them."""

    __tablename__ = "erased_identities"
    __table_args__ = (UniqueConstraint("digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "email" | "phone"
    digest: Mapped[str] = mapped_column(String(128))
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """A setting stored with the data (shared by every window on this database)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SearchEntry(Base):
    """Searchable text of a lead or a contact; SQLite keeps an FTS5 index over it,
    PostgreSQL a GIN index of its tokens (see ``db/search_index.py``)."""

    __tablename__ = "search_entries"
    __table_args__ = (
        UniqueConstraint("kind", "ref_id"),
        # a narrow covering index of the entries with phones: the substring search of
        # phone digits reads only it
        Index(
            "ix_search_entries_phones",
            "kind",
            "phones",
            "ref_id",
            sqlite_where=text("phones != ''"),
            postgresql_where=text("phones != ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "lead" | "contact"
    ref_id: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    #: a contact's phone numbers as digits, each in its international and national form
    phones: Mapped[str] = mapped_column(Text, default="", server_default="")


__all__ = [
    "Base",
    "Contact",
    "ContactKind",
    "ErasedIdentity",
    "FollowUp",
    "FollowUpKind",
    "FollowUpStatus",
    "HeaderMapping",
    "ImportBatch",
    "ImportChange",
    "Lead",
    "LeadSource",
    "Note",
    "Owner",
    "Referral",
    "SearchEntry",
    "Setting",
    "Stage",
    "StageChange",
    "Tag",
    "contact_tags",
    "lead_tags",
]
