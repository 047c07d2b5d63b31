"""The wizard's batch page: the same defaults and the same cost errors as ``salesdesk import``."""

from __future__ import annotations

from sqlalchemy import select

from salesdesk.db.models import ImportBatch, Stage


def _to_batch_page(qtbot, ctx, tmp_path):  # type: ignore[no-untyped-def]
    from salesdesk.gui.import_wizard import ImportWizard, PreviewPage

    f = tmp_path / "list.csv"
    f.write_text("Name,Email\nLiisa Uusi,liisa@example.fi\n", encoding="utf-8")
    wiz = ImportWizard(ctx, None, str(f))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()  # → sheet
    wiz.next()  # → mapping
    wiz.next()  # → preview
    page = wiz.currentPage()
    assert isinstance(page, PreviewPage)
    qtbot.waitUntil(lambda: page.ready, timeout=60_000)
    wiz.next()  # → batch settings
    assert wiz.currentPage() is wiz.batch_page
    return wiz


def test_purchased_list_starts_in_the_first_open_stage_whatever_its_name(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        s.scalars(select(Stage).where(Stage.key == "suspect")).one().name = "Ehdokas"
    wiz = _to_batch_page(qtbot, ctx, tmp_path)
    bp = wiz.batch_page
    bp.source.setCurrentIndex(bp.source.findData("trade_show"))
    bp.stage.setCurrentIndex(2)
    bp.source.setCurrentIndex(bp.source.findData("purchased_list"))
    assert bp.stage.currentData() == "Ehdokas"
    assert bp.basis.currentData() == "legitimate_interest"
    wiz.close()


def test_bad_cost_stops_on_the_page_with_the_cli_words(qtbot, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "salesdesk.gui.import_wizard.QMessageBox.warning", lambda _parent, _title, text: shown.append(text)
    )
    wiz = _to_batch_page(qtbot, ctx, tmp_path)
    bp = wiz.batch_page
    bp.source.setCurrentIndex(bp.source.findData("purchased_list"))
    bp.cost.setText("1e9")
    wiz.next()
    assert wiz.currentPage() is bp
    assert shown == ["Cost: “1e9” is not an amount of money."]
    bp.cost.setText("1 234,50 €")
    wiz.next()
    run = wiz.currentPage()
    qtbot.waitUntil(lambda: run.finished, timeout=60_000)
    with ctx.db.session() as s:
        assert s.execute(select(ImportBatch.cost_cents, ImportBatch.currency)).one() == (123450, "EUR")
    wiz.close()
