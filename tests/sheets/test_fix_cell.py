"""Fixing a cell of an invalid row: the same normalisers, then the right group."""

from __future__ import annotations

from pathlib import Path

from salesdesk.sheets import pipeline


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text(
        "Etunimi;Sukunimi;Sähköposti;Puhelin\n"
        "Matti;Virtanen;matti@example.fi;0401234567\n"
        "Liisa;Korhonen;liisa(at)example;\n"
        "Pekka;Nieminen;pekka@example.fi;\n",
        encoding="utf-8",
    )
    return path


def test_fixed_email_makes_the_row_new(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path), opts)
    assert a.counts()["invalid"] == 1 and a.counts()["new"] == 2
    bad = next(r for r in a.rows if r.status == pipeline.INVALID)
    col = a.header.names.index("Sähköposti")
    assert bad.bad_columns == {"Sähköposti"}
    row = pipeline.fix_cell(a, bad.index, col, "  Liisa@Example.FI ", opts)
    assert row.status == pipeline.NEW and row.problems == []
    assert row.values["email"] == "liisa@example.fi"
    assert row.values["first_name"] == "Liisa" and row.row == 3
    assert a.rows[bad.index] is row
    assert a.counts() == {"new": 3, "update": 0, "duplicate": 0, "likely": 0, "invalid": 0}


def test_still_invalid_keeps_the_problem(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path), opts)
    bad = next(r for r in a.rows if r.status == pipeline.INVALID)
    col = a.header.names.index("Sähköposti")
    row = pipeline.fix_cell(a, bad.index, col, "liisa@", opts)
    assert row.status == pipeline.INVALID
    assert [p.column for p in row.errors] == ["Sähköposti"] and row.errors[0].row == 3
    assert row.original[col] == "liisa@"


def test_fixed_row_that_repeats_another_is_a_duplicate(tmp_path: Path) -> None:
    opts = pipeline.ImportOptions()
    a = pipeline.analyse(_sheet(tmp_path), opts)
    bad = next(r for r in a.rows if r.status == pipeline.INVALID)
    col = a.header.names.index("Sähköposti")
    row = pipeline.fix_cell(a, bad.index, col, "matti@example.fi", opts)
    assert row.status == pipeline.DUPLICATE
    assert row.match is not None and row.match.key == ("row", 0) and row.match.reason == "email"
    assert a.counts()["invalid"] == 0
