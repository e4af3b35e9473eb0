"""Restore: only sound station files of a known schema, a safety copy first, an atomic
swap, and an audit row in the restored database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station_app.core import backup as backups
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseBusy
from station_app.core.restore import RestoreRefused
from station_app.core.safekeeping import DataSafety
from station_app.data_checks import check_database
from tests.data_safety import all_rows, corrupt, filled_copy

ADMIN = Actor(None, "admin", "王管理", "admin")


def _add_member_row(path: Path) -> None:
    """A change made after the backup, straight into the file."""
    con = sqlite3.connect(path)
    con.execute("UPDATE station SET name = '改过的名字' WHERE id = 1")
    con.commit()
    con.close()


def test_backup_then_restore_preserves_every_row(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    url = f"sqlite:///{db_path}"
    before = all_rows(db_path)
    safety = DataSafety(url)
    copy = safety.backup(ADMIN, tmp_path / "out" / "copy.db").path
    _add_member_row(db_path)
    changed = all_rows(db_path)

    done = safety.restore(ADMIN, copy)

    after = all_rows(db_path)
    audit = after.pop("audit_log")
    before_audit = before.pop("audit_log")
    assert after == before  # every row of every table, the change undone
    # The backup's history, then who restored what, written into the restored file.
    added = set(audit) - set(before_audit)
    assert set(before_audit) <= set(audit) and len(added) == 1
    assert [(row[3], row[4]) for row in added] == [("admin", "restore")]
    # The database as it was just before is kept, verified, with the change in it.
    assert ".before-restore.db" in done.safety_copy.name
    kept = all_rows(done.safety_copy)
    assert kept["station"] == changed["station"]
    assert check_database(url).ok


def test_a_damaged_backup_is_refused_and_nothing_changes(
    tmp_path: Path, filled_station: Path
) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    bad = filled_copy(filled_station, tmp_path, "bad.db")
    corrupt(bad)
    original = db_path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        DataSafety(f"sqlite:///{db_path}").restore(ADMIN, bad)
    assert "damaged" in refused.value.message()
    assert db_path.read_bytes() == original
    assert backups.list_backups(backups.backups_dir(db_path), "station") == []


def test_a_foreign_file_is_refused(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    text_file = tmp_path / "notes.db"
    text_file.write_text("不是数据库")
    for candidate in (other, text_file, tmp_path / "missing.db"):
        with pytest.raises(RestoreRefused):
            DataSafety(f"sqlite:///{db_path}").restore(ADMIN, candidate)


def test_a_backup_from_a_newer_program_is_refused(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    newer = filled_copy(filled_station, tmp_path, "newer.db")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    original = db_path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        DataSafety(f"sqlite:///{db_path}").restore(ADMIN, newer)
    assert "9999_future" in refused.value.message()
    assert db_path.read_bytes() == original


def test_restore_over_a_damaged_database_keeps_its_raw_files(
    tmp_path: Path, filled_station: Path
) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    good = filled_copy(filled_station, tmp_path, "good.db")
    corrupt(db_path)
    damaged_bytes = db_path.read_bytes()
    done = DataSafety(f"sqlite:///{db_path}").restore(ADMIN, good)
    assert ".damaged.db" in done.safety_copy.name
    assert done.safety_copy.read_bytes() == damaged_bytes
    assert check_database(f"sqlite:///{db_path}").ok


def test_restore_is_refused_while_another_program_has_the_database_open(
    tmp_path: Path, filled_station: Path
) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    good = filled_copy(filled_station, tmp_path, "good.db")
    other_desk = sqlite3.connect(db_path, isolation_level=None)
    other_desk.execute("PRAGMA journal_mode=WAL")
    other_desk.execute("BEGIN")
    other_desk.execute("SELECT count(*) FROM member").fetchone()
    try:
        with pytest.raises(DatabaseBusy):
            DataSafety(f"sqlite:///{db_path}").restore(ADMIN, good)
    finally:
        other_desk.close()
    assert check_database(f"sqlite:///{db_path}").ok


def test_an_older_schema_is_restored_and_upgraded(tmp_path: Path, filled_station: Path) -> None:
    from station_app.core.migrate import head_revision
    from tests.data_safety import database_at

    old = database_at(tmp_path / "old.db", "0004")
    db_path = filled_copy(filled_station, tmp_path)
    done = DataSafety(f"sqlite:///{db_path}").restore(ADMIN, old)
    assert done.revision == "0004"
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_a_copy_is_never_written_over_the_database(tmp_path: Path, filled_station: Path) -> None:
    from station_app.core.errors import DeskError

    db_path = filled_copy(filled_station, tmp_path)
    original = db_path.read_bytes()
    with pytest.raises(DeskError):
        DataSafety(f"sqlite:///{db_path}").backup(ADMIN, tmp_path / "." / "station.db")
    assert db_path.read_bytes() == original


def test_restore_onto_a_new_pc_keeps_no_safety_copy(tmp_path: Path, filled_station: Path) -> None:
    source = filled_copy(filled_station, tmp_path, "from-usb.db")
    db_path = tmp_path / "new-pc" / "station.db"
    done = DataSafety(f"sqlite:///{db_path}").restore(ADMIN, source)
    assert done.safety_copy is None  # nothing was there to keep, and none is claimed
    restored, original = all_rows(db_path), all_rows(source)
    restored.pop("audit_log"), original.pop("audit_log")
    assert restored == original
    assert check_database(f"sqlite:///{db_path}").ok
