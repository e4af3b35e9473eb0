"""Add or edit a service activity (服务行动) and its shifts in one dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.volunteers import labels
from station_app.volunteers.service import ActivityService, TeamService
from station_app.volunteers.types import ActivityInput, ActivityRow, ShiftInput
from station_app.volunteers.ui.common import (
    fill_team_combo,
    from_qdatetime,
    notices_text,
    to_qdatetime,
)
from station_app.widgets.desk_parts import label, named, notes_box
from station_app.widgets.dialogs import SAVE, accept_buttons
from station_app.widgets.form_errors import ERROR_STYLE, FormErrors
from station_app.widgets.layout import STRETCH, button, hbox, vbox

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


@dataclass
class ShiftLine:
    shift_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    role: str
    places: int


class ShiftTable(QTableWidget):
    """The activity's shifts, each row editable in place."""

    START, END, ROLE, PLACES = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.setHorizontalHeaderLabels(
            [self.tr("Starts"), self.tr("Ends"), self.tr("Role"), self.tr("Places")]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (self.START, self.END):
            header.resizeSection(column, 150)
        header.resizeSection(self.PLACES, 70)
        self.setMinimumHeight(150)
        self.ids: list[int | None] = []

    def add_line(self, line: ShiftLine) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.ids.append(line.shift_id)
        for column, value in ((self.START, line.starts_at), (self.END, line.ends_at)):
            edit = QDateTimeEdit(to_qdatetime(value))
            edit.setDisplayFormat(DATETIME_FORMAT)
            edit.setFrame(False)
            self.setCellWidget(row, column, edit)
        role = QLineEdit(line.role)
        role.setFrame(False)
        role.setPlaceholderText(self.tr("e.g. sign-in desk"))
        self.setCellWidget(row, self.ROLE, role)
        places = QSpinBox()
        places.setRange(1, 999)
        places.setValue(line.places)
        places.setFrame(False)
        self.setCellWidget(row, self.PLACES, places)
        self.setCurrentCell(row, self.ROLE)

    def remove_current(self) -> int | None:
        """Removes the selected line; returns its shift id if it was saved."""
        row = self.currentRow()
        if row < 0:
            return None
        self.removeRow(row)
        return self.ids.pop(row)

    def lines(self) -> list[ShiftLine]:
        out = []
        for row in range(self.rowCount()):
            start = self.cellWidget(row, self.START)
            end = self.cellWidget(row, self.END)
            role = self.cellWidget(row, self.ROLE)
            places = self.cellWidget(row, self.PLACES)
            assert isinstance(start, QDateTimeEdit) and isinstance(end, QDateTimeEdit)
            assert isinstance(role, QLineEdit) and isinstance(places, QSpinBox)
            out.append(
                ShiftLine(
                    self.ids[row],
                    from_qdatetime(start.dateTime()),
                    from_qdatetime(end.dateTime()),
                    role.text(),
                    places.value(),
                )
            )
        return out

    def set_id(self, row: int, shift_id: int) -> None:
        self.ids[row] = shift_id


class ActivityDialog(QDialog):
    """``activity_id`` None: a new activity starting at ``day`` 09:00."""

    def __init__(
        self,
        context: DeskContext,
        activity_id: int | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ActivityService(context.db)
        self.activity_id = activity_id
        self.notices = ""
        self._removed: list[int] = []
        self.setWindowTitle(self.tr("New activity") if activity_id is None else self.tr("Activity"))
        self.setMinimumWidth(640)

        self.title = named(QLineEdit(), "title")
        self.kind = named(QComboBox(), "kind")
        for code in labels.KINDS:
            self.kind.addItem(labels.kind(code), code)
        self.place = named(QLineEdit(), "place")
        self.starts_at = QDateTimeEdit()
        self.ends_at = QDateTimeEdit()
        for edit in (self.starts_at, self.ends_at):
            edit.setDisplayFormat(DATETIME_FORMAT)
            edit.setCalendarPopup(True)
        self.team = named(QComboBox(), "team")
        self.description = notes_box("description", 64)

        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add_field("title", self.tr("&Title"), self.title)
        self.errors.add_field("kind", self.tr("&Kind"), self.kind)
        self.errors.add_field("place", self.tr("&Place"), self.place)
        self.errors.add_field("starts_at", self.tr("&Starts"), self.starts_at)
        self.errors.add_field("ends_at", self.tr("&Ends"), self.ends_at)
        self.errors.add_field("team_id", self.tr("Tea&m"), self.team)
        self.errors.add_field("description", self.tr("&Description"), self.description)

        self.shifts = named(ShiftTable(), "shifts")
        self.add_shift_button = button(self.tr("&Add shift"), self.add_shift, name="add_shift")
        self.remove_shift_button = button(
            self.tr("&Remove shift"), self.remove_shift, name="remove_shift"
        )
        self.shift_error = label(name="shift_error", style=ERROR_STYLE, wrap=True, hidden=True)

        buttons = accept_buttons(self, self.save, button=SAVE)

        shift_buttons = hbox(
            QLabel(self.tr("Shifts (time, role, places needed)")),
            STRETCH,
            self.add_shift_button,
            self.remove_shift_button,
        )
        vbox(
            form,
            self.errors.general_label,
            shift_buttons,
            self.shifts,
            self.shift_error,
            buttons,
            parent=self,
        )

        teams = TeamService(context.db).list_teams()
        if activity_id is None:
            start = dt.datetime.combine(day or dt.date.today(), dt.time(9))
            self.starts_at.setDateTime(to_qdatetime(start))
            self.ends_at.setDateTime(to_qdatetime(start.replace(hour=11, minute=30)))
            fill_team_combo(self.team, teams, self.tr("Whole brigade"))
        else:
            self._load(self.service.get_activity(activity_id), teams)
        self.title.setFocus()

    def _load(self, row: ActivityRow, teams: list) -> None:
        self.title.setText(row.title)
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.place.setText(row.place)
        self.starts_at.setDateTime(to_qdatetime(row.starts_at))
        self.ends_at.setDateTime(to_qdatetime(row.ends_at))
        fill_team_combo(self.team, teams, self.tr("Whole brigade"), row.team_id)
        self.description.setPlainText(row.description)
        for shift in self.service.shifts(row.id):
            self.shifts.add_line(
                ShiftLine(shift.id, shift.starts_at, shift.ends_at, shift.role, shift.places)
            )

    def add_shift(self) -> None:
        """A new line: after the last shift, or the activity's own times."""
        lines = self.shifts.lines()
        start = from_qdatetime(self.starts_at.dateTime())
        end = from_qdatetime(self.ends_at.dateTime())
        if lines:
            start, end = lines[-1].starts_at, lines[-1].ends_at
        self.shifts.add_line(ShiftLine(None, start, end, "", 1))
        self.shifts.setFocus()

    def remove_shift(self) -> None:
        removed = self.shifts.remove_current()
        if removed is not None:
            self._removed.append(removed)

    def activity_input(self) -> ActivityInput:
        return ActivityInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            starts_at=from_qdatetime(self.starts_at.dateTime()),
            ends_at=from_qdatetime(self.ends_at.dateTime()),
            place=self.place.text(),
            team_id=self.team.currentData(),
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        """The activity, then each shift; a refused shift is named and the dialog
        stays open (what was saved stays saved: a retry updates it)."""
        self.errors.clear()
        self.shift_error.hide()
        actor = self.context.actor
        try:
            inp = self.activity_input()
            if self.activity_id is None:
                self.activity_id = self.service.add_activity(actor, inp).id
                self.setWindowTitle(self.tr("Activity"))
            else:
                self.service.update_activity(actor, self.activity_id, inp)
        except DeskError as error:
            self.errors.show(error)
            return
        notices = []
        while self._removed:
            shift_id = self._removed[0]
            try:
                self.service.delete_shift(actor, shift_id)
            except DeskError as error:
                self._shift_failed(None, error)
                return
            self._removed.pop(0)
        for row, line in enumerate(self.shifts.lines()):
            shift = ShiftInput(line.starts_at, line.ends_at, line.role, line.places)
            try:
                if line.shift_id is None:
                    result = self.service.add_shift(actor, self.activity_id, shift)
                    self.shifts.set_id(row, result.id)
                else:
                    result = self.service.update_shift(actor, line.shift_id, shift)
            except DeskError as error:
                self._shift_failed(row, error)
                return
            notices.extend(result.notices)
        self.notices = notices_text(notices)
        self.accept()

    def _shift_failed(self, row: int | None, error: DeskError) -> None:
        text = error.message()
        if row is not None:
            text = self.tr("Shift {number}: {reason}").format(number=row + 1, reason=text)
            self.shifts.setCurrentCell(row, ShiftTable.START)
        self.shift_error.setText(text)
        self.shift_error.show()
