"""Change my password: the current one, the new one, the new one again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.widgets.form_errors import FormErrors

NOT_REPEATED = QT_TRANSLATE_NOOP("Errors", "The two new passwords differ; please type them again.")


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change my password"))
        form = QFormLayout()
        self.errors = FormErrors(form)
        self.current = self.errors.field(
            "current_password", self.tr("&Current password:"), _password_field(), named=True
        )
        self.new = self.errors.field(
            "password", self.tr("&New password:"), _password_field(), named=True
        )
        self.repeat = self.errors.field(
            "repeat_password", self.tr("&Repeat the new password:"), _password_field(), named=True
        )
        for name, edit in (
            ("current_password", self.current),
            ("password", self.new),
            ("repeat_password", self.repeat),
        ):
            edit.textEdited.connect(lambda _t, n=name: self.errors.clear_field(n))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(buttons)
        self.current.setFocus()

    def save(self) -> bool:
        try:
            if self.new.text() != self.repeat.text():
                raise ValidationError(NOT_REPEATED, field="repeat_password")
            AccountService(self.context.db).change_own_password(
                self.context.actor, self.current.text(), self.new.text()
            )
        except DeskError as error:
            self.errors.show(error)
            field = {"current_password": self.current, "repeat_password": self.repeat}
            widget = field.get(error.field or "", self.new)
            widget.selectAll()
            widget.setFocus()
            return False
        self.accept()
        return True
