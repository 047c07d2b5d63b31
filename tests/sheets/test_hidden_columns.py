"""Columns hidden in the workbook (issue 7): found in .xlsx/.xlsm/.ods, carried to the header,
mapped when recognised, and never copied into the notes unless asked."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from salesdesk.db.models import Contact, Lead
from salesdesk.sheets import batch, pipeline, safety
from salesdesk.sheets.hidden_columns import (
    hidden_columns,
    ods_hidden_in_stream,
    xlsx_hidden_in_stream,
)
from salesdesk.sheets.readers import read_sheet
from tests.sheets.hidden_files import HEADER, ROWS, write_ods
from tests.sheets.hidden_files import bought_list_xlsx as _xlsx

# -- detection -------------------------------------------------------------------------------


def test_xlsx_hidden_columns_single_and_grouped(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "list.xlsx")
    assert hidden_columns(path, "Lista") == {2, 4, 5}
    full = read_sheet(path)
    head = read_sheet(path, None, max_rows=pipeline.PREVIEW_ROWS)  # the wizard's streaming preview
    assert full.hidden_columns == head.hidden_columns == {2, 4, 5}
    plain = _xlsx(tmp_path / "plain.xlsx", hide=False)
    assert read_sheet(plain).hidden_columns == set()


def test_xlsx_hidden_columns_of_the_chosen_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Ohjeet"
    first.append(["Täytä taulukko"])
    first.column_dimensions["A"].hidden = True
    data = wb.create_sheet("Liidit")
    data.append(["Etunimi", "Sukunimi", "Apu"])
    data.append(["Matti", "Virtanen", "x"])
    data.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "two.xlsx")
    assert read_sheet(tmp_path / "two.xlsx", "Liidit").hidden_columns == {2}
    assert read_sheet(tmp_path / "two.xlsx", "Ohjeet").hidden_columns == {0}


def test_xlsx_openpyxl_fallback_reports_hidden_columns(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.sheets import readers

    def refuse(*_a: object) -> None:
        raise RuntimeError("calamine refuses this file")

    monkeypatch.setattr(readers, "_read_calamine", refuse)
    assert read_sheet(_xlsx(tmp_path / "list.xlsx")).hidden_columns == {2, 4, 5}


SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<x:sheetFormatPr defaultRowHeight="15"/><x:cols>'
    b'<x:col min="2" max="2" width="0" customWidth="1"/>'  # dragged to zero width: hidden
    b'<x:col min="4" max="4" width="0"/>'  # zero but not a custom width: Excel shows it
    b'<x:col min="5" max="5" width="12" customWidth="1"/>'
    b'<x:col min="7" max="8" hidden="true"/>'
    b'<x:col min="11" max="16384" hidden="1"/>'  # "hide everything right of the data"
    b"</x:cols><x:sheetData>"
)


class CountingReader(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.read_bytes += len(out)
        return out


def test_xlsx_probe_stops_at_sheet_data() -> None:
    rows = b"".join(
        b'<x:row r="%d"><x:c r="A%d" t="inlineStr"><x:is><x:t>Nimi %d</x:t></x:is></x:c></x:row>' % (i, i, i)
        for i in range(1, 100_001)
    )
    stream = CountingReader(SHEET_START + rows + b"</x:sheetData></x:worksheet>")
    found = xlsx_hidden_in_stream(stream)
    assert found == {1, 6, 7, *range(10, safety.MAX_COLUMNS)}
    assert stream.read_bytes <= 64 * 1024  # a 6 MB sheet: only its first chunk was read


def test_hiding_everything_right_of_the_data_hides_no_imported_column(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "list.xlsx", hide=False)
    wb = openpyxl.load_workbook(path)
    wb.active.column_dimensions.group("H", "XFD", hidden=True)
    wb.save(path)
    sheet = read_sheet(path)
    assert min(sheet.hidden_columns) == 7 and max(sheet.hidden_columns) < safety.MAX_COLUMNS
    analysis = pipeline.analyse(path, sheet=sheet)
    assert analysis.header.hidden == frozenset() and analysis.hidden_columns == []
    assert "Ostajan pisteet: 87" in analysis.rows[0].values["notes"]


def _ods(path: Path, *, grouped: bool = False) -> Path:
    # A first sheet to stream past, then the list with a blank column A: A:C visible (one run
    # of 3), D hidden, E visible, F:G hidden (one run of 2), H visible, the rest visible.
    other = ("Ohjeet", [(1, "visible")], [["Täytä lista"]] * 50)
    columns = [(3, "visible"), (1, "collapse"), (1, "visible"), (2, "collapse"), (1, "visible")]
    columns.append((1016, "visible"))
    rows: list[list[object]] = [["", "Ostolista"], [], ["", *HEADER]]
    rows += [["", *r] for r in ROWS]
    return write_ods(path, [other, ("Lista", columns, rows)], grouped=grouped)


@pytest.mark.parametrize("grouped", [False, True])
def test_ods_hidden_columns(tmp_path: Path, grouped: bool) -> None:
    path = _ods(tmp_path / "list.ods", grouped=grouped)
    sheet = read_sheet(path, "Lista")
    assert sheet.hidden_columns == {3, 5, 6}
    assert sheet.rows[2][:3] == ["", "Nimi", "Sähköposti"]  # column indexes line up with A = 0
    assert read_sheet(path, "Ohjeet").hidden_columns == set()
    analysis = pipeline.analyse(path, pipeline.ImportOptions(sheet="Lista"))
    assert analysis.hidden_columns == ["Sisäinen koodi", "Puhelin", "Ostajan pisteet"]
    assert analysis.mapping_dict()["Puhelin"] == "phone"
    matti = analysis.rows[0].values
    assert matti["phone"] == "+358401234567"
    assert matti["notes"] == "Toimiala: Metalli"


def test_ods_probe_stops_at_the_first_row_of_its_table() -> None:
    t = b"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    row = b"<table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>"
    head = (
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:table="' + t + b'" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        b"<office:body><office:spreadsheet>"
        b'<table:table table:name="Lista"><table:table-header-columns>'
        b'<table:table-column table:visibility="collapse"/></table:table-header-columns>'
        b'<table:table-column table:number-columns-repeated="3"/>'
        b'<table:table-column table:number-columns-repeated="100000" table:visibility="collapse"/>'
    )
    stream = CountingReader(head + row * 100_000 + b"</table:table></office:spreadsheet></office:body>")
    assert ods_hidden_in_stream(stream, "Lista") == {0, *range(4, safety.MAX_COLUMNS)}
    assert stream.read_bytes <= 64 * 1024
    whole = head + row + b"</table:table></office:spreadsheet></office:body></office:document-content>"
    assert ods_hidden_in_stream(io.BytesIO(whole), "Muu") == set()


def test_csv_has_none(tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("Nimi;Sähköposti\nMatti;matti@virtanen.fi\n", encoding="utf-8")
    assert read_sheet(csv).hidden_columns == set()


def _hide_xls_columns(src: Path, target: Path, colinfo: list[tuple[int, int, int, int]]) -> Path:
    """A copy of an .xls with the fHidden flag set on the COLINFO records (first, last,
    width, xf) given; the records are found by their bytes in the file."""
    data = bytearray(src.read_bytes())
    for first, last, width, xf in colinfo:
        head = struct.pack("<HHHHHH", 0x007D, 12, first, last, width, xf)
        at = data.find(head)
        assert at >= 0 and data.find(head, at + 1) < 0, (first, last)
        options = at + 12
        data[options] |= 1
    target.write_bytes(bytes(data))
    return target


def test_xls_hidden_columns(samples_dir: Path, tmp_path: Path) -> None:
    src = samples_dir / "odoo19_crm_lead_template.xls"  # a Workbook stream in regular sectors
    assert hidden_columns(src, "Template") == set()
    path = _hide_xls_columns(src, tmp_path / "lead.xls", [(2, 2, 4071, 15), (5, 7, 3622, 15)])
    assert hidden_columns(path, "Template") == {2, 5, 6, 7}
    assert hidden_columns(path, "Import FAQ") == set()
    sheet = read_sheet(path, "Template")
    assert sheet.hidden_columns == {2, 5, 6, 7}
    analysis = pipeline.analyse(path, pipeline.ImportOptions(sheet="Template"), sheet=sheet)
    names = analysis.header.names
    assert analysis.hidden_columns == [names[2], names[5], names[6], names[7]]
    plain = pipeline.analyse(src, pipeline.ImportOptions(sheet="Template"))
    assert analysis.mapping == plain.mapping  # recognised hidden columns stay mapped


def test_xls_in_the_mini_stream(samples_dir: Path, tmp_path: Path) -> None:
    src = samples_dir / "odoo15_res_partner.xls"  # small: its Workbook lives in the mini stream
    path = _hide_xls_columns(src, tmp_path / "partner.xls", [(0, 3, 7994, 15)])
    assert read_sheet(path).hidden_columns == {0, 1, 2, 3}
    # the last COLINFO covers 4..256 (past Excel's 255) and is not hidden
    assert hidden_columns(src, "Sheet 1") == set()


def test_xls_probe_on_damaged_or_foreign_bytes(tmp_path: Path) -> None:
    ole = tmp_path / "cut.xls"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert hidden_columns(ole, "Sheet1") == set()
    renamed = _xlsx(tmp_path / "list.xlsx")
    as_xls = tmp_path / "list.xls"
    as_xls.write_bytes(renamed.read_bytes())  # an xlsx named .xls: told by its bytes
    assert hidden_columns(as_xls, "Lista") == {2, 4, 5}


def _with_sheet_xml(src: Path, target: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = xml if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
            zout.writestr(item, data)
    return target


@pytest.mark.parametrize(
    "xml",
    [
        b"<worksheet><cols><col min='1' max='2' hidden='1'",  # cut short
        b'<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>',  # defusedxml refuses
    ],
)
def test_a_damaged_sheet_xml_reports_no_hidden_columns(tmp_path: Path, xml: bytes) -> None:
    path = _with_sheet_xml(_xlsx(tmp_path / "list.xlsx"), tmp_path / "bad.xlsx", xml)
    assert hidden_columns(path, "Lista") == set()
    assert hidden_columns(path, "No such sheet") == set()


# -- the header, mapping and notes ---------------------------------------------------------------


def test_hidden_columns_carry_to_the_header_and_mapping(tmp_path: Path) -> None:
    analysis = pipeline.analyse(_xlsx(tmp_path / "list.xlsx"))
    assert analysis.header_row == 3
    assert analysis.header.hidden == frozenset({2, 4, 5})
    assert analysis.hidden_columns == ["Sisäinen koodi", "Puhelin", "Ostajan pisteet"]
    mapping = analysis.mapping_dict()
    assert mapping["Puhelin"] == "phone"  # recognised: still imported
    assert mapping["Sisäinen koodi"] is None and mapping["Ostajan pisteet"] is None
    assert analysis.hidden_unmapped() == ["Sisäinen koodi", "Ostajan pisteet"]
    matti, liisa = (r.values for r in analysis.rows)
    assert matti["phone"] == "+358401234567" and liisa["phone"] == "+358507654321"
    # the visible unmapped column goes to the notes; the hidden ones do not
    assert matti["notes"] == "Toimiala: Metalli"
    assert "notes" not in liisa


def test_hidden_columns_to_notes_when_asked(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "list.xlsx")
    analysis = pipeline.analyse(path, pipeline.ImportOptions(hidden_to_notes=True))
    assert analysis.rows[0].values["notes"] == "Sisäinen koodi: K-001\nOstajan pisteet: 87\nToimiala: Metalli"
    off = pipeline.analyse(path, pipeline.ImportOptions(unmapped_to_notes=False, hidden_to_notes=True))
    assert "notes" not in off.rows[0].values


def test_a_hidden_column_mapped_by_hand_is_imported(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "list.xlsx")
    analysis = pipeline.analyse(
        path, pipeline.ImportOptions(mapping={"Sisäinen koodi": "lead_notes", "Puhelin": None})
    )
    matti = analysis.rows[0].values
    assert matti["lead_notes"] == "K-001"
    assert "phone" not in matti  # unmapped by hand, and hidden: left out entirely
    assert matti["notes"] == "Toimiala: Metalli"
    assert analysis.hidden_unmapped() == ["Puhelin", "Ostajan pisteet"]


def test_fix_cell_keeps_the_hidden_rule(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "list.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["B4"] = "not an e-mail"
    wb.save(path)
    opts = pipeline.ImportOptions()
    analysis = pipeline.analyse(path, opts)
    assert analysis.rows[0].status == pipeline.INVALID
    fixed = pipeline.fix_cell(analysis, 0, 1, "matti@virtanen.fi", opts)
    assert fixed.status == pipeline.NEW
    assert fixed.values["notes"] == "Toimiala: Metalli"


def test_import_writes_no_hidden_helper_data(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline.analyse(_xlsx(tmp_path / "list.xlsx"), pipeline.ImportOptions(defer_duplicates=True))
    result = batch.run_import(db, analysis, batch.BatchSettings(created_by="test"))
    assert result.created == 2
    with db.session() as s:
        people = {c.email: c for c in s.scalars(select(Contact).where(Contact.kind == "person"))}
        assert people["matti@virtanen.fi"].notes == "Toimiala: Metalli"
        assert people["matti@virtanen.fi"].phone == "+358401234567"
        assert people["liisa@laine.fi"].notes == ""
        everything = " ".join(
            [
                *(c.notes or "" for c in s.scalars(select(Contact))),
                *(x or "" for x in s.scalars(select(Lead.notes))),
            ]
        )
        assert "K-00" not in everything and "Ostajan pisteet" not in everything
