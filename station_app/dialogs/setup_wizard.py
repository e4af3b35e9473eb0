"""First start: the station's profile and the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_app.core.actor import Actor
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.station import StationProfile, StationService
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.screen_fit import fit_to_screen

PROFILE_FIELDS = ("name", "address", "phone", "member_no_prefix")
ADMIN_FIELDS = ("username", "display_name", "password", "confirm")


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # The wizard's own buttons take Alt+N (下一步), Alt+B (上一步) and Alt+F (完成):
        # a field's letter must not shadow them.
        self.errors = FormErrors(self.form, letters={"N", "B", "F"})
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general_label)
        layout.addStretch(1)
        self.inputs: dict[str, QLineEdit] = {}

    def add(self, name: str, label: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_field(name, label, edit)
        edit.textChanged.connect(lambda _text, field=name: self.errors.clear_field(field))
        self.inputs[name] = edit
        return edit

    def show_error(self, error: DeskError) -> None:
        """The sentence under its field, and the cursor in that field to correct it."""
        self.errors.show(error)
        edit = self.inputs.get(error.field or "")
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()


class SetupWizard(QWizard):
    """Nothing is written until the last page is accepted; then all of it at once."""

    def __init__(self, stations: StationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stations = stations
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Station Desk — first-time setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        fit_to_screen(self, 620, 480)

        intro = QWizardPage()
        intro.setTitle(self.tr("Welcome to Station Desk"))
        text = QLabel(
            self.tr(
                "This computer has no station data yet. In two short steps you will enter "
                "the station's profile, which is printed on every list and receipt, and "
                "create the first administrator account.\n\nThe data is kept on this "
                "computer and a copy is made every day."
            )
        )
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.addPage(intro)

        self.profile_page = _FormPage(
            self.tr("Station profile"),
            self.tr("Printed at the top of every page. An administrator can change it later."),
        )
        self.profile_page.add(
            "name",
            self.tr("Station name"),
            self.tr("e.g. Taipingqiao Street Union Service Station"),
        )
        self.profile_page.add("address", self.tr("Address"))
        self.profile_page.add("phone", self.tr("Phone"))
        prefix = self.profile_page.add("member_no_prefix", self.tr("Member-number prefix"), "TPQ")
        prefix.setMaxLength(6)
        prefix.setInputMethodHints(Qt.InputMethodHint.ImhUppercaseOnly)
        self.profile_page.validatePage = self._check_profile  # type: ignore[method-assign]
        self.addPage(self.profile_page)

        self.admin_page = _FormPage(
            self.tr("First administrator"),
            self.tr(
                "Administrators change settings, manage accounts and may export full ID numbers."
            ),
        )
        self.admin_page.add("username", self.tr("User name"), "admin")
        self.admin_page.add("display_name", self.tr("Name"))
        self.admin_page.add("password", self.tr("Password"), secret=True)
        self.admin_page.add("confirm", self.tr("Password again"), secret=True)
        self.admin_page.validatePage = self._finish  # type: ignore[method-assign]
        self.addPage(self.admin_page)

    def profile(self) -> StationProfile:
        values = {name: self.profile_page.inputs[name].text() for name in PROFILE_FIELDS}
        return StationProfile(**values)

    def _check_profile(self) -> bool:
        from station_app.core.station import validate_profile

        try:
            validate_profile(self.profile())
        except DeskError as error:
            self.profile_page.show_error(error)
            return False
        self.profile_page.errors.clear()
        return True

    def _finish(self) -> bool:
        inputs = self.admin_page.inputs
        try:
            if inputs["password"].text() != inputs["confirm"].text():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same."),
                    field="confirm",
                )
            self.actor = self.stations.set_up(
                self.profile(),
                inputs["username"].text(),
                inputs["display_name"].text(),
                inputs["password"].text(),
            )
        except DeskError as error:
            if error.field in PROFILE_FIELDS:
                self.back()
                self.profile_page.show_error(error)
            else:
                self.admin_page.show_error(error)
            return False
        return True
