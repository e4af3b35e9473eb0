"""The disk's refusals become sentences (Database.transaction and .read): a full disk,
a read-only database, a file out of reach. Every one is made for real, nothing of the
use case is saved, and other errors still pass through as they are."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from station_app.core.db import Database, sqlite_file
from station_app.core.errors import DiskFailure, DiskFull, ReadOnlyDatabase, StorageError

ROOT = Path(__file__).resolve().parents[2]
INSERT = "INSERT INTO community (name, sort_order) VALUES (:name, :order)"


def communities(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(text("SELECT name FROM community ORDER BY id")).scalars())


def assert_plain_sentence(error: StorageError, opening: str, where: str) -> None:
    message = error.message()
    assert message.startswith(opening), message
    assert where in message
    assert "sqlite" not in message.lower() and "Background on this error" not in message
    assert isinstance(error.__cause__, DBAPIError)  # kept for the log file


def test_a_full_disk_is_a_sentence_and_nothing_is_saved(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    full = Database(sqlite_db.url)  # its own connection: the page limit stays with it
    try:
        with pytest.raises(DiskFull) as refused, full.transaction() as s:
            s.execute(text(INSERT), {"name": "甲", "order": 1})
            pages = s.execute(text("PRAGMA page_count")).scalar()
            s.execute(text(f"PRAGMA max_page_count = {pages}"))  # SQLITE_FULL from here on
            s.execute(text(INSERT), {"name": "乙" * 50_000, "order": 2})
    finally:
        full.dispose()
    folder = sqlite_file(sqlite_db.url).parent  # type: ignore[union-attr]
    assert_plain_sentence(refused.value, "The disk is full: nothing was saved.", str(folder))
    assert communities(sqlite_db) == []  # the first row went with the rest
    assert "database or disk is full" in caplog.text  # the driver's words, for the log


def test_a_read_only_database_is_a_sentence_and_nothing_is_saved(db: Database) -> None:
    read_only = Database(db.url)
    try:
        with pytest.raises(ReadOnlyDatabase) as refused, read_only.transaction() as s:
            if read_only.is_sqlite:
                s.execute(text("PRAGMA query_only = ON"))  # SQLITE_READONLY on writes
            else:
                s.execute(text("SET TRANSACTION READ ONLY"))  # as on a standby server
            s.execute(text(INSERT), {"name": "甲", "order": 1})
    finally:
        read_only.dispose()
    assert_plain_sentence(
        refused.value,
        "The database cannot be written (read-only disk or folder): nothing was saved.",
        str(sqlite_file(db.url).parent) if db.is_sqlite else db.display_location,  # type: ignore[union-attr]
    )
    assert communities(db) == []


def test_a_folder_out_of_reach_is_a_sentence_when_saving_and_reading(tmp_path: Path) -> None:
    """A USB drive unplugged: the file cannot be opened any more."""
    folder = tmp_path / "usb"
    db = Database(f"sqlite:///{folder / 'station.db'}")
    shutil.rmtree(folder)
    try:
        with pytest.raises(DiskFailure) as refused, db.transaction() as s:
            s.execute(text(INSERT), {"name": "甲", "order": 1})
        assert_plain_sentence(
            refused.value, f"The database in {folder} could not be read or written", str(folder)
        )
        assert "unable to open database file" in refused.value.message()  # SQLite's reason
        with pytest.raises(DiskFailure), db.read() as s:
            s.execute(text("SELECT count(*) FROM community"))
    finally:
        db.dispose()
    assert not folder.exists()


CHILD = """
import resource, signal, sys
from sqlalchemy import text
from station_app.core.db import Database
from station_app.core.errors import DeskError
db = Database("sqlite:///" + sys.argv[1])
with db.read() as s:  # the desk is running: connection and WAL index open
    s.execute(text("SELECT 1"))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
try:
    with db.transaction() as s:
        s.execute(text("INSERT INTO community (name, sort_order) VALUES (:n, 1)"),
                  {"n": "甲" * 100_000})
    print("saved")
except DeskError as exc:
    print(type(exc).__name__, exc.message())
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_at_its_size_limit_counts_as_a_full_disk(sqlite_db: Database) -> None:
    """'File too large' (EFBIG) reaches us as a disk I/O error; with the file at the
    largest size allowed, the desk is told what it can do about it."""
    path = sqlite_file(sqlite_db.url)
    assert path is not None
    with sqlite_db.read() as s:
        s.execute(text("SELECT 1"))  # WAL and WAL index exist
    limit = max(os.path.getsize(f"{path}{suffix}") for suffix in ("-wal", "-shm")) + 4096
    sqlite_db.dispose()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(limit)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.startswith("DiskFull The disk is full: nothing was saved."), (
        result.stdout + result.stderr
    )
    assert "disk I/O error" in result.stderr  # logged with the driver's words
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM community").fetchone()[0] == 0
    con.close()


def test_other_database_errors_pass_through_unchanged(db: Database) -> None:
    with db.transaction() as s:
        s.execute(text(INSERT), {"name": "甲", "order": 1})
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            text("INSERT INTO community (id, name, sort_order) SELECT id, name, 9 FROM community")
        )
    assert communities(db) == ["甲"]


def test_driver_words_are_logged_not_shown(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="station_app.core.db")
    ro = Database(sqlite_db.url)
    try:
        with pytest.raises(ReadOnlyDatabase) as refused, ro.transaction() as s:
            s.execute(text("PRAGMA query_only = ON"))
            s.execute(text(INSERT), {"name": "甲", "order": 1})
    finally:
        ro.dispose()
    assert "attempt to write a readonly database" in caplog.text
    assert "attempt to write" not in refused.value.message()
