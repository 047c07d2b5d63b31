"""``salesdesk import`` on a list with hidden columns: JSON names them, notes stay clean."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import salesdesk
from tests.sheets.hidden_files import bought_list_xlsx


def _notes(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [
            r[0] or "" for r in con.execute("SELECT notes FROM contacts UNION ALL SELECT notes FROM leads")
        ]


def test_import_json_lists_hidden_columns_and_keeps_them_out_of_notes(tmp_path: Path) -> None:
    sheet = bought_list_xlsx(tmp_path / "list.xlsx")
    db = tmp_path / "crm.sqlite3"
    result = salesdesk("--db", str(db), "import", str(sheet), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["hidden_columns"] == ["Sisäinen koodi", "Puhelin", "Ostajan pisteet"]
    assert data["mapping"]["Puhelin"] == "phone" and data["mapping"]["Sisäinen koodi"] is None
    assert data["created"] == 2
    notes = " | ".join(_notes(db))
    assert "Toimiala: Metalli" in notes
    assert "K-001" not in notes and "Ostajan pisteet" not in notes


def test_import_text_names_the_left_out_columns_and_can_take_them(tmp_path: Path) -> None:
    sheet = bought_list_xlsx(tmp_path / "list.xlsx")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Sisäinen koodi": "lead_notes"}), encoding="utf-8")
    db = tmp_path / "crm.sqlite3"
    result = salesdesk("--db", str(db), "import", str(sheet), "--mapping", str(mapping), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Hidden columns not imported: Ostajan pisteet (to import one, map it with --mapping)." in (
        result.stdout
    )
    notes = " | ".join(_notes(db))
    assert "K-001" in notes and "Ostajan pisteet" not in notes

    db2 = tmp_path / "crm2.sqlite3"
    result = salesdesk(
        "--db", str(db2), "import", str(sheet), "--hidden-to-notes", "--json", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    notes = " | ".join(_notes(db2))
    assert "Sisäinen koodi: K-001" in notes and "Ostajan pisteet: 87" in notes


def test_csv_has_no_hidden_columns(tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("Nimi;Sähköposti\nMatti Virtanen;matti@virtanen.fi\n", encoding="utf-8")
    result = salesdesk(
        "--db", str(tmp_path / "crm.sqlite3"), "import", str(sheet), "--json", "--dry-run", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hidden_columns"] == []
