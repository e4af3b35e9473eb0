"""A unit's ledger entry (台账): the staff member responsible (包干) and the notes of
contacts with it (visited, 沟通会, union founded …), newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.members import labels
from station_app.members.service import UnitLedgerService
from station_app.members.types import ContactInput, ContactRow
from station_app.members.ui.forms import fill_combo, select_value
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label
from station_app.widgets.layout import button, hbox, vbox


class UnitLedgerDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: DeskContext, unit_id: int, unit_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.unit_id = unit_id
        self.ledger = UnitLedgerService(context.db)
        self.rows: list[ContactRow] = []
        self.setWindowTitle(self.tr("Staff and contacts: {unit}").format(unit=unit_name))

        self.staff_box = QComboBox()
        self.staff_box.setObjectName("staff_box")
        fill_combo(self.staff_box, self.ledger.staff_choices(), self.tr("Nobody yet"))
        select_value(self.staff_box, self.ledger.staff_of(unit_id))
        self.staff_box.currentIndexChanged.connect(self.assign_staff)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contacts_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What happened"), self.tr("Note"), self.tr("Entered by")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.date_edit = DateEdit(clock.today())
        self.date_edit.setObjectName("contact_date")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("contact_kind")
        fill_combo(self.kind_box, labels.contact_kind_choices())
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("contact_note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("What was agreed, who was met …"))
        self.add_button = button(self.tr("Add note"), self.add_contact, name="add_contact")
        self.delete_button = button(
            self.tr("Delete note"), self.delete_contact, name="delete_contact"
        )
        self.message = label(name="ledger_message", wrap=True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox(
            hbox(label(self.tr("Staff member responsible:")), (self.staff_box, 1)),
            label(self.tr("Contacts with the unit:")),
            (self.table, 1),
            hbox(self.date_edit, self.kind_box, (self.note_edit, 1), self.add_button),
            hbox(self.delete_button, (self.message, 1)),
            buttons,
            parent=self,
        )
        self.resize(720, 460)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.ledger.contacts(self.unit_id)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            cells = (
                row.contacted_on.isoformat(),
                labels.contact_kind_label(row.kind),
                row.note,
                row.operator,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, column, item)
        self.table.resizeColumnToContents(0)
        self.delete_button.setEnabled(bool(self.rows))

    def assign_staff(self) -> None:
        try:
            self.ledger.assign_staff(self.context.actor, self.unit_id, self.staff_box.currentData())
        except DeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message())
            return
        self.message.setText(self.tr("Saved."))
        self.changed.emit()

    def add_contact(self) -> None:
        if not self.date_edit.commit_typing():
            return
        day = self.date_edit.date().toPython()
        inp = ContactInput(day, self.kind_box.currentData(), self.note_edit.text())  # type: ignore[arg-type]
        try:
            self.ledger.add_contact(self.context.actor, self.unit_id, inp)
        except DeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message())
            return
        self.note_edit.clear()
        self.refresh()
        self.message.setText(self.tr("Note added."))
        self.changed.emit()

    def delete_contact(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose the note to delete."))
            return
        row = self.rows[rows[0].row()]
        try:
            self.ledger.delete_contact(self.context.actor, row.id)
        except DeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message())
        self.refresh()
        self.changed.emit()
