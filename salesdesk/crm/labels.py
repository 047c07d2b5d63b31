"""Translated labels of the domain's vocabularies, for the window and the command line."""

from __future__ import annotations

from salesdesk.db.enums import (
    ContactKind,
    FollowUpKind,
    FollowUpStatus,
    LawfulBasis,
    LeadSource,
    LostReason,
    Repeat,
    StageKind,
    Temperature,
    ThanksStatus,
)
from salesdesk.i18n import QT_TRANSLATE_NOOP, translate

_LABELS: dict[str, str] = {
    ContactKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
    ContactKind.ORGANIZATION: QT_TRANSLATE_NOOP("Labels", "Organization"),
    StageKind.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    StageKind.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
    StageKind.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
    Temperature.HOT: QT_TRANSLATE_NOOP("Labels", "Hot"),
    Temperature.WARM: QT_TRANSLATE_NOOP("Labels", "Warm"),
    Temperature.COLD: QT_TRANSLATE_NOOP("Labels", "Cold"),
    LeadSource.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referral from a customer"),
    LeadSource.TRADE_SHOW: QT_TRANSLATE_NOOP("Labels", "Trade show / fair"),
    LeadSource.PURCHASED_LIST: QT_TRANSLATE_NOOP("Labels", "Purchased list"),
    LeadSource.WEBSITE: QT_TRANSLATE_NOOP("Labels", "Website visit"),
    LeadSource.INBOUND_CONTENT: QT_TRANSLATE_NOOP("Labels", "Inbound content"),
    LeadSource.LIVE_CHAT: QT_TRANSLATE_NOOP("Labels", "Live chat"),
    LeadSource.EMAIL_CAMPAIGN: QT_TRANSLATE_NOOP("Labels", "E-mail campaign"),
    LeadSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Labels", "Social media"),
    LeadSource.WEBINAR: QT_TRANSLATE_NOOP("Labels", "Webinar"),
    LeadSource.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    LeadSource.NETWORKING: QT_TRANSLATE_NOOP("Labels", "Networking"),
    LeadSource.ADVERTISING: QT_TRANSLATE_NOOP("Labels", "Advertising / direct response"),
    LeadSource.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Existing customer (upsell)"),
    LeadSource.REVIVED: QT_TRANSLATE_NOOP("Labels", "Revived lost deal"),
    LeadSource.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    FollowUpKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    FollowUpKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    FollowUpKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    FollowUpKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
    FollowUpKind.TASK: QT_TRANSLATE_NOOP("Labels", "Task"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    ThanksStatus.NONE: QT_TRANSLATE_NOOP("Labels", "Not thanked"),
    ThanksStatus.THANKED: QT_TRANSLATE_NOOP("Labels", "Thanked"),
    ThanksStatus.REWARDED: QT_TRANSLATE_NOOP("Labels", "Rewarded"),
    LawfulBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent"),
    LawfulBasis.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Contract"),
    LawfulBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("Labels", "Legitimate interest"),
}

# Lost reasons share codes with other vocabularies ("other"), so they have their own table.
_LOST: dict[str, str] = {
    LostReason.NO_INTENT: QT_TRANSLATE_NOOP("Labels", "No buying intent (disqualified)"),
    LostReason.COMPETITOR: QT_TRANSLATE_NOOP("Labels", "Bought from a competitor"),
    LostReason.NO_BUDGET: QT_TRANSLATE_NOOP("Labels", "No budget"),
    LostReason.NO_RESPONSE: QT_TRANSLATE_NOOP("Labels", "No response"),
    LostReason.TIMING: QT_TRANSLATE_NOOP("Labels", "Timing"),
    LostReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
}

# Repeat codes overlap other vocabularies ("none"), so they have their own table too.
_REPEAT: dict[str, str] = {
    Repeat.NONE: QT_TRANSLATE_NOOP("Labels", "Does not repeat"),
    Repeat.DAYS: QT_TRANSLATE_NOOP("Labels", "Every N days"),
    Repeat.WEEKS: QT_TRANSLATE_NOOP("Labels", "Every N weeks"),
    Repeat.MONTHS: QT_TRANSLATE_NOOP("Labels", "Every N months"),
    Repeat.WORKDAYS: QT_TRANSLATE_NOOP("Labels", "Every working day"),
}

# Seeded funnel stages: shown in the user's language until the user renames them.
_STAGES: dict[str, tuple[str, str]] = {
    "suspect": ("Suspect", QT_TRANSLATE_NOOP("Labels", "Suspect")),
    "mql": ("Marketing-qualified", QT_TRANSLATE_NOOP("Labels", "Marketing-qualified")),
    "sql": ("Sales-qualified", QT_TRANSLATE_NOOP("Labels", "Sales-qualified")),
    "proposal": ("Proposal", QT_TRANSLATE_NOOP("Labels", "Proposal")),
    "negotiation": ("Negotiation", QT_TRANSLATE_NOOP("Labels", "Negotiation")),
    "won": ("Won", QT_TRANSLATE_NOOP("Labels", "Won")),
    "lost": ("Lost", QT_TRANSLATE_NOOP("Labels", "Lost")),
}


def label(code: str) -> str:
    """The translated label of a vocabulary code (temperature, source, kind, ...)."""
    text = _LABELS.get(code)
    return translate("Labels", text) if text else code


def lost_reason_label(code: str) -> str:
    text = _LOST.get(code)
    return translate("Labels", text) if text else code


def repeat_label(code: str) -> str:
    text = _REPEAT.get(code)
    return translate("Labels", text) if text else code


def source_label(code: str) -> str:
    return label(code)


def stage_label(name: str, key: str = "") -> str:
    """A stage's name as shown: a seeded stage still under its English name is translated."""
    seeded = _STAGES.get(key)
    if seeded and seeded[0] == name:
        return translate("Labels", seeded[1])
    return name


def choices(enum: type) -> list[tuple[str, str]]:
    """(code, label) pairs of a vocabulary, in definition order, for combo boxes."""
    if enum is LostReason:
        return [(m.value, lost_reason_label(m.value)) for m in enum]
    return [(m.value, label(m.value)) for m in enum if m.value]  # type: ignore[attr-defined]
