"""The Referrals view: drive the widgets, then check the database.

Fixture (hand-computed figures, as in tests/core/test_referrals.py):
A (customer) referred B (won 1 000 €, thanked), C (open 500 €), D (lost, rewarded);
B referred E (won 2 500 €). A: 3 made, 1 open, 1 won, 1 lost, 1 000 €, 33 %, 1 not thanked.
B: 1 made, 1 won, 2 500 €, 100 %, 1 not thanked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from salesdesk.crm import referrals as rules
from salesdesk.crm import settings
from salesdesk.db.enums import ContactKind, FollowUpStatus, LeadSource, StageKind, ThanksStatus
from salesdesk.db.models import Contact, FollowUp, Lead, Referral, Stage
from salesdesk.gui.referral_dialogs import AddReferralDialog
from salesdesk.gui.views.referrals import ReferralsView


def _stage(s, kind: str) -> Stage:
    return s.scalars(select(Stage).where(Stage.kind == kind).order_by(Stage.position)).first()


def _person(s, name: str, **kw) -> Contact:
    contact = Contact(kind=ContactKind.PERSON, name=name, **kw)
    s.add(contact)
    s.flush()
    return contact


def _lead(s, contact: Contact, kind: str = StageKind.OPEN, value: int = 0, title: str = "") -> Lead:
    lead = Lead(
        contact=contact, title=title or f"Deal {contact.name}", stage_id=_stage(s, kind).id, value_cents=value
    )
    if kind != StageKind.OPEN:
        lead.closed_at = datetime(2026, 8, 1, 10, tzinfo=UTC)
    s.add(lead)
    s.flush()
    return lead


@pytest.fixture
def world(ctx):
    ids: dict[str, int] = {}
    with ctx.db.transaction() as s:
        a = _person(s, "Aino Aaltonen", email="aino@example.fi", customer_since=date(2025, 1, 1))
        b = _person(s, "Bertta Berg", email="bertta@example.fi")
        c = _person(s, "Cecilia Cronström")
        d = _person(s, "Daniel Dahl")
        e = _person(s, "Eero Ek", email="eero@example.fi")
        lb = _lead(s, b, StageKind.WON, 100000)
        lc = _lead(s, c, StageKind.OPEN, 50000)
        ld = _lead(s, d, StageKind.LOST, 70000)
        le = _lead(s, e, StageKind.WON, 250000)
        rb = rules.set_referrer(s, lb.id, a.id, date(2026, 3, 1))
        rules.set_referrer(s, lc.id, a.id, date(2026, 5, 10))
        rd = rules.set_referrer(s, ld.id, a.id, date(2026, 6, 1))
        rules.set_referrer(s, le.id, b.id, date(2026, 7, 1))
        rules.set_thanks(s, rb.id, ThanksStatus.THANKED, on=date(2026, 3, 5))
        rules.set_thanks(s, rd.id, ThanksStatus.REWARDED, on=date(2026, 6, 10), reward="Movie tickets")
        ids.update(a=a.id, b=b.id, c=c.id, d=d.id, e=e.id, lb=lb.id, lc=lc.id, ld=ld.id, le=le.id)
    return ids


@pytest.fixture
def view(qtbot, ctx, world):
    widget = ReferralsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _counts(ctx) -> tuple[int, int, int]:
    with ctx.db.session() as s:
        return (
            s.scalar(select(func.count(Contact.id))),
            s.scalar(select(func.count(Lead.id))),
            s.scalar(select(func.count(Referral.id))),
        )


def _select_referrer(view, name: str) -> None:
    model = view.referrers_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)
    view.referrers_table.selectRow(row)


def _select_referral(view, referred: str) -> None:
    model = view.referrals_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 2)).startswith(referred))
    view.referrals_table.selectRow(row)


def _save(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def _pick(qtbot, picker, text: str) -> None:
    """Type into a picker and choose the first completion from its popup."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, text)
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0)
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.picked_id is not None


def test_models_pass_the_model_tester(view, qtmodeltester) -> None:
    qtmodeltester.check(view.referrers_model)
    qtmodeltester.check(view.referrals_model)
    qtmodeltester.check(view.ask_model)
    qtmodeltester.check(view.chain_tree.model())


def test_referrer_figures_match_hand_computed(view) -> None:
    model = view.referrers_model
    assert model.rowCount() == 2
    assert _texts(model, 0) == [
        "Bertta Berg",
        "1",
        "0",
        "1",
        "0",
        "€2,500",
        "100%",
        "01/07/2026",
        "Not thanked",
    ]
    assert _texts(model, 1) == [
        "Aino Aaltonen",
        "3",
        "1",
        "1",
        "1",
        "€1,000",
        "33%",
        "01/06/2026",
        "1 not thanked",
    ]
    assert view.card_referrals.value.text() == "4"
    assert view.card_won.value.text() == "2"
    assert view.card_conversion.value.text() == "50%"
    assert view.card_value.value.text() == "€3,500"
    assert view.card_thanks.value.text() == "2"
    # Sorting by clicking the header: referrals made, most first.
    view.referrers_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Aino Aaltonen"


def test_period_filter(view, qtbot) -> None:
    combo = view.period_combo
    combo.setCurrentIndex(combo.findData("custom"))
    assert view.from_edit.isVisible() and view.until_edit.isVisible()
    view.until_edit.setDate(QDate(2026, 6, 30))
    view.from_edit.setDate(QDate(2026, 5, 1))
    model = view.referrers_model
    assert model.rowCount() == 1
    assert _texts(model, 0)[:5] == ["Aino Aaltonen", "2", "1", "0", "1"]
    assert view.referrals_model.rowCount() == 2  # C and D only
    combo.setCurrentIndex(combo.findData("all"))
    assert model.rowCount() == 2 and view.referrals_model.rowCount() == 4


def test_add_referral_from_the_contact_side(view, ctx, world, qtbot) -> None:
    _select_referrer(view, "Aino Aaltonen")
    assert view.referrals_caption.text() == "Referrals made by Aino Aaltonen"
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.isVisible() and dialog.referrer.picked_id == world["a"]
    assert view.show_all_button.isVisible()
    dialog.ui.nameEdit.setText("Gustav Grönholm")
    dialog.ui.companyEdit.setText("Grönholm Oy")
    qtbot.keyClicks(dialog.ui.emailEdit, "gustav@gronholm.fi")
    qtbot.keyClicks(dialog.ui.phoneEdit, "040 123 4567")
    qtbot.keyClicks(dialog.ui.titleEdit, "New roof")
    qtbot.keyClicks(dialog.ui.valueEdit, "1 200,50")
    with qtbot.waitSignal(ctx.bus.dataChanged):
        _save(dialog)
    assert not dialog.isVisible()
    with ctx.db.session() as s:
        ref = s.get(Referral, dialog.referral_id)
        assert ref.referrer_id == world["a"]
        assert ref.referred_contact.name == "Gustav Grönholm"
        assert ref.referred_contact.organization.name == "Grönholm Oy"
        assert ref.referred_contact.mobile == "+358401234567"
        assert (ref.lead.title, ref.lead.value_cents, ref.lead.source) == (
            "New roof",
            120050,
            LeadSource.REFERRAL,
        )
        assert ref.referred_on == date.today()
    assert _texts(view.referrers_model, 1)[:2] == ["Aino Aaltonen", "4"]
    assert view.referrals_model.rowCount() == 4  # A's referrals, now including Gustav


def test_add_referral_refuses_a_cycle_and_writes_nothing(view, ctx, world, qtbot) -> None:
    before = _counts(ctx)
    dialog = view.add_referral()
    _pick(qtbot, dialog.referrer, "Eero")
    assert dialog.referrer.picked_id == world["e"]
    qtbot.keyClicks(dialog.ui.nameEdit, "Aino Aaltonen")
    qtbot.keyClicks(dialog.ui.emailEdit, "aino@example.fi")  # A → B → E, so E cannot refer A
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert "circle" in dialog.ui.errorLabel.text()
    assert "Eero Ek → Aino Aaltonen → Bertta Berg → Eero Ek" in dialog.ui.errorLabel.text()
    assert _counts(ctx) == before
    # Bad input is refused the same way.
    dialog.ui.emailEdit.setText("not an e-mail")
    _save(dialog)
    assert "not a valid e-mail" in dialog.ui.errorLabel.text()
    assert _counts(ctx) == before
    dialog.reject()


def test_add_referral_needs_a_referrer(view, ctx, qtbot) -> None:
    before = _counts(ctx)
    dialog = view.add_referral()
    view.referrers_table.clearSelection()
    qtbot.keyClicks(dialog.ui.nameEdit, "Someone New")
    _save(dialog)
    assert dialog.ui.errorLabel.text() == "Say who made the referral."
    dialog.ui.referrerEdit.setText("Nobody We Know")
    _save(dialog)
    assert "pick it from the list" in dialog.ui.errorLabel.text()
    assert _counts(ctx) == before
    dialog.reject()


def test_record_referral_from_the_lead_side(view, ctx, world, qtbot) -> None:
    with ctx.db.transaction() as s:
        xavier = _person(s, "Xavier Xu")
        lead = _lead(s, xavier, title="Heat pump for Xavier")
        lead_id, xavier_id = lead.id, xavier.id
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    _pick(qtbot, dialog.lead, "Heat pump")
    assert dialog.lead.picked_id == lead_id
    qtbot.keyClicks(dialog.ui.referrerEdit, "Aaltonen, Aino")  # typed, not picked: resolved by name
    dialog.ui.dateEdit.setDate(QDate(2026, 9, 15))
    qtbot.keyClicks(dialog.ui.noteEdit, "Neighbour")
    _save(dialog)
    assert not dialog.isVisible()
    with ctx.db.session() as s:
        ref = rules.referral_for_lead(s, lead_id)
        assert (ref.referrer_id, ref.referred_contact_id, ref.referred_on, ref.note) == (
            world["a"],
            xavier_id,
            date(2026, 9, 15),
            "Neighbour",
        )
        assert s.get(Lead, lead_id).source == LeadSource.REFERRAL
    assert _texts(view.referrers_model, 1)[:2] == ["Aino Aaltonen", "4"]


def test_referred_by_on_a_lead_refuses_a_cycle(ctx, world, qtbot) -> None:
    from salesdesk.gui.referral_dialogs import edit_referred_by

    with ctx.db.transaction() as s:
        lead_id = _lead(s, s.get(Contact, world["a"]), title="Second deal for Aino").id
    before = _counts(ctx)
    dialog = edit_referred_by(ctx, lead_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.leadEdit.isReadOnly() and dialog.remove_button.isHidden()
    _pick(qtbot, dialog.referrer, "Eero")
    dialog.ui.sourceCheck.setChecked(False)
    _save(dialog)
    assert dialog.isVisible() and "circle" in dialog.ui.errorLabel.text()
    assert _counts(ctx) == before
    with ctx.db.session() as s:
        assert s.get(Lead, lead_id).source == LeadSource.OTHER
    # Self-referral too.
    dialog.referrer.choose(world["a"], "Aino Aaltonen")
    _save(dialog)
    assert "cannot refer themselves" in dialog.ui.errorLabel.text()
    dialog.reject()


def test_referred_by_edit_and_remove(ctx, world, qtbot) -> None:
    from salesdesk.gui.referral_dialogs import edit_referred_by

    dialog = edit_referred_by(ctx, world["lc"])
    qtbot.addWidget(dialog)
    assert dialog.referrer.picked_id == world["a"] and dialog.remove_button.isVisible()
    assert dialog.ui.dateEdit.date() == QDate(2026, 5, 10)
    dialog.remove_button.click()
    with ctx.db.session() as s:
        assert rules.referral_for_lead(s, world["lc"]) is None


def test_three_level_chain_tree(view, ctx, world, qtbot) -> None:
    with ctx.db.transaction() as s:
        fanni = _person(s, "Fanni Forsman")
        lf = _lead(s, fanni, StageKind.OPEN, 9900)
        rules.set_referrer(s, lf.id, world["e"], date(2026, 8, 1))
        lf_id = lf.id
    ctx.bus.dataChanged.emit("referrals")
    model = view.chain_model

    def row(index):
        return [model.data(model.index(index.row(), c, index.parent())) for c in range(4)]

    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert row(root)[:3] == ["Aino Aaltonen", "Customer", ""]
    assert [model.data(model.index(i, 0, root)) for i in range(model.rowCount(root))] == [
        "Bertta Berg",
        "Cecilia Cronström",
        "Daniel Dahl",
    ]
    bertta = model.index(0, 0, root)
    assert row(bertta) == ["Bertta Berg", "Won", "€1,000", "01/03/2026"]
    eero = model.index(0, 0, bertta)
    assert row(eero)[:3] == ["Eero Ek", "Won", "€2,500"]
    fanni = model.index(0, 0, eero)
    assert row(fanni) == ["Fanni Forsman", "Suspect", "€99", "01/08/2026"]
    assert model.rowCount(fanni) == 0
    view.tabs.setCurrentIndex(1)
    tree = view.chain_tree
    assert tree.isExpanded(eero)
    with qtbot.waitSignal(ctx.bus.openLead) as opened:
        tree.setCurrentIndex(fanni)
        qtbot.keyClick(tree.viewport(), Qt.Key.Key_Return)
    assert opened.args == [lf_id]
    rect = tree.visualRect(root)
    with qtbot.waitSignal(ctx.bus.openContact) as opened:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [world["a"]]
    view.apply_filters({"referrer_id": world["b"]})
    assert tree.currentIndex() == bertta


def test_thank_then_reward(view, ctx, world, qtbot) -> None:
    _select_referral(view, "Cecilia")
    assert view.thank_button.isEnabled()
    qtbot.mouseClick(view.thank_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert "Aino Aaltonen referred Cecilia Cronström" in dialog.ui.summaryLabel.text()
    dialog.set_status(ThanksStatus.THANKED)
    assert not dialog.ui.rewardEdit.isEnabled()
    dialog.ui.dateEdit.setDate(QDate(2026, 5, 12))
    qtbot.keyClicks(dialog.ui.noteEdit, "Called her")
    _save(dialog)
    assert not dialog.isVisible()
    with ctx.db.session() as s:
        ref = rules.referral_for_lead(s, world["lc"])
        assert (ref.thanks_status, ref.thanked_on, ref.thanks_note) == (
            "thanked",
            date(2026, 5, 12),
            "Called her",
        )
    _select_referral(view, "Cecilia")
    assert view.referrals_model.data(view.referrals_table.selectionModel().selectedRows(6)[0]) == (
        "Thanked 12/05/2026"
    )
    dialog = view.thank_selected()
    dialog.set_status(ThanksStatus.REWARDED)
    assert dialog.ui.rewardEdit.isEnabled()
    dialog.ui.dateEdit.setDate(QDate(2026, 6, 2))
    _save(dialog)
    assert dialog.isVisible() and "what was given" in dialog.ui.errorLabel.text()
    dialog.ui.rewardEdit.setText("Gift card 50 €")
    _save(dialog)
    assert not dialog.isVisible()
    with ctx.db.session() as s:
        ref = rules.referral_for_lead(s, world["lc"])
        assert (ref.thanks_status, ref.thanked_on, ref.rewarded_on, ref.reward) == (
            "rewarded",
            date(2026, 5, 12),
            date(2026, 6, 2),
            "Gift card 50 €",
        )
    assert _texts(view.referrers_model, 1)[0] == "Aino Aaltonen"
    assert _texts(view.referrers_model, 1)[8] == "Thanked"  # B thanked, C and D rewarded
    # Undo puts the thank-you back as it was, redo again.
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        ref = rules.referral_for_lead(s, world["lc"])
        assert (ref.thanks_status, ref.reward) == ("thanked", "")
    assert _texts(view.referrers_model, 1)[8] == "Thanked"
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert rules.referral_for_lead(s, world["lc"]).thanks_status == "none"
    assert _texts(view.referrers_model, 1)[8] == "1 not thanked"
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    with ctx.db.session() as s:
        assert rules.referral_for_lead(s, world["lc"]).reward == "Gift card 50 €"


def test_won_referral_offers_a_thank_you_followup(view, ctx, world, qtbot) -> None:
    assert view.offer_label.isVisible()
    assert "Won referrals without a thank-you yet: 1" in view.offer_label.text()
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        fu = s.scalars(select(FollowUp).where(FollowUp.rule == rules.RULE_THANK)).one()
        assert (fu.lead_id, fu.contact_id, fu.status) == (world["le"], world["b"], FollowUpStatus.OPEN)
    assert not view.offer_label.isVisible()
    _select_referral(view, "Eero")
    assert not view.followup_button.isEnabled()  # already planned
    assert view.referrals_model.data(view.referrals_table.selectionModel().selectedRows(6)[0]) == (
        "Not thanked (follow-up planned)"
    )


def test_auto_thank_setting(view, ctx) -> None:
    view.auto_check.setChecked(True)
    with ctx.db.session() as s:
        assert settings.get(s, rules.AUTO_THANK) == "1"
        assert settings.get(s, rules.AUTO_THANK_SINCE) == date.today().isoformat()
    view.auto_check.setChecked(False)
    with ctx.db.session() as s:
        assert settings.get(s, rules.AUTO_THANK) == "0"


def test_ask_list_mark_as_asked(view, ctx, world, qtbot) -> None:
    view.tabs.setCurrentIndex(2)
    model = view.ask_model
    names = sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))
    assert names == ["Bertta Berg", "Eero Ek"]
    assert view.tabs.tabText(2) == "Ask for referrals (2)"
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Bertta Berg")
    view.ask_table.selectRow(row)
    assert view.asked_button.isEnabled()
    qtbot.mouseClick(view.asked_button, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        fu = s.scalars(select(FollowUp).where(FollowUp.rule == rules.RULE_ASK)).one()
        assert (fu.contact_id, fu.status, fu.lead_id) == (world["b"], FollowUpStatus.DONE, world["lb"])
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Eero Ek"]


def test_search_and_click_through(view, qtbot) -> None:
    view.apply_search("bertta")
    assert view.referrers_model.rowCount() == 1
    assert view.ask_model.rowCount() == 1
    view.apply_search("")
    assert view.referrers_model.rowCount() == 2
    view.apply_filters({"tab": "chains"})
    assert view.tabs.currentIndex() == 1


def test_view_in_the_window(qtbot, ctx, world, window) -> None:
    widget = window.show_view("referrals")
    assert isinstance(widget, ReferralsView)
    assert widget.referrers_model.rowCount() == 2


def test_add_referral_action_in_the_leads_menu(qtbot, ctx, world, window) -> None:
    action = window.actions_by_id["add_referral"]
    assert action.text() == "Add a &referral…"
    window.show_view("referrals")
    action.trigger()
    view = window.views["referrals"]
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.reject()
    window.show_view("board")
    action.trigger()
    dialogs = [w for w in window.findChildren(AddReferralDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].referrer.picked_id is None
    dialogs[0].reject()


def test_referral_context_menu_and_keyboard(view, ctx, world, qtbot) -> None:
    _select_referral(view, "Cecilia")
    view._referral_menu(view.referrals_table.visualRect(view.referrals_table.currentIndex()).center())
    texts = [a.text() for a in view._menu.actions() if a.text()]
    assert texts == [
        "Thank or reward…",
        "Plan thank-you follow-up",
        "Open lead",
        "Open Aino Aaltonen",
        "Open Cecilia Cronström",
        "Remove…",
    ]
    with qtbot.waitSignal(ctx.bus.openContact) as opened:
        view._menu.actions()[4].trigger()
    assert opened.args == [world["a"]]
    view._menu.close()
    view.referrals_table.setFocus()
    with qtbot.waitSignal(ctx.bus.openLead) as opened:
        qtbot.keyClick(view.referrals_table, Qt.Key.Key_Return)
    assert opened.args == [world["lc"]]


def test_show_all_referrers_again(view, qtbot) -> None:
    _select_referrer(view, "Bertta Berg")
    assert view.referrals_model.rowCount() == 1
    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    assert view.referrals_model.rowCount() == 4
    assert view.referrals_caption.text() == "All referrals" and not view.show_all_button.isVisible()
    _select_referrer(view, "Bertta Berg")
    assert view.referrals_model.rowCount() == 1


def test_finnish_view_and_refusal(qtbot, ctx, world) -> None:
    from salesdesk.gui.app import create_application
    from salesdesk.gui.context import AppContext

    create_application("fi")
    try:
        fi = AppContext(ctx.db, "fi")
        view = ReferralsView(fi)
        qtbot.addWidget(view)
        view.show()
        assert [view.tabs.tabText(i) for i in range(3)] == [
            "Suosittelijat",
            "Ketjut",
            "Pyydä suositteluja (2)",
        ]
        assert _texts(view.referrers_model, 1) == [
            "Aino Aaltonen",
            "3",
            "1",
            "1",
            "1",
            "1\u00a0000\u00a0€",
            "33\u00a0%",
            "1.6.2026",
            "1 kiittämättä",
        ]
        before = _counts(ctx)
        dialog = view.add_referral()
        dialog.referrer.choose(world["e"], "Eero Ek")
        dialog.ui.nameEdit.setText("Aino Aaltonen")
        dialog.ui.emailEdit.setText("aino@example.fi")
        _save(dialog)
        assert dialog.ui.errorLabel.text().startswith("Aino Aaltonen on jo suositellut asiakasta Eero Ek")
        assert _counts(ctx) == before
        dialog.reject()
    finally:
        create_application("en")
