"""``salesdesk board`` as a user runs it: the columns' figures, cards, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db import open_database
from salesdesk.db.models import Contact, Owner
from tests.cli.test_demo_cli import salesdesk


def test_board_prints_figures_and_cards(tmp_path: Path) -> None:
    path = tmp_path / "board.sqlite3"
    db = open_database(path)
    with db.transaction() as s:
        me = Owner(name="Maija Myyjä", initials="MM")
        c = Contact(name="Hanna Koskinen")
        s.add_all([me, c])
        s.flush()
        proposal = next(x for x in stages(s) if x.key == "proposal")
        lead_rules.create_lead(
            s, contact=c, title="Katto", stage=proposal, value_cents=100000, owner_id=me.id
        )
        lead_rules.create_lead(s, contact=c, title="Seinät", stage=proposal, value_cents=50000)
    db.dispose()
    result = salesdesk(
        "--db", str(path), "--lang", "en", "board", "--json", "--cards", "5", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    columns = {c["stage"]: c for c in json.loads(result.stdout)}
    prop = columns["Proposal"]
    assert prop["count"] == 2 and prop["total_cents"] == {"EUR": 150000}
    assert prop["weighted_cents"] == {"EUR": 90000}
    assert [k["title"] for k in prop["cards"]] == ["Seinät", "Katto"]
    mine = salesdesk("--db", str(path), "board", "--owner", "MM", data_dir=tmp_path)
    assert mine.returncode == 0 and "€1,000.00" in mine.stdout
    bad = salesdesk("--db", str(path), "board", "--owner", "nobody", data_dir=tmp_path)
    assert bad.returncode == 2 and "nobody" in bad.stderr and "Traceback" not in bad.stderr
