"""Door sheets, the booking slip, the usage report, .xlsx and .ics exports: private
bookings never show a name or a title where they should not."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.core import i18n
from station_app.core.pdf.inspect import embedded_font_names
from station_app.rooms import reports
from station_app.rooms.sheets.bookings import export_bookings_ics, export_bookings_xlsx, ics_text
from station_app.rooms.types import RepeatRule
from tests.rooms.conftest import MONDAY, Clock, Desk, at, booking

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)
SECRETS = ("王秀英", "工资拖欠调解", "对方公司已拒绝协商", "刘调解员", "13711112222", "2222")


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(out.split())  # pdftotext spaces CJK text unevenly


@pytest.fixture
def busy_day(desk: Desk) -> Desk:
    """A private mediation, a public hall activity, a cancelled reading-room booking."""
    desk.book(
        room_id=desk.room_ids["mediation"],
        start="10:00",
        end="11:30",
        attendees=3,
        purpose="mediation",
        title="工资拖欠调解",
        caller_name="王秀英",
        caller_mobile="13711112222",
        notes="对方公司已拒绝协商",
        handled_by="刘调解员",
    )
    desk.book(
        start="14:00",
        end="16:00",
        title="职工书法讲座",
        caller_name="陈志强",
        caller_mobile="13900001111",
        attendees=40,
    )
    gone = desk.book(room_id=desk.room_ids["reading"], title="已取消的读书会")
    desk.bookings.cancel(desk.desk, gone.id, "改期")
    return desk


@pytest.fixture
def chinese() -> Iterator[None]:
    words = {"Booked": "已预约", "Room schedule": "门口日程表", "Booking slip": "预约回执"}
    i18n.install(lambda context, text: words.get(text, text) if context == "RoomsReport" else text)
    yield
    i18n.install(lambda context, text: text)


@needs_pdftotext
@pytest.mark.parametrize("who", ["admin", "desk", "other_desk"])
def test_door_sheets_never_show_private_names_or_titles(
    busy_day: Desk, tmp_path: Path, who: str, chinese: None
) -> None:
    actor = getattr(busy_day, who)
    mediation = busy_day.room_ids["mediation"]
    sheets = {
        "room_day": dict(room_id=mediation),
        "all_rooms": {},
        "room_week": dict(room_id=mediation, week=True),
    }
    for name, kwargs in sheets.items():
        pdf = tmp_path / f"{name}.pdf"
        reports.print_schedule(busy_day.db, actor, pdf, MONDAY, **kwargs)
        text = _text(pdf)
        assert [s for s in SECRETS if s in text] == [], name
        assert "已预约" in text and "10:00–11:30" in text, name
        assert "劳动争议调解室" in text and "门口日程表" in text
        assert "陈志强" not in text  # no requester names on a door at all
        assert "已取消的读书会" not in text
        assert embedded_font_names(pdf)
    all_rooms = _text(tmp_path / "all_rooms.pdf")
    assert "职工书法讲座" in all_rooms and "多功能厅" in all_rooms and "职工书屋" in all_rooms


@needs_pdftotext
def test_a_week_sheet_shows_holidays_and_closed_days(desk: Desk, tmp_path: Path) -> None:
    pdf = tmp_path / "week.pdf"
    desk.book(day=dt.date(2026, 9, 28), title="节前活动")
    reports.print_schedule(desk.db, desk.desk, pdf, dt.date(2026, 10, 1), room_id=4, week=True)
    text = _text(pdf)
    assert "2026-09-28" in text and "2026-10-04" in text and "节前活动" in text
    assert "Publicholiday(NationalDay)" in text and "Closed" in text
    assert "Open09:00–17:30" in text


@needs_pdftotext
def test_the_booking_slip(busy_day: Desk, tmp_path: Path, chinese: None) -> None:
    hall = busy_day.calendar.bookings(busy_day.admin, MONDAY, MONDAY, room_id=4)[0]
    pdf = tmp_path / "slip.pdf"
    reports.print_booking_slip(busy_day.db, busy_day.desk, hall.id, pdf)
    text = _text(pdf)
    for expected in (
        hall.booking_no,
        "多功能厅",
        "2026-03-02",
        "14:00–16:00",
        "陈志强",
        "139****1111",
        "西城区太平桥大街1号",
        "010-66001234",
        "活动方案",
        "预约回执",
        "职工书法讲座",
    ):
        assert expected in text, expected
    assert "13900001111" not in text
    # A private booking printed by a desk that may not see it: no name, no subject.
    private = busy_day.calendar.bookings(busy_day.admin, MONDAY, MONDAY, room_id=1)[0]
    reports.print_booking_slip(busy_day.db, busy_day.other_desk, private.id, pdf)
    text = _text(pdf)
    assert private.booking_no in text and "劳动争议调解室" in text
    assert [s for s in SECRETS if s in text] == []
    # Its creator hands it to the requester: the name, never the subject.
    reports.print_booking_slip(busy_day.db, busy_day.desk, private.id, pdf)
    text = _text(pdf)
    assert "王秀英" in text and "工资拖欠调解" not in text


def test_usage_report(busy_day: Desk, station_clock: Clock, tmp_path: Path) -> None:
    desk = busy_day
    series = desk.bookings.book_series(
        desk.desk, booking(day=dt.date(2026, 3, 9), purpose="meeting"), RepeatRule(count=3)
    )
    station_clock.set(at(dt.date(2026, 3, 9), "15:00"))
    desk.bookings.no_show(desk.desk, series.bookings[0].id)
    report = desk.calendar.usage_report(2026, 3)
    by_room = {r.room_name: r for r in report.rooms}
    assert by_room["多功能厅"].bookings == 4  # the activity and three meetings
    assert by_room["多功能厅"].hours_booked == 5.0
    assert by_room["多功能厅"].no_shows == 1
    assert by_room["劳动争议调解室"].hours_booked == 1.5
    assert by_room["职工书屋"].bookings == 0 and by_room["职工书屋"].cancelled == 1
    assert report.by_purpose == {
        "mediation": 1,
        "counselling": 0,
        "mother_baby": 0,
        "activity": 1,
        "meeting": 3,
        "other": 0,
    }
    assert report.total_hours == 6.5 and report.total_no_shows == 1
    assert desk.calendar.usage_report(2026, 12).total_bookings == 0
    pdf = tmp_path / "usage.pdf"
    reports.print_usage_report(desk.db, desk.admin, 2026, 3, pdf)
    if shutil.which("pdftotext"):
        text = _text(pdf)
        assert "2026-03" in text and "多功能厅" in text and "6.5" in text
        assert [s for s in SECRETS if s in text] == []


@needs_pdftotext
def test_usage_report_rows_add_up(busy_day: Desk, station_clock: Clock, tmp_path: Path) -> None:
    """Each room's bookings are its completed, its no-shows and those not yet closed
    (booked or checked in): the printout had no column for the last, so 多功能厅's 4
    bookings read as 0 completed, 1 no-show, 0 cancelled."""
    desk = busy_day
    series = desk.bookings.book_series(
        desk.desk, booking(day=dt.date(2026, 3, 9), purpose="meeting"), RepeatRule(count=3)
    )
    station_clock.set(at(dt.date(2026, 3, 9), "15:00"))
    desk.bookings.no_show(desk.desk, series.bookings[0].id)
    pdf = tmp_path / "usage.pdf"
    reports.print_usage_report(desk.db, desk.admin, 2026, 3, pdf)
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    rows = {}
    for line in layout.splitlines():
        cells = line.split()
        if cells and cells[0] in {"多功能厅", "劳动争议调解室", "职工书屋"}:
            rows[cells[0]] = [float(c) for c in cells[1:]]
    assert rows["多功能厅"] == [4, 5.0, 0, 1, 3, 0]
    for name, (bookings, _hours, completed, no_shows, not_closed, _cancelled) in rows.items():
        assert bookings == completed + no_shows + not_closed, name


def test_xlsx_export_shows_what_the_operator_may_see(busy_day: Desk, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    def cells(actor) -> list[list[object]]:  # type: ignore[no-untyped-def]
        path = tmp_path / f"{actor.username}.xlsx"
        count = export_bookings_xlsx(busy_day.db, actor, path, MONDAY, MONDAY)
        sheet = load_workbook(path).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert len(rows) == count + 1
        return rows

    other = cells(busy_day.other_desk)
    assert other[0][0] == "Booking number"
    flat = repr(other)
    assert [s for s in SECRETS if s in flat] == [] and "Booked" in flat
    assert "139****1111" in flat and "13900001111" not in flat  # masked for everyone
    assert "已取消的读书会" in flat and "改期" in flat
    creator = repr(cells(busy_day.desk))
    assert "王秀英" in creator and "工资拖欠调解" in creator and "137****2222" in creator
    assert "13711112222" not in creator


def test_ics_export(busy_day: Desk, tmp_path: Path, chinese: None) -> None:
    path = tmp_path / "bookings.ics"
    assert export_bookings_ics(busy_day.db, path, MONDAY, MONDAY, calendar_name="服务站") == 2
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = raw.decode("utf-8").replace("\r\n ", "")  # unfold
    assert [s for s in SECRETS if s in text] == [] and "陈志强" not in text
    assert "SUMMARY:已预约" in text and "SUMMARY:职工书法讲座" in text
    assert "DTSTART;TZID=Asia/Shanghai:20260302T100000" in text
    assert "DTEND;TZID=Asia/Shanghai:20260302T113000" in text
    assert "BEGIN:VTIMEZONE" in text and text.count("BEGIN:VEVENT") == 2
    assert "DTSTAMP:20251201T003000Z" in text  # 08:30 Beijing time
    one_room = ics_text(busy_day.calendar.bookings(None, MONDAY, MONDAY, room_id=4))
    assert one_room.count("BEGIN:VEVENT") == 1
    # Even an administrator's rows go out as "Booked" only.
    admin_rows = busy_day.calendar.bookings(busy_day.admin, MONDAY, MONDAY)
    assert "王秀英" in repr(admin_rows)
    assert "工资拖欠调解" not in ics_text(admin_rows)


def test_ics_escapes_and_folds_long_chinese_lines() -> None:
    from station_app.rooms.sheets.bookings import _fold, _ics_escape

    assert _ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "长" * 60
    parts = _fold(line)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert all(len(p.encode()) <= 75 for p in parts)
