"""``salesdesk import`` with bad input: one line and nothing written, or a warning on the row."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
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


def _with_rejected_row(tmp_path: Path) -> Path:
    path = tmp_path / "rej.csv"
    path.write_text("Name,Email\nA One,a@example.fi\nB Two,bad@\n", "utf-8")
    return path


def _lead_count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        try:
            return con.execute("SELECT count(*) FROM leads").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("folder", "is a folder"),
        ("rej.csv/out.xlsx", "is a file, not a folder"),
        ("missing/out.xlsx", "does not exist"),
        ("b" * 300 + ".xlsx", "too long"),
    ],
)
def test_bad_rejected_path_is_refused_before_anything_is_written(tmp_path, target, words):
    (tmp_path / "folder").mkdir()
    sheet = _with_rejected_row(tmp_path)
    db = tmp_path / "crm.sqlite3"
    result = salesdesk(
        "--db", str(db), "import", str(sheet), "--rejected", str(tmp_path / target), data_dir=tmp_path
    )
    assert words in one_line_error(result)
    assert _lead_count(db) == 0


def test_input_that_is_not_a_regular_file(tmp_path):
    import os

    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe")
    db = str(tmp_path / "crm.sqlite3")
    assert "is a folder" in one_line_error(
        salesdesk("--db", db, "import", str(tmp_path / "folder"), data_dir=tmp_path)
    )
    assert "is not a file" in one_line_error(salesdesk("--db", db, "import", "/dev/null", data_dir=tmp_path))
    # a named pipe would block the read forever (the helper's timeout would fail the test)
    assert "is not a file" in one_line_error(
        salesdesk("--db", db, "import", str(tmp_path / "pipe"), data_dir=tmp_path)
    )
    sheet = str(_with_rejected_row(tmp_path))
    line = one_line_error(
        salesdesk("--db", db, "import", sheet, "--mapping", str(tmp_path / "pipe"), data_dir=tmp_path)
    )
    assert "is not a file" in line
    line = one_line_error(
        salesdesk("--db", db, "import", str(tmp_path / ("a" * 300 + ".csv")), data_dir=tmp_path)
    )
    assert "too long" in line


def test_workbook_is_read_by_its_bytes_not_its_name(tmp_path, samples_dir):
    import shutil

    xls = tmp_path / "really_an_xlsx.xls"
    shutil.copy(samples_dir / "akaunting_customers.xlsx", xls)
    result = salesdesk("--db", str(tmp_path / "crm.sqlite3"), "import", str(xls), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1

    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(bytes(range(256)) * 20)
    line = one_line_error(
        salesdesk("--db", str(tmp_path / "crm.sqlite3"), "import", str(junk), data_dir=tmp_path)
    )
    assert "damaged or not a spreadsheet" in line and "locked" not in line
    wrapped = samples_dir / "broken" / "res_partner_dlp_wrapped_not_zip.xlsx"
    line = one_line_error(
        salesdesk("--db", str(tmp_path / "crm.sqlite3"), "import", str(wrapped), data_dir=tmp_path)
    )
    assert "document-protection tool" in line


def test_text_options_that_are_not_utf8_are_one_line(tmp_path):
    import os
    import subprocess
    import sys

    from tests.cli.test_cli import ROOT

    sheet = _with_rejected_row(tmp_path)
    env = dict(os.environ, SALESDESK_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT), LANG="C.UTF-8", LC_ALL="")
    for option in ("--tag", "--source-detail"):
        result = subprocess.run(
            [
                sys.executable.encode(),
                b"-m",
                b"salesdesk",
                b"--db",
                str(tmp_path / "crm.sqlite3").encode(),
                b"import",
                str(sheet).encode(),
                option.encode(),
                b"\xff",
            ],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 2 and "Traceback" not in err, err
        assert option in err and len(err.strip().splitlines()) == 1
    assert _lead_count(tmp_path / "crm.sqlite3") == 0


@pytest.fixture
def small_disk(tmp_path):  # type: ignore[no-untyped-def]
    import os
    import subprocess

    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr!r}")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_disk_full_is_one_line_and_leaves_no_batch(tmp_path, small_disk):
    db = small_disk / "crm.sqlite3"
    assert salesdesk("--db", str(db), "import", str(_list(tmp_path)), data_dir=tmp_path).returncode == 0
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("Name,Email,Company,City,Notes\n")
        for i in range(20000):
            fh.write(
                f"Person{i} Surname{i},p{i}@example{i % 500}.fi,Company {i % 700} Oy,City{i % 50},notes {i}\n"
            )
    line = one_line_error(salesdesk("--db", str(db), "import", str(big), data_dir=tmp_path))
    assert "disk is full" in line
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
