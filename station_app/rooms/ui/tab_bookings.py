"""What the rooms tab does with the selection and with a booking: the side panel's
state, the context menu, the booking form, status changes and cancelling, for
:class:`RoomsTab`. Its strings keep the tab's translation context, ``RoomsTab``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms import labels
from station_app.rooms.types import BookingRow
from station_app.rooms.ui.booking_dialog import BookingDialog, Prefill
from station_app.rooms.ui.calendar_grid import Column
from station_app.rooms.ui.common import hours_text, tab_title
from station_app.rooms.ui.side_panel import (
    CANCEL,
    CHECK_IN,
    COMPLETE,
    NO_SHOW_ACTION,
    status_actions,
)
from station_app.rooms.ui.small_dialogs import CancelDialog

# What the status line says after a status change.
STATUS_DONE = {
    CHECK_IN: QT_TRANSLATE_NOOP("RoomsTab", "Checked in."),
    COMPLETE: QT_TRANSLATE_NOOP("RoomsTab", "Marked as completed."),
    NO_SHOW_ACTION: QT_TRANSLATE_NOOP("RoomsTab", "Marked as a no-show."),
}


class BookingActions:
    """The selection and the bookings, for :class:`RoomsTab`."""

    def _update_panel(self) -> None:
        booking = self.grid.current_booking()
        if booking is not None:
            self.panel.show_booking(booking, clock.today(), self.actor.is_admin)
            return
        chosen = self.grid.selected_range()
        column = self.grid.selected_column()
        if chosen is None or column is None:
            self.panel.show_nothing()
            return
        _room_id, start, end = chosen
        self.panel.show_range(column.room.name, start, end, self._range_problem(column, start, end))

    def _range_problem(self, column: Column, start: dt.datetime, end: dt.datetime) -> str:
        if column.hours is None:
            return column.subtitle
        if start.time() < column.hours.opens or end.time() > column.hours.closes:
            return QCoreApplication.translate("RoomsTab", "Outside opening hours ({hours})").format(
                hours=hours_text(column.hours)
            )
        if start < clock.now() and not self.actor.is_admin:
            return QCoreApplication.translate("RoomsTab", "This time has passed.")
        return ""

    def _with_current(self, action) -> None:  # type: ignore[no-untyped-def]
        booking = self.grid.current_booking()
        if booking is not None:
            action(booking.id)

    def _book_selection(self) -> None:
        chosen = self.grid.selected_range()
        if chosen is not None:
            self.book_range(*chosen)

    def _context_menu(self, booking_id: int | None, pos: QPoint) -> None:
        self.exec_menu(self.booking_menu(booking_id), pos)

    def exec_menu(self, menu: QMenu, pos: QPoint) -> None:
        """Shows a context menu (modal; tests replace this)."""
        menu.exec(pos)
        menu.deleteLater()

    def booking_menu(self, booking_id: int | None) -> QMenu:
        """The right-click (or menu key) actions for a booking or the selected range."""
        menu = QMenu(self)
        if booking_id is None:
            book = menu.addAction(QCoreApplication.translate("RoomsTab", "Book this time…"))
            book.triggered.connect(self._book_selection)
            return menu
        booking = self.grid.booking(booking_id)
        open_action = menu.addAction(QCoreApplication.translate("RoomsTab", "Open…"))
        open_action.triggered.connect(lambda: self.open_booking(booking_id))
        if booking is not None:
            menu.addSeparator()
            for text, slot, allowed in self._status_actions(booking):
                action = menu.addAction(text)
                action.setEnabled(allowed)
                action.triggered.connect(lambda _=False, s=slot: s(booking_id))
        menu.addSeparator()
        slip = menu.addAction(QCoreApplication.translate("RoomsTab", "Print booking slip"))
        slip.triggered.connect(lambda: self.print_slip(booking_id))
        return menu

    def _status_actions(self, b: BookingRow) -> list[tuple[str, object, bool]]:
        texts = {
            CHECK_IN: (QCoreApplication.translate("RoomsTab", "Check in"), self.check_in),
            COMPLETE: (QCoreApplication.translate("RoomsTab", "Complete"), self.complete),
            NO_SHOW_ACTION: (QCoreApplication.translate("RoomsTab", "No-show"), self.no_show),
            CANCEL: (QCoreApplication.translate("RoomsTab", "Cancel…"), self.cancel_booking),
        }
        return [
            (*texts[key], enabled)
            for key, enabled in status_actions(b, clock.today(), self.actor.is_admin).items()
        ]

    # --- bookings --------------------------------------------------------------------------

    def new_booking(self) -> None:
        chosen = self.grid.selected_range()
        if chosen is not None and self.grid.current_booking() is None:
            # Ctrl+N: the grid's slot fills the form, which opens on the date and time.
            self.book_range(*chosen, on_date=True)
            return
        self._open_dialog(None, None)

    def book_range(
        self, room_id: int, start: dt.datetime, end: dt.datetime, *, on_date: bool = False
    ) -> None:
        """A new booking of that slot; the form opens on who it is for (the slot was
        chosen) or, ``on_date``, on the date and time."""
        room = next((r for r in self.rooms if r.id == room_id), None)
        if room is not None and end - start < dt.timedelta(minutes=room.slot_minutes):
            end = start + dt.timedelta(minutes=room.slot_minutes)
        self._open_dialog(None, Prefill(room_id, start, end, on_date))

    def open_booking(self, booking_id: int) -> None:
        self._open_dialog(booking_id, None)

    def _open_dialog(self, booking_id: int | None, prefill: Prefill | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
        try:
            dialog = BookingDialog(
                self.context, self.rooms, booking_id=booking_id, prefill=prefill, parent=self
            )
        except DeskError as error:
            QMessageBox.warning(self, tab_title(), error.message())
            self.refresh()
            return
        dialog.changed.connect(self.refresh)
        dialog.saved.connect(self._show_booking)
        dialog.message.connect(self.say)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.grid.setFocus()

    def say(self, text: str) -> None:
        """The last thing done, beside the title, until the next one or another day or
        tab (a long one, an export's path, is cut: its whole text is the tool tip)."""
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self.status_label.setVisible(bool(text))

    def change_status(self, key: str, booking_id: int) -> bool:
        """Check in, complete or mark a no-show (``key``: the side panel's action); a
        refusal is said in a message box, a change in the status line."""
        action = {
            CHECK_IN: self.bookings.check_in,
            COMPLETE: self.bookings.complete,
            NO_SHOW_ACTION: self.bookings.no_show,
        }[key]
        try:
            action(self.actor, booking_id)
        except DeskError as error:
            QMessageBox.warning(self, tab_title(), error.message())
            return False
        self.refresh()
        self.grid.select_booking(booking_id)
        self.say(QCoreApplication.translate("RoomsTab", STATUS_DONE[key]))
        return True

    def check_in(self, booking_id: int) -> bool:
        return self.change_status(CHECK_IN, booking_id)

    def complete(self, booking_id: int) -> bool:
        return self.change_status(COMPLETE, booking_id)

    def no_show(self, booking_id: int) -> bool:
        return self.change_status(NO_SHOW_ACTION, booking_id)

    def cancel_booking(self, booking_id: int) -> bool:
        booking = self.grid.booking(booking_id)
        if booking is None:
            return False

        def submit(reason: str, scope: str) -> int:
            return self.bookings.cancel(self.actor, booking_id, reason, scope)

        summary = (
            f"{booking.room_name} · {booking.starts_at:%Y-%m-%d %H:%M}–{booking.ends_at:%H:%M}"
            f" · {labels.what(booking)}"
        )
        dialog = CancelDialog(summary, booking.series_id is not None, submit, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.say(
            QCoreApplication.translate("RoomsTab", "Cancelled ({count} booking(s)).").format(
                count=dialog.cancelled
            )
        )
        return True
