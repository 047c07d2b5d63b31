"""The wizard's mapping page marks the columns hidden in the sheet; they stay out of the notes
unless the user maps one or asks for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from sqlalchemy import select

from salesdesk.db.models import Contact, Lead
from tests.sheets.hidden_files import bought_list_xlsx


def _to_mapping(qtbot, ctx, path: Path):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import ImportWizard

    wiz = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()  # → sheet
    assert wiz.sheet_page.header_spin.value() == 3
    wiz.next()  # → mapping
    return wiz


def _run(qtbot, wiz) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import PreviewPage, RunPage

    wiz.next()  # → preview
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    qtbot.waitUntil(lambda: page.ready, timeout=60_000)
    wiz.next()  # → batch settings
    wiz.batch_page.source.setCurrentIndex(wiz.batch_page.source.findData("purchased_list"))
    wiz.next()  # → run
    run = wiz.currentPage()
    assert isinstance(run, RunPage)
    qtbot.waitUntil(lambda: run.finished, timeout=60_000)


def _notes(ctx) -> str:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return " | ".join(
            [
                *(c or "" for c in s.scalars(select(Contact.notes))),
                *(x or "" for x in s.scalars(select(Lead.notes))),
            ]
        )


def test_mapping_page_marks_hidden_columns_and_a_hand_mapping_imports(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz = _to_mapping(qtbot, ctx, bought_list_xlsx(tmp_path / "list.xlsx"))
    page = wiz.mapping_page
    table = page.table
    texts = [table.item(i, 0).text() for i in range(table.rowCount())]
    assert texts == [
        "Nimi",
        "Sähköposti",
        "Sisäinen koodi (hidden in the sheet)",
        "Yritys",
        "Puhelin (hidden in the sheet)",
        "Ostajan pisteet (hidden in the sheet)",
        "Toimiala",
    ]
    grey = page.palette().color(QPalette.ColorRole.PlaceholderText)
    hidden_item, shown_item = table.item(2, 0), table.item(0, 0)
    assert hidden_item.foreground().color() == grey and hidden_item.font().italic()
    assert shown_item.foreground().style() == shown_item.foreground().style().NoBrush
    assert not shown_item.font().italic()
    assert "hidden in the spreadsheet" in hidden_item.toolTip()
    assert table.item(2, 1).text() == "K-001 · K-002"  # examples still shown, greyed too
    assert table.item(2, 1).foreground().color() == grey
    letters = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert letters == ["A", "B", "C", "D", "E", "F", "G"]  # as Excel names the columns
    # recognised hidden column: mapped; the helper columns: not imported
    assert page.mapping()["Puhelin"] == "phone"
    assert page.mapping()["Sisäinen koodi"] is None
    assert page.hidden_check.isVisibleTo(wiz) and not page.hidden_check.isChecked()
    page.notes_check.setChecked(False)
    assert not page.hidden_check.isEnabled()
    page.notes_check.setChecked(True)
    assert page.hidden_check.isEnabled()

    combo = page.combos[2]
    combo.setCurrentIndex(combo.findData("lead_notes"))  # the user maps one by hand
    _run(qtbot, wiz)
    assert wiz.result is not None and wiz.result.created == 2
    notes = _notes(ctx)
    assert "K-001" in notes and "K-002" in notes
    assert "Toimiala: Metalli" in notes
    assert "Ostajan pisteet" not in notes
    with ctx.db.session() as s:
        assert s.scalar(select(Contact.phone).where(Contact.email == "matti@virtanen.fi")) == "+358401234567"
    wiz.close()


def test_hidden_columns_to_notes_when_checked(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz = _to_mapping(qtbot, ctx, bought_list_xlsx(tmp_path / "list.xlsx"))
    wiz.mapping_page.hidden_check.setChecked(True)
    _run(qtbot, wiz)
    notes = _notes(ctx)
    assert "Sisäinen koodi: K-001" in notes and "Ostajan pisteet: 87" in notes
    wiz.close()


def test_no_hidden_columns_no_marker(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz = _to_mapping(qtbot, ctx, bought_list_xlsx(tmp_path / "list.xlsx", hide=False))
    page = wiz.mapping_page
    assert not page.hidden_check.isVisibleTo(wiz)
    assert all("hidden" not in page.table.item(i, 0).text() for i in range(page.table.rowCount()))
    wiz.close()
