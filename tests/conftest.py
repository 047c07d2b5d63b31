"""Fixtures shared by every test: no test touches the real user's files.

- Every test gets its own data folder (``SALESDESK_DATA_DIR``) and QSettings location.
- ``db``: a freshly migrated database. SQLite in a temporary file by default; with
  ``SALESDESK_TEST_PG=postgresql+psycopg://...`` set, tests marked ``pg`` run on PostgreSQL.
- ``samples_dir``: ../shared/samples (or ``SALESDESK_SAMPLES``); tests skip when absent.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/Helsinki")

from salesdesk import i18n
from salesdesk.db import Database, open_database

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("salesdesk-data")
    monkeypatch.setenv("SALESDESK_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    i18n.set_language("en")
    yield data
    i18n.set_language("en")


def _pg_url() -> str | None:
    return os.environ.get("SALESDESK_TEST_PG") or None


def _fresh_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh database on each engine (PostgreSQL only when SALESDESK_TEST_PG is set)."""
    if request.param == "postgresql":
        url = _pg_url()
        if not url:
            pytest.skip("PostgreSQL not configured (set SALESDESK_TEST_PG; .ci/run does)")
        _fresh_pg(url)
        database = open_database(url)
    else:
        database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary file."""
    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def samples_dir() -> Path:
    path = Path(os.environ.get("SALESDESK_SAMPLES", ROOT.parent / "shared" / "samples"))
    if not path.is_dir():
        pytest.skip(f"sample spreadsheets not found at {path} (they live in ../shared/samples)")
    return path
