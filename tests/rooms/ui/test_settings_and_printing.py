"""Holiday settings from the tab (administrators), door sheets, the slip, the usage
report and the exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from station_app.core.holidays import OVERRIDE_HOLIDAY, OVERRIDE_WORKDAY
from station_app.rooms.ui import printing
from station_app.rooms.ui.holidays_dialog import HolidaysDialog
from station_app.rooms.ui.printing import ExportDialog
from station_app.widgets import pdf_build
from station_app.widgets.pdf_preview import PdfPreviewDialog
from tests.rooms.ui.conftest import COUNSELLING, HALL, TODAY, Station, at, make_tab

SPRING_FESTIVAL_2027 = dt.date(2027, 2, 8)  # a Monday, 初三 by law
D = dt.date


def _override(dialog: HolidaysDialog, date: dt.date, kind: str, name: str) -> bool:
    dialog.date.setDate(date)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.name.setText(name)
    return dialog.save_override()


def test_holiday_dialog_adds_and_removes_overrides(qtbot, station: Station) -> None:
    dialog = HolidaysDialog(station.holidays, station.admin, 2027)
    qtbot.addWidget(dialog)
    assert "2027's days off and working days in lieu" in dialog.source.text()
    assert dialog.arrangement_button.isEnabled()
    listed = dialog.listed()
    assert len(listed) == 13  # the statutory days, by law
    assert listed[0] == (dt.date(2027, 1, 1), "Day off", "New Year's Day", "Law")
    assert (SPRING_FESTIVAL_2027, "Day off", "Spring Festival", "Law") in listed
    with qtbot.waitSignal(dialog.changed):
        assert _override(dialog, dt.date(2027, 2, 9), OVERRIDE_HOLIDAY, "春节")
    assert _override(dialog, dt.date(2027, 2, 20), OVERRIDE_WORKDAY, "春节调休")
    assert [row for row in dialog.listed() if row[3] == "Station"] == [
        (dt.date(2027, 2, 9), "Day off", "春节", "Station"),
        (dt.date(2027, 2, 20), "Day worked", "春节调休", "Station"),
    ]
    # Single days are not the year's arrangement: the notice stays.
    assert "2027's days off and working days in lieu" in dialog.source.text()
    assert [(o.date, o.kind, o.name) for o in station.holidays.list_overrides(2027)] == [
        (dt.date(2027, 2, 9), "holiday", "春节"),
        (dt.date(2027, 2, 20), "workday", "春节调休"),
    ]
    assert station.holidays.day(dt.date(2027, 2, 20)).is_open
    # Only an administrator may enter days; a refusal is said in the dialog.
    desk = HolidaysDialog(station.holidays, station.li, 2027)
    qtbot.addWidget(desk)
    assert not _override(desk, dt.date(2027, 2, 10), OVERRIDE_HOLIDAY, "春节")
    assert desk.errors.general.text() and not desk.errors.general.isHidden()
    # Choosing a row fills the form; removing goes back to the law and weekday rules.
    row = next(i for i, r in enumerate(dialog.listed()) if r[0] == dt.date(2027, 2, 20))
    dialog.table.selectRow(row)
    assert dialog.name.text() == "春节调休" and dialog.remove_button.isEnabled()
    assert dialog.remove_override()
    assert [r[0] for r in dialog.listed() if r[3] == "Station"] == [dt.date(2027, 2, 9)]
    # A year with built-in data lists it, and its arrangement is not entered here.
    dialog.year.setValue(2026)
    assert "built in" in dialog.source.text()
    assert not dialog.arrangement_button.isEnabled()
    national_day = [row for row in dialog.listed() if row[0] in (D(2026, 10, 1), D(2026, 10, 5))]
    assert national_day == [
        (D(2026, 10, 1), "Day off", "National Day", "Law"),
        (D(2026, 10, 5), "Day off", "National Day", "Notice"),
    ]


def test_holidays_are_reached_from_the_tab_by_administrators(
    qtbot, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert make_tab(qtbot, station, station.li).holidays_button.isHidden()
    tab = make_tab(qtbot, station, station.admin)
    assert tab.holidays_button.isVisible()
    tab.set_date(SPRING_FESTIVAL_2027)
    assert tab.notice_label.isVisible()
    assert all(c.hours is None for c in tab.grid.columns())  # 初三: statutory
    tab.set_date(dt.date(2027, 2, 10))
    assert all(c.hours is not None for c in tab.grid.columns())  # weekday rules: open

    def add(self: HolidaysDialog) -> int:
        assert self.year.value() == 2027
        _override(self, dt.date(2027, 2, 10), OVERRIDE_HOLIDAY, "春节")
        return QDialog.DialogCode.Rejected  # closed with "Close"

    monkeypatch.setattr(HolidaysDialog, "exec", add)
    tab.holidays_button.click()
    assert tab.notice_label.isVisible()  # overrides are not the year's arrangement
    assert [c.subtitle for c in tab.grid.columns()] == ["春节"] * 5
    assert all(c.hours is None for c in tab.grid.columns())
    assert "Public holiday (春节)" in tab.title_label.text()


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    opened: list[Path] = []
    names = iter(range(100))
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self.pdf_path))
    monkeypatch.setattr(pdf_build, "temp_pdf_path", lambda title: tmp_path / f"{next(names)}.pdf")
    return opened


def test_door_sheets_usage_report_and_slip(qtbot, station: Station, previews: list[Path]) -> None:
    booking = station.book(station.li, room_id=COUNSELLING, title="情绪疏导面谈", attendees=1)
    tab = make_tab(qtbot, station, station.li)
    tab.grid.select_booking(booking)
    tab._name_print_actions()
    assert tab.print_room_day.text() == "Door sheet: 心理咨询室, 11-23"
    assert tab.print_usage_previous.text() == "Monthly usage report, 2026-10"
    jobs = [
        tab.print_door_sheet(room=True),
        tab.print_door_sheet(room=False),
        tab.print_door_sheet(week=True),
        tab.print_usage_report(),
        tab.print_slip(booking),
    ]
    assert all(job is not None for job in jobs)
    # Each preview opens once its build has finished and its thread has stopped.
    qtbot.waitUntil(lambda: len(previews) == 5, timeout=30_000)
    assert len(set(previews)) == 5
    assert all(path.exists() and path.read_bytes().startswith(b"%PDF") for path in previews)


def test_exports(qtbot, station: Station, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    station.book(station.li, room_id=HALL, title="职工书法讲座")
    station.book(station.li, room_id=HALL, day=TODAY + dt.timedelta(days=14))  # next month
    tab = make_tab(qtbot, station, station.li)
    asked: list[tuple[dt.date, dt.date, int | None]] = []

    def accept(self: ExportDialog) -> int:
        asked.append((self.first_date(), self.last_date(), self.room_id()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    tab.export_xlsx.trigger()
    assert asked == [(dt.date(2026, 11, 1), dt.date(2026, 11, 30), None)]
    assert (tmp_path / "out.xlsx").exists()
    assert tab.status_label.text() == f"Exported 1 bookings to {tmp_path / 'out.xlsx'}."
    tab.export_ics.trigger()
    ics = (tmp_path / "out.ics").read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in ics and ics.count("BEGIN:VEVENT") == 1


def test_export_dialog_refuses_a_backwards_range(qtbot) -> None:
    dialog = ExportDialog(printing.XLSX, [(HALL, "多功能厅")], TODAY, TODAY)
    qtbot.addWidget(dialog)
    dialog.last.setDate(dialog.first.date().addDays(-1))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.general.text() == "The last date is before the first."
    dialog.room.setCurrentIndex(1)
    assert dialog.room_id() == HALL
    assert at(TODAY, "09:00").date() == dialog.first_date()
