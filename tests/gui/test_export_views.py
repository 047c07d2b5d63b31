"""Export writes what the view shows: each view's ``export_request()`` through the dialog's
own request path (``view_request``), then the written workbook is read back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from salesdesk.crm import board as board_core
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.funnel import stages
from salesdesk.db import search_index
from salesdesk.db.models import Contact, Lead, Owner
from salesdesk.gui import export_dialog
from salesdesk.gui.export_dialog import ExportDialog
from salesdesk.gui.views import contacts as contacts_view
from salesdesk.gui.views import leads as leads_view
from salesdesk.gui.views.board import BoardView


@pytest.fixture
def data(ctx) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Anna and Ville; open, discarded, recently won and long-ago won leads; an organization."""
    with ctx.db.transaction() as s:
        st = {x.key: x for x in stages(s)}
        won = next(x for x in stages(s) if x.kind == "won")
        anna, ville = Owner(name="Anna Aho"), Owner(name="Ville Virta")
        org = Contact(kind="organization", name="Metsä Oy")
        aino = Contact(name="Aino Aalto", organization=org)
        pekka = Contact(name="Pekka Puu")
        s.add_all([anna, ville, org, aino, pekka])
        s.flush()
        ids: dict[str, Any] = {"anna": anna.id, "ville": ville.id, "org": org.id}
        ids["aino"], ids["pekka"] = aino.id, pekka.id
        for name, key, contact, owner, source in [
            ("Katto", "suspect", aino, anna, "website"),
            ("Lattia", "suspect", pekka, anna, "referral"),
            ("Ikkunat", "proposal", aino, ville, "website"),
            ("Ovet", "proposal", pekka, anna, "website"),
            ("Hylätty", "suspect", pekka, anna, "website"),
            ("Voitto", "proposal", aino, anna, "website"),
            ("Vanha voitto", "proposal", pekka, anna, "website"),
        ]:
            lead = lead_rules.create_lead(
                s, contact=contact, title=name, stage=st[key], owner_id=owner.id, source=source
            )
            ids[name] = lead.id
        s.get(Lead, ids["Hylätty"]).discarded = True  # type: ignore[union-attr]
        today = date.today()
        lead_rules.mark_won(s, s.get(Lead, ids["Voitto"]), won, close_date=today - timedelta(days=3))  # type: ignore[arg-type]
        lead_rules.mark_won(s, s.get(Lead, ids["Vanha voitto"]), won, close_date=today - timedelta(days=200))  # type: ignore[arg-type]
        search_index.rebuild(s)
    return ids


def _export(qtbot, ctx, key: str, view: QWidget, target: Path, *, all_shown: bool = False) -> list[int]:  # type: ignore[no-untyped-def]
    """Export through the dialog as the window does; the ids in the written sheet."""
    window = SimpleNamespace(current_key=lambda: key, views={key: view})
    _key, request = export_dialog.view_request(window)
    dialog = ExportDialog(ctx, request)
    qtbot.addWidget(dialog)
    dialog.show()
    if all_shown:
        dialog.all_shown.setChecked(True)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    wb = openpyxl.load_workbook(target)
    if key == "followups":  # no id column: the follow-ups' titles
        return sorted(row[4].value for row in wb["Follow-ups"].iter_rows(min_row=2))  # type: ignore[return-value]
    sheet = wb["Contacts" if key == "contacts" else "Leads"]
    return sorted(int(row[0].value) for row in sheet.iter_rows(min_row=2) if row[0].value is not None)


def _select_rows(table, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().clearSelection()
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_leads_table_exports_filters_search_and_selection(qtbot, ctx, data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = leads_view.create_view(ctx)
    qtbot.addWidget(view)
    view.show()
    view.owner.setCurrentIndex(view.owner.findData(data["anna"]))
    view.source.setCurrentIndex(view.source.findData("website"))
    view.model.fetch_all()
    shown = sorted(r.id for r in view.model.rows)
    # the table lists the discarded lead and both wins; Ikkunat is Ville's, Lattia a referral
    assert shown == sorted(data[n] for n in ("Katto", "Ovet", "Hylätty", "Voitto", "Vanha voitto"))
    assert _export(qtbot, ctx, "leads", view, tmp_path / "a.xlsx") == shown

    view.apply_search("katto")
    assert _export(qtbot, ctx, "leads", view, tmp_path / "b.xlsx") == [data["Katto"]]

    # a click-through the export cannot say in its own keys (won in a date range)
    view.apply_filters({"won_from": date.today() - timedelta(days=30)})
    view.model.fetch_all()
    assert sorted(r.id for r in view.model.rows) == [data["Voitto"]]
    assert _export(qtbot, ctx, "leads", view, tmp_path / "c.xlsx") == [data["Voitto"]]

    view.clear_filters()
    view.model.fetch_all()
    _select_rows(view.table, [0, 2])
    picked = sorted(view.selected_ids())
    assert len(picked) == 2
    assert _export(qtbot, ctx, "leads", view, tmp_path / "d.xlsx") == picked
    # "everything the view shows" ignores the selection
    everything = sorted(r.id for r in view.model.rows)
    assert len(everything) == 7
    assert _export(qtbot, ctx, "leads", view, tmp_path / "e.xlsx", all_shown=True) == everything


def test_board_exports_its_cards_and_selected_cards(qtbot, ctx, data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board = BoardView(ctx)
    qtbot.addWidget(board)
    board.resize(1500, 900)
    board.show()
    qtbot.waitExposed(board)
    for column in board.columns:  # won and lost start folded; their cards count all the same
        column.set_collapsed(False)
    board.owner_combo.setCurrentIndex(board.owner_combo.findData("all"))
    on_board = sorted(card.id for column in board.columns for card in column.model.cards)
    # the win of 200 days ago is past the board's recent closes
    assert data["Vanha voitto"] not in on_board and data["Voitto"] in on_board
    with ctx.db.session() as s:
        assert on_board == sorted(board_core.shown_ids(s, board.filter))
    assert _export(qtbot, ctx, "board", board, tmp_path / "a.xlsx") == on_board

    board.owner_combo.setCurrentIndex(board.owner_combo.findData(data["ville"]))
    assert _export(qtbot, ctx, "board", board, tmp_path / "b.xlsx") == [data["Ikkunat"]]

    board.owner_combo.setCurrentIndex(board.owner_combo.findData("all"))
    board.source_combo.setCurrentIndex(board.source_combo.findData("website"))
    board.apply_search("aalto")  # Aino's leads
    on_board = sorted(card.id for column in board.columns for card in column.model.cards)
    assert on_board == sorted(data[n] for n in ("Katto", "Ikkunat", "Voitto"))
    assert _export(qtbot, ctx, "board", board, tmp_path / "c.xlsx") == on_board

    board.apply_search("")
    suspect = next(c for c in board.columns if c.stage.key == "suspect")
    board.select_cards(suspect.stage.id, [data["Katto"]])
    assert board.selected_ids() == [data["Katto"]]
    assert _export(qtbot, ctx, "board", board, tmp_path / "d.xlsx") == [data["Katto"]]


def test_contacts_view_exports_its_contacts_and_selection(qtbot, ctx, data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = contacts_view.create_view(ctx)
    qtbot.addWidget(view)
    view.show()
    assert _export(qtbot, ctx, "contacts", view, tmp_path / "a.xlsx") == sorted(
        data[n] for n in ("org", "aino", "pekka")
    )
    view.kind.setCurrentIndex(view.kind.findData("organization"))
    assert view.model.ids == [data["org"]]
    assert _export(qtbot, ctx, "contacts", view, tmp_path / "b.xlsx") == [data["org"]]

    view.kind.setCurrentIndex(0)
    view.apply_search("pekka")
    assert view.model.ids == [data["pekka"]]
    assert _export(qtbot, ctx, "contacts", view, tmp_path / "c.xlsx") == [data["pekka"]]

    view.apply_search("")
    _select_rows(view.table, [1])
    picked = view.selected_ids()
    assert len(picked) == 1
    assert _export(qtbot, ctx, "contacts", view, tmp_path / "d.xlsx") == picked


def test_agenda_exports_the_follow_ups_it_lists(qtbot, ctx, data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from salesdesk.crm import followups as fu
    from salesdesk.crm.followups_core import create_followup
    from salesdesk.db.enums import FollowUpStatus
    from salesdesk.gui.views.followups import FollowupsView

    today = date.today()
    with ctx.db.transaction() as s:
        katto = s.get(Lead, data["Katto"])
        ikkunat = s.get(Lead, data["Ikkunat"])
        create_followup(
            s, lead=katto, due_at=fu.local_at(today, time(9)), title="Soita Ainolle", owner_id=data["anna"]
        )
        create_followup(
            s,
            lead=ikkunat,
            due_at=fu.local_at(today, time(10)),
            title="Tarjous",
            kind="email",
            owner_id=data["ville"],
        )
        # Anna's follow-up on Ville's lead: hers in the agenda
        create_followup(
            s,
            lead=ikkunat,
            due_at=fu.local_at(today + timedelta(days=40), time(8)),
            title="Käynti",
            owner_id=data["anna"],
        )
        done = create_followup(
            s, lead=katto, due_at=fu.local_at(today, time(7)), title="Tehty", owner_id=data["anna"]
        )
        done.status = FollowUpStatus.DONE
    view = FollowupsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert _export(qtbot, ctx, "followups", view, tmp_path / "a.xlsx") == [
        "Käynti",
        "Soita Ainolle",
        "Tarjous",
    ]
    view.owner_combo.setCurrentIndex(view.owner_combo.findData(data["anna"]))
    assert _export(qtbot, ctx, "followups", view, tmp_path / "b.xlsx") == ["Käynti", "Soita Ainolle"]
    view.owner_combo.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("email"))
    assert _export(qtbot, ctx, "followups", view, tmp_path / "c.xlsx") == ["Tarjous"]
    view.kind_combo.setCurrentIndex(0)
    view.due_combo.setCurrentIndex(view.due_combo.findData("today"))
    assert _export(qtbot, ctx, "followups", view, tmp_path / "d.xlsx") == ["Soita Ainolle", "Tarjous"]


def test_window_export_action_uses_the_shown_view(qtbot, window, ctx, data) -> None:  # type: ignore[no-untyped-def]
    window.show_view("leads")
    view = window.views["leads"]
    view.source.setCurrentIndex(view.source.findData("website"))
    window.actions_by_id["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    # six website leads, the discarded one included as the table lists it
    assert dialog.request_data["sources"] == ["website"] and "6 leads" in dialog.summary.text()
    assert not dialog.selection_box.isVisible()
    dialog.reject()
