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


def test_fast_head_check_agrees_with_alembic(db) -> None:  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    from salesdesk.db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config(db))
    assert migrate.shipped_heads() == frozenset(script.get_heads())
    assert not migrate.needs_upgrade(db)


def test_labels_of_overlapping_codes_stay_apart() -> None:
    from salesdesk.crm.labels import label, repeat_label
    from salesdesk.db.enums import Repeat, ThanksStatus

    assert label(ThanksStatus.NONE) == "Not thanked"
    assert repeat_label(Repeat.NONE) == "Does not repeat"
