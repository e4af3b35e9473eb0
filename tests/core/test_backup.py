"""Automatic and manual copies: verified before they count, kept 7 daily + 4 weekly,
mirrored to a second folder when it is there."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from station_app.core import backup as backups
from station_app.core.migrate import upgrade_to_head
from tests.data_safety import all_rows, corrupt, filled_copy

NOW = dt.datetime(2026, 12, 6, 9, 30, 0)


def test_a_copy_has_every_row_and_passes_its_check(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    result = backups.take_backup(db_path, "manual", now=NOW)
    assert result.copy.path.name == "station.20261206-093000.manual.db"
    assert backups.integrity_problem(result.copy.path) is None
    assert all_rows(result.copy.path) == all_rows(db_path)
    # One self-contained file: nothing of it lives in a -wal beside it.
    con = sqlite3.connect(result.copy.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_the_copy_includes_what_is_still_in_the_wal(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO community (name, sort_order) VALUES ('仍在日志里的社区', 99)")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    copy = backups.take_backup(db_path, "manual", now=NOW).copy.path
    writer.close()
    names = {r[0] for r in sqlite3.connect(copy).execute("SELECT name FROM community")}
    assert "仍在日志里的社区" in names


def test_progress_reaches_the_last_page(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    seen: list[tuple[int, int]] = []
    backups.take_backup(db_path, "manual", lambda done, total: seen.append((done, total)), now=NOW)
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_a_damaged_database_gives_no_backup(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    corrupt(db_path)
    with pytest.raises(backups.BackupFailed) as refused:
        backups.take_backup(db_path, "manual", now=NOW)
    assert "check" in refused.value.message() or "written" in refused.value.message()
    folder = backups.backups_dir(db_path)
    assert backups.list_backups(folder, "station") == []
    assert not list(folder.glob("*.partial"))


def test_due_once_a_day(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    assert backups.backup_due(db_path, NOW)
    backups.take_backup(db_path, "auto", now=NOW)
    assert not backups.backup_due(db_path, NOW + dt.timedelta(hours=23))
    assert backups.backup_due(db_path, NOW + dt.timedelta(hours=24))
    assert not backups.backup_due(tmp_path / "missing.db", NOW)


def test_opening_takes_the_daily_copy_only_when_due(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    first = upgrade_to_head(f"sqlite:///{db_path}")
    second = upgrade_to_head(f"sqlite:///{db_path}")
    assert first.backup is not None and ".auto.db" in first.backup.name
    assert second.backup is None
    assert upgrade_to_head(f"sqlite:///{db_path}", daily=False).backup is None


def _stamps(days_back: list[float]) -> list[dt.datetime]:
    return [NOW - dt.timedelta(days=d) for d in days_back]


def test_retention_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # Two copies a day for 60 days.
    for stamp in _stamps([d + h for d in range(60) for h in (0.0, 0.25)]):
        (folder / f"station.{stamp:%Y%m%d-%H%M%S}.auto.db").write_bytes(b"x")
    backups.prune(folder, "station", NOW)
    kept = backups.list_backups(folder, "station")
    days = {b.taken_at.date() for b in kept}
    weeks = {tuple(b.taken_at.isocalendar())[:2] for b in kept}
    recent = [b for b in kept if NOW - b.taken_at < dt.timedelta(days=1)]
    assert len(recent) == 2  # both copies of the last 24 hours
    assert len(days) <= 7 + 4
    assert {(NOW - dt.timedelta(days=d)).date() for d in range(7)} <= days
    assert len(weeks) >= 4
    assert min(b.taken_at for b in kept) > NOW - dt.timedelta(weeks=5)
    # The newest of each kept day is the one kept.
    for day in days:
        of_day = [b for b in kept if b.taken_at.date() == day]
        if day != NOW.date():
            assert len(of_day) == 1


def test_files_not_named_like_backups_are_never_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in _stamps(list(range(40))):
        (folder / f"station.{stamp:%Y%m%d-%H%M%S}.auto.db").write_bytes(b"x")
    (folder / "station.daily-20240101.db").write_bytes(b"old style")
    (folder / "notes.txt").write_text("kept")
    backups.prune(folder, "station", NOW)
    assert (folder / "station.daily-20240101.db").exists()
    assert (folder / "notes.txt").exists()


def test_second_folder_gets_a_copy_when_reachable(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    usb = tmp_path / "usb"
    backups.set_second_folder(db_path, usb)
    assert backups.second_folder(db_path) == usb
    unplugged = backups.take_backup(db_path, "manual", now=NOW)
    assert unplugged.mirror is None and "cannot be reached" in unplugged.mirror_problem
    usb.mkdir()
    plugged = backups.take_backup(db_path, "manual", now=NOW + dt.timedelta(minutes=1))
    assert plugged.mirror is not None and plugged.mirror_problem == ""
    assert plugged.mirror.read_bytes() == plugged.copy.path.read_bytes()
    backups.set_second_folder(db_path, None)
    assert backups.second_folder(db_path) is None


def test_second_folder_must_be_a_full_path(tmp_path: Path) -> None:
    with pytest.raises(backups.DeskError):
        backups.set_second_folder(tmp_path / "station.db", Path("relative/folder"))


def test_newest_good_backup_skips_damaged_copies(tmp_path: Path, filled_station: Path) -> None:
    db_path = filled_copy(filled_station, tmp_path)
    older = backups.take_backup(db_path, "auto", now=NOW - dt.timedelta(days=2)).copy
    newer = backups.take_backup(db_path, "auto", now=NOW - dt.timedelta(days=1)).copy
    assert backups.newest_good_backup(db_path) == newer
    corrupt(newer.path)
    assert backups.newest_good_backup(db_path) == older


@pytest.mark.parametrize(
    "stamp",
    ["20250101-000000", "20241231-235959", "20240229-120000", "20250229-120000",
     "20251301-000000", "20250100-000000", "20250101-240000", "20250101-006000",
     "20250101-000060", "00001231-000000", "2025010--000000", "20250101_000000"],
)  # fmt: skip
def test_a_copys_stamp_is_read_as_strptime_reads_it(stamp: str) -> None:
    try:
        expected = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        with pytest.raises(ValueError):
            backups.stamp_time(stamp)
        return
    assert backups.stamp_time(stamp) == expected
