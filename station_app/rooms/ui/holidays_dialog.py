"""Holiday settings (administrators): the year's holidays and adjusted working days,
by law, by the State Council's arrangement (built in, or entered here for a year the
built-in data does not know: it stops at 2026) and the station's own overrides,
which win."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
)

from station_app.core import holidays as hol
from station_app.core.errors import DeskError
from station_app.rooms import labels
from station_app.rooms.ui.common import NOTICE_STYLE, FieldErrors, from_qdate, hint, to_qdate
from station_app.rooms.ui.year_dialog import YearSettingsDialog
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import column_widths, label, named
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import item_table, set_row
from station_app.widgets.screen_fit import fit_to_screen

LOCAL_TEXT = QColor("#1d5fa8")
DATE_ROLE = Qt.ItemDataRole.UserRole + 1


class HolidaysDialog(YearSettingsDialog):
    def _build(self, year: int) -> None:
        self.setWindowTitle(self.tr("Holidays and adjusted working days"))
        first, last = hol.library_years()
        self.source = label(name="source", wrap=True)
        top = self._top(
            self.tr("Days the rooms are closed or open against the weekday rule"),
            self.tr("Year "),
        )
        self.arrangement_button = button(
            self.tr("Enter the year's arrangement…"),
            self.open_arrangement,
            name="enter_arrangement",
        )
        headers = [
            self.tr("Date"),
            self.tr("Weekday"),
            self.tr("Kind"),
            self.tr("Holiday name"),
            self.tr("Source"),
        ]
        self.table = column_widths(item_table(headers, 3, "days"), {0: 110, 1: 90, 2: 100, 4: 80})

        # --- one override -------------------------------------------------------------
        box = QGroupBox(self.tr("The station's own entry (wins over the built-in data)"))
        self.date = named(DateEdit(), "override_date")
        self.kind = named(QComboBox(), "override_kind")
        self.kind.addItem(self.tr("Holiday (closed)"), hol.OVERRIDE_HOLIDAY)
        self.kind.addItem(
            self.tr("Working day (open, e.g. a weekend worked in lieu)"), hol.OVERRIDE_WORKDAY
        )
        self.name = named(QLineEdit(), "override_name")
        self.name.setMaxLength(hol.OVERRIDE_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Spring Festival"))
        self.save_button = button(
            self.tr("Save this day"), self.save_override, name="save_override"
        )
        self.remove_button = button(
            self.tr("Remove the station's entry"), self.remove_override, name="remove_override"
        )
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name.setMinimumWidth(280)
        main = self.errors.form(form)
        self.errors.add_field(main, "date", self.tr("Date"), self.date)
        self.errors.add_field(main, "kind", self.tr("Kind"), self.kind)
        self.errors.add_field(main, "name", self.tr("Holiday name"), self.name)
        vbox(form, hbox(self.save_button, self.remove_button, STRETCH), general, parent=box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        built_in = hint(
            self.tr(
                "The statutory holidays of every year are computed; the State Council's "
                "arrangement is built in for {first}–{last}. Other days: Saturdays and "
                "Sundays closed, Monday to Friday open."
            ).format(first=first, last=last)
        )
        source_row = hbox((self.source, 1), self.arrangement_button)
        vbox(top, source_row, built_in, (self.table, 1), box, buttons, parent=self)
        fit_to_screen(self, 680, 620)

        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.date.dateChanged.connect(self._date_changed)
        self.name.returnPressed.connect(self.save_override)
        self.date.setDate(to_qdate(dt.date(year, 1, 1)))

    # --- the year ------------------------------------------------------------------------

    def reload(self) -> None:
        year = self.year.value()
        source = self.holidays.year_source(year)
        if source == hol.SOURCE_LIBRARY:
            text = self.tr("{year}: the State Council's arrangement is built in.").format(year=year)
            self.source.setStyleSheet("")
        elif source == hol.SOURCE_ENTERED:
            text = self.tr(
                "{year}: the State Council's arrangement as an administrator entered it."
            ).format(year=year)
            self.source.setStyleSheet("")
        else:
            text = hol.missing_data_notice(year)
            self.source.setStyleSheet(NOTICE_STYLE)
        self.source.setText(text)
        self.arrangement_button.setEnabled(source != hol.SOURCE_LIBRARY)
        overrides = {o.date: o for o in self.holidays.list_overrides(year)}
        days = [
            d
            for d in self.holidays.days(dt.date(year, 1, 1), dt.date(year, 12, 31))
            if d.kind in (hol.HOLIDAY, hol.ADJUSTED_WORKDAY) or d.date in overrides
        ]
        self.table.setRowCount(len(days))
        sources = {
            hol.SOURCE_LAW: self.tr("Law"),
            hol.SOURCE_NOTICE: self.tr("Notice"),
            hol.SOURCE_OVERRIDE: self.tr("Station"),
            hol.SOURCE_WEEK: "",
        }
        for row, day in enumerate(days):
            local = day.date in overrides
            kind = self.tr("Day off") if day.kind == hol.HOLIDAY else self.tr("Day worked")
            cells = [
                f"{day.date:%Y-%m-%d}",
                labels.weekday(day.date),
                kind,
                day.label(),
                sources[day.source],
            ]
            for item in set_row(self.table, row, cells, colour=LOCAL_TEXT if local else None):
                item.setData(DATE_ROLE, day.date)
        if self.date.date().year() != year:
            self.date.setDate(to_qdate(dt.date(year, 1, 1)))
        self._date_changed()

    def listed(self) -> list[tuple[dt.date, str, str, str]]:
        """(date, kind, name, source) of every row (tests)."""
        return [
            (
                self.table.item(r, 0).data(DATE_ROLE),
                self.table.item(r, 2).text(),
                self.table.item(r, 3).text(),
                self.table.item(r, 4).text(),
            )
            for r in range(self.table.rowCount())
        ]

    def _row_chosen(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        date = items[0].data(DATE_ROLE)
        self.date.setDate(to_qdate(date))

    def _date_changed(self, *_args: object) -> None:
        date = from_qdate(self.date.date())
        overrides = {o.date: o for o in self.holidays.list_overrides(date.year)}
        override = overrides.get(date)
        self.remove_button.setEnabled(override is not None)
        if override is not None:
            self.kind.setCurrentIndex(self.kind.findData(override.kind))
            self.name.setText(override.name)
        else:
            day = self.holidays.day(date)
            self.kind.setCurrentIndex(
                self.kind.findData(
                    hol.OVERRIDE_WORKDAY if day.date.weekday() >= 5 else hol.OVERRIDE_HOLIDAY
                )
            )
            self.name.setText(day.label() if day.kind == hol.HOLIDAY else "")

    def open_arrangement(self) -> None:
        from station_app.rooms.ui.arrangement_dialog import ArrangementDialog

        dialog = ArrangementDialog(self.holidays, self.actor, self.year.value(), self)
        dialog.changed.connect(self._arrangement_changed)
        dialog.exec()

    def _arrangement_changed(self) -> None:
        self.reload()
        self.changed.emit()

    # --- writing -------------------------------------------------------------------------

    def save_override(self) -> bool:
        self.errors.clear()
        date = from_qdate(self.date.date())
        try:
            self.holidays.set_override(
                self.actor, date, str(self.kind.currentData()), self.name.text()
            )
        except DeskError as error:
            self.errors.show(error)
            return False
        if self.year.value() != date.year:
            self.year.setValue(date.year)
        else:
            self.reload()
        self.changed.emit()
        return True

    def remove_override(self) -> bool:
        self.errors.clear()
        try:
            removed = self.holidays.remove_override(self.actor, from_qdate(self.date.date()))
        except DeskError as error:
            self.errors.show(error)
            return False
        self.reload()
        if removed:
            self.changed.emit()
        return removed
