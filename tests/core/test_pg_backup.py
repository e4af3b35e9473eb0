"""PostgreSQL stations: backup and restore through pg_dump / pg_restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from station_app import demo
from station_app.core import pg_backup
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.restore import RestoreRefused
from station_app.core.safekeeping import DataSafety
from station_app.data_checks import check_database

ADMIN = Actor(None, "admin", "王管理", "admin")
TABLES = ("member", "unit", "booking", "allocation", "stock_movement", "assignment", "station")


def _rows(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            t: sorted(tuple(r) for r in s.execute(text(f"SELECT * FROM {t}")).all()) for t in TABLES
        }


def _needs_pg(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump / pg_restore not installed")


def test_pg_backup_restore_round_trip(db: Database, tmp_path: Path) -> None:
    _needs_pg(db)
    demo.fill(db, members=30, seed=9)
    before = _rows(db)
    safety = DataSafety(db.url)
    archive = safety.backup(ADMIN, tmp_path / "station.dump").path
    assert pg_backup.archive_revision(archive)
    with db.transaction() as s:
        s.execute(text("UPDATE station SET name = '改过的名字'"))
        s.execute(text("DELETE FROM volunteer_skill"))
    db.dispose()

    done = safety.restore(ADMIN, archive)

    assert done.safety_copy.is_file() and done.safety_copy.suffix == ".dump"
    assert _rows(db) == before
    assert check_database(db.url).ok
    with db.read() as s:
        actions = s.execute(text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).all()
    assert actions == [("restore",)]


def test_pg_restore_refuses_a_file_that_is_no_archive(db: Database, tmp_path: Path) -> None:
    _needs_pg(db)
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP but not really" * 10)
    with pytest.raises(RestoreRefused):
        DataSafety(db.url).restore(ADMIN, junk)
    assert check_database(db.url).ok


def test_without_pg_dump_the_desk_is_told_what_to_do(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no pg_dump here
    with pytest.raises(pg_backup.ToolMissing) as missing:
        pg_backup.dump("postgresql+psycopg://desk@192.0.2.1/station", tmp_path / "x.dump")
    assert "pg_dump" in missing.value.message()
    assert "postgresql-client" in missing.value.message()


def test_the_station_schema_is_read_from_the_url() -> None:
    conninfo, schema = pg_backup.libpq_target(
        "postgresql+psycopg://postgres:pw@127.0.0.1:5432/test?options=-csearch_path%3Dst1,ext"
    )
    assert conninfo.startswith("postgresql://postgres:pw@127.0.0.1:5432/test")
    assert schema == "st1"
    assert pg_backup.libpq_target("postgresql+psycopg://u@h/db") == ("postgresql://u@h/db", None)
