"""A member's status changes: transfer out (转出), withdraw (退会), reinstate (恢复).

One small dialog for the three: what is asked (destination, reason or a note), the
date (today by default), and the refusal beside its field if there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.members.service import MemberService
from station_app.members.ui.forms import HINT_STYLE, FieldMessages
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.optional_date import DATE_FORMAT

TRANSFER_OUT, WITHDRAW, REINSTATE = "transfer_out", "withdraw", "reinstate"
KINDS = (TRANSFER_OUT, WITHDRAW, REINSTATE)


class StatusChangeDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        kind: str,
        member_id: int,
        member_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown status change {kind!r}")
        self.context = context
        self.kind = kind
        self.member_id = member_id
        self.members = MemberService(context.db)

        if kind == TRANSFER_OUT:
            title = self.tr("Transfer out")
            field, label = "destination", self.tr("Transferred to")
            placeholder = self.tr("The union the member moves to")
            confirm = self.tr("Transfer out")
        elif kind == WITHDRAW:
            title = self.tr("Withdraw")
            field, label = "reason", self.tr("Reason")
            placeholder = self.tr("The reason the member gave")
            confirm = self.tr("Withdraw")
        else:
            title = self.tr("Reinstate")
            field, label = "note", self.tr("Note")
            placeholder = self.tr("Optional")
            confirm = self.tr("Reinstate")
        self.setWindowTitle(
            self.tr("{action} – {member}").format(action=title, member=member_label)
        )
        self.setMinimumWidth(460)

        heading = QLabel(member_label)
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldMessages(form)
        self.field_name = field
        self.text = QLineEdit()
        self.text.setObjectName(field)
        self.text.setMaxLength(200)
        self.text.setPlaceholderText(placeholder)
        self.date = DateEdit()
        self.date.setObjectName("date")
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        today = clock.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.errors.add_field(field, label, self.text)
        self.errors.add_field("date", self.tr("Date"), self.date)

        hint = QLabel(
            self.tr("The member will be listed as active again.")
            if kind == REINSTATE
            else self.tr("The member stays on file and can be reinstated later.")
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            confirm, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self.confirm)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.text, self.date)
        QWidget.setTabOrder(self.date, self.confirm_button)
        self.text.setFocus()

    def confirm(self) -> bool:
        on = self.date.date().toPython()
        actor, member_id, text = self.context.actor, self.member_id, self.text.text()
        try:
            if self.kind == TRANSFER_OUT:
                self.members.transfer_out(actor, member_id, text, on)
            elif self.kind == WITHDRAW:
                self.members.withdraw(actor, member_id, text, on)
            else:
                self.members.reinstate(actor, member_id, on, text)
        except DeskError as error:
            self.errors.show(error)
            widget = self.text if error.field == self.field_name else self.date
            if error.field:
                widget.setFocus()
            return False
        self.errors.clear()
        self.accept()
        return True
