"""Entering a year's arrangement (调休) as the State Council's notice gives it
(administrators): ranges of days off and of weekend days worked. The rows start as
the statutory holidays; the service checks the rules and says what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QTableWidgetItem

from station_app.core import holiday_notices as notices
from station_app.core.errors import DeskError
from station_app.core.holiday_law import statutory_holidays
from station_app.core.holidays import name_label, year_is_known
from station_app.rooms.ui.common import from_qdate, hint
from station_app.rooms.ui.year_dialog import YearSettingsDialog
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import column_widths, label
from station_app.widgets.dialogs import SAVE, accept_buttons, ask_yes
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import item_table
from station_app.widgets.screen_fit import fit_to_screen

KIND, FIRST, LAST, HOLIDAY = range(4)
OFF, WORK = notices.NOTICE_OFF, notices.NOTICE_WORK


class ArrangementDialog(YearSettingsDialog):
    YEARS = (notices.FIRST_YEAR, notices.LAST_YEAR)

    def _build(self, _year: int) -> None:
        self.setWindowTitle(self.tr("Enter the year's arrangement"))
        self.year.installEventFilter(self)  # Enter there picks the year, it does not save
        top = self._top(
            self.tr("Days off and working days in lieu (State Council notice)"), self.tr("Year ")
        )
        self.statutory = hint(name="statutory")
        self.status = label(name="status", wrap=True)
        self.table = column_widths(
            item_table(
                [self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Holiday")],
                HOLIDAY,
                "ranges",
            ),
            {KIND: 130, FIRST: 170, LAST: 170},
        )
        self.add_off_button = button(
            self.tr("Add days off"), lambda: self.add_row(OFF), name="add_days_off"
        )
        self.add_work_button = button(
            self.tr("Add a working day"), lambda: self.add_row(WORK), name="add_workday"
        )
        self.remove_row_button = button(
            self.tr("Remove the row"), self.remove_row, name="remove_row"
        )
        self.error = label(name="error", style=ERROR_STYLE, wrap=True, hidden=True)

        buttons = accept_buttons(self, self.save, button=SAVE)
        self.save_button = buttons.button(SAVE)
        self.clear_button = buttons.addButton(
            self.tr("Remove the entered arrangement"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.clear_button.setObjectName("remove_arrangement")
        self.clear_button.clicked.connect(self.remove)

        notice_help = hint(
            self.tr(
                "Copy the notice holiday by holiday: its days off (from … to …) and the "
                "Saturdays or Sundays it makes working days. The statutory holidays are "
                "filled in; widen them to the notice's days off. Statutory days stay "
                "holidays whatever is entered."
            )
        )
        row_buttons = hbox(
            self.add_off_button, self.add_work_button, self.remove_row_button, STRETCH
        )
        vbox(
            top,
            notice_help,
            self.statutory,
            self.status,
            (self.table, 1),
            row_buttons,
            self.error,
            buttons,
            parent=self,
        )
        fit_to_screen(self, 660, 560)

    # --- the rows ------------------------------------------------------------------------

    def reload(self) -> None:
        year = self.year.value()
        self.error.hide()
        known = year_is_known(year)
        entered = self.holidays.arrangement(year)
        statutory = "; ".join(
            f"{name_label(h.name)} {self._days_text(h.days)}" for h in statutory_holidays(year)
        )
        self.statutory.setText(
            self.tr("Statutory holidays of {year}: {days}.").format(year=year, days=statutory)
        )
        if known:
            self.status.setText(
                self.tr(
                    "{year}: the State Council's arrangement is built in; to change single "
                    "days, close this window and use the station's own entry."
                ).format(year=year)
            )
        elif entered is not None:
            self.status.setText(self.tr("{year}: entered; saving replaces it.").format(year=year))
        else:
            self.status.setText(self.tr("{year}: not entered yet.").format(year=year))
        arrangement = entered or notices.draft(year)
        self.table.setRowCount(0)
        for days_off in arrangement.days_off:
            self._append(OFF, days_off)
        for worked in arrangement.workdays:
            self._append(WORK, worked)
        for widget in (self.table, self.add_off_button, self.add_work_button, self.save_button):
            widget.setEnabled(not known)
        self.remove_row_button.setEnabled(not known)
        self.clear_button.setVisible(entered is not None)
        self._update_names()

    @staticmethod
    def _days_text(days: tuple[dt.date, ...]) -> str:
        first, last = days[0], days[-1]
        return f"{first:%m-%d}" if first == last else f"{first:%m-%d}–{last:%m-%d}"

    def _date_edit(self, value: dt.date) -> DateEdit:
        edit = DateEdit(value, display_format="yyyy-MM-dd ddd")
        edit.dateChanged.connect(self._update_names)
        return edit

    def _append(self, kind: str, days: notices.DayRange) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("Days off"), OFF)
        combo.addItem(self.tr("Working day"), WORK)
        combo.setCurrentIndex(combo.findData(kind))
        combo.currentIndexChanged.connect(self._update_names)
        self.table.setCellWidget(row, KIND, combo)
        self.table.setCellWidget(row, FIRST, self._date_edit(days.first))
        self.table.setCellWidget(row, LAST, self._date_edit(days.last))
        self.table.setItem(row, HOLIDAY, QTableWidgetItem())
        return row

    def add_row(self, kind: str) -> int:
        """A new row after the chosen one, starting the day after it."""
        rows = self.table.rowCount()
        chosen = self.table.currentRow() if self.table.currentRow() >= 0 else rows - 1
        start = dt.date(self.year.value(), 1, 1)
        if chosen >= 0:
            start = self.range_at(chosen).last + dt.timedelta(days=1)
        if kind == WORK:  # the next Saturday or Sunday
            while start.weekday() < 5:
                start += dt.timedelta(days=1)
        row = self._append(kind, notices.DayRange(start, start))
        self.table.selectRow(row)
        self._update_names()
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_names()

    def kind_at(self, row: int) -> str:
        combo = self.table.cellWidget(row, KIND)
        assert isinstance(combo, QComboBox)
        return str(combo.currentData())

    def range_at(self, row: int) -> notices.DayRange:
        first, last = self.table.cellWidget(row, FIRST), self.table.cellWidget(row, LAST)
        assert isinstance(first, DateEdit) and isinstance(last, DateEdit)
        return notices.DayRange(from_qdate(first.date()), from_qdate(last.date()))

    def set_row(self, row: int, kind: str, first: dt.date, last: dt.date | None = None) -> None:
        """Fills a row as the admin would (tests)."""
        combo = self.table.cellWidget(row, KIND)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(kind))
        for column, value in ((FIRST, first), (LAST, last or first)):
            edit = self.table.cellWidget(row, column)
            assert isinstance(edit, DateEdit)
            edit.setDate(QDate(value.year, value.month, value.day))

    def arrangement(self) -> notices.Arrangement:
        rows = range(self.table.rowCount())
        return notices.Arrangement(
            self.year.value(),
            tuple(self.range_at(r) for r in rows if self.kind_at(r) == OFF),
            tuple(self.range_at(r) for r in rows if self.kind_at(r) == WORK),
        )

    def _update_names(self, *_args: object) -> None:
        """Which holiday each row belongs to, as the service will name it."""
        self.error.hide()  # an earlier refusal no longer describes the rows
        year = self.year.value()
        rows = range(self.table.rowCount())
        named = [
            (self.range_at(r), notices.names_touching(year, self.range_at(r)))
            for r in rows
            if self.kind_at(r) == OFF
        ]
        named = [(days, name) for days, name in named if name]
        for row in rows:
            days = self.range_at(row)
            if self.kind_at(row) == OFF:
                name = notices.names_touching(year, days)
                text = name_label(name) if name else self.tr("(no statutory holiday)")
            else:
                text = name_label(notices.workday_name(days.first, named))
            self.table.item(row, HOLIDAY).setText(text)

    # --- writing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.year
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.year.interpretText()  # the typed year shows its rows
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _confirm_statutory_only(self) -> bool:
        """Saving the untouched statutory days is rarely what the notice says: ask."""
        arrangement = self.arrangement()
        if not self.actor.is_admin or arrangement != notices.draft(arrangement.year):
            return True  # desk staff hear the service's refusal instead
        return ask_yes(
            self,
            self.tr("Enter the year's arrangement"),
            self.tr(
                "The rows are still only the statutory holidays of {year}, with no days "
                "widened and no working days in lieu. Save them as {year}'s arrangement "
                "anyway?"
            ).format(year=arrangement.year),
        )

    def save(self) -> bool:
        self.error.hide()
        if not self._confirm_statutory_only():
            return False
        try:
            self.holidays.set_arrangement(self.actor, self.arrangement())
        except DeskError as error:
            self.error.setText(error.message())
            self.error.show()
            return False
        self.changed.emit()
        self.accept()
        return True

    def remove(self) -> bool:
        self.error.hide()
        try:
            removed = self.holidays.remove_arrangement(self.actor, self.year.value())
        except DeskError as error:
            self.error.setText(error.message())
            self.error.show()
            return False
        self.reload()
        if removed:
            self.changed.emit()
        return removed
