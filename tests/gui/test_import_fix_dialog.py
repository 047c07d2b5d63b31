""" "Fix row…" in the import preview (any cell of a row, several at once) and the background
re-check after a fix; every test runs the import and checks the database."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from salesdesk.db.models import Contact, Lead
from salesdesk.sheets import pipeline

HEADER = "Etunimi;Sukunimi;Yritys;Sähköposti;Sähköposti 2;Puhelin;Postinumero;Arvioitu päätös;Arvo;Lisätiedot"
ROWS = (
    "Matti;Virtanen;Konepaja Oy;matti@konepaja.fi;;0401234567;00100;27.11.2026;1 200,50;",
    "Liisa;Korhonen;Puutarha Ky;liisa@puutarha.fi;liisa(at)koti;0501112222;33100;31.2.2026;paljon;soita",
    "Pekka;Nieminen;Rakennus Oy;pekka@rakennus.fi;;;;ensi viikolla;;",
    ";;;;;;;;;muistiinpano",
)


def _sheet(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "messut.csv"
    path.write_text("\n".join([HEADER, *(rows or ROWS)]) + "\n", encoding="utf-8")
    return path


def _to_preview(qtbot, ctx, path: Path):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import ImportWizard, PreviewPage

    wiz = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(3):  # sheet, mapping, preview
        wiz.next()
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    qtbot.waitUntil(lambda: page.ready, timeout=60_000)
    return wiz, page


def _finish(qtbot, wiz, page):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import RunPage

    qtbot.waitUntil(lambda: not page.rechecking and page.isComplete(), timeout=60_000)
    wiz.next()  # batch settings
    wiz.next()  # run
    run = wiz.currentPage()
    assert isinstance(run, RunPage)
    qtbot.waitUntil(lambda: run.finished, timeout=60_000)
    assert wiz.result is not None
    return wiz.result


def _edit(dialog: Any, header: str) -> Any:
    names = dialog.analysis.header.names
    return dialog.edits[names.index(header)]


def _message(dialog: Any, header: str) -> Any:
    return dialog.messages[dialog.analysis.header.names.index(header)]


def test_fix_row_dialog_from_the_keyboard_fixes_several_cells(qtbot, qtmodeltester, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_fix import FixRowDialog

    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    assert "2 new" in page.status.text() and "2 invalid" in page.status.text()
    invalid = page.models[pipeline.INVALID]
    view = page.views[pipeline.INVALID]
    page.tabs.setCurrentWidget(view)
    view.setFocus()
    view.setCurrentIndex(invalid.index(0, 0))
    assert page.fix_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens "Fix row…" (and not the next page)
    dialog = page.fix_dialog
    assert isinstance(dialog, FixRowDialog) and dialog.isVisible()
    assert wiz.currentPage() is page
    # every original cell by its sheet header; the problem cells marked, with the message
    assert [e.text() for e in dialog.edits] == [
        "Liisa",
        "Korhonen",
        "Puutarha Ky",
        "liisa@puutarha.fi",
        "liisa(at)koti",
        "0501112222",
        "33100",
        "31.2.2026",
        "paljon",
        "soita",
    ]
    assert "not a valid e-mail" in _message(dialog, "Sähköposti 2").text()
    assert "not a date" in _message(dialog, "Arvioitu päätös").text()
    assert "not an amount" in _message(dialog, "Arvo").text()
    assert _message(dialog, "Etunimi").isHidden() and not _message(dialog, "Arvo").isHidden()
    assert _edit(dialog, "Sähköposti 2").styleSheet() and not _edit(dialog, "Etunimi").styleSheet()
    assert "not valid" in dialog.summary.text()
    assert dialog.focusWidget() is _edit(dialog, "Sähköposti 2")  # the first error has the focus

    # type the corrections, Tab between cells, Enter applies
    qtbot.keyClick(_edit(dialog, "Sähköposti 2"), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_edit(dialog, "Sähköposti 2"), "Liisa@Koti.fi")
    for header, text in (("Arvioitu päätös", "28.2.2027"), ("Arvo", "2 500")):
        _edit(dialog, header).setFocus()
        _edit(dialog, header).selectAll()
        qtbot.keyClicks(_edit(dialog, header), text)
    assert dialog.changes() == {4: "Liisa@Koti.fi", 7: "28.2.2027", 8: "2 500"}
    qtbot.keyClick(_edit(dialog, "Arvo"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "moved to “New”" in page.fix_notice.text() and "Row 3" in page.fix_notice.text()
    qtbot.waitUntil(lambda: "3 new" in page.status.text() and "1 invalid" in page.status.text())
    qtmodeltester.check(invalid)
    qtmodeltester.check(page.models[pipeline.NEW])

    result = _finish(qtbot, wiz, page)
    assert result.created == 3 and result.rejected == 1
    with ctx.db.session() as s:
        liisa = s.scalars(select(Contact).where(Contact.last_name == "Korhonen")).one()
        assert liisa.email == "liisa@puutarha.fi" and liisa.email2 == "liisa@koti.fi"
        lead = s.scalars(select(Lead).where(Lead.contact_id == liisa.id)).one()
        assert lead.expected_close == date(2027, 2, 28) and lead.value_cents == 250_000


def test_still_invalid_stays_open_with_the_remaining_problem_then_cancel(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    dialog = page.open_fix_dialog(1)
    assert dialog is not None
    _edit(dialog, "Sähköposti 2").setText("liisa@")
    _edit(dialog, "Arvo").setText("300")
    dialog.apply_button.click()
    assert dialog.isVisible()  # still invalid: the dialog stays with what is left
    assert "“liisa@” is not a valid e-mail" in _message(dialog, "Sähköposti 2").text()
    assert _message(dialog, "Arvo").isHidden()  # fixed
    assert not _message(dialog, "Arvioitu päätös").isHidden()  # untouched warning stays
    assert "not valid" in dialog.summary.text()
    assert dialog.changes() == {}  # the applied values are now the row's
    assert "still invalid" in page.fix_notice.text()
    # Apply with nothing changed says so and keeps the row
    dialog.apply_button.click()
    assert "Nothing was changed" in dialog.summary.text()
    _edit(dialog, "Etunimi").setText("Lotta")
    dialog.reset_button.click()
    assert _edit(dialog, "Etunimi").text() == "Liisa"
    dialog.reject()
    assert page.models[pipeline.INVALID].rowCount() == 2

    result = _finish(qtbot, wiz, page)
    assert result.created == 2 and result.rejected == 2
    liisa = next(r for r in result.rejected_rows if r.row == 3)
    assert liisa.original[4] == "liisa@" and liisa.original[8] == "300"
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Contact.id)).where(Contact.last_name == "Korhonen")) == 0


def test_row_without_identity_fixed_from_the_button_and_a_warning_from_the_menu(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    invalid = page.models[pipeline.INVALID]
    view = page.views[pipeline.INVALID]
    page.tabs.setCurrentWidget(view)
    view.setCurrentIndex(invalid.index(1, 0))  # row 5: only a note
    page.fix_button.click()
    dialog = page.fix_dialog
    assert dialog is not None and "no name, organization, e-mail or phone" in dialog.summary.text()
    _edit(dialog, "Etunimi").setText("Kalle")
    _edit(dialog, "Sukunimi").setText("Koski")
    _edit(dialog, "Puhelin").setText("040 765 4321")
    dialog.apply_button.click()
    assert not dialog.isVisible()

    # Pekka is new but his date was left out: "Fix row…" from his row's menu
    new_model = page.models[pipeline.NEW]
    qtbot.waitUntil(lambda: new_model.rowCount() == 3)
    pekka = next(i for i in range(new_model.rowCount()) if new_model.index(i, 1).data() == "Pekka")
    menu = page.row_menu(new_model, pekka)
    assert [a.data() for a in menu.actions() if not a.isSeparator()] == ["", "create", "skip", "fix"]
    matti = next(i for i in range(new_model.rowCount()) if new_model.index(i, 1).data() == "Matti")
    matti_menu = page.row_menu(new_model, matti)
    assert "fix" not in [a.data() for a in matti_menu.actions()]  # nothing to fix
    next(a for a in menu.actions() if a.data() == "fix").trigger()
    dialog = page.fix_dialog
    assert dialog is not None and "will be imported" in dialog.summary.text()
    _edit(dialog, "Arvioitu päätös").setText("15.1.2027")
    dialog.apply_button.click()
    assert not dialog.isVisible()

    result = _finish(qtbot, wiz, page)
    assert result.created == 3 and result.rejected == 1  # Matti, Pekka, Kalle; Liisa rejected
    with ctx.db.session() as s:
        kalle = s.scalars(select(Contact).where(Contact.last_name == "Koski")).one()
        assert kalle.first_name == "Kalle" and kalle.phone == "+358407654321"
        assert "muistiinpano" in kalle.notes
        pekka_lead = s.scalars(
            select(Lead).join(Contact, Lead.contact_id == Contact.id).where(Contact.last_name == "Nieminen")
        ).one()
        assert pekka_lead.expected_close == date(2027, 1, 15)


def test_double_click_opens_the_dialog_except_on_an_editable_cell(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    invalid = page.models[pipeline.INVALID]
    view = page.views[pipeline.INVALID]
    page.tabs.setCurrentWidget(view)
    # the first name of Liisa's row is fine: not editable in the table, the dialog opens
    first = invalid.index(0, invalid.fields.index("first_name") + 1)
    rect = view.visualRect(first)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.fix_dialog is not None and page.fix_dialog.isVisible())
    page.fix_dialog.reject()
    page.fix_dialog = None
    # row 5's e-mail cell is editable in place (a row without identity): the table's editor
    cell = invalid.index(1, invalid.fields.index("email") + 1)
    assert invalid.flags(cell) & Qt.ItemFlag.ItemIsEditable
    rect = view.visualRect(cell)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.fix_dialog is None
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.setText("kalle@koski.fi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: invalid.rowCount() == 1)
    assert view.indexAt(QPoint(1, 1)).isValid()
    result = _finish(qtbot, wiz, page)
    assert result.created == 3
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Contact.id)).where(Contact.email == "kalle@koski.fi")) == 1


def test_recheck_in_flight_and_a_second_edit_end_consistent(qtbot, qtmodeltester, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = (
        "Pekka;Nieminen;Rakennus Oy;pekka(at)rakennus;;;;;;",  # row 2: invalid
        "Aino;Laine;Laine Oy;aino(at)laine;;;;;;",  # row 3: invalid
        "P.;Nieminen;;pekka@rakennus.fi;;;;;;",  # row 4: new … until row 2 is fixed
        "Aino;Laine;;aino@laine.fi;;;;;;",  # row 5: new … until row 3 is fixed
    )
    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path, *rows))
    analysis = wiz.analysis
    assert [r.status for r in analysis.rows] == ["invalid", "invalid", "new", "new"]
    gate = threading.Event()
    runs: list[int] = []

    def slow_classification(snapshot: Any, existing: Any) -> Any:
        runs.append(len(runs))
        if len(runs) == 1:
            assert gate.wait(30)  # the first re-check is held in flight
        return pipeline.classification(snapshot, existing)

    page.classify_all = slow_classification
    email = analysis.header.names.index("Sähköposti")
    first = page.fix_row(0, {email: "pekka@rakennus.fi"})
    assert first.status == pipeline.NEW  # the fixed row's own result at once
    assert page.rechecking and not page.isComplete()
    qtbot.waitUntil(lambda: "Checking the other rows" in page.status.text())
    second = page.fix_row(1, {email: "aino@laine.fi"})  # while the first re-check runs
    assert second.status == pipeline.NEW
    assert analysis.rows[2].status == pipeline.NEW  # not settled yet
    gate.set()
    qtbot.waitUntil(lambda: not page.rechecking, timeout=30_000)
    assert len(runs) == 2  # the stale result was thrown away, the file checked once more
    assert [r.status for r in analysis.rows] == ["new", "new", "duplicate", "duplicate"]
    assert [s for s, _ in pipeline.classification(analysis.rows, page.existing)] == [
        r.status for r in analysis.rows
    ]
    assert analysis.rows[0].values["email"] == "pekka@rakennus.fi"
    assert analysis.rows[1].values["email"] == "aino@laine.fi"
    assert "2 new" in page.status.text() and "2 duplicates in the file" in page.status.text()
    assert "Checking the other rows" not in page.status.text()
    assert page.isComplete()
    qtmodeltester.check(page.models[pipeline.DUPLICATE])

    result = _finish(qtbot, wiz, page)
    assert result.created == 2 and result.rejected == 0 and result.duplicates == 2
    with ctx.db.session() as s:
        people = s.scalars(select(Contact.email).where(Contact.first_name != "")).all()
        assert sorted(people) == ["aino@laine.fi", "pekka@rakennus.fi"]


def test_closing_the_wizard_during_a_recheck_leaves_the_worker_to_finish(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui import import_wizard

    wiz, page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    gate = threading.Event()

    def held(snapshot: Any, existing: Any) -> Any:
        assert gate.wait(30)
        return pipeline.classification(snapshot, existing)

    page.classify_all = held
    page.fix_row(1, {4: "liisa@koti.fi"})
    worker = page.recheck_worker
    assert worker is not None and worker.isRunning()
    wiz.reject()  # Cancel while the re-check runs: no waiting, no crash
    assert not wiz.isVisible() and worker in import_wizard._ORPHANS and worker.parent() is None
    gate.set()
    qtbot.waitUntil(lambda: worker not in import_wizard._ORPHANS, timeout=30_000)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Contact.id))) == 0  # nothing was written


def test_the_previews_frozen_analysis_is_collectable_again_once_the_wizard_closes(
    qtbot, ctx, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import gc

    wiz, _page = _to_preview(qtbot, ctx, _sheet(tmp_path))
    assert gc.get_freeze_count() > 0  # kept out of the collector's way while the preview is open
    wiz.reject()
    assert gc.get_freeze_count() == 0
