"""What the booking form writes, for :class:`BookingDialog`: saving (a refusal stays
beside its field) and the status actions of an existing booking (check in, complete,
no-show, cancel), revealing the caller's mobile and printing the slip. Its strings keep
the dialog's translation context, ``BookingDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from station_app.core.errors import DeskError
from station_app.rooms import labels
from station_app.rooms.service import rules
from station_app.rooms.types import SCOPE_ONE
from station_app.rooms.ui import printing
from station_app.rooms.ui.small_dialogs import CancelDialog


class SaveFlow:
    """Saving and the status actions, for :class:`BookingDialog`."""

    def save(self) -> bool:
        """Books (or saves the changes); a refusal stays beside its field."""
        if self.save_button.isHidden() and self.record is not None:
            return False
        self.errors.clear()
        try:
            inp = self.booking_input()
            if self.booking_id is None:
                if self.repeat.isChecked():
                    return self._save_series(inp)
                result = self.bookings.book(self.actor, inp)
                self.saved_id = result.id
                self.message.emit(
                    QCoreApplication.translate(
                        "BookingDialog", "Booked: {number}, {room}, {when}."
                    ).format(
                        number=result.booking_no,
                        room=self._room().name,
                        when=rules.fmt_span(inp.starts_at, inp.ends_at),
                    )
                )
            else:
                scope = self.scope.currentData() if self.scope_row.isVisible() else SCOPE_ONE
                changed = self.bookings.edit(self.actor, self.booking_id, inp, scope)
                self.saved_id = self.booking_id
                self.message.emit(
                    QCoreApplication.translate(
                        "BookingDialog", "Saved: {count} booking(s) changed."
                    ).format(count=changed)
                )
        except DeskError as error:
            self._refused(error)
            return False
        self.saved.emit(self.saved_id)
        self.changed.emit()
        self.accept()
        return True

    def _refused(self, error: DeskError) -> None:
        self.errors.show(error)
        if self.errors.field_of(error.field) == "starts_at":
            self.slot_label.hide()  # the refusal says it, beside the time

    def error_text(self, field: str) -> str:
        """The sentence beside ``field`` (tests)."""
        return self.errors.text(self.errors.field_of(field))

    # --- status actions ----------------------------------------------------------------

    def _status_action(self, action, done: str) -> None:  # type: ignore[no-untyped-def]
        assert self.booking_id is not None
        self.errors.clear()
        try:
            action(self.actor, self.booking_id)
        except DeskError as error:
            self.errors.show(error)
            return
        self._after_change(done)

    def _after_change(self, done: str) -> None:
        assert self.booking_id is not None
        self.done_label.setText(done)
        self.done_label.show()
        self.record = self.bookings.get(self.actor, self.booking_id)
        self._update_state()
        self.message.emit(done)
        self.changed.emit()

    def check_in(self) -> None:
        self._status_action(
            self.bookings.check_in, QCoreApplication.translate("BookingDialog", "Checked in.")
        )

    def complete(self) -> None:
        self._status_action(
            self.bookings.complete,
            QCoreApplication.translate("BookingDialog", "Marked as completed."),
        )

    def no_show(self) -> None:
        self._status_action(
            self.bookings.no_show,
            QCoreApplication.translate("BookingDialog", "Marked as a no-show."),
        )

    def cancel_booking(self) -> None:
        assert self.booking_id is not None and self.record is not None
        row = self.record.row
        booking_id = self.booking_id

        def submit(reason: str, scope: str) -> int:
            return self.bookings.cancel(self.actor, booking_id, reason, scope)

        summary = (
            f"{row.room_name} · {rules.fmt_span(row.starts_at, row.ends_at)} · {labels.what(row)}"
        )
        dialog = CancelDialog(summary, row.series_id is not None, submit, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._after_change(
            QCoreApplication.translate("BookingDialog", "Cancelled ({count} booking(s)).").format(
                count=dialog.cancelled
            )
        )

    def reveal_mobile(self) -> None:
        assert self.booking_id is not None
        try:
            record = self.bookings.get(self.actor, self.booking_id, reveal=True)
        except DeskError as error:
            self.errors.show(error)
            return
        self._shown_mobile = record.caller_mobile
        self.caller_mobile.setText(record.caller_mobile)
        self.reveal_button.hide()

    def print_slip(self) -> None:
        assert self.booking_id is not None
        printing.print_booking_slip(self, self.context, self.booking_id)
