"""Room settings (administrators): each room's name, kind, capacity, opening hours
per weekday, slot size, buffer after each booking, private by default and whether
it is in use; and a new room. The service checks every value; a refusal is said
beside its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.errors import DeskError
from station_app.rooms import labels
from station_app.rooms.models import ROOM_KINDS
from station_app.rooms.service import RoomService
from station_app.rooms.service.rooms import MAX_CAPACITY, ROOM_NAME_LENGTH, WHAT_TO_BRING_LENGTH
from station_app.rooms.types import Hours, RoomInput, RoomRow
from station_app.rooms.ui.common import DONE_STYLE, from_qtime, heading, hint, to_qtime
from station_app.widgets.desk_parts import label, named, spin_box
from station_app.widgets.form_errors import FormErrors, taken_letters
from station_app.widgets.layout import STRETCH, button, fill, hbox, vbox

DEFAULT_OPENS = dt.time(9, 0)
DEFAULT_CLOSES = dt.time(17, 30)
PRIVATE_KINDS = ("mediation", "counselling")  # private by default when added
ROOM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DayHours(QWidget):
    """One weekday: open or not, from – to."""

    def __init__(self, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open = named(QCheckBox(self.tr("Open")), f"open_{weekday}")
        self.opens = named(QTimeEdit(), f"opens_{weekday}")
        self.closes = named(QTimeEdit(), f"closes_{weekday}")
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fill(layout, self.open, self.opens, QLabel("–"), self.closes, STRETCH)
        self.open.toggled.connect(self._enable)
        self.set_hours(None)

    def _enable(self, on: bool) -> None:
        self.opens.setEnabled(on)
        self.closes.setEnabled(on)

    def set_hours(self, hours: Hours | None) -> None:
        self.open.setChecked(hours is not None)
        span = hours or Hours(DEFAULT_OPENS, DEFAULT_CLOSES)
        self.opens.setTime(to_qtime(span.opens))
        self.closes.setTime(to_qtime(span.closes))
        self._enable(hours is not None)

    def set_times(self, opens: str, closes: str) -> None:
        """Opens the day ``HH:MM``–``HH:MM`` (tests, and typing it in)."""
        self.open.setChecked(True)
        self.opens.setTime(QTime.fromString(opens, "HH:mm"))
        self.closes.setTime(QTime.fromString(closes, "HH:mm"))

    def hours(self) -> Hours | None:
        if not self.open.isChecked():
            return None
        return Hours(from_qtime(self.opens.time()), from_qtime(self.closes.time()))


class RoomsDialog(QDialog):
    changed = Signal()

    def __init__(self, rooms: RoomService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rooms = rooms
        self.actor = actor
        self.room_id: int | None = None  # None: a new room
        self._stored: RoomRow | None = None
        self.setWindowTitle(self.tr("Rooms"))

        # --- the list ---------------------------------------------------------------------
        self.list = named(QListWidget(), "rooms")
        self.list.setMinimumWidth(180)
        self.add_button = button(self.tr("&Add a room"), self.new_room, name="add_room")
        left = vbox((self.list, 1), self.add_button)

        # --- the form ---------------------------------------------------------------------
        self.heading = heading(name="form_heading")
        self.name = named(QLineEdit(), "name")
        self.name.setMaxLength(ROOM_NAME_LENGTH)
        self.name.setMinimumWidth(240)
        self.kind = named(QComboBox(), "kind")
        for code in ROOM_KINDS:
            self.kind.addItem(labels.room_kind(code), code)
        # The service says what is allowed.
        self.capacity = spin_box("capacity", 0, MAX_CAPACITY * 10, suffix=self.tr(" people"))
        self.days = [DayHours(weekday) for weekday in range(7)]
        self.slot = spin_box("slot_minutes", 0, 1000, suffix=self.tr(" min"), step=5)
        self.buffer = spin_box("buffer_minutes", 0, 1000, suffix=self.tr(" min"), step=5)
        self.buffer.setToolTip(self.tr("Kept free after each booking for cleaning or airing"))
        self.private = named(QCheckBox(self.tr("New bookings are private")), "private_by_default")
        self.active = named(QCheckBox(self.tr("In use (can be booked)")), "active")
        self.what_to_bring = named(QLineEdit(), "what_to_bring")
        self.what_to_bring.setMaxLength(WHAT_TO_BRING_LENGTH)
        self.what_to_bring.setPlaceholderText(self.tr("Printed on the booking slip"))
        self.what_to_bring.setMinimumWidth(320)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.general = label(name="general_error")
        self.save_button = button(self.tr("&Save"), self.save, name="save_room")
        # The buttons keep their letters; the weekdays take 1–7.
        self.errors = FormErrors(
            form, self.general, taken_letters(self.add_button, self.save_button)
        )
        self.errors.add_field("name", self.tr("Room name"), self.name)
        self.errors.add_field("kind", self.tr("Kind"), self.kind)
        self.errors.add_field("capacity", self.tr("Capacity"), self.capacity)
        for weekday, day in enumerate(self.days):
            weekday_name = labels.tr(labels.WEEKDAYS[weekday])
            self.errors.add_field(f"hours_{weekday}", weekday_name, day, keys=str(weekday + 1))
        self.errors.add_field("slot_minutes", self.tr("Slot size"), self.slot)
        self.errors.add_field("buffer_minutes", self.tr("Buffer after each booking"), self.buffer)
        self.errors.add_field("private_by_default", self.tr("Privacy"), self.private)
        self.errors.add_field("active", self.tr("Status"), self.active)
        self.errors.add_field("what_to_bring", self.tr("What to bring"), self.what_to_bring)

        self.save_button.setDefault(True)
        self.saved_label = label(name="saved", style=DONE_STYLE, hidden=True)
        save_row = hbox(self.save_button, self.saved_label, STRETCH)
        hours_apply = hint(
            self.tr("Changes to the hours, slot and buffer apply to bookings made from now on.")
        )
        right = vbox(self.heading, hours_apply, form, self.general, save_row, STRETCH)
        body = hbox(left, (right, 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox((body, 1), buttons, parent=self)

        self.list.currentItemChanged.connect(self._room_chosen)
        self.kind.activated.connect(self._kind_chosen)

        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_room()

    # --- the list ------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for room in self.rooms.list_rooms(include_inactive=True):
            text = (
                room.name if room.active else self.tr("{name} (not in use)").format(name=room.name)
            )
            item = QListWidgetItem(text)
            item.setData(ROOM_ID_ROLE, room.id)
            self.list.addItem(item)
            if room.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def listed(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def select_room(self, room_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROOM_ID_ROLE) == room_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(room_id)

    def _room_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.load(self.rooms.get_room(int(item.data(ROOM_ID_ROLE))))

    # --- the form ------------------------------------------------------------------------

    def load(self, room: RoomRow) -> None:
        self.errors.clear()
        self.saved_label.hide()
        self.room_id = room.id
        self._stored = room
        self.heading.setText(room.name)
        self.name.setText(room.name)
        self.kind.setCurrentIndex(max(self.kind.findData(room.kind), 0))
        self.capacity.setValue(room.capacity)
        for weekday, day in enumerate(self.days):
            day.set_hours(room.hours.get(weekday))
        self.slot.setValue(room.slot_minutes)
        self.buffer.setValue(room.buffer_minutes)
        self.private.setChecked(room.private_by_default)
        self.active.setChecked(room.active)
        self.what_to_bring.setText(room.what_to_bring)

    def new_room(self) -> None:
        """Empties the form for a new room (Monday to Friday open, 30-minute slots)."""
        self.errors.clear()
        self.saved_label.hide()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.room_id = None
        self._stored = None
        self.heading.setText(self.tr("New room"))
        defaults = RoomInput(name="", kind=ROOM_KINDS[0], capacity=10)
        self.name.clear()
        self.kind.setCurrentIndex(self.kind.findData(defaults.kind))
        self.capacity.setValue(defaults.capacity)
        for weekday, day in enumerate(self.days):
            day.set_hours(Hours(DEFAULT_OPENS, DEFAULT_CLOSES) if weekday < 5 else None)
        self.slot.setValue(defaults.slot_minutes)
        self.buffer.setValue(defaults.buffer_minutes)
        self.private.setChecked(defaults.kind in PRIVATE_KINDS)
        self.active.setChecked(True)
        self.what_to_bring.clear()
        self.name.setFocus()

    def _kind_chosen(self, _index: int) -> None:
        if self.room_id is None:  # a new room takes the kind's privacy
            self.private.setChecked(self.kind.currentData() in PRIVATE_KINDS)

    def value(self) -> RoomInput:
        hours = {w: h for w, day in enumerate(self.days) if (h := day.hours()) is not None}
        if self._stored is not None:
            sort_order = self._stored.sort_order
        else:
            rooms = self.rooms.list_rooms(include_inactive=True)
            sort_order = max((r.sort_order for r in rooms), default=0) + 1
        return RoomInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            capacity=self.capacity.value(),
            hours=hours,
            slot_minutes=self.slot.value(),
            buffer_minutes=self.buffer.value(),
            private_by_default=self.private.isChecked(),
            active=self.active.isChecked(),
            sort_order=sort_order,
            what_to_bring=self.what_to_bring.text(),
        )

    # --- writing -------------------------------------------------------------------------

    def save(self) -> bool:
        """Adds or updates the room; False (and the sentence beside its field) if refused."""
        self.errors.clear()
        self.saved_label.hide()
        try:
            if self.room_id is None:
                room_id = self.rooms.add_room(self.actor, self.value())
                changed = True
                message = self.tr("Room added.")
            else:
                room_id = self.room_id
                changed = self.rooms.update_room(self.actor, room_id, self.value())
                message = self.tr("Saved.") if changed else self.tr("Nothing to save.")
        except DeskError as error:
            self.errors.show(error)
            return False
        self.reload(select=room_id)
        self.load(self.rooms.get_room(room_id))
        self.saved_label.setText(message)
        self.saved_label.show()
        if changed:
            self.changed.emit()
        return True
