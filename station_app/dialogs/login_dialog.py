"""Every start after the first: who is at the desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.errors import DeskError
from station_app.widgets.dialogs import accept_buttons
from station_app.widgets.form_errors import ERROR_STYLE, labelled_row


class LoginDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        station_name: str,
        last_username: str = "",
        parent: QWidget | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.actor: Actor | None = None
        self.meanwhile = meanwhile
        self.setWindowTitle(self.tr("Log in — Station Desk"))
        self.setMinimumWidth(400)

        heading = QLabel(station_name)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 18px; font-weight: bold; margin: 8px;")
        sub = QLabel(self.tr("Station Desk"))
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub.setStyleSheet("color: #666;")

        self.username = QLineEdit(last_username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        letters: set[str] = set()
        labelled_row(form, self.tr("User name"), "user", self.username, letters)
        labelled_row(form, self.tr("Password"), "password", self.password, letters)

        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = accept_buttons(self, self.try_login, text=self.tr("Log in"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if last_username else self.username).setFocus()

    def try_login(self) -> None:
        """``meanwhile`` (the desk's first screen loading; at once when done before)
        runs while the password is checked on a worker thread (AccountService.login)."""
        try:
            self.actor = self.accounts.login(
                self.username.text(), self.password.text(), self.meanwhile
            )
        except DeskError as error:
            self.error.setText(error.message())
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
