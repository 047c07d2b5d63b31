"""Translations for the code that never loads Qt: ``db``, ``crm``, ``sheets`` and the CLI.

The strings live in the same Qt Linguist files as the window's (``resources/translations``);
``python -m salesdesk.gui.compile_assets`` turns them into ``salesdesk/locale/*.json`` which is
read here, and into ``*.qm`` files which the window loads into a ``QTranslator``.

Mark a string with ``translate("Context", "Text")`` where it is shown, or with
``QT_TRANSLATE_NOOP("Context", "Text")`` where it is only defined (a label table), and
translate it later with ``translate(context, text)``. ``pyside6-lupdate`` finds both.
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from importlib import resources

SUPPORTED_LANGUAGES = ("en", "fi")
_state: dict[str, str] = {"lang": "en"}


def system_language() -> str:
    """The language the user's system asks for, if we speak it; else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "fi" if value.lower().startswith("fi") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "fi" if loc.lower().startswith("fi") else "en"


@cache
def _catalog(lang: str) -> dict[str, dict[str, str]]:
    try:
        data = resources.files("salesdesk.locale").joinpath(f"salesdesk_{lang}.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    loaded: dict[str, dict[str, str]] = json.loads(data)
    return loaded


def set_language(lang: str | None) -> str:
    """Choose the language ("en", "fi", or None for the system's); returns the one chosen."""
    chosen = lang or system_language()
    if chosen not in SUPPORTED_LANGUAGES:
        chosen = "en"
    _state["lang"] = chosen
    return chosen


def language() -> str:
    return _state["lang"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (English source) in ``context`` into the current language."""
    if _state["lang"] == "en":
        return text
    found = _catalog(_state["lang"]).get(context, {}).get(text)
    return found if found else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text
