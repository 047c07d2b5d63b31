"""A big import rebuilds the search index in one pass and leaves its triggers in place."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from salesdesk.sheets.batch import BULK_REINDEX_ROWS


def test_big_import_is_searchable_and_keeps_triggers(tmp_path: Path) -> None:
    rows = BULK_REINDEX_ROWS + 100
    sheet = tmp_path / "big.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["Etunimi", "Sukunimi", "Yritys", "Sähköposti"])
        for i in range(rows):
            out.writerow([f"Etu{i}", f"Suku{i}", f"Yritys {i % 50} Oy", f"etu{i}@yritys{i % 50}.fi"])
    db = tmp_path / "big.sqlite3"
    env = dict(os.environ, SALESDESK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(db), "import", str(sheet)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'suku4321'").fetchone()[
            0
        ]
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        conn.execute("UPDATE contacts SET notes = 'lattiaremontti' WHERE last_name = 'Suku7'")
        conn.execute("INSERT INTO search_entries (kind, ref_id, body) VALUES ('contact', -1, 'uniikkisana')")
        later = conn.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'uniikkisana'"
        ).fetchone()[0]
    # the contact, and its lead: a company with several people in the sheet titles each
    # lead "<source> · <company>, <person>" (sheets/suggest.py)
    assert found == 2
    from salesdesk.db import open_database, search_index

    database = open_database(db)
    with database.session() as session:
        leads = session.scalars(search_index.matching_ids(session, "lead", "Suku4321")).all()
        contacts = session.scalars(search_index.matching_ids(session, "contact", "Suku4321")).all()
    database.dispose()
    assert len(leads) == 1 and len(contacts) == 1  # the lead is found through its contact
    assert {"search_entries_ai", "search_entries_ad", "search_entries_au"} <= triggers
    assert later == 1  # entries written after the import still reach the index
