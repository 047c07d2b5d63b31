"""Fast bulk data for the benchmarks: a realistic funnel of N leads, by executemany inserts."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import insert, select

from salesdesk.db import Database, search_index
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, StageChange
from salesdesk.db.types import utcnow

FIRST = ["Aino", "Eero", "Helmi", "Juhani", "Kaarina", "Lauri", "Minna", "Onni", "Sanna", "Ville"]
LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"]
ORGS = ["Konepaja", "Rakennus", "Kuljetus", "Sähkö", "Puutarha", "Metalli", "Ohjelmisto"]


def fill(db: Database, leads: int, *, seed: int = 7) -> int:
    """Insert ``leads`` leads (60 % open, 25 % won, 15 % lost) with contacts, organisations,
    follow-ups and history; returns the id of the owner "me"."""
    rnd = random.Random(seed)
    now = utcnow()
    with db.transaction() as s:
        owners = [
            Owner(name=n, initials=i)
            for n, i in (("Maija Myyjä", "MM"), ("Olli Ostaja", "OO"), ("Pia Perä", "PP"))
        ]
        s.add_all(owners)
        s.flush()
        owner_ids = [o.id for o in owners]
        stages = s.scalars(select(Stage).order_by(Stage.position)).all()
        open_ids = [st.id for st in stages if st.kind == "open"]
        won_id = next(st.id for st in stages if st.kind == "won")
        lost_id = next(st.id for st in stages if st.kind == "lost")
        orgs_n = max(leads // 10, 1)
        conn = s.connection()
        start_org = (s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0) + 1
        conn.execute(
            insert(Contact),
            [
                {
                    "kind": "organization",
                    "name": f"{rnd.choice(ORGS)} {rnd.choice(LAST)} Oy {i}",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(orgs_n)
            ],
        )
        start_person = start_org + orgs_n
        conn.execute(
            insert(Contact),
            [
                {
                    "kind": "person",
                    "name": f"{(f := rnd.choice(FIRST))} {(last := rnd.choice(LAST))}",
                    "first_name": f,
                    "last_name": last,
                    "organization_id": start_org + rnd.randrange(orgs_n),
                    "created_at": now,
                    "updated_at": now,
                }
                for _ in range(leads)
            ],
        )
        rows = []
        positions: dict[int, int] = {}
        for i in range(leads):
            r = rnd.random()
            stage_id = rnd.choice(open_ids) if r < 0.6 else (won_id if r < 0.85 else lost_id)
            positions[stage_id] = positions.get(stage_id, 0) + 1
            changed = now - timedelta(days=rnd.randrange(0, 60), hours=rnd.randrange(24))
            closed = None if stage_id in open_ids else now - timedelta(days=rnd.randrange(0, 1000))
            rows.append(
                {
                    "contact_id": start_person + i,
                    "title": f"Tarjous {i}",
                    "stage_id": stage_id,
                    "position": positions[stage_id],
                    "value_cents": rnd.randrange(50, 50000) * 100,
                    "currency": "EUR",
                    "temperature": rnd.choice(["hot", "warm", "cold"]),
                    "source": rnd.choice(["referral", "trade_show", "website", "purchased_list", "webinar"]),
                    "owner_id": rnd.choice(owner_ids),
                    "stage_changed_at": changed,
                    "last_activity_at": changed,
                    "closed_at": closed,
                    "created_at": changed,
                    "updated_at": changed,
                }
            )
        conn.execute(insert(Lead), rows)
        lead_ids = s.scalars(select(Lead.id).order_by(Lead.id)).all()[-leads:]
        conn.execute(
            insert(StageChange),
            [
                {"lead_id": lid, "to_stage_id": row["stage_id"], "changed_at": row["stage_changed_at"]}
                for lid, row in zip(lead_ids, rows, strict=True)
            ],
        )
        fus = []
        for lid, row in zip(lead_ids, rows, strict=True):
            if row["closed_at"] is None and rnd.random() < 0.5:
                fus.append(
                    {
                        "uid": f"b{lid}",
                        "lead_id": lid,
                        "contact_id": row["contact_id"],
                        "title": "Soita",
                        "due_at": now + timedelta(days=rnd.randrange(-20, 30)),
                        "status": "open",
                        "owner_id": row["owner_id"],
                        "created_at": now,
                        "updated_at": now,
                    }
                )
        if fus:
            conn.execute(insert(FollowUp), fus)
        search_index.rebuild(s)
    return owner_ids[0]
