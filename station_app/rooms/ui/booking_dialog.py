"""The booking form: a new booking (one, or a weekly repeat reviewed date by date) or
an existing one (edit this one or this and the following, status actions, the slip).

The dialog is put together from one part per job: the fields (booking_form.py), the
live checks of day and time (booking_checks.py), the weekly repeat (booking_repeat.py)
and saving with the status actions (booking_save.py); this module builds the whole,
fills it and keeps an existing booking's state.

Every refusal of the service appears beside its field: a clash or a closed day beside
the time, "holds at most 8 people" beside the number of people. While the desk picks
a room and a time the form says at once whether that time is free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.members.service import MemberService
from station_app.rooms import labels
from station_app.rooms.models import BOOKED, CANCELLED
from station_app.rooms.service import BookingService, HolidayService, RoomService, rules
from station_app.rooms.types import SCOPE_FOLLOWING, SCOPE_ONE, BookingRecord, RoomRow
from station_app.rooms.ui.booking_checks import LiveChecks
from station_app.rooms.ui.booking_form import BookingForm
from station_app.rooms.ui.booking_repeat import RepeatSection
from station_app.rooms.ui.booking_save import SaveFlow
from station_app.rooms.ui.common import DONE_STYLE, heading, hint, to_qdate, to_qtime
from station_app.rooms.ui.side_panel import (
    CANCEL,
    CHECK_IN,
    COMPLETE,
    NO_SHOW_ACTION,
    status_actions,
    why_disabled,
)
from station_app.widgets.desk_parts import label, named, row_panel
from station_app.widgets.layout import STRETCH, button, vbox


def _action(text: str, slot: Callable[[], None], name: str) -> QPushButton:
    """A button of an existing booking's actions: Enter in the form does not press it."""
    widget = button(text, slot, name=name)
    widget.setAutoDefault(False)
    return widget


@dataclass(frozen=True)
class Prefill:
    """What the calendar hands a new booking: the room and the time selected."""

    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    on_date: bool = False  # the form opens on the date and time (else: who it is for)


class BookingDialog(BookingForm, LiveChecks, RepeatSection, SaveFlow, QDialog):
    saved = Signal(int)  # the booking to show (the first of a repeat)
    changed = Signal()  # anything was written (the calendar reloads)
    message = Signal(str)  # a sentence for the tab's status line

    def __init__(
        self,
        context: DeskContext,
        rooms: list[RoomRow],
        *,
        booking_id: int | None = None,
        prefill: Prefill | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.bookings = BookingService(context.db)
        self.holidays = HolidayService(context.db)
        self.members = MemberService(context.db)
        self.rooms = {room.id: room for room in rooms}
        self.booking_id = booking_id
        self.record: BookingRecord | None = None
        self.saved_id: int | None = None
        self._loading = True
        self._private_touched = False
        self._purpose_touched = False
        self._shown_mobile = ""
        self._syncing = False  # start, end and length follow each other
        self.setWindowTitle(
            self.tr("New booking") if booking_id is None else self.tr("Booking details")
        )
        self.setMinimumWidth(560)

        self._build()
        if booking_id is not None:
            self._load(booking_id)
        else:
            self._prefill(prefill)
        self._loading = False
        self._update_slot_state()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = heading(name="booking_heading")
        self.subheading = hint()
        self.done_label = label(name="done", style=DONE_STYLE, hidden=True)
        self.private_note = hint(
            self.tr(
                "This booking is private: only an administrator or the operator who made it "
                "can see who booked it and why."
            )
        )
        self.private_note.hide()
        self._build_fields()
        self._build_repeat()

        # --- an existing booking: scope and status actions ------------------------------
        self.scope = named(QComboBox(), "scope")
        self.scope.addItem(self.tr("This booking only"), SCOPE_ONE)
        self.scope.addItem(
            self.tr("This and the following bookings of the repeat"), SCOPE_FOLLOWING
        )
        self.scope_row = row_panel(QLabel(self.tr("Save changes to")), (self.scope, 1))
        self.scope_row.hide()

        self.check_in_button = _action(self.tr("Check in"), self.check_in, "check_in")
        self.complete_button = _action(self.tr("Complete"), self.complete, "complete")
        self.no_show_button = _action(self.tr("No-show"), self.no_show, "no_show")
        self.cancel_booking_button = _action(
            self.tr("Cancel booking…"), self.cancel_booking, "cancel_booking"
        )
        self.slip_button = _action(self.tr("Print booking slip"), self.print_slip, "print_slip")
        self.actions_row = row_panel(
            self.check_in_button,
            self.complete_button,
            self.no_show_button,
            self.cancel_booking_button,
            STRETCH,
            self.slip_button,
        )
        self.actions_row.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Book") if self.booking_id is None else self.tr("Save changes"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Cancel") if self.booking_id is None else self.tr("Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.close_button.setObjectName("close")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        vbox(
            self.heading,
            self.subheading,
            self.done_label,
            self.private_note,
            self.form,
            self.repeat,
            self.scope_row,
            self.general,
            self.actions_row,
            self.buttons,
            parent=self,
        )
        self.general.hide()

        # --- reactions -----------------------------------------------------------------
        self.room.currentIndexChanged.connect(self._room_changed)
        self.date.dateChanged.connect(self._date_changed)
        self.start.timeChanged.connect(self._start_changed)
        self.end.timeChanged.connect(self._end_changed)
        self.duration.valueChanged.connect(self._duration_changed)
        self.as_member.toggled.connect(self._requester_kind_changed)
        self.private.clicked.connect(self._touch_private)
        self.purpose.activated.connect(self._touch_purpose)
        self.repeat.toggled.connect(self._repeat_toggled)
        self.until.dateChanged.connect(self._until_edited)
        self.count.valueChanged.connect(self._count_edited)
        self.reveal_button.clicked.connect(self.reveal_mobile)
        self._requester_kind_changed(True)
        self._repeat_toggled(False)

    # --- filling -----------------------------------------------------------------------

    def _prefill(self, prefill: Prefill | None) -> None:
        self.heading.setText(self.tr("New booking"))
        self.subheading.setText(
            self.tr("Booked by {operator}").format(operator=self.actor.display_name)
        )
        now = clock.now()
        on_date = prefill is None or prefill.on_date
        if prefill is None:
            room_id = next(iter(self.rooms), None)
            start = (now + dt.timedelta(minutes=30)).replace(second=0)
            start = start.replace(minute=0 if start.minute < 30 else 30)
            length = dt.timedelta(minutes=self._room().slot_minutes if self.rooms else 30)
            prefill = Prefill(room_id or 0, start, start + length) if room_id else None
        if prefill is not None:
            self._select_room(prefill.room_id)
            self.date.setDate(to_qdate(prefill.starts_at.date()))
            self.start.setTime(to_qtime(prefill.starts_at.time()))
            self.end.setTime(to_qtime(prefill.ends_at.time()))
        self._apply_room_defaults()
        self._sync_duration()
        self.until.setDate(self.date.date().addDays(28))
        self._date_changed(self.date.date())
        if on_date:
            # On the date, selected, ready to type (then Tab: the time).
            self.date.setFocus(Qt.FocusReason.TabFocusReason)
            self.date.selectAll()
        else:
            self.member.setFocus()  # the slot chosen in the grid: who it is for is next

    def _load(self, booking_id: int) -> None:
        record = self.bookings.get(self.actor, booking_id)
        self.record = record
        row = record.row
        if row.room_id not in self.rooms:
            # A room out of use still shows its own bookings.
            room = RoomService(self.context.db).get_room(row.room_id)
            self.rooms[room.id] = room
            self.room.addItem(self._room_label(room), room.id)
        self._select_room(row.room_id)
        self.date.setDate(to_qdate(row.starts_at.date()))
        self.start.setTime(to_qtime(row.starts_at.time()))
        self.end.setTime(to_qtime(row.ends_at.time()))
        self._sync_duration()
        self._date_changed(self.date.date())
        self._fill_details(record)
        self.repeat.hide()
        self._update_state()

    # --- state of an existing booking --------------------------------------------------

    def _update_state(self) -> None:
        record = self.record
        if record is None:
            return
        row = record.row
        status = labels.status(row.status)
        self.heading.setText(
            self.tr("Booking {number} · {status}").format(number=row.booking_no, status=status)
        )
        parts = [
            self.tr("Booked by {operator} on {when}").format(
                operator=record.created_by_name or "—", when=f"{record.created_at:%Y-%m-%d %H:%M}"
            )
        ]
        if record.checked_in_at is not None:
            parts.append(
                self.tr("checked in at {time}").format(time=f"{record.checked_in_at:%H:%M}")
            )
        if row.series_id is not None:
            parts.append(self.tr("part of a weekly repeat"))
        if row.status == CANCELLED and row.cancel_reason:
            parts.append(self.tr("cancelled: {reason}").format(reason=row.cancel_reason))
        self.subheading.setText(" · ".join(parts))
        self.private_note.setVisible(row.hidden)
        for widget in (
            self.purpose,
            self.title_edit,
            self.member,
            self.caller_name,
            self.mobile_row,
            self.handled_by,
            self.notes,
        ):
            self.form.setRowVisible(widget, not row.hidden)
        self.form.setRowVisible(self.kind_row, not row.hidden)
        self.form.setRowVisible(self.people_row, not row.hidden)
        self.form.setRowVisible(self.private, not row.hidden)
        if not row.hidden:
            self._requester_kind_changed(self.as_member.isChecked())

        editable = self._editable()
        for widget in (
            self.room,
            self.date,
            self.start,
            self.end,
            self.duration,
            self.purpose,
            self.title_edit,
            self.as_member,
            self.as_caller,
            self.member,
            self.caller_name,
            self.caller_mobile,
            self.attendees,
            self.handled_by,
            self.private,
            self.notes,
        ):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.scope_row.setVisible(editable and row.series_id is not None)
        actions = status_actions(row, clock.today(), self.actor.is_admin)
        for key, action_button in (
            (CHECK_IN, self.check_in_button),
            (COMPLETE, self.complete_button),
            (NO_SHOW_ACTION, self.no_show_button),
            (CANCEL, self.cancel_booking_button),
        ):
            action_button.setVisible(key in actions)
            action_button.setEnabled(actions.get(key, False))
            action_button.setToolTip("" if actions.get(key, False) else why_disabled(key))
        self.actions_row.show()
        self.slot_label.setVisible(editable)
        if not editable:
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        if not editable:
            self.close_button.setText(self.tr("Close"))

    def _editable(self) -> bool:
        if self.record is None:
            return True
        row = self.record.row
        if row.hidden or row.status == CANCELLED:
            return False
        if row.status != BOOKED and not self.actor.is_admin:
            return False
        return self.actor.is_admin or not rules.is_past(row.starts_at)
