"""The Contacts view: search, sort, article 14 filter, mark informed, open."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from salesdesk.db.models import Contact
from salesdesk.db.types import utcnow
from salesdesk.gui.views import contacts as contacts_view


def test_contacts_view(qtbot, ctx, qtmodeltester) -> None:
    with ctx.db.transaction() as s:
        org = Contact(kind="organization", name="Firma Oy")
        s.add_all(
            [
                org,
                Contact(name="Aino Aalto", organization=org, email="aino@firma.fi"),
                Contact(name="Old List", from_purchased_list=True, created_at=utcnow() - timedelta(days=45)),
                Contact(name="New List", from_purchased_list=True),
            ]
        )
    view = contacts_view.create_view(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert [r.name for r in model.rows] == ["Aino Aalto", "Firma Oy", "New List", "Old List"]
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].name == "Old List"
    view.apply_search("firma")
    assert {r.name for r in model.rows} == {"Aino Aalto", "Firma Oy"}
    view.search.clear()
    view.notices.setChecked(True)
    assert [r.name for r in model.rows] == ["Old List"] and "overdue" in view.count_label.text()
    view.table.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    opened = []
    ctx.bus.openContact.connect(opened.append)
    view._open(model.index(0, 0))
    view.mark_informed()
    assert model.rows == []
    with ctx.db.session() as s:
        assert s.get(Contact, opened[0]).informed_on == date.today()
    view.notices.setChecked(False)
    qtmodeltester.check(model)
