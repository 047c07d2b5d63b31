"""Small dialogs of the shell: About and Settings (Designer forms in ui/)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QPushButton, QWidget

from salesdesk import __version__
from salesdesk.crm import owners
from salesdesk.crm import settings as db_settings
from salesdesk.gui.context import AppContext
from salesdesk.gui.forms.ui_about import Ui_AboutDialog
from salesdesk.gui.forms.ui_settings import Ui_SettingsDialog


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=__version__))
        self.ui.databaseLabel.setText(self.tr("Database: {name}").format(name=ctx.db.display_name()))


class SettingsDialog(QDialog):
    """Language and window preferences (QSettings); "I am", phone region and currency (DB)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.languageCombo.addItem(self.tr("System language"), "")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.addItem("Suomi", "fi")
        saved = str(ctx.settings().value("language", ""))
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(saved)))
        team = QPushButton(self.tr("&Team members…"))
        team.setToolTip(self.tr("Add, rename or deactivate the people who sell"))
        team.clicked.connect(self._open_team)
        row = QHBoxLayout()
        self.ui.form.removeWidget(self.ui.meCombo)
        row.addWidget(self.ui.meCombo, 1)
        row.addWidget(team)
        self.ui.form.setLayout(1, QFormLayout.ItemRole.FieldRole, row)
        self._load_team()
        with ctx.db.session() as session:
            self.ui.regionEdit.setText(db_settings.default_region(session))
            self.ui.currencyEdit.setText(db_settings.get(session, "default_currency", "EUR"))

    def _load_team(self) -> None:
        self.ui.meCombo.clear()
        with self.ctx.db.session() as session:
            me = owners.me(session)
            for member in owners.members(session, include_inactive=False):
                self.ui.meCombo.addItem(member.name, member.id)
        if me is not None:
            self.ui.meCombo.setCurrentIndex(self.ui.meCombo.findData(me.id))

    def _open_team(self) -> None:
        from salesdesk.gui.team_dialog import TeamDialog

        dialog = TeamDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self._load_team()

    def accept(self) -> None:
        region = self.ui.regionEdit.text().strip().upper()
        currency = self.ui.currencyEdit.text().strip().upper()
        if len(region) != 2 or not region.isalpha():
            self.ui.regionEdit.setFocus()
            self.ui.regionEdit.setToolTip(self.tr("Use a two-letter country code such as FI or SE."))
            self.ui.regionEdit.setStyleSheet("border: 1px solid #c62828;")
            return
        if len(currency) != 3 or not currency.isalpha():
            self.ui.currencyEdit.setFocus()
            self.ui.currencyEdit.setStyleSheet("border: 1px solid #c62828;")
            return
        self.ctx.settings().setValue("language", self.ui.languageCombo.currentData())
        with self.ctx.db.transaction() as session:
            if self.ui.meCombo.currentData() is not None:
                owners.set_me(session, int(self.ui.meCombo.currentData()))
            db_settings.put(session, db_settings.DEFAULT_REGION, region)
            db_settings.put(session, "default_currency", currency)
        self.ctx.bus.dataChanged.emit("settings")
        super().accept()
