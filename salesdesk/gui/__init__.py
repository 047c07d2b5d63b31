"""The window: everything that imports PySide6 lives in this package, and nothing else does.

The command line reaches it only through ``run_app`` and ``take_screenshot``.
"""

from __future__ import annotations


def run_app(db: str | None = None, lang: str | None = None, smoke: bool = False) -> int:
    from salesdesk.gui.app import run_app as _run

    return _run(db=db, lang=lang, smoke=smoke)


def take_screenshot(db: str | None, lang: str | None, view: str, out: str, size: tuple[int, int]) -> int:
    from salesdesk.gui.screenshots import take_screenshot as _take

    return _take(db=db, lang=lang, view=view, out=out, size=size)
