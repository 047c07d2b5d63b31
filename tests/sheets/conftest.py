from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def samples_dir() -> Path:
    env = os.environ.get("SALESDESK_SAMPLES")
    return Path(env) if env else REPO.parent / "shared" / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    d = samples_dir()
    if not d.is_dir():
        pytest.skip(f"shared/samples not found: {d}")
    return d


def sample_files() -> list[str]:
    d = samples_dir()
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if p.is_file() and p.suffix != ".md")


def broken_files() -> list[str]:
    d = samples_dir() / "broken"
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if p.is_file())
