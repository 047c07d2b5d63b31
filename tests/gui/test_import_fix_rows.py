"""Invalid rows fixed in the import preview, and per-row decisions, checked in the database."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from salesdesk.db.models import Contact
from salesdesk.sheets import pipeline

ROWS = [
    ("Etunimi", "Sukunimi", "Yritys", "Sähköposti", "Puhelin"),
    ("Matti", "Virtanen", "Konepaja Oy", "matti.virtanen@konepaja.fi", "0401234567"),
    ("Liisa", "Korhonen", "Puutarha Ky", "liisa.korhonen(at)puutarha", "0501112222"),
    ("Pekka", "Nieminen", "Rakennus Oy", "pekka@rakennus.fi", ""),
]


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "messut.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def _to_preview(qtbot, ctx, path: Path):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import ImportWizard, PreviewPage

    wiz = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()  # sheet
    wiz.next()  # mapping
    wiz.next()  # preview
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    qtbot.waitUntil(lambda: page.ready, timeout=60_000)
    return wiz, page


def _finish(qtbot, wiz):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import RunPage

    preview = wiz.currentPage()
    # after a fix the other rows are checked again in the background; Next waits for it
    qtbot.waitUntil(lambda: not preview.rechecking and preview.isComplete(), timeout=60_000)
    wiz.next()  # batch settings
    wiz.next()  # run
    run = wiz.currentPage()
    assert isinstance(run, RunPage)
    qtbot.waitUntil(lambda: run.finished, timeout=60_000)
    assert wiz.result is not None
    return wiz.result


def _email_index(model):  # type: ignore[no-untyped-def]
    return model.index(0, model.fields.index("email") + 1)


def test_fixing_an_invalid_email_in_the_preview_imports_the_corrected_row(
    qtbot, qtmodeltester, ctx, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    assert "2 new" in page.status.text() and "1 invalid" in page.status.text()
    invalid = page.models[pipeline.INVALID]
    assert invalid.rowCount() == 1
    idx = _email_index(invalid)
    # the problem cell shows what the sheet says, marked, editable; the others are not editable
    assert idx.data() == "liisa.korhonen(at)puutarha"
    assert idx.data(Qt.ItemDataRole.ToolTipRole)
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert invalid.flags(idx) & Qt.ItemFlag.ItemIsEditable
    first = invalid.index(0, invalid.fields.index("first_name") + 1)
    assert not invalid.flags(first) & Qt.ItemFlag.ItemIsEditable
    assert not invalid.setData(first, "Lotta")
    new_model = page.models[pipeline.NEW]
    assert not new_model.flags(new_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(invalid)

    # edit through the view's own editor, as a user does
    view = page.views[pipeline.INVALID]
    page.tabs.setCurrentWidget(view)
    view.setCurrentIndex(idx)
    view.edit(idx)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "liisa.korhonen(at)puutarha"
    editor.setText("  Liisa.Korhonen@Puutarha.fi ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: invalid.rowCount() == 0)
    assert "3 new" in page.status.text() and "0 invalid" in page.status.text()
    assert new_model.rowCount() == 3
    assert not page.tabs.isTabVisible(page.tabs.indexOf(view))
    assert page.tabs.tabText(0).endswith("(3)")
    qtmodeltester.check(invalid)
    qtmodeltester.check(new_model)

    result = _finish(qtbot, wiz)
    assert result.created == 3 and result.rejected == 0
    with ctx.db.session() as s:
        emails = set(s.scalars(select(Contact.email).where(Contact.email.is_not(None))))
        assert "liisa.korhonen@puutarha.fi" in emails
        liisa = s.scalars(select(Contact).where(Contact.email == "liisa.korhonen@puutarha.fi")).one()
        assert liisa.first_name == "Liisa" and liisa.last_name == "Korhonen"
        assert liisa.phone == "+358501112222"


def test_still_invalid_edit_stays_invalid_and_is_rejected(qtbot, qtmodeltester, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    invalid = page.models[pipeline.INVALID]
    idx = _email_index(invalid)
    assert invalid.setData(idx, "liisa@")
    qtbot.wait(10)
    assert invalid.rowCount() == 1
    idx = _email_index(invalid)
    assert idx.data() == "liisa@" and idx.data(Qt.ItemDataRole.EditRole) == "liisa@"
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert idx.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 invalid" in page.status.text()
    qtmodeltester.check(invalid)
    result = _finish(qtbot, wiz)
    assert result.created == 2 and result.rejected == 1
    assert result.rejected_rows[0].original[3] == "liisa@"  # "Save rejected rows" writes the edit
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Contact.id)).where(Contact.last_name == "Korhonen")) == 0


def test_row_decision_skips_one_new_row(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    new_model = page.models[pipeline.NEW]
    pekka = next(i for i in range(new_model.rowCount()) if new_model.index(i, 1).data() == "Pekka")
    menu = page.row_menu(new_model, pekka)
    codes = [a.data() for a in menu.actions()]
    assert codes == ["", "create", "skip"]  # a new row: create (the default) or skip
    next(a for a in menu.actions() if a.data() == "skip").trigger()
    again = page.row_menu(new_model, pekka)
    assert [a.isChecked() for a in again.actions()] == [False, False, True]
    assert "Skip" in new_model.index(pekka, new_model.columnCount() - 1).data()
    result = _finish(qtbot, wiz)
    assert result.created == 1 and result.skipped == 1 and result.rejected == 1
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Contact.id)).where(Contact.last_name == "Nieminen")) == 0
        assert s.scalar(select(func.count(Contact.id)).where(Contact.last_name == "Virtanen")) == 1
