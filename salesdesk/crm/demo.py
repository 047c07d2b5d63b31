"""Demo data: a realistic sales history to try SalesDesk on (``salesdesk demo``).

``generate(session, leads=N, seed=S)`` writes owners, organizations and their people
(Finnish and international), leads from every source with 18 months of stage history,
won deals (customers), lost deals with reasons, revived deals, follow-ups (done, open and
overdue), notes, tags, referral chains and two import batches (a trade show and a
purchased list). The same seed and ``now`` give the same data.

Speed matters (50,000 leads in well under a minute): everything is planned as plain dicts
in memory with its primary keys assigned here, written with bulk ``insert()`` in chunks,
and the search index is rebuilt once at the end. Faker is slow per call, so it only fills
small pools of names, streets and companies that are then combined at random.
"""

from __future__ import annotations

import heapq
import json
import random
import time
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, Date, Table, func, insert, select, text
from sqlalchemy.orm import Session

from salesdesk.crm import settings
from salesdesk.crm.funnel import stages as funnel_stages
from salesdesk.crm.funnel import suggest_temperature
from salesdesk.db import search_index
from salesdesk.db.enums import (
    ChangeAction,
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
    Tag,
    contact_tags,
    lead_tags,
)
from salesdesk.db.types import UTCDateTime
from salesdesk.errors import UserError
from salesdesk.i18n import translate

HISTORY_DAYS = 548  # 18 months
CHUNK = 5000
LOCAL = ZoneInfo("Europe/Helsinki")

# --------------------------------------------------------------------------- vocabularies

OWNERS = [
    ("Mikko Virtanen", "MV", "mikko.virtanen@salesdesk.example", True),
    ("Anna Korhonen", "AK", "anna.korhonen@salesdesk.example", True),
    ("Jukka Mäkinen", "JM", "jukka.makinen@salesdesk.example", True),
    ("Sanna Nieminen", "SN", "sanna.nieminen@salesdesk.example", True),
    ("Erik Lindqvist", "EL", "erik.lindqvist@salesdesk.example", True),
    ("Paula Heikkinen", "PH", "paula.heikkinen@salesdesk.example", False),  # left last spring
]
OWNER_WEIGHTS = [30, 22, 20, 16, 8, 4]

TAGS = [
    ("Teollisuus", "#1f6feb"),
    ("Rakentaminen", "#9a6700"),
    ("Julkinen sektori", "#8250df"),
    ("Pk-yritys", "#2da44e"),
    ("Konserni", "#cf222e"),
    ("Vienti", "#0969da"),
    ("Kumppani", "#bf8700"),
    ("VIP", "#d1242f"),
    ("Huoltosopimus", "#57606a"),
    ("Pilotti", "#1a7f37"),
    ("Kilpailutus", "#6639ba"),
    ("Uusasiakas", "#0550ae"),
]

# Source mix of a Finnish B2B seller; weights in percent of new leads.
SOURCE_WEIGHTS: list[tuple[LeadSource, int]] = [
    (LeadSource.REFERRAL, 12),
    (LeadSource.TRADE_SHOW, 12),
    (LeadSource.PURCHASED_LIST, 11),
    (LeadSource.WEBSITE, 12),
    (LeadSource.INBOUND_CONTENT, 6),
    (LeadSource.LIVE_CHAT, 4),
    (LeadSource.EMAIL_CAMPAIGN, 7),
    (LeadSource.SOCIAL_MEDIA, 6),
    (LeadSource.WEBINAR, 4),
    (LeadSource.EVENT, 5),
    (LeadSource.NETWORKING, 5),
    (LeadSource.ADVERTISING, 4),
    (LeadSource.EXISTING_CUSTOMER, 7),
    (LeadSource.REVIVED, 3),
    (LeadSource.OTHER, 2),
]

WIN_RATE = {
    LeadSource.REFERRAL: 0.55,
    LeadSource.EXISTING_CUSTOMER: 0.6,
    LeadSource.REVIVED: 0.35,
    LeadSource.TRADE_SHOW: 0.25,
    LeadSource.PURCHASED_LIST: 0.1,
    LeadSource.NETWORKING: 0.35,
    LeadSource.EVENT: 0.3,
}
DEFAULT_WIN_RATE = 0.22

# (event name, days before today): the year is taken from the event's date.
TRADE_SHOWS = [
    ("Teollisuusmessut", 58),
    ("Alihankinta", 430),
    ("FinnBuild", 245),
    ("Slush", 370),
    ("Konepajamessut", 160),
    ("Hannover Messe", 225),
]
EVENTS = [
    "Aamiaisseminaari, Tampere",
    "Asiakaslounas, Helsinki",
    "Yrittäjien lounastilaisuus",
    "Tehdasvierailu, Oulu",
    "Partner day, Stockholm",
    "Kumppanipäivä, Espoo",
]
WEBINARS = [
    "Webinaari: Tuottavuutta tuotantoon",
    "Webinaari: Kunnossapito 2.0",
    "Webinar: Energy efficiency in manufacturing",
    "Webinaari: Huoltosopimuksen hyödyt",
]
CONTENT = [
    "Blogi: 5 tapaa vähentää seisokkiaikaa",
    "Opas: Näin valitset oikean toimittajan",
    "Video: Tuotantolinjan modernisointi",
    "Infografiikka: Energiansäästö teollisuudessa",
    "Whitepaper: Predictive maintenance",
]
CAMPAIGNS = [
    "Uutiskirje {month}",
    "Kevätkampanja {year}",
    "Syyskampanja {year}",
    "Newsletter {month}",
]
SOCIAL = ["LinkedIn", "LinkedIn-julkaisu", "LinkedIn Sales Navigator", "Facebook", "Instagram"]
NETWORKING = [
    "Tampereen kauppakamari",
    "Helsingin seudun kauppakamari",
    "Yrittäjät ry, paikallisyhdistys",
    "Rotary",
    "Teknologiateollisuus ry",
]
ADVERTISING = ["Google Ads", "Kauppalehti-ilmoitus", "LinkedIn Ads", "Radiomainos", "Suoramainos"]
WEBSITE = ["Yhteydenottolomake", "Tarjouspyyntölomake", "Hinnasto-sivu", "Contact form"]
CHAT = ["Chat, etusivu", "Chat, hinnasto", "Chat, tuotesivu"]
OTHER = ["Kylmäsoitto", "Puhelinluettelo", "Vanha tuttu", "Walk-in"]
UPSELL = ["Lisämyynti: huoltosopimus", "Lisämyynti: laajennus", "Uusintatilaus", "Upsell: support plan"]

PRODUCTS_FI = [
    "Huoltosopimus",
    "CNC-sorvi",
    "Robottisolu",
    "Kunnossapitojärjestelmä",
    "ERP-käyttöönotto",
    "Energiakartoitus",
    "Lämpöpumppu-urakka",
    "Aurinkovoimala",
    "Trukkikalusto",
    "Varastohyllyt",
    "Koulutuspaketti",
    "Etävalvonta",
    "Ilmanvaihtosaneeraus",
    "Vuosihuolto",
    "Laserleikkuri",
    "Työturvallisuuskartoitus",
]
PRODUCTS_EN = [
    "Maintenance contract",
    "CNC lathe",
    "Robot cell",
    "Maintenance system",
    "ERP roll-out",
    "Energy audit",
    "Solar plant",
    "Forklift fleet",
    "Training package",
    "Remote monitoring",
    "Laser cutter",
    "Annual service",
]

FI_INDUSTRY_PREFIX = [
    "Konepaja",
    "Rakennus",
    "Sähkö",
    "LVI",
    "Kuljetus",
    "Metalli",
    "Puu",
    "Tilitoimisto",
    "Kiinteistöhuolto",
    "Insinööritoimisto",
    "Maalaamo",
    "Teräsrakenne",
    "Muovi",
    "Autokorjaamo",
    "Elementti",
]
FI_INDUSTRY_SUFFIX = ["Kone", "Tekniikka", "Teräs", "Logistiikka", "Palvelu", "Rakennus", "Automaatio"]
FI_PLACE_PREFIX = [
    "Pohjolan",
    "Hämeen",
    "Savon",
    "Lapin",
    "Pirkan",
    "Karjalan",
    "Etelä-Suomen",
    "Vaasan",
    "Kainuun",
    "Satakunnan",
]
FI_FORMS = ["Oy", "Oy", "Oy", "Oy", "Ab Oy", "Tmi", "Ky"]

TITLES = {
    "fi_FI": [
        "Toimitusjohtaja",
        "Hankintapäällikkö",
        "Tuotantopäällikkö",
        "Talousjohtaja",
        "Myyntijohtaja",
        "IT-päällikkö",
        "Kunnossapitopäällikkö",
        "Ostaja",
        "Tehtaanjohtaja",
        "Projektipäällikkö",
    ],
    "en_US": ["CEO", "Purchasing Manager", "Head of Operations", "CFO", "Plant Manager", "IT Director"],
    "en_GB": ["Managing Director", "Procurement Lead", "Operations Director", "Finance Director"],
    "sv_SE": ["VD", "Inköpschef", "Produktionschef", "Ekonomichef", "IT-chef"],
    "de_DE": ["Geschäftsführer", "Einkaufsleiter", "Produktionsleiter", "Leiter IT", "Werksleiter"],
}
COUNTRY = {"fi_FI": "FI", "en_US": "US", "en_GB": "GB", "sv_SE": "SE", "de_DE": "DE"}
TLD = {"fi_FI": "fi", "en_US": "com", "en_GB": "co.uk", "sv_SE": "se", "de_DE": "de"}
CURRENCY = {"fi_FI": "EUR", "en_US": "USD", "en_GB": "GBP", "sv_SE": "SEK", "de_DE": "EUR"}
LOCALE_WEIGHTS = [("fi_FI", 72), ("sv_SE", 9), ("de_DE", 7), ("en_GB", 6), ("en_US", 6)]

LOST_WEIGHTS: list[tuple[LostReason, int]] = [
    (LostReason.COMPETITOR, 26),
    (LostReason.NO_BUDGET, 20),
    (LostReason.NO_RESPONSE, 20),
    (LostReason.NO_INTENT, 14),
    (LostReason.TIMING, 14),
    (LostReason.OTHER, 6),
]
LOST_NOTES = {
    LostReason.COMPETITOR: [
        "Valitsivat halvemman tarjouksen kilpailijalta.",
        "Kilpailijalla oli valmis toimitus heti.",
        "Went with the incumbent supplier.",
        "Konserni päätti keskittää hankinnat toiselle toimittajalle.",
    ],
    LostReason.NO_BUDGET: [
        "Budjetti jäädytetty ensi vuoteen.",
        "Investointi siirtyi, rahoitus ei järjestynyt.",
        "No budget this fiscal year.",
    ],
    LostReason.NO_RESPONSE: [
        "Ei vastannut kolmeen soittoon eikä sähköpostiin.",
        "Yhteyshenkilö vaihtoi työpaikkaa, ei vastausta.",
        "No reply after the proposal.",
    ],
    LostReason.NO_INTENT: [
        "Opiskelija, keräsi tietoa harjoitustyöhön.",
        "Ei ostoaikeita, halusi vain esitteen.",
        "Not a buyer: researching for a competitor.",
    ],
    LostReason.TIMING: [
        "Hanke siirtyy syksyyn, palataan asiaan.",
        "Tehdasremontti kesken, ajankohta huono.",
        "Decision postponed until the merger closes.",
    ],
    LostReason.OTHER: ["Yritys myytiin.", "Konkurssi.", "Tarve poistui."],
}
NOTE_BODIES = [
    "Soitin, asiakas pyysi tarjouksen sähköpostiin.",
    "Tapaaminen sovittu, mukaan tuotantopäällikkö.",
    "Lähetin esitteen ja referenssit.",
    "Kiinnostunut, mutta päätös vasta hallituksen kokouksessa.",
    "Budjetti noin {value} €, päätös kuun loppuun mennessä.",
    "Kävin paikan päällä, mittaukset tehty.",
    "Asiakas vertailee kolmea toimittajaa.",
    "Called: they want a demo next week.",
    "Sent the proposal, waiting for comments.",
    "Hinnasta neuvoteltu, toivovat 5 % alennusta.",
    "Vaihtoivat yhteyshenkilöä, uusi päättäjä on talousjohtaja.",
    "Referenssikäynti sovittu asiakkaan tehtaalle.",
]
FOLLOWUP_TITLES_FI = {
    FollowUpKind.CALL: ["Soita: {name}", "Soita ja kysy päätöksestä", "Soitto: tarjouksen läpikäynti"],
    FollowUpKind.EMAIL: ["Lähetä tarjous", "Lähetä esite ja referenssit", "Sähköposti: {name}"],
    FollowUpKind.MEETING: ["Tapaaminen: {name}", "Esittely asiakkaalla", "Neuvottelu sopimuksesta"],
    FollowUpKind.VISIT: ["Käynti: {name}", "Tehdaskäynti", "Kartoituskäynti"],
    FollowUpKind.TASK: ["Valmistele tarjous", "Päivitä hinnasto", "Tarkista luottotiedot"],
}
FOLLOWUP_TITLES_EN = {
    FollowUpKind.CALL: ["Call {name}", "Call about the decision"],
    FollowUpKind.EMAIL: ["Send the proposal", "E-mail {name}"],
    FollowUpKind.MEETING: ["Meeting with {name}", "Demo at the customer's"],
    FollowUpKind.VISIT: ["Visit {name}", "Site visit"],
    FollowUpKind.TASK: ["Prepare the proposal", "Check credit rating"],
}
OUTCOMES = [
    "Sovittiin jatkopalaveri.",
    "Ei vastannut, yritetään uudelleen.",
    "Tarjous lähetetty.",
    "Asiakas pyysi lisätietoja.",
    "Demo pidetty, positiivinen vastaanotto.",
    "Reached voicemail.",
    "Agreed next steps.",
]
REWARDS = [
    "Lahjakortti 50 €",
    "Viinipullo",
    "Alennus 10 % seuraavasta tilauksesta",
    "Elokuvaliput",
    "Kiitoskortti ja kahvipaketti",
]

# Open leads spread over the open stages like a funnel: most at the top.
OPEN_STAGE_WEIGHTS = [34, 25, 18, 13, 10]


# --------------------------------------------------------------------------- helpers


def y_tunnus_check(digits: str) -> int | None:
    """The check digit of a Finnish business ID (Y-tunnus), or None when none is valid."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def is_valid_y_tunnus(value: str) -> bool:
    if len(value) != 9 or value[7] != "-" or not (value[:7] + value[8]).isdecimal():
        return False
    return y_tunnus_check(value[:7]) == int(value[8])


@cache
def _ascii(text_: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text_) if ch.isascii() and (ch.isalnum() or ch in ".-")
    ).lower()


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _uid(rng: random.Random, row_id: int) -> str:
    """A calendar UID like uuid4().hex, reproducible from the seed and unique by the row id."""
    return uuid.UUID(int=(rng.getrandbits(96) << 32) | (row_id & 0xFFFFFFFF), version=4).hex


def _at_local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL).astimezone(UTC)


@dataclass
class _Pools:
    """Names, streets and companies drawn once from Faker, per locale."""

    first_male: dict[str, list[str]] = field(default_factory=dict)
    first_female: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    streets: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    companies: dict[str, list[str]] = field(default_factory=dict)


def _make_pools(seed: int) -> _Pools:
    from faker import Faker

    pools = _Pools()
    for index, loc in enumerate(COUNTRY):
        fake = Faker(loc)
        fake.seed_instance(seed * 31 + index)
        pools.first_male[loc] = sorted({fake.first_name_male() for _ in range(250)})
        pools.first_female[loc] = sorted({fake.first_name_female() for _ in range(250)})
        pools.last[loc] = sorted({fake.last_name() for _ in range(400)})
        pools.streets[loc] = sorted({fake.street_address() for _ in range(300)})
        pools.places[loc] = [(fake.postcode(), fake.city()) for _ in range(150)]
        if loc != "fi_FI":
            pools.companies[loc] = sorted({fake.company() for _ in range(300)})
    return pools


# --------------------------------------------------------------------------- the generator


class _Ids:
    """Primary keys handed out here, after what the database already holds."""

    def __init__(self, session: Session) -> None:
        self._next: dict[str, int] = {}
        for model in (
            Owner,
            Tag,
            Contact,
            Lead,
            StageChange,
            FollowUp,
            Note,
            Referral,
            ImportBatch,
            ImportChange,
        ):
            current = session.scalar(select(func.max(model.id)))
            self._next[model.__tablename__] = int(current or 0) + 1

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class _Lead:
    row: dict[str, Any]
    locale: str
    created: datetime
    path: list[tuple[int, datetime]]  # (stage index, when)
    outcome: str  # "open" | "won" | "lost"


class _Generator:
    def __init__(self, session: Session, leads: int, seed: int, now: datetime) -> None:
        self.session = session
        self.n = leads
        self.rng = random.Random(seed)
        self.now = now.astimezone(UTC)
        self.today = self.now.astimezone(LOCAL).date()
        self.start = self.now - timedelta(days=HISTORY_DAYS)
        self.ids = _Ids(session)
        self.pools = _make_pools(seed)
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.used_business_ids: set[str] = set(
            b for b in session.scalars(select(Contact.business_id).where(Contact.business_id != ""))
        )
        self.used_emails: set[str] = set()

        all_stages = funnel_stages(session)
        self.open_stages = [s for s in all_stages if s.kind == StageKind.OPEN]
        won = [s for s in all_stages if s.kind == StageKind.WON]
        lost = [s for s in all_stages if s.kind == StageKind.LOST]
        if not self.open_stages or not won or not lost:
            raise UserError(translate("Demo", "The funnel needs open, won and lost stages for demo data."))
        self.won_stage: Stage = won[0]
        self.lost_stage: Stage = lost[0]
        # Index 0..k-1: open stages; k: won; k+1: lost.
        self.stage_ids = [s.id for s in self.open_stages] + [self.won_stage.id, self.lost_stage.id]
        self.won_index = len(self.open_stages)
        self.lost_index = self.won_index + 1

    # ------------------------------------------------------------------ people and companies

    def owners(self) -> None:
        existing = list(self.session.scalars(select(Owner).order_by(Owner.id)))
        if existing:
            self.owner_ids = [o.id for o in existing]
            self.owner_names = {o.id: o.name for o in existing}
            self.owner_weights = [10 if o.active else 1 for o in existing]
            self.active_owner_ids = [o.id for o in existing if o.active] or self.owner_ids
            return
        self.owner_ids, self.owner_names, self.owner_weights = [], {}, []
        self.active_owner_ids = []
        for (name, initials, email, active), weight in zip(OWNERS, OWNER_WEIGHTS, strict=True):
            oid = self.ids.take("owners")
            self.rows["owners"].append(
                {
                    "id": oid,
                    "name": name,
                    "initials": initials,
                    "email": email,
                    "active": active,
                    "created_at": self.start - timedelta(days=30),
                }
            )
            self.owner_ids.append(oid)
            self.owner_names[oid] = name
            self.owner_weights.append(weight)
            if active:
                self.active_owner_ids.append(oid)

    def pick_owner(self, when: datetime, preferred: int | None = None) -> int:
        owner = preferred or self.rng.choices(self.owner_ids, weights=self.owner_weights)[0]
        # The rep who left only has leads from before she left (about eight months ago).
        if owner not in self.active_owner_ids and when > self.now - timedelta(days=240):
            owner = self.rng.choice(self.active_owner_ids)
        return owner

    def tags(self) -> None:
        existing = {t.name: t.id for t in self.session.scalars(select(Tag))}
        self.tag_ids: list[int] = []
        for name, color in TAGS:
            if name in existing:
                self.tag_ids.append(existing[name])
                continue
            tid = self.ids.take("tags")
            self.rows["tags"].append({"id": tid, "name": name, "color": color})
            self.tag_ids.append(tid)

    def phone(self, loc: str, mobile: bool) -> str:
        r = self.rng
        if loc == "fi_FI":
            if mobile:
                return f"+358{r.choice(('40', '50', '44', '45', '41', '46'))}{r.randrange(10**6, 10**7)}"
            return f"+358{r.choice(('9', '3', '2', '6', '5'))}{r.randrange(2 * 10**6, 8 * 10**6)}"
        if loc == "sv_SE":
            if mobile:
                return f"+467{r.choice('0236')}{r.randrange(10**6, 10**7)}"
            return f"+468{r.randrange(10**6, 10**7)}"
        if loc == "de_DE":
            if mobile:
                return f"+49{r.choice(('151', '160', '170', '171', '176'))}{r.randrange(10**7, 10**8)}"
            return f"+49{r.choice(('30', '40', '89', '69'))}{r.randrange(10**7, 10**8)}"
        if loc == "en_GB":
            if mobile:
                return f"+447{r.choice(('400', '500', '800', '900', '960'))}{r.randrange(10**5, 10**6)}"
            return f"+4420{r.choice('378')}{r.randrange(10**6, 10**7)}"
        area = r.choice(("212", "312", "415", "617", "206", "512"))
        return f"+1{area}{r.randrange(2, 10)}{r.randrange(10, 100)}{r.randrange(1000, 10000)}"

    def y_tunnus(self) -> str:
        while True:
            digits = f"{self.rng.randrange(0, 3_400_000):07d}"
            check = y_tunnus_check(digits)
            value = f"{digits}-{check}"
            if check is not None and value not in self.used_business_ids:
                self.used_business_ids.add(value)
                return value

    def company_name(self, loc: str) -> str:
        r = self.rng
        if loc != "fi_FI":
            return r.choice(self.pools.companies[loc])
        last = r.choice(self.pools.last["fi_FI"])
        style = r.randrange(6)
        if style == 0:
            return f"{r.choice(FI_INDUSTRY_PREFIX)} {last} {r.choice(FI_FORMS)}"
        if style == 1:
            genitive = last + ("n" if last[-1] in "aeiouyäö" else "in")
            return f"{genitive} {r.choice(FI_INDUSTRY_SUFFIX)} Oy"
        if style == 2:
            return f"{r.choice(FI_PLACE_PREFIX)} {r.choice(FI_INDUSTRY_SUFFIX)} Oy"
        if style == 3:
            return f"{last} & {r.choice(self.pools.last['fi_FI'])} Oy"
        if style == 4:
            return f"Oy {r.choice(FI_PLACE_PREFIX)} {r.choice(FI_INDUSTRY_PREFIX)} Ab"
        return f"{r.choice(FI_INDUSTRY_PREFIX)}-{last} Oy"

    def new_organization(self, loc: str, created: datetime) -> dict[str, Any]:
        r = self.rng
        name = self.company_name(loc)
        domain = _ascii(name.split(",")[0].replace(" ", "").replace("&", ""))[:30]
        if domain.startswith("oy") and len(domain) > 8:
            domain = domain[2:]
        for suffix in ("oy", "abov", "ab", "ky", "tmi", "ltd", "llc", "inc", "gmbh", "plc"):
            if domain.endswith(suffix) and len(domain) > len(suffix) + 3:
                domain = domain[: -len(suffix)]
                break
        postcode, city = r.choice(self.pools.places[loc])
        row = self._contact_row(
            kind=ContactKind.ORGANIZATION,
            name=name,
            loc=loc,
            created=created,
        )
        row.update(
            email=f"info@{domain}.{TLD[loc]}",
            phone=self.phone(loc, mobile=False),
            street=r.choice(self.pools.streets[loc]),
            postal_code=postcode,
            city=city,
            website=f"https://www.{domain}.{TLD[loc]}",
            linkedin=f"https://www.linkedin.com/company/{domain}" if r.random() < 0.5 else "",
            business_id=self.y_tunnus() if loc == "fi_FI" else "",
        )
        row["_domain"] = f"{domain}.{TLD[loc]}"
        self.rows["contacts"].append(row)
        self.contacts_by_id[row["id"]] = row
        self.orgs_by_id[row["id"]] = row
        self.orgs.append(row)
        self.orgs_by_locale[loc].append(row)
        return row

    def new_person(self, loc: str, created: datetime, org: dict[str, Any] | None) -> dict[str, Any]:
        r = self.rng
        first = r.choice(self.pools.first_female[loc] if r.random() < 0.45 else self.pools.first_male[loc])
        last = r.choice(self.pools.last[loc])
        row = self._contact_row(kind=ContactKind.PERSON, name=f"{first} {last}", loc=loc, created=created)
        domain = org["_domain"] if org else r.choice(("gmail.com", "outlook.com", "icloud.com"))
        local = f"{_ascii(first)}.{_ascii(last)}"
        email = f"{local}@{domain}"
        n = 2
        while email in self.used_emails:
            email = f"{local}{n}@{domain}"
            n += 1
        self.used_emails.add(email)
        row.update(
            first_name=first,
            last_name=last,
            organization_id=org["id"] if org else None,
            title=r.choice(TITLES[loc]) if org else "",
            email=email,
            mobile=self.phone(loc, mobile=True),
            phone=self.phone(loc, mobile=False) if r.random() < 0.25 else "",
            linkedin=f"https://www.linkedin.com/in/{_ascii(first)}-{_ascii(last)}"
            if r.random() < 0.3
            else "",
        )
        if org is None:
            postcode, city = r.choice(self.pools.places[loc])
            row.update(street=r.choice(self.pools.streets[loc]), postal_code=postcode, city=city)
        else:
            row.update(city=org["city"])
        self.rows["contacts"].append(row)
        self.contacts_by_id[row["id"]] = row
        return row

    def _contact_row(self, *, kind: str, name: str, loc: str, created: datetime) -> dict[str, Any]:
        return {
            "id": self.ids.take("contacts"),
            "kind": kind,
            "name": name,
            "first_name": "",
            "last_name": "",
            "organization_id": None,
            "title": "",
            "email": "",
            "email2": "",
            "phone": "",
            "mobile": "",
            "street": "",
            "postal_code": "",
            "city": "",
            "country": COUNTRY[loc],
            "website": "",
            "linkedin": "",
            "business_id": "",
            "notes": "",
            "owner_id": None,
            "customer_since": None,
            "lawful_basis": LawfulBasis.LEGITIMATE_INTEREST.value,
            "consent": False,
            "consent_date": None,
            "from_purchased_list": False,
            "informed_on": None,
            "import_batch_id": None,
            "created_at": created,
            "updated_at": created,
            "_locale": loc,
        }

    # ------------------------------------------------------------------ import batches

    def import_batches(self) -> None:
        show_name, show_days = TRADE_SHOWS[0]
        show_day = self.today - timedelta(days=show_days)
        list_day = self.today - timedelta(days=300)
        quarter = (list_day.month - 1) // 3 + 1
        me = self.active_owner_ids[0]
        self.show_batch: dict[str, Any] = {
            "id": self.ids.take("import_batches"),
            "file_name": f"messuliidit_{_ascii(show_name)}_{show_day.year}.xlsx",
            "sheet": "Liidit",
            "header_row": 1,
            "mapping_json": json.dumps(
                {"Nimi": "name", "Yritys": "organization", "Puhelin": "mobile", "Sähköposti": "email"},
                ensure_ascii=False,
            ),
            "source": LeadSource.TRADE_SHOW.value,
            "source_detail": f"{show_name} {show_day.year}",
            "owner_id": me,
            "stage_id": self.open_stages[0].id,
            "tags": "Teollisuus",
            "cost_cents": 480_000,
            "currency": "EUR",
            "lawful_basis": LawfulBasis.CONSENT.value,
            "created_by": self.owner_names[me],
            "created_at": _at_local(show_day + timedelta(days=3), 9),
            "rows_read": 0,
            "created_count": 0,
            "updated_count": 0,
            "skipped_count": 0,
            "rejected_count": 0,
            "undone_at": None,
        }
        self.list_batch = dict(
            self.show_batch,
            id=self.ids.take("import_batches"),
            file_name=f"yrityslista_pk_teollisuus_Q{quarter}_{list_day.year}.xlsx",
            sheet="Sheet1",
            header_row=3,
            mapping_json=json.dumps(
                {
                    "Yrityksen nimi": "organization",
                    "Y-tunnus": "business_id",
                    "Etunimi": "first_name",
                    "Sukunimi": "last_name",
                    "Puhelin": "phone",
                },
                ensure_ascii=False,
            ),
            source=LeadSource.PURCHASED_LIST.value,
            source_detail=f"Lista toimittajalta Yrityslista Pro, Q{quarter}/{list_day.year}",
            tags="Pk-yritys",
            cost_cents=129_000,
            lawful_basis=LawfulBasis.LEGITIMATE_INTEREST.value,
            created_at=_at_local(list_day, 10),
        )
        self.rows["import_batches"] += [self.show_batch, self.list_batch]
        self.show_day = show_day
        self.list_day = list_day

    # ------------------------------------------------------------------ leads

    def created_time(self) -> datetime:
        # More leads recently (the business grows): density rises towards today.
        fraction = self.rng.random() ** 0.8
        seconds = fraction * (HISTORY_DAYS - 1) * 86400
        moment = self.start + timedelta(seconds=seconds)
        local = moment.astimezone(LOCAL)
        if local.weekday() >= 5:
            moment -= timedelta(days=local.weekday() - 4)
        hour = self.rng.randrange(8, 17)
        local = moment.astimezone(LOCAL).replace(hour=hour, minute=self.rng.randrange(60))
        return local.astimezone(UTC)

    def source_detail(self, source: LeadSource, created: datetime) -> tuple[str, datetime]:
        """A sensible free detail for the source; events also fix the creation time."""
        r = self.rng
        local = created.astimezone(LOCAL)
        if source == LeadSource.TRADE_SHOW:
            shows = [s for s in TRADE_SHOWS if s[1] < HISTORY_DAYS]
            name, days = r.choice(shows)
            day = self.today - timedelta(days=days)
            created = _at_local(day + timedelta(days=r.randrange(0, 4)), r.randrange(9, 18), r.randrange(60))
            return f"{name} {day.year}", min(created, self.now - timedelta(hours=1))
        if source == LeadSource.EVENT:
            return r.choice(EVENTS), created
        if source == LeadSource.WEBINAR:
            return f"{r.choice(WEBINARS)} {local.month}/{local.year}", created
        if source == LeadSource.INBOUND_CONTENT:
            return r.choice(CONTENT), created
        if source == LeadSource.EMAIL_CAMPAIGN:
            months = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu"]
            months += ["heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]
            month = f"{months[local.month - 1]} {local.year}"
            return r.choice(CAMPAIGNS).format(month=month, year=local.year), created
        if source == LeadSource.SOCIAL_MEDIA:
            return r.choice(SOCIAL), created
        if source == LeadSource.NETWORKING:
            return r.choice(NETWORKING), created
        if source == LeadSource.ADVERTISING:
            return r.choice(ADVERTISING), created
        if source == LeadSource.WEBSITE:
            return r.choice(WEBSITE), created
        if source == LeadSource.LIVE_CHAT:
            return r.choice(CHAT), created
        if source == LeadSource.EXISTING_CUSTOMER:
            return r.choice(UPSELL), created
        if source == LeadSource.OTHER:
            return r.choice(OTHER), created
        if source == LeadSource.PURCHASED_LIST:
            quarter = (local.month - 1) // 3 + 1
            vendor = r.choice(("Yritystieto Plus", "Nordic Leads", "B2B-rekisteri"))
            return f"Lista toimittajalta {vendor}, Q{quarter}/{local.year}", created
        return "", created

    def value_cents(self, loc: str) -> int:
        euros = self.rng.lognormvariate(8.6, 1.0)  # median about 5 400
        euros = min(max(euros, 300.0), 400_000.0) * (10 if CURRENCY[loc] == "SEK" else 1)
        step = 10 if euros < 2000 else 100 if euros < 50_000 else 1000
        return int(round(euros / step) * step) * 100

    def plan_path(self, source: LeadSource, created: datetime) -> tuple[list[tuple[int, datetime]], str]:
        """The stages a lead went through, with times, and how it ended."""
        r = self.rng
        age_days = (self.now - created).total_seconds() / 86400
        last_open = self.won_index - 1
        if source in (LeadSource.REFERRAL, LeadSource.EXISTING_CUSTOMER, LeadSource.REVIVED):
            entry = min(2, last_open)
        elif source in (LeadSource.WEBSITE, LeadSource.LIVE_CHAT, LeadSource.WEBINAR):
            entry = min(r.choice((0, 1, 1)), last_open)
        else:
            entry = 0
        p_closed = min(0.9, age_days / 240)
        if r.random() < p_closed:
            outcome = "won" if r.random() < WIN_RATE.get(source, DEFAULT_WIN_RATE) else "lost"
        else:
            outcome = "open"
        if outcome == "open":
            weights = OPEN_STAGE_WEIGHTS[: last_open + 1] + [5] * max(
                0, last_open + 1 - len(OPEN_STAGE_WEIGHTS)
            )
            options = list(range(entry, last_open + 1))
            target = r.choices(options, weights=[weights[i] for i in options])[0]
            indices = self._walk(entry, target)
            span = age_days * r.uniform(0.3, 0.97)
        elif outcome == "won":
            top = last_open if r.random() < 0.75 else max(entry, last_open - 1)
            indices = [*self._walk(entry, top), self.won_index]
            span = min(age_days * 0.95, r.uniform(14, 160))
        else:
            target = r.randrange(entry, last_open + 1) if r.random() < 0.7 else entry
            indices = [*self._walk(entry, target), self.lost_index]
            span = min(age_days * 0.95, r.uniform(3, 140))
        # Spread the moves over the span: cut points sorted, first one at creation.
        moves = len(indices) - 1
        cuts = sorted(r.random() for _ in range(moves))
        path = [(indices[0], created)]
        for index, cut in zip(indices[1:], cuts, strict=True):
            when = created + timedelta(days=span * cut, minutes=r.randrange(1, 600))
            when = min(when, self.now - timedelta(minutes=5))
            path.append((index, max(when, path[-1][1] + timedelta(minutes=1))))
        return path, outcome

    def _walk(self, entry: int, target: int) -> list[int]:
        r = self.rng
        steps = [entry]
        current = entry
        while current < target:
            step = 2 if (target - current >= 2 and r.random() < 0.12) else 1
            current += step
            steps.append(current)
            if current < target and current > entry and r.random() < 0.04:  # a step back, then on
                steps.append(current - 1)
                steps.append(current)
        return steps

    def leads(self) -> None:
        r = self.rng
        self.orgs: list[dict[str, Any]] = []
        self.orgs_by_locale: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.contacts_by_id: dict[int, dict[str, Any]] = {}
        self.orgs_by_id: dict[int, dict[str, Any]] = {}
        self.import_batches()

        planned: list[tuple[datetime, LeadSource, str, int]] = []
        for _ in range(self.n):
            source = _weighted(r, SOURCE_WEIGHTS)
            created = self.created_time()
            detail, created = self.source_detail(source, created)
            batch = 0
            if source == LeadSource.TRADE_SHOW and detail == self.show_batch["source_detail"]:
                batch = self.show_batch["id"]
                created = _at_local(self.show_day + timedelta(days=3), 9, r.randrange(60))
            elif source == LeadSource.PURCHASED_LIST and r.random() < 0.6:
                batch = self.list_batch["id"]
                detail = self.list_batch["source_detail"]
                created = self.list_batch["created_at"] + timedelta(seconds=r.randrange(1, 600))
            planned.append((created, source, detail, batch))
        planned.sort(key=lambda p: p[0])

        # Organizations exist before their people's leads; about one per three leads.
        org_count = max(5, self.n // 3)
        for _ in range(org_count):
            self.new_organization(
                _weighted(r, LOCALE_WEIGHTS), self.start - timedelta(days=r.randrange(1, 400))
            )

        customers: list[tuple[datetime, int]] = []  # (became customer, contact id): sorted by time
        referred_customers: list[tuple[datetime, int]] = []
        won_events: list[tuple[datetime, int, bool]] = []  # heap of (closed, contact id, was referred)
        lost_events: list[tuple[datetime, int]] = []  # heap of (closed, lead id) revivable
        revivable: list[int] = []
        contact_leads: dict[int, list[int]] = defaultdict(list)
        self.lead_plans: list[_Lead] = []
        self.lead_by_id: dict[int, _Lead] = {}
        self.referrals: list[tuple[int, int, int, datetime]] = []  # referrer, referred contact, lead, when
        revived_used: set[int] = set()

        for created, source, detail, batch in planned:
            while won_events and won_events[0][0] < created:
                when, cid, referred = heapq.heappop(won_events)
                customers.append((when, cid))
                if referred:
                    referred_customers.append((when, cid))
            while lost_events and lost_events[0][0] < created:
                revivable.append(heapq.heappop(lost_events)[1])

            referrer = None
            revived_from = None
            contact: dict[str, Any] | None = None
            if source == LeadSource.REFERRAL:
                if referred_customers and r.random() < 0.5:
                    referrer = r.choice(referred_customers[-200:])[1]
                elif customers:
                    referrer = r.choice(customers)[1]
                else:
                    source = LeadSource.NETWORKING
                    detail = r.choice(NETWORKING)
            elif source == LeadSource.EXISTING_CUSTOMER:
                if customers:
                    contact = self.contacts_by_id[r.choice(customers)[1]]
                else:
                    source, detail = LeadSource.WEBSITE, r.choice(WEBSITE)
            elif source == LeadSource.REVIVED:
                choices = [lid for lid in revivable[-300:] if lid not in revived_used]
                if choices:
                    revived_from = r.choice(choices)
                    revived_used.add(revived_from)
                    contact = self.contacts_by_id[self.lead_by_id[revived_from].row["contact_id"]]
                else:
                    source, detail = LeadSource.OTHER, r.choice(OTHER)

            if contact is None:
                contact = self.contact_for_new_lead(source, created, batch)
            loc = contact["_locale"]
            if referrer is not None:
                detail = self.contacts_by_id[referrer]["name"]

            path, outcome = self.plan_path(source, created)
            lead = self.lead_row(contact, source, detail, created, path, outcome, batch, loc)
            if revived_from is not None:
                old = self.lead_by_id[revived_from].row
                lead.row.update(
                    revived_from_id=revived_from,
                    title=old["title"],
                    value_cents=old["value_cents"],
                    currency=old["currency"],
                    source_detail=old["source_detail"] or old["title"],
                    owner_id=self.pick_owner(created, old["owner_id"]),
                )
            self.lead_plans.append(lead)
            self.lead_by_id[lead.row["id"]] = lead
            contact_leads[contact["id"]].append(lead.row["id"])
            if referrer is not None:
                self.referrals.append((referrer, contact["id"], lead.row["id"], created))
            if outcome == "won":
                heapq.heappush(won_events, (lead.path[-1][1], contact["id"], referrer is not None))
            elif outcome == "lost" and lead.row["lost_reason"] in (
                LostReason.COMPETITOR,
                LostReason.TIMING,
                LostReason.NO_BUDGET,
            ):
                heapq.heappush(lost_events, (lead.path[-1][1], lead.row["id"]))
            if contact["owner_id"] is None:
                contact["owner_id"] = lead.row["owner_id"]

    def contact_for_new_lead(self, source: LeadSource, created: datetime, batch: int) -> dict[str, Any]:
        r = self.rng
        if batch:
            # One new person per imported row; a purchased list also brings the company.
            if batch == self.list_batch["id"]:
                org = self.new_organization("fi_FI", created)
                org.update(
                    from_purchased_list=True, import_batch_id=batch, created_at=created, updated_at=created
                )
                self._list_informed(org)
            else:
                org = r.choice(self.orgs_by_locale["fi_FI"] or self.orgs)
            person = self.new_person("fi_FI", created, org)
            person.update(import_batch_id=batch)
            if batch == self.list_batch["id"]:
                person.update(from_purchased_list=True)
                self._list_informed(person)
            else:
                person.update(
                    lawful_basis=LawfulBasis.CONSENT.value, consent=True, consent_date=created.date()
                )
            return person
        if source != LeadSource.REFERRAL and r.random() < 0.12:
            # A returning contact who has not bought yet (a new need, another product).
            known = [c for c in self.rows["contacts"][-400:] if c["kind"] == ContactKind.PERSON]
            if known:
                return r.choice(known)
        loc = _weighted(r, LOCALE_WEIGHTS)
        if r.random() < 0.12:
            org = r.choice(self.orgs_by_locale[loc] or self.orgs)
            self.contacts_by_id[org["id"]] = org
            return org
        employer: dict[str, Any] | None = None
        if r.random() < 0.88 and self.orgs_by_locale[loc]:
            employer = r.choice(self.orgs_by_locale[loc])
        person = self.new_person(loc, created - timedelta(minutes=1), employer)
        if source in (
            LeadSource.WEBSITE,
            LeadSource.WEBINAR,
            LeadSource.INBOUND_CONTENT,
            LeadSource.LIVE_CHAT,
        ):
            person.update(lawful_basis=LawfulBasis.CONSENT.value, consent=True, consent_date=created.date())
        if source == LeadSource.PURCHASED_LIST:
            person.update(from_purchased_list=True)
            self._list_informed(person)
        return person

    def _list_informed(self, row: dict[str, Any]) -> None:
        """A purchased list: legitimate interest, the article 14 notice sent to most."""
        row["lawful_basis"] = LawfulBasis.LEGITIMATE_INTEREST.value
        created: datetime = row["created_at"]
        row["informed_on"] = (
            created.date() + timedelta(days=self.rng.randrange(1, 25)) if self.rng.random() < 0.7 else None
        )
        if row["informed_on"] is not None and row["informed_on"] > self.today:
            row["informed_on"] = self.today

    def lead_row(
        self,
        contact: dict[str, Any],
        source: LeadSource,
        detail: str,
        created: datetime,
        path: list[tuple[int, datetime]],
        outcome: str,
        batch: int,
        loc: str,
    ) -> _Lead:
        r = self.rng
        stage_index, changed = path[-1]
        products = PRODUCTS_FI if loc == "fi_FI" else PRODUCTS_EN
        title = r.choice(products)
        if r.random() < 0.3:
            title = f"{title} {(created + timedelta(days=r.randrange(30, 300))).year}"
        currency = CURRENCY[loc] if r.random() < 0.6 else "EUR"
        keep = contact["owner_id"] if r.random() < 0.8 else None  # the contact's own rep, mostly
        owner = self.pick_owner(created, keep)
        closed_at = changed if outcome != "open" else None
        lost_reason = ""
        lost_note = ""
        revisit_on = None
        if outcome == "won":
            expected = (changed.astimezone(LOCAL).date()) + timedelta(days=r.randrange(-10, 5))
            closed_at = _at_local(changed.astimezone(LOCAL).date(), 12)
            if closed_at < path[-2][1] or closed_at > self.now:
                closed_at = changed
        elif outcome == "lost":
            lost_reason = _weighted(r, LOST_WEIGHTS)
            lost_note = r.choice(LOST_NOTES[lost_reason])
            expected = changed.astimezone(LOCAL).date() + timedelta(days=r.randrange(0, 60))
            if lost_reason == LostReason.COMPETITOR:
                revisit_on = changed.astimezone(LOCAL).date() + timedelta(days=r.choice((180, 270, 365)))
        else:
            # Open: a decision date ahead (some slipped into the past, some unknown).
            roll = r.random()
            if stage_index == 0 and roll < 0.5:
                expected = None
            elif roll < 0.08:
                expected = self.today - timedelta(days=r.randrange(1, 30))
            else:
                horizon = 20 + 40 * (len(self.open_stages) - stage_index)
                expected = self.today + timedelta(days=r.randrange(2, horizon + 60))
        temperature = suggest_temperature(expected, self.today)
        manual = False
        if outcome == "open" and r.random() < 0.05:
            manual = True
            temperature = r.choice([t for t in Temperature if t != temperature])
        activity = changed
        if outcome == "open":
            gap = (self.now - changed).total_seconds()
            activity = changed + timedelta(seconds=gap * r.random() * r.random())
        row = {
            "id": self.ids.take("leads"),
            "contact_id": contact["id"],
            "title": title,
            "stage_id": self.stage_ids[stage_index],
            "position": 0,
            "value_cents": self.value_cents(loc),
            "currency": currency,
            "expected_close": expected,
            "temperature": temperature.value,
            "temperature_manual": manual,
            "source": source.value,
            "source_detail": detail,
            "owner_id": owner,
            "notes": "",
            "stage_changed_at": changed,
            "last_activity_at": activity,
            "closed_at": closed_at,
            "lost_reason": lost_reason.value if isinstance(lost_reason, LostReason) else lost_reason,
            "lost_note": lost_note,
            "revisit_on": revisit_on,
            "discarded": lost_reason == LostReason.NO_INTENT,
            "revived_from_id": None,
            "import_batch_id": batch or None,
            "created_at": created,
            "updated_at": activity,
        }
        if r.random() < 0.15:
            row["notes"] = r.choice(NOTE_BODIES).format(
                value=f"{row['value_cents'] // 100:,}".replace(",", " ")
            )
        return _Lead(row=row, locale=loc, created=created, path=path, outcome=outcome)

    # ------------------------------------------------------------------ what follows from the leads

    def history(self) -> None:
        changes = self.rows["stage_changes"]
        for lead in self.lead_plans:
            row = lead.row
            by = self.owner_names.get(row["owner_id"], "")
            previous: int | None = None
            for step, (index, when) in enumerate(lead.path):
                note = ""
                if index == self.lost_index:
                    note = row["lost_note"]
                elif step == 0 and row["import_batch_id"]:
                    note = translate("Demo", "Imported")
                changes.append(
                    {
                        "id": self.ids.take("stage_changes"),
                        "lead_id": row["id"],
                        "from_stage_id": previous,
                        "to_stage_id": self.stage_ids[index],
                        "changed_at": when,
                        "changed_by": by,
                        "note": note,
                    }
                )
                previous = self.stage_ids[index]

    def customers(self) -> None:
        for lead in self.lead_plans:
            if lead.outcome != "won":
                continue
            closed = lead.row["closed_at"].astimezone(LOCAL).date()
            contact = self.contacts_by_id[lead.row["contact_id"]]
            targets = [contact]
            if contact["organization_id"] is not None:
                targets.append(self.orgs_by_id[contact["organization_id"]])
            for target in targets:
                if target["customer_since"] is None or target["customer_since"] > closed:
                    target["customer_since"] = closed
                    if target["lawful_basis"] != LawfulBasis.CONSENT:
                        target["lawful_basis"] = LawfulBasis.CONTRACT.value

    def positions(self) -> None:
        """A manual order within each column: hot and recently moved cards on top, shuffled a bit."""
        rank = {Temperature.HOT.value: 0, Temperature.WARM.value: 1, Temperature.COLD.value: 2}
        columns: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for lead in self.lead_plans:
            columns[lead.row["stage_id"]].append(lead.row)
        start = {
            stage_id: (
                self.session.scalar(select(func.max(Lead.position)).where(Lead.stage_id == stage_id)) or -1
            )
            + 1
            for stage_id in columns
        }
        for stage_id, rows in columns.items():
            rows.sort(key=lambda row: (rank[row["temperature"]], -row["stage_changed_at"].timestamp()))
            for _ in range(len(rows) // 10):  # the salesperson dragged some cards around
                a, b = self.rng.randrange(len(rows)), self.rng.randrange(len(rows))
                rows[a], rows[b] = rows[b], rows[a]
            for offset, row in enumerate(rows):
                row["position"] = start[stage_id] + offset

    def follow_ups(self) -> None:
        r = self.rng
        out = self.rows["follow_ups"]

        def add(
            lead: _Lead | None,
            contact_id: int,
            kind: FollowUpKind,
            due: datetime,
            owner: int | None,
            *,
            done: bool = False,
            cancelled: bool = False,
            rule: str = "",
            title: str | None = None,
            repeat: Repeat = Repeat.NONE,
            repeat_every: int = 1,
            all_day: bool = False,
        ) -> None:
            loc = self.contacts_by_id[contact_id]["_locale"] if contact_id in self.contacts_by_id else "fi_FI"
            titles = FOLLOWUP_TITLES_FI if loc == "fi_FI" else FOLLOWUP_TITLES_EN
            name = self.contacts_by_id[contact_id]["name"] if contact_id in self.contacts_by_id else ""
            status = (
                FollowUpStatus.CANCELLED
                if cancelled
                else FollowUpStatus.DONE
                if done
                else FollowUpStatus.OPEN
            )
            done_at = due + timedelta(minutes=r.randrange(5, 300)) if done else None
            if done_at is not None and done_at > self.now:
                done_at = self.now - timedelta(minutes=1)
            created = min(due - timedelta(days=r.randrange(1, 10)), self.now)
            fid = self.ids.take("follow_ups")
            out.append(
                {
                    "id": fid,
                    "uid": _uid(r, fid),
                    "lead_id": lead.row["id"] if lead else None,
                    "contact_id": contact_id,
                    "kind": kind.value,
                    "title": title or r.choice(titles[kind]).format(name=name),
                    "due_at": due,
                    "all_day": all_day,
                    "duration_min": 60 if kind in (FollowUpKind.MEETING, FollowUpKind.VISIT) else 0,
                    "note": "",
                    "owner_id": owner,
                    "status": status.value,
                    "done_at": done_at,
                    "outcome": r.choice(OUTCOMES) if done else "",
                    "repeat": repeat.value,
                    "repeat_every": repeat_every,
                    "notified_at": None,
                    "rule": rule,
                    "created_at": created,
                    "updated_at": done_at or created,
                }
            )

        kinds_by_stage = [
            [FollowUpKind.CALL, FollowUpKind.EMAIL],
            [FollowUpKind.CALL, FollowUpKind.EMAIL, FollowUpKind.MEETING],
            [FollowUpKind.MEETING, FollowUpKind.CALL, FollowUpKind.VISIT],
            [FollowUpKind.MEETING, FollowUpKind.CALL, FollowUpKind.TASK],
            [FollowUpKind.MEETING, FollowUpKind.CALL],
        ]
        for lead in self.lead_plans:
            row = lead.row
            owner = row["owner_id"]
            cid = row["contact_id"]
            index = lead.path[-1][0]
            kinds = (
                kinds_by_stage[min(index, len(kinds_by_stage) - 1)]
                if index < self.won_index
                else kinds_by_stage[0]
            )
            # Done activities along the way, one per move or so.
            for (_, start), (_, end) in zip(lead.path, lead.path[1:], strict=False):
                if r.random() < 0.6:
                    moment = start + (end - start) * r.uniform(0.2, 0.9)
                    day = moment.astimezone(LOCAL).date()
                    if day.weekday() >= 5:
                        day -= timedelta(days=day.weekday() - 4)
                    due = _at_local(day, r.randrange(8, 17), r.choice((0, 15, 30, 45)))
                    if start < due < self.now:
                        moment = due
                    add(lead, cid, r.choice(kinds), moment, owner, done=True)
            if lead.outcome == "open":
                roll = r.random()
                if roll < 0.87:
                    # Open next step; about a third are overdue.
                    day = self.today + timedelta(days=r.randrange(-21, 31))
                    hour = r.randrange(8, 17)
                    minute = r.choice((0, 15, 30, 45))
                    all_day = r.random() < 0.08
                    # An all-day follow-up is stored at local midnight of its day (the agenda
                    # lists it first that day, as the dialog and the calendar export do).
                    due = _at_local(day, 0) if all_day else _at_local(day, hour, minute)
                    add(lead, cid, r.choice(kinds), due, owner, all_day=all_day)
                elif roll < 0.9:
                    due = _at_local(self.today - timedelta(days=r.randrange(1, 40)), 10)
                    add(lead, cid, r.choice(kinds), due, owner, cancelled=True)
            elif lead.outcome == "lost" and row["revisit_on"] is not None:
                loc = lead.locale
                title = (
                    "Palaa asiaan: {name} osti kilpailijalta"
                    if loc == "fi_FI"
                    else "Revisit {name}: bought from a competitor"
                ).format(name=self.contacts_by_id[cid]["name"])
                add(
                    lead,
                    cid,
                    FollowUpKind.CALL,
                    _at_local(row["revisit_on"], 9),
                    owner,
                    rule="revisit",
                    title=title,
                )
            elif lead.outcome == "won" and r.random() < 0.5:
                closed = row["closed_at"].astimezone(LOCAL).date()
                due = _at_local(closed + timedelta(days=30), 10)
                title = (
                    "Pyydä suositusta: {name}" if lead.locale == "fi_FI" else "Ask {name} for a referral"
                ).format(name=self.contacts_by_id[cid]["name"])
                add(
                    lead,
                    cid,
                    FollowUpKind.CALL,
                    due,
                    owner,
                    done=due < self.now,
                    rule="ask_referral",
                    title=title,
                )
        # Customer care: recurring check-ins on some customers (contact follow-ups, no lead).
        customers = [c for c in self.contacts_by_id.values() if c["customer_since"] is not None]
        for contact in r.sample(customers, min(len(customers), max(3, len(customers) // 12))):
            day = self.today + timedelta(days=r.randrange(-5, 60))
            title = "Kvartaalipalaveri" if contact["_locale"] == "fi_FI" else "Quarterly check-in"
            add(
                None,
                contact["id"],
                FollowUpKind.MEETING,
                _at_local(day, 13),
                contact["owner_id"],
                title=title,
                repeat=Repeat.MONTHS,
                repeat_every=3,
            )

    def notes(self) -> None:
        r = self.rng
        out = self.rows["notes"]
        for lead in self.lead_plans:
            if r.random() >= 0.3:
                continue
            row = lead.row
            end = lead.path[-1][1]
            for _ in range(r.choice((1, 1, 2, 3))):
                moment = (
                    lead.created + (end - lead.created) * r.random() + timedelta(minutes=r.randrange(1, 60))
                )
                out.append(
                    {
                        "id": self.ids.take("notes"),
                        "lead_id": row["id"],
                        "contact_id": None,
                        "body": r.choice(NOTE_BODIES).format(
                            value=f"{row['value_cents'] // 100:,}".replace(",", " ")
                        ),
                        "author": self.owner_names.get(row["owner_id"], ""),
                        "created_at": min(moment, self.now),
                    }
                )
        for contact in r.sample(self.rows["contacts"], min(len(self.rows["contacts"]) // 20, 3000)):
            out.append(
                {
                    "id": self.ids.take("notes"),
                    "lead_id": None,
                    "contact_id": contact["id"],
                    "body": r.choice(
                        (
                            "Päättäjä, kannattaa soittaa aamupäivisin.",
                            "Prefers e-mail over calls.",
                            "Tavattu messuilla, muistaa meidät hyvin.",
                            "Pääkonttori Tampereella, tuotanto Oulussa.",
                        )
                    ),
                    "author": self.owner_names.get(contact["owner_id"] or 0, ""),
                    "created_at": contact["created_at"] + timedelta(days=1),
                }
            )

    def tag_rows(self) -> None:
        r = self.rng
        tags_of: dict[int, list[int]] = {}
        for lead in self.lead_plans:  # in order of creation: a revived lead's old one came first
            old = lead.row["revived_from_id"]
            if old is not None:
                chosen = tags_of.get(old, [])
            else:
                chosen = r.sample(self.tag_ids, r.choice((1, 1, 2))) if r.random() < 0.4 else []
            tags_of[lead.row["id"]] = chosen
            for tid in chosen:
                self.rows["lead_tags"].append({"lead_id": lead.row["id"], "tag_id": tid})
        industry = self.tag_ids[:6]
        for org in self.orgs:
            if r.random() < 0.5:
                for tid in r.sample(industry, r.choice((1, 1, 2))):
                    self.rows["contact_tags"].append({"contact_id": org["id"], "tag_id": tid})
            if org["customer_since"] is not None and r.random() < 0.1:
                self.rows["contact_tags"].append({"contact_id": org["id"], "tag_id": self.tag_ids[7]})

    def referral_rows(self) -> None:
        r = self.rng
        for referrer, referred, lead_id, when in self.referrals:
            lead = self.lead_by_id[lead_id]
            day = when.astimezone(LOCAL).date()
            status = ThanksStatus.NONE
            roll = r.random()
            if lead.outcome == "won":
                status = (
                    ThanksStatus.REWARDED if roll < 0.35 else ThanksStatus.THANKED if roll < 0.85 else status
                )
            elif roll < 0.45:
                status = ThanksStatus.THANKED
            thanked = (
                min(day + timedelta(days=r.randrange(1, 14)), self.today)
                if status != ThanksStatus.NONE
                else None
            )
            rewarded = None
            if status == ThanksStatus.REWARDED:
                closed = lead.row["closed_at"].astimezone(LOCAL).date()
                rewarded = min(closed + timedelta(days=r.randrange(3, 30)), self.today)
            name = self.contacts_by_id[referred]["name"]
            self.rows["referrals"].append(
                {
                    "id": self.ids.take("referrals"),
                    "referrer_id": referrer,
                    "referred_contact_id": referred,
                    "lead_id": lead_id,
                    "referred_on": day,
                    "note": r.choice(
                        (
                            f"Suositteli meitä: {name} tarvitsee samanlaisen ratkaisun.",
                            "Kertoi meistä kollegalleen.",
                            "Mentioned us at a supplier day.",
                            "Antoi yhteystiedot ja luvan soittaa.",
                        )
                    ),
                    "thanks_status": status.value,
                    "thanked_on": thanked,
                    "rewarded_on": rewarded,
                    "reward": r.choice(REWARDS) if status == ThanksStatus.REWARDED else "",
                    "thanks_note": "",
                    "created_at": when,
                }
            )

    def batch_changes(self) -> None:
        counts: dict[int, int] = defaultdict(int)
        for contact in self.rows["contacts"]:
            batch = contact["import_batch_id"]
            if batch:
                counts[batch] += 1
                self.rows["import_changes"].append(self._change(batch, "contact", contact))
        for lead in self.lead_plans:
            batch = lead.row["import_batch_id"]
            if batch:
                self.rows["import_changes"].append(self._change(batch, "lead", lead.row))
        for batch_row in (self.show_batch, self.list_batch):
            leads = sum(1 for lead in self.lead_plans if lead.row["import_batch_id"] == batch_row["id"])
            batch_row["rows_read"] = leads + (leads // 25)
            batch_row["created_count"] = leads
            batch_row["skipped_count"] = leads // 25

    def _change(self, batch: int, entity: str, row: dict[str, Any]) -> dict[str, Any]:
        keys = (
            ("name", "email", "mobile", "business_id") if entity == "contact" else ("title", "source_detail")
        )
        return {
            "id": self.ids.take("import_changes"),
            "batch_id": batch,
            "entity": entity,
            "entity_id": row["id"],
            "action": ChangeAction.CREATE.value,
            "old_values_json": "{}",
            "new_values_json": json.dumps({k: row[k] for k in keys if row.get(k)}, ensure_ascii=False),
        }

    # ------------------------------------------------------------------ writing

    def write(self) -> None:
        order: list[tuple[str, Table]] = [
            ("owners", Owner.__table__),  # type: ignore[list-item]
            ("tags", Tag.__table__),  # type: ignore[list-item]
            ("import_batches", ImportBatch.__table__),  # type: ignore[list-item]
            ("contacts", Contact.__table__),  # type: ignore[list-item]
            ("leads", Lead.__table__),  # type: ignore[list-item]
            ("stage_changes", StageChange.__table__),  # type: ignore[list-item]
            ("follow_ups", FollowUp.__table__),  # type: ignore[list-item]
            ("notes", Note.__table__),  # type: ignore[list-item]
            ("referrals", Referral.__table__),  # type: ignore[list-item]
            ("import_changes", ImportChange.__table__),  # type: ignore[list-item]
            ("lead_tags", lead_tags),
            ("contact_tags", contact_tags),
        ]
        for name, table in order:
            rows = self.rows.get(name, [])
            if name == "contacts":
                # Organizations first: people point at them.
                rows = sorted(rows, key=lambda c: (c["kind"] != ContactKind.ORGANIZATION, c["id"]))
                rows = [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]
            elif name == "leads":
                rows = [lead.row for lead in self.lead_plans]
                # Revived leads point at older leads: those go first.
                rows = sorted(rows, key=lambda row: row["id"])
            _insert_rows(self.session, table, rows)
        if self.session.get_bind().dialect.name == "postgresql":
            for _name, table in order[:10]:
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                    )
                )


def _utc_text(value: datetime | None) -> str | None:
    """A point in time as SQLAlchemy stores it in SQLite (naive UTC text with microseconds)."""
    if value is None:
        return None
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _bool_int(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _same(value: Any) -> Any:
    return value


def _insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert. On SQLite straight through the driver (the values converted here as
    SQLAlchemy would), which is several times faster for 100,000s of rows; elsewhere Core."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        for chunk in _chunked(rows, CHUNK):
            session.execute(insert(table), chunk)
        return
    columns = list(rows[0])
    converters: list[Any] = []
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            converters.append(_utc_text)
        elif isinstance(kind, Date):
            converters.append(_date_text)
        elif isinstance(kind, Boolean):
            converters.append(_bool_int)
        else:
            converters.append(_same)
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table.name, ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in columns)
    )
    getter = itemgetter(*columns)
    convert = [(i, f) for i, f in enumerate(converters) if f is not _same]
    connection = session.connection()
    for chunk in _chunked(rows, CHUNK):
        values = (
            [list(getter(row)) for row in chunk] if len(columns) > 1 else [[getter(row)] for row in chunk]
        )
        for i, f in convert:
            for record in values:
                record[i] = f(record[i])
        connection.exec_driver_sql(sql, list(map(tuple, values)))


def _chunked(rows: Sequence[dict[str, Any]], size: int) -> Iterable[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def has_leads(session: Session) -> bool:
    return session.scalar(select(Lead.id).limit(1)) is not None


def generate(
    session: Session, leads: int = 2000, seed: int = 1, *, now: datetime | None = None
) -> dict[str, Any]:
    """Fill the database with demo data; returns counts of what was written.

    Times are relative to ``now`` (default: the start of today, local time), so that the
    data always has recent activity, open follow-ups ahead and overdue ones behind.

    The caller commits. Works on an empty database or appends to one that has data
    (primary keys continue after the existing ones; owners and tags are reused).
    """
    if leads < 1:
        raise UserError(translate("Demo", "The number of leads must be at least 1."))
    if leads > 1_000_000:
        raise UserError(translate("Demo", "At most 1,000,000 demo leads at a time."))
    started = time.perf_counter()
    if now is None:
        # Anchored at the start of today: the same seed gives the same data all day long.
        today = datetime.now(LOCAL).date()
        now = datetime(today.year, today.month, today.day, tzinfo=LOCAL).astimezone(UTC)
    gen = _Generator(session, leads, seed, now)
    gen.owners()
    gen.tags()
    gen.leads()
    gen.customers()
    gen.positions()
    gen.history()
    gen.follow_ups()
    gen.notes()
    gen.tag_rows()
    gen.referral_rows()
    gen.batch_changes()
    gen.write()
    contact_ids = [c["id"] for c in gen.rows["contacts"]]
    lead_ids = [lead["id"] for lead in gen.rows["leads"]]
    search_index.reindex(session, contact_ids=contact_ids, lead_ids=lead_ids, bulk=True)
    if gen.rows["owners"] and not settings.get(session, settings.ME):
        settings.put(session, settings.ME, str(gen.active_owner_ids[0]))
    session.flush()

    outcomes: dict[str, int] = defaultdict(int)
    for lead in gen.lead_plans:
        outcomes[lead.outcome] += 1
    follow_ups = gen.rows["follow_ups"]
    return {
        "seed": seed,
        "owners": len(gen.owner_ids),
        "organizations": sum(1 for c in gen.rows["contacts"] if c["kind"] == ContactKind.ORGANIZATION),
        "persons": sum(1 for c in gen.rows["contacts"] if c["kind"] == ContactKind.PERSON),
        "contacts": len(contact_ids),
        "customers": sum(1 for c in gen.rows["contacts"] if c["customer_since"] is not None),
        "leads": len(gen.lead_plans),
        "open": outcomes["open"],
        "won": outcomes["won"],
        "lost": outcomes["lost"],
        "revived": sum(1 for lead in gen.lead_plans if lead.row["revived_from_id"] is not None),
        "stage_changes": len(gen.rows["stage_changes"]),
        "follow_ups": len(follow_ups),
        "overdue_follow_ups": sum(
            1 for f in follow_ups if f["status"] == FollowUpStatus.OPEN and f["due_at"] < gen.now
        ),
        "notes": len(gen.rows["notes"]),
        "referrals": len(gen.rows["referrals"]),
        "import_batches": len(gen.rows["import_batches"]),
        "tags": len(gen.tag_ids),
        "seconds": round(time.perf_counter() - started, 2),
    }


__all__ = ["generate", "has_leads", "is_valid_y_tunnus", "y_tunnus_check"]
