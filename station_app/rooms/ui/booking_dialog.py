"""The booking form: a new booking (one, or a weekly repeat reviewed date by date) or
an existing one (edit this one or this and the following, status actions, the slip).

Every refusal of the service appears beside its field: a clash or a closed day beside
the time, "holds at most 8 people" beside the number of people. While the desk picks
a room and a time the form says at once whether that time is free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.service import MemberService
from station_app.rooms import labels
from station_app.rooms.models import BOOKED, CANCELLED, PURPOSES
from station_app.rooms.service import BookingService, HolidayService, RoomService, rules
from station_app.rooms.types import (
    SCOPE_FOLLOWING,
    SCOPE_ONE,
    BookingInput,
    BookingRecord,
    RepeatRule,
    RoomRow,
)
from station_app.rooms.ui import printing
from station_app.rooms.ui.common import (
    DONE_STYLE,
    GOOD_STYLE,
    HEADING_STYLE,
    HINT_STYLE,
    NOTICE_STYLE,
    FieldErrors,
    from_qdate,
    from_qtime,
    hint,
    to_qdate,
    to_qtime,
)
from station_app.rooms.ui.member_picker import MemberPicker
from station_app.rooms.ui.side_panel import (
    CANCEL,
    CHECK_IN,
    COMPLETE,
    NO_SHOW_ACTION,
    status_actions,
    why_disabled,
)
from station_app.rooms.ui.small_dialogs import CancelDialog, SeriesReviewDialog
from station_app.widgets.form_errors import ERROR_STYLE

PURPOSE_FOR_KIND = {
    "mediation": "mediation",
    "counselling": "counselling",
    "mother_baby": "mother_baby",
    "hall": "activity",
    "reading": "activity",
}
PROBE_NAME = "-"
PROBE_MOBILE = "13800000000"  # a well-formed number for the "is this time free" probe
MAX_MINUTES = 12 * 60


class FormProblem(ValidationError):
    """A problem the form finds before asking the service (its text lives here)."""

    context = "BookingDialog"


CHOOSE_MEMBER = QT_TRANSLATE_NOOP(
    "BookingDialog",
    "Please choose the member from the list (type a name, pinyin initials or the last "
    "digits of the mobile), or switch to a caller.",
)


@dataclass(frozen=True)
class Prefill:
    """What the calendar hands a new booking: the room and the time selected."""

    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime


class SlotTimeEdit(QTimeEdit):
    """A time field whose minutes step by the room's slot (Up/Down, the wheel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.slot = 30

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * self.slot * 60))
            return
        super().stepBy(steps)


class BookingDialog(QDialog):
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
        self.heading = QLabel()
        self.heading.setObjectName("booking_heading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.subheading = hint()
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.hide()
        self.private_note = QLabel(
            self.tr(
                "This booking is private: only an administrator or the operator who made it "
                "can see who booked it and why."
            )
        )
        self.private_note.setWordWrap(True)
        self.private_note.setStyleSheet(HINT_STYLE)
        self.private_note.hide()

        # --- fields --------------------------------------------------------------------
        self.room = QComboBox()
        self.room.setObjectName("room")
        for room in self.rooms.values():
            self.room.addItem(self._room_label(room), room.id)
        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.day_label = hint()
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date)
        date_layout.addWidget(self.day_label, 1)
        # The year has no arrangement (调休) entered: say so where the date is chosen.
        self.holiday_notice = QLabel()
        self.holiday_notice.setObjectName("holiday_notice")
        self.holiday_notice.setStyleSheet(NOTICE_STYLE)
        self.holiday_notice.setWordWrap(True)
        self.holiday_notice.hide()

        self.start = SlotTimeEdit()
        self.start.setObjectName("start")
        self.end = SlotTimeEdit()
        self.end.setObjectName("end")
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(5, MAX_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.start)
        time_layout.addWidget(QLabel("–"))
        time_layout.addWidget(self.end)
        time_layout.addSpacing(12)
        time_layout.addWidget(QLabel(self.tr("Length")))
        time_layout.addWidget(self.duration)
        time_layout.addStretch(1)
        self.slot_label = QLabel()
        self.slot_label.setObjectName("slot_state")
        self.slot_label.setWordWrap(True)

        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        for code in PURPOSES:
            self.purpose.addItem(labels.purpose(code), code)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(rules.TITLE_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("e.g. wage dispute mediation, book club"))

        self.as_member = QRadioButton(self.tr("A member"))
        self.as_member.setObjectName("as_member")
        self.as_caller = QRadioButton(self.tr("A caller (not a member)"))
        self.as_caller.setObjectName("as_caller")
        kind_group = QButtonGroup(self)
        kind_group.addButton(self.as_member)
        kind_group.addButton(self.as_caller)
        self.as_member.setChecked(True)
        self.kind_row = kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.as_member)
        kind_layout.addWidget(self.as_caller)
        kind_layout.addStretch(1)
        self.member = MemberPicker(self.members)
        self.member.setObjectName("member")
        self.member.setPlaceholderText(
            self.tr("Type a name, pinyin initials, mobile digits or member no.")
        )
        self.caller_name = QLineEdit()
        self.caller_name.setObjectName("caller_name")
        self.caller_name.setMaxLength(rules.NAME_LENGTH)
        self.caller_mobile = QLineEdit()
        self.caller_mobile.setObjectName("caller_mobile")
        self.caller_mobile.setMaxLength(20)
        self.caller_mobile.setPlaceholderText(self.tr("11-digit mobile number"))
        self.reveal_button = QPushButton(self.tr("Show full number"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setFlat(True)
        self.reveal_button.hide()
        self.mobile_row = mobile_row = QWidget()
        mobile_layout = QHBoxLayout(mobile_row)
        mobile_layout.setContentsMargins(0, 0, 0, 0)
        mobile_layout.addWidget(self.caller_mobile, 1)
        mobile_layout.addWidget(self.reveal_button)

        self.attendees = QSpinBox()
        self.attendees.setObjectName("attendees")
        self.attendees.setRange(1, 1000)
        self.capacity_label = hint()
        self.people_row = people_row = QWidget()
        people_layout = QHBoxLayout(people_row)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.attendees)
        people_layout.addWidget(self.capacity_label, 1)
        self.handled_by = QLineEdit()
        self.handled_by.setObjectName("handled_by")
        self.handled_by.setMaxLength(rules.NAME_LENGTH)
        self.handled_by.setPlaceholderText(self.tr("Mediator, counsellor, organiser"))
        self.private = QCheckBox(self.tr("Private: others see only “Booked”"))
        self.private.setObjectName("private")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)

        # --- the form ------------------------------------------------------------------
        self.general = QLabel()
        self.general.setObjectName("general_error")
        self.general.setStyleSheet(ERROR_STYLE)
        self.errors = FieldErrors(self.general)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        main = self.errors.form(self.form)
        add = self.errors.add_field
        add(main, "room_id", self.tr("Room"), self.room)
        self.form.addRow(self.tr("Date"), date_row)
        self.form.addRow("", self.holiday_notice)
        add(main, "starts_at", self.tr("Time"), time_row, "ends_at")
        self.form.addRow("", self.slot_label)
        add(main, "purpose", self.tr("Purpose"), self.purpose)
        add(main, "title", self.tr("Subject"), self.title_edit)
        self.form.addRow(self.tr("Booked for"), kind_row)
        add(main, "requester_member_id", self.tr("Member"), self.member)
        add(main, "caller_name", self.tr("Caller's name"), self.caller_name)
        add(main, "caller_mobile", self.tr("Mobile"), mobile_row)
        add(main, "attendees", self.tr("People"), people_row)
        add(main, "handled_by", self.tr("Handled by"), self.handled_by)
        self.form.addRow("", self.private)
        add(main, "notes", self.tr("Notes"), self.notes)

        # --- repeat (new bookings) -----------------------------------------------------
        self.repeat = QGroupBox(self.tr("Repeat weekly"))
        self.repeat.setObjectName("repeat")
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        self.every_weeks = QSpinBox()
        self.every_weeks.setObjectName("every_weeks")
        self.every_weeks.setRange(1, 52)
        self.every_weeks.setPrefix(self.tr("every "))
        self.every_weeks.setSuffix(self.tr(" week(s)"))
        self.every_weeks.setMaximumWidth(160)
        self.until_choice = QRadioButton(self.tr("until"))
        self.until_choice.setObjectName("until_choice")
        self.until = QDateEdit()
        self.until.setObjectName("until")
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setCalendarPopup(True)
        self.count_choice = QRadioButton()
        self.count_choice.setObjectName("count_choice")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, 104)
        self.count.setValue(4)
        self.count.setPrefix(self.tr("in all "))
        self.count.setSuffix(self.tr(" times"))
        end_group = QButtonGroup(self)
        end_group.addButton(self.until_choice)
        end_group.addButton(self.count_choice)
        self.count_choice.setChecked(True)
        until_row = QWidget()
        until_layout = QHBoxLayout(until_row)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.until_choice)
        until_layout.addWidget(self.until)
        until_layout.addSpacing(16)
        until_layout.addWidget(self.count_choice)
        until_layout.addWidget(self.count)
        until_layout.addStretch(1)
        repeat_form = QFormLayout(self.repeat)
        repeat_errors = self.errors.form(repeat_form)
        add(repeat_errors, "every_weeks", self.tr("Repeat"), self.every_weeks)
        add(repeat_errors, "until", self.tr("Ends"), until_row, "count")

        # --- an existing booking: scope and status actions ------------------------------
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("This booking only"), SCOPE_ONE)
        self.scope.addItem(
            self.tr("This and the following bookings of the repeat"), SCOPE_FOLLOWING
        )
        self.scope_row = QWidget()
        scope_layout = QHBoxLayout(self.scope_row)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(QLabel(self.tr("Save changes to")))
        scope_layout.addWidget(self.scope, 1)
        self.scope_row.hide()

        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("check_in")
        self.complete_button = QPushButton(self.tr("Complete"))
        self.complete_button.setObjectName("complete")
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.no_show_button.setObjectName("no_show")
        self.cancel_booking_button = QPushButton(self.tr("Cancel booking…"))
        self.cancel_booking_button.setObjectName("cancel_booking")
        self.slip_button = QPushButton(self.tr("Print booking slip"))
        self.slip_button.setObjectName("print_slip")
        self.actions_row = QWidget()
        actions_layout = QHBoxLayout(self.actions_row)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.check_in_button,
            self.complete_button,
            self.no_show_button,
            self.cancel_booking_button,
        ):
            button.setAutoDefault(False)
            actions_layout.addWidget(button)
        actions_layout.addStretch(1)
        self.slip_button.setAutoDefault(False)
        actions_layout.addWidget(self.slip_button)
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.done_label)
        layout.addWidget(self.private_note)
        layout.addLayout(self.form)
        layout.addWidget(self.repeat)
        layout.addWidget(self.scope_row)
        layout.addWidget(self.general)
        layout.addWidget(self.actions_row)
        layout.addWidget(self.buttons)
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
        self.check_in_button.clicked.connect(self.check_in)
        self.complete_button.clicked.connect(self.complete)
        self.no_show_button.clicked.connect(self.no_show)
        self.cancel_booking_button.clicked.connect(self.cancel_booking)
        self.slip_button.clicked.connect(self.print_slip)
        self._requester_kind_changed(True)
        self._repeat_toggled(False)

    def _room_label(self, room: RoomRow) -> str:
        return self.tr("{room} (up to {capacity})").format(room=room.name, capacity=room.capacity)

    # --- filling -----------------------------------------------------------------------

    def _prefill(self, prefill: Prefill | None) -> None:
        self.heading.setText(self.tr("New booking"))
        self.subheading.setText(
            self.tr("Booked by {operator}").format(operator=self.actor.display_name)
        )
        now = clock.now()
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
        self.member.setFocus()

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

    def _fill_details(self, record: BookingRecord) -> None:
        row = record.row
        index = self.purpose.findData(row.purpose)
        if index >= 0:
            self.purpose.setCurrentIndex(index)
        self.title_edit.setText(row.title)
        if row.requester_member_id is not None:
            self.as_member.setChecked(True)
            label = (
                self.tr("{name} ({number})").format(
                    name=record.member_name, number=record.member_no
                )
                if record.member_no
                else record.member_name
            )
            self.member.set_member(row.requester_member_id, label)
        elif not row.hidden:
            self.as_caller.setChecked(True)
        self.caller_name.setText(record.caller_name)
        self._shown_mobile = record.caller_mobile
        self.caller_mobile.setText(record.caller_mobile)
        self.reveal_button.setVisible(
            self.actor.is_admin and record.masked and bool(record.caller_mobile)
        )
        self.attendees.setValue(max(row.attendees, 1))
        self.handled_by.setText(row.handled_by)
        self.private.setChecked(row.private)
        self.notes.setPlainText(row.notes)
        self._private_touched = self._purpose_touched = True

    def _select_room(self, room_id: int) -> None:
        index = self.room.findData(room_id)
        if index >= 0:
            self.room.setCurrentIndex(index)
        self._room_changed()

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
        for key, button in (
            (CHECK_IN, self.check_in_button),
            (COMPLETE, self.complete_button),
            (NO_SHOW_ACTION, self.no_show_button),
            (CANCEL, self.cancel_booking_button),
        ):
            button.setVisible(key in actions)
            button.setEnabled(actions.get(key, False))
            button.setToolTip("" if actions.get(key, False) else why_disabled(key))
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

    # --- reactions ---------------------------------------------------------------------

    def _room(self) -> RoomRow:
        room_id = self.room.currentData()
        return self.rooms[room_id] if room_id in self.rooms else next(iter(self.rooms.values()))

    def _room_changed(self, *_args: object) -> None:
        if not self.rooms:
            return
        room = self._room()
        self.attendees.setMaximum(max(room.capacity, 1))
        self.capacity_label.setText(self.tr("at most {capacity}").format(capacity=room.capacity))
        for edit in (self.start, self.end):
            edit.slot = room.slot_minutes
        self.duration.setSingleStep(room.slot_minutes)
        if self.record is None:
            self._apply_room_defaults()
        self._update_slot_state()

    def _apply_room_defaults(self) -> None:
        room = self._room()
        if not self._private_touched:
            self.private.setChecked(room.private_by_default)
        if not self._purpose_touched:
            index = self.purpose.findData(PURPOSE_FOR_KIND.get(room.kind, "other"))
            if index >= 0:
                self.purpose.setCurrentIndex(index)

    def _touch_private(self) -> None:
        self._private_touched = True

    def _touch_purpose(self) -> None:
        self._purpose_touched = True

    def _date_changed(self, value: QDate) -> None:
        day = self.holidays.day(from_qdate(value))
        text = f"{labels.weekday(day.date)} · {labels.day_kind(day)}"
        self.day_label.setText(text)
        self.day_label.setStyleSheet(ERROR_STYLE if not day.is_open else HINT_STYLE)
        notice = self.holidays.notice(day.date)
        self.holiday_notice.setText(notice or "")
        self.holiday_notice.setVisible(bool(notice))
        self._update_slot_state()

    def _start_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        start = self.start.time()
        self.end.setTime(start.addSecs(self.duration.value() * 60))
        self._syncing = False
        self._update_slot_state()

    def _end_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        self._sync_duration()
        self._syncing = False
        self._update_slot_state()

    def _duration_changed(self, minutes: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.end.setTime(self.start.time().addSecs(minutes * 60))
        self._syncing = False
        self._update_slot_state()

    def _sync_duration(self) -> None:
        minutes = self.start.time().secsTo(self.end.time()) // 60
        blocked = self.duration.blockSignals(True)
        self.duration.setValue(max(minutes, self.duration.minimum()))
        self.duration.blockSignals(blocked)

    def _requester_kind_changed(self, member: bool) -> None:
        self.form.setRowVisible(self.member, member)
        self.form.setRowVisible(self.caller_name, not member)
        self.form.setRowVisible(self.mobile_row, not member)
        if not self._loading:
            (self.member if member else self.caller_name).setFocus()

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
            (self.tr("Review the dates…") if on else self.tr("Book"))
            if self.booking_id is None
            else self.tr("Save changes")
        )

    # --- the time: free or not ---------------------------------------------------------

    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(from_qdate(self.date.date()), from_qtime(self.start.time()))

    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(from_qdate(self.date.date()), from_qtime(self.end.time()))

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
        self.slot_label.setText(self.tr("✓ This time is free."))
        self.slot_label.show()

    def slot_state(self) -> str:
        return self.slot_label.text()

    # --- saving ------------------------------------------------------------------------

    def booking_input(self) -> BookingInput:
        """The form as the service takes it (raises a :class:`FormProblem`)."""
        member_id = None
        caller_name, caller_mobile = "", ""
        if self.as_member.isChecked():
            member_id = self.member.member_id()
            if member_id is None:
                raise FormProblem(CHOOSE_MEMBER, field="requester_member_id")
        else:
            caller_name = self.caller_name.text()
            caller_mobile = self.caller_mobile.text()
        mobile: str | None = caller_mobile
        if self.record is not None and self._shown_mobile and caller_mobile == self._shown_mobile:
            mobile = None  # unchanged (shown masked): keep what is stored
        return BookingInput(
            room_id=self._room().id,
            starts_at=self.starts_at(),
            ends_at=self.ends_at(),
            purpose=str(self.purpose.currentData()),
            title=self.title_edit.text(),
            requester_member_id=member_id,
            caller_name=caller_name,
            caller_mobile=mobile,
            attendees=self.attendees.value(),
            handled_by=self.handled_by.text(),
            private=self.private.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def repeat_rule(self) -> RepeatRule:
        if self.until_choice.isChecked():
            return RepeatRule(self.every_weeks.value(), until=from_qdate(self.until.date()))
        return RepeatRule(self.every_weeks.value(), count=self.count.value())

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
                    self.tr("Booked: {number}, {room}, {when}.").format(
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
                    self.tr("Saved: {count} booking(s) changed.").format(count=changed)
                )
        except DeskError as error:
            self._refused(error)
            return False
        self.saved.emit(self.saved_id)
        self.changed.emit()
        self.accept()
        return True

    def _save_series(self, inp: BookingInput) -> bool:
        rule = self.repeat_rule()
        plan = self.bookings.plan_series(self.actor, inp, rule)
        review = SeriesReviewDialog(plan, self._room().name, self)
        if review.exec() != QDialog.DialogCode.Accepted:
            return False
        result = self.bookings.book_series(self.actor, inp, rule, skip=review.skipped_dates())
        self.saved_id = result.bookings[0].id
        self.message.emit(
            self.tr("Booked {count} dates of the repeat ({skipped} skipped).").format(
                count=len(result.bookings), skipped=len(result.skipped)
            )
        )
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
        self._status_action(self.bookings.check_in, self.tr("Checked in."))

    def complete(self) -> None:
        self._status_action(self.bookings.complete, self.tr("Marked as completed."))

    def no_show(self) -> None:
        self._status_action(self.bookings.no_show, self.tr("Marked as a no-show."))

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
            self.tr("Cancelled ({count} booking(s)).").format(count=dialog.cancelled)
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
