"""Lead score 0-100 with an explanation.

Five parts, each with a maximum: temperature (30), stage (25, from the stage's win
probability), source (15), completeness of the contact data (15: e-mail 4, phone 4,
organization 2, title 2, a deal value 3) and recent activity (15: within a week 15, a month
8, three months 3). The source and temperature points start from sales experience; once at
least ``LEARN_AFTER`` leads are closed they come from the user's own win rates, smoothed
towards the overall win rate (``SMOOTHING`` leads' worth of prior), and the explanation says so.

The same weights give ``score_of`` (one lead, with its explanation) and ``score_sql`` (an SQL
expression the leads table sorts and shows 50,000 rows with).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from salesdesk.crm.labels import label
from salesdesk.db.enums import LeadSource, StageKind, Temperature
from salesdesk.db.models import Contact, Lead, Stage
from salesdesk.db.types import utcnow
from salesdesk.i18n import translate

TEMPERATURE_MAX = 30
STAGE_MAX = 25
SOURCE_MAX = 15
COMPLETENESS_MAX = 15
ACTIVITY_MAX = 15
LEARN_AFTER = 30
SMOOTHING = 5.0
THIN_BELOW = 10  # a temperature or source with fewer closed leads than this is "thin data"
# The order the standard weights give, which learning may move within but never invert.
TEMPERATURE_ORDER = (Temperature.HOT, Temperature.WARM, Temperature.COLD)

DEFAULT_TEMPERATURE: dict[str, int] = {Temperature.HOT: 30, Temperature.WARM: 18, Temperature.COLD: 6}
DEFAULT_SOURCE: dict[str, int] = {
    LeadSource.REFERRAL: 15,
    LeadSource.EXISTING_CUSTOMER: 15,
    LeadSource.TRADE_SHOW: 10,
    LeadSource.LIVE_CHAT: 10,
    LeadSource.NETWORKING: 10,
    LeadSource.WEBSITE: 9,
    LeadSource.WEBINAR: 9,
    LeadSource.EVENT: 9,
    LeadSource.REVIVED: 8,
    LeadSource.INBOUND_CONTENT: 7,
    LeadSource.SOCIAL_MEDIA: 6,
    LeadSource.EMAIL_CAMPAIGN: 5,
    LeadSource.ADVERTISING: 5,
    LeadSource.OTHER: 5,
    LeadSource.PURCHASED_LIST: 3,
}
ACTIVITY_STEPS = ((7, 15), (30, 8), (90, 3))  # (within days, points)
COMPLETENESS = {"email": 4, "phone": 4, "organization": 2, "title": 2, "value": 3}


@dataclass(frozen=True)
class Weights:
    temperature: dict[str, int]
    source: dict[str, int]
    learned: bool = False
    closed: int = 0
    win_rates: dict[str, float] = field(default_factory=dict)
    closed_by: dict[str, int] = field(default_factory=dict)  # "temperature:hot", "source:referral"


def _ordered_rates(
    rates: dict[str, float], weights: dict[str, float], order: list[list[str]]
) -> dict[str, float]:
    """Rates made non-increasing along ``order`` (levels, best first) by pooling neighbours.

    The pool-adjacent-violators algorithm (isotonic regression): where a lower level's rate
    beats a higher level's, both take their weighted mean, so a handful of lucky cold deals
    cannot rank cold above warm. Codes within one level keep their own rates, bounded by
    the pooled levels around them.
    """
    blocks: list[tuple[float, float, list[int]]] = []  # (mean, weight, levels)
    level_rate = []
    for level in order:
        w = sum(weights.get(c, 0.0) for c in level)
        r = sum(rates[c] * weights.get(c, 0.0) for c in level) / w if w else 0.0
        level_rate.append((r, w))
    for index, (rate, weight) in enumerate(level_rate):
        blocks.append((rate, weight, [index]))
        while len(blocks) > 1 and blocks[-2][0] < blocks[-1][0]:
            r2, w2, l2 = blocks.pop()
            r1, w1, l1 = blocks.pop()
            total = w1 + w2
            blocks.append(((r1 * w1 + r2 * w2) / total if total else (r1 + r2) / 2, total, l1 + l2))
    pooled = [0.0] * len(order)
    for rate, _weight, levels in blocks:
        for index in levels:
            pooled[index] = rate
    out: dict[str, float] = {}
    for index, level in enumerate(order):
        upper = pooled[index - 1] if index > 0 else 1.0
        lower = pooled[index + 1] if index + 1 < len(order) else 0.0
        for code in level:
            own = rates[code] if len(level) > 1 else pooled[index]
            out[code] = min(upper, max(lower, own))
    return out


def default_weights() -> Weights:
    return Weights(dict(DEFAULT_TEMPERATURE), dict(DEFAULT_SOURCE))


def _seed_levels(seed: dict[str, int], codes: list[str]) -> list[list[str]]:
    """Codes grouped by their standard points, highest first: the order learning keeps."""
    levels: dict[int, list[str]] = {}
    for code in codes:
        levels.setdefault(seed.get(code, 0), []).append(code)
    return [levels[points] for points in sorted(levels, reverse=True)]


def _smoothed_points(
    wins: dict[str, int],
    totals: dict[str, int],
    prior: float,
    maximum: int,
    codes: list[str],
    seed: dict[str, int],
) -> tuple[dict[str, int], dict[str, float]]:
    raw = {c: (wins.get(c, 0) + SMOOTHING * prior) / (totals.get(c, 0) + SMOOTHING) for c in codes}
    weight = {c: totals.get(c, 0) + SMOOTHING for c in codes}
    rates = _ordered_rates(raw, weight, _seed_levels(seed, codes))
    top = max(rates.values()) or 1.0
    return {c: round(maximum * r / top) for c, r in rates.items()}, rates


def learned_weights(session: Session) -> Weights:
    """Weights from the user's own closed leads, or the defaults before ``LEARN_AFTER``."""
    rows = session.execute(
        select(Lead.source, Lead.temperature, Stage.kind, func.count())
        .join(Stage, Lead.stage_id == Stage.id)
        .where(Stage.kind != StageKind.OPEN)
        .group_by(Lead.source, Lead.temperature, Stage.kind)
    ).all()
    closed = sum(n for *_, n in rows)
    if closed < LEARN_AFTER:
        return Weights(dict(DEFAULT_TEMPERATURE), dict(DEFAULT_SOURCE), False, closed)
    won = sum(n for _, _, kind, n in rows if kind == StageKind.WON)
    prior = won / closed
    src_w: dict[str, int] = {}
    src_t: dict[str, int] = {}
    tmp_w: dict[str, int] = {}
    tmp_t: dict[str, int] = {}
    for source, temperature, kind, n in rows:
        src_t[source] = src_t.get(source, 0) + n
        tmp_t[temperature] = tmp_t.get(temperature, 0) + n
        if kind == StageKind.WON:
            src_w[source] = src_w.get(source, 0) + n
            tmp_w[temperature] = tmp_w.get(temperature, 0) + n
    source_pts, source_rates = _smoothed_points(
        src_w, src_t, prior, SOURCE_MAX, [s.value for s in LeadSource], DEFAULT_SOURCE
    )
    temp_pts, temp_rates = _smoothed_points(
        tmp_w, tmp_t, prior, TEMPERATURE_MAX, [t.value for t in TEMPERATURE_ORDER], DEFAULT_TEMPERATURE
    )
    rates = {**{f"source:{k}": v for k, v in source_rates.items()}, **temp_rates}
    closed_by = {
        **{f"source:{k}": v for k, v in src_t.items()},
        **{f"temperature:{k}": v for k, v in tmp_t.items()},
    }
    return Weights(temp_pts, source_pts, True, closed, rates, closed_by)


@dataclass(frozen=True)
class Score:
    total: int
    parts: list[tuple[str, int, int]]  # (translated part, points, maximum)
    learned: bool
    closed: int
    thin: tuple[str, ...] = ()  # translated notes: weights learned from too few closed leads

    def explanation(self) -> str:
        lines = [translate("Scoring", "Score {score} of 100").format(score=self.total)]
        for text, points, maximum in self.parts:
            lines.append(f"  {points:>2}/{maximum}  {text}")
        if self.learned:
            lines.append(
                translate(
                    "Scoring",
                    "Source and temperature weights come from your own win rates ({count} closed leads).",
                ).format(count=self.closed)
            )
            lines.extend(self.thin)
        else:
            lines.append(
                translate(
                    "Scoring",
                    "Standard weights: your own win rates are used once {needed} leads are closed "
                    "({count} so far).",
                ).format(needed=LEARN_AFTER, count=self.closed)
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class LeadFacts:
    """What a score is computed from (plain values, as the SQL expression sees them)."""

    temperature: str
    probability: int
    stage_name: str
    source: str
    has_email: bool
    has_phone: bool
    has_organization: bool
    has_title: bool
    has_value: bool
    last_activity_at: datetime | None


def _activity_points(last: datetime | None, now: datetime) -> tuple[int, int | None]:
    if last is None:
        return 0, None
    days = (now - last).total_seconds() / 86400
    for within, points in ACTIVITY_STEPS:
        if days <= within:
            return points, within
    return 0, None


def score_of(facts: LeadFacts, weights: Weights, now: datetime | None = None) -> Score:
    now = now or utcnow()
    parts: list[tuple[str, int, int]] = []
    t = weights.temperature.get(facts.temperature, 0)
    parts.append(
        (translate("Scoring", "Temperature: {t}").format(t=label(facts.temperature)), t, TEMPERATURE_MAX)
    )
    s = stage_points(facts.probability)
    parts.append(
        (
            translate("Scoring", "Stage: {stage} ({p} % win probability)").format(
                stage=facts.stage_name, p=facts.probability
            ),
            s,
            STAGE_MAX,
        )
    )
    src = weights.source.get(facts.source, 0)
    parts.append(
        (translate("Scoring", "Source: {source}").format(source=label(facts.source)), src, SOURCE_MAX)
    )
    missing = []
    comp = 0
    for key, present, text in (
        ("email", facts.has_email, translate("Scoring", "e-mail")),
        ("phone", facts.has_phone, translate("Scoring", "phone")),
        ("organization", facts.has_organization, translate("Scoring", "organization")),
        ("title", facts.has_title, translate("Scoring", "job title")),
        ("value", facts.has_value, translate("Scoring", "deal value")),
    ):
        if present:
            comp += COMPLETENESS[key]
        else:
            missing.append(text)
    comp_text = (
        translate("Scoring", "Contact data complete")
        if not missing
        else translate("Scoring", "Contact data: missing {fields}").format(fields=", ".join(missing))
    )
    parts.append((comp_text, comp, COMPLETENESS_MAX))
    act, within = _activity_points(facts.last_activity_at, now)
    act_text = (
        translate("Scoring", "Activity within {days} days").format(days=within)
        if within is not None
        else translate("Scoring", "No activity in the last {days} days").format(days=ACTIVITY_STEPS[-1][0])
    )
    parts.append((act_text, act, ACTIVITY_MAX))
    total = max(0, min(100, sum(p for _, p, _ in parts)))
    thin: list[str] = []
    if weights.learned:
        for key, text in (
            (f"temperature:{facts.temperature}", label(facts.temperature)),
            (f"source:{facts.source}", label(facts.source)),
        ):
            count = weights.closed_by.get(key, 0)
            if count < THIN_BELOW:
                thin.append(
                    translate(
                        "Scoring",
                        "Only {count} closed leads are “{what}”: too few to learn from, so its weight "
                        "stays close to the standard one and keeps the standard order.",
                    ).format(count=count, what=text)
                )
    return Score(total, parts, weights.learned, weights.closed, tuple(thin))


def stage_points(probability: int) -> int:
    return (max(0, min(100, probability)) * STAGE_MAX + 50) // 100


def _facts_query(lead_ids: list[int]) -> Any:
    org = aliased(Contact)
    return (
        select(
            Lead.id,
            Lead.temperature,
            Stage.probability,
            Stage.name,
            Stage.key,
            Lead.source,
            Contact.email,
            Contact.email2,
            Contact.phone,
            Contact.mobile,
            Contact.organization_id,
            Contact.kind,
            Contact.title,
            Lead.value_cents,
            Lead.last_activity_at,
        )
        .join(Stage, Lead.stage_id == Stage.id)
        .join(Contact, Lead.contact_id == Contact.id)
        .outerjoin(org, Contact.organization_id == org.id)
        .where(Lead.id.in_(lead_ids))
    )


def lead_scores(
    session: Session, lead_ids: list[int], weights: Weights | None = None, now: datetime | None = None
) -> dict[int, Score]:
    """Scores with explanations of these leads (a page of the table, one form)."""
    from salesdesk.crm.labels import stage_label

    weights = weights or learned_weights(session)
    result: dict[int, Score] = {}
    for start in range(0, len(lead_ids), 500):
        for row in session.execute(_facts_query(lead_ids[start : start + 500])):
            facts = LeadFacts(
                temperature=row[1],
                probability=row[2],
                stage_name=stage_label(row[3], row[4]),
                source=row[5],
                has_email=bool(row[6] or row[7]),
                has_phone=bool(row[8] or row[9]),
                has_organization=row[10] is not None or row[11] == "organization",
                has_title=bool(row[12]),
                has_value=(row[13] or 0) > 0,
                last_activity_at=row[14],
            )
            result[row[0]] = score_of(facts, weights, now)
    return result


def score_sql(weights: Weights, now: datetime | None = None) -> ColumnElement[int]:
    """The score as an SQL expression over ``Lead`` joined with its ``Stage`` and ``Contact``
    (the caller joins them); used to show and sort 50,000 rows without Python loops."""
    now = now or utcnow()

    def lookup(column: Any, table: dict[str, int]) -> ColumnElement[int]:
        return case({k: literal(v) for k, v in table.items()}, value=column, else_=literal(0))

    bounded = case((Stage.probability < 0, 0), (Stage.probability > 100, 100), else_=Stage.probability)
    stage = (bounded * STAGE_MAX + 50) / 100
    comp = (
        case((or_(Contact.email != "", Contact.email2 != ""), COMPLETENESS["email"]), else_=0)
        + case((or_(Contact.phone != "", Contact.mobile != ""), COMPLETENESS["phone"]), else_=0)
        + case(
            (
                or_(Contact.organization_id.is_not(None), Contact.kind == "organization"),
                COMPLETENESS["organization"],
            ),
            else_=0,
        )
        + case((Contact.title != "", COMPLETENESS["title"]), else_=0)
        + case((Lead.value_cents > 0, COMPLETENESS["value"]), else_=0)
    )
    activity = case(
        *[
            (and_(Lead.last_activity_at.is_not(None), Lead.last_activity_at >= now - timedelta(days=d)), p)
            for d, p in ACTIVITY_STEPS
        ],
        else_=0,
    )
    total = (
        lookup(Lead.temperature, weights.temperature)
        + cast(stage, Integer)
        + lookup(Lead.source, weights.source)
        + comp
        + activity
    )
    return total
