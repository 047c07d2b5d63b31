"""Generated forms, resources and translations are up to date with their sources."""

from __future__ import annotations

from salesdesk.gui import compile_assets


def test_generated_files_are_fresh() -> None:
    stale = compile_assets.stale_files()
    assert not stale, "run `python -m salesdesk.gui.compile_assets`: " + ", ".join(stale)


def test_finnish_catalog_reaches_qt_free_code() -> None:
    from salesdesk import i18n
    from salesdesk.crm.labels import label

    i18n.set_language("fi")
    try:
        assert label("hot") == "Kuuma"
    finally:
        i18n.set_language("en")
    assert label("hot") == "Hot"
