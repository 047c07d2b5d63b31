"""The board in the window: drag (through the model's drop handling), keyboard moves, undo,
won and lost dialogs, stage configuration, filters, quick create. Every test checks the DB."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import func, select

from salesdesk.crm import leads as lead_rules
from salesdesk.crm import settings as db_settings
from salesdesk.crm.funnel import stages
from salesdesk.db.enums import FollowUpStatus, LostReason
from salesdesk.db.models import Contact, FollowUp, Lead, Owner, Stage, StageChange, Tag
from salesdesk.gui.board.dialogs import StagesDialog
from salesdesk.gui.board.model import ColumnModel
from salesdesk.gui.close_dialogs import LostDialog, WonDialog
from salesdesk.gui.views.board import BoardView


def _stage_id(db, key: str) -> int:
    with db.session() as s:
        return next(x.id for x in stages(s) if x.key == key)


@pytest.fixture
def data(db):
    """Me (Maija) with leads in Suspect, Proposal and Negotiation; Olli with one."""
    with db.transaction() as s:
        me = Owner(name="Maija Myyjä", initials="MM")
        olli = Owner(name="Olli Omistaja", initials="OO")
        org = Contact(kind="organization", name="Osuuskunta Pohjois-Savon Metsänhoitoyhdistys")
        hanna = Contact(name="Hanna Koskinen-Väänänen", organization=org)
        matti = Contact(name="Matti Virtanen")
        s.add_all([me, olli, org, hanna, matti])
        s.flush()
        db_settings.put(s, db_settings.ME, str(me.id))
        stage = {x.key: x for x in stages(s)}
        ids = {}
        for name, key, contact, cents, owner, source in [
            ("Hydrauliikka", "suspect", hanna, 120000, me, "trade_show"),
            ("Lattiat", "suspect", matti, 50000, me, "website"),
            ("Katto", "suspect", matti, 80000, me, "referral"),
            ("Iso tarjous", "proposal", hanna, 1000000, me, "referral"),
            ("Pieni tarjous", "proposal", matti, 200000, me, "website"),
            ("Neuvottelu", "negotiation", hanna, 500000, me, "referral"),
            ("Ollin liidi", "suspect", matti, 70000, olli, "website"),
        ]:
            lead = lead_rules.create_lead(
                s,
                contact=contact,
                title=name,
                stage=stage[key],
                value_cents=cents,
                owner_id=owner.id,
                source=source,
            )
            ids[name] = lead.id
        ids["me"] = me.id
    return ids


@pytest.fixture
def board(qtbot, ctx, data):
    view = BoardView(ctx)
    qtbot.addWidget(view)
    view.resize(1500, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _titles(model: ColumnModel) -> list[str]:
    return [c.title for c in model.cards]


def _db_order(db, stage_id: int) -> list[str]:
    """The titles of my leads in a column, in the manual order (Olli's lead left out)."""
    with db.session() as s:
        titles = s.scalars(
            select(Lead.title).where(Lead.stage_id == stage_id).order_by(Lead.position, Lead.id)
        )
        return [t for t in titles if t != "Ollin liidi"]


def _history(db, lead_id: int) -> list[tuple[int | None, int | None, str]]:
    with db.session() as s:
        rows = s.scalars(select(StageChange).where(StageChange.lead_id == lead_id).order_by(StageChange.id))
        return [(r.from_stage_id, r.to_stage_id, r.changed_by) for r in rows]


def _index(model: ColumnModel, title: str) -> QModelIndex:
    return model.index(_titles(model).index(title), 0)


def _on_modal(callback) -> None:
    """Run ``callback(dialog)`` on the next modal dialog that opens."""

    def attempt(tries: int = 0) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            if tries < 200:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            return
        callback(widget)

    QTimer.singleShot(0, attempt)


def test_models_pass_the_model_tester(board, qtmodeltester) -> None:
    assert len(board.models) == 7
    for model in board.models.values():
        qtmodeltester.check(model)


def test_owner_defaults_to_me_and_headers_add_up(board, data) -> None:
    suspect = board.models[_stage_id(board.ctx.db, "suspect")]
    assert _titles(suspect) == ["Katto", "Lattiat", "Hydrauliikka"]  # Olli's lead hidden
    column = board.column(suspect.stage.id)
    assert column.count_label.text() == "3"
    assert column.total_label.text() == board.ctx.money(250000)
    assert board.ctx.money(12500) in column.weighted_label.text()  # 5 % of 2 500 €
    board.owner_combo.setCurrentIndex(board.owner_combo.findData("all"))
    assert column.count_label.text() == "4" and "Ollin liidi" in _titles(suspect)


def test_drag_between_columns_through_the_model_then_undo_and_redo(board, data, qtbot) -> None:
    db = board.ctx.db
    suspect = board.models[_stage_id(db, "suspect")]
    proposal = board.models[_stage_id(db, "proposal")]
    mime = suspect.mimeData([_index(suspect, "Lattiat"), _index(suspect, "Katto")])
    # Drop between "Iso tarjous" and "Pieni tarjous"? Proposal shows Pieni first (newest on top).
    assert _titles(proposal) == ["Pieni tarjous", "Iso tarjous"]
    assert proposal.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert proposal.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: "Katto" in _titles(proposal))
    expected = ["Pieni tarjous", "Katto", "Lattiat", "Iso tarjous"]
    assert _db_order(db, proposal.stage.id) == expected and _titles(proposal) == expected
    assert _titles(suspect) == ["Hydrauliikka"]
    assert _history(db, data["Lattiat"])[-1] == (suspect.stage.id, proposal.stage.id, "Maija Myyjä")
    assert board.column(proposal.stage.id).count_label.text() == "4"

    board.ctx.undo_stack.undo()
    assert _db_order(db, suspect.stage.id)[:3] == ["Katto", "Lattiat", "Hydrauliikka"]
    assert _db_order(db, proposal.stage.id) == ["Pieni tarjous", "Iso tarjous"]
    assert len(_history(db, data["Lattiat"])) == 1  # only its creation
    assert _titles(suspect) == ["Katto", "Lattiat", "Hydrauliikka"]

    board.ctx.undo_stack.redo()
    assert _db_order(db, proposal.stage.id) == expected
    assert len(_history(db, data["Katto"])) == 2


def test_drag_within_a_column_keeps_the_manual_order(board, data, qtbot) -> None:
    db = board.ctx.db
    suspect = board.models[_stage_id(db, "suspect")]
    mime = suspect.mimeData([_index(suspect, "Hydrauliikka")])
    assert suspect.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: _titles(suspect)[0] == "Hydrauliikka")
    assert _db_order(db, suspect.stage.id)[:3] == ["Hydrauliikka", "Katto", "Lattiat"]
    assert len(_history(db, data["Hydrauliikka"])) == 1  # same stage: no history row
    # Drop onto its own place: nothing happens.
    mime = suspect.mimeData([_index(suspect, "Katto")])
    assert not suspect.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    board.ctx.undo_stack.undo()
    assert _db_order(db, suspect.stage.id)[:3] == ["Katto", "Lattiat", "Hydrauliikka"]


def test_keyboard_moves_focus_opens_and_moves_cards(board, data, qtbot) -> None:
    db = board.ctx.db
    suspect_col = board.column(_stage_id(db, "suspect"))
    mql_id = _stage_id(db, "mql")
    view = suspect_col.view
    view.setFocus()
    model = suspect_col.model
    view.setCurrentIndex(_index(model, "Katto"))
    with qtbot.waitSignal(board.ctx.bus.openLead) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [data["Katto"]]
    # Shift+Down extends the selection: Katto and Lattiat move one stage right together.
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_ids() == [data["Katto"], data["Lattiat"]]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _db_order(db, mql_id) == ["Katto", "Lattiat"]
    assert _history(db, data["Katto"])[-1][1] == mql_id
    mql_col = board.column(mql_id)
    assert mql_col.view.selected_ids() == [data["Katto"], data["Lattiat"]]
    # Ctrl+Left brings them back (a new move, with its own history rows).
    qtbot.keyClick(mql_col.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _db_order(db, suspect_col.stage.id)[:2] == ["Katto", "Lattiat"]
    assert len(_history(db, data["Katto"])) == 3
    board.ctx.undo_stack.undo()
    board.ctx.undo_stack.undo()
    assert len(_history(db, data["Katto"])) == 1 and _db_order(db, mql_id) == []
    # Plain Right moves the focus to the next column with cards.
    suspect_col.view.setFocus()
    suspect_col.view.setCurrentIndex(suspect_col.model.index(0, 0))
    qtbot.keyClick(suspect_col.view, Qt.Key.Key_Right)
    assert board.column(_stage_id(db, "proposal")).view.hasFocus()


def test_won_dialog_confirms_value_marks_customer_and_plans_referral(board, data, qtbot) -> None:
    db = board.ctx.db
    neg = board.column(_stage_id(db, "negotiation"))
    won_id = _stage_id(db, "won")
    neg.view.setFocus()
    neg.view.setCurrentIndex(neg.model.index(0, 0))
    seen = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, WonDialog)
        assert dialog.windowTitle() == "Mark as won: Neuvottelu"
        edit = dialog.value_edits[data["Neuvottelu"]]
        edit.setText("abc")
        dialog.accept()  # refused: not a number
        seen["error"] = dialog.error.isVisible()
        edit.setText("5 250,50")
        dialog.close_date.setDate(QDate.currentDate().addDays(-2))
        dialog.referral_days.setValue(21)
        dialog.accept()

    _on_modal(fill)
    qtbot.keyClick(neg.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert seen["error"]
    closed = date.today() - timedelta(days=2)
    with db.session() as s:
        lead = s.get(Lead, data["Neuvottelu"])
        assert lead.stage_id == won_id and lead.value_cents == 525050
        assert lead.contact.customer_since == closed
        assert lead.contact.organization.customer_since == closed
        ask = s.scalars(select(FollowUp).where(FollowUp.lead_id == lead.id)).one()
        assert ask.rule == "ask_referral" and ask.due_at.astimezone().date() == closed + timedelta(days=21)
    won_col = board.column(won_id)
    assert not won_col.collapsed or won_col.vertical.isVisible()
    board.ctx.undo_stack.undo()
    with db.session() as s:
        lead = s.get(Lead, data["Neuvottelu"])
        assert lead.stage.key == "negotiation" and lead.value_cents == 500000 and lead.closed_at is None
        assert lead.contact.customer_since is None
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0


def test_won_dialog_cancelled_moves_nothing(board, data, qtbot) -> None:
    db = board.ctx.db
    neg = board.column(_stage_id(db, "negotiation"))
    won = board.models[_stage_id(db, "won")]
    _on_modal(lambda dialog: dialog.reject())
    mime = neg.model.mimeData([neg.model.index(0, 0)])
    won.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.wait(50)
    assert _db_order(db, neg.stage.id) == ["Neuvottelu"]
    assert board.ctx.undo_stack.count() == 0


def test_lost_dialog_competitor_and_no_intent(board, data, qtbot) -> None:
    db = board.ctx.db
    suspect = board.models[_stage_id(db, "suspect")]
    lost_id = _stage_id(db, "lost")
    lost = board.models[lost_id]
    revisit = date.today() + timedelta(days=120)

    def competitor(dialog) -> None:
        assert isinstance(dialog, LostDialog)
        assert dialog.windowTitle() == "Mark as lost: Lattiat"
        assert dialog.reason_code() == "" and not dialog.ok_button.isEnabled()  # no default reason
        assert not dialog.revisit.isVisible()
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.COMPETITOR))
        assert dialog.revisit.isVisible()
        dialog.revisit.setDate(QDate(revisit.year, revisit.month, revisit.day))
        dialog.note.setPlainText("Valitsi halvemman")
        dialog.accept()

    _on_modal(competitor)
    lost.dropMimeData(
        suspect.mimeData([_index(suspect, "Lattiat")]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    qtbot.waitUntil(lambda: _db_order(db, lost_id) == ["Lattiat"])
    with db.session() as s:
        lead = s.get(Lead, data["Lattiat"])
        assert lead.lost_reason == "competitor" and lead.revisit_on == revisit and not lead.discarded
        assert lead.lost_note == "Valitsi halvemman"
        follow = s.scalars(select(FollowUp).where(FollowUp.lead_id == lead.id)).one()
        assert follow.rule == "revisit" and follow.status == FollowUpStatus.OPEN

    def no_intent(dialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.NO_INTENT))
        dialog.accept()

    _on_modal(no_intent)
    lost.dropMimeData(
        suspect.mimeData([_index(suspect, "Katto")]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    qtbot.waitUntil(lambda: "Katto" in _db_order(db, lost_id))
    with db.session() as s:
        assert s.get(Lead, data["Katto"]).discarded


def test_revive_a_lost_lead(board, data, qtbot) -> None:
    db = board.ctx.db
    with db.transaction() as s:
        lead = s.get(Lead, data["Lattiat"])
        lead_rules.mark_lost(s, lead, s.get(Stage, _stage_id(db, "lost")), reason=LostReason.TIMING)
    board.refresh()
    board.revive(data["Lattiat"])
    with db.session() as s:
        new = s.scalars(select(Lead).where(Lead.revived_from_id == data["Lattiat"])).one()
        assert new.source == "revived" and new.stage.key == "suspect" and new.owner_id == data["me"]
    assert "Lattiat" in _titles(board.models[_stage_id(db, "suspect")])


def test_stage_dialog_deletes_with_reassignment_and_adds(board, data, qtbot, monkeypatch) -> None:
    db = board.ctx.db
    dialog = StagesDialog(board.ctx, board)
    qtbot.addWidget(dialog)
    table = dialog.ui.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == [
        "Suspect",
        "Marketing-qualified",
        "Sales-qualified",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Sales-qualified", True))
    table.selectRow(0)  # Suspect: 4 leads
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 6 and "Suspect" in dialog.ui.pendingLabel.text()
    table.selectRow(1)  # Sales-qualified
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    table.item(2, 0).setText("Demo pidetty")
    table.cellWidget(2, 2).setValue(45)
    table.selectRow(2)
    qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)
    dialog.accept()
    with db.session() as s:
        assert [x.name for x in stages(s)] == [
            "Marketing-qualified",
            "Demo pidetty",
            "Sales-qualified",
            "Proposal",
            "Negotiation",
            "Won",
            "Lost",
        ]
        sql = next(x for x in stages(s) if x.key == "sql")
        assert s.scalar(select(func.count()).select_from(Lead).where(Lead.stage_id == sql.id)) == 4
        demo = next(x for x in stages(s) if x.name == "Demo pidetty")
        assert demo.probability == 45
    assert [c.stage.name for c in board.columns][:3] == [
        "Marketing-qualified",
        "Demo pidetty",
        "Sales-qualified",
    ]
    assert len(_history(db, data["Hydrauliikka"])) == 2


def test_stage_dialog_refuses_duplicate_names_and_writes_nothing(board, qtbot, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr("salesdesk.gui.board.dialogs.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    dialog = StagesDialog(board.ctx, board)
    qtbot.addWidget(dialog)
    dialog.ui.table.item(1, 0).setText("Suspect")
    dialog.accept()
    assert warnings
    with board.ctx.db.session() as s:
        assert [x.name for x in stages(s)][1] == "Marketing-qualified"


def test_filters_search_and_persistence(board, ctx, data, qtbot) -> None:
    db = board.ctx.db
    suspect = board.models[_stage_id(db, "suspect")]
    board.source_combo.setCurrentIndex(board.source_combo.findData("website"))
    assert _titles(suspect) == ["Lattiat"]
    assert board.column(suspect.stage.id).count_label.text() == "1"
    board.source_combo.setCurrentIndex(0)
    board.apply_search("koskinen")
    assert _titles(suspect) == ["Hydrauliikka"]
    assert _titles(board.models[_stage_id(db, "proposal")]) == ["Iso tarjous"]
    board.apply_search("")
    # Typing narrows after a short pause.
    qtbot.keyClicks(board.search_edit, "virtan")
    qtbot.waitUntil(lambda: _titles(suspect) == ["Katto", "Lattiat"], timeout=2000)
    board.search_edit.clear()
    qtbot.waitUntil(lambda: len(_titles(suspect)) == 3, timeout=2000)
    with db.transaction() as s:
        lead = s.get(Lead, data["Katto"])
        lead.last_activity_at = lead.last_activity_at - timedelta(days=40)
        tag = Tag(name="Messut")
        lead.tags.append(tag)
    ctx.bus.dataChanged.emit("leads")
    board.stale_check.setChecked(True)
    assert _titles(suspect) == ["Katto"]
    assert board.column(suspect.stage.id).flags_label.text().count("1 stale") == 1
    board.stale_check.setChecked(False)
    board.temp_combo.setCurrentIndex(board.temp_combo.findData("hot"))
    assert _titles(suspect) == []
    board.owner_combo.setCurrentIndex(board.owner_combo.findData("all"))
    again = BoardView(ctx)
    qtbot.addWidget(again)
    assert again.temp_combo.currentData() == "hot" and again.owner_combo.currentData() == "all"
    assert again.tag_combo.findText("Messut") >= 0


def test_quick_create_at_the_top_of_a_column(board, data, qtbot) -> None:
    db = board.ctx.db
    column = board.column(_stage_id(db, "mql"))
    qtbot.mouseClick(column.add_button, Qt.MouseButton.LeftButton)
    assert column.title_edit.isVisible()
    qtbot.keyClicks(column.title_edit, "Aurinkopaneelit")
    qtbot.keyClick(column.title_edit, Qt.Key.Key_Return)
    assert column.contact_edit.hasFocus()  # a contact is still needed
    qtbot.keyClicks(column.contact_edit, "Uusi ")
    column.contact_edit.insert("Yrittäjä")  # QTest types ASCII only
    qtbot.keyClick(column.contact_edit, Qt.Key.Key_Return)
    with db.session() as s:
        lead = s.scalars(select(Lead).where(Lead.title == "Aurinkopaneelit")).one()
        assert lead.stage_id == column.stage.id and lead.contact.name == "Uusi Yrittäjä"
        assert lead.owner_id == data["me"]
    assert _titles(column.model) == ["Aurinkopaneelit"]
    assert column.title_edit.text() == "" and column.count_label.text() == "1"
    qtbot.keyClick(column.title_edit, Qt.Key.Key_Escape)
    assert column.add_button.isVisible()


def test_columns_fetch_in_pages(qtbot, ctx, data) -> None:
    db = ctx.db
    with db.transaction() as s:
        c = s.get(Contact, 1)
        sql = next(x for x in stages(s) if x.key == "sql")
        for i in range(95):
            lead_rules.create_lead(s, contact=c, title=f"Sivu {i}", stage=sql, owner_id=data["me"])
    view = BoardView(ctx)
    qtbot.addWidget(view)
    model = view.models[_stage_id(db, "sql")]
    page = model.page_size
    assert model.rowCount() == page and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 95 and not model.canFetchMore(QModelIndex())
    assert len({c.id for c in model.cards}) == 95
    assert view.column(model.stage.id).count_label.text() == "95"


def test_ctrl_z_in_the_window_undoes_a_move(window, ctx, data, qtbot) -> None:
    ctx.bus.dataChanged.emit("leads")
    board = window.show_view("board")
    assert isinstance(board, BoardView)
    db = ctx.db
    suspect = board.column(_stage_id(db, "suspect"))
    suspect.view.setFocus()
    suspect.view.setCurrentIndex(_index(suspect.model, "Hydrauliikka"))
    qtbot.keyClick(suspect.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "Hydrauliikka" in _db_order(db, _stage_id(db, "mql"))
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Hydrauliikka" in _db_order(db, suspect.stage.id)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Hydrauliikka" in _db_order(db, _stage_id(db, "mql"))


def test_dropping_on_a_folded_lost_column_loses_the_lead(board, data, qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    db = board.ctx.db
    lost_col = board.column(_stage_id(db, "lost"))
    assert lost_col.collapsed and lost_col.vertical.isVisible()
    suspect = board.models[_stage_id(db, "suspect")]
    mime = suspect.mimeData([_index(suspect, "Hydrauliikka")])

    def timing(dialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.TIMING))
        dialog.accept()

    _on_modal(timing)
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    lost_col.vertical.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: _db_order(db, lost_col.stage.id) == ["Hydrauliikka"])
    assert lost_col.count_label.text() == "1"
    assert "Hydrauliikka" not in _titles(suspect)
    with db.session() as s:
        assert s.get(Lead, data["Hydrauliikka"]).lost_reason == "timing"


def test_click_through_filters_from_elsewhere(board, data) -> None:
    db = board.ctx.db
    won_id = _stage_id(db, "won")
    board.apply_filters({"owner": "all", "source": "website", "stage_id": won_id})
    assert board.owner_combo.currentData() == "all" and board.source_combo.currentData() == "website"
    suspect = board.models[_stage_id(db, "suspect")]
    assert sorted(_titles(suspect)) == ["Lattiat", "Ollin liidi"]
    assert not board.column(won_id).collapsed  # the column asked for is unfolded


def test_dashboard_click_through_means_every_owner_unless_named(board, data) -> None:
    db = board.ctx.db
    board.owner_combo.setCurrentIndex(board.owner_combo.findData("me"))
    board.temp_combo.setCurrentIndex(board.temp_combo.findData("hot"))
    suspect = board.models[_stage_id(db, "suspect")]
    assert _titles(suspect) == []
    # "Weighted pipeline" on the dashboard, no owner chosen there: every owner's open leads
    board.apply_filters({"stage_kind": "open", "source": "website"})
    assert board.owner_combo.currentData() == "all" and board.temp_combo.currentData() == ""
    assert sorted(_titles(suspect)) == ["Lattiat", "Ollin liidi"]
    board.apply_filters({"stage_kind": "open", "owner_id": data["me"]})
    assert board.source_combo.currentData() == ""
    assert sorted(_titles(suspect)) == ["Hydrauliikka", "Katto", "Lattiat"]


def test_a_moved_card_loses_its_stale_mark(qtbot, ctx, data) -> None:
    """A move is activity: the moved card and both headers stop counting it stale."""
    from salesdesk.db.types import utcnow

    db = ctx.db
    with db.transaction() as s:
        s.get(Lead, data["Katto"]).last_activity_at = utcnow() - timedelta(days=60)
    view = BoardView(ctx)
    qtbot.addWidget(view)
    view.show()
    suspect_col = view.column(_stage_id(db, "suspect"))
    mql_col = view.column(_stage_id(db, "mql"))
    assert next(c for c in suspect_col.model.cards if c.id == data["Katto"]).stale
    assert suspect_col.summary.stale == 1
    suspect_col.view.setFocus()
    suspect_col.view.setCurrentIndex(_index(suspect_col.model, "Katto"))
    qtbot.keyClick(suspect_col.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _db_order(db, mql_col.stage.id) == ["Katto"]
    moved = next(c for c in mql_col.model.cards if c.id == data["Katto"])
    assert not moved.stale
    assert suspect_col.summary.stale == 0 and mql_col.summary.stale == 0
