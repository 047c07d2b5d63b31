"""The navigation views of the main window, in order.

Each view is the module ``salesdesk.gui.views.<key>`` with ``create_view(ctx, parent)``.
A view may define ``refresh()``, ``apply_search(text)`` and ``apply_filters(filters)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from salesdesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English source, translated in the "Views" context
    icon: str


VIEWS: list[ViewSpec] = [
    ViewSpec("board", QT_TRANSLATE_NOOP("Views", "Board"), "board"),
    ViewSpec("leads", QT_TRANSLATE_NOOP("Views", "Leads"), "leads"),
    ViewSpec("contacts", QT_TRANSLATE_NOOP("Views", "Contacts"), "contacts"),
    ViewSpec("followups", QT_TRANSLATE_NOOP("Views", "Follow-ups"), "followups"),
    ViewSpec("referrals", QT_TRANSLATE_NOOP("Views", "Referrals"), "referrals"),
    ViewSpec("dashboard", QT_TRANSLATE_NOOP("Views", "Dashboard"), "dashboard"),
    ViewSpec("imports", QT_TRANSLATE_NOOP("Views", "Imports"), "imports"),
]


def view_keys() -> list[str]:
    return [v.key for v in VIEWS]
