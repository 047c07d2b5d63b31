"""``salesdesk demo``, ``import`` and ``export`` killed (SIGKILL) at several points on SQLite.

After each kill: the database passes ``PRAGMA integrity_check`` and the FTS5 index its own
integrity check; its row counts are all as before the run or all as after a run that was not
killed (no partial import or demo: batches, contacts, leads, follow-ups and search entries
agree); the next run works; and no temporary file is left in the folders written to. The
points are found by time (a share of an uninterrupted run measured in the same session) and
by watching the run's writes (the SQLite ``-wal`` file, the export's temporary file).
"""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.conftest import (
    DbState,
    Killed,
    appears,
    copy_db,
    db_state,
    grows,
    kill_cli,
    leftovers,
    run_cli,
    salesdesk_argv,
)

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Reference:
    """An uninterrupted run: the counts before and after, how long it took, and the largest
    size its ``-wal`` file reached (the kill points are shares of these)."""

    before: dict[str, int] | None
    after: dict[str, int]
    seconds: float
    wal_peak: int


def _reference(db: Path, argv: list[str], env: dict[str, str]) -> Reference:
    before = db_state(db).counts
    wal = Path(f"{db}-wal")
    peak = [0]

    def watch() -> bool:
        with contextlib.suppress(FileNotFoundError):
            peak[0] = max(peak[0], wal.stat().st_size)
        return False

    done = kill_cli(argv, env, when=watch)
    assert not done.killed and done.returncode == 0, done.stderr
    state = db_state(db)
    state.assert_sound()
    assert state.counts is not None
    return Reference(before, state.counts, done.seconds, peak[0])


def _kill_point(db: Path, ref: Reference, point: tuple[str, float]) -> dict[str, object]:
    kind, share = point
    if kind == "time":
        return {"after": ref.seconds * share}
    return {"when": grows(Path(f"{db}-wal"), max(1, int(ref.wal_peak * share)))}


def _assert_all_or_nothing(state: DbState, ref: Reference, killed: Killed) -> None:
    state.assert_sound()
    assert state.counts in (ref.before, ref.after), (
        f"partial write after a kill at {killed.seconds:.2f} s: {state.counts}; "
        f"before {ref.before}; after {ref.after}"
    )


def _empty(counts: dict[str, int] | None) -> bool:
    return counts is None or not any(counts.values())


# ---------------------------------------------------------------- demo

DEMO = ("demo", "--leads", "2000", "--seed", "5")
POINTS = [("time", 0.3), ("time", 0.7), ("wal", 0.05), ("wal", 0.6)]
POINT_IDS = ["30%-time", "70%-time", "wal-starts", "wal-60%"]
# On a new database the first writes are the migrations: see test_first_migration_killed.
FRESH_POINTS = [("time", 0.5), ("time", 0.85)]
FRESH_IDS = ["50%-time", "85%-time"]


@pytest.fixture(scope="module")
def demo_append_ref(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("demo-ref")
    db = copy_db(seed_db, folder / "ref.sqlite3")
    env = _module_env(folder)
    return _reference(db, salesdesk_argv("--db", str(db), *DEMO, "--append"), env)


@pytest.fixture(scope="module")
def demo_fresh_ref(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("demo-fresh-ref")
    db = folder / "fresh.sqlite3"
    return _reference(db, salesdesk_argv("--db", str(db), *DEMO), _module_env(folder))


def _module_env(folder: Path) -> dict[str, str]:
    from tests.faults.conftest import _env

    return _env(folder / "data")


@pytest.mark.parametrize("point", POINTS, ids=POINT_IDS)
def test_demo_append_killed(
    seed_db: Path,
    demo_append_ref: Reference,
    tmp_path: Path,
    cli_env: dict[str, str],
    point: tuple[str, float],
) -> None:
    folder = tmp_path / "db"
    db = copy_db(seed_db, folder / "crm.sqlite3")
    killed = kill_cli(
        salesdesk_argv("--db", str(db), *DEMO, "--append"), cli_env, **_kill_point(db, demo_append_ref, point)
    )
    _assert_all_or_nothing(db_state(db), demo_append_ref, killed)

    again = run_cli(
        salesdesk_argv("--db", str(db), "demo", "--append", "--leads", "20", "--seed", "9"), cli_env
    )
    assert again.returncode == 0, again.stderr
    state = db_state(db)
    state.assert_sound()
    assert leftovers(folder) == []


@pytest.mark.parametrize("point", FRESH_POINTS, ids=FRESH_IDS)
def test_demo_into_a_new_database_killed(
    demo_fresh_ref: Reference, tmp_path: Path, cli_env: dict[str, str], point: tuple[str, float]
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "new.sqlite3"
    killed = kill_cli(
        salesdesk_argv("--db", str(db), *DEMO), cli_env, **_kill_point(db, demo_fresh_ref, point)
    )
    state = db_state(db)
    state.assert_sound()
    assert _empty(state.counts) or state.counts == demo_fresh_ref.after, (killed.seconds, state.counts)

    # The next run finds either an empty database (and fills it) or the finished demo.
    again = run_cli(salesdesk_argv("--db", str(db), *DEMO), cli_env)
    if _empty(state.counts):
        assert again.returncode == 0, again.stderr
        assert db_state(db).counts == demo_fresh_ref.after
    else:
        assert again.returncode == 2 and "--append" in again.stderr, again.stderr
    db_state(db).assert_sound()
    assert leftovers(folder) == []


def test_first_migration_killed(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """Killed while the new database's schema is being made (its first write): the migration
    is one transaction under the write lock (db/migrate.py), so nothing half-made is left and
    the next start makes it again."""
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "new.sqlite3"
    killed = kill_cli(
        salesdesk_argv("--db", str(db), "report", "--json"), cli_env, when=grows(Path(f"{db}-wal"), 100_000)
    )
    assert killed.killed
    db_state(db).assert_sound()
    again = run_cli(salesdesk_argv("--db", str(db), "report", "--json"), cli_env)
    assert again.returncode == 0, again.stderr


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportRef:
    ref: Reference
    db: Path


@pytest.fixture(scope="module")
def import_ref(seed_db: Path, big_sheet: Path, tmp_path_factory: pytest.TempPathFactory) -> ImportRef:
    folder = tmp_path_factory.mktemp("import-ref")
    db = copy_db(seed_db, folder / "ref.sqlite3")
    ref = _reference(db, salesdesk_argv("--db", str(db), *_import_args(big_sheet)), _module_env(folder))
    assert ref.after["leads"] - ref.before["leads"] >= 40_000  # type: ignore[index]
    assert not leftovers(folder)
    return ImportRef(ref, db)


def _import_args(sheet: Path) -> tuple[str, ...]:
    return ("import", str(sheet), "--source", "trade_show", "--source-detail", "Slush 2026", "--json")


def _small_sheet(folder: Path) -> Path:
    from tests.benchmarks import gen_leads

    return gen_leads.write_csv(folder / "pieni.csv", gen_leads.rows(20, seed=3, offset=900_000))


@pytest.mark.parametrize("point", POINTS, ids=POINT_IDS)
def test_import_killed(
    seed_db: Path,
    big_sheet: Path,
    import_ref: ImportRef,
    tmp_path: Path,
    cli_env: dict[str, str],
    point: tuple[str, float],
) -> None:
    folder = tmp_path / "db"
    db = copy_db(seed_db, folder / "crm.sqlite3")
    argv = salesdesk_argv("--db", str(db), *_import_args(big_sheet))
    killed = kill_cli(argv, cli_env, **_kill_point(db, import_ref.ref, point))
    state = db_state(db)
    _assert_all_or_nothing(state, import_ref.ref, killed)
    assert state.counts is not None

    small = _small_sheet(tmp_path)
    again = run_cli(salesdesk_argv("--db", str(db), *_import_args(small)), cli_env)
    assert again.returncode == 0, again.stderr
    after = db_state(db)
    after.assert_sound()
    assert after.counts is not None
    assert after.counts["import_batches"] == state.counts["import_batches"] + 1
    assert after.counts["leads"] == state.counts["leads"] + 20
    assert leftovers(folder) == []


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportRun:
    label: str
    killed: Killed
    folder: Path
    target: Path
    target_after_kill: bytes | None
    db_before: DbState
    db_after: DbState
    next_run: Killed
    leftovers: list[str]


@pytest.fixture(scope="module")
def export_runs(
    import_ref: ImportRef, tmp_path_factory: pytest.TempPathFactory
) -> tuple[bytes, list[ExportRun]]:
    """Exports of the 50,000-row import killed at several points, each followed by a next
    run to the same file (an export that matches no lead, so that it is quick)."""
    base = tmp_path_factory.mktemp("export")
    env = _module_env(base)
    src = import_ref.db
    ref_folder = base / "ref"
    ref_folder.mkdir()
    reference = kill_cli(salesdesk_argv("--db", str(src), "export", str(ref_folder / "leads.csv")), env)
    assert reference.returncode == 0, reference.stderr
    expected = (ref_folder / "leads.csv").read_bytes()

    points: list[tuple[str, str, dict[str, object]]] = [
        ("csv-temp-appears", "leads.csv", {"when": "temp:1"}),
        ("csv-temp-1MB", "leads.csv", {"when": "temp:1000000"}),
        ("csv-80%-time", "leads.csv", {"after": reference.seconds * 0.8}),
        ("xlsx-temp-appears", "leads.xlsx", {"when": "temp:1"}),
        ("xlsx-sheet-temp-appears", "leads.xlsx", {"when": "tmpdir"}),
    ]
    runs = []
    for label, name, how in points:
        folder = base / label
        folder.mkdir()
        target = folder / name
        if how.get("when") == "tmpdir":
            how = {"when": appears(Path(env["TMPDIR"]), "*", 1)}
        elif isinstance(how.get("when"), str):
            how = {"when": appears(folder, ".*", int(str(how["when"]).split(":")[1]))}
        before = db_state(src)
        killed = kill_cli(salesdesk_argv("--db", str(src), "export", str(target)), env, **how)  # type: ignore[arg-type]
        content = target.read_bytes() if target.exists() else None
        db_after = db_state(src)
        # The next run: an export to the same file that matches no lead (quick).
        next_run = kill_cli(
            salesdesk_argv("--db", str(src), "export", str(target), "--tag", "ei-tällaista-tagia"), env
        )
        runs.append(
            ExportRun(label, killed, folder, target, content, before, db_after, next_run, leftovers(folder))
        )
    return expected, runs


def _xlsx_rows(path: Path | io.BytesIO) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in wb.worksheets[0].iter_rows())
    finally:
        wb.close()


def test_export_killed_leaves_the_file_whole_and_the_next_run_works(
    export_runs: tuple[bytes, list[ExportRun]],
) -> None:
    expected, runs = export_runs
    assert any(r.killed.killed for r in runs)
    for run in runs:
        # The target is absent or a whole export, never a truncated one.
        if run.target_after_kill is not None:
            if run.target.suffix == ".csv":
                assert run.target_after_kill == expected, run.label
            else:
                assert _xlsx_rows(io.BytesIO(run.target_after_kill)) > 40_000, run.label
        run.db_after.assert_sound()
        assert run.db_after.counts == run.db_before.counts, run.label
        assert run.next_run.returncode == 0, (run.label, run.next_run.stderr)
        if run.target.suffix == ".csv":
            with open(run.target, encoding="utf-8-sig", newline="") as handle:
                assert sum(1 for _ in csv.reader(handle)) == 1, run.label  # the header only
        else:
            assert _xlsx_rows(run.target) >= 1, run.label
    with io.StringIO(expected.decode("utf-8-sig"), newline="") as handle:
        assert sum(1 for _ in csv.reader(handle)) > 40_000


def test_export_killed_leaves_no_temporary_file(export_runs: tuple[bytes, list[ExportRun]]) -> None:
    _, runs = export_runs
    left = {run.label: run.leftovers for run in runs if run.leftovers}
    assert left == {}
