"""The agenda, the follow-up dialog and the reminders, driven by keys and clicks on a fake clock."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import select

from salesdesk.crm import followups as fu
from salesdesk.crm import leads as lead_rules
from salesdesk.crm.followups_core import create_followup
from salesdesk.db.enums import FollowUpStatus, Repeat
from salesdesk.db.models import Contact, FollowUp, Note, Owner
from salesdesk.db.types import utcnow
from salesdesk.gui.followup_dialog import FollowUpDialog
from salesdesk.gui.reminders import ReminderService
from salesdesk.gui.views.followups import FollowupsView, GroupRole, IdRole


def _local(day: date, hh: int, mm: int = 0):  # type: ignore[no-untyped-def]
    return fu.local_at(day, time(hh, mm))


WEDNESDAY = date(2026, 11, 25)


@pytest.fixture
def seeded(ctx):  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        anna = Owner(name="Anna Aalto", initials="AA")
        c = Contact(name="Hanna Koskinen")
        s.add_all([anna, c])
        s.flush()
        lead = lead_rules.create_lead(s, contact=c, title="Hydrauliikka", owner_id=anna.id)
        s.flush()
        made = {
            "overdue": create_followup(s, lead=lead, due_at=_local(WEDNESDAY, 8), title="Call back"),
            "today": create_followup(
                s, lead=lead, due_at=_local(WEDNESDAY, 15), title="Send offer", kind="email"
            ),
            "later": create_followup(s, lead=lead, due_at=_local(date(2026, 12, 10), 9), title="Visit"),
        }
        s.flush()
        ids = {k: v.id for k, v in made.items()} | {"lead": lead.id, "anna": anna.id}
    return ids


def _select(view: FollowupsView, followup_id: int) -> None:
    index = view.model.index_of(followup_id)
    assert index.isValid()
    view.tree.setCurrentIndex(index)
    view.tree.setFocus()


def test_agenda_keys_done_snooze_open_delete(qtbot, ctx, seeded, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 10))
    view = FollowupsView(ctx, None, clock)
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.model)
    groups = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert groups == ["Overdue  (1)", "Today  (1)", "Later  (1)"]
    overdue = view.model.index_of(seeded["overdue"])
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour alone
    assert overdue.siblingAtColumn(2).data(Qt.ItemDataRole.FontRole).bold()
    assert "overdue" in view.summary.text()

    # Space: done, with an outcome note that goes to the timeline.
    _select(view, seeded["overdue"])
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    dialog = view.outcome_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.outcome, "Wants the offer by Friday")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        f = s.get(FollowUp, seeded["overdue"])
        assert f.status == FollowUpStatus.DONE and f.outcome == "Wants the offer by Friday"
        body = s.scalars(select(Note.body).where(Note.lead_id == seeded["lead"])).one()
        assert "Wants the offer by Friday" in body
    assert not view.model.index_of(seeded["overdue"]).isValid()
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["overdue"]).status == FollowUpStatus.OPEN
        assert s.scalars(select(Note)).all() == []
    assert view.model.index_of(seeded["overdue"]).isValid()

    # S: snooze menu, "1 hour".
    _select(view, seeded["today"])
    qtbot.keyClick(view.tree, Qt.Key.Key_S)
    menu = view.snooze_menu
    assert menu is not None
    choices = {a.data(): a for a in menu.actions()}
    assert set(choices) == set(fu.SNOOZE_CHOICES)
    choices[fu.SNOOZE_1_HOUR].trigger()
    menu.close()
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["today"]).due_at == clock.now() + timedelta(hours=1)

    # Enter: open the lead.
    _select(view, seeded["later"])
    with qtbot.waitSignal(ctx.bus.openLead, timeout=1000) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [seeded["lead"]]

    # Delete, then undo brings it back with the same calendar UID.
    with ctx.db.session() as s:
        uid = s.get(FollowUp, seeded["later"]).uid
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["later"]) is None
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["later"]).uid == uid

    # Filters: kind "email" leaves the e-mail only; the owner filter is remembered.
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("email"))
    ids = [
        view.model.index(r, 0, view.model.index(g, 0)).data(IdRole)
        for g in range(view.model.rowCount())
        for r in range(view.model.rowCount(view.model.index(g, 0)))
    ]
    assert ids == [seeded["today"]]
    qtmodeltester.check(view.model)
    view.owner_combo.setCurrentIndex(view.owner_combo.findData(seeded["anna"]))
    assert ctx.settings().value("followups/owner") in (seeded["anna"], str(seeded["anna"]))
    # Click-through from the dashboard: overdue only, shown in the period filter.
    view.apply_filters({"due": "overdue", "kind": ""})
    assert view.due_combo.currentData() == "overdue"
    assert [view.model.index(r, 0).data(GroupRole) for r in range(view.model.rowCount())] == ["overdue"]
    view.due_combo.setCurrentIndex(0)
    # A folded group stays folded across reloads.
    view.kind_combo.setCurrentIndex(0)
    view.tree.collapse(view.model.index(0, 0))
    assert "overdue" in str(ctx.settings().value("followups/collapsed"))
    view.refresh()
    assert view.model.index(0, 0).data(GroupRole) == "overdue" and not view.tree.isExpanded(
        view.model.index(0, 0)
    )
    view.apply_search("nothing like this")
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "No follow-ups match “nothing like this”."  # not "Nothing planned"
    view.apply_search("")
    assert view.stack.currentWidget() is view.tree


def test_export_ics_from_the_agenda(qtbot, ctx, seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    view = FollowupsView(ctx, None, fu.FakeClock(_local(WEDNESDAY, 10)))
    qtbot.addWidget(view)
    path = tmp_path / "agenda.ics"
    assert view.export_ics_to(str(path)) == 3
    uids = sorted(str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert view.export_ics_to(str(path)) == 3
    assert sorted(str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == uids


def test_followup_dialog_saves_to_the_database(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 10))
    dialog = FollowUpDialog(ctx, None, lead_id=seeded["lead"], clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == seeded["anna"]  # the lead's owner
    assert dialog.date_edit.date() == QDate(2026, 11, 26)  # next working day, 09:00
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    qtbot.keyClicks(dialog.title_edit, "Demo at the factory")
    dialog.date_edit.setDate(QDate(2026, 12, 2))
    dialog.time_edit.setTime(QTime(13, 30))
    dialog.duration.setValue(90)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKS))
    dialog.every.setValue(2)
    qtbot.keyClicks(dialog.note, "Bring samples")
    dialog.accept()
    with ctx.db.session() as s:
        f = s.get(FollowUp, dialog.saved_id)
        assert (f.kind, f.title, f.duration_min, f.repeat, f.repeat_every, f.note) == (
            "meeting",
            "Demo at the factory",
            90,
            "weeks",
            2,
            "Bring samples",
        )
        assert f.due_at == _local(date(2026, 12, 2), 13, 30) and f.lead_id == seeded["lead"]
    # Editing: all day.
    edit = FollowUpDialog(ctx, None, followup_id=dialog.saved_id, clock=clock)
    qtbot.addWidget(edit)
    assert edit.title_edit.text() == "Demo at the factory" and edit.every.value() == 2
    edit.all_day.setChecked(True)
    assert not edit.time_edit.isEnabled()
    edit.accept()
    with ctx.db.session() as s:
        f = s.get(FollowUp, dialog.saved_id)
        assert f.all_day and f.due_at == _local(date(2026, 12, 2), 0)


def test_reminders_fire_once_then_done_from_the_list(qtbot, ctx, seeded, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 14, 58))
    service = ReminderService(ctx, None, clock)
    qtbot.addWidget(service.panel)
    first = service.check()
    assert [i.id for i in first] == [seeded["overdue"]]
    assert service.check() == []
    clock.advance(minutes=2)  # 15:00: "Send offer" comes due
    assert [i.id for i in service.check()] == [seeded["today"]]
    for _ in range(3):
        clock.advance(seconds=30)
        assert service.check() == []
    assert service.model.rowCount() == 2 and service.shown_total == 2
    qtmodeltester.check(service.model)
    # Done from the notification list.
    service.panel.list.setCurrentIndex(service.model.index(0))
    qtbot.mouseClick(service.panel.done_button, Qt.MouseButton.LeftButton)
    dialog = service.panel.outcome_dialog
    qtbot.keyClicks(dialog.outcome, "Sent")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["today"]).status == FollowUpStatus.DONE
    assert [i.id for i in service.model.items] == [seeded["overdue"]]
    # Snooze from the list: it leaves the list and reminds again when due.
    service.panel.list.setCurrentIndex(service.model.index(0))
    service.panel.show_snooze_menu()
    choices = {a.data(): a for a in service.panel.snooze_menu.actions()}
    choices[fu.SNOOZE_15_MIN].trigger()
    service.panel.snooze_menu.close()
    assert service.model.rowCount() == 0
    clock.advance(minutes=15)
    assert [i.id for i in service.check()] == [seeded["overdue"]]


def test_away_summary_after_a_simulated_sleep(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 7))
    with ctx.db.transaction() as s:
        fu.touch_last_seen(s, clock.now())
    clock.set(_local(WEDNESDAY, 16))  # the laptop slept through 08:00 and 15:00
    service = ReminderService(ctx, None, clock)
    qtbot.addWidget(service.panel)
    away = service.startup()
    assert [i.id for i in away] == [seeded["overdue"], seeded["today"]]
    dialog = service.away_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.model.rowCount() == 2
    with qtbot.waitSignal(ctx.bus.openLead, timeout=1000) as blocker:
        dialog.list.doubleClicked.emit(dialog.model.index(0))
    assert blocker.args == [seeded["lead"]]
    assert service.model.rowCount() == 2  # also in the notification list
    assert service.check() == []  # shown once, not again
    again = ReminderService(ctx, None, clock)
    qtbot.addWidget(again.panel)
    assert again.startup() == [] and again.away_dialog is None


def test_main_window_badge_and_agenda(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        c = Contact(name="Matti Virtanen")
        s.add(c)
        lead = lead_rules.create_lead(s, contact=c, title="Lattiat")
        create_followup(s, lead=lead, due_at=utcnow() - timedelta(hours=1), title="Soita")
        create_followup(s, lead=lead, due_at=utcnow() - timedelta(hours=2), title="Toinen")
    ctx.bus.dataChanged.emit("followups")
    service = window.reminders
    assert len(service.check()) == 2
    texts = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert "Follow-ups  (2)" in texts
    assert service.dock is not None and not service.dock.isHidden()
    view = window.show_view("followups")
    assert isinstance(view, FollowupsView) and view.model.item_count() == 2
    assert "action_export_ics" in {
        a.objectName() for a in window.findChildren(type(window.actions_by_id["export_ics"]))
    }


def test_rules_dialog_saves_settings(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.followup_rules import FollowUpRulesDialog

    dialog = FollowUpRulesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.referral.isChecked() and dialog.referral_days.value() == 14
    dialog.referral_days.setValue(30)
    dialog.first.setChecked(False)
    dialog.cold_days.setValue(21)
    dialog.accept()
    with ctx.db.session() as s:
        rules = fu.load_rules(s)
        assert (rules.ask_referral_days, rules.first_contact, rules.cold_days) == (30, False, 21)
        assert fu.referral_days_for_win(s) == 30


def test_wake_from_sleep_shows_what_came_due_once(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 7))
    service = ReminderService(ctx, None, clock)
    qtbot.addWidget(service.panel)
    assert service.check() == []
    messages: list[str] = []
    ctx.bus.statusMessage.connect(messages.append)
    clock.advance(hours=9)  # the wall clock jumps: the laptop slept until 16:00
    assert [i.id for i in service.check()] == [seeded["overdue"], seeded["today"]]
    assert messages and "Welcome back" in messages[-1]
    clock.set(_local(WEDNESDAY, 12))  # the clock is set back: nothing is shown again
    assert service.check() == []


def test_first_run_takes_what_is_late_as_known(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    clock = fu.FakeClock(_local(WEDNESDAY, 16))
    service = ReminderService(ctx, None, clock)
    qtbot.addWidget(service.panel)
    assert service.startup() == [] and service.away_dialog is None
    assert service.model.rowCount() == 0
    with ctx.db.session() as s:
        assert fu.last_seen(s) == clock.now()
        assert fu.counts(s, clock=clock).overdue == 2  # still overdue in the agenda


def test_done_on_a_repeating_follow_up_plans_the_next_and_undo_removes_it(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.views.followups import mark_done

    clock = fu.FakeClock(_local(WEDNESDAY, 10))
    with ctx.db.transaction() as s:
        f = s.get(FollowUp, seeded["overdue"])
        f.repeat, f.repeat_every = Repeat.WEEKS, 1
    assert mark_done(ctx, seeded["overdue"], "Talked", clock, None)
    with ctx.db.session() as s:
        nxt = s.scalars(
            select(FollowUp).where(FollowUp.status == "open", FollowUp.title == "Call back")
        ).one()
        assert nxt.due_at == _local(date(2026, 12, 2), 8) and nxt.repeat == Repeat.WEEKS
    ctx.undo_stack.undo()
    with ctx.db.session() as s:
        rows = s.scalars(select(FollowUp).where(FollowUp.title == "Call back")).all()
        assert [(r.id, r.status) for r in rows] == [(seeded["overdue"], "open")]
    ctx.undo_stack.redo()
    with ctx.db.session() as s:
        assert s.get(FollowUp, seeded["overdue"]).status == "done"
        assert len(s.scalars(select(FollowUp).where(FollowUp.title == "Call back")).all()) == 2


def test_reminders_follow_the_rep_set_as_me(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.crm import settings as db_settings

    with ctx.db.transaction() as s:
        bert = Owner(name="Bertil Berg")
        s.add(bert)
        s.flush()
        db_settings.put(s, db_settings.ME, str(bert.id))
    service = ReminderService(ctx, None, fu.FakeClock(_local(WEDNESDAY, 16)))
    qtbot.addWidget(service.panel)
    assert service.check() == []  # Anna's follow-ups do not remind Bertil
    with ctx.db.transaction() as s:
        s.get(FollowUp, seeded["today"]).owner_id = None
    assert [i.id for i in service.check()] == [seeded["today"]]  # nobody's reminds everybody


def test_add_followup_action_uses_the_selected_lead_and_never_saves_an_orphan(  # type: ignore[no-untyped-def]
    qtbot, window, seeded, monkeypatch
) -> None:
    """Leads → "Add follow-up…" with a row selected once made a follow-up attached to nothing."""
    from PySide6.QtWidgets import QMessageBox

    with window.ctx.db.transaction() as s:
        other = Contact(name="Olli Ojala")
        s.add(other)
        s.flush()
        other_lead = lead_rules.create_lead(s, contact=other, title="Sprinklerit")
        s.flush()
        other_id = other_lead.id
    opened: list[FollowUpDialog] = []

    def capture(dialog: FollowUpDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(FollowUpDialog, "exec", capture)
    view = window.show_view("leads")
    monkeypatch.setattr(type(view), "selected_ids", lambda self: [seeded["lead"]])
    window.actions_by_id["add_followup"].trigger()
    dialog = opened[-1]
    assert dialog.lead_id == seeded["lead"]
    assert dialog.lead_edit.text() == "Hydrauliikka — Hanna Koskinen"

    # Nothing selected: the dialog asks for a lead instead of saving an orphan.
    monkeypatch.setattr(type(view), "selected_ids", lambda self: [])
    window.actions_by_id["add_followup"].trigger()
    empty = opened[-1]
    assert empty.lead_id is None and empty.lead_edit.text() == ""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.keyClicks(empty.title_edit, "Call")
    empty.accept()
    assert warnings and "Choose the lead" in warnings[-1]
    assert empty.saved_id is None
    # Typing part of another lead's name and picking it attaches the follow-up to that lead.
    qtbot.keyClicks(empty.lead_edit, "Sprinkler")
    popup = empty.lead_picker.model.stringList()
    assert popup == ["Sprinklerit — Olli Ojala"]
    empty.lead_picker.completer.activated[str].emit(popup[0])
    empty.accept()
    assert empty.saved_id is not None
    with window.ctx.db.session() as s:
        saved = s.get(FollowUp, empty.saved_id)
        assert (saved.lead_id, saved.title) == (other_id, "Call")


def test_an_empty_search_says_no_matches_in_finnish(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.gui.app import create_application
    from salesdesk.gui.context import AppContext

    create_application("fi")
    try:
        view = FollowupsView(AppContext(ctx.db, "fi"))
        qtbot.addWidget(view)
        assert view.empty.text().startswith("Ei suunniteltuja seurantoja")
        view.apply_search("xyzzy")
        assert view.stack.currentWidget() is view.empty
        assert view.empty.text() == "Haulla ”xyzzy” ei löytynyt seurantoja."
    finally:
        create_application("en")
