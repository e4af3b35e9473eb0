"""One member's record: the details (ID number and mobile masked; an administrator may
show them whole, which the audit log records), the status, the history of intake, edits
and status changes, and the actions on the member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.members import labels
from station_app.members.service import MemberService
from station_app.members.service.lifecycle import REINSTATE, TRANSFER_OUT, WITHDRAW
from station_app.members.types import MemberRecord
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.list_page import set_row
from station_app.widgets.screen_fit import fit_to_screen

STATUS_STYLES = {
    "active": "background: #e9f7ef; color: #1e5631; border: 1px solid #a9dfbf;",
    "transferred": "background: #fdf2e9; color: #9a5b13; border: 1px solid #f5cba7;",
    "withdrawn": "background: #f2f3f4; color: #5f6b7a; border: 1px solid #ccd1d1;",
}
DETAIL_FIELDS = (
    "id_type", "id_number", "gender", "birth_date", "mobile", "landline",
    "unit", "community", "joined_on", "categories", "notes", "created",
)  # fmt: skip


class HistoryTable(QTableWidget):
    """The history, with a grey sentence when there is none (members added in bulk
    before the audit log, or by the demo)."""

    def __init__(self, empty_text: str) -> None:
        super().__init__(0, 4)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.empty_text = empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
        painter.end()


class MemberRecordDialog(QDialog):
    changed = Signal(int)  # the member was edited or changed status

    def __init__(
        self,
        context: DeskContext,
        member_id: int,
        parent: QWidget | None = None,
        *,
        open_member: Callable[[int], None] | None = None,
        print_receipt: Callable[[QWidget, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.members = MemberService(context.db)
        self.member_id = member_id
        self._open_member = open_member
        self._print_receipt = print_receipt
        self.record: MemberRecord | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("status_badge")
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.badge)
        header.addStretch(1)

        self.values: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        titles = {
            "id_type": self.tr("ID type"),
            "id_number": self.tr("ID number"),
            "gender": self.tr("Gender"),
            "birth_date": self.tr("Birth date"),
            "mobile": self.tr("Mobile"),
            "landline": self.tr("Landline"),
            "unit": self.tr("Unit"),
            "community": self.tr("Community"),
            "joined_on": self.tr("Join date"),
            "categories": self.tr("Categories"),
            "notes": self.tr("Notes"),
            "created": self.tr("On file since"),
        }
        for i, name in enumerate(DETAIL_FIELDS):
            value = QLabel()
            value.setObjectName(f"value_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            (left if i < 6 else right).addRow(titles[name], value)
        self.reveal_button = QPushButton(self.tr("Show full ID number"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setToolTip(
            self.tr("Shows the full ID and mobile numbers; the audit log records it.")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.setVisible(context.actor.is_admin)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        left.addRow("", reveal_row)
        details = QHBoxLayout()
        details.addLayout(left, 1)
        details.addSpacing(24)
        details.addLayout(right, 1)
        details_box = QGroupBox(self.tr("Details"))
        details_box.setLayout(details)

        self.history = HistoryTable(self.tr("No intake, edit or status change is on record."))
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Action"), self.tr("Changes")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        head = self.history.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)

        self.edit_button = QPushButton(self.tr("Edit… (Ctrl+E)"))
        self.transfer_button = QPushButton(self.tr("Transfer out…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.reinstate_button = QPushButton(self.tr("Reinstate…"))
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.edit_button.clicked.connect(self.edit)
        self.transfer_button.clicked.connect(lambda: self.change_status(TRANSFER_OUT))
        self.withdraw_button.clicked.connect(lambda: self.change_status(WITHDRAW))
        self.reinstate_button.clicked.connect(lambda: self.change_status(REINSTATE))
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.setEnabled(print_receipt is not None)
        if print_receipt is None:
            self.print_button.setToolTip(self.tr("Receipt printing is not available yet."))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_receipt)
        buttons = hbox(
            self.edit_button,
            self.transfer_button,
            self.withdraw_button,
            self.reinstate_button,
            self.print_button,
            STRETCH,
            self.close_button,
        )
        vbox(header, self.status_line, details_box, (history_box, 1), buttons, parent=self)
        fit_to_screen(self, 880, 640)
        self.reload()

    # --- showing -------------------------------------------------------------------------

    def reload(self, reveal: bool = False) -> None:
        self.record = self.members.get(self.context.actor, self.member_id, reveal=reveal)
        self._show(self.record)
        self._show_history()

    def _show(self, r: MemberRecord) -> None:
        self.setWindowTitle(
            self.tr("Member record – {name} ({member_no})").format(
                name=r.name, member_no=r.member_no
            )
        )
        self.title.setText(
            self.tr("{name}   {member_no}").format(name=r.name, member_no=r.member_no)
        )
        self.badge.setText(labels.status_label(r.status))
        self.badge.setStyleSheet(
            STATUS_STYLES.get(r.status, "") + "border-radius: 4px; padding: 2px 8px;"
        )
        self.status_line.setText(self._status_text(r))
        self.status_line.setVisible(r.status != "active")
        dash = labels.DASH
        values = {
            "id_type": labels.id_type_label(r.id_type),
            "id_number": r.id_number,
            "gender": labels.gender_label(r.gender),
            "birth_date": r.birth_date.isoformat() if r.birth_date else dash,
            "mobile": r.mobile or dash,
            "landline": r.landline or dash,
            "unit": r.unit_name or dash,
            "community": r.community_name or dash,
            "joined_on": r.joined_on.isoformat(),
            "categories": labels.categories_text(
                r.hardship_level, r.outdoor_kind, r.migrant_worker, r.model_worker
            )
            or dash,
            "notes": r.notes or dash,
            "created": r.created_at.strftime("%Y-%m-%d %H:%M"),
        }
        for name, text in values.items():
            self.values[name].setText(text)
        self.reveal_button.setEnabled(r.masked)
        self.reveal_button.setText(
            self.tr("Show full ID number") if r.masked else self.tr("Full numbers shown")
        )
        active = r.status == "active"
        self.transfer_button.setEnabled(active)
        self.withdraw_button.setEnabled(active)
        self.reinstate_button.setEnabled(not active)

    def _status_text(self, r: MemberRecord) -> str:
        day = r.status_changed_on.isoformat() if r.status_changed_on else ""
        if r.status == "transferred":
            return self.tr("Transferred out on {date} to {destination}.").format(
                date=day, destination=r.status_note
            )
        if r.status == "withdrawn":
            return self.tr("Withdrew on {date}. Reason: {reason}").format(
                date=day, reason=r.status_note
            )
        return ""

    def _show_history(self) -> None:
        revealed = self.record is not None and not self.record.masked
        rows = self.members.history(self.context.actor, self.member_id, reveal=revealed)
        self.history.setRowCount(len(rows))
        for i, row in enumerate(reversed(rows)):  # newest first
            cells = (
                row.at.strftime("%Y-%m-%d %H:%M"),
                row.operator,
                labels.action_label(row.action),
                labels.history_text(row, masked=self.record is None or self.record.masked),
            )
            set_row(self.history, i, cells)[3].setToolTip(cells[3])
        self.history.resizeRowsToContents()

    def history_rows(self) -> list[list[str]]:
        return [
            [self.history.item(r, c).text() for c in range(self.history.columnCount())]
            for r in range(self.history.rowCount())
        ]

    # --- actions -------------------------------------------------------------------------

    def reveal(self) -> None:
        try:
            self.reload(reveal=True)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Show full ID number"), error.message())

    def edit(self) -> None:
        from station_app.members.ui.member_form import MemberFormDialog

        form = MemberFormDialog(
            self.context,
            self.member_id,
            self,
            record=self.record,
            open_member=self._open_member,
            print_receipt=self._print_receipt,
        )
        form.saved.connect(self._changed)
        form.exec()

    def change_status(self, kind: str) -> None:
        from station_app.members.ui.status_dialogs import StatusChangeDialog

        if self.record is None:
            return
        label = labels.member_label(self.record.name, self.record.member_no)
        dialog = StatusChangeDialog(self.context, kind, self.member_id, label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.member_id)

    def _changed(self, member_id: int, *_args: object) -> None:
        self.reload()
        self.changed.emit(member_id)

    def print_receipt(self) -> None:
        if self._print_receipt is not None:
            self._print_receipt(self, self.member_id)
