"""``salesdesk screenshot`` renders views to PNG files offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SALESDESK_DATA_DIR=str(tmp / "data"))
    return subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(tmp / "s.sqlite3"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_screenshot_writes_png(tmp_path: Path) -> None:
    out = tmp_path / "welcome.png"
    done = _run("screenshot", "welcome", str(out), "--size", "1024x700", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_refuses_unknown_view(tmp_path: Path) -> None:
    done = _run("screenshot", "nonsense", str(tmp_path / "x.png"), tmp=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Unknown view" in done.stderr
    assert "Traceback" not in done.stderr
