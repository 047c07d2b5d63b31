"""The fault suite: run ``salesdesk`` as a user does (a subprocess), kill it at some point, and
check that nothing was half-written.

Shared by every file in ``tests/faults/`` (keep these generic; a file's own helpers stay in
that file). Plain helpers, importable as ``from tests.faults.conftest import ...``:

- ``salesdesk_argv(*args)``: the argv that runs the CLI with this interpreter.
- ``run_cli(argv, env, timeout=...)``: run to the end, a ``CompletedProcess`` (text).
- ``kill_cli(argv, env, after=SECONDS, when=CALLABLE, timeout=...)``: start the CLI and send
  it SIGKILL once ``after`` seconds have passed or ``when()`` (polled every 10 ms) returns
  true, whichever comes first; returns ``Killed`` (``killed`` is False when the command
  finished on its own before either). No test hook in the code: a point inside a run is
  found by time, or by watching what the run writes (``grows(path, bytes)``: true once the
  file exists and has at least that many bytes; e.g. the SQLite ``-wal`` file while a
  transaction is written); ``appears(folder, pattern, bytes)``: the same for the first file
  matching a glob pattern (the export's temporary file while it is written).
- ``db_state(path)``: ``DbState`` of a SQLite file, read without SalesDesk: ``counts``
  (rows per table of ``COUNTED``, or None when the file or schema is absent), ``integrity``
  (``PRAGMA integrity_check``), ``fts_ok`` (the FTS5 index ``search_fts`` passes its own
  ``integrity-check`` against ``search_entries``). ``state.assert_sound()`` checks both.
- ``leftovers(folder)``: temporary files left in a folder: SQLite's ``-wal`` / ``-shm`` /
  ``-journal`` files (gone after a clean close) and ``*.tmp`` / ``.~*`` / ``~$*`` files.
- ``copy_db(src, dst)``: copy a closed SQLite database file.

Fixtures:

- ``cli_env``: the environment for one test's CLI runs: its own data folder, ``TMPDIR``
  (``cli_env["TMPDIR"]``, so temporary files of a killed run can be looked for), ``LANG``.
- ``seed_db`` (session): a closed SQLite database with 200 demo leads (seed 1); copy it
  with ``copy_db`` before writing to it.
- ``big_sheet`` (session): a generated lead list of ``BIG_ROWS`` (50,000) rows × 12 columns as
  a ``;``-separated UTF-8 CSV (``tests/benchmarks/gen_leads.py``), made once per session.

Run the suite alone: ``python -m pytest -q -p no:cacheprovider tests/faults``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIG_ROWS = 50_000

COUNTED = (
    "import_batches",
    "import_changes",
    "contacts",
    "leads",
    "stage_changes",
    "follow_ups",
    "notes",
    "referrals",
    "search_entries",
)
"""The tables whose row counts ``db_state`` reads: an import or a demo run writes all of them
or none."""


def salesdesk_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "salesdesk", *args]


def run_cli(
    argv: list[str], env: Mapping[str, str], timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        env=dict(env),
        cwd=ROOT,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@dataclass(frozen=True)
class Killed:
    killed: bool
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def kill_cli(
    argv: list[str],
    env: Mapping[str, str],
    *,
    after: float | None = None,
    when: Callable[[], bool] | None = None,
    timeout: float = 900,
) -> Killed:
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=dict(env),
        cwd=ROOT,
        text=True,
    )
    try:
        while proc.poll() is None:
            elapsed = time.monotonic() - start
            if (after is not None and elapsed >= after) or (when is not None and when()):
                proc.send_signal(signal.SIGKILL)
                break
            if elapsed > timeout:
                raise AssertionError(f"{argv} still running after {timeout} s")
            time.sleep(0.01)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return Killed(proc.returncode == -signal.SIGKILL, proc.returncode, out, err, time.monotonic() - start)


def grows(path: Path, size: int) -> Callable[[], bool]:
    def check() -> bool:
        try:
            return path.stat().st_size >= size
        except FileNotFoundError:
            return False

    return check


def appears(folder: Path, pattern: str, size: int = 1) -> Callable[[], bool]:
    def check() -> bool:
        for p in folder.glob(pattern):
            try:
                if p.stat().st_size >= size:
                    return True
            except FileNotFoundError:
                pass
        return False

    return check


@dataclass(frozen=True)
class DbState:
    counts: dict[str, int] | None
    integrity: str
    fts_ok: bool
    fts_error: str = ""

    def assert_sound(self) -> None:
        assert self.integrity == "ok", self.integrity
        assert self.fts_ok, self.fts_error


def db_state(path: Path) -> DbState:
    if not path.exists():
        return DbState(None, "ok", True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        integrity = "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = None
        if set(COUNTED) <= tables:
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
        fts_ok, fts_error = True, ""
        if "search_fts" in tables:
            try:
                conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as error:
                fts_ok, fts_error = False, str(error)
        return DbState(counts, integrity, fts_ok, fts_error)
    finally:
        conn.close()


TEMP_SUFFIXES = ("-wal", "-shm", "-journal", ".tmp")


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIXES) or p.name.startswith((".~", "~$"))
    )


def copy_db(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    assert not leftovers(src.parent), "copy a closed database"
    shutil.copyfile(src, dst)
    return dst


def _env(data: Path) -> dict[str, str]:
    tmp = data / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return dict(
        os.environ,
        SALESDESK_DATA_DIR=str(data),
        PYTHONPATH=str(ROOT),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        TMPDIR=str(tmp),
        QT_QPA_PLATFORM="offscreen",
    )


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return _env(tmp_path / "cli-data")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults-seed")
    path = folder / "seed.sqlite3"
    done = run_cli(salesdesk_argv("--db", str(path), "demo", "--leads", "200"), _env(folder / "data"))
    assert done.returncode == 0, done.stderr
    assert not leftovers(folder), leftovers(folder)
    return path


@pytest.fixture(scope="session")
def big_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.benchmarks import gen_leads

    path = tmp_path_factory.mktemp("faults-sheet") / "messuliidit.csv"
    return gen_leads.write_csv(path, gen_leads.rows(BIG_ROWS))
