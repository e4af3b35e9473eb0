"""Add or edit a unit (单位): name, credit code, community, contact, union status."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QIntValidator, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members import labels
from station_app.members.service import CommunityService, UnitService
from station_app.members.service.unit_validation import MAX_EMPLOYEES
from station_app.members.types import UnitInput
from station_app.members.ui.forms import (
    FieldMessages,
    combo_value,
    community_choices,
    fill_combo,
    select_community,
    select_value,
)
from station_app.widgets.dialogs import SAVE, accept_buttons
from station_app.widgets.form_dialog import RecordDialog
from station_app.widgets.optional_date import OptionalDateEdit


class UnitFormDialog(RecordDialog):
    """``unit_id`` None adds a unit (``name`` prefilled, e.g. from the member form's
    unit picker); after a save, :attr:`unit_id` and :attr:`unit_name` hold the unit."""

    TITLES = (
        QT_TRANSLATE_NOOP("UnitFormDialog", "Add unit"),
        QT_TRANSLATE_NOOP("UnitFormDialog", "Edit unit"),
    )

    def __init__(
        self,
        context: DeskContext,
        unit_id: int | None = None,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(context, unit_id, parent, errors=FieldMessages, grow=True)
        self.units = UnitService(context.db)
        self.unit_name = ""
        self.setMinimumWidth(560)

        self.name = self.field("name", self.tr("Unit name"), QLineEdit(name), named=True)
        self.name.setMaxLength(120)
        self.uscc = self.field("uscc", self.tr("Credit code"), QLineEdit(), named=True)
        self.uscc.setMaxLength(40)
        self.uscc.setPlaceholderText(self.tr("18 characters; leave empty if the unit has none"))
        self.community = self.field("community_id", self.tr("Community"), QComboBox(), named=True)
        fill_combo(
            self.community,
            community_choices(CommunityService(context.db)),
            self.tr("(none)"),
        )
        self.address = self.field("address", self.tr("Address"), QLineEdit(), named=True)
        self.address.setMaxLength(200)
        self.contact_name = self.field(
            "contact_name", self.tr("Contact person"), QLineEdit(), named=True
        )
        self.contact_name.setMaxLength(40)
        self.contact_phone = self.field(
            "contact_phone", self.tr("Contact phone"), QLineEdit(), named=True
        )
        self.contact_phone.setMaxLength(40)
        self.contact_phone.setPlaceholderText(self.tr("Mobile or telephone, e.g. 010-65123456"))
        self.employee_count = self.field(
            "employee_count", self.tr("Employees"), QLineEdit(), named=True
        )
        self.employee_count.setValidator(QIntValidator(0, MAX_EMPLOYEES, self))
        self.employee_count.setMaximumWidth(120)
        self.union_status = self.field("union_status", self.tr("Union"), QComboBox(), named=True)
        fill_combo(self.union_status, labels.union_status_choices())
        self.union_founded_on = self.field(
            "union_founded_on", self.tr("Founded on"), OptionalDateEdit(), named=True
        )
        self.union_name = self.field("union_name", self.tr("Union name"), QLineEdit(), named=True)
        self.union_name.setMaxLength(120)
        self.union_chair = self.field(
            "union_chair", self.tr("Union chair"), QLineEdit(), named=True
        )
        self.union_chair.setMaxLength(40)

        self.buttons = accept_buttons(self, self.save, button=SAVE, text=self.tr("Save"))
        self.save_button = self.buttons.button(SAVE)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        self.lay_out(self.buttons)

        self.union_status.currentIndexChanged.connect(self._union_changed)
        if unit_id is not None:
            self._load(unit_id)
        self._union_changed()
        for a, b in itertools.pairwise(self.fields):
            QWidget.setTabOrder(a, b)
        self.name.setFocus()

    def _load(self, unit_id: int) -> None:
        record = self.units.get_unit(unit_id)
        self.unit_name = record.name
        self.name.setText(record.name)
        self.uscc.setText(record.uscc)
        select_community(self.community, record.community_id, record.community_name)
        self.address.setText(record.address)
        self.contact_name.setText(record.contact_name)
        self.contact_phone.setText(record.contact_phone)
        self.employee_count.setText(
            "" if record.employee_count is None else str(record.employee_count)
        )
        select_value(self.union_status, record.union_status)
        self.union_founded_on.set_date_or_none(record.union_founded_on)
        self.union_name.setText(record.union_name)
        self.union_chair.setText(record.union_chair)

    def _union_changed(self, _index: int = 0) -> None:
        founded = combo_value(self.union_status) != "none"
        for widget in (self.union_founded_on, self.union_name, self.union_chair):
            widget.setEnabled(founded)

    def unit_input(self) -> UnitInput:
        status = combo_value(self.union_status) or "none"
        founded = status != "none"
        count = self.employee_count.text().strip()
        return UnitInput(
            name=self.name.text(),
            uscc=self.uscc.text(),
            community_id=combo_value(self.community),
            address=self.address.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            employee_count=int(count) if count.isdigit() else None,
            union_status=status,
            union_founded_on=self.union_founded_on.date_or_none() if founded else None,
            union_name=self.union_name.text() if founded else "",
            union_chair=self.union_chair.text() if founded else "",
        )

    @property
    def unit_id(self) -> int | None:
        """The unit edited, or the one added once saved."""
        return self.saved_id if self.saved_id is not None else self.record_id

    def add_record(self) -> int:
        return self.units.add_unit(self.context.actor, self.unit_input())

    def change_record(self, record_id: int) -> None:
        self.units.update_unit(self.context.actor, record_id, self.unit_input())

    def write(self) -> None:
        super().write()
        assert self.saved_id is not None
        self.unit_name = self.units.get_unit(self.saved_id).name

    def refused(self, error: DeskError) -> None:
        self.focus_field(error)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)
