"""Files with personal data are 0600 in 0700 folders on Linux and macOS, whatever the
umask: the database with its -wal/-shm, backups (both folders), a restored file, the
log."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from station_app.core import backup as backups
from station_app.core.db import Database
from station_app.core.migrate import upgrade_to_head
from tests.test_cli import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The most open umask in common use (a Linux desktop user's 002)."""
    old = os.umask(0o002)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_its_wal_and_its_new_folders_are_private(tmp_path: Path) -> None:
    there = tmp_path / "there"
    there.mkdir(mode=0o775)
    path = there / "new" / "deeper" / "station.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    db = Database(f"sqlite:///{path}")
    with db.transaction() as s:  # the pooled connection stays open: -wal and -shm stay
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('新社区', 1)"))
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.is_file() and shm.is_file()
    assert [mode(p) for p in (path, wal, shm)] == [0o600] * 3
    assert mode(path.parent) == mode(path.parent.parent) == 0o700  # made by the program
    assert mode(there) == 0o775  # a folder that was there already is not the program's
    db.dispose()


def test_an_existing_database_loses_group_and_other_access_when_opened(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "station.db"
    shutil.copyfile(sqlite_template, path)
    path.chmod(0o664)
    db = Database(f"sqlite:///{path}")
    with db.read() as s:
        s.execute(text("SELECT 1"))
    db.dispose()
    assert mode(path) == 0o600


def test_demo_backup_and_restore_leave_only_private_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_cli("demo", "--members", "20", home=home)  # the default database
    assert done.returncode == 0, done.stderr
    data = home / "data" / "StationDesk"
    db_path = data / "station.db"
    log = home / "state" / "StationDesk" / "log" / "station-app.log"
    assert mode(data) == mode(log.parent) == 0o700
    assert mode(db_path) == mode(log) == 0o600
    assert not [p for p in data.iterdir() if p.is_file() and mode(p) != 0o600 and "db" in p.name]

    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_second_folder(db_path, usb)
    out = tmp_path / "chosen" / "copy.db"
    for args in (("backup",), ("backup", "--out", str(out))):
        done = run_cli(*args, home=home)
        assert done.returncode == 0, done.stderr
    folder = backups.backups_dir(db_path)
    copies = list(folder.iterdir())
    mirrored = list(usb.iterdir())
    assert copies and mirrored
    assert mode(folder) == mode(out.parent) == 0o700
    assert {mode(p) for p in [*copies, *mirrored, out]} == {0o600}
    assert mode(usb) == 0o775  # the USB drive's folder is not the program's to change

    done = run_cli("restore", str(out), home=home)  # staged beside the database, swapped in
    assert done.returncode == 0, done.stderr
    assert mode(db_path) == 0o600
    assert {mode(p) for p in folder.iterdir()} == {0o600}  # with the before-restore copy
