"""The day and week views: what the grid shows, privacy, selecting with the keyboard
and the mouse, opening a booking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent

from station_app.rooms.ui.tab import DAY, WEEK, RoomsTab
from tests.rooms.ui.conftest import (
    COLUMN,
    COUNSELLING,
    HALL,
    MEDIATION,
    NOW,
    TODAY,
    Station,
    make_tab,
)

SECRET_TITLE = "情绪疏导面谈"
SECRET_NAME = "王秀英"


def _private_and_public(station: Station) -> tuple[int, int]:
    private = station.book(
        station.li,
        room_id=COUNSELLING,
        start="10:00",
        end="11:00",
        purpose="counselling",
        title=SECRET_TITLE,
        caller_name=SECRET_NAME,
        caller_mobile="13711112222",
        attendees=1,
    )
    public = station.book(station.li, start="14:00", end="15:30", title="职工书法讲座")
    return private, public


def test_day_view_shows_every_room_and_the_bookings(qtbot, station: Station) -> None:
    private, public = _private_and_public(station)
    tab = make_tab(qtbot, station, station.li)
    grid = tab.grid
    assert [c.title for c in grid.columns()] == [
        "劳动争议调解室",
        "心理咨询室",
        "母婴关爱室",
        "多功能厅",
        "职工书屋",
    ]
    assert [c.subtitle for c in grid.columns()] == ["09:00–17:30"] * 5
    assert grid.frame() == (dt.time(8, 0), dt.time(19, 0))
    assert grid.step_minutes() == 30
    assert "2026-11-23 Monday · Working day" in tab.title_label.text()
    assert tab.notice_label.isHidden()  # 2026 has holiday data
    # The creator sees her private booking in full; blocks sit in their room's column.
    assert {b.id for b in grid.bookings_in(COLUMN[COUNSELLING])} == {private}
    assert SECRET_TITLE in grid.block_text(private) and "Private" in grid.block_text(private)
    assert "职工书法讲座" in grid.block_text(public)
    assert "14:00–15:30 · 陈志强" in grid.block_text(public)
    hall = grid.booking_rect(public)
    assert hall.isValid() and grid.cell_rect(COLUMN[HALL], dt.time(14, 0)).top() == hall.top() - 1


def test_private_bookings_show_only_booked_to_another_desk(qtbot, station: Station) -> None:
    private, public = _private_and_public(station)
    tab = make_tab(qtbot, station, station.zhao)
    grid = tab.grid
    text = grid.block_text(private)
    assert text.splitlines()[0] == "Booked"
    assert SECRET_TITLE not in text and SECRET_NAME not in text
    assert SECRET_TITLE not in grid.tooltip_text(grid.booking(private))  # type: ignore[arg-type]
    # The side panel says no more.
    grid.select_booking(private)
    assert tab.panel.heading.text() == "Booked"
    assert SECRET_NAME not in tab.panel.details.text()
    assert "Private booking" in tab.panel.details.text()
    # Public bookings are shown in full to everyone.
    assert "职工书法讲座" in grid.block_text(public)
    # An administrator sees everything.
    admin_tab = make_tab(qtbot, station, station.admin)
    assert SECRET_TITLE in admin_tab.grid.block_text(private)


def test_keyboard_range_and_enter_open_the_dialog_prefilled(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    grid = tab.grid
    grid.setFocus()
    grid.set_cursor(COLUMN[MEDIATION], dt.time(10, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # to the hall
    for _ in range(2):
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert grid.selected_range() == (HALL, NOW.replace(hour=10), NOW.replace(hour=11, minute=30))
    assert tab.panel.heading.text() == "Free time"
    assert "10:00–11:30 (90 min)" in tab.panel.details.text()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.room.currentData() == HALL
    assert dialog.starts_at() == NOW.replace(hour=10)
    assert dialog.ends_at() == NOW.replace(hour=11, minute=30)
    assert dialog.duration.value() == 90
    assert dialog.purpose.currentData() == "activity"  # the hall's usual purpose
    assert not dialog.private.isChecked()
    assert dialog.slot_state() == "✓ This time is free."
    dialog.reject()


def test_a_range_stretched_with_the_keyboard_stops_before_a_booking(
    qtbot, station: Station
) -> None:
    station.book(start="11:00", end="12:00")
    tab = make_tab(qtbot, station, station.li)
    grid = tab.grid
    grid.setFocus()
    grid.set_cursor(COLUMN[HALL], dt.time(10, 0))
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    _, start, end = grid.selected_range()  # type: ignore[misc]
    assert (start.time(), end.time()) == (dt.time(10, 0), dt.time(11, 0))


def test_mouse_drag_then_double_click_books_the_range(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    grid = tab.grid
    column = COLUMN[COUNSELLING]
    start = grid.cell_rect(column, dt.time(13, 0)).center()
    end = grid.cell_rect(column, dt.time(14, 0)).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    assert grid.selected_range() == (
        COUNSELLING,
        NOW.replace(hour=13),
        NOW.replace(hour=14, minute=30),
    )
    inside = grid.cell_rect(column, dt.time(13, 30)).center()
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=inside)
    dialog = tab.dialog
    assert dialog is not None
    assert (dialog.starts_at(), dialog.ends_at()) == (
        NOW.replace(hour=13),
        NOW.replace(hour=14, minute=30),
    )
    assert dialog.private.isChecked()  # counselling is private by default
    assert dialog.purpose.currentData() == "counselling"
    dialog.reject()


def test_clicking_a_booking_opens_it(qtbot, station: Station) -> None:
    booking = station.book(start="10:00", end="11:00")
    tab = make_tab(qtbot, station, station.li)
    rect = tab.grid.booking_rect(booking)
    qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.dialog
    assert dialog is not None and dialog.booking_id == booking
    assert dialog.title_edit.text() == "工会小组学习"
    assert dialog.heading.text().endswith("· Booked")
    dialog.reject()
    # Enter on a booking under the cursor opens it too.
    tab.grid.setFocus()
    tab.grid.set_cursor(COLUMN[HALL], dt.time(10, 30))
    assert tab.grid.current_booking().id == booking  # type: ignore[union-attr]
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.booking_id == booking
    tab.dialog.reject()


def test_past_time_and_closed_hours(qtbot, station: Station, station_clock) -> None:  # type: ignore[no-untyped-def]
    station_clock.set(NOW.replace(hour=12))
    tab = make_tab(qtbot, station, station.li)
    tab.grid.select_range(COLUMN[HALL], dt.time(10, 0), dt.time(11, 0))
    assert "This time has passed." in tab.panel.details.text()
    tab.grid.select_range(COLUMN[HALL], dt.time(17, 30), dt.time(18, 30))
    assert "Outside opening hours (09:00–17:30)" in tab.panel.details.text()


def test_navigation_and_the_week_view(qtbot, station: Station) -> None:
    booking = station.book(
        room_id=MEDIATION, day=TODAY + dt.timedelta(days=2), title="工伤待遇协商"
    )
    tab = make_tab(qtbot, station, station.admin)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_PageDown)
    assert tab.date == TODAY + dt.timedelta(days=1)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.date == TODAY + dt.timedelta(days=2)
    assert tab.grid.booking(booking) is not None
    tab.grid.select_booking(booking)
    tab.week_button.click()
    assert tab.mode == WEEK
    assert tab.room_combo.isVisible() and tab.room_combo.currentData() == MEDIATION
    columns = tab.grid.columns()
    assert [c.date for c in columns] == [TODAY + dt.timedelta(days=i) for i in range(7)]
    assert columns[0].title == "Monday 11-23"
    assert [c.subtitle for c in columns[5:]] == ["Closed", "Closed"]
    assert {b.id for b in tab.grid.bookings_in(2)} == {booking}
    assert tab.title_label.text() == "劳动争议调解室 · week of 2026-11-23 to 11-29"
    tab.next_button.click()
    assert tab.date == TODAY + dt.timedelta(days=9)
    tab.today_button.click()
    assert tab.date == TODAY
    tab.day_button.click()
    assert tab.mode == DAY and len(tab.grid.columns()) == 5


def test_holidays_are_shaded_and_a_year_without_data_has_a_notice(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    tab.set_date(dt.date(2026, 10, 1))
    assert all(c.hours is None for c in tab.grid.columns())
    assert tab.grid.columns()[0].subtitle == "National Day"
    assert "Public holiday (National Day)" in tab.title_label.text()
    tab.set_date(dt.date(2027, 3, 1))
    assert tab.notice_label.isVisible()
    assert "2027's days off and working days in lieu" in tab.notice_label.text()
    tab.set_mode(WEEK)
    assert "2027" in tab.notice_label.text()


def test_ctrl_f_goes_to_the_date(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.grid.setFocus()
    tab.focus_search()
    assert tab.date_edit.hasFocus()
    tab.date_edit.setDate(tab.date_edit.date().addDays(3))
    assert tab.date == TODAY + dt.timedelta(days=3)


@pytest.mark.parametrize("typed", ["2027-01-01", "20270101", "2027/1/1", "2027.01.01"])
def test_ctrl_f_takes_a_typed_date(qtbot, station: Station, typed: str) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, station, station.li)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.grid.setFocus()
    tab.focus_search()  # what the main window's Ctrl+F does
    assert tab.date_edit.hasFocus()
    qtbot.keyClicks(tab.date_edit, typed)
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_Return)
    assert tab.date == dt.date(2027, 1, 1)
    assert tab.date_edit.text() == "2027-01-01"


def test_right_click_offers_the_actions(qtbot, station: Station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    booking = station.book(start="10:00", end="11:00")
    tab = make_tab(qtbot, station, station.li)
    shown: list[list[str]] = []
    monkeypatch.setattr(
        RoomsTab,
        "exec_menu",
        lambda self, menu, pos: shown.append([a.text() for a in menu.actions() if a.text()]),
    )
    rect = tab.grid.booking_rect(booking)
    qtbot.mouseClick(tab.grid, Qt.MouseButton.RightButton, pos=rect.center())
    assert tab.grid.current_booking().id == booking  # type: ignore[union-attr]
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), QPoint(0, 0))
    tab.grid.contextMenuEvent(event)
    assert shown[-1] == [
        "Open…",
        "Check in",
        "Complete",
        "No-show",
        "Cancel…",
        "Print booking slip",
    ]
    # The menu key on free time offers to book it.
    tab.grid.set_cursor(COLUMN[HALL], dt.time(15, 0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Menu)
    assert shown[-1] == ["Book this time…"]


@pytest.mark.parametrize("typed", ["20271215", "12-15", "1215"])
def test_the_date_box_takes_a_day_and_goes_to_its_first_open_slot(
    qtbot, station: Station, typed: str
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, station, station.li)
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.set_date(dt.date(2027, 11, 20))
    tab.focus_search()
    qtbot.keyClicks(tab.date_edit, typed)
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_Return)
    assert tab.date == dt.date(2027, 12, 15)
    assert tab.grid.hasFocus()
    column = tab.grid.columns()[tab.grid.cursor_cell()[0]]
    assert column.hours is not None
    opening = min(c.hours.opens for c in tab.grid.columns() if c.hours is not None)
    assert tab.grid.cursor_time() == column.hours.opens == opening  # nothing booked that day
    assert tab.grid.selected_range() is not None
