"""The booking form's fields for :class:`BookingDialog`: room, date, time (start, end and
length follow each other), purpose, subject, who it is for (a member or a caller), people,
handled by, private, notes; filled from a booking, read back as a :class:`BookingInput`.
Its strings keep the dialog's translation context, ``BookingDialog``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.rooms import labels
from station_app.rooms.models import PURPOSES
from station_app.rooms.service import rules
from station_app.rooms.types import BookingInput, BookingRecord, RoomRow
from station_app.rooms.ui.common import (
    FieldErrors,
    from_qdate,
    from_qtime,
    hint,
    holiday_notice,
)
from station_app.rooms.ui.member_picker import MemberPicker
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label, named, notes_box, row_panel, spin_box
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.layout import STRETCH

PURPOSE_FOR_KIND = {
    "mediation": "mediation",
    "counselling": "counselling",
    "mother_baby": "mother_baby",
    "hall": "activity",
    "reading": "activity",
}
MAX_MINUTES = 12 * 60


class FormProblem(ValidationError):
    """A problem the form finds before asking the service (its text lives here)."""

    context = "BookingDialog"


CHOOSE_MEMBER = QT_TRANSLATE_NOOP(
    "BookingDialog",
    "Please choose the member from the list (type a name, pinyin initials or the last "
    "digits of the mobile), or switch to a caller.",
)


class ChoiceButton(QRadioButton):
    """A radio button whose Alt-letter chooses it at once (Qt's own waits for its click
    animation, so keys typed right after landed in the button, not the field it opens)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.isEnabled():
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.click()
            return True
        return super().event(event)


class SlotTimeEdit(QTimeEdit):
    """A time field whose minutes step by the room's slot (Up/Down, the wheel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.slot = 30

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes on to the form's next field (not from the hour to the minutes)."""
        return QWidget.focusNextPrevChild(self, next)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * self.slot * 60))
            return
        super().stepBy(steps)


class BookingForm:
    """The fields and their reactions, for :class:`BookingDialog`."""

    def _build_fields(self) -> None:
        """The fields, and the form that lays them out with an error label each."""
        # --- fields --------------------------------------------------------------------
        self.room = named(QComboBox(), "room")
        for room in self.rooms.values():
            self.room.addItem(self._room_label(room), room.id)
        self.date = named(DateEdit(), "date")
        self.day_label = hint()
        date_row = row_panel(self.date, (self.day_label, 1))
        # The year has no arrangement (调休) entered: say so where the date is chosen.
        self.holiday_notice = holiday_notice()

        self.start = named(SlotTimeEdit(), "start")
        self.end = named(SlotTimeEdit(), "end")
        self.duration = spin_box(
            "duration", 5, MAX_MINUTES, suffix=QCoreApplication.translate("BookingDialog", " min")
        )
        self.duration.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        time_row = row_panel(
            self.start,
            QLabel("–"),
            self.end,
            12,
            QLabel(QCoreApplication.translate("BookingDialog", "Length")),
            self.duration,
            STRETCH,
        )
        self.slot_label = label(name="slot_state", wrap=True)

        self.purpose = named(QComboBox(), "purpose")
        for code in PURPOSES:
            self.purpose.addItem(labels.purpose(code), code)
        self.title_edit = named(QLineEdit(), "title")
        self.title_edit.setMaxLength(rules.TITLE_LENGTH)
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "e.g. wage dispute mediation, book club")
        )

        self.as_member = named(
            ChoiceButton(QCoreApplication.translate("BookingDialog", "A &member")), "as_member"
        )
        self.as_caller = named(
            ChoiceButton(QCoreApplication.translate("BookingDialog", "A ca&ller (not a member)")),
            "as_caller",
        )
        kind_group = QButtonGroup(self)
        kind_group.addButton(self.as_member)
        kind_group.addButton(self.as_caller)
        self.as_member.setChecked(True)
        self.kind_row = kind_row = row_panel(self.as_member, self.as_caller, STRETCH)
        self.member = named(MemberPicker(self.members), "member")
        self.member.setPlaceholderText(
            QCoreApplication.translate(
                "BookingDialog", "Type a name, pinyin initials, mobile digits or member no."
            )
        )
        self.caller_name = named(QLineEdit(), "caller_name")
        self.caller_name.setMaxLength(rules.NAME_LENGTH)
        self.caller_mobile = named(QLineEdit(), "caller_mobile")
        self.caller_mobile.setMaxLength(20)
        self.caller_mobile.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "11-digit mobile number")
        )
        self.reveal_button = named(
            QPushButton(QCoreApplication.translate("BookingDialog", "Show full number")), "reveal"
        )
        self.reveal_button.setFlat(True)
        self.reveal_button.hide()
        self.mobile_row = mobile_row = row_panel((self.caller_mobile, 1), self.reveal_button)

        self.attendees = spin_box("attendees", 1, 1000)
        self.capacity_label = hint()
        self.people_row = people_row = row_panel(self.attendees, (self.capacity_label, 1))
        self.handled_by = named(QLineEdit(), "handled_by")
        self.handled_by.setMaxLength(rules.NAME_LENGTH)
        self.handled_by.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "Mediator, counsellor, organiser")
        )
        self.private = named(
            QCheckBox(
                QCoreApplication.translate("BookingDialog", "Private: others see only “Booked”")
            ),
            "private",
        )
        self.notes = notes_box("notes", 56)

        # --- the form ------------------------------------------------------------------
        self.general = label(name="general_error", style=ERROR_STYLE)
        self.errors = FieldErrors(self.general)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        main = self.errors.form(self.form)
        add = self.errors.add_field
        add(main, "room_id", QCoreApplication.translate("BookingDialog", "Room"), self.room)
        main.add_row("date", QCoreApplication.translate("BookingDialog", "Date"), date_row)
        self.form.addRow("", self.holiday_notice)
        add(
            main,
            "starts_at",
            QCoreApplication.translate("BookingDialog", "Time"),
            time_row,
            "ends_at",
        )
        self.form.addRow("", self.slot_label)
        add(main, "purpose", QCoreApplication.translate("BookingDialog", "Purpose"), self.purpose)
        add(main, "title", QCoreApplication.translate("BookingDialog", "Subject"), self.title_edit)
        main.add_row(
            "booked_for", QCoreApplication.translate("BookingDialog", "Booked for"), kind_row
        )
        add(
            main,
            "requester_member_id",
            QCoreApplication.translate("BookingDialog", "Member"),
            self.member,
        )
        add(
            main,
            "caller_name",
            QCoreApplication.translate("BookingDialog", "Caller's name"),
            self.caller_name,
        )
        add(
            main, "caller_mobile", QCoreApplication.translate("BookingDialog", "Mobile"), mobile_row
        )
        add(main, "attendees", QCoreApplication.translate("BookingDialog", "People"), people_row)
        add(
            main,
            "handled_by",
            QCoreApplication.translate("BookingDialog", "Handled by"),
            self.handled_by,
        )
        self.form.addRow("", self.private)
        add(main, "notes", QCoreApplication.translate("BookingDialog", "Notes"), self.notes)

    def _room_label(self, room: RoomRow) -> str:
        return QCoreApplication.translate("BookingDialog", "{room} (up to {capacity})").format(
            room=room.name, capacity=room.capacity
        )

    def _fill_details(self, record: BookingRecord) -> None:
        row = record.row
        index = self.purpose.findData(row.purpose)
        if index >= 0:
            self.purpose.setCurrentIndex(index)
        self.title_edit.setText(row.title)
        if row.requester_member_id is not None:
            self.as_member.setChecked(True)
            label = (
                QCoreApplication.translate("BookingDialog", "{name} ({number})").format(
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

    def _room(self) -> RoomRow:
        room_id = self.room.currentData()
        return self.rooms[room_id] if room_id in self.rooms else next(iter(self.rooms.values()))

    def _room_changed(self, *_args: object) -> None:
        if not self.rooms:
            return
        room = self._room()
        self.attendees.setMaximum(max(room.capacity, 1))
        self.capacity_label.setText(
            QCoreApplication.translate("BookingDialog", "at most {capacity}").format(
                capacity=room.capacity
            )
        )
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

    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(from_qdate(self.date.date()), from_qtime(self.start.time()))

    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(from_qdate(self.date.date()), from_qtime(self.end.time()))

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
