"""A database with many leads, written with bulk inserts (shared by the table benchmarks)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select

from salesdesk.db import search_index
from salesdesk.db.enums import LeadSource, Temperature
from salesdesk.db.models import Contact, Lead, Owner, Stage
from salesdesk.db.types import utcnow


def fill(db, n: int = 50_000, seed: int = 7) -> None:
    rnd = random.Random(seed)
    sources = [s.value for s in LeadSource]
    temps = [t.value for t in Temperature]
    with db.transaction() as s:
        s.add_all([Owner(name=f"Owner {i}") for i in range(5)])
        s.flush()
        owners = list(s.scalars(select(Owner.id)))
        stage_ids = list(s.scalars(select(Stage.id)))
        orgs = [{"kind": "organization", "name": f"Yritys {i} Oy"} for i in range(n // 10)]
        s.execute(insert(Contact), orgs)
        org_ids = list(s.scalars(select(Contact.id)))
        people = [
            {
                "kind": "person",
                "name": f"Etu{i} Suku{i % 977}",
                "email": f"p{i}@example.fi" if i % 3 else "",
                "mobile": f"+35840{i:07d}" if i % 2 else "",
                "organization_id": rnd.choice(org_ids),
                "city": rnd.choice(["Helsinki", "Tampere", "Oulu", "Turku"]),
            }
            for i in range(n)
        ]
        s.execute(insert(Contact), people)
        person_ids = list(s.scalars(select(Contact.id).where(Contact.kind == "person")))
        now = utcnow()
        s.execute(
            insert(Lead),
            [
                {
                    "contact_id": person_ids[i],
                    "title": f"Kauppa {i}",
                    "stage_id": rnd.choice(stage_ids),
                    "position": i,
                    "value_cents": rnd.randint(0, 5_000_000),
                    "expected_close": date.today() + timedelta(days=rnd.randint(-30, 200)),
                    "temperature": rnd.choice(temps),
                    "source": rnd.choice(sources),
                    "owner_id": rnd.choice(owners),
                    "last_activity_at": now - timedelta(days=rnd.randint(0, 120)),
                    "stage_changed_at": now,
                    "created_at": now - timedelta(minutes=i),
                    "updated_at": now,
                }
                for i in range(n)
            ],
        )
        search_index.rebuild(s)
