"""A year without its arrangement (调休): the booking dialog says so beside the date,
its statutory holidays are closed anyway; the administrator enters the arrangement
in one dialog, refusals said there, and the day kinds follow."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from station_app.core.holiday_notices import NOTICE_OFF, NOTICE_WORK, Arrangement, DayRange
from station_app.rooms.ui.arrangement_dialog import ArrangementDialog
from station_app.rooms.ui.booking_dialog import BookingDialog, Prefill
from station_app.rooms.ui.holidays_dialog import HolidaysDialog
from tests.rooms.ui.conftest import HALL, Station, at, make_tab

D = dt.date
REAL_QUESTION = QMessageBox.question  # before the tests' automatic answers replace it
NEW_YEAR_2027 = D(2027, 1, 1)  # a Friday


def _booking_dialog(qtbot, station: Station, day: dt.date) -> BookingDialog:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, station, station.li)
    dialog = BookingDialog(
        tab.context, tab.rooms, prefill=Prefill(HALL, at(day, "10:00"), at(day, "11:00"))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_booking_new_years_day_2027_is_a_holiday_and_the_dialog_says_why(
    qtbot, station: Station
) -> None:
    dialog = _booking_dialog(qtbot, station, NEW_YEAR_2027)
    assert "Public holiday (New Year's Day)" in dialog.day_label.text()
    assert dialog.holiday_notice.isVisible()
    notice = dialog.holiday_notice.text()
    assert "2027's days off and working days in lieu" in notice
    assert "Room bookings › Holidays… › Enter the year's arrangement…" in notice
    assert "is a holiday (New Year's Day): the rooms are closed" in dialog.slot_label.text()
    # The offscreen screen is small (800x800): give the dialog its full height to look at.
    dialog.resize(dialog.width(), dialog.heightForWidth(dialog.width()))
    dialog.grab().save("/tmp/hol.png")
    # A year with its arrangement shows no notice.
    dialog.date.setDate(D(2026, 12, 31))
    assert dialog.holiday_notice.isHidden()
    dialog.date.setDate(NEW_YEAR_2027)
    assert dialog.holiday_notice.isVisible()


def test_the_notice_goes_once_the_arrangement_is_entered(qtbot, station: Station) -> None:
    station.holidays.set_arrangement(
        station.admin, Arrangement(2027, (DayRange(D(2027, 1, 1), D(2027, 1, 3)),))
    )
    dialog = _booking_dialog(qtbot, station, D(2027, 1, 4))
    assert dialog.holiday_notice.isHidden()
    dialog.date.setDate(D(2027, 1, 2))
    assert "Public holiday (New Year's Day)" in dialog.day_label.text()


def test_the_administrator_enters_2027_in_one_dialog(qtbot, station: Station) -> None:
    dialog = ArrangementDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(dialog)
    dialog.show()
    # Starts from the statutory holidays, each a range of days off.
    start = dialog.arrangement()
    assert start.workdays == () and len(start.days_off) == 7
    assert start.days_off[1] == DayRange(D(2027, 2, 5), D(2027, 2, 8))
    assert "Spring Festival 02-05–02-08" in dialog.statutory.text()
    assert dialog.table.item(1, 3).text() == "Spring Festival"
    # Widen the Spring Festival and add a Saturday worked after it.
    dialog.set_row(1, NOTICE_OFF, D(2027, 2, 5), D(2027, 2, 11))
    dialog.table.selectRow(1)
    row = dialog.add_row(NOTICE_WORK)
    assert dialog.range_at(row) == DayRange(D(2027, 2, 13), D(2027, 2, 13))  # next Saturday
    dialog.set_row(row, NOTICE_WORK, D(2027, 2, 22))  # a Monday: refused, said, nothing saved
    assert dialog.table.item(row, 3).text() == "Spring Festival"
    assert not dialog.save()
    assert dialog.error.isVisible()
    assert "2027-02-22 is not a Saturday or Sunday" in dialog.error.text()
    assert station.holidays.arrangement(2027) is None
    dialog.set_row(row, NOTICE_WORK, D(2027, 2, 20))
    assert dialog.error.isHidden()  # the refusal went with the edit
    dialog.grab().save("/tmp/hol-arrangement.png")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert station.holidays.day(D(2027, 2, 10)).kind == "holiday"
    assert station.holidays.day(D(2027, 2, 20)).kind == "adjusted_workday"
    assert station.holidays.notice(D(2027, 6, 1)) is None
    # Opened again: what was entered, and it can be removed.
    again = ArrangementDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(again)
    assert again.arrangement() == station.holidays.arrangement(2027)
    assert not again.clear_button.isHidden()
    assert again.remove()
    assert station.holidays.arrangement(2027) is None
    # A year with built-in data cannot be entered here.
    again.year.setValue(2026)
    assert not again.save_button.isEnabled() and "built in" in again.status.text()


def test_desk_staff_are_refused_in_the_dialog(qtbot, station: Station) -> None:
    dialog = ArrangementDialog(station.holidays, station.li, 2027)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert dialog.error.text() == "Only an administrator may do this."
    assert station.holidays.arrangement(2027) is None


def test_reached_from_the_holiday_settings(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = HolidaysDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(settings)

    def enter(self: ArrangementDialog) -> int:
        assert self.year.value() == 2027
        self.set_row(0, NOTICE_OFF, D(2027, 1, 1), D(2027, 1, 3))
        assert self.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ArrangementDialog, "exec", enter)
    with qtbot.waitSignal(settings.changed):
        settings.arrangement_button.click()
    assert "as an administrator entered it" in settings.source.text()
    assert (D(2027, 1, 2), "Day off", "New Year's Day", "Notice") in settings.listed()


def _answer_question(qtbot, key: Qt.Key, seen: list[str]) -> QTimer:  # type: ignore[no-untyped-def]
    """Answers the next modal question with ``key`` as the admin would, once it shows."""
    timer = QTimer()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        seen.append(box.text())
        box.grab().save("/tmp/clerkfix-arrangement-question.png")
        qtbot.keyClick(box, key)

    timer.timeout.connect(answer)
    timer.start(10)
    return timer


def test_enter_in_the_year_box_does_not_save(qtbot, station: Station) -> None:
    dialog = ArrangementDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert station.holidays.arrangement(2027) is None
    assert "close this window" in dialog.status.text() or "not entered" in dialog.status.text()


def test_saving_only_the_statutory_days_asks_first(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)  # the real box, driven by keys
    dialog = ArrangementDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list[str] = []
    dialog.save_button.setFocus()
    timer = _answer_question(qtbot, Qt.Key.Key_Return, seen)  # Enter: No, the default
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not timer.isActive()
    assert seen and "only the statutory holidays of 2027" in seen[0]
    assert station.holidays.arrangement(2027) is None
    assert dialog.isVisible()
    timer = _answer_question(qtbot, Qt.Key.Key_Y, seen)  # Y: Yes
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not timer.isActive() and len(seen) == 2
    assert station.holidays.arrangement(2027) is not None


def test_a_built_in_year_does_not_send_the_admin_where_they_are(qtbot, station: Station) -> None:
    dialog = ArrangementDialog(station.holidays, station.admin, 2026)
    qtbot.addWidget(dialog)
    assert "built in" in dialog.status.text()
    assert "holiday settings" not in dialog.status.text()
