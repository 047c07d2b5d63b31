"""Export files leave nothing behind: a killed export's temporary files (0600) are removed by
the next export to that folder, a full disk gives one line and no file, bad paths are told
before anything is written. Real ``salesdesk`` processes on a 20,000-lead demo database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PREFIX = ".~salesdesk-"


def _env(tmp: Path) -> dict[str, str]:
    systmp = tmp / "systmp"
    systmp.mkdir(exist_ok=True)
    return dict(
        os.environ,
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
        SALESDESK_DATA_DIR=str(tmp / "data"),
        TMPDIR=str(systmp),
        SALESDESK_LANG="en",
    )


def _salesdesk(db: Path, *args: str, env: dict[str, str], umask: int = 0o002) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "salesdesk", "--db", str(db), "--lang", "en", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.umask(umask),  # the umask the final file must follow
    )


def _run(db: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = _salesdesk(db, *args, env=env)
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    tmp = tmp_path_factory.mktemp("bigdb")
    env = _env(tmp)
    db = tmp / "big.sqlite3"
    done = _run(db, "demo", "--leads", "20000", env=env)
    assert done.returncode == 0, done.stderr
    yield db, env


def _ours(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(PREFIX))


def test_killed_export_leaves_0600_temp_files_the_next_export_removes(big, tmp_path: Path) -> None:
    db, env = big
    out = tmp_path / "out"
    out.mkdir()
    systmp = Path(env["TMPDIR"])
    before_sys = set(systmp.iterdir())
    proc = _salesdesk(db, "export", str(out / "all.xlsx"), "--include", "leads,contacts,followups", env=env)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:  # kill it while the rows are being written
            if sum(p.stat().st_size for p in _ours(out) if p.exists()) > 200_000:
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        else:
            pytest.fail("the export never started writing")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
    left = _ours(out)
    assert left, "a killed export leaves its temporary files (nothing removes them)"
    for p in left:
        assert p.stat().st_mode & 0o777 == 0o600, (p.name, oct(p.stat().st_mode))
    assert not (out / "all.xlsx").exists()
    # the rows were kept beside the target, not in the system's temporary folder
    assert set(systmp.iterdir()) == before_sys

    # a file that only looks like ours, and a live export's temporary file, are kept
    mine = out / f"{PREFIX}otherhost-{os.getpid()}-abc123.tmp"
    mine.write_text("a live export on another computer")
    notes = out / f"{PREFIX}notes.txt"
    notes.write_text("not ours")

    done = _run(db, "export", str(out / "leads.csv"), "--temperature", "hot", env=env)
    assert done.returncode == 0, done.stderr
    assert _ours(out) == sorted([mine, notes])
    assert (out / "leads.csv").stat().st_mode & 0o777 == 0o664  # the user's umask (002)
    assert set(systmp.iterdir()) == before_sys

    # an old left-over of ours (no process to ask) goes too
    os.utime(mine, (time.time() - 3600, time.time() - 3600))
    done = _run(db, "export", str(out / "leads.csv"), "--temperature", "hot", env=env)
    assert done.returncode == 0, done.stderr
    assert _ours(out) == [notes]


def _one_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("salesdesk: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_bad_paths_one_line_exit_2_nothing_written(big, tmp_path: Path) -> None:
    db, env = big
    (tmp_path / "existing_file").write_text("x")
    _one_line(_run(db, "export", str(tmp_path / "existing_file" / "out.xlsx"), env=env), "not a folder")
    _one_line(_run(db, "export", str(tmp_path / ("x" * 300 + ".xlsx")), env=env), "too long")
    (tmp_path / "folder.xlsx").mkdir()
    _one_line(_run(db, "export", str(tmp_path / "folder.xlsx"), env=env), "is a folder")
    _one_line(_run(db, "export", str(tmp_path / "nope" / "out.csv"), env=env), "does not exist")
    _one_line(_run(db, "export", "--per-owner", str(tmp_path / "existing_file"), env=env), "not a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing_file", "folder.xlsx"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("name", ["out.xlsx", "out.csv"])
def test_full_disk_export_one_line_no_file(big, small_disk: Path, name: str) -> None:
    db, env = big
    done = _run(db, "export", str(small_disk / name), "--include", "leads", env=env)
    _one_line(done, "disk is full", name)
    assert list(small_disk.iterdir()) == []


def test_full_disk_workbook_save_is_quiet(small_disk: Path, tmp_path: Path) -> None:
    """A workbook kept in memory (person export, dashboard) fails while zipping: one clear
    error, no half-closed archive complaining later ("Exception ignored in ZipFile.__del__")."""
    code = textwrap.dedent(
        f"""
        import gc, secrets, sys
        from pathlib import Path
        from salesdesk.crm import privacy
        from salesdesk.errors import UserError
        data = {{"notes": [{{"body": secrets.token_hex(400)}} for _ in range(4000)]}}
        try:
            privacy.write_xlsx(data, Path({str(small_disk / "person.xlsx")!r}))
        except UserError as error:
            print(error, file=sys.stderr)
            gc.collect()
            sys.exit(2)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"The disk is full: {small_disk / 'person.xlsx'} was not saved. Free some space and try again."
    ]
    assert list(small_disk.iterdir()) == []
