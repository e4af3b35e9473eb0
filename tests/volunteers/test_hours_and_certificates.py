"""Attendance, hours and what is made of them: histories, totals, certificates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.volunteers.types import ShiftInput
from tests.volunteers.conftest import Brigade, at, audit_rows, count, rid


def _day(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def test_attendance_waits_for_the_shift_and_all_attended_marks_the_rest(
    brigade: Brigade,
) -> None:
    shift = brigade.shift(brigade.activity(), "09:00", "11:30", places=5)
    ids = {n: brigade.assign(shift, n).assignment_id for n in ("张伟", "王芳", "单丽", "李强")}
    brigade.assignments.set_status(brigade.desk, ids["王芳"], "confirmed")
    brigade.assignments.set_status(brigade.desk, ids["单丽"], "cancelled")
    with pytest.raises(ValidationError) as refused:
        brigade.assignments.set_status(brigade.desk, ids["张伟"], "attended")
    assert "2026-03-07 09:00–11:30" in refused.value.message()
    with pytest.raises(ValidationError):
        brigade.assignments.all_attended(brigade.desk, shift)
    brigade.clock.set(at(_day(3, 7), "09:05"))
    brigade.assignments.set_status(brigade.desk, ids["李强"], "absent")
    assert brigade.assignments.all_attended(brigade.desk, shift) == 2  # 张伟, 王芳
    with brigade.db.read() as s:
        statuses = dict(
            s.execute(text("SELECT volunteer_id, status FROM assignment")).all()  # type: ignore[arg-type]
        )
    assert statuses == {
        brigade.v["张伟"]: "attended",
        brigade.v["王芳"]: "attended",
        brigade.v["单丽"]: "cancelled",
        brigade.v["李强"]: "absent",
    }
    assert audit_rows(brigade.db, "shift", shift)[-1][0] == "all_attended"
    with pytest.raises(ValidationError):  # attendance is recorded: no taking off
        brigade.assignments.unassign(brigade.desk, ids["张伟"])
    brigade.assignments.unassign(brigade.desk, ids["单丽"])
    assert count(brigade.db, "assignment") == 3


def test_hours_default_to_the_shift_and_corrections_need_a_reason(brigade: Brigade) -> None:
    activity = brigade.activity()
    shift = brigade.shift(activity, "09:00", "11:20")
    aid = brigade.assign(shift, "赵敏").assignment_id
    roster = brigade.views.roster(brigade.desk, activity)
    assert roster.shifts[0].lines[0].hours == Decimal("2.33")
    with pytest.raises(ValidationError) as refused:
        brigade.assignments.correct_hours(brigade.desk, aid, "3", "  ")
    assert refused.value.field == "hours_reason"
    with pytest.raises(ValidationError):
        brigade.assignments.correct_hours(brigade.desk, aid, "25", "通宵")
    with pytest.raises(ValidationError):
        brigade.assignments.correct_hours(brigade.desk, aid, "两小时", "手误")
    assert brigade.assignments.correct_hours(brigade.desk, aid, "3.25", "提前到场布置") == Decimal(
        "3.25"
    )
    (action, summary) = audit_rows(brigade.db, "assignment", aid)[-1]
    assert action == "correct_hours" and summary["note"] == "提前到场布置"
    assert summary["changes"]["hours"] == ["2.33", "3.25"]
    # A corrected figure no longer follows the shift; the others do.
    other = brigade.assign(shift, "王芳").assignment_id
    brigade.activities.update_shift(
        brigade.desk, shift, ShiftInput(at(_day(3, 7), "09:00"), at(_day(3, 7), "12:00"))
    )
    with brigade.db.read() as s:
        hours = dict(s.execute(text("SELECT id, hours FROM assignment")).all())  # type: ignore[arg-type]
    assert Decimal(str(hours[aid])) == Decimal("3.25")
    assert Decimal(str(hours[other])) == Decimal("3")


def _a_year_of_service(brigade: Brigade) -> dict[str, list[int]]:
    """赵敏: four shifts in 2026 (attended 3 h, attended 2 h corrected to 1.5 h, absent,
    cancelled) and one attended in 2025; 张伟 one attended in 2026."""
    plan = [
        (dt.date(2025, 11, 8), "09:00", "12:00", "attended", None),
        (_day(1, 10), "09:00", "12:00", "attended", None),
        (_day(1, 17), "14:00", "16:00", "attended", "1.5"),
        (_day(1, 24), "09:00", "11:00", "absent", None),
        (_day(1, 31), "09:00", "11:00", "cancelled", None),
    ]
    ids: dict[str, list[int]] = {"赵敏": [], "张伟": []}
    for n, (day, start, end, status, corrected) in enumerate(plan):
        activity = brigade.activity(f"服务行动{n}", day=day, kind="elderly_disabled")
        shift = brigade.shift(activity, start, end, day=day, role="陪护")
        aid = brigade.assign(shift, "赵敏").assignment_id
        brigade.assignments.set_status(brigade.desk, aid, status)
        if corrected:
            brigade.assignments.correct_hours(brigade.desk, aid, corrected, "中途离开")
        ids["赵敏"].append(aid)
        if n == 1:
            other = brigade.assign(shift, "张伟").assignment_id
            brigade.assignments.set_status(brigade.desk, other, "attended")
            ids["张伟"].append(other)
    return ids


def test_certificate_hours_are_the_sum_of_attended_assignments(brigade: Brigade) -> None:
    _a_year_of_service(brigade)
    with brigade.db.read() as s:
        expected = s.execute(
            text(
                "SELECT sum(hours) FROM assignment WHERE volunteer_id = :v AND status = 'attended'"
                " AND starts_at >= :a AND starts_at < :b"
            ),
            {
                "v": brigade.v["赵敏"],
                "a": "2026-01-01 00:00:00.000000"
                if brigade.db.is_sqlite
                else dt.datetime(2026, 1, 1),
                "b": "2027-01-01 00:00:00.000000"
                if brigade.db.is_sqlite
                else dt.datetime(2027, 1, 1),
            },
        ).scalar_one()
    data = brigade.certificates.issue_for_year(brigade.desk, brigade.v["赵敏"], 2026)
    assert data.total_hours == Decimal(str(expected)).quantize(Decimal("0.01")) == Decimal("4.50")
    assert [line.hours for line in data.lines] == [Decimal("3.00"), Decimal("1.50")]
    full = rid("11010619920505006")
    assert data.number == "ZM202600001"  # the clock says 2026
    assert data.id_number == full[:6] + "********" + full[-4:]
    assert (data.name, data.gender) == ("赵敏", "F")
    again = brigade.certificates.issue_for_year(brigade.desk, brigade.v["赵敏"], 2026)
    assert again == data  # a reprint: the same number, date, period and issuer
    assert count(brigade.db, "volunteer_certificate") == 1
    last_year = brigade.certificates.issue_for_year(brigade.admin, brigade.v["赵敏"], 2025)
    assert last_year.total_hours == Decimal("3.00") and last_year.number == "ZM202600002"
    with pytest.raises(ValidationError):  # nothing attended in 2024
        brigade.certificates.issue_for_year(brigade.desk, brigade.v["赵敏"], 2024)
    assert count(brigade.db, "volunteer_certificate") == 2  # no number wasted


def test_certificate_stops_at_the_issue_date_and_a_reissue_keeps_its_number(
    brigade: Brigade, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _a_year_of_service(brigade)
    issued = dt.datetime(2026, 12, 6, 10, 0)
    monkeypatch.setattr(clock, "now", lambda: issued)
    first = brigade.certificates.issue_for_year(brigade.desk, brigade.v["赵敏"], 2026)
    assert (first.first_day, first.last_day) == (dt.date(2026, 1, 1), dt.date(2026, 12, 6))
    assert first.asked_until == dt.date(2026, 12, 31)  # says it stopped at the issue date
    assert first.issuer == brigade.desk.display_name and first.issued_on == issued.date()
    # Next day, nothing new attended: the same certificate, its number and its period.
    monkeypatch.setattr(clock, "now", lambda: issued + dt.timedelta(days=1))
    again = brigade.certificates.issue_for_year(brigade.admin, brigade.v["赵敏"], 2026)
    assert again == first
    # The hours change: a new number, and the old one is recorded as replaced by it.
    brigade.assignments.correct_hours(brigade.admin, ids["赵敏"][2], "2", "补记时长")
    newer = brigade.certificates.issue_for_year(brigade.admin, brigade.v["赵敏"], 2026)
    assert newer.number != first.number and newer.replaces == first.number
    assert newer.total_hours == first.total_hours + Decimal("0.50")
    assert newer.last_day == dt.date(2026, 12, 7) and newer.issuer == brigade.admin.display_name
    with brigade.db.read() as s:
        rows = s.execute(
            text("SELECT number, replaced_by FROM volunteer_certificate ORDER BY id")
        ).all()
    assert [tuple(r) for r in rows] == [(first.number, newer.number), (newer.number, None)]
    assert brigade.certificates.issue_for_year(brigade.desk, brigade.v["赵敏"], 2026) == newer


def test_a_volunteers_history_has_hours_per_year(brigade: Brigade) -> None:
    _a_year_of_service(brigade)
    history = brigade.views.volunteer_history(brigade.v["赵敏"])
    assert [r.status for r in history.rows] == [
        "cancelled",
        "absent",
        "attended",
        "attended",
        "attended",
    ]  # newest first
    assert [(y.year, y.attended, y.hours) for y in history.years] == [
        (2026, 2, Decimal("4.50")),
        (2025, 1, Decimal("3.00")),
    ]
    assert history.total_hours == Decimal("7.50")


def test_team_totals_and_the_year_summary(brigade: Brigade) -> None:
    _a_year_of_service(brigade)
    brigade.activity("尚未举行的活动", day=_day(5, 1))
    totals = {t.team_id: t for t in brigade.views.team_totals(2026)}
    west = totals[brigade.squads["west"]]
    assert (west.volunteers, west.volunteers_served, west.attendances, west.hours) == (
        3,
        2,
        3,
        Decimal("7.50"),
    )
    assert totals[brigade.squads["east"]].hours == Decimal("0.00")
    summary = brigade.views.year_summary(2026)
    assert summary.activities_planned == 5  # four in January, one in May
    assert summary.activities_held == 2
    assert (summary.volunteers_served, summary.attendances) == (2, 3)
    assert summary.hours == Decimal("7.50") and summary.volunteers_on_file == 5
    assert [(k.kind, k.activities, k.hours) for k in summary.by_kind] == [
        ("elderly_disabled", 2, Decimal("7.50"))
    ]


def test_activities_by_month(brigade: Brigade) -> None:
    march = brigade.activity("三月清扫")
    april = brigade.activity("四月宣传", day=_day(4, 4), kind="publicity", team="east")
    brigade.shift(march, places=4)
    brigade.assign(brigade.shift(april, day=_day(4, 4), places=2), "李强")
    rows = brigade.views.activities_in_month(2026, 3)
    assert [(r.title, r.shifts, r.places, r.filled) for r in rows] == [("三月清扫", 1, 4, 0)]
    (row,) = brigade.views.activities_in_month(2026, 4, team_id=brigade.squads["east"])
    assert (row.title, row.team_name, row.filled, row.places) == ("四月宣传", row.team_name, 1, 2)
    assert brigade.views.activities_in_month(2026, 4, team_id=brigade.squads["west"]) == []
