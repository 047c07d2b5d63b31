"""The leads table: paged model, SQL sort, filters, click-through, columns, bulk actions + undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import func, insert, select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db import search_index
from salesdesk.db.models import Contact, Lead, Owner
from salesdesk.gui.views import leads as leads_view


@pytest.fixture
def many(ctx):
    with ctx.db.transaction() as s:
        s.add_all([Owner(name="Anna"), Owner(name="Ben")])
        c = Contact(name="Aino Aalto", email="aino@firma.fi")
        s.add(c)
        s.flush()
        stage_id = stages(s)[0].id
        s.execute(
            insert(Lead),
            [
                {
                    "contact_id": c.id,
                    "title": f"Lead {i:03d}",
                    "stage_id": stage_id,
                    "value_cents": i * 100,
                    "source": "website" if i % 2 else "referral",
                    "temperature": "cold",
                }
                for i in range(450)
            ],
        )
        search_index.rebuild(s)
        won = lead_rules.create_lead(s, contact=c, title="Voitettu", source="referral")
        lead_rules.mark_won(
            s, won, next(x for x in stages(s) if x.kind == "won"), close_date=date(2026, 11, 3)
        )
    return ctx


def test_paging_sorting_filtering(qtbot, many, qtmodeltester) -> None:
    view = leads_view.create_view(many)
    qtbot.addWidget(view)
    model = view.model
    assert model.total == 451 and model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    value_col = [c.key for c in leads_view.lt.COLUMNS].index("value")
    view.table.sortByColumn(value_col, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].title == "Lead 449" and model.rowCount() == 200
    view.table.sortByColumn(value_col, Qt.SortOrder.AscendingOrder)
    assert model.rows[0].value_cents == 0
    score_col = [c.key for c in leads_view.lt.COLUMNS].index("score")
    view.table.sortByColumn(score_col, Qt.SortOrder.DescendingOrder)
    scores = [r.score for r in model.rows]
    assert scores == sorted(scores, reverse=True)
    assert "Score" in model.data(model.index(0, score_col), Qt.ItemDataRole.ToolTipRole)
    view.source.setCurrentIndex(view.source.findData("website"))
    assert model.total == 225
    view.apply_search("Lead 01")
    assert {r.title for r in model.rows} == {"Lead 011", "Lead 013", "Lead 015", "Lead 017", "Lead 019"}
    view.apply_filters({"won_from": date(2026, 11, 1), "won_to": date(2026, 11, 30)})
    assert [r.title for r in model.rows] == ["Voitettu"] and view.clear_extra.isVisibleTo(view)
    assert view.source.currentIndex() == 0 and view.search.text() == ""
    assert "won 01/11/2026 – 30/11/2026" in view.extra_label.text()
    view.apply_filters(
        {"stage_kind": "closed", "closed_from": date(2026, 11, 1), "closed_to": date(2026, 11, 30)}
    )
    assert [r.title for r in model.rows] == ["Voitettu"]
    view.clear_filters()
    assert model.total == 451
    qtmodeltester.check(model)  # fetches the rest
    assert model.rowCount() == 451 and not model.canFetchMore()


def test_columns_chosen_and_remembered(qtbot, many) -> None:
    view = leads_view.create_view(many)
    qtbot.addWidget(view)
    assert "email" not in view.visible_columns()
    view.set_visible_columns(["title", "email", "score"])
    again = leads_view.create_view(many)
    qtbot.addWidget(again)
    assert again.visible_columns() == ["title", "score", "email"] or set(again.visible_columns()) == {
        "title",
        "email",
        "score",
    }


def _select(view, rows) -> None:
    sm = view.table.selectionModel()
    sm.clearSelection()
    for r in rows:
        sm.select(
            view.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_bulk_owner_distribute_delete_with_undo(qtbot, many, monkeypatch) -> None:
    ctx = many
    view = leads_view.create_view(ctx)
    qtbot.addWidget(view)
    _select(view, [0, 1, 2, 3])
    ids = view.selected_ids()
    assert len(ids) == 4 and "4 selected" in view.count_label.text()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ben", True))
    view.bulk_owner()
    with ctx.db.session() as s:
        assert {s.get(Lead, i).owner.name for i in ids} == {"Ben"}
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert {s.get(Lead, i).owner_id for i in ids} == {None}
    _select(view, [0, 1, 2, 3])
    monkeypatch.setattr(QDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    view.bulk_distribute()
    with ctx.db.session() as s:
        assert [s.get(Lead, i).owner.name for i in ids] == ["Anna", "Ben", "Anna", "Ben"]
    _select(view, [0, 1])
    gone = view.selected_ids()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.bulk_delete()
    assert view.model.total == 449
    with ctx.db.session() as s:
        assert s.get(Lead, gone[0]) is None
    ctx.undo_stack.undo()
    assert view.model.total == 451
    with ctx.db.session() as s:
        assert s.get(Lead, gone[0]).title and s.scalar(select(func.count()).select_from(Lead)) == 451
    ctx.undo_stack.redo()
    assert view.model.total == 449


def test_double_click_opens_lead(qtbot, many) -> None:
    view = leads_view.create_view(many)
    qtbot.addWidget(view)
    opened = []
    many.bus.openLead.connect(opened.append)
    view._open(view.model.index(0, 1))
    assert opened == [view.model.rows[0].id]


def test_import_batch_click_through(qtbot, many, tmp_path) -> None:
    from salesdesk.sheets import batch, pipeline

    f = tmp_path / "list.csv"
    f.write_text("Name,Email\nOlli Tuotu,olli@example.fi\nPia Tuotu,pia@example.fi\n", encoding="utf-8")
    res = batch.run_import(many.db, pipeline.analyse(f))
    view = leads_view.create_view(many)
    qtbot.addWidget(view)
    assert view.model.total == 453
    view.apply_filters({"import_batch_id": res.batch_id})
    assert view.model.total == 2 and sorted(r.id for r in view.model.rows) == sorted(res.lead_ids)
    assert f"import batch {res.batch_id}" in view.extra_label.text()
    view.clear_filters()
    assert view.model.total == 453
