"""Live checks of the booking form, for :class:`BookingDialog`: the kind of the chosen day
and the holiday notice beside the date, and whether the chosen time is free (a probe of
the service without the details) beside the time. Its strings keep the dialog's
translation context, ``BookingDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate

from station_app.core.errors import DeskError
from station_app.rooms import labels
from station_app.rooms.types import BookingInput
from station_app.rooms.ui.common import GOOD_STYLE, HINT_STYLE, from_qdate
from station_app.widgets.form_errors import ERROR_STYLE

PROBE_NAME = "-"
PROBE_MOBILE = "13800000000"  # a well-formed number for the "is this time free" probe


class LiveChecks:
    """The day and the time, checked as they change, for :class:`BookingDialog`."""

    def _date_changed(self, value: QDate) -> None:
        day = self.holidays.day(from_qdate(value))
        text = f"{labels.weekday(day.date)} · {labels.day_kind(day)}"
        self.day_label.setText(text)
        self.day_label.setStyleSheet(ERROR_STYLE if not day.is_open else HINT_STYLE)
        notice = self.holidays.notice(day.date)
        self.holiday_notice.setText(notice or "")
        self.holiday_notice.setVisible(bool(notice))
        self._update_slot_state()

    def _update_slot_state(self) -> None:
        """Says at once whether the chosen time is free (a probe without the details)."""
        if self._loading or not self.rooms or not self._editable():
            return
        probe = BookingInput(
            room_id=self._room().id,
            starts_at=self.starts_at(),
            ends_at=self.ends_at(),
            caller_name=PROBE_NAME,
            caller_mobile=PROBE_MOBILE,
            attendees=1,
        )
        try:
            self.bookings.check(self.actor, probe, self.booking_id)
        except DeskError as error:
            if self.errors.field_of(error.field) in ("starts_at", "room_id"):
                self.slot_label.setStyleSheet(ERROR_STYLE)
                self.slot_label.setText(error.message())
                self.slot_label.show()
                return
        self.slot_label.setStyleSheet(GOOD_STYLE)
        self.slot_label.setText(QCoreApplication.translate("BookingDialog", "✓ This time is free."))
        self.slot_label.show()

    def slot_state(self) -> str:
        return self.slot_label.text()
