"""Room settings: administrators edit a room's capacity, buffer and hours and add a
room; a refused value is said beside its field and nothing is saved; desk staff
never see the button."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from station_app.rooms.service import RoomService
from station_app.rooms.types import Hours
from station_app.rooms.ui.rooms_dialog import RoomsDialog
from tests.rooms.ui.conftest import COUNSELLING, HALL, TODAY, Station, make_tab


def _dialog(qtbot, station: Station, actor=None) -> RoomsDialog:  # type: ignore[no-untyped-def]
    dialog = RoomsDialog(RoomService(station.db), actor or station.admin)
    qtbot.addWidget(dialog)
    return dialog


def test_edit_capacity_buffer_and_hours(qtbot, station: Station) -> None:
    rooms = RoomService(station.db)
    dialog = _dialog(qtbot, station)
    assert len(dialog.listed()) == 5
    dialog.select_room(HALL)
    before = rooms.get_room(HALL)
    assert dialog.name.text() == before.name
    assert dialog.capacity.value() == before.capacity
    dialog.capacity.setValue(42)
    dialog.buffer.setValue(15)
    dialog.days[5].set_times("09:00", "12:00")  # open on Saturday mornings
    dialog.days[2].open.setChecked(False)  # closed on Wednesdays
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    assert dialog.saved_label.text() == "Saved."
    after = rooms.get_room(HALL)
    assert after.capacity == 42 and after.buffer_minutes == 15
    assert after.hours[5] == Hours(dt.time(9, 0), dt.time(12, 0))
    assert 2 not in after.hours
    assert after.hours[0] == before.hours[0]
    assert (after.name, after.kind, after.slot_minutes) == (
        before.name,
        before.kind,
        before.slot_minutes,
    )
    # Saving again unchanged says so and emits nothing.
    with qtbot.assertNotEmitted(dialog.changed):
        assert dialog.save()
    assert dialog.saved_label.text() == "Nothing to save."


@pytest.mark.parametrize(
    ("field", "sentence", "change"),
    [
        ("capacity", "The capacity is 1 to 1000 people.", lambda d: d.capacity.setValue(0)),
        (
            "hours_1",
            "A room must open before it closes.",
            lambda d: d.days[1].set_times("17:00", "09:00"),
        ),
        ("name", "Please enter the room's name.", lambda d: d.name.setText("  ")),
        (
            "name",
            "There is already a room called 心理咨询室.",
            lambda d: d.name.setText("心理咨询室"),
        ),
    ],
)
def test_a_bad_value_is_said_beside_its_field_and_nothing_saved(
    qtbot, station: Station, field: str, sentence: str, change
) -> None:  # type: ignore[no-untyped-def]
    rooms = RoomService(station.db)
    before = rooms.get_room(HALL)
    dialog = _dialog(qtbot, station)
    dialog.select_room(HALL)
    dialog.buffer.setValue(20)  # a good change alongside: not saved either
    change(dialog)
    with qtbot.assertNotEmitted(dialog.changed):
        assert not dialog.save()
    assert dialog.errors.text(field) == sentence
    assert dialog.findChild(type(dialog.general), f"error_{field}").isVisibleTo(dialog)
    assert rooms.get_room(HALL) == before
    # Put right, it saves and the sentence goes.
    dialog.load(rooms.get_room(HALL))
    dialog.buffer.setValue(20)
    assert dialog.save()
    assert dialog.errors.text(field) == ""
    assert rooms.get_room(HALL).buffer_minutes == 20


def test_a_room_with_future_bookings_stays_in_use(qtbot, station: Station) -> None:
    station.book(station.li, room_id=COUNSELLING, day=TODAY + dt.timedelta(days=1), attendees=1)
    dialog = _dialog(qtbot, station)
    dialog.select_room(COUNSELLING)
    dialog.active.setChecked(False)
    assert not dialog.save()
    assert "before taking the room out of use" in dialog.errors.text("active")
    assert RoomService(station.db).get_room(COUNSELLING).active


def test_add_a_room(qtbot, station: Station) -> None:
    rooms = RoomService(station.db)
    dialog = _dialog(qtbot, station)
    dialog.add_button.click()
    assert dialog.room_id is None and dialog.name.text() == ""
    assert dialog.slot.value() == 30
    dialog.name.setText("第二调解室")
    dialog.kind.setCurrentIndex(dialog.kind.findData("mediation"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    assert dialog.private.isChecked()  # mediation is private by default
    dialog.capacity.setValue(6)
    dialog.buffer.setValue(10)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    assert dialog.saved_label.text() == "Room added."
    added = [r for r in rooms.list_rooms() if r.name == "第二调解室"]
    assert len(added) == 1
    room = added[0]
    assert (room.kind, room.capacity, room.buffer_minutes, room.slot_minutes) == (
        "mediation",
        6,
        10,
        30,
    )
    assert room.private_by_default and room.active
    assert sorted(room.hours) == [0, 1, 2, 3, 4]
    assert room.sort_order > max(r.sort_order for r in rooms.list_rooms() if r.id != room.id)
    assert dialog.room_id == room.id and dialog.listed()[-1] == "第二调解室"
    # A second add with the same name is refused beside the name.
    dialog.add_button.click()
    dialog.name.setText("第二调解室")
    assert not dialog.save()
    assert dialog.errors.text("name") == "There is already a room called 第二调解室."
    assert len(rooms.list_rooms()) == 6


def test_desk_staff_are_refused(qtbot, station: Station) -> None:
    dialog = _dialog(qtbot, station, station.li)
    dialog.capacity.setValue(3)
    assert not dialog.save()
    assert dialog.errors.text("") == "Only an administrator may do this."


def test_rooms_are_reached_from_the_tab_by_administrators(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_tab(qtbot, station, station.li)
    assert desk.rooms_button.isHidden()
    tab = make_tab(qtbot, station, station.admin)
    assert tab.rooms_button.isVisible()
    assert len(tab.grid.columns()) == 5

    def add(self: RoomsDialog) -> int:
        self.add_button.click()
        self.name.setText("活动室二")
        self.kind.setCurrentIndex(self.kind.findData("hall"))
        assert self.save()
        return QDialog.DialogCode.Rejected  # closed with "Close"

    monkeypatch.setattr(RoomsDialog, "exec", add)
    tab.rooms_button.click()
    assert len(tab.grid.columns()) == 6  # the calendar shows the new room
    assert tab.room_combo.findText("活动室二") >= 0
