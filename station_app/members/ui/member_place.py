"""The unit-and-categories half of the member form: unit, community, join date,
hardship and outdoor categories, flags, notes.

Choosing a unit selects its community; "New unit…" adds a unit without leaving the
form. The texts keep the form's translation context (``MemberFormDialog``): they were
written there and the catalog is keyed by it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.members import labels
from station_app.members.models import HARDSHIP_LEVELS, OUTDOOR_KINDS
from station_app.members.service import CommunityService, UnitService
from station_app.members.ui.forms import (
    FieldMessages,
    community_choices,
    fill_combo,
    select_value,
)
from station_app.members.ui.unit_picker import UnitPicker
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import row_panel
from station_app.widgets.layout import STRETCH
from station_app.widgets.optional_date import DATE_FORMAT


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class PlaceFields:
    """The unit and category widgets, added to ``form`` with their labels and message
    slots; ``owner`` is the form's dialog (parent of the new-unit dialog)."""

    def __init__(
        self,
        context: DeskContext,
        units: UnitService,
        form: QFormLayout,
        messages: FieldMessages,
        owner: QWidget,
    ) -> None:
        self.context = context
        self.units = units
        self.owner = owner
        self.unit = UnitPicker(units)
        self.unit.setPlaceholderText(
            QCoreApplication.translate(
                "MemberFormDialog", "Type a name, pinyin initials or credit code"
            )
        )
        self.new_unit_button = QPushButton(
            QCoreApplication.translate("MemberFormDialog", "New unit…")
        )
        self.new_unit_button.clicked.connect(self.new_unit)
        unit_box = QWidget()
        unit_layout = QHBoxLayout(unit_box)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(self.unit, 1)
        unit_layout.addWidget(self.new_unit_button)
        self.community = QComboBox()
        fill_combo(
            self.community,
            community_choices(CommunityService(context.db)),
            QCoreApplication.translate("MemberFormDialog", "(the unit's community)"),
        )
        self.joined_on = DateEdit()
        self.joined_on.setDisplayFormat(DATE_FORMAT)
        self.joined_on.setCalendarPopup(True)
        self.joined_on.setMinimumDate(QDate(1900, 1, 1))
        self.joined_on.setMaximumDate(qdate(clock.today()))
        self.joined_on.setDate(qdate(clock.today()))
        no = QCoreApplication.translate("MemberFormDialog", "No")
        self.hardship = QComboBox()
        fill_combo(
            self.hardship,
            [(lv, labels.translated(labels.HARDSHIP_LEVEL_TEXT[lv])) for lv in HARDSHIP_LEVELS],
            no,
        )
        self.outdoor = QComboBox()
        fill_combo(self.outdoor, [(k, labels.outdoor_label(k)) for k in OUTDOOR_KINDS], no)
        self.migrant = QCheckBox(QCoreApplication.translate("MemberFormDialog", "Migrant worker"))
        self.model_worker = QCheckBox(
            QCoreApplication.translate("MemberFormDialog", "Model worker")
        )
        flags = row_panel(self.migrant, self.model_worker, STRETCH)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(owner.fontMetrics().lineSpacing() * 4 + 12)

        messages.add_field(
            "unit_id", QCoreApplication.translate("MemberFormDialog", "Unit"), unit_box
        )
        messages.add_field(
            "community_id",
            QCoreApplication.translate("MemberFormDialog", "Community"),
            self.community,
        )
        messages.add_field(
            "joined_on", QCoreApplication.translate("MemberFormDialog", "Join date"), self.joined_on
        )
        messages.add_field(
            "hardship_level",
            QCoreApplication.translate("MemberFormDialog", "Worker in hardship"),
            self.hardship,
        )
        messages.add_field(
            "outdoor_kind",
            QCoreApplication.translate("MemberFormDialog", "Outdoor worker"),
            self.outdoor,
        )
        messages.add_row("also", QCoreApplication.translate("MemberFormDialog", "Also"), flags)
        messages.add_field(
            "notes", QCoreApplication.translate("MemberFormDialog", "Notes"), self.notes
        )
        for widget, name in (
            (self.unit, "unit_id"),
            (self.community, "community_id"),
            (self.joined_on, "joined_on"),
            (self.hardship, "hardship_level"),
            (self.outdoor, "outdoor_kind"),
            (self.notes, "notes"),
        ):
            widget.setObjectName(name)
        self.unit.unit_chosen.connect(self._unit_chosen)

    def _unit_chosen(self, unit_id: int | None) -> None:
        """As on paper: the member belongs to the community of their unit."""
        if unit_id is None:
            return
        try:
            record = self.units.get_unit(unit_id)
        except DeskError:
            return
        if record.community_id is not None:
            select_value(self.community, record.community_id)

    def new_unit(self) -> None:
        from station_app.members.ui.unit_form import UnitFormDialog

        typed = "" if self.unit.unit_id() is not None else self.unit.text().strip()
        dialog = UnitFormDialog(self.context, None, self.owner, name=typed)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.unit_id is not None:
            self.unit.set_unit(dialog.unit_id, dialog.unit_name)
            self.community.setFocus()
