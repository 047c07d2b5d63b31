"""The Export dialog: drive it, let the worker write, then check the file (and the DB)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from salesdesk.crm.funnel import stages
from salesdesk.db.models import Contact, FollowUp, Lead, Owner
from salesdesk.gui import export_dialog
from salesdesk.gui.export_dialog import ExportDialog
from salesdesk.sheets import export as ex


@pytest.fixture
def leads(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    with ctx.db.transaction() as s:
        st = {x.key: x for x in stages(s)}
        anna = Owner(name="Anna Aho")
        ville = Owner(name="Ville Virta")
        s.add_all([anna, ville])
        ids = []
        for i in range(30):
            c = Contact(name=f"Asiakas {i}", first_name="Asiakas", last_name=str(i))
            lead = Lead(
                contact=c,
                title=f"=Kauppa {i}" if i == 0 else f"Kauppa {i}",
                stage=st["proposal"] if i < 10 else st["suspect"],
                owner=anna if i % 3 else ville,
                value_cents=1000 * i,
            )
            s.add(lead)
            s.flush()
            ids.append(lead.id)
        s.add(
            FollowUp(
                uid="f1", lead_id=ids[1], title="Soita", due_at=datetime(2026, 12, 1, tzinfo=UTC), owner=anna
            )
        )
    return {"first": ids[0], "second": ids[1], "third": ids[2]}


def _run(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_export_selection_to_xlsx(qtbot, ctx, leads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request = {"kinds": ["leads"], "lead_ids": [leads["first"], leads["second"]]}
    dialog = ExportDialog(ctx, request)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selection_box.isVisible() and dialog.only_selected.isChecked()
    assert "2 leads" in dialog.summary.text()
    qtbot.mouseClick(dialog.kind_boxes[ex.FOLLOWUPS], Qt.MouseButton.LeftButton)
    assert "1 follow-ups" in dialog.summary.text()
    target = tmp_path / "chosen.xlsx"
    dialog.path_edit.setText(str(target))
    _run(qtbot, dialog)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Leads", "Follow-ups", "Lists"]
    ws = wb["Leads"]
    assert sorted(r[0].value for r in ws.iter_rows(min_row=2)) == [leads["first"], leads["second"]]
    risky = next(r[2] for r in ws.iter_rows(min_row=2) if r[0].value == leads["first"])
    assert risky.value == "=Kauppa 0" and risky.data_type == "s" and risky.quotePrefix
    assert ctx.settings().value("export/format") == "xlsx"


def test_everything_shown_as_semicolon_csv(qtbot, ctx, leads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        proposal = next(x.id for x in stages(s) if x.key == "proposal")
    dialog = ExportDialog(ctx, {"kinds": ["leads"], "stage_ids": [proposal], "lead_ids": [leads["first"]]})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.all_shown, Qt.MouseButton.LeftButton)
    assert "10 leads" in dialog.summary.text()
    qtbot.mouseClick(dialog.csv, Qt.MouseButton.LeftButton)
    assert dialog.delimiter.isEnabled() and dialog.bom.isEnabled()
    assert dialog.path_edit.text().endswith(".csv")
    dialog.delimiter.setCurrentIndex(1)
    target = tmp_path / "leads.csv"
    dialog.path_edit.setText(str(target))
    _run(qtbot, dialog)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 11
    first = next(r for r in rows[1:] if int(r[0]) == leads["first"])
    assert first[2] == "'=Kauppa 0"


def test_csv_keeps_one_list(qtbot, ctx, leads) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ctx, {"kinds": ["leads", "contacts"]})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kinds() == ["leads", "contacts"]
    qtbot.mouseClick(dialog.csv, Qt.MouseButton.LeftButton)
    assert dialog.kinds() == ["leads"]
    qtbot.mouseClick(dialog.kind_boxes[ex.CONTACTS], Qt.MouseButton.LeftButton)
    assert dialog.kinds() == ["contacts"]


def test_bad_target_shows_one_line_and_writes_nothing(qtbot, ctx, leads, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    boxes: list[str] = []
    monkeypatch.setattr(export_dialog.QMessageBox, "warning", lambda parent, title, text: boxes.append(text))
    dialog = ExportDialog(ctx, {"kinds": ["leads"]})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.worker is None
    assert "does not exist" in dialog.error_label.text()
    (tmp_path / "~$open.xlsx").write_text("")
    dialog.path_edit.setText(str(tmp_path / "open.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "open in another program" in dialog.error_label.text()
    (tmp_path / "existing_file").write_text("x")
    dialog.path_edit.setText(str(tmp_path / "existing_file" / "out.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "is a file, not a folder" in dialog.error_label.text()
    dialog.path_edit.setText(str(tmp_path / ("x" * 300 + ".xlsx")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "too long" in dialog.error_label.text() and dialog.worker is None
    assert len(boxes) == 4 and "too long" in boxes[-1]  # each also in a message box
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["~$open.xlsx"]


def test_write_failure_shows_a_message_box(qtbot, ctx, leads, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from salesdesk.sheets import writer

    boxes: list[str] = []
    monkeypatch.setattr(export_dialog.QMessageBox, "warning", lambda parent, title, text: boxes.append(text))

    def full(book, path):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "save_workbook", full)
    dialog = ExportDialog(ctx, {"kinds": ["leads"]})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert boxes and "disk is full" in boxes[0]
    assert not (tmp_path / "out.xlsx").exists() and not list(tmp_path.glob(".~salesdesk*"))


def test_cancel_leaves_no_file(qtbot, ctx, leads, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    gate = threading.Event()
    real_rows = ex._ROWS[ex.LEADS]

    def slow_rows(*args, **kwargs):  # type: ignore[no-untyped-def]
        for n, row in enumerate(real_rows(*args, **kwargs)):
            if n == 5:
                gate.wait(10)  # hold the worker until the test has pressed Cancel
            yield row

    monkeypatch.setitem(ex._ROWS, ex.LEADS, slow_rows)
    monkeypatch.setattr(ex, "PROGRESS_EVERY", 1)
    dialog = ExportDialog(ctx, {"kinds": ["leads"]})
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "never.xlsx"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.worker is not None and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 30, timeout=10000)
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert dialog.result() == ExportDialog.DialogCode.Rejected
    assert list(tmp_path.iterdir()) == [] or not target.exists()
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".~salesdesk*"))


def test_per_owner_dialog(qtbot, ctx, leads, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ctx, {"kinds": ["leads"]}, per_owner=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.kind_boxes[ex.CONTACTS].isVisible()
    assert "Anna Aho: 20 leads, 1 follow-ups" in dialog.owners_label.text()
    assert "Ville Virta: 10 leads, 0 follow-ups" in dialog.owners_label.text()
    out = tmp_path / "handouts"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    _run(qtbot, dialog)
    names = sorted(p.name.rsplit(" ", 1)[0] for p in out.iterdir())
    assert names == ["Anna Aho", "Ville Virta"]
    anna = next(p for p in out.iterdir() if p.name.startswith("Anna"))
    wb = openpyxl.load_workbook(anna)
    assert wb["Leads"].max_row == 21 and wb["Follow-ups"].max_row == 2


class _FakeView(QWidget):
    def __init__(self, request: dict) -> None:  # type: ignore[type-arg]
        super().__init__()
        self.request = request

    def export_request(self) -> dict:  # type: ignore[type-arg]
        return self.request


def test_window_action_asks_the_view(qtbot, window, ctx, leads, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = _FakeView({"lead_ids": [leads["third"]]})
    monkeypatch.setattr(window, "current_key", lambda: "board")
    monkeypatch.setitem(window.views, "board", view)
    window.actions_by_id["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.request_data["lead_ids"] == [leads["third"]]
    assert "1 leads" in dialog.summary.text()
    dialog.reject()
    monkeypatch.setattr(window, "current_key", lambda: "contacts")
    key, request = export_dialog.view_request(window)
    assert key == "contacts" and request == {"kinds": ["contacts"], "scope": "contacts"}
    assert "action_export_per_owner" in {
        a.objectName() for a in window.findChildren(type(window.actions_by_id["export"]))
    }
