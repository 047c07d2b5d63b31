"""Mapping sheet columns to SalesDesk fields: synonyms in English and Finnish, sniffed content,
and a fingerprint of the header set so that a remembered mapping applies to the next file from
the same vendor."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP

#: Every target field with its English label (translated with context "ImportField").
FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ImportField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportField", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportField", "Full name (to be split)"),
    "organization": QT_TRANSLATE_NOOP("ImportField", "Organization"),
    "business_id": QT_TRANSLATE_NOOP("ImportField", "Business ID"),
    "title": QT_TRANSLATE_NOOP("ImportField", "Job title"),
    "email": QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "email2": QT_TRANSLATE_NOOP("ImportField", "Second e-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("ImportField", "Mobile"),
    "street": QT_TRANSLATE_NOOP("ImportField", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("ImportField", "Postal code"),
    "city": QT_TRANSLATE_NOOP("ImportField", "City"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country"),
    "website": QT_TRANSLATE_NOOP("ImportField", "Website"),
    "linkedin": QT_TRANSLATE_NOOP("ImportField", "LinkedIn"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Contact notes"),
    "lead_title": QT_TRANSLATE_NOOP("ImportField", "Lead title"),
    "temperature": QT_TRANSLATE_NOOP("ImportField", "Temperature (hot, warm, cold)"),
    "expected_close": QT_TRANSLATE_NOOP("ImportField", "Expected close date"),
    "met_on": QT_TRANSLATE_NOOP("ImportField", "Date met (the lead's start)"),
    "value": QT_TRANSLATE_NOOP("ImportField", "Deal value"),
    "source_detail": QT_TRANSLATE_NOOP("ImportField", "Source detail"),
    "tags": QT_TRANSLATE_NOOP("ImportField", "Tags"),
    "referred_by": QT_TRANSLATE_NOOP("ImportField", "Referred by"),
    "lead_notes": QT_TRANSLATE_NOOP("ImportField", "Lead notes"),
    "stage": QT_TRANSLATE_NOOP("ImportField", "Funnel stage"),
    "owner": QT_TRANSLATE_NOOP("ImportField", "Sales rep (owner)"),
    "lead_source": QT_TRANSLATE_NOOP("ImportField", "Lead source type"),
    "id_contact": QT_TRANSLATE_NOOP("ImportField", "SalesDesk contact ID"),
    "id_lead": QT_TRANSLATE_NOOP("ImportField", "SalesDesk lead ID"),
    # Not stored as such: tells a company row from a person row (Odoo "Is a company").
    "is_company": QT_TRANSLATE_NOOP("ImportField", "Is a company (yes/no)"),
}

#: Fields that several columns may map to: the values are collected in column order
#: (extra e-mails and phones spill into email2 / mobile / notes).
MULTI_FIELDS = frozenset({"email", "phone", "notes", "lead_notes", "tags", "street"})


def norm_header(text: Any) -> str:
    """A header reduced for matching: lower case, no accents, no punctuation or spaces."""
    s = str(text or "").strip().casefold()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "", s)


_SYN: dict[str, list[str]] = {
    "first_name": [
        "first name",
        "firstname",
        "first",
        "given name",
        "forename",
        "etunimi",
        "etunimet",
        "kutsumanimi",
        "fname",
        "contact first name",
    ],
    "last_name": [
        "last name",
        "lastname",
        "surname",
        "family name",
        "sukunimi",
        "lname",
        "last",
        "contact last name",
    ],
    "full_name": [
        "full name",
        "fullname",
        "name",
        "nimi",
        "contact name",
        "contact",
        "person",
        "henkilo",
        "yhteyshenkilo",
        "koko nimi",
        "contact person",
        "partner name",
        "asiakas",
    ],
    "organization": [
        "organization",
        "organisation",
        "company",
        "company name",
        "companyname",
        "yritys",
        "organisaatio",
        "yrityksen nimi",
        "firma",
        "account",
        "account name",
        "related company",
        "parent company",
        "employer",
        "yhtio",
        "toiminimi",
        "customer name",
        "org",
        "organization name",
        "organisaation nimi",
        "parent",
        "parent_id",
        "parent id",
    ],
    "business_id": [
        "business id",
        "y tunnus",
        "ytunnus",
        "vat",
        "vat number",
        "vat id",
        "tax id",
        "tax number",
        "taxnumber",
        "registration number",
        "tax_number",
        "alv tunnus",
        "alvtunnus",
        "y-tunnus",
        "org nr",
        "id number",
        "vat_number",
        "business identity code",
    ],
    "title": [
        "title",
        "job title",
        "job position",
        "position",
        "titteli",
        "tehtavanimike",
        "nimike",
        "asema",
        "rooli",
        "role",
        "designation",
        "function",
        "job",
        "ammattinimike",
        "toimenkuva",
        "jobtitle",
    ],
    "email": [
        "email",
        "e mail",
        "e-mail",
        "mail",
        "email address",
        "sahkoposti",
        "sahkopostiosoite",
        "sposti",
        "s-posti",
        "emailid",
        "email work",
        "work email",
        "email_work",
        "emails",
        "primary email",
        "email 1",
        "email1",
    ],
    "email2": [
        "email 2",
        "email2",
        "secondary email",
        "other email",
        "email home",
        "home email",
        "email other",
        "toinen sahkoposti",
        "sahkoposti 2",
    ],
    "phone": [
        "phone",
        "telephone",
        "tel",
        "puhelin",
        "puhelinnumero",
        "puh",
        "phone number",
        "work phone",
        "phone work",
        "business phone",
        "office phone",
        "contact numbers",
        "contact number",
        "phone 1",
        "puhelin tyo",
        "tyopuhelin",
        "billing phone",
        "phones",
        "numero",
    ],
    "mobile": [
        "mobile",
        "mobile phone",
        "mobilephone",
        "cell",
        "cell phone",
        "gsm",
        "matkapuhelin",
        "kannykka",
        "kannykkanumero",
        "mobiili",
        "puhelin mobiili",
        "phone mobile",
        "mobile number",
        "matkapuhelinnumero",
        "phone home",
        "home phone",
    ],
    "street": [
        "street",
        "address",
        "street address",
        "osoite",
        "katuosoite",
        "lahiosoite",
        "address1",
        "address 1",
        "billing street",
        "billing address",
        "street1",
        "postiosoite",
        "kaynti osoite",
        "kayntiosoite",
        "katu",
        "street2",
        "street 2",
        "address2",
        "address 2",
        "billing street2",
        "billing apt/suite",
        "apt/suite",
        "osoite 2",
        "osoite2",
    ],
    "postal_code": [
        "postal code",
        "postcode",
        "post code",
        "zip",
        "zip code",
        "zipcode",
        "postinumero",
        "postinro",
        "postinro.",
        "billing postal code",
        "billing code",
        "postal",
        "pnro",
    ],
    "city": [
        "city",
        "town",
        "kaupunki",
        "postitoimipaikka",
        "paikkakunta",
        "kunta",
        "billing city",
        "locality",
        "toimipaikka",
        "ptp",
    ],
    "country": [
        "country",
        "maa",
        "valtio",
        "country id",
        "country_id",
        "billing country",
        "country code",
        "countrycode",
        "country name",
    ],
    "website": [
        "website",
        "web",
        "www",
        "url",
        "homepage",
        "home page",
        "web site",
        "kotisivu",
        "kotisivut",
        "verkkosivu",
        "verkkosivut",
        "nettisivut",
        "site",
        "internet",
    ],
    "linkedin": [
        "linkedin",
        "linkedin url",
        "linkedin_url",
        "linkedin profile",
        "linkedin-profiili",
        "linkedinprofiili",
    ],
    "notes": [
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "description",
        "info",
        "lisatiedot",
        "lisatieto",
        "kommentit",
        "kommentti",
        "huomiot",
        "huomio",
        "muistiinpanot",
        "background",
        "public notes",
        "private notes",
        "kuvaus",
        "internal notes",
    ],
    "lead_title": [
        "lead title",
        "tuote",
        "tuotteet",
        "product",
        "palvelu",
        "kiinnostuksen aihe",
        "lead",
        "opportunity",
        "opportunity name",
        "deal",
        "deal name",
        "subject",
        "aihe",
        "liidi",
        "myyntimahdollisuus",
        "kauppa",
        "mahdollisuus",
        "lead name",
    ],
    "temperature": [
        "temperature",
        "temp",
        "lampotila",
        "lampo",
        "kiinnostus",
        "interest",
        "interest level",
        "lead status",
        "rating",
        "lead rating",
        "priority",
        "prioriteetti",
        "status",
        "kiinnostuksen taso",
        "heat",
        "lammin kylma",
    ],
    "met_on": [
        "date met",
        "met on",
        "met",
        "pvm",
        "paivamaara",
        "paiva",
        "date",
        "tapaamispaiva",
        "kohtaamispaiva",
        "kayntipaiva",
        "visit date",
        "scan date",
        "scanned",
        "lead date",
        "lead created",
    ],
    "expected_close": [
        "expected close",
        "expected close date",
        "close date",
        "closing date",
        "expected closing",
        "deadline",
        "arvioitu sulkeminen",
        "arvioitu paatos",
        "paatospaiva",
        "paatos",
        "ostopaiva",
        "arvioitu kauppapaiva",
        "expected decision",
    ],
    "value": [
        "value",
        "deal value",
        "amount",
        "expected revenue",
        "revenue",
        "arvo",
        "kaupan arvo",
        "summa",
        "budget",
        "budjetti",
        "potential",
        "euro",
        "eur",
        "hinta",
        "opportunity amount",
    ],
    "source_detail": [
        "source",
        "lead source",
        "lahde",
        "source detail",
        "campaign",
        "kampanja",
        "tapahtuma",
        "event",
        "mista",
        "medium",
    ],
    "tags": [
        "tags",
        "tag",
        "tagit",
        "tunnisteet",
        "avainsanat",
        "labels",
        "categories",
        "category",
        "kategoria",
        "segment",
        "mailing list",
        "ryhma",
        "ryhmat",
    ],
    "referred_by": [
        "referred by",
        "referrer",
        "referral",
        "suosittelija",
        "suosittelijan nimi",
        "suosittelu",
        "suositteli",
        "recommended by",
        "referred",
    ],
    "lead_notes": [
        "lead notes",
        "lead note",
        "liidin lisatiedot",
        "ostoaikataulu",
        "aikataulu",
        "timeframe",
        "purchase timeframe",
        "buying timeframe",
        "next activity summary",
        "tarve",
        "needs",
        "kiinnostuksen kohde",
    ],
    # Written by SalesDesk's own export (salesdesk.sheets.export), so that an edited export
    # re-imports its stage, owner and source type.
    "stage": ["stage", "vaihe", "funnel stage", "myyntivaihe", "pipeline stage", "deal stage"],
    "owner": ["owner", "myyja", "sales rep", "salesperson", "vastuumyyja", "lead owner"],
    "lead_source": ["source type", "lahdetyyppi", "lead source type", "liidin lahdetyyppi"],
    "id_contact": [
        "id contact",
        "id_contact",
        "contact id",
        "salesdesk contact id",
        "kontakti id",
        "yhteystieto id",
        "salesdesk yhteystieto id",
    ],
    "id_lead": ["id lead", "id_lead", "lead id", "salesdesk lead id", "liidi id", "salesdesk liidi id"],
    "is_company": [
        "is a company",
        "is company",
        "is_company",
        "company type",
        "companytype",
        "type",
        "contact type",
        "yritys vai henkilo",
        "tyyppi",
        "kind",
        "partner type",
    ],
}

SYNONYMS: dict[str, str] = {}
for _field, _words in _SYN.items():
    for _w in _words:
        SYNONYMS.setdefault(norm_header(_w), _field)

# "Name" is the person in most files, but the lead's title when a "Contact Name" is present
# (Odoo's crm.lead template) or the organization when only company columns exist.
_GENERIC_NAME = {norm_header("name"), norm_header("nimi")}

_EMAIL_RE = re.compile(r"^\s*[^@\s]+@[^@\s]+\.[a-z]{2,}\s*$", re.I)
_PHONE_RE = re.compile(r"^\s*\+?[\d\s().\-/]{7,20}\s*$")


def field_label(field: str) -> str:
    from salesdesk.i18n import translate

    return translate("ImportField", FIELDS[field]) if field in FIELDS else field


def header_fingerprint(headers: Sequence[str]) -> str:
    """Stable id of a header set: order-insensitive, spelling-insensitive."""
    keys = sorted({norm_header(h) for h in headers if norm_header(h)})
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()[:20]


def _sniff(values: Sequence[Any]) -> str | None:
    vals = [str(v).strip() for v in values if str(v).strip()]
    if len(vals) < 2:
        return None
    if sum(1 for v in vals if _EMAIL_RE.match(v)) >= 0.8 * len(vals):
        return "email"
    if sum(1 for v in vals if "@" in v and v.startswith("[{")) >= 0.8 * len(vals):
        return "email"
    return None


def auto_map(
    headers: Sequence[str],
    samples: Sequence[Sequence[Any]] | None = None,
    remembered: Mapping[str, str | None] | None = None,
) -> list[str | None]:
    """Propose a field (or None) for each column.

    ``samples[i]`` holds some values of column i, used to recognise e-mail columns with odd
    headers. ``remembered`` maps normalised header → field from an earlier import of the same
    header set; it wins over the synonyms.
    """
    n = len(headers)
    out: list[str | None] = [None] * n
    taken: set[str] = set()
    keys = [norm_header(h) for h in headers]

    def assign(i: int, field: str | None) -> None:
        if field is None:
            return
        if field in taken and field not in MULTI_FIELDS:
            # a second e-mail column → email2, a second phone → mobile, else leave it
            spill = {"email2": "email", "mobile": "phone", "full_name": None}.get(field)
            if field == "email" and "email2" not in taken:
                field = "email2"
            elif spill and spill in MULTI_FIELDS:
                field = spill
            else:
                return
        out[i] = field
        taken.add(field)

    if remembered:
        for i, k in enumerate(keys):
            if k in remembered:
                out[i] = remembered[k]
                if remembered[k]:
                    taken.add(remembered[k])  # type: ignore[arg-type]
        if all(k in remembered for k in keys if k):
            return out

    generic: list[int] = []
    for i, k in enumerate(keys):
        if out[i] is not None or (remembered and k in remembered):
            continue
        if k in _GENERIC_NAME:
            generic.append(i)
            continue
        field = SYNONYMS.get(k)
        if field is None and k:
            field = _fuzzy_synonym(k)
        if field is None and samples is not None and i < len(samples):
            field = _sniff(samples[i])
        assign(i, field)

    for i in generic:
        if {"first_name", "last_name", "full_name"} & taken:
            if "organization" not in taken:
                assign(i, "organization")
            elif "lead_title" not in taken:
                assign(i, "lead_title")
        else:
            assign(i, "full_name")

    # Headers that only sometimes mean the field: keep them when the values agree.
    if samples is not None:
        for i, f in enumerate(out):
            check = _CONTENT_CHECKS.get(f or "")
            if check and keys[i] in _WEAK and i < len(samples):
                vals = [str(v).strip() for v in samples[i] if str(v).strip()]
                if vals and sum(1 for v in vals if check(v)) < 0.5 * len(vals):
                    out[i] = None
            if f == "title" and i < len(samples):
                vals = [str(v).strip().rstrip(".").casefold() for v in samples[i] if str(v).strip()]
                if vals and sum(1 for v in vals if v in _SALUTATIONS) >= 0.5 * len(vals):
                    out[i] = None
    return out


_SALUTATIONS = {"mr", "mrs", "ms", "miss", "dr", "prof", "herra", "rouva", "neiti", "mx", "sir"}
_WEAK = {
    norm_header(w)
    for w in (
        "status",
        "rating",
        "priority",
        "prioriteetti",
        "type",
        "kind",
        "tyyppi",
        "source",
        "lead status",
        "numero",
        "contact type",
        "internet",
        "site",
        "info",
        "event",
        "medium",
    )
}


def _is_temperature(v: str) -> bool:
    from salesdesk.sheets.normalise import temperature_value

    return temperature_value(v)[0] is not None


def _is_company_flag(v: str) -> bool:
    return v.casefold() in {
        "0",
        "1",
        "0.0",
        "1.0",
        "true",
        "false",
        "yes",
        "no",
        "company",
        "person",
        "individual",
        "yritys",
        "henkilö",
        "henkilo",
        "organization",
        "organisation",
        "organisaatio",
        "kyllä",
        "ei",
    }


_CONTENT_CHECKS = {"temperature": _is_temperature, "is_company": _is_company_flag}


def _fuzzy_synonym(key: str) -> str | None:
    """Match headers such as "Contact e-mail (work)" or "Billing Phone 2" by their parts."""
    for suffix in ("2", "1", "3"):
        if key.endswith(suffix) and key[:-1] in SYNONYMS:
            base = SYNONYMS[key[:-1]]
            return {"email": "email", "phone": "phone"}.get(base, base if suffix == "1" else None)
    for word, field in (
        ("sahkoposti", "email"),
        ("email", "email"),
        ("matkapuh", "mobile"),
        ("mobile", "mobile"),
        ("puhelin", "phone"),
        ("phone", "phone"),
        ("linkedin", "linkedin"),
        ("postinumero", "postal_code"),
        ("postalcode", "postal_code"),
        ("zip", "postal_code"),
    ):
        if word in key and "fax" not in key:
            return field
    return None
