"""The Export dialog: what the current view shows (or one file per sales rep) to .xlsx / .csv.

The window's "Export…" action calls :func:`open_export`; "Export per owner…" calls
:func:`open_export_per_owner`. The dialog asks the current view for its filters and selection
through the optional view method ``export_request() -> dict`` (see docs/DEVELOPING.md);
views without it export everything. The export itself runs in a :class:`Worker` thread with
its own database session, a progress bar and Cancel (a cancelled export leaves no file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from salesdesk.db.models import Owner
from salesdesk.errors import UserError
from salesdesk.gui.context import AppContext
from salesdesk.gui.worker import Progress, Worker
from salesdesk.sheets import export as ex
from salesdesk.sheets import writer

#: The lists a view exports by default, by view key.
_DEFAULT_KINDS = {"contacts": (ex.CONTACTS,), "followups": (ex.FOLLOWUPS,)}
_SETTINGS_FOLDER = "export/folder"
_SETTINGS_FORMAT = "export/format"
_SETTINGS_SEMICOLON = "export/semicolon"


def view_request(window: Any) -> tuple[str, dict[str, Any]]:
    """(view key, the view's ``export_request()`` dict or {}) of the window's current view."""
    key = ""
    view = None
    if window is not None and hasattr(window, "current_key"):
        key = window.current_key() or ""
        view = getattr(window, "views", {}).get(key)
    request: dict[str, Any] = {}
    asked = getattr(view, "export_request", None)
    if callable(asked):
        request = dict(asked() or {})
    if "kinds" not in request:
        request["kinds"] = list(_DEFAULT_KINDS.get(key, (ex.LEADS,)))
    if key == "contacts":
        request.setdefault("scope", ex.CONTACTS)
    return key, request


class ExportDialog(QDialog):
    """Choose lists, format, delimiter and file; export in the background."""

    def __init__(
        self,
        ctx: AppContext,
        request: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        per_owner: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.per_owner = per_owner
        self.request_data = dict(request or {"kinds": [ex.LEADS]})
        self.worker: Worker | None = None
        self._pending_close: Any = None
        self.results: list[ex.ExportResult] = []
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export per sales rep") if per_owner else self.tr("Export"))
        self.setMinimumWidth(560)
        self._build()
        self._load_defaults()
        self._update()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        selected = self.request_data.get("lead_ids") or self.request_data.get("contact_ids")
        self.selection_box = QGroupBox(self.tr("Rows"))
        rows = QVBoxLayout(self.selection_box)
        self.only_selected = QRadioButton()
        self.only_selected.setObjectName("onlySelected")
        self.all_shown = QRadioButton(self.tr("Everything the view shows (its filters applied)"))
        self.all_shown.setObjectName("allShown")
        rows.addWidget(self.only_selected)
        rows.addWidget(self.all_shown)
        self.only_selected.setChecked(True)
        self.has_selection = bool(selected) and not self.per_owner
        self.selection_box.setVisible(self.has_selection)
        if selected:
            self.only_selected.setText(self.tr("Only the selected rows ({n})").format(n=len(selected)))
        layout.addWidget(self.selection_box)

        lists_box = QGroupBox(self.tr("Lists"))
        lists = QHBoxLayout(lists_box)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind, text in (
            (ex.LEADS, self.tr("Leads")),
            (ex.CONTACTS, self.tr("Contacts")),
            (ex.FOLLOWUPS, self.tr("Follow-ups")),
        ):
            box = QCheckBox(text)
            box.setObjectName(f"include_{kind}")
            lists.addWidget(box)
            self.kind_boxes[kind] = box
        lists.addStretch(1)
        self.lists_hint = QLabel(self.tr("Several lists go to separate sheets of one workbook."))
        self.lists_hint.setObjectName("listsHint")
        self.lists_hint.setEnabled(False)
        box_layout = QVBoxLayout()
        box_layout.addWidget(lists_box)
        box_layout.addWidget(self.lists_hint)
        layout.addLayout(box_layout)

        form_box = QGroupBox(self.tr("File"))
        form = QFormLayout(form_box)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx.setObjectName("formatXlsx")
        self.csv = QRadioButton(self.tr("CSV text (.csv)"))
        self.csv.setObjectName("formatCsv")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.xlsx)
        self.format_group.addButton(self.csv)
        fmt_row = QHBoxLayout()
        fmt_row.addWidget(self.xlsx)
        fmt_row.addWidget(self.csv)
        fmt_row.addStretch(1)
        form.addRow(self.tr("Format:"), fmt_row)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        self.delimiter.addItem(self.tr("Comma ( , )"), False)
        self.delimiter.addItem(self.tr("Semicolon ( ; ) with decimal comma, for Finnish Excel"), True)
        form.addRow(self.tr("Separator:"), self.delimiter)
        self.bom = QCheckBox(self.tr("Start with a UTF-8 byte order mark (Excel reads ä and ö right)"))
        self.bom.setObjectName("bom")
        self.bom.setChecked(True)
        form.addRow("", self.bom)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Folder:") if self.per_owner else self.tr("Save as:"), path_row)
        layout.addWidget(form_box)

        self.owners_label = QLabel()
        self.owners_label.setObjectName("ownersLabel")
        self.owners_label.setWordWrap(True)
        self.owners_label.setVisible(self.per_owner)
        layout.addWidget(self.owners_label)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.error_label = QLabel()
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

        for box in self.kind_boxes.values():
            box.toggled.connect(self._update)
        self.xlsx.toggled.connect(self._format_changed)
        self.only_selected.toggled.connect(self._update)
        self.path_edit.textChanged.connect(lambda _t: self.error_label.setVisible(False))

    def _load_defaults(self) -> None:
        settings = self.ctx.settings()
        kinds = self.request_data.get("kinds") or [ex.LEADS]
        if self.per_owner:
            kinds = [ex.LEADS, ex.FOLLOWUPS]
            self.kind_boxes[ex.CONTACTS].setVisible(False)
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in kinds)
        fmt = str(settings.value(_SETTINGS_FORMAT, "xlsx"))
        (self.csv if fmt == "csv" else self.xlsx).setChecked(True)
        semicolon = str(settings.value(_SETTINGS_SEMICOLON, "")) in ("true", "1") or (
            settings.value(_SETTINGS_SEMICOLON) is None and self.ctx.lang == "fi"
        )
        self.delimiter.setCurrentIndex(1 if semicolon else 0)
        folder = str(settings.value(_SETTINGS_FOLDER, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            if not folder or not Path(folder).is_dir():
                folder = str(Path.home())
        if self.per_owner:
            self.path_edit.setText(folder)
        else:
            self.path_edit.setText(str(Path(folder) / self._default_name()))

    def _default_name(self) -> str:
        kinds = self.kinds()
        if kinds == [ex.CONTACTS]:
            stem = self.tr("SalesDesk contacts")
        elif kinds == [ex.FOLLOWUPS]:
            stem = self.tr("SalesDesk follow-ups")
        else:
            stem = self.tr("SalesDesk leads")
        return f"{stem} {date.today().isoformat()}.{self.fmt()}"

    # -- state ----------------------------------------------------------------------------
    def kinds(self) -> list[str]:
        return [k for k, box in self.kind_boxes.items() if box.isChecked() and box.isEnabled()]

    def fmt(self) -> str:
        return "csv" if self.csv.isChecked() else "xlsx"

    def export_request(self) -> ex.ExportRequest:
        data = dict(self.request_data)
        if not self.has_selection or not self.only_selected.isChecked():
            data.pop("lead_ids", None)
            data.pop("contact_ids", None)
        data["kinds"] = self.kinds()
        with self.ctx.db.session() as session:
            return ex.request_from_dict(session, data)

    def _format_changed(self) -> None:
        csv = self.fmt() == "csv"
        if csv and len(self.kinds()) > 1:
            # A csv file holds one list: keep the first one ticked.
            first = self.kinds()[0]
            for kind, box in self.kind_boxes.items():
                box.setChecked(kind == first)
        if not self.per_owner:
            text = self.path_edit.text().strip()
            if text:
                path = Path(text)
                if path.suffix.lower() in (".xlsx", ".csv", ""):
                    self.path_edit.setText(str(path.with_suffix("." + self.fmt())))
        self._update()

    def _update(self) -> None:
        csv = self.fmt() == "csv"
        self.delimiter.setEnabled(csv)
        self.bom.setEnabled(csv)
        if csv:
            # one list per csv: ticking one unticks the others
            sender = self.sender()
            if isinstance(sender, QCheckBox) and sender.isChecked():
                for box in self.kind_boxes.values():
                    if box is not sender and box.isChecked():
                        box.blockSignals(True)
                        box.setChecked(False)
                        box.blockSignals(False)
        self.lists_hint.setText(
            self.tr("A .csv file holds one list; choose .xlsx for several.")
            if csv
            else self.tr("Several lists go to separate sheets of one workbook.")
        )
        self._update_summary()

    def _update_summary(self) -> None:
        kinds = self.kinds()
        self.export_button.setEnabled(bool(kinds) and self.worker is None)
        if not kinds:
            self.summary.setText(self.tr("Choose at least one list to export."))
            return
        try:
            req = self.export_request()
            with self.ctx.db.session() as session:
                counts = ex.count_rows(session, req)
                owners = self._owner_counts(session, req) if self.per_owner else []
        except UserError as error:
            self.summary.setText(str(error))
            self.export_button.setEnabled(False)
            return
        loc = self.ctx.locale
        parts = []
        if ex.LEADS in counts:
            parts.append(self.tr("{n} leads").format(n=loc.toString(counts[ex.LEADS])))
        if ex.CONTACTS in counts:
            parts.append(self.tr("{n} contacts").format(n=loc.toString(counts[ex.CONTACTS])))
        if ex.FOLLOWUPS in counts:
            parts.append(self.tr("{n} follow-ups").format(n=loc.toString(counts[ex.FOLLOWUPS])))
        if self.per_owner:
            self.summary.setText(self.tr("One workbook per sales rep with their leads and open follow-ups."))
            if owners:
                lines = [
                    self.tr("{owner}: {leads} leads, {followups} follow-ups").format(
                        owner=name, leads=loc.toString(n_leads), followups=loc.toString(n_follow)
                    )
                    for name, n_leads, n_follow in owners
                ]
                self.owners_label.setText("\n".join(lines))
            else:
                self.owners_label.setText(self.tr("No sales rep has leads or follow-ups to hand out."))
            self.export_button.setEnabled(bool(owners) and self.worker is None)
        else:
            self.summary.setText(self.tr("To export: {what}.").format(what=", ".join(parts)))

    def _owner_counts(self, session: Any, req: ex.ExportRequest) -> list[tuple[str, int, int]]:
        from dataclasses import replace

        out = []
        for owner_id, name in session.execute(select(Owner.id, Owner.name).order_by(Owner.name)):
            counts = ex.count_rows(session, replace(req, owner_ids=(owner_id,), scope=ex.LEADS))
            if counts.get(ex.LEADS, 0) or counts.get(ex.FOLLOWUPS, 0):
                out.append((name, counts.get(ex.LEADS, 0), counts.get(ex.FOLLOWUPS, 0)))
        return out

    def _browse(self) -> None:
        current = self.path_edit.text().strip()
        if self.per_owner:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the hand-outs"), current)
        else:
            filters = (
                self.tr("CSV text (*.csv)") if self.fmt() == "csv" else self.tr("Excel workbook (*.xlsx)")
            )
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), current, filters)
            if chosen and Path(chosen).suffix.lower() != "." + self.fmt():
                chosen = str(Path(chosen).with_suffix("." + self.fmt()))
        if chosen:
            self.path_edit.setText(chosen)

    # -- running --------------------------------------------------------------------------
    def show_error(self, text: str, *, box: bool = False) -> None:
        """The problem under the choices; with ``box`` also in a message box (the file could
        not be written: a bad path, a full disk)."""
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        if box:
            QMessageBox.warning(self, self.tr("Export"), text)

    def start(self) -> None:
        """Check the choices, then export in a worker thread."""
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(self.tr("Choose where to save the export."))
            return
        target = Path(text).expanduser()
        fmt = self.fmt()
        semicolon = bool(self.delimiter.currentData())
        bom = self.bom.isChecked()
        try:
            req = self.export_request()
        except UserError as error:
            self.show_error(str(error))
            return
        try:  # every output path is checked before anything is written
            if not self.per_owner:
                if target.suffix.lower() not in (".xlsx", ".csv"):
                    target = target.with_suffix("." + fmt)
                    self.path_edit.setText(str(target))
                writer.check_target(target)
            else:
                writer.check_folder(target)
        except UserError as error:
            self.show_error(str(error), box=True)
            return
        db = self.ctx.db
        per_owner = self.per_owner

        def work(progress: Progress) -> Any:
            with db.session() as session:
                try:
                    if per_owner:
                        return ex.export_per_owner(
                            session,
                            target,
                            req,
                            fmt="csv" if fmt == "csv" else "xlsx",
                            semicolon=semicolon,
                            bom=bom,
                            progress=progress,
                            cancel=lambda: progress.cancelled,
                        )
                    return [
                        ex.export(
                            session,
                            target,
                            req,
                            semicolon=semicolon,
                            bom=bom,
                            progress=progress,
                            cancel=lambda: progress.cancelled,
                        )
                    ]
                except ex.ExportCancelled:
                    return None

        settings = self.ctx.settings()
        settings.setValue(_SETTINGS_FORMAT, fmt)
        settings.setValue(_SETTINGS_SEMICOLON, "true" if semicolon else "false")
        settings.setValue(_SETTINGS_FOLDER, str(target if per_owner else target.parent))

        self.worker = Worker(work, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.error_label.setVisible(False)
        self._set_inputs_enabled(False)
        self.worker.start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in self.findChildren(QGroupBox):
            widget.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(
                self.tr("{done} / {total} rows").format(
                    done=self.ctx.locale.toString(done), total=self.ctx.locale.toString(total)
                )
            )

    def _on_done(self, results: list[ex.ExportResult] | None) -> None:
        if results is None:  # cancelled: nothing was written
            self.ctx.bus.statusMessage.emit(self.tr("Export cancelled; no file was written."))
            self.results = []
            self._pending_close = self.reject
            return
        self.results = results
        total = sum(sum(r.counts.values()) for r in results)
        if self.per_owner:
            message = self.tr("Wrote {n} hand-outs to {folder}").format(
                n=len(results), folder=self.path_edit.text().strip()
            )
        else:
            message = self.tr("Exported {n} rows to {path}").format(
                n=self.ctx.locale.toString(total), path=results[0].path if results else ""
            )
        self.ctx.bus.statusMessage.emit(message)
        self._pending_close = self.accept

    def _on_failed(self, message: str, users: bool) -> None:
        self.show_error(
            message if users else self.tr("The export failed: {error}").format(error=message), box=True
        )
        self._pending_close = None

    def _on_finished(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self._set_inputs_enabled(True)
        self._update_summary()
        close = self._pending_close
        self._pending_close = None
        if close is not None:
            close()

    def cancel(self) -> None:
        """Cancel a running export (no file is left), or close the dialog."""
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.worker is not None:  # Esc or the window's close button while running
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            # closing with an export running: cancel it (no file is left) and let it finish
            # before the dialog (the thread's parent) can go away
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)

    def wait(self) -> None:
        """Block until a running export has finished (tests, closing the window)."""
        if self.worker is not None:
            self.worker.wait()


def _window_parent(window: Any) -> QWidget | None:
    return window if isinstance(window, QWidget) else None


def open_export(ctx: AppContext, window: Any = None) -> ExportDialog:
    """The "Export…" action: export what the current view shows."""
    _key, request = view_request(window)
    dialog = ExportDialog(ctx, request, _window_parent(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_export_per_owner(window: Any) -> ExportDialog:
    """The "Export per owner…" action: one hand-out file per sales rep."""
    ctx: AppContext = window.ctx
    _key, request = view_request(window)
    request.pop("lead_ids", None)
    request.pop("contact_ids", None)
    request.pop("shown_lead_ids", None)  # worked out with the view's owner filter
    request.pop("shown_contact_ids", None)
    request.pop("shown_followup_ids", None)
    request.pop("owner_ids", None)
    request.pop("owner_id", None)
    request["scope"] = ex.LEADS
    dialog = ExportDialog(ctx, request, _window_parent(window), per_owner=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
