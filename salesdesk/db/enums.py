"""The fixed vocabularies of the domain (DESIGN.md section 1), stored as short text codes.

Their translated labels live in ``salesdesk.crm.labels``.
"""

from __future__ import annotations

from enum import StrEnum


class ContactKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Temperature(StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"


class LeadSource(StrEnum):
    REFERRAL = "referral"
    TRADE_SHOW = "trade_show"
    PURCHASED_LIST = "purchased_list"
    WEBSITE = "website"
    INBOUND_CONTENT = "inbound_content"
    LIVE_CHAT = "live_chat"
    EMAIL_CAMPAIGN = "email_campaign"
    SOCIAL_MEDIA = "social_media"
    WEBINAR = "webinar"
    EVENT = "event"
    NETWORKING = "networking"
    ADVERTISING = "advertising"
    EXISTING_CUSTOMER = "existing_customer"
    REVIVED = "revived"
    OTHER = "other"


class LostReason(StrEnum):
    NO_INTENT = "no_intent"  # disqualified: discarded from the open funnel
    COMPETITOR = "competitor"  # kept aside; a revisit date brings it back
    NO_BUDGET = "no_budget"
    NO_RESPONSE = "no_response"
    TIMING = "timing"
    OTHER = "other"


class FollowUpKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    TASK = "task"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Repeat(StrEnum):
    NONE = "none"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    WORKDAYS = "workdays"


class ThanksStatus(StrEnum):
    NONE = "none"
    THANKED = "thanked"
    REWARDED = "rewarded"


class LawfulBasis(StrEnum):
    NONE = ""
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
