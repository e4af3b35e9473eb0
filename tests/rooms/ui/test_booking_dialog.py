"""The booking form: booking lands, refusals beside their fields, repeats reviewed
date by date, edits of one or the following, status actions, private bookings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from station_app.rooms.service import BookingService
from station_app.rooms.types import BookingInput, RepeatRule
from station_app.rooms.ui.booking_dialog import BookingDialog, Prefill
from station_app.rooms.ui.small_dialogs import CancelDialog, SeriesReviewDialog
from tests.rooms.ui.conftest import (
    COLUMN,
    COUNSELLING,
    HALL,
    MEDIATION,
    NOW,
    TODAY,
    Station,
    at,
    make_tab,
)


def _dialog_for_range(qtbot, tab, room_id: int, start: str, end: str) -> BookingDialog:  # type: ignore[no-untyped-def]
    tab.grid.select_range(COLUMN[room_id], dt.time.fromisoformat(start), dt.time.fromisoformat(end))
    tab.grid.activate()
    assert tab.dialog is not None
    qtbot.waitExposed(tab.dialog)
    return tab.dialog


def test_a_booking_for_a_member_lands_in_the_calendar(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    dialog = _dialog_for_range(qtbot, tab, HALL, "10:00", "11:30")
    assert dialog.as_member.isChecked()
    dialog.member.search_now("张秀")
    assert [name for _, name in dialog.member.matches()] == ["张秀英（TPQ202600001）"]
    assert dialog.member.choose_first_match()
    dialog.title_edit.setText("户外劳动者暖心驿站活动")
    dialog.attendees.setValue(30)
    dialog.handled_by.setText("赵敏")
    with qtbot.waitSignal(dialog.finished):
        assert dialog.save()
    rows = station.calendar.bookings(station.admin, TODAY, TODAY)
    assert len(rows) == 1
    row = rows[0]
    assert (row.room_id, row.starts_at, row.ends_at) == (
        HALL,
        at(TODAY, "10:00"),
        at(TODAY, "11:30"),
    )
    assert (row.requester_member_id, row.requester_name) == (station.member_id, "张秀英")
    assert (row.title, row.attendees, row.handled_by, row.private) == (
        "户外劳动者暖心驿站活动",
        30,
        "赵敏",
        False,
    )
    assert row.created_by == station.li.id
    # The calendar shows it, selected; the status line says what was done.
    assert tab.grid.booking(row.id) is not None
    assert tab.grid.current_booking().id == row.id  # type: ignore[union-attr]
    assert tab.status_label.text().startswith(
        f"Booked: {row.booking_no}, 多功能厅, 2026-11-23 10:00–11:30"
    )


def test_a_clash_is_named_beside_the_time_and_nothing_is_saved(qtbot, station: Station) -> None:
    station.book(start="14:00", end="15:00", title="工会小组学习")
    tab = make_tab(qtbot, station, station.li)
    tab.book_range(HALL, at(TODAY, "14:30"), at(TODAY, "15:30"))  # e.g. typed in the form
    dialog = tab.dialog
    assert dialog is not None
    # Said at once, before saving...
    assert (
        dialog.slot_state()
        == "The room is already booked at 2026-11-23 14:00–15:00: “工会小组学习”."
    )
    dialog.as_caller.setChecked(True)
    dialog.caller_name.setText("王女士")
    dialog.caller_mobile.setText("13812345678")
    # ...and beside the time when saving is tried anyway.
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.error_text("starts_at") == (
        "The room is already booked at 2026-11-23 14:00–15:00: “工会小组学习”."
    )
    assert station.count() == 1
    # Moving to a free time clears it and books.
    dialog.start.setTime(dialog.start.time().addSecs(30 * 60))  # 15:00–16:00
    assert dialog.slot_state() == "✓ This time is free."
    with qtbot.waitSignal(dialog.finished):
        assert dialog.save()
    assert station.count() == 2


def test_a_private_clash_is_named_by_its_time_only(qtbot, station: Station) -> None:
    station.book(
        station.li,
        room_id=COUNSELLING,
        start="10:00",
        end="11:00",
        title="情绪疏导面谈",
        attendees=1,
    )
    tab = make_tab(qtbot, station, station.zhao)
    tab.book_range(COUNSELLING, at(TODAY, "10:30"), at(TODAY, "11:00"))
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.slot_state() == "The room is already booked at 2026-11-23 10:00–11:00."
    dialog.reject()


def test_form_problems_are_shown_beside_their_fields(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    dialog = _dialog_for_range(qtbot, tab, MEDIATION, "10:00", "11:00")
    assert not dialog.save()  # no member chosen
    assert dialog.error_text("requester_member_id").startswith("Please choose the member")
    dialog.as_caller.setChecked(True)
    dialog.caller_name.setText("王女士")
    assert not dialog.save()
    assert dialog.error_text("caller_mobile") == "Please enter the caller's mobile number."
    assert dialog.error_text("requester_member_id") == ""
    dialog.caller_mobile.setText("1381234")
    assert not dialog.save()
    assert dialog.error_text("caller_mobile")  # the mobile rule's own sentence
    dialog.caller_mobile.setText("13812345678")
    dialog.end.setTime(dialog.start.time())
    assert not dialog.save()
    assert dialog.error_text("starts_at") == "The end must be after the start."
    assert station.count() == 0
    dialog.reject()


def test_a_desk_cannot_book_the_past_but_an_administrator_may(
    qtbot, station: Station, station_clock
) -> None:  # type: ignore[no-untyped-def]
    station_clock.set(NOW.replace(hour=12))
    for actor, ok in ((station.li, False), (station.admin, True)):
        tab = make_tab(qtbot, station, actor)
        dialog = _dialog_for_range(qtbot, tab, HALL, "09:00", "10:00")
        dialog.as_caller.setChecked(True)
        dialog.caller_name.setText("王女士")
        dialog.caller_mobile.setText("13812345678")
        assert dialog.save() is ok
        if not ok:
            assert "has already passed" in dialog.error_text("starts_at")
            dialog.reject()
    assert station.count() == 1


def test_a_repeat_lists_the_clash_and_books_the_other_dates(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    station.book(station.admin, day=TODAY + dt.timedelta(weeks=2), title="工会小组学习")
    tab = make_tab(qtbot, station, station.li)
    dialog = _dialog_for_range(qtbot, tab, HALL, "14:00", "15:00")
    dialog.as_caller.setChecked(True)
    dialog.caller_name.setText("陈志强")
    dialog.caller_mobile.setText("13900001111")
    dialog.title_edit.setText("书法兴趣班")
    dialog.repeat.setChecked(True)
    assert dialog.save_button.text() == "Review the dates…"
    dialog.count_choice.setChecked(True)
    dialog.count.setValue(5)
    reviewed: dict[str, object] = {}

    def review(self: SeriesReviewDialog) -> int:
        reviewed["dates"] = [occ.date for occ in self.occurrences]
        reviewed["problems"] = self.problem_messages()
        reviewed["before"] = self.skipped_dates()
        self.set_booked(TODAY + dt.timedelta(weeks=4), False)  # the desk skips one more
        reviewed["button"] = self.book_button.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SeriesReviewDialog, "exec", review)
    with qtbot.waitSignal(dialog.finished):
        assert dialog.save()
    weeks = [TODAY + dt.timedelta(weeks=k) for k in range(5)]
    assert reviewed["dates"] == weeks
    assert reviewed["problems"] == [
        "The room is already booked at 2026-12-07 14:00–15:00: “工会小组学习”."
    ]
    assert reviewed["before"] == [weeks[2]]
    assert reviewed["button"] == "Book 3 dates"
    mine = [
        r
        for r in station.calendar.bookings(station.admin, TODAY, TODAY + dt.timedelta(weeks=5))
        if r.title == "书法兴趣班"
    ]
    assert [r.date for r in mine] == [weeks[0], weeks[1], weeks[3]]
    assert len({r.series_id for r in mine}) == 1 and mine[0].series_id is not None
    assert tab.status_label.text() == "Booked 3 dates of the repeat (2 skipped)."


def test_going_back_from_the_review_saves_nothing(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab(qtbot, station, station.li)
    dialog = _dialog_for_range(qtbot, tab, HALL, "14:00", "15:00")
    dialog.as_caller.setChecked(True)
    dialog.caller_name.setText("陈志强")
    dialog.caller_mobile.setText("13900001111")
    dialog.repeat.setChecked(True)
    dialog.until_choice.setChecked(True)
    dialog.until.setDate(dialog.date.date().addDays(-7))
    assert not dialog.save()
    assert dialog.error_text("until") == "The repeat ends before the first date."
    dialog.until.setDate(dialog.date.date().addDays(21))
    monkeypatch.setattr(SeriesReviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.save()
    assert dialog.isVisible() and station.count() == 0
    dialog.reject()


def test_edit_this_and_the_following_bookings(qtbot, station: Station) -> None:
    inp = BookingInput(
        room_id=HALL,
        starts_at=at(TODAY, "14:00"),
        ends_at=at(TODAY, "15:00"),
        purpose="activity",
        title="书法兴趣班",
        caller_name="陈志强",
        caller_mobile="13900001111",
    )
    series = BookingService(station.db).book_series(station.li, inp, RepeatRule(count=3))
    first, second, third = (b.id for b in series.bookings)
    tab = make_tab(qtbot, station, station.li)
    tab.set_date(TODAY + dt.timedelta(weeks=1))
    tab.open_booking(second)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.scope_row.isVisible()
    assert "part of a weekly repeat" in dialog.subheading.text()
    assert dialog.caller_mobile.text() == "139****1111"  # masked, kept unless retyped
    dialog.start.setTime(dialog.start.time().addSecs(3600))  # 15:00–16:00
    dialog.scope.setCurrentIndex(dialog.scope.findData("following"))
    with qtbot.waitSignal(dialog.finished):
        assert dialog.save()
    times = {
        b: station.bookings.get(station.admin, b).row.starts_at.time()
        for b in (first, second, third)
    }
    assert times == {first: dt.time(14), second: dt.time(15), third: dt.time(15)}
    record = station.bookings.get(station.admin, third, reveal=True)
    assert record.caller_mobile == "13900001111"  # not overwritten by the masked text
    assert tab.status_label.text() == "Saved: 2 booking(s) changed."


def test_check_in_from_the_day_view(qtbot, station: Station) -> None:
    booking = station.book(start="10:00", end="11:00")
    tab = make_tab(qtbot, station, station.li)
    tab.grid.select_booking(booking)
    panel = tab.panel
    assert panel.check_in_button.isVisible() and panel.check_in_button.isEnabled()
    assert not panel.no_show_button.isEnabled()  # it has not started yet
    panel.check_in_button.click()
    assert station.status(booking) == "checked_in"
    assert tab.status_label.text() == "Checked in."
    assert "Checked in" in tab.grid.block_text(booking)
    assert tab.grid.current_booking().status == "checked_in"  # type: ignore[union-attr]
    assert panel.complete_button.isVisible() and not panel.check_in_button.isVisible()


def test_check_in_and_cancel_from_the_booking_form(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = station.book(start="15:00", end="16:00")
    other = station.book(start="10:00", end="11:00", title="社区联合工会例会")
    tab = make_tab(qtbot, station, station.li)
    tab.open_booking(other)
    dialog = tab.dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.changed):
        dialog.check_in_button.click()
    assert station.status(other) == "checked_in"
    assert dialog.done_label.text() == "Checked in." and dialog.heading.text().endswith(
        "Checked in"
    )
    assert not dialog.check_in_button.isVisible()
    dialog.reject()

    tab.open_booking(later)
    dialog = tab.dialog
    assert dialog is not None
    tried: list[str] = []

    def fill(self: CancelDialog) -> int:
        assert not self.try_cancel()  # no reason given
        tried.append(self.errors.text("cancel_reason"))
        self.reason.setCurrentText("改期")
        assert self.try_cancel()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CancelDialog, "exec", fill)
    dialog.cancel_booking_button.click()
    assert tried == ["Please give the reason for cancelling."]
    row = station.bookings.get(station.admin, later).row
    assert (row.status, row.cancel_reason) == ("cancelled", "改期")
    assert not dialog.save_button.isVisible()  # a cancelled booking is read-only
    dialog.reject()
    assert tab.grid.booking(later) is None  # cancelled ones are hidden...
    tab.show_cancelled.setChecked(True)
    assert "Cancelled" in tab.grid.block_text(later)  # ...unless asked for


def test_another_desk_sees_a_private_booking_read_only(qtbot, station: Station) -> None:
    booking = station.book(
        station.li,
        room_id=MEDIATION,
        start="10:00",
        end="11:00",
        purpose="mediation",
        title="工资拖欠调解",
        caller_name="王秀英",
        caller_mobile="13711112222",
    )
    tab = make_tab(qtbot, station, station.zhao)
    tab.open_booking(booking)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.private_note.isVisible()
    assert not dialog.save_button.isVisible() and not dialog.room.isEnabled()
    assert dialog.title_edit.text() == "" and dialog.caller_name.text() == ""
    assert not dialog.title_edit.isVisible()
    assert dialog.check_in_button.isVisible()  # whoever arrives can be checked in
    dialog.reject()


def test_an_administrator_may_reveal_the_callers_number(qtbot, station: Station) -> None:
    booking = station.book(start="10:00", end="11:00")
    tab = make_tab(qtbot, station, station.admin)
    tab.open_booking(booking)
    dialog = tab.dialog
    assert dialog is not None
    dialog.as_caller.setChecked(True)
    assert dialog.caller_mobile.text() == "139****1111"
    assert dialog.reveal_button.isVisible()
    dialog.reveal_button.click()
    assert dialog.caller_mobile.text() == "13900001111"
    dialog.reject()


def test_a_new_booking_without_a_selection_starts_from_now(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    tab.grid.select_booking(-1)
    dialog = BookingDialog(
        tab.context, tab.rooms, prefill=Prefill(HALL, at(TODAY, "16:00"), at(TODAY, "16:30"))
    )
    qtbot.addWidget(dialog)
    assert dialog.room.currentData() == HALL and dialog.duration.value() == 30
    dialog.duration.setValue(90)
    assert dialog.ends_at() == at(TODAY, "17:30")
    dialog.end.setTime(dialog.end.time().addSecs(-30 * 60))
    assert dialog.duration.value() == 60
    dialog.room.setCurrentIndex(dialog.room.findData(COUNSELLING))
    assert dialog.private.isChecked() and dialog.attendees.maximum() == 3


def test_the_member_is_found_by_initials_or_mobile_digits(qtbot, station: Station) -> None:
    tab = make_tab(qtbot, station, station.li)
    dialog = _dialog_for_range(qtbot, tab, HALL, "10:00", "11:00")
    picker = dialog.member
    picker.setFocus()
    qtbot.keyClicks(picker, "zxy")  # 张秀英's pinyin initials, searched after a pause
    qtbot.waitUntil(lambda: picker.matches() != [] and not picker.is_pending())
    assert [member_id for member_id, _ in picker.matches()] == [station.member_id]
    popup = picker._completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.member_id() == station.member_id
    assert picker.text() == "张秀英（TPQ202600001）"
    picker.search_now("5678")  # the last digits of her mobile
    assert [member_id for member_id, _ in picker.matches()] == [station.member_id]
    dialog.reject()
