"""Arguments every command shares: ids, undecodable bytes, screenshot sizes, a full disk and a
file name over the file system's limit. Each is one line on stderr and exit 2, nothing written."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk.commands import MAX_ID, record_id
from tests.cli.test_cli import ROOT, one_line_error, salesdesk

BIG = "99999999999999999999999"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("args")
    path = folder / "demo.sqlite3"
    done = salesdesk("--db", str(path), "demo", "--leads", "40", data_dir=folder)
    assert done.returncode == 0, done.stderr
    return path


def _counts(path: Path) -> tuple[int, ...]:
    with sqlite3.connect(path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "leads", "follow_ups", "import_batches", "search_entries")
        )


# ---------------------------------------------------------------- ids


def test_record_id_accepts_the_64_bit_range() -> None:
    assert record_id("1") == 1
    assert record_id(str(MAX_ID)) == 2**63 - 1
    for bad in (str(2**63), BIG, "0", "-4", "1e30", "x", "9" * 5000):
        with pytest.raises(argparse.ArgumentTypeError):
            record_id(bad)


@pytest.mark.parametrize(
    "args",
    [
        ("undo-import", BIG),
        ("undo-import", str(2**63)),
        ("person", "erase", BIG, "--yes"),
        ("person", "export", BIG, "out.json"),
        ("person", "informed", "1", BIG),
        ("person", "erase", "0", "--yes"),
    ],
    ids=["undo", "undo-2**63", "erase", "export", "informed", "erase-zero"],
)
def test_ids_out_of_range_are_one_line(demo_db: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    before = _counts(demo_db)
    line = one_line_error(salesdesk("--db", str(demo_db), *args, data_dir=tmp_path))
    assert "9223372036854775807" in line, line
    assert _counts(demo_db) == before
    assert not (ROOT / "out.json").exists()


def test_an_id_that_is_not_a_whole_number(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(
        salesdesk("--db", str(demo_db), "person", "erase", "1e30", "--yes", data_dir=tmp_path)
    )
    assert "1e30" in line and "contact_id" in line, line


def test_id_errors_in_finnish(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(salesdesk("--db", str(demo_db), "undo-import", BIG, data_dir=tmp_path, lang="fi"))
    assert "anna luku" in line.lower(), line


# ---------------------------------------------------------------- undecodable bytes


def test_non_utf8_option_value_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    line = one_line_error(
        salesdesk(
            "--db", str(demo_db), "export", str(folder / "leads.xlsx"), "--tag", b"\xff", data_dir=tmp_path
        )
    )
    assert "--tag" in line and "UTF-8" in line, line
    assert list(folder.iterdir()) == []


def test_non_utf8_import_option_writes_nothing(demo_db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("name,email\nMatti Meikäläinen,matti@example.com\n", encoding="utf-8")
    before = _counts(demo_db)
    line = one_line_error(
        salesdesk(
            "--db", str(demo_db), "import", str(sheet), "--source-detail", b"Messu\xff", data_dir=tmp_path
        )
    )
    assert "--source-detail" in line, line
    line = one_line_error(
        salesdesk("--db", str(demo_db), "import", str(sheet), b"--source-detail=\xfe", data_dir=tmp_path)
    )
    assert "--source-detail" in line, line
    assert _counts(demo_db) == before


def test_non_utf8_positional_names_the_argument(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(
        salesdesk("--db", str(demo_db), "import", os.fsencode(tmp_path) + b"/\xff.csv", data_dir=tmp_path)
    )
    assert "FILE" in line and "UTF-8" in line, line


def test_non_utf8_in_finnish(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(
        salesdesk("--db", str(demo_db), "export", "x.xlsx", "--tag", b"\xff", data_dir=tmp_path, lang="fi")
    )
    assert "--tag" in line and "UTF-8" in line and "argumentti" in line.lower(), line


# ---------------------------------------------------------------- screenshot size


@pytest.mark.parametrize("size", ["00x00", "10x10", "1440x00", "99999x900", "1440x99999"])
def test_screenshot_refuses_silly_sizes(tmp_path: Path, size: str) -> None:
    out = tmp_path / "shot.png"
    line = one_line_error(
        salesdesk(
            "--db",
            str(tmp_path / "s.sqlite3"),
            "screenshot",
            "welcome",
            str(out),
            "--size",
            size,
            data_dir=tmp_path,
        )
    )
    assert "--size" in line, line
    assert not out.exists()


@pytest.mark.parametrize("view", [f"lead:{BIG}", "contact:0"])
def test_screenshot_refuses_ids_out_of_range(demo_db: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / "shot.png"
    line = one_line_error(salesdesk("--db", str(demo_db), "screenshot", view, str(out), data_dir=tmp_path))
    assert view in line and "9223372036854775807" in line, line
    assert not out.exists()


# ---------------------------------------------------------------- disk full, long names


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only): a folder whose disk fills up."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_demo_on_a_full_disk_is_one_line_and_keeps_the_database(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "full.sqlite3"
    assert salesdesk("--db", str(path), "demo", "--leads", "30", data_dir=tmp_path).returncode == 0
    before = _counts(path)
    line = one_line_error(
        salesdesk("--db", str(path), "demo", "--append", "--leads", "5000", data_dir=tmp_path)
    )
    assert "full" in line.lower(), line
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _counts(path) == before
    fi = one_line_error(
        salesdesk("--db", str(path), "demo", "--append", "--leads", "5000", data_dir=tmp_path, lang="fi")
    )
    assert "täynnä" in fi, fi
    assert _counts(path) == before


def test_demo_into_a_new_database_on_a_full_disk(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "new.sqlite3"
    one_line_error(salesdesk("--db", str(path), "demo", "--leads", "5000", data_dir=tmp_path))
    if path.exists():
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "leads" in tables:
                assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 0


def test_database_name_over_the_file_system_limit(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".sqlite3")
    line = one_line_error(salesdesk("--db", str(target), "demo", "--leads", "10", data_dir=tmp_path))
    assert "too long" in line, line
    fi = one_line_error(salesdesk("--db", str(target), "demo", "--leads", "10", data_dir=tmp_path, lang="fi"))
    assert "liian pitkä" in fi, fi
