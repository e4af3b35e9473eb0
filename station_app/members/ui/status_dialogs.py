"""A member's status changes: transfer out (转出), withdraw (退会), reinstate (恢复).

One small dialog for the three: what is asked (destination, reason or a note), the
date (today by default), and the refusal beside its field if there is one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.members.service import MemberService
from station_app.members.service.lifecycle import REINSTATE, TRANSFER_OUT, WITHDRAW
from station_app.members.ui.forms import HINT_STYLE, FieldMessages
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label
from station_app.widgets.form_dialog import FormDialog
from station_app.widgets.optional_date import DATE_FORMAT

KINDS = (TRANSFER_OUT, WITHDRAW, REINSTATE)


class StatusChangeDialog(FormDialog):
    def __init__(
        self,
        context: DeskContext,
        kind: str,
        member_id: int,
        member_label: str,
        parent: QWidget | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown status change {kind!r}")
        super().__init__(context, parent, errors=FieldMessages, grow=True)
        self.kind = kind
        self.member_id = member_id
        self.members = MemberService(context.db)

        if kind == TRANSFER_OUT:
            title = self.tr("Transfer out")
            field, label_text = "destination", self.tr("Transferred to")
            placeholder = self.tr("The union the member moves to")
            confirm = self.tr("Transfer out")
        elif kind == WITHDRAW:
            title = self.tr("Withdraw")
            field, label_text = "reason", self.tr("Reason")
            placeholder = self.tr("The reason the member gave")
            confirm = self.tr("Withdraw")
        else:
            title = self.tr("Reinstate")
            field, label_text = "note", self.tr("Note")
            placeholder = self.tr("Optional")
            confirm = self.tr("Reinstate")
        self.setWindowTitle(
            self.tr("{action} – {member}").format(action=title, member=member_label)
        )
        self.setMinimumWidth(460)

        heading = label(member_label, style="font-size: 15px; font-weight: bold;")
        self.field_name = field
        self.text = self.field(field, label_text, QLineEdit(), named=True)
        self.text.setMaxLength(200)
        self.text.setPlaceholderText(placeholder)
        self.date = self.field(
            "date", self.tr("Date"), DateEdit(clock.today(), display_format=DATE_FORMAT), named=True
        )

        hint = label(
            self.tr("The member will be listed as active again.")
            if kind == REINSTATE
            else self.tr("The member stays on file and can be reinstated later."),
            style=HINT_STYLE,
            wrap=True,
        )

        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            confirm, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self.confirm)
        cancel.clicked.connect(self.reject)

        self.lay_out(self.buttons, above=[heading], below=[hint])
        QWidget.setTabOrder(self.text, self.date)
        QWidget.setTabOrder(self.date, self.confirm_button)
        self.text.setFocus()

    def confirm(self) -> bool:
        return self.save()

    def write(self) -> None:
        on = self.date.date().toPython()
        actor, member_id, text = self.context.actor, self.member_id, self.text.text()
        if self.kind == TRANSFER_OUT:
            self.members.transfer_out(actor, member_id, text, on)
        elif self.kind == WITHDRAW:
            self.members.withdraw(actor, member_id, text, on)
        else:
            self.members.reinstate(actor, member_id, on, text)

    def refused(self, error: DeskError) -> None:
        if error.field:
            (self.text if error.field == self.field_name else self.date).setFocus()
