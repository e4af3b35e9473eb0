"""The weekly repeat of a new booking, for :class:`BookingDialog`: every n weeks until a
date or n times, reviewed date by date before anything is booked. Its strings keep the
dialog's translation context, ``BookingDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QDialog, QFormLayout, QGroupBox, QRadioButton

from station_app.rooms.types import BookingInput, RepeatRule
from station_app.rooms.ui.common import from_qdate
from station_app.rooms.ui.small_dialogs import SeriesReviewDialog
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import named, row_panel, spin_box
from station_app.widgets.layout import STRETCH


class RepeatSection:
    """The repeat box and booking a series, for :class:`BookingDialog`."""

    def _build_repeat(self) -> None:
        """The weekly repeat of a new booking: every n weeks, until a date or n times."""
        add = self.errors.add_field
        # --- repeat (new bookings) -----------------------------------------------------
        self.repeat = named(
            QGroupBox(QCoreApplication.translate("BookingDialog", "Repeat weekly")), "repeat"
        )
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        self.every_weeks = spin_box(
            "every_weeks",
            1,
            52,
            prefix=QCoreApplication.translate("BookingDialog", "every "),
            suffix=QCoreApplication.translate("BookingDialog", " week(s)"),
        )
        self.every_weeks.setMaximumWidth(160)
        self.until_choice = named(
            QRadioButton(QCoreApplication.translate("BookingDialog", "until")), "until_choice"
        )
        self.until = named(DateEdit(), "until")
        self.count_choice = named(QRadioButton(), "count_choice")
        self.count = spin_box(
            "count",
            1,
            104,
            4,
            prefix=QCoreApplication.translate("BookingDialog", "in all "),
            suffix=QCoreApplication.translate("BookingDialog", " times"),
        )
        end_group = QButtonGroup(self)
        end_group.addButton(self.until_choice)
        end_group.addButton(self.count_choice)
        self.count_choice.setChecked(True)
        until_row = row_panel(
            self.until_choice, self.until, 16, self.count_choice, self.count, STRETCH
        )
        repeat_form = QFormLayout(self.repeat)
        repeat_errors = self.errors.form(repeat_form)
        add(
            repeat_errors,
            "every_weeks",
            QCoreApplication.translate("BookingDialog", "Repeat"),
            self.every_weeks,
        )
        add(
            repeat_errors,
            "until",
            QCoreApplication.translate("BookingDialog", "Ends"),
            until_row,
            "count",
        )

    def _until_edited(self) -> None:
        if not self._loading:
            self.until_choice.setChecked(True)

    def _count_edited(self) -> None:
        if not self._loading:
            self.count_choice.setChecked(True)

    def _repeat_toggled(self, on: bool) -> None:
        if on and not self._loading:
            self.every_weeks.setFocus()
        self.save_button.setText(
            (
                QCoreApplication.translate("BookingDialog", "Review the dates…")
                if on
                else QCoreApplication.translate("BookingDialog", "Book")
            )
            if self.booking_id is None
            else QCoreApplication.translate("BookingDialog", "Save changes")
        )

    def repeat_rule(self) -> RepeatRule:
        if self.until_choice.isChecked():
            return RepeatRule(self.every_weeks.value(), until=from_qdate(self.until.date()))
        return RepeatRule(self.every_weeks.value(), count=self.count.value())

    def _save_series(self, inp: BookingInput) -> bool:
        rule = self.repeat_rule()
        plan = self.bookings.plan_series(self.actor, inp, rule)
        review = SeriesReviewDialog(plan, self._room().name, self)
        if review.exec() != QDialog.DialogCode.Accepted:
            return False
        result = self.bookings.book_series(self.actor, inp, rule, skip=review.skipped_dates())
        self.saved_id = result.bookings[0].id
        self.message.emit(
            QCoreApplication.translate(
                "BookingDialog", "Booked {count} dates of the repeat ({skipped} skipped)."
            ).format(count=len(result.bookings), skipped=len(result.skipped))
        )
        self.saved.emit(self.saved_id)
        self.changed.emit()
        self.accept()
        return True
