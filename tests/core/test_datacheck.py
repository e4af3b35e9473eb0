"""检查数据: passes on a sound station, names each broken rule otherwise.

The database's own guards (triggers, constraints) keep these rules, so each test breaks
the file the way damage or a foreign tool would: with the guard dropped first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from station_app import demo
from station_app.core.db import Database
from station_app.data_checks import check_database
from station_app.welfare.checks import one_allocation_per_member
from tests.data_safety import corrupt, filled_copy


def _tamper(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        con.execute(statement)
    con.close()


def _failed(path: Path) -> dict[str, tuple[str, ...]]:
    report = check_database(f"sqlite:///{path}")
    assert not report.ok
    return {f.name: f.lines for f in report.failed}


def test_a_sound_station_passes_every_check(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    report = check_database(f"sqlite:///{db_path}")
    assert report.ok, report.lines()
    assert len(report.passed) == 11
    assert report.summary().startswith("All 11 checks passed")


def test_a_sound_station_passes_on_both_databases(db: Database) -> None:
    demo.fill(db, members=30, seed=5)
    report = check_database(db.url)
    assert report.ok, report.lines()
    if not db.is_sqlite:  # SQLite's own file checks have no PostgreSQL counterpart
        assert "file integrity" not in report.passed and len(report.passed) == 9


def test_the_check_never_writes(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    original = db_path.read_bytes()
    check_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == original


def test_a_damaged_file_is_flagged(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    corrupt(db_path)
    failed = _failed(db_path)
    assert "file integrity" in failed


def test_a_stock_balance_that_is_not_its_ledger(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    _tamper(
        db_path,
        "DROP TRIGGER gift_item_on_hand_is_ledger",
        "UPDATE gift_item SET on_hand = on_hand + 5 WHERE id = (SELECT min(id) FROM gift_item)",
    )
    failed = _failed(db_path)
    assert list(failed) == ["stock balances equal their ledgers"]
    assert "ledger" in failed["stock balances equal their ledgers"][0]


def test_two_bookings_overlapping_in_a_room(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    _tamper(
        db_path,
        "DROP TRIGGER booking_no_overlap_insert",
        "INSERT INTO booking (booking_no, room_id, starts_at, ends_at, blocked_until, purpose,"
        " title, caller_name, caller_mobile, attendees, handled_by, private, notes, status,"
        " cancel_reason, created_at, updated_at)"
        " SELECT 'YY-DOUBLE', room_id, starts_at, ends_at, blocked_until, purpose, title,"
        " caller_name, caller_mobile, attendees, handled_by, private, notes, 'booked', '',"
        " created_at, updated_at FROM booking WHERE status <> 'cancelled' LIMIT 1",
    )
    failed = _failed(db_path)
    assert list(failed) == ["no overlapping bookings in a room"]
    assert "YY-DOUBLE" in failed["no overlapping bookings in a room"][0]


def test_a_volunteer_on_two_shifts_at_once(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    con = sqlite3.connect(db_path, isolation_level=None)
    shift = con.execute(
        "SELECT s.id, s.activity_id, s.starts_at, s.ends_at, a.volunteer_id FROM shift s"
        " JOIN assignment a ON a.shift_id = s.id"
        " WHERE a.status <> 'cancelled' AND a.override_reason IS NULL LIMIT 1"
    ).fetchone()
    con.execute("DROP TRIGGER assignment_no_overlap_insert")
    con.execute(
        "INSERT INTO shift (activity_id, starts_at, ends_at, role, places, created_at,"
        " updated_at) VALUES (?, ?, ?, '重复岗', 1, ?, ?)",
        (shift[1], shift[2], shift[3], shift[2], shift[2]),
    )
    twin = con.execute("SELECT max(id) FROM shift").fetchone()[0]
    con.execute(
        "INSERT INTO assignment (shift_id, volunteer_id, starts_at, ends_at, status, hours,"
        " hours_reason, created_at, updated_at) VALUES (?, ?, ?, ?, 'scheduled', 1, '', ?, ?)",
        (twin, shift[4], shift[2], shift[3], shift[2], shift[2]),
    )
    con.close()
    failed = _failed(db_path)
    assert list(failed) == ["no volunteer on overlapping shifts without an override"]
    # An administrator's override makes the same pair acceptable.
    _tamper(
        db_path,
        "DROP TRIGGER assignment_no_overlap_update",
        f"UPDATE assignment SET override_reason = '站长同意' WHERE shift_id = {twin}",
    )
    assert check_database(f"sqlite:///{db_path}").ok


def test_a_handout_without_its_ledger_rows(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    _tamper(
        db_path,
        "UPDATE allocation SET handed_out_at = '2026-12-01 10:00:00', receipt_no = 'FAKE-1'"
        " WHERE id = (SELECT min(a.id) FROM allocation a JOIN campaign c"
        " ON c.id = a.campaign_id WHERE a.handed_out_at IS NULL AND NOT a.removed"
        " AND EXISTS (SELECT 1 FROM campaign_item ci WHERE ci.campaign_id = c.id))",
    )
    failed = _failed(db_path)
    assert list(failed) == ["hand-outs match the ledger"]
    assert "FAKE-1" in failed["hand-outs match the ledger"][0]


def test_two_allocations_of_one_member_in_a_campaign(tmp_path: Path) -> None:
    # The unique constraint cannot be dropped in SQLite; the rule's query is checked on
    # a bare table, as a file whose index was lost would look.
    engine = create_engine(f"sqlite:///{tmp_path / 'bare.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE allocation (campaign_id INT, member_id INT)")
        conn.exec_driver_sql("INSERT INTO allocation VALUES (1, 7), (1, 7), (1, 8), (2, 7)")
        assert one_allocation_per_member(conn) == ["campaign 1, member 7: 2 allocations"]
    engine.dispose()


def test_missing_file_is_reported(tmp_path: Path) -> None:
    report = check_database(f"sqlite:///{tmp_path / 'nothing.db'}")
    assert not report.ok
    assert not (tmp_path / "nothing.db").exists()


def test_the_summary_reads_in_the_desk_language(tmp_path: Path, filled_station: Path) -> None:
    from station_app.core import i18n

    zh = {", ": "、", "All {count} checks passed: {names}.": "全部 {count} 项检查通过：{names}。"}
    i18n.install(lambda _context, text: zh.get(text, text))
    try:
        summary = check_database(f"sqlite:///{filled_copy(filled_station, tmp_path)}").summary()
    finally:
        i18n.install(lambda _context, text: text)
    assert summary.startswith("全部 11 项检查通过：") and "、" in summary and ", " not in summary
