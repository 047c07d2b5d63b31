"""The import wizard end to end on the Finnish sample, then undo from the Imports view."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from salesdesk.db.models import Contact, ImportBatch, Lead


def _wait(qtbot, predicate, timeout=60_000):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(predicate, timeout=timeout)


def test_wizard_imports_finnish_sheet_and_view_undoes_it(qtbot, ctx, samples_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import ImportWizard, PreviewPage, RunPage
    from salesdesk.gui.views.imports import ImportsView

    wiz = ImportWizard(ctx, None, str(samples_dir / "fi_tradeshow_leads_2026.xlsx"))
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.file_page.isComplete()
    wiz.next()  # → sheet
    assert wiz.sheet_page.sheet_combo.currentText() == "Liidit"
    assert wiz.sheet_page.header_spin.value() == 4
    wiz.next()  # → mapping
    mapping = wiz.mapping_page.mapping()
    assert mapping["Sähköposti"] == "email" and mapping["Etunimi"] == "first_name"
    wiz.next()  # → preview (analysed in a worker)
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    _wait(qtbot, lambda: page.ready)
    assert "60 new" in page.status.text() and "1 invalid" in page.status.text()
    assert page.tabs.count() >= 3
    wiz.next()  # → batch settings
    bp = wiz.batch_page
    # The sheet's title row names a fair: trade show and the event are suggested, with why.
    assert bp.source.currentData() == "trade_show"
    assert bp.detail.text() == "Teollisuusmessut 2026"
    assert "Teollisuusmessut 2026 – kävijäliidit" in bp.source_reason.text()
    bp.tags.setText("messut, 2026")
    # The last step is a clear "Import 60 leads" button, not "Next".
    assert bp.isCommitPage()
    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "Import 60 leads"
    assert wiz.button(QWizard.WizardButton.CommitButton).isVisible()
    wiz.next()  # → run
    run = wiz.currentPage()
    assert isinstance(run, RunPage)
    _wait(qtbot, lambda: run.finished)
    assert not wiz.button(QWizard.WizardButton.CancelButton).isEnabled()  # written: nothing to cancel
    assert (
        "66 rows read. Created 60; merged into a contact 5 (2 contacts updated); skipped 0; rejected 1."
        in (run.info.text())
    )
    assert wiz.result is not None and wiz.result.created == 60 and wiz.result.rejected == 1
    assert run.save_button.isVisibleTo(wiz)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Lead.id))) == 60
        assert s.scalar(select(ImportBatch.source_detail)) == "Teollisuusmessut 2026"

    view = ImportsView(ctx)
    qtbot.addWidget(view)
    qtmodel = view.model
    assert qtmodel.rowCount() == 1
    view.table.selectRow(0)
    assert view.undo_button.isEnabled()
    assert view.undo_selected(confirm=False)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Lead.id))) == 0
        assert s.scalar(select(func.count(Contact.id))) == 0
    assert not view.undo_button.isEnabled() or view.model.rows[0]["undone"]


def test_imports_view_model(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.views.imports import BatchModel

    model = BatchModel(ctx)
    model.reload()
    qtmodeltester.check(model)


def test_preview_flags_erased_people(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.crm import privacy
    from salesdesk.gui.import_wizard import ImportWizard, PreviewPage

    with ctx.db.transaction() as s:
        c = Contact(name="Erkki Poistettu", email="erkki@example.fi")
        s.add(c)
        s.flush()
        privacy.erase_person(s, c.id)
    f = tmp_path / "list.csv"
    f.write_text(
        "Name,Email\nErkki Poistettu,erkki@example.fi\nLiisa Uusi,liisa@example.fi\n", encoding="utf-8"
    )
    wiz = ImportWizard(ctx, None, str(f))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()  # → sheet
    wiz.next()  # → mapping
    wiz.next()  # → preview
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    _wait(qtbot, lambda: page.ready)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Erased people, skipped (1)" in tabs
    assert "erased at their request" in page.status.text()
    wiz.next()  # → batch settings
    bp = wiz.batch_page
    assert bp.source.currentData() is None and not bp.isComplete()  # no clue: the user chooses
    wiz.next()  # refused: stays on the batch page
    assert wiz.currentPage() is bp
    bp.source.setCurrentIndex(bp.source.findData("website"))
    assert bp.isComplete()
    wiz.next()  # → run
    run = wiz.currentPage()
    _wait(qtbot, lambda: run.finished)
    assert "1 rows of erased people were not imported." in run.info.text()
    assert "First-contact follow-ups planned: 1." in run.info.text()
    with ctx.db.session() as s:
        assert list(s.scalars(select(Contact.name).where(Contact.email != ""))) == ["Liisa Uusi"]
    wiz.close()
