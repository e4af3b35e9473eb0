"""A volunteer is never on two overlapping shifts: tried every way, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.volunteers.errors import VolunteerClash
from station_app.volunteers.types import ShiftInput
from tests.volunteers.conftest import DAY, Brigade, at, audit_rows, count


def test_the_same_shift_twice_is_refused(brigade: Brigade) -> None:
    shift = brigade.shift(brigade.activity())
    brigade.assign(shift, "张伟")
    with pytest.raises(ConflictError) as refused:
        brigade.assign(shift, "张伟")
    assert "张伟 is already on this shift" in refused.value.message()
    # Not even an administrator's override puts someone on one shift twice.
    with pytest.raises(ConflictError):
        brigade.assign(shift, "张伟", actor=brigade.admin, override_reason="两个岗位")
    assert count(brigade.db, "assignment") == 1


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("10:00", "12:00"),  # overlaps the end
        ("08:00", "09:30"),  # overlaps the start
        ("08:00", "12:00"),  # contains it
        ("09:30", "10:30"),  # inside it
        ("10:59", "12:00"),  # one minute in
    ],
)
def test_overlapping_shifts_of_different_activities_are_refused_and_named(
    brigade: Brigade, start: str, end: str
) -> None:
    cleanup = brigade.activity("云岗森林公园清扫")
    visits = brigade.activity("探望孤寡老人", kind="elderly_disabled", place="太平桥西里3号楼")
    first = brigade.shift(cleanup, "09:00", "11:00", role="清扫")
    second = brigade.shift(visits, start, end, role="陪护")
    taken = brigade.assign(first, "王芳")
    with pytest.raises(VolunteerClash) as refused:
        brigade.assign(second, "王芳")
    assert refused.value.clash_assignment_id == taken.assignment_id
    assert refused.value.clash_activity_id == cleanup
    message = refused.value.message()
    assert "王芳" in message and "云岗森林公园清扫" in message
    assert "2026-03-07 09:00–11:00" in message and "清扫" in message
    assert count(brigade.db, "assignment") == 1


def test_back_to_back_shifts_are_fine(brigade: Brigade) -> None:
    activity = brigade.activity()
    morning = brigade.shift(activity, "09:00", "11:00")
    late_morning = brigade.shift(activity, "11:00", "12:00")
    early = brigade.shift(activity, "08:00", "09:00")
    for shift in (morning, late_morning, early):
        brigade.assign(shift, "张伟")
    assert count(brigade.db, "assignment") == 3


def test_a_cancelled_assignment_frees_the_time_and_cannot_come_back_over_a_clash(
    brigade: Brigade,
) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(b, "10:00", "12:00")
    taken = brigade.assign(first, "单丽")
    brigade.assignments.set_status(brigade.desk, taken.assignment_id, "cancelled")
    other = brigade.assign(second, "单丽")
    # Bringing the cancelled one back would double-book her now.
    with pytest.raises(VolunteerClash) as refused:
        brigade.assignments.set_status(brigade.desk, taken.assignment_id, "scheduled")
    assert refused.value.clash_assignment_id == other.assignment_id
    with pytest.raises(VolunteerClash):
        brigade.assign(first, "单丽")  # nor as a fresh assignment
    brigade.assignments.set_status(brigade.desk, other.assignment_id, "cancelled")
    again = brigade.assign(first, "单丽")
    assert again.assignment_id == taken.assignment_id  # the same row comes back
    assert count(brigade.db, "assignment", "status <> 'cancelled'") == 1


def test_an_administrator_may_override_with_a_reason_and_it_shows(brigade: Brigade) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("急救培训", kind="organising", place="职工之家")
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(b, "10:00", "12:00", role="急救示范")
    taken = brigade.assign(first, "李强")
    with pytest.raises(ValidationError) as refused:  # a reason is required
        brigade.assignments.assign(brigade.admin, second, brigade.v["李强"], override_reason="  ")
    assert refused.value.field == "override_reason"
    result = brigade.assign(
        second, "李强", actor=brigade.admin, override_reason="清扫途中抽调一小时做急救示范"
    )
    assert result.overridden
    roster = brigade.views.roster(brigade.desk, b)
    line = roster.shifts[0].lines[0]
    assert line.override_reason == "清扫途中抽调一小时做急救示范"
    assert roster.overrides == 1
    (action, summary), *_ = audit_rows(brigade.db, "assignment", result.assignment_id)
    assert action == "assign" and str(taken.assignment_id) in summary["note"]
    # An override without a clash is not stored: the rule keeps guarding that row.
    third = brigade.shift(b, "13:00", "14:00")
    plain = brigade.assign(third, "李强", actor=brigade.admin, override_reason="无冲突")
    assert not plain.overridden


def test_desk_staff_may_not_override(brigade: Brigade) -> None:
    a = brigade.activity()
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(a, "10:00", "12:00")
    brigade.assign(first, "张伟")
    with pytest.raises(PermissionDenied):
        brigade.assign(second, "张伟", override_reason="我觉得可以")
    assert count(brigade.db, "assignment") == 1


def test_moving_a_shift_onto_another_of_the_same_volunteer_is_refused(brigade: Brigade) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(b, "13:00", "15:00")
    brigade.assign(first, "赵敏")
    brigade.assign(second, "赵敏")
    with pytest.raises(VolunteerClash) as refused:
        brigade.activities.update_shift(
            brigade.desk, second, ShiftInput(at(DAY, "10:00"), at(DAY, "12:00"), "宣传", 3)
        )
    assert "赵敏" in refused.value.message()
    # Moved elsewhere, the assignment moves with it and its hours follow.
    brigade.activities.update_shift(
        brigade.desk, second, ShiftInput(at(DAY, "14:00"), at(DAY, "16:30"), "宣传", 3)
    )
    with brigade.db.read() as s:
        starts_at, hours = s.execute(
            text("SELECT starts_at, hours FROM assignment WHERE shift_id = :i"), {"i": second}
        ).one()
    assert str(starts_at).startswith("2026-03-07 14:00")
    assert float(hours) == 2.5


def test_over_filling_a_shift_warns_but_is_allowed(brigade: Brigade) -> None:
    shift = brigade.shift(brigade.activity(), places=1)
    assert brigade.assign(shift, "张伟").notices == ()
    result = brigade.assign(shift, "王芳")
    assert [n.code for n in result.notices] == ["overfilled"]
    assert "2 volunteers for 1 places" in result.notices[0].message()


# --- the database itself ---------------------------------------------------------------


def _param(brigade: Brigade, value: dt.datetime) -> object:
    """Raw SQL on SQLite must write SQLAlchemy's text form (a CHECK insists on it)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if brigade.db.is_sqlite else value


def _raw_insert(
    brigade: Brigade,
    shift_id: int,
    volunteer: str,
    span: tuple[str, str],
    override: str | None = None,
) -> None:
    with brigade.db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO assignment (shift_id, volunteer_id, starts_at, ends_at, status, hours,"
                " hours_reason, override_reason, created_at, updated_at) VALUES (:shift, :vol,"
                " :start, :end, 'scheduled', 2, '', :override, :now, :now)"
            ),
            {
                "shift": shift_id,
                "vol": brigade.v[volunteer],
                "start": _param(brigade, at(DAY, span[0])),
                "end": _param(brigade, at(DAY, span[1])),
                "override": override,
                "now": _param(brigade, dt.datetime(2026, 2, 2, 9)),
            },
        )


def test_the_database_refuses_an_overlapping_insert_made_with_raw_sql(brigade: Brigade) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(b, "10:30", "12:00")
    back_to_back = brigade.shift(b, "11:00", "12:00")
    _raw_insert(brigade, first, "张伟", ("09:00", "11:00"))
    with pytest.raises(IntegrityError) as refused:
        _raw_insert(brigade, second, "张伟", ("10:30", "12:00"))
    text_ = str(refused.value.orig)
    assert "volunteer_overlap" in text_ or "ex_assignment_no_overlap" in text_
    _raw_insert(brigade, back_to_back, "张伟", ("11:00", "12:00"))  # touching is fine
    _raw_insert(brigade, second, "王芳", ("10:30", "12:00"))  # someone else
    _raw_insert(brigade, second, "张伟", ("10:30", "12:00"), override="管理员特批")
    assert count(brigade.db, "assignment") == 4


def test_the_database_refuses_an_update_that_brings_back_an_overlap(brigade: Brigade) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    first = brigade.assign(brigade.shift(a, "09:00", "11:00"), "张伟")
    brigade.assignments.set_status(brigade.desk, first.assignment_id, "cancelled")
    brigade.assign(brigade.shift(b, "10:00", "12:00"), "张伟")
    with pytest.raises(IntegrityError), brigade.db.transaction() as s:
        s.execute(
            text("UPDATE assignment SET status = 'scheduled' WHERE id = :i"),
            {"i": first.assignment_id},
        )


def test_the_database_rechecks_assignments_when_a_shift_moves_under_them(
    brigade: Brigade,
) -> None:
    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    brigade.assign(brigade.shift(a, "09:00", "11:00"), "张伟")
    later = brigade.shift(b, "13:00", "15:00")
    brigade.assign(later, "张伟")
    start, end = at(DAY, "10:00"), at(DAY, "12:00")
    with pytest.raises(IntegrityError), brigade.db.transaction() as s:
        s.execute(
            text("UPDATE shift SET starts_at = :start, ends_at = :end WHERE id = :i"),
            {
                "start": _param(brigade, start),
                "end": _param(brigade, end),
                "i": later,
            },
        )
    with brigade.db.read() as s:
        moved = s.execute(
            text("SELECT count(*) FROM assignment WHERE starts_at < :noon"),
            {"noon": _param(brigade, at(DAY, "12:00"))},
        ).scalar_one()
    assert moved == 1  # only the morning one: nothing moved


def test_a_refusal_by_the_database_reads_like_the_services(
    brigade: Brigade, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another desk saved a moment earlier, so the service's own look found nothing:
    the database refuses, and the desk reads the same sentence naming the clash."""
    from station_app.volunteers import queries

    a = brigade.activity("清扫")
    b = brigade.activity("宣传", kind="publicity")
    first = brigade.shift(a, "09:00", "11:00")
    second = brigade.shift(b, "10:00", "12:00")
    taken = brigade.assign(first, "王芳")
    real = queries.find_clash
    calls = []

    def blind_first_look(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(queries, "find_clash", blind_first_look)
    with pytest.raises(VolunteerClash) as refused:
        brigade.assign(second, "王芳")
    assert len(calls) == 2  # the service's look, then the one naming the clash
    assert refused.value.clash_assignment_id == taken.assignment_id
    assert "云岗" not in refused.value.message() and "清扫" in refused.value.message()
    assert count(brigade.db, "assignment") == 1
