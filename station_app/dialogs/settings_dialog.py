"""Settings: station profile and operators (administrators), language (everyone)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.actor import ROLE_ADMIN, ROLE_DESK, role_label
from station_app.core.errors import DeskError
from station_app.core.station import StationProfile, StationService
from station_app.settings import AppSettings
from station_app.widgets.dialogs import attempt
from station_app.widgets.form_errors import FormErrors, labelled_row
from station_app.widgets.screen_fit import fit_to_screen


class StationProfilePage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.stations = StationService(context.db)
        form = QFormLayout()
        self.errors = FormErrors(form)
        self.inputs: dict[str, QLineEdit] = {}
        profile = self.stations.profile() or context.station
        labels = {
            "name": self.tr("Station name"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "member_no_prefix": self.tr("Member-number prefix"),
        }
        for name, label in labels.items():
            edit = QLineEdit(getattr(profile, name))
            edit.setObjectName(name)
            self.inputs[name] = edit
            self.errors.add_field(name, label, edit)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def save(self) -> bool:
        profile = StationProfile(**{n: e.text() for n, e in self.inputs.items()})
        try:
            self.stations.update_profile(self.context.actor, profile)
        except DeskError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        self.context.station = self.stations.profile() or profile
        return True


class OperatorsPage(QWidget):
    COLUMNS = 5

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.accounts = AccountService(context.db)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Last login"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()

        form = QFormLayout()
        self.new_errors = FormErrors(form)
        self.new_username = QLineEdit()
        self.new_name = QLineEdit()
        self.new_role = QComboBox()
        self.new_role.addItem(role_label(ROLE_DESK), ROLE_DESK)
        self.new_role.addItem(role_label(ROLE_ADMIN), ROLE_ADMIN)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_errors.add_field("username", self.tr("User name"), self.new_username)
        self.new_errors.add_field("display_name", self.tr("Name"), self.new_name)
        self.new_errors.add_field("role", self.tr("Role"), self.new_role)
        self.new_errors.add_field("password", self.tr("Password"), self.new_password)
        add = QPushButton(self.tr("Add operator"))
        add.clicked.connect(self.add_operator)

        toggle = QPushButton(self.tr("Deactivate / reactivate"))
        toggle.clicked.connect(self.toggle_active)
        reset = QPushButton(self.tr("Reset password…"))
        reset.clicked.connect(self.reset_password)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(toggle)
        row_buttons.addWidget(reset)
        row_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(QLabel(self.tr("New operator")))
        layout.addLayout(form)
        layout.addWidget(self.new_errors.general_label)
        layout.addWidget(add)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.accounts.list_operators()
        self.table.setRowCount(len(self.rows))
        for r, op in enumerate(self.rows):
            status = self.tr("Active") if op.active else self.tr("Deactivated")
            last = op.last_login_at.strftime("%Y-%m-%d %H:%M") if op.last_login_at else ""
            for c, value in enumerate(
                [op.username, op.display_name, role_label(op.role), status, last]
            ):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def selected(self):  # type: ignore[no-untyped-def]
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add_operator(self) -> None:
        try:
            self.accounts.add_operator(
                self.context.actor,
                self.new_username.text(),
                self.new_name.text(),
                self.new_role.currentData(),
                self.new_password.text(),
            )
        except DeskError as error:
            self.new_errors.show(error)
            return
        self.new_errors.clear()
        for edit in (self.new_username, self.new_name, self.new_password):
            edit.clear()
        self.refresh()

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        attempt(
            self,
            self.tr("Operators"),
            lambda: self.accounts.set_active(self.context.actor, op.id, not op.active),
        )
        self.refresh()

    def reset_password(self) -> None:
        op = self.selected()
        if op is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name}:").format(name=op.display_name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        title = self.tr("Reset password")
        if not attempt(
            self, title, lambda: self.accounts.reset_password(self.context.actor, op.id, password)
        ):
            return
        QMessageBox.information(self, title, self.tr("The password has been changed."))


class LanguagePage(QWidget):
    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.combo = QComboBox()
        self.combo.addItem("中文（简体）", "zh_CN")
        self.combo.addItem("English", "en")
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.language)))
        form = QFormLayout(self)
        labelled_row(form, self.tr("Language"), "language", self.combo, set())
        note = QLabel(self.tr("A new language takes effect the next time the program starts."))
        note.setWordWrap(True)
        form.addRow("", note)

    def save(self) -> None:
        self.settings.language = self.combo.currentData()


class SettingsDialog(QDialog):
    def __init__(
        self, context: DeskContext, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.profile_page: StationProfilePage | None = None
        self.operators_page: OperatorsPage | None = None
        if context.actor.is_admin:
            self.profile_page = StationProfilePage(context)
            self.operators_page = OperatorsPage(context)
            self.tabs.addTab(self.profile_page, self.tr("Station profile"))
            self.tabs.addTab(self.operators_page, self.tr("Operators"))
        self.language_page = LanguagePage(settings)
        self.tabs.addTab(self.language_page, self.tr("Language"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close_and_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        if context.actor.is_admin:  # the profile form and the operators' list
            fit_to_screen(self, 700, 560)
        else:  # the language alone: no empty window around it
            hint = self.sizeHint()
            fit_to_screen(self, max(hint.width(), 420), hint.height())

    def close_and_save(self) -> None:
        self.language_page.save()
        self.accept()
