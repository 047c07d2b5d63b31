"""Generated CSV variants: encodings, BOMs, delimiters; and container safety checks."""

from __future__ import annotations

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesdesk.errors import UserError
from salesdesk.sheets import pipeline, readers, safety

ROWS = [
    ["Etunimi", "Sukunimi", "Yritys", "Sähköposti", "Puhelin", "Postinumero"],
    ["Matti", "Meikäläinen", "Äänekosken Öljy Oy", "matti@oljy.fi", "040 123 4567", "00100"],
    ["Åsa", "Öberg", "Ström & Co", "asa@strom.fi", "0501234567", "02100"],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_variants(tmp_path, encoding, delimiter):
    text = "\r\n".join(delimiter.join(r) for r in ROWS) + "\r\n"
    path = tmp_path / "liidit.csv"
    path.write_bytes(text.encode(encoding))
    sheet = readers.read_sheet(path)
    assert sheet.delimiter == delimiter
    assert sheet.rows[1][1] == "Meikäläinen" and sheet.rows[2][2] == "Ström & Co"
    a = pipeline.analyse(path)
    assert a.counts()["new"] == 2
    assert a.rows[0].values["phone"] == "+358401234567"


def test_title_lines_in_semicolon_csv(tmp_path):
    path = tmp_path / "x.csv"
    body = "Messuliidit 2026\n\n" + "\n".join(";".join(r) for r in ROWS)
    path.write_text(body, encoding="cp1252")
    a = pipeline.analyse(path)
    assert a.header_row == 3 and a.counts()["new"] == 2


def test_zip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (safety._RATIO_MIN_SIZE + 1_000_000))
    with pytest.raises(UserError, match="zip bomb"):
        readers.read_sheet(path)


def test_encrypted_ooxml_refused(tmp_path):
    path = tmp_path / "secret.xlsx"
    data = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    data += "EncryptionInfo".encode("utf-16-le") + b"\0" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="password"):
        readers.read_sheet(path)


def test_not_a_spreadsheet(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UserError):
        readers.read_sheet(path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError):
        pipeline.analyse(empty)


def test_no_usable_columns(tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text("pet;breed\ncat;mixed\n", encoding="utf-8")
    with pytest.raises(UserError, match="none of the columns"):
        pipeline.analyse(path, pipeline.ImportOptions(unmapped_to_notes=False))


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.lists(cell, min_size=1, max_size=7), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_messy_csv_never_crashes(tmp_path, rows, delimiter, encoding):
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter).writerows([["Name", "Email", "Phone"], *rows])
    path = tmp_path / "messy.csv"
    try:
        path.write_bytes(buf.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return
    try:
        a = pipeline.analyse(path)
    except UserError as exc:
        assert "\n" not in str(exc)
        return
    assert sum(a.counts().values()) == len(a.rows)


def test_streaming_preview_matches_calamine(samples):
    from salesdesk.sheets import xlsx_preview

    for name in sorted(p.name for p in samples.glob("*.xlsx")):
        full = readers._read_calamine(samples / name, None, None)
        head = readers._read_xlsx_head(samples / name, None, 30)
        assert head.name == full.name and head.sheet_names == full.sheet_names, name
        for a, b in zip(head.rows, full.rows[:30], strict=False):
            a = [x for x in a]
            b = [x for x in b]
            n = max(len(a), len(b))
            a += [""] * (n - len(a))
            b += [""] * (n - len(b))
            assert a == b, (name, a, b)
    assert xlsx_preview  # imported


def test_preview_reads_only_the_head(samples):
    a = pipeline.analyse(samples / "fi_tradeshow_leads_2026.xlsx", pipeline.ImportOptions(max_rows=10))
    assert a.header_row == 4 and len(a.rows) == 6
