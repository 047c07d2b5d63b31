"""Faults around ``salesdesk backup`` and ``salesdesk restore``, with real processes.

Each test runs the command line in a child process and then looks at the files: the live
database must pass ``PRAGMA integrity_check`` and hold its rows, no ``.part`` file may survive
the next run, and the copy of the user's data taken before a restore must still be there.

Kills are timed by watching the files the command writes (its part file appearing, growing,
the live file's WAL growing), on a demo database big enough that each copy takes a while.
Disk-full and read-only places are small tmpfs mounts (root only; skipped otherwise).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.older_schema import downgrade_file

ROOT = Path(__file__).resolve().parents[2]
PART_PREFIX = ".salesdesk-"
BIG_DEMO_LEADS = 8000


# --- helpers ------------------------------------------------------------------------------


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["SALESDESK_DATA_DIR"] = str(data)
    env["LANG"] = "C.UTF-8"
    env.pop("LC_ALL", None)
    return env


def _argv(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "salesdesk", "--db", str(db), *args]


def cli(db: Path, data: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _argv(db, *args), env=_env(data), capture_output=True, text=True, timeout=timeout, check=False
    )


def start(db: Path, data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        _argv(db, *args), env=_env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def one_line(result: subprocess.CompletedProcess[str] | tuple[int, str], *, contains: str = "") -> str:
    """The single stderr line of a refused command (exit 2, no traceback)."""
    code, err = (result.returncode, result.stderr) if not isinstance(result, tuple) else result
    assert code == 2, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert contains in err, err
    return err


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        leads = conn.execute("SELECT count(*) FROM leads").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()
    return leads, contacts


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def leftovers(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p.name for p in folder.iterdir() if p.name.startswith(PART_PREFIX)]
    return found


def parts_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.name.startswith(PART_PREFIX) and p.name.endswith(".part")]


def kill_when(proc: subprocess.Popen[str], condition: Callable[[], bool], timeout: float = 120) -> bool:
    """SIGKILL ``proc`` as soon as ``condition()`` holds; False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            print(f"ended by itself with {proc.returncode}: {out} {err}")
            return False
        try:
            ready = condition()
        except OSError:  # a file vanished while looked at
            ready = False
        if ready:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            return True
        time.sleep(0.0005)
    proc.kill()
    proc.communicate()
    raise AssertionError("the condition never held")


def before_restore_copies(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("salesdesk-*-before-restore.sqlite3"))


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Made once per module: a big demo database and a smaller backup of other data."""
    folder = tmp_path_factory.mktemp("demos")
    data = folder / "data"
    big = folder / "big.sqlite3"
    done = cli(big, data, "demo", "--leads", str(BIG_DEMO_LEADS))
    assert done.returncode == 0, done.stderr
    other = folder / "other.sqlite3"
    done = cli(other, data, "demo", "--leads", "1500", "--seed", "2")
    assert done.returncode == 0, done.stderr
    backup = folder / "other-backup.sqlite3"
    done = cli(other, data, "backup", str(backup))
    assert done.returncode == 0, done.stderr
    big_backup = folder / "big-backup.sqlite3"
    done = cli(big, data, "backup", str(big_backup))
    assert done.returncode == 0, done.stderr
    return {"big": big, "backup": backup, "big backup": big_backup}


@pytest.fixture
def live(tmp_path: Path, demos: dict[str, Path]) -> Path:
    path = tmp_path / "live" / "salesdesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demos["big"], path)
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@contextmanager
def _mount(folder: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# --- restore: a backup is checked before the live file is touched -----------------------


def test_restoring_a_backup_from_a_newer_salesdesk_changes_nothing(
    live: Path, data: Path, demos: dict[str, Path], tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(demos["backup"], newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_next_year'")
    conn.close()
    before = counts(live)
    one_line(cli(live, data, "restore", str(newer)), contains="newer SalesDesk")
    assert counts(live) == before and integrity(live) == "ok"
    # Every later command works, and none of them makes a before-migration backup.
    for _ in range(3):
        assert cli(live, data, "backup").returncode == 0
    assert not list((data / "backups").glob("*before-migration*"))
    assert not before_restore_copies(data)


def test_restoring_a_corrupt_backup_changes_nothing(
    live: Path, data: Path, demos: dict[str, Path], tmp_path: Path
) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    shutil.copyfile(demos["backup"], corrupt)
    size = corrupt.stat().st_size
    with corrupt.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(3).randbytes(64 * 1024))
    before = counts(live)
    one_line(cli(live, data, "restore", str(corrupt)), contains="damaged")
    assert counts(live) == before and integrity(live) == "ok"
    assert cli(live, data, "report", "--json").returncode == 0


def test_the_refusal_is_in_finnish_too(live: Path, data: Path, tmp_path: Path) -> None:
    text = tmp_path / "muistio.sqlite3"
    text.write_text("ei tietokanta\n")
    err = one_line(cli(live, data, "--lang", "fi", "restore", str(text)))
    assert "ei ole SalesDeskin varmuuskopio" in err


def test_the_before_restore_copy_outlives_routine_backups(
    live: Path, data: Path, demos: dict[str, Path]
) -> None:
    mine = counts(live)
    done = cli(live, data, "restore", str(demos["backup"]))
    assert done.returncode == 0, done.stderr
    [kept] = before_restore_copies(data)
    folder = data / "backups"
    for day in range(1, 10):  # routine backups of many days, of both routine kinds
        (folder / f"salesdesk-203001{day:02d}-090000-daily.sqlite3").write_bytes(b"old")
        (folder / f"salesdesk-203001{day:02d}-090000-before-migration-0001.sqlite3").write_bytes(b"old")
    # An older schema in the live file: the next command migrates it, after a before-migration
    # backup, whose rotation must leave the before-restore copy alone.
    downgrade_file(live, "0001")
    for _ in range(8):
        done = cli(live, data, "backup")
        assert done.returncode == 0, done.stderr
    assert len(list(folder.glob("*-before-migration-*.sqlite3"))) == 7
    assert kept.exists() and counts(kept) == mine


# --- an import while a restore runs -------------------------------------------------------


def _writing(path: Path) -> bool:
    """Whether another connection holds the write lock (is inside a write transaction)."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_an_import_during_a_restore_is_never_lost(
    live: Path, data: Path, demos: dict[str, Path], tmp_path: Path
) -> None:
    sheet = tmp_path / "ostettu.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "Email", "Company"])
        for n in range(20_000):
            writer.writerow([f"Etu{n}", f"Suku{n}", f"tuonti{n}@example.fi", f"Yritys {n % 300} Oy"])
    importing = start(live, data, "import", str(sheet))
    # Wait until the import is inside its write transaction, then restore over it.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and importing.poll() is None and not _writing(live):
        time.sleep(0.02)
    assert importing.poll() is None, "the import ended before the restore could start"
    restoring = start(live, data, "restore", str(demos["backup"]))
    _, import_err = importing.communicate(timeout=300)
    _, restore_err = restoring.communicate(timeout=300)
    for code, err in ((importing.returncode, import_err), (restoring.returncode, restore_err)):
        assert code in (0, 2), err
        if code == 2:
            one_line((code, err))

    def imported(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            query = "SELECT count(*) FROM contacts WHERE email LIKE 'tuonti%@example.fi'"
            return int(conn.execute(query).fetchone()[0])
        finally:
            conn.close()

    assert integrity(live) == "ok"
    where = [imported(live)] + [imported(p) for p in before_restore_copies(data)]
    if importing.returncode == 0:
        assert 20_000 in where, (where, import_err, restore_err)
    else:  # refused cleanly: then nothing of it is half there
        assert set(where) <= {0}, where
    assert importing.returncode == 0 or restoring.returncode == 0


def test_a_restore_refuses_while_another_program_holds_the_database(
    live: Path, data: Path, demos: dict[str, Path]
) -> None:
    holder = sqlite3.connect(live)
    holder.execute("SELECT count(*) FROM leads").fetchone()
    try:
        before = counts(live)
        one_line(cli(live, data, "restore", str(demos["backup"])), contains="in use by another program")
    finally:
        holder.close()
    assert counts(live) == before
    assert not before_restore_copies(data)
    assert leftovers(live.parent, data / "backups") == []


# --- kill -9 ------------------------------------------------------------------------------


def _backup_points(folder: Path, size: int) -> dict[str, Callable[[], bool]]:
    return {
        "part created": lambda: bool(parts_in(folder)),
        "part half written": lambda: any(p.stat().st_size >= size // 2 for p in parts_in(folder)),
        "part nearly written": lambda: any(p.stat().st_size >= size * 9 // 10 for p in parts_in(folder)),
    }


@pytest.mark.parametrize("point", ["part created", "part half written", "part nearly written"])
def test_killing_a_backup_leaves_the_database_whole(live: Path, data: Path, point: str) -> None:
    expected = counts(live)
    folder = data / "backups"
    proc = start(live, data, "backup")
    killed = kill_when(proc, _backup_points(folder, live.stat().st_size)[point])
    assert killed, f"the backup ended before {point}"
    assert integrity(live) == "ok" and counts(live) == expected
    assert not list(folder.glob("*.sqlite3")), "a killed backup left a file under a final name"
    done = cli(live, data, "backup")
    assert done.returncode == 0, done.stderr
    assert leftovers(folder, live.parent) == []
    [written] = folder.glob("*.sqlite3")
    assert integrity(written) == "ok" and counts(written) == expected
    assert (written.stat().st_mode & 0o777) == 0o600


def _restore_points(live: Path, data: Path, size: int) -> dict[str, Callable[[], bool]]:
    backups = data / "backups"
    wal = live.with_name(live.name + "-wal")
    return {
        "staging": lambda: bool(parts_in(live.parent)),
        "staged half": lambda: any(p.stat().st_size >= size // 2 for p in parts_in(live.parent)),
        "safety copy": lambda: bool(parts_in(backups)),
        "safety copy half": lambda: any(p.stat().st_size >= size // 2 for p in parts_in(backups)),
        "swapping": lambda: wal.exists() and wal.stat().st_size > 1024 * 1024,
        "swapped": lambda: bool(before_restore_copies(data)),
    }


@pytest.mark.parametrize(
    "point", ["staging", "staged half", "safety copy", "safety copy half", "swapping", "swapped"]
)
def test_killing_a_restore_loses_nothing(live: Path, data: Path, demos: dict[str, Path], point: str) -> None:
    mine = counts(live)
    theirs = counts(demos["backup"])
    size = max(live.stat().st_size, demos["backup"].stat().st_size)
    # Restore the big database over a small one for the staging points, the other way round
    # for the points that copy the live file, so that the watched step takes long enough.
    source = demos["backup"]
    if point.startswith("stag"):
        shutil.copyfile(demos["backup"], live)
        source = demos["big backup"]
        mine, theirs = theirs, mine
    proc = start(live, data, "restore", str(source))
    killed = kill_when(proc, _restore_points(live, data, size)[point])
    assert killed, f"the restore ended before {point}"
    assert integrity(live) == "ok"
    now = counts(live)
    assert now in (mine, theirs)
    if now == theirs:  # swapped: the user's own data must be in a whole before-restore copy
        assert any(integrity(p) == "ok" and counts(p) == mine for p in before_restore_copies(data))
    # The next run cleans up and completes; the user's data is still kept.
    done = cli(live, data, "restore", str(source))
    assert done.returncode == 0, done.stderr
    assert counts(live) == theirs and integrity(live) == "ok"
    assert leftovers(live.parent, data / "backups") == []
    assert any(counts(p) == mine for p in before_restore_copies(data))


# --- full disks and read-only places ------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with _mount(tmp_path / "small", "2m") as folder:
        yield folder


@pytest.fixture
def read_only_place(tmp_path: Path) -> Iterator[Path]:
    with _mount(tmp_path / "ro", "1m", read_only=True) as folder:
        yield folder


def test_backup_to_a_full_disk(live: Path, data: Path, small_disk: Path) -> None:
    before = counts(live)
    one_line(cli(live, data, "backup", str(small_disk / "copy.sqlite3")), contains="disk space")
    assert list(small_disk.iterdir()) == []
    assert counts(live) == before and integrity(live) == "ok"


def test_backup_to_a_read_only_place(live: Path, data: Path, read_only_place: Path) -> None:
    one_line(cli(live, data, "backup", str(read_only_place / "copy.sqlite3")), contains="read-only")
    one_line(cli(live, data, "backup", str(read_only_place)), contains="read-only")


@pytest.mark.parametrize("room", ["stage", "swap"], ids=["no room to stage", "no room to swap"])
def test_restore_on_a_full_disk_leaves_the_live_database(tmp_path: Path, room: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    source_db, source = work / "source.sqlite3", work / "source-backup.sqlite3"
    assert cli(source_db, work / "data", "demo", "--leads", "600").returncode == 0
    assert cli(source_db, work / "data", "backup", str(source)).returncode == 0
    template = work / "live.sqlite3"
    assert cli(template, work / "data", "demo", "--leads", "100", "--seed", "3").returncode == 0
    source_size, live_size = source.stat().st_size, template.stat().st_size
    # Room for the live file and half the staged copy; or for those two and the
    # before-restore copy but not for the restored pages in the live file's WAL.
    free = live_size + source_size // 2 if room == "stage" else 2 * live_size + source_size + source_size // 2
    with _mount(tmp_path / "disk", f"{free // 1024 + 64}k") as disk:
        live, data = disk / "salesdesk.sqlite3", disk / "data"
        shutil.copyfile(template, live)
        before = counts(live)
        one_line(cli(live, data, "restore", str(source)), contains="disk space")
        assert counts(live) == before and integrity(live) == "ok"
        assert leftovers(disk, data / "backups") == []
        assert not before_restore_copies(data)


def test_names_over_the_limit_are_one_line(live: Path, data: Path, tmp_path: Path) -> None:
    long_name = tmp_path / ("varmuuskopio" * 30 + ".sqlite3")
    one_line(cli(live, data, "backup", str(long_name)), contains="too long")
    one_line(cli(live, data, "restore", str(long_name)), contains="too long")


def test_backup_keeps_an_existing_file(live: Path, data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "asiakkaat.xlsx"
    sheet.write_bytes(b"PK\x03\x04 spreadsheet")
    one_line(cli(live, data, "backup", str(sheet)), contains="not a SalesDesk backup")
    one_line(cli(live, data, "backup", "--force", str(sheet)), contains="not a SalesDesk backup")
    assert sheet.read_bytes() == b"PK\x03\x04 spreadsheet"
    copy = tmp_path / "copy.sqlite3"
    assert cli(live, data, "backup", str(copy)).returncode == 0
    one_line(cli(live, data, "backup", str(copy)), contains="--force")
    assert cli(live, data, "backup", "--force", str(copy)).returncode == 0
