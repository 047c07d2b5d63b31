"""Layering: db, crm, sheets, the CLI and its commands never load Qt (DESIGN.md section 2).

ruff's TID251 catches an ``import PySide6`` in those folders; these tests also catch Qt
pulled in indirectly, by running the imports and a real command in a fresh interpreter.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "salesdesk"


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SALESDESK_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_core_packages_and_commands_do_not_load_qt(tmp_path: Path) -> None:
    result = _run(
        """
        import importlib, pkgutil, sys
        import salesdesk
        names = []
        for package in ("db", "crm", "sheets", "commands"):
            module = importlib.import_module(f"salesdesk.{package}")
            for info in pkgutil.walk_packages(module.__path__, f"salesdesk.{package}."):
                if ".migrations." in info.name + ".":
                    continue
                importlib.import_module(info.name)
                names.append(info.name)
        import salesdesk.cli, salesdesk.i18n, salesdesk.paths, salesdesk.errors
        salesdesk.cli.build_parser()  # discovers and configures every command
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        assert not qt, qt
        print(len(names))
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15  # the imports above really ran


def test_report_and_demo_run_without_loading_qt(tmp_path: Path) -> None:
    db = tmp_path / "layers.sqlite3"
    result = _run(
        f"""
        import sys
        from salesdesk.cli import main
        assert main(["--db", {str(db)!r}, "demo", "--leads", "30"]) == 0
        assert main(["--db", {str(db)!r}, "report", "--json"]) == 0
        assert main(["--db", {str(db)!r}, "backup", {str(tmp_path / "b.sqlite3")!r}]) == 0
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        assert not qt, qt
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert '"leads_total": 30' in result.stdout


def test_the_gui_package_is_the_only_one_that_imports_qt_in_source() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_the_layer_check_itself_notices_qt(tmp_path: Path) -> None:
    # The same probe, with Qt imported on purpose, must fail: the checks above can fail.
    result = _run(
        """
        import sys
        import salesdesk.gui.app
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        assert not qt, qt
        """,
        tmp_path,
    )
    assert result.returncode != 0 and "PySide6" in result.stderr
