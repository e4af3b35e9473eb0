"""Volunteers: assign with the overlap check, and candidates for a shift with their hours
(1,000 volunteers, 5,000 shifts, ~19,000 assignments, on SQLite)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from station_app import demo
from station_app.core.actor import CLI_ACTOR
from station_app.core.startup import open_database
from station_app.volunteers.demo import fill_volunteers
from station_app.volunteers.models import Shift, Volunteer
from station_app.volunteers.service import ActivityService, AssignmentService
from station_app.volunteers.types import ActivityInput, ShiftInput
from tests.bench.harness import Figure

VOLUNTEERS = 1_000
SHIFTS = 5_000
REPEAT = 40
FAR_DAY = dt.date(2030, 6, 1)  # bench shifts: nobody is busy then


def _text(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _bench_shifts(db, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """One hour each, one after another, on days nothing else happens."""
    activities = ActivityService(db)
    ids = []
    for day_no in range(0, count, 12):
        day = FAR_DAY + dt.timedelta(days=day_no // 12)
        start = dt.datetime.combine(day, dt.time(8))
        activity = activities.add_activity(
            CLI_ACTOR,
            ActivityInput("基准测试", "other", start, start + dt.timedelta(hours=12)),
        ).id
        for k in range(min(12, count - day_no)):
            begin = start + dt.timedelta(hours=k)
            shift = ShiftInput(begin, begin + dt.timedelta(hours=1), "引导", 5)
            ids.append(activities.add_shift(CLI_ACTOR, activity, shift).id)
    return ids


def paired_medians(
    work: Callable[[], object], floor: Callable[[], object], repeat: int, warmup: int = 2
) -> tuple[float, float]:
    """Medians of ``work`` and ``floor`` timed alternately (ms)."""
    for _ in range(warmup):
        work()
        floor()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((work, samples[0]), (floor, samples[1])):
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "volunteers.db"
    db = open_database(f"sqlite:///{path}")
    demo.fill(db, members=1_200, seed=3)
    summary = fill_volunteers(db, volunteers=VOLUNTEERS, activities=1_000, shifts=SHIFTS, seed=3)
    service = AssignmentService(db)
    with db.read() as s:
        volunteer_ids = list(s.scalars(select(Volunteer.id).where(Volunteer.active.is_(True))))
        # A shift of the coming weeks: candidates with a year of hours behind them.
        target = s.scalars(
            select(Shift.id).where(Shift.starts_at > dt.datetime.now()).order_by(Shift.starts_at)
        ).first()
    assert target is not None
    reps = REPEAT + 2  # + warm-up
    shifts = _bench_shifts(db, 2 * reps)
    pairs = iter(zip(shifts[:reps], itertools.cycle(volunteer_ids), strict=False))

    def assign() -> None:
        shift_id, volunteer_id = next(pairs)
        service.assign(CLI_ACTOR, shift_id, volunteer_id)

    def candidates() -> None:
        rows = service.candidates(target)
        assert len(rows) == len(volunteer_ids)

    # --- floors: the same work, the simplest way, raw sqlite3 on the same file ----------
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    floor_pairs = iter(zip(shifts[reps:], itertools.cycle(volunteer_ids[7:]), strict=False))

    def floor_assign() -> None:
        shift_id, volunteer_id = next(floor_pairs)
        raw.execute("BEGIN IMMEDIATE")
        start, end, places = raw.execute(
            "SELECT starts_at, ends_at, places FROM shift WHERE id = ?", (shift_id,)
        ).fetchone()
        clash = raw.execute(
            "SELECT a.id FROM assignment a WHERE a.volunteer_id = ? AND a.starts_at > "
            "datetime(?, '-1 day') AND a.starts_at < ? AND a.ends_at > ? "
            "AND a.status <> 'cancelled' LIMIT 1",
            (volunteer_id, start, end, start),
        ).fetchone()
        assert clash is None
        now = _text(dt.datetime.now())
        cur = raw.execute(
            "INSERT INTO assignment (shift_id, volunteer_id, starts_at, ends_at, status, hours, "
            "hours_reason, created_at, updated_at) VALUES (?, ?, ?, ?, 'scheduled', 1, '', ?, ?)",
            (shift_id, volunteer_id, start, end, now, now),
        )
        summary = {  # what the service's audit row says
            "changes": {
                "shift_id": [None, shift_id],
                "volunteer_id": [None, volunteer_id],
                "status": [None, "scheduled"],
                "hours": [None, "1.00"],
                "hours_reason": [None, ""],
            }
        }
        raw.execute(
            "INSERT INTO audit_log (at, operator_name, action, entity, entity_id, summary) "
            "VALUES (?, 'cli', 'assign', 'assignment', ?, ?)",
            (now, cur.lastrowid, json.dumps(summary, ensure_ascii=False, sort_keys=True)),
        )
        raw.execute(
            "SELECT count(*) FROM assignment WHERE shift_id = ? AND status <> 'cancelled'",
            (shift_id,),
        ).fetchone()
        raw.execute("COMMIT")
        assert places

    start, _end = raw.execute(
        "SELECT starts_at, ends_at FROM shift WHERE id = ?", (target,)
    ).fetchone()
    year = start[:4]

    def floor_candidates() -> None:
        rows = raw.execute(
            "SELECT v.id, coalesce(m.name, v.name), t.name, coalesce(m.mobile, v.mobile),"
            " (SELECT group_concat(k.name, '、') FROM volunteer_skill vs JOIN skill k"
            "   ON k.id = vs.skill_id WHERE vs.volunteer_id = v.id),"
            " coalesce((SELECT sum(a.hours) FROM assignment a WHERE a.volunteer_id = v.id"
            "   AND a.status = 'attended' AND a.starts_at >= ? AND a.starts_at < ?), 0) AS h,"
            " NOT EXISTS (SELECT 1 FROM assignment b WHERE b.volunteer_id = v.id"
            "   AND b.starts_at > datetime(s.starts_at, '-1 day') AND b.starts_at < s.ends_at"
            "   AND b.ends_at > s.starts_at AND b.status <> 'cancelled' AND b.shift_id <> s.id)"
            "   AS free"
            " FROM volunteer v JOIN team t ON t.id = v.team_id"
            " LEFT JOIN member m ON m.id = v.member_id, shift s"
            " WHERE s.id = ? AND v.active"
            " ORDER BY free DESC, h, coalesce(m.name_pinyin, v.name_pinyin)",
            (f"{year}-01-01", f"{int(year) + 1}-01-01", target),
        ).fetchall()
        assert len(rows) == len(volunteer_ids)

    # Each figure and its floor run turn about, so a busy machine slows both alike.
    assign_ms, floor_assign_ms = paired_medians(assign, floor_assign, REPEAT)
    candidates_ms, floor_candidates_ms = paired_medians(candidates, floor_candidates, REPEAT)
    db.dispose()
    raw.close()
    note = (
        f"{summary.volunteers} volunteers, {summary.shifts} shifts, "
        f"{summary.assignments} assignments"
    )
    return [
        # The ratio swings with the disk: when an fsync costs ~3 ms both are ~1x apart;
        # when it is nearly free what is left is the Session and the ORM audit row.
        Figure(
            "assign a volunteer (overlap check, insert, audit, FULL sync)",
            assign_ms,
            floor_assign_ms,
            target_ratio=5,
            note=note,
        ),
        Figure(
            f"candidates for a shift with hours this year ({len(volunteer_ids)} rows)",
            candidates_ms,
            floor_candidates_ms,
            target_ratio=3,
        ),
    ]
