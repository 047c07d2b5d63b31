"""The hidden-column probe on a 100,000-row xlsx costs a few milliseconds (issue 7).

Run: ``pytest tests/benchmarks/test_hidden_columns_bench.py -o addopts="" --benchmark-enable -s``.
Baselines in the same run: opening the zip and reading its directory (the least any probe
does), and calamine's raw read of the whole sheet (what ``pipeline.load_sheet`` pays anyway).
The probe must stay under 50 ms and under 5 % of the raw read.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from tests.benchmarks import gen_leads

ROWS = int(os.environ.get("SALESDESK_BENCH_ROWS", "100000"))
RESULTS: dict[str, float] = {}


@pytest.fixture(scope="module")
def xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import openpyxl

    path = tmp_path_factory.mktemp("hidden") / "leads.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Liidit")
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions.group("E", "F", hidden=True)
    ws.append(gen_leads.HEADER)
    for r in gen_leads.rows(ROWS):
        ws.append(r)
    wb.save(path)
    return path


def test_zip_directory_baseline(benchmark, xlsx: Path) -> None:  # type: ignore[no-untyped-def]
    def run() -> int:
        with zipfile.ZipFile(xlsx) as zf:
            return len(zf.namelist())

    assert benchmark(run) > 0
    RESULTS["zip"] = benchmark.stats.stats.median


def test_calamine_raw_read_baseline(benchmark, xlsx: Path) -> None:  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    def run() -> int:
        return len(CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python())

    assert benchmark.pedantic(run, rounds=1, iterations=1) > ROWS
    RESULTS["calamine"] = benchmark.stats.stats.mean


def test_hidden_column_probe(benchmark, xlsx: Path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.sheets.hidden_columns import hidden_columns

    assert benchmark(hidden_columns, xlsx, "Liidit") == {2, 4, 5}
    probe = benchmark.stats.stats.median
    print(
        f"\nprobe {probe * 1000:.1f} ms, zip directory {RESULTS['zip'] * 1000:.1f} ms, "
        f"calamine raw read {RESULTS['calamine']:.2f} s"
    )
    assert probe < 0.050
    assert probe < 0.05 * RESULTS["calamine"]
