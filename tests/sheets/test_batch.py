"""Import batches against a real database: counts, update-empty-fields, undo, CLI, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salesdesk.db.models import Contact, ImportBatch, ImportChange, Lead, SearchEntry
from salesdesk.errors import UserError
from salesdesk.sheets import batch, pipeline

REPO = Path(__file__).resolve().parents[2]


def _counts(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count(Contact.id))),
            s.scalar(select(func.count(Lead.id))),
            s.scalar(select(func.count(ImportChange.id))),
            s.scalar(select(func.count(SearchEntry.id))),
        )


@pytest.mark.pg
def test_import_finnish_sheet_and_undo(any_db, samples_dir):
    db = any_db
    path = samples_dir / "fi_tradeshow_leads_2026.xlsx"
    res = batch.run_import(db, pipeline.analyse(path), batch.BatchSettings(source="trade_show"))
    assert (res.created, res.duplicates, res.rejected) == (60, 5, 1)
    with db.session() as s:
        johanna = s.scalar(select(Contact).where(Contact.email == "johanna.virtanen6@rakennus-virtanen.fi"))
        assert johanna.phone == "+358454508569" and johanna.postal_code == "00100"
        assert johanna.organization is not None and johanna.organization.name == "Rakennus-Virtanen Oy"
        lead = s.scalar(select(Lead).where(Lead.contact_id == johanna.id))
        assert lead.temperature == "cold" and lead.source == "trade_show"
    again = batch.run_import(db, pipeline.analyse(path), batch.BatchSettings())
    assert again.created == 0 and again.duplicates == 65
    before_undo = _counts(db)
    assert before_undo[0] > 60
    batch.undo_batch(db, again.batch_id)
    batch.undo_batch(db, res.batch_id)
    assert _counts(db)[:2] == (0, 0)


@pytest.mark.pg
def test_undo_after_update_restores_old_values(any_db, tmp_path):
    db = any_db
    with db.transaction() as s:
        s.add(
            Contact(
                name="Matti Virtanen",
                first_name="Matti",
                last_name="Virtanen",
                email="matti@virtanen.fi",
                city="",
                title="CEO",
            )
        )
    f = tmp_path / "update.csv"
    f.write_text(
        "Etunimi;Sukunimi;Sähköposti;Kaupunki;Titteli\nMatti;Virtanen;MATTI@virtanen.fi;Oulu;toimitusjohtaja\n",
        "utf-8",
    )
    res = batch.run_import(db, pipeline.analyse(f), batch.BatchSettings(on_duplicate="update"))
    assert (res.created, res.updated, res.duplicates) == (0, 1, 1)
    with db.session() as s:
        c = s.scalar(select(Contact))
        assert c.city == "Oulu" and c.title == "CEO"  # only the empty field was filled
    res2 = batch.run_import(db, pipeline.analyse(f), batch.BatchSettings(on_duplicate="overwrite"))
    assert res2.updated == 1
    with db.session() as s:
        assert s.scalar(select(Contact.title)) == "toimitusjohtaja"
    batch.undo_batch(db, res2.batch_id)
    with db.session() as s:
        assert s.scalar(select(Contact.title)) == "CEO"
    # an edit after the import is noticed before undoing
    with db.transaction() as s:
        s.scalar(select(Contact)).city = "Kemi"
    with pytest.raises(batch.UndoConflictError):
        batch.undo_batch(db, res.batch_id)
    batch.undo_batch(db, res.batch_id, force=True)
    with db.session() as s:
        assert s.scalar(select(Contact.city)) == ""


def test_dry_run_writes_nothing(db, samples_dir):
    res = batch.run_import(db, pipeline.analyse(samples_dir / "mautic_fake_leads.csv"), dry_run=True)
    assert res.batch_id is None and res.created == 50
    assert _counts(db) == (0, 0, 0, 0)


def test_cancel_writes_nothing(db, samples_dir):
    a = pipeline.analyse(samples_dir / "atomic_crm_contacts_500.csv")
    with pytest.raises(batch.ImportCancelledError):
        batch.run_import(db, a, cancelled=lambda: True)
    assert _counts(db) == (0, 0, 0, 0)
    with db.session() as s:
        assert s.scalar(select(func.count(ImportBatch.id))) == 0


def test_rejected_rows_saved(db, samples_dir, tmp_path):
    a = pipeline.analyse(samples_dir / "fi_tradeshow_leads_2026.xlsx")
    res = batch.run_import(db, a, dry_run=True)
    out = tmp_path / "rejected.xlsx"
    assert batch.save_rejected(res, a, str(out)) == 1
    import openpyxl

    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Error" and "e-mail" in rows[1][-1]


def _cli(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_import_json_and_undo(samples_dir, tmp_path):
    dbf = str(tmp_path / "cli.sqlite3")
    p = _cli(
        "--db",
        dbf,
        "import",
        str(samples_dir / "fi_tradeshow_leads_2026.xlsx"),
        "--json",
        "--source",
        "trade_show",
        "--source-detail",
        "Teollisuusmessut 2026",
        cwd=tmp_path,
    )
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    for key in (
        "batch_id",
        "sheet",
        "header_row",
        "mapping",
        "rows_read",
        "created",
        "updated",
        "duplicates",
        "rejected",
        "errors",
    ):
        assert key in data
    assert data["header_row"] == 4 and data["created"] == 60 and data["rejected"] == 1
    assert {"row", "column", "message"} <= set(data["errors"][0])
    p = _cli("--db", dbf, "undo-import", str(data["batch_id"]), cwd=tmp_path)
    assert p.returncode == 0, p.stderr


@pytest.mark.parametrize(
    "name", ["broken/crm_lead_binary_edited_corrupt.xls", "oca_report_crm_lead_multisheet.xlsx"]
)
def test_cli_unreadable_exit_2(samples_dir, tmp_path, name):
    dbf = tmp_path / "cli.sqlite3"
    p = _cli("--db", str(dbf), "import", str(samples_dir / name), cwd=tmp_path)
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    assert not dbf.exists()  # the database was not even opened


KILL_SCRIPT = r"""
import sys, time
from salesdesk.db import open_database
from salesdesk.errors import UserError
from salesdesk.sheets import batch, pipeline
db = open_database(sys.argv[1])
a = pipeline.analyse(sys.argv[2])
def progress(done, total):
    if done > 0:
        print("WRITING", flush=True)
        time.sleep(30)
batch.run_import(db, a, progress=progress)
"""


def test_sigkill_mid_import_leaves_database_as_before(db, samples_dir, tmp_path):
    batch.run_import(db, pipeline.analyse(samples_dir / "mautic_fake_leads.csv"))
    before = _counts(db)
    dbfile = str(db.path)
    db.dispose()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, dbfile, str(samples_dir / "atomic_crm_contacts_500.csv")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    deadline = time.time() + 60
    line = ""
    while time.time() < deadline and "WRITING" not in line:
        line = proc.stdout.readline()
    assert "WRITING" in line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    from salesdesk.db import open_database

    db2 = open_database(dbfile)
    try:
        assert _counts(db2) == before
        with db2.session() as s:
            assert s.scalar(select(func.count(ImportBatch.id))) == 1
    finally:
        db2.dispose()


def test_bulk_written_rows_read_back_through_the_orm(db, tmp_path):
    from datetime import UTC, date, datetime, timedelta

    f = tmp_path / "leads.csv"
    f.write_text(
        "Nimi;Yritys;Sähköposti;Arvioitu päätös;Arvo;Kiinnostus\n"
        "Matti Virtanen;Testi Oy;matti@testi.fi;27.11.2026;1 234,50 €;kuuma\n",
        "utf-8",
    )
    before = datetime.now(UTC) - timedelta(seconds=5)
    res = batch.run_import(db, pipeline.analyse(f), batch.BatchSettings(lawful_basis="legitimate_interest"))
    with db.session() as s:
        lead = s.get(Lead, res.lead_ids[0])
        assert lead.expected_close == date(2026, 11, 27) and lead.value_cents == 123450
        assert lead.temperature == "hot" and lead.temperature_manual is True
        assert lead.created_at.tzinfo is not None and lead.created_at >= before
        c = lead.contact
        assert c.from_purchased_list is True and c.lawful_basis == "legitimate_interest"
        assert c.organization is not None and c.organization.kind == "organization"
        assert c.created_at >= before and c.name == "Matti Virtanen"
        from salesdesk.db import search_index

        found = s.scalars(search_index.matching_ids(s, "contact", "Virtanen")).all()
        assert c.id in found


@pytest.mark.pg
def test_each_imported_lead_gets_its_first_stage_change_and_first_contact(any_db, tmp_path):
    """Stage changes and first-contact follow-ups are written set-wise (INSERT … SELECT):
    one of each per new lead, in the lead's own stage, titled with the contact's name."""
    from salesdesk.db.models import FollowUp, StageChange

    long_name = "Aleksanteri " + "Pitkäsukunimi" * 30
    f = tmp_path / "leads.csv"
    f.write_text(
        "Etunimi;Sukunimi;Sähköposti;Kiinnostus\n"
        "Matti;Virtanen;matti@testi.fi;kuuma\n"
        "Liisa;Laine;liisa@testi.fi;kylmä\n"
        f"{long_name.split()[0]};{long_name.split()[1]};pitka@testi.fi;\n",
        "utf-8",
    )
    res = batch.run_import(any_db, pipeline.analyse(f), batch.BatchSettings(created_by="Tester"))
    assert res.created == 3 and res.followups == 3
    with any_db.session() as s:
        changes = s.execute(
            select(
                StageChange.lead_id,
                StageChange.from_stage_id,
                StageChange.to_stage_id,
                StageChange.changed_by,
            )
        ).all()
        leads = {lead.id: lead for lead in s.scalars(select(Lead))}
        assert sorted(c.lead_id for c in changes) == sorted(res.lead_ids)
        for c in changes:
            assert c.from_stage_id is None and c.to_stage_id == leads[c.lead_id].stage_id
            assert c.changed_by == "Tester"
        follow = {fu.lead_id: fu for fu in s.scalars(select(FollowUp))}
        assert set(follow) == set(res.lead_ids)
        hot = next(lead for lead in leads.values() if lead.contact.first_name == "Matti")
        cold = next(lead for lead in leads.values() if lead.contact.first_name == "Liisa")
        assert follow[hot.id].title == "First contact: Matti Virtanen"
        assert follow[hot.id].due_at < follow[cold.id].due_at  # hot is called first
        assert follow[hot.id].rule == "first_contact" and follow[hot.id].status == "open"
        assert follow[hot.id].contact_id == hot.contact_id and follow[hot.id].created_at.tzinfo
        longest = max(follow.values(), key=lambda fu: len(fu.title))
        assert len(longest.title) == 300 and longest.title.startswith("First contact: Aleksanteri")
        assert len({fu.uid for fu in follow.values()}) == 3 and all(
            len(fu.uid) == 32 for fu in follow.values()
        )


def test_the_cycle_collector_is_back_on_after_an_import_even_a_failed_one(db, tmp_path):
    import gc

    f = tmp_path / "ok.csv"
    f.write_text("Nimi;Sähköposti\nMatti Virtanen;matti@testi.fi\n", "utf-8")
    batch.run_import(db, pipeline.analyse(f))
    assert gc.isenabled()
    bad = tmp_path / "empty.csv"
    bad.write_text("", "utf-8")
    with pytest.raises(UserError):
        pipeline.analyse(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        pipeline.analyse(f)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
