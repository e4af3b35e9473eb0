"""Every figure of the annual report against the same count taken by plain SQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.db import Database
from station_app.overview.service import AnnualReportService
from station_app.overview.types import AnnualReport, Period

pytestmark = pytest.mark.pg


def one(db: Database, sql: str) -> object:
    with db.read() as s:
        return s.execute(text(sql)).scalar()


def rows(db: Database, sql: str) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def check_period(db: Database, report: AnnualReport, p: Period, which: str) -> None:
    f, la = p.first.isoformat(), p.last.isoformat()
    start, after = f"{f} 00:00:00", f"{(p.last + dt.timedelta(days=1)).isoformat()} 00:00:00"

    def got(section: str, table: str, line: str) -> object:
        found = report.section(section).table(table).line(line)
        return found.value if which == "value" else found.previous

    on_roll = f"joined_on <= '{la}' AND (status = 'active' OR status_changed_on > '{la}')"
    assert got("members", "members.totals", "total") == one(
        db, f"SELECT COUNT(*) FROM member WHERE {on_roll}"
    )
    assert got("members", "members.totals", "joined") == one(
        db, f"SELECT COUNT(*) FROM member WHERE joined_on BETWEEN '{f}' AND '{la}'"
    )
    for status in ("transferred", "withdrawn"):
        assert got("members", "members.totals", status) == one(
            db,
            f"SELECT COUNT(*) FROM member WHERE status = '{status}'"
            f" AND status_changed_on BETWEEN '{f}' AND '{la}'",
        )
    for name, n in rows(
        db,
        "SELECT c.name, COUNT(*) FROM member m JOIN community c ON c.id = m.community_id"
        f" WHERE {on_roll.replace('joined_on', 'm.joined_on').replace('status', 'm.status')}"
        " GROUP BY c.name",
    ):
        assert got("members", "members.by_community", name) == n
    assert got("members", "members.by_category", "women") == one(
        db, f"SELECT COUNT(*) FROM member WHERE gender = 'F' AND {on_roll}"
    )
    assert got("members", "members.by_category", "hardship") == one(
        db, f"SELECT COUNT(*) FROM member WHERE hardship_level IS NOT NULL AND {on_roll}"
    )
    assert got("units", "units.totals", "founded") == one(
        db,
        "SELECT COUNT(*) FROM unit WHERE union_status <> 'none'"
        f" AND union_founded_on BETWEEN '{f}' AND '{la}'",
    )

    served = f"handed_out_at >= '{start}' AND handed_out_at < '{after}'"
    assert got("welfare", "welfare.totals", "packages") == one(
        db, f"SELECT COUNT(*) FROM allocation WHERE {served}"
    )
    assert got("welfare", "welfare.totals", "recipients") == one(
        db, f"SELECT COUNT(DISTINCT member_id) FROM allocation WHERE {served}"
    )
    assert got("welfare", "welfare.totals", "cash") == money(
        one(
            db,
            "SELECT SUM(c.cash_amount) FROM allocation a JOIN campaign c ON c.id = a.campaign_id"
            f" WHERE a.{served}",
        )
    )
    assert got("welfare", "welfare.totals", "goods") == money(
        one(
            db,
            "SELECT -SUM(quantity * unit_value) FROM stock_movement WHERE kind = 'issued'"
            f" AND moved_on BETWEEN '{f}' AND '{la}'",
        )
    )
    assert got("welfare", "welfare.totals", "campaigns") == one(
        db,
        "SELECT COUNT(*) FROM campaign WHERE status <> 'draft'"
        f" AND starts_on <= '{la}' AND ends_on >= '{f}'",
    )
    for name, unit, qty in rows(
        db,
        "SELECT g.name, g.unit, COALESCE(SUM(s.quantity), 0) FROM gift_item g LEFT JOIN"
        f" stock_movement s ON s.item_id = g.id AND s.moved_on <= '{la}' GROUP BY g.id, g.name,"
        " g.unit",
    ):
        assert got("welfare", "welfare.stock", f"{name}（{unit}）") == qty

    in_period = f"starts_at >= '{start}' AND starts_at < '{after}'"
    sessions = f"{in_period} AND status IN ('booked', 'checked_in', 'completed')"
    assert got("rooms", "rooms.totals", "sessions") == one(
        db, f"SELECT COUNT(*) FROM booking WHERE {sessions}"
    )
    assert got("rooms", "rooms.totals", "no_shows") == one(
        db, f"SELECT COUNT(*) FROM booking WHERE {in_period} AND status = 'no_show'"
    )
    for purpose, n in rows(
        db, f"SELECT purpose, COUNT(*) FROM booking WHERE {sessions} GROUP BY purpose"
    ):
        assert got("rooms", "rooms.by_purpose", purpose) == n
    per_room: dict[str, Decimal] = {}
    for name, starts, ends in rows(
        db,
        "SELECT r.name, b.starts_at, b.ends_at FROM booking b JOIN room r ON r.id = b.room_id"
        f" WHERE b.{sessions.replace(' AND status', ' AND b.status')}",
    ):
        starts, ends = (
            v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)
            for v in (starts, ends)
        )
        per_room[name] = (
            per_room.get(name, Decimal(0)) + Decimal((ends - starts).total_seconds()) / 3600
        )
    for name, hours in per_room.items():
        assert got("rooms", "rooms.hours_by_room", name) == money(hours)

    attended = f"status = 'attended' AND {in_period}"
    assert got("volunteers", "volunteers.totals", "active") == one(
        db, f"SELECT COUNT(DISTINCT volunteer_id) FROM assignment WHERE {attended}"
    )
    assert got("volunteers", "volunteers.totals", "attendances") == one(
        db, f"SELECT COUNT(*) FROM assignment WHERE {attended}"
    )
    assert got("volunteers", "volunteers.totals", "hours") == money(
        one(db, f"SELECT SUM(hours) FROM assignment WHERE {attended}")
    )
    assert got("volunteers", "volunteers.totals", "activities") == one(
        db, f"SELECT COUNT(*) FROM activity WHERE {in_period}"
    )
    assert got("volunteers", "volunteers.totals", "shifts") == one(
        db, f"SELECT COUNT(*) FROM shift WHERE {in_period}"
    )
    for team, hours in rows(
        db,
        "SELECT t.name, SUM(a.hours) FROM assignment a JOIN volunteer v ON v.id = a.volunteer_id"
        " JOIN team t ON t.id = v.team_id"
        f" WHERE a.{attended.replace(' AND starts_at', ' AND a.starts_at')} GROUP BY t.name",
    ):
        assert got("volunteers", "volunteers.hours_by_team", team) == money(hours)
    for community, hours in rows(
        db,
        "SELECT COALESCE(c.name, ''), SUM(a.hours) FROM assignment a"
        " JOIN volunteer v ON v.id = a.volunteer_id JOIN team t ON t.id = v.team_id"
        " LEFT JOIN community c ON c.id = t.community_id"
        f" WHERE a.{attended.replace(' AND starts_at', ' AND a.starts_at')}"
        " GROUP BY COALESCE(c.name, '')",
    ):
        assert got("volunteers", "volunteers.hours_by_community", community) == money(hours)


def test_every_figure_of_this_year_and_last_matches_plain_sql(busy: Database) -> None:
    year = clock.today().year
    report = AnnualReportService(busy).year(year)
    today = clock.today()
    assert report.period == Period(dt.date(year, 1, 1), today)  # this year: up to today
    assert report.previous == Period(dt.date(year - 1, 1, 1), today.replace(year=year - 1))
    assert report.value("members", "members.totals", "joined") > 0
    assert report.value("welfare", "welfare.totals", "packages") > 0
    assert report.value("rooms", "rooms.totals", "sessions") > 0
    assert report.value("volunteers", "volunteers.totals", "hours") > 0
    check_period(busy, report, report.period, "value")
    check_period(busy, report, report.previous, "previous")
    joined = report.section("members").table("members.joined_by_month").lines
    assert sum(line.value for line in joined) == report.value("members", "members.totals", "joined")
    by_purpose = report.section("rooms").table("rooms.by_purpose").lines
    assert sum(line.value for line in by_purpose) == report.value(
        "rooms", "rooms.totals", "sessions"
    )


def test_any_date_range_against_the_same_days_a_year_earlier(busy: Database) -> None:
    today = clock.today()
    period = Period(today - dt.timedelta(days=120), today)
    report = AnnualReportService(busy).report(period)
    assert report.previous.first == period.first.replace(year=period.first.year - 1)
    check_period(busy, report, period, "value")
    check_period(busy, report, report.previous, "previous")
    line = report.section("members").table("members.totals").line("joined")
    assert line.change == line.value - line.previous


def test_an_empty_station_reports_zeros(db: Database) -> None:
    assert AnnualReportService(db).years() == range(clock.today().year, clock.today().year + 1)
    report = AnnualReportService(db).year(2026)
    for section in report.sections:
        for table in section.tables:
            assert all(line.value == 0 and line.previous == 0 for line in table.lines)
    assert Period(dt.date(2024, 2, 29), dt.date(2024, 3, 31)).previous().first == dt.date(
        2023, 2, 28
    )


def test_this_year_runs_to_today_against_the_same_days_of_last_year(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 6, 11, 30))
    report = AnnualReportService(db).year(2026)
    assert report.period == Period(dt.date(2026, 1, 1), dt.date(2026, 12, 6))
    assert report.previous == Period(dt.date(2025, 1, 1), dt.date(2025, 12, 6))
    assert report.period.text() == "2026 (to 2026-12-06)"
    assert report.previous.text() == "2025 (to 2025-12-06)"
    months = report.section("members").table("members.joined_by_month").lines
    assert [line.label for line in months][-1] == "2026-12"  # December so far, nothing after
    march = Period.year_to_date(2026, dt.date(2026, 3, 15))
    assert [m[1] for m in march.months()] == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 15),
    ]
    assert AnnualReportService(db).year(2025).period == Period.year(2025)  # a past year: whole
