"""``salesdesk report``: the dashboard's figures as a dict (JSON) or a text table.

The figures come from :mod:`salesdesk.crm.kpis` (aggregate queries); this module only
shapes them. ``report_dict(kpis.compute(...))`` is what both ``report --json`` and the
dashboard's xlsx export start from, so the two always agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from salesdesk.crm import kpis
from salesdesk.crm.labels import source_label
from salesdesk.crm.money import format_money
from salesdesk.i18n import translate


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def by_stage(session: Session, scope: kpis.Scope | None = None) -> list[dict[str, Any]]:
    """Leads per stage (see :func:`salesdesk.crm.kpis.by_stage`) as plain dicts."""
    return [_stage_dict(row) for row in kpis.by_stage(session, scope or kpis.Scope())]


def _stage_dict(row: kpis.StageRow) -> dict[str, Any]:
    return {
        "stage_id": row.stage_id,
        "stage": row.stage,
        "kind": row.kind,
        "count": row.count,
        "value_cents": row.value_cents,
        "weighted_cents": row.weighted_cents,
    }


def report_dict(data: kpis.Dashboard) -> dict[str, Any]:
    """The JSON of ``salesdesk report --json`` (keys of issue 9, ``referrals`` of issue 6)."""
    period = data.scope.period
    return {
        "period": {
            "from": period.start.isoformat() if period.start else None,
            "to": period.end.isoformat() if period.end else None,
            "owner_id": data.scope.owner_id,
        },
        "leads_total": data.headline.leads,
        "by_stage": [_stage_dict(row) for row in data.stages],
        # Left out of by_stage (as on the board): by_stage counts + this count = leads_total.
        "disqualified": {"count": data.disqualified.count, "value_cents": data.disqualified.value_cents},
        "by_source": [
            {
                "source": row.source,
                "label": row.label,
                "leads": row.leads,
                "won": row.won,
                "conversion": _round(row.conversion),
                "won_value_cents": row.won_value_cents,
            }
            for row in data.sources
        ],
        "won_count": data.volume.won_count,
        "won_value_cents": data.volume.won_value_cents,
        "lost_count": data.win.lost,
        "win_rate": _round(data.win.rate),
        "average_deal_cents": data.volume.average_deal_cents,
        "median_cycle_days": data.cycle.median_days,
        "average_cycle_days": data.cycle.average_days,
        "retention_rate": _round(data.retention.rate),
        "customers": data.retention.customers,
        "repeat_customers": data.retention.repeat_customers,
        "forecast": [
            {
                "month": row.month,
                "count": row.count,
                "value_cents": row.value_cents,
                "weighted_cents": row.weighted_cents,
            }
            for row in data.forecast
        ],
        "conversion": [
            {
                "stage_id": row.stage_id,
                "stage": row.stage,
                "reached": row.reached,
                "share": _round(row.share),
                "step": _round(row.step),
            }
            for row in data.conversion
        ],
        "time_in_stage": [
            {
                "stage_id": row.stage_id,
                "stage": row.stage,
                "stays": row.stays,
                "average_days": row.average_days,
                "open_now": row.open_now,
                "open_average_days": row.open_average_days,
            }
            for row in data.stage_times
        ],
        "by_batch": [
            {
                "batch_id": row.batch_id,
                "batch": row.name,
                "source": row.source,
                "leads": row.leads,
                "won": row.won,
                "conversion": _round(row.conversion),
                "won_value_cents": row.won_value_cents,
                "cost_cents": row.cost_cents,
                "cost_per_won_cents": row.cost_per_won_cents,
            }
            for row in data.batches
        ],
        "by_campaign": [
            {
                "source": row.source,
                "detail": row.detail,
                "leads": row.leads,
                "won": row.won,
                "conversion": _round(row.conversion),
                "won_value_cents": row.won_value_cents,
            }
            for row in data.campaigns
        ],
        "referrals": [
            {
                "referrer_id": row.referrer_id,
                "referrer": row.referrer,
                "referred": row.referred,
                "won": row.won,
                "won_value_cents": row.won_value_cents,
            }
            for row in data.referrals
        ],
        "activity": {
            "done_total": data.activity.done_total,
            "overdue": data.activity.overdue,
            "done_by_week": [
                {"owner_id": r.owner_id, "owner": r.owner, "week": r.week.isoformat(), "done": r.done}
                for r in data.activity.done
            ],
        },
    }


def build_report(session: Session, scope: kpis.Scope | None = None) -> dict[str, Any]:
    """Every figure for ``scope`` (default: all time, every owner) as JSON-ready data."""
    return report_dict(kpis.compute(session, scope or kpis.Scope()))


# --------------------------------------------------------------------------- text


def _percent(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{value * 100:.1f} %"
    from salesdesk.i18n import language

    return text.replace(".", ",") if language() == "fi" else text.replace(" %", "%")


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    from salesdesk.i18n import language

    text = f"{value:.1f}"
    return text.replace(".", ",") if language() == "fi" else text


def _day(iso: str) -> str:
    """2026-10-01 → "1.10.2026" in Finnish, "1 Oct 2026" in English."""
    from datetime import date

    from salesdesk.i18n import language

    day = date.fromisoformat(iso)
    if language() == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _money(value: int | None) -> str:
    return "–" if value is None else format_money(value)


def _table(headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> list[str]:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        parts = [
            cell.ljust(widths[i]) if i < numeric_from else cell.rjust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  " + "  ".join(parts).rstrip()

    return [line(headers)] + [line(r) for r in rows]


def report_text(report: dict[str, Any], owner_name: str = "") -> str:
    """The report as aligned plain-text tables in the current language."""
    out: list[str] = []
    period = report["period"]
    span = "{start} – {end}".format(
        start=_day(period["from"]) if period["from"] else translate("Report", "the beginning"),
        end=_day(period["to"]) if period["to"] else translate("Report", "today"),
    )
    out.append(translate("Report", "Sales report {span}").format(span=span))
    if owner_name:
        out.append(translate("Report", "Owner: {name}").format(name=owner_name))
    out.append("")
    summary = [
        [translate("Report", "Leads created"), str(report["leads_total"])],
        [translate("Report", "Deals won"), str(report["won_count"])],
        [translate("Report", "Won value"), _money(report["won_value_cents"])],
        [translate("Report", "Average deal"), _money(report["average_deal_cents"])],
        [translate("Report", "Win rate"), _percent(report["win_rate"])],
        [translate("Report", "Sales cycle, median days"), _days(report["median_cycle_days"])],
        [translate("Report", "Sales cycle, average days"), _days(report["average_cycle_days"])],
        [translate("Report", "Customer retention"), _percent(report["retention_rate"])],
        [translate("Report", "Follow-ups done"), str(report["activity"]["done_total"])],
        [translate("Report", "Follow-ups overdue now"), str(report["activity"]["overdue"])],
    ]
    out += _table([translate("Report", "Figure"), translate("Report", "Value")], summary)
    out.append("")
    out.append(translate("Report", "By stage (leads created in the period, where they are now)"))
    out += _table(
        [
            translate("Report", "Stage"),
            translate("Report", "Leads"),
            translate("Report", "Value"),
            translate("Report", "Weighted"),
        ],
        [
            [r["stage"], str(r["count"]), _money(r["value_cents"]), _money(r["weighted_cents"])]
            for r in report["by_stage"]
        ]
        + [
            [
                translate("Report", "Disqualified (not on the board)"),
                str(report["disqualified"]["count"]),
                _money(report["disqualified"]["value_cents"]),
                "",
            ]
        ],
    )
    out.append("")
    out.append(translate("Report", "Funnel conversion"))
    out += _table(
        [
            translate("Report", "Stage"),
            translate("Report", "Reached"),
            translate("Report", "Of all"),
            translate("Report", "From previous"),
        ],
        [
            [r["stage"], str(r["reached"]), _percent(r["share"]), _percent(r["step"])]
            for r in report["conversion"]
        ],
    )
    out.append("")
    out.append(translate("Report", "By source"))
    out += _table(
        [
            translate("Report", "Source"),
            translate("Report", "Leads"),
            translate("Report", "Won"),
            translate("Report", "Conversion"),
            translate("Report", "Won value"),
        ],
        [
            [
                source_label(r["source"]),
                str(r["leads"]),
                str(r["won"]),
                _percent(r["conversion"]),
                _money(r["won_value_cents"]),
            ]
            for r in report["by_source"]
        ],
    )
    if report["by_batch"]:
        out.append("")
        out.append(translate("Report", "By import batch"))
        out += _table(
            [
                translate("Report", "Batch"),
                translate("Report", "Leads"),
                translate("Report", "Won"),
                translate("Report", "Conversion"),
                translate("Report", "Won value"),
                translate("Report", "Cost"),
                translate("Report", "Cost per won"),
            ],
            [
                [
                    r["batch"],
                    str(r["leads"]),
                    str(r["won"]),
                    _percent(r["conversion"]),
                    _money(r["won_value_cents"]),
                    _money(r["cost_cents"] or None),
                    _money(r["cost_per_won_cents"]),
                ]
                for r in report["by_batch"]
            ],
        )
    out.append("")
    out.append(translate("Report", "Time in stage (days)"))
    out += _table(
        [
            translate("Report", "Stage"),
            translate("Report", "Stays ended"),
            translate("Report", "Average"),
            translate("Report", "Open now"),
            translate("Report", "Waiting on average"),
        ],
        [
            [
                r["stage"],
                str(r["stays"]),
                _days(r["average_days"]),
                str(r["open_now"]),
                _days(r["open_average_days"]),
            ]
            for r in report["time_in_stage"]
        ],
    )
    out.append("")
    out.append(translate("Report", "Weighted forecast by expected close month"))
    out += _table(
        [
            translate("Report", "Month"),
            translate("Report", "Leads"),
            translate("Report", "Value"),
            translate("Report", "Weighted"),
        ],
        [
            [
                r["month"] or translate("Report", "no date"),
                str(r["count"]),
                _money(r["value_cents"]),
                _money(r["weighted_cents"]),
            ]
            for r in report["forecast"]
        ],
    )
    if report["referrals"]:
        out.append("")
        out.append(translate("Report", "Referrers"))
        out += _table(
            [
                translate("Report", "Referrer"),
                translate("Report", "Referred"),
                translate("Report", "Won"),
                translate("Report", "Won value"),
            ],
            [
                [r["referrer"], str(r["referred"]), str(r["won"]), _money(r["won_value_cents"])]
                for r in report["referrals"]
            ],
        )
    return "\n".join(out)
