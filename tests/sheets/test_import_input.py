"""Bad input in a sheet is neither misread nor lost without a word: money, spreadsheet
error cells, dates that are no dates, control characters."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from salesdesk.db.models import Contact, ImportBatch, Lead
from salesdesk.sheets import batch, pipeline


def _csv(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _by_email(analysis: pipeline.Analysis) -> dict[str, pipeline.RowResult]:
    return {r.values["email"]: r for r in analysis.rows}


def test_value_column_reads_money_as_money(tmp_path):
    path = _csv(
        tmp_path,
        "Name,Email,Value\n"
        "A One,a@example.fi,1e9\n"
        "B Two,b@example.fi,1e400\n"
        "C Three,c@example.fi,0x10\n"
        "D Four,d@example.fi,31.12.2025\n"
        'E Five,e@example.fi,"1 234,50 €"\n'
        'F Six,f@example.fi,"$91,710"\n'
        "G Seven,g@example.fi,100 kr\n"
        "H Eight,h@example.fi,-5\n"
        "I Nine,i@example.fi,99999999999999999999\n"
        "J Ten,j@example.fi,12\u00a0000 €\n",
    )
    rows = _by_email(pipeline.analyse(path))
    for email in ("a", "b", "c", "d", "h", "i"):
        r = rows[f"{email}@example.fi"]
        assert "value_cents" not in r.values, (email, r.values)
        (problem,) = r.problems
        assert problem.column == "Value" and not problem.error
    assert "is not an amount of money" in rows["d@example.fi"].problems[0].message
    assert "cannot be negative" in rows["h@example.fi"].problems[0].message
    assert "too large" in rows["i@example.fi"].problems[0].message
    assert rows["e@example.fi"].values["value_cents"] == 123450
    assert rows["e@example.fi"].values["value_currency"] == "EUR"
    assert rows["f@example.fi"].values["value_cents"] == 9171000
    assert rows["f@example.fi"].values["value_currency"] == "USD"
    assert rows["g@example.fi"].values["value_currency"] == "SEK"
    assert rows["j@example.fi"].values["value_cents"] == 1200000


def test_lead_takes_the_currency_its_cell_names(db, tmp_path):
    path = _csv(tmp_path, 'Name,Email,Value\nA One,a@example.fi,"$91,710"\nB Two,b@example.fi,500\n')
    result = batch.run_import(db, pipeline.analyse(path))
    assert result.created == 2
    with db.session() as s:
        leads = {
            c: (v, cur)
            for c, v, cur in s.execute(select(Contact.email, Lead.value_cents, Lead.currency).join(Lead))
        }
    assert leads == {"a@example.fi": (9171000, "USD"), "b@example.fi": (50000, "EUR")}


def test_sheet_error_cells_and_bad_dates_are_warnings_naming_the_column(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Email", "Value", "Expected close", "Company"])
    ws.append(["Matti Virtanen", "matti@example.fi", "#REF!", "#N/A", "#DIV/0!"])
    for cell in ws[2][2:]:
        cell.data_type = "e"
    ws.append(["Liisa Koski", "liisa@example.fi", 100, "31.2.2026", "#VALUE!"])
    ws["E3"].data_type = "e"
    path = tmp_path / "errors.xlsx"
    wb.save(path)
    result = batch.run_import(db, pipeline.analyse(path))
    assert result.created == 2
    found = {(w.row, w.column): w.message for w in result.warnings}
    assert set(found) == {
        (2, "Value"),
        (2, "Expected close"),
        (2, "Company"),
        (3, "Expected close"),
        (3, "Company"),
    }
    assert "#REF!" in found[2, "Value"] and "error in the spreadsheet" in found[2, "Value"]
    assert "31.2.2026" in found[3, "Expected close"]
    assert result.as_json()["warnings"][0]["column"]
    with db.session() as s:
        assert s.scalar(select(Contact.organization_id).where(Contact.email == "matti@example.fi")) is None
        assert "#" not in " ".join(s.scalars(select(Contact.notes)).all())


def test_error_texts_in_a_csv_are_warnings_too(tmp_path):
    path = _csv(tmp_path, "Name,Email,Company,Phone\nMatti Virtanen,m@example.fi,#N/A,#REF!\n")
    (row,) = pipeline.analyse(path).rows
    assert "organization" not in row.values and "phone" not in row.values
    assert {p.column for p in row.problems} == {"Company", "Phone"}
    assert not any(p.error for p in row.problems)


def test_control_characters_are_stripped_on_both_databases(any_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(
        b"Name,Email,Company,City\n"
        b"Matti\x00 Virtanen,matti@example.fi,Acme\x07 Oy\x1b,Hel\x7fsinki\n"
        b"Liisa\x0b Koski,liisa@example.fi,Beta\x00,Turku\n"
        + b"".join(b"Person %d,p%d@example.org,,Oulu\n" % (i, i) for i in range(20))
    )
    result = batch.run_import(any_db, pipeline.analyse(path))
    assert result.created == 22 and not result.errors
    with any_db.session() as s:
        people = sorted(
            s.execute(
                select(Contact.first_name, Contact.last_name, Contact.city).where(
                    Contact.email.like("%example.fi")
                )
            ).all()
        )
        orgs = sorted(s.scalars(select(Contact.name).where(Contact.kind == "organization")).all())
    assert people == [("Liisa", "Koski", "Turku"), ("Matti", "Virtanen", "Helsinki")]
    assert orgs == ["Acme Oy", "Beta"]


def test_purchased_list_defaults_come_from_one_place(db):
    from salesdesk.db.models import Stage

    with db.transaction() as s:
        first = s.scalars(select(Stage).where(Stage.key == "suspect")).one()
        first.name = "Ehdokas"  # renamed: no stage called "Suspect" any more
    with db.session() as s:
        purchased = batch.source_defaults(s, "purchased_list")
        fair = batch.source_defaults(s, "trade_show")
    assert purchased == batch.SourceDefaults("Ehdokas", "legitimate_interest")
    assert fair == batch.SourceDefaults("Ehdokas", "")
    assert ImportBatch  # the batch records what the front end passed (see the CLI test)


def test_unclosed_quote_does_not_swallow_the_next_rows(tmp_path):
    path = _csv(
        tmp_path,
        'Name,Email,City\n"Matti Virtanen,m@example.fi,Oulu\n'
        "Liisa Koski,l@example.fi,Turku\nAnna Aho,a@example.fi,Pori\n",
    )
    rows = pipeline.analyse(path).rows
    assert [(r.values["first_name"], r.values["email"]) for r in rows] == [
        ("Matti", "m@example.fi"),
        ("Liisa", "l@example.fi"),
        ("Anna", "a@example.fi"),
    ]
    (problem,) = rows[0].problems
    assert problem.row == 2 and not problem.error and "never closed" in problem.message
    assert not rows[1].problems and not rows[2].problems


def test_unclosed_quote_in_the_middle_of_the_file(tmp_path):
    path = _csv(
        tmp_path,
        'Name,Email,City\nMatti Virtanen,m@example.fi,"Oulu\nLiisa Koski,l@example.fi,Turku\n'
        "Anna Aho,a@example.fi,Pori\nPekka Puu,p@example.fi,Vaasa\n",
    )
    rows = pipeline.analyse(path).rows
    assert [r.values["email"] for r in rows] == [
        "m@example.fi",
        "l@example.fi",
        "a@example.fi",
        "p@example.fi",
    ]
    assert rows[0].values["city"] == "Oulu" and "never closed" in rows[0].problems[0].message


def test_a_real_multi_line_cell_is_kept(tmp_path):
    path = _csv(
        tmp_path,
        'Name,Email,Notes\nMatti Virtanen,m@example.fi,"Met at the fair\nwill call"\n'
        "Liisa Koski,l@example.fi,x\n",
    )
    rows = pipeline.analyse(path).rows
    assert len(rows) == 2 and not rows[0].problems
    assert rows[0].values["notes"] == "Met at the fair will call"


def test_utf8_file_with_windows_1252_lines_is_decoded_line_by_line(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Nimi,Sähköposti\nMatti Jääskeläinen,m@example.fi\n".encode()
        + "Liisa Jääskeläinen,l@example.fi\n".encode("cp1252")
        + "Öljy Äijä,o@example.fi\n".encode()
    )
    rows = pipeline.analyse(path).rows
    assert [r.values["last_name"] for r in rows] == ["Jääskeläinen", "Jääskeläinen", "Äijä"]
    assert [bool(r.problems) for r in rows] == [False, True, False]
    assert "Windows-1252" in rows[1].problems[0].message and not rows[1].problems[0].error


def test_a_windows_1252_file_is_still_one_encoding(tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes(
        "Nimi,Sähköposti\nMatti Jääskeläinen,m@example.fi\nÖljy Äijä,o@example.fi\n".encode("cp1252")
    )
    rows = pipeline.analyse(path).rows
    assert [r.values["last_name"] for r in rows] == ["Jääskeläinen", "Äijä"]
    assert not any(r.problems for r in rows)
