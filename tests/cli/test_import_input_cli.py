"""``salesdesk import`` with bad input: one line and nothing written, or a warning on the row."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import one_line_error, salesdesk


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Email,Value\nMatti Virtanen,matti@example.fi,1e9\nLiisa Koski,liisa@example.fi,500\n", "utf-8"
    )
    return path


def _batches(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as con:
        try:
            return con.execute(
                "SELECT cost_cents, currency, lawful_basis, stage_id FROM import_batches"
            ).fetchall()
        except sqlite3.OperationalError:
            return []


@pytest.mark.parametrize("cost", ["1e400", "-5", "0x10", "31.12.2025"])
def test_bad_cost_is_one_line_and_nothing_written(tmp_path, cost):
    db = tmp_path / "crm.sqlite3"
    result = salesdesk("--db", str(db), "import", str(_list(tmp_path)), "--cost", cost, data_dir=tmp_path)
    line = one_line_error(result)
    assert cost in line and line.startswith("salesdesk: Cost:")
    assert _batches(db) == []


def test_cost_in_finnish_or_english_with_currency(tmp_path):
    db = tmp_path / "crm.sqlite3"
    result = salesdesk(
        "--db", str(db), "import", str(_list(tmp_path)), "--cost", "$1,234.50", "--json", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert [b[:2] for b in _batches(db)] == [(123450, "USD")]


def test_purchased_list_gets_the_same_defaults_as_the_wizard(tmp_path):
    db = tmp_path / "crm.sqlite3"
    result = salesdesk("--db", str(db), "import", str(_list(tmp_path)), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as con:
        first_open = con.execute(
            "SELECT id FROM stages WHERE kind = 'open' ORDER BY position, id LIMIT 1"
        ).fetchone()[0]
    ((cost, _cur, basis, stage),) = _batches(db)
    assert (cost, basis, stage) == (0, "legitimate_interest", first_open)


def test_unknown_lawful_basis_is_one_line(tmp_path):
    db = tmp_path / "crm.sqlite3"
    result = salesdesk(
        "--db", str(db), "import", str(_list(tmp_path)), "--lawful-basis", "because", data_dir=tmp_path
    )
    assert "because" in one_line_error(result)
    assert _batches(db) == []


def test_warnings_are_reported_with_row_and_column(tmp_path):
    db = tmp_path / "crm.sqlite3"
    result = salesdesk("--db", str(db), "import", str(_list(tmp_path)), "--json", data_dir=tmp_path)
    data = json.loads(result.stdout)
    assert data["created"] == 2
    assert data["warnings"] == [
        {"row": 2, "column": "Value", "message": "“1e9” is not an amount of money; the value was left empty"}
    ]
    result = salesdesk("--db", str(tmp_path / "b.sqlite3"), "import", str(_list(tmp_path)), data_dir=tmp_path)
    assert "row 2 [Value]: “1e9” is not an amount of money" in result.stderr
    with sqlite3.connect(db) as con:
        assert sorted(v for (v,) in con.execute("SELECT value_cents FROM leads")) == [0, 50000]
