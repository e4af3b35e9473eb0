"""Candidates for a shift: hours this year, free or busy, filters, order, one query."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from station_app.volunteers.service import availability
from station_app.volunteers.types import CandidateFilter, VolunteerInput
from tests.volunteers.conftest import DAY, Brigade


def _history(brigade: Brigade) -> None:
    """2026: 张伟 3 h + 1.5 h (corrected) attended, 王芳 absent, 单丽 cancelled;
    2025: 李强 2 h attended (another year: not counted)."""
    jan10, jan17, dec20 = dt.date(2026, 1, 10), dt.date(2026, 1, 17), dt.date(2025, 12, 20)
    visit = brigade.shift(brigade.activity("新年慰问", day=jan10), "09:00", "12:00", day=jan10)
    ids = {name: brigade.assign(visit, name).assignment_id for name in ("张伟", "王芳", "单丽")}
    brigade.assignments.set_status(brigade.desk, ids["张伟"], "attended")
    brigade.assignments.set_status(brigade.desk, ids["王芳"], "absent")
    brigade.assignments.set_status(brigade.desk, ids["单丽"], "cancelled")
    walk = brigade.shift(brigade.activity("健步走", day=jan17), "09:00", "11:00", day=jan17)
    second = brigade.assign(walk, "张伟").assignment_id
    brigade.assignments.all_attended(brigade.desk, walk)
    brigade.assignments.correct_hours(brigade.desk, second, "1.5", "中途离开")
    old = brigade.shift(brigade.activity("年末巡查", day=dec20), "14:00", "16:00", day=dec20)
    last_year = brigade.assign(old, "李强").assignment_id
    brigade.assignments.set_status(brigade.desk, last_year, "attended")


@pytest.fixture
def shift(brigade: Brigade) -> int:
    _history(brigade)
    target = brigade.shift(brigade.activity("云岗森林公园清扫"), "09:00", "11:00")
    other = brigade.activity("普法宣传", kind="publicity")
    brigade.assign(brigade.shift(other, "10:00", "12:00"), "王芳")  # busy then
    brigade.assign(target, "单丽")  # on the shift already
    # 赵敏 is usually free on weekday evenings only (the shift is a Saturday morning).
    record = brigade.volunteers.get(brigade.desk, brigade.v["赵敏"])
    evenings = availability.encode((d, availability.EVENING) for d in range(5))
    brigade.volunteers.update_volunteer(
        brigade.desk,
        record.id,
        VolunteerInput(
            team_id=record.team_id,
            name=record.name,
            id_number=None,
            mobile=None,
            skill_ids=record.skill_ids,
            availability=evenings,
            joined_on=record.joined_on,
        ),
    )
    return target


def test_candidates_show_hours_this_year_and_who_is_free(brigade: Brigade, shift: int) -> None:
    rows = brigade.assignments.candidates(shift)
    assert [r.name for r in rows] == ["李强", "张伟", "赵敏", "王芳", "单丽"]
    by_name = {r.name: r for r in rows}
    assert by_name["张伟"].hours_this_year == Decimal("4.50")  # 3 + 1.5 corrected
    assert by_name["李强"].hours_this_year == Decimal("0.00")  # his 2 h were in 2025
    assert by_name["王芳"].hours_this_year == Decimal("0.00")  # absent
    assert by_name["单丽"].hours_this_year == Decimal("0.00")  # cancelled
    assert [r.name for r in rows if not r.free] == ["王芳"]
    assert [r.name for r in rows if not r.available] == ["赵敏"]
    assert [r.name for r in rows if r.on_shift] == ["单丽"]
    assert by_name["赵敏"].skills == "宣传、急救" and by_name["张伟"].mobile == "138****1001"
    assert by_name["李强"].team_name.startswith("东管头社区")


def test_candidate_filters(brigade: Brigade, shift: int) -> None:
    def names(**kwargs) -> list[str]:  # type: ignore[no-untyped-def]
        return [r.name for r in brigade.assignments.candidates(shift, CandidateFilter(**kwargs))]

    assert names(team_id=brigade.squads["east"]) == ["李强", "单丽"]
    assert names(team_id=brigade.brigade_id) == ["李强", "张伟", "赵敏", "王芳", "单丽"]
    assert names(skill_id=brigade.skill_ids["急救"]) == ["李强", "赵敏"]
    assert names(available_only=True) == ["李强", "张伟", "王芳", "单丽"]
    assert names(free_only=True) == ["李强", "张伟", "赵敏", "单丽"]
    assert names(free_only=True, available_only=True, query="zhang") == ["张伟"]


def test_the_candidate_list_is_one_statement_whatever_its_length(
    brigade: Brigade, shift: int
) -> None:
    for n in range(15):
        brigade.volunteers.add_volunteer(
            brigade.desk,
            VolunteerInput(
                team_id=brigade.squads["west"],
                name=f"志愿者{chr(0x4E00 + n)}",
                id_type="passport",
                id_number=f"E1234{n:04d}",
                gender="M",
                skill_ids=(brigade.skill_ids["摄影"],),
            ),
        )
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(brigade.db.engine, "before_cursor_execute", seen)
    try:
        rows = brigade.assignments.candidates(shift)
    finally:
        event.remove(brigade.db.engine, "before_cursor_execute", seen)
    assert len(rows) == 20
    assert len(statements) == 2, statements  # the shift, then every candidate at once


def test_a_shift_on_the_same_day_is_not_in_the_way_when_it_does_not_overlap(
    brigade: Brigade,
) -> None:
    activity = brigade.activity()
    morning = brigade.shift(activity, "09:00", "11:00")
    noon = brigade.shift(activity, "11:00", "13:00")
    brigade.assign(morning, "张伟")
    rows = {r.name: r for r in brigade.assignments.candidates(noon)}
    assert rows["张伟"].free
    assert DAY.weekday() == 5  # Saturday: the availability mask below is Saturday's
    assert availability.mask_for(
        dt.datetime(2026, 3, 7, 11), dt.datetime(2026, 3, 7, 13)
    ) == availability.encode({(5, availability.MORNING), (5, availability.AFTERNOON)})
