"""Spreadsheets with hidden columns for the tests: a bought list as .xlsx (openpyxl), and a
tiny .ods writer (one zip of mimetype, manifest and content.xml).

ODS columns are described like ODS does it: a list of ``(repeat, visibility)`` runs, e.g.
``[(2, "visible"), (1, "collapse"), (3, "visible")]``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2"
  manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table-ooo="http://openoffice.org/2009/table" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)
_TAIL = "</office:spreadsheet></office:body></office:document-content>"

Columns = list[tuple[int, str]]


def _cell(v: object) -> str:
    if v is None or v == "":
        return "<table:table-cell/>"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (
            f'<table:table-cell office:value-type="float" office:value="{v}">'
            f"<text:p>{v}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
    )


def _table(name: str, columns: Columns, rows: list[list[object]], grouped: bool) -> str:
    cols = []
    for repeat, visibility in columns:
        rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
        vis = f' table:visibility="{visibility}"' if visibility != "visible" else ""
        cols.append(f"<table:table-column{rep}{vis}/>")
    col_xml = "".join(cols)
    if grouped:  # LibreOffice writes outline groups as nested elements
        col_xml = f'<table:table-column-group table:display="false">{col_xml}</table:table-column-group>'
    body = "".join("<table:table-row>" + "".join(_cell(v) for v in r) + "</table:table-row>" for r in rows)
    return f"<table:table table:name={quoteattr(name)}>{col_xml}{body}</table:table>"


def write_ods(
    path: Path, sheets: list[tuple[str, Columns, list[list[object]]]], *, grouped: bool = False
) -> Path:
    content = _HEAD + "".join(_table(n, c, r, grouped) for n, c, r in sheets) + _TAIL
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", _MANIFEST)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


HEADER = ["Nimi", "Sähköposti", "Sisäinen koodi", "Yritys", "Puhelin", "Ostajan pisteet", "Toimiala"]
ROWS = [
    ["Matti Virtanen", "matti@virtanen.fi", "K-001", "Virtanen Oy", "040 123 4567", 87, "Metalli"],
    ["Liisa Laine", "liisa@laine.fi", "K-002", "Laine Oy", "050 765 4321", 42, ""],
]


def bought_list_xlsx(path: Path, *, hide: bool = True) -> Path:
    """A bought list: a title row, a blank row, the header on row 3; C hidden, E:F a hidden
    outline group (E = "Puhelin" is a recognised header, F is the seller's helper column)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lista"
    ws.append(["Ostolista marraskuu 2026"])
    ws.append([])
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    if hide:
        ws.column_dimensions["C"].hidden = True
        ws.column_dimensions.group("E", "F", hidden=True)
    wb.save(path)
    return path
