"""检查数据: passes on a sound station, names each broken rule otherwise.

The database's own guards (triggers, constraints) keep these rules, so each test breaks
the file the way damage or a foreign tool would: with the guard dropped first.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, text

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


def _rebuild_without(path: Path, table: str, *constraints: str) -> None:
    """Rebuilds ``table`` from its own DDL minus the named constraints (SQLite cannot
    drop a constraint; a foreign tool rebuilding the table could lose it like this)."""
    con = sqlite3.connect(path, isolation_level=None)
    (ddl,) = con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    for name in constraints:
        ddl, found = re.subn(rf",\s*CONSTRAINT {name} UNIQUE \([^)]*\)", "", ddl)
        assert found == 1, name
    loose = f"{table}_loose"
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(ddl.replace(f'CREATE TABLE "{table}"', f"CREATE TABLE {loose}", 1))
    con.execute(f"INSERT INTO {loose} SELECT * FROM {table}")
    con.execute(f"DROP TABLE {table}")
    con.execute(f"ALTER TABLE {loose} RENAME TO {table}")
    con.close()


MEMBER_COPY = (
    "INSERT INTO member (member_no, name, id_type, id_number, gender, birth_date, mobile,"
    " landline, unit_id, community_id, joined_on, status, status_changed_on, status_note,"
    " hardship_level, outdoor_kind, migrant_worker, model_worker, notes, search_text,"
    " created_at, updated_at, name_pinyin) SELECT {member_no}, name, id_type, {id_number},"
    " gender, birth_date, mobile, landline, unit_id, community_id, joined_on, status,"
    " status_changed_on, status_note, hardship_level, outdoor_kind, migrant_worker,"
    " model_worker, notes, search_text, created_at, updated_at, name_pinyin FROM member"
    " WHERE id = (SELECT min(id) FROM member)"
)


def test_a_member_registered_twice(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    _rebuild_without(db_path, "member", "uq_member_member_no", "uq_member_id_type_id_number")
    assert check_database(f"sqlite:///{db_path}").ok  # the rebuild alone breaks nothing
    first = (
        sqlite3.connect(db_path)
        .execute("SELECT member_no, id_type FROM member ORDER BY id LIMIT 1")
        .fetchone()
    )
    # Registered again: the same ID number under a new member number ...
    _tamper(db_path, MEMBER_COPY.format(member_no="'TPQ-AGAIN'", id_number="id_number"))
    failed = _failed(db_path)
    assert list(failed) == ["no member registered twice"]
    assert failed["no member registered twice"] == (
        f"{min(first[0], 'TPQ-AGAIN')}: 2 members share one ID number",
    )
    # ... and a member number given twice, to people with different ID numbers.
    _tamper(db_path, MEMBER_COPY.format(member_no="member_no", id_number="'X-' || id_number"))
    lines = _failed(db_path)["no member registered twice"]
    assert f"{first[0]}: 2 members share one member number" in lines and len(lines) == 2


def test_references_to_rows_that_are_gone(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    con = sqlite3.connect(db_path, isolation_level=None)  # foreign keys off, as in a tool
    allocation = con.execute("SELECT min(id) FROM allocation").fetchone()[0]
    con.execute("UPDATE allocation SET member_id = 999999 WHERE id = ?", (allocation,))
    con.close()
    failed = _failed(db_path)
    assert list(failed) == ["references between tables"]
    assert failed["references between tables"] == (
        f"table allocation, row {allocation}: points to a missing row of member",
    )


def test_a_schema_version_this_program_does_not_have(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    _tamper(db_path, "UPDATE alembic_version SET version_num = '0004'")
    failed = _failed(db_path)
    assert list(failed) == ["schema version"]
    assert failed["schema version"] == (
        "0004 (not upgraded yet; the program upgrades it at start)",
    )
    _tamper(db_path, "UPDATE alembic_version SET version_num = '0099_from_a_newer_program'")
    failed = _failed(db_path)
    assert failed == {"schema version": ("0099_from_a_newer_program (unknown to this program)",)}


def test_a_draft_campaign_with_recipients(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    con = sqlite3.connect(db_path, isolation_level=None)
    campaign, name = con.execute(
        "SELECT id, name FROM campaign WHERE status = 'open' AND EXISTS"
        " (SELECT 1 FROM allocation a WHERE a.campaign_id = campaign.id) ORDER BY id LIMIT 1"
    ).fetchone()
    con.execute("UPDATE campaign SET status = 'draft' WHERE id = ?", (campaign,))
    con.close()
    failed = _failed(db_path)
    assert list(failed) == ["only opened campaigns have recipients"]
    assert failed["only opened campaigns have recipients"] == (
        f"campaign {campaign} {name}: a draft with a recipient list",
    )


def test_the_rules_fail_on_both_databases(db: Database) -> None:
    """The schema and campaign rules read the same on PostgreSQL as on SQLite."""
    demo.fill(db, members=30, seed=5)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        campaign = (
            conn.execute(
                text(
                    "SELECT c.id FROM campaign c WHERE c.status <> 'draft' AND EXISTS"
                    " (SELECT 1 FROM allocation a WHERE a.campaign_id = c.id) ORDER BY c.id"
                )
            )
            .scalars()
            .first()
        )
        conn.execute(text("UPDATE campaign SET status = 'draft' WHERE id = :c"), {"c": campaign})
    report = check_database(db.url)
    failed = {f.name: f.lines for f in report.failed}
    assert sorted(failed) == ["only opened campaigns have recipients", "schema version"]
    assert failed["schema version"][0].startswith("0003 (not upgraded yet")
    assert failed["only opened campaigns have recipients"][0].startswith(f"campaign {campaign} ")


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


def test_the_detail_lines_read_in_the_desk_language(tmp_path: Path) -> None:
    """检查数据's own detail lines (schema, missing file) are translated sentences."""
    from station_app.core import i18n

    zh = {"{path}: file not found": "{path}：找不到文件"}
    i18n.install(lambda context, text: zh.get(text, text) if context == "Checks" else text)
    try:
        report = check_database(f"sqlite:///{tmp_path / 'nothing.db'}")
    finally:
        i18n.install(lambda _context, text: text)
    assert report.failed[0].lines == (f"{tmp_path / 'nothing.db'}：找不到文件",)
