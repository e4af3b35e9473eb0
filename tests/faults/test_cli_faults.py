"""At start, from the command line: a database written by a newer program and a damaged
database are refused with a sentence and left byte for byte as they were; a backup
from a newer program is not restored."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from station_app.data_checks import check_database
from tests.test_cli import run_cli

FUTURE = "9999_from_the_future"


def english_home(tmp_path: Path) -> Path:
    """A sandboxed HOME whose desk speaks English (the sentences are compared)."""
    if sys.platform == "win32":  # QSettings is the registry there, not a file under HOME
        pytest.skip("the language is set through an .ini under HOME: not on Windows")
    home = tmp_path / "home"
    settings = home / "config" / "StationDesk" / "station-app.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    return home


def from_the_future(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    con.commit()
    con.close()


def as_a_backup(source: Path, target: Path) -> Path:
    """A single self-contained file, as the backups folder holds them."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return target


def damage(path: Path) -> None:
    """512 bytes of garbage in the middle of a page of the member table, as a failing
    sector would leave them."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    page, size = con.execute(
        "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat "
        "WHERE name = 'member' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"
    ).fetchone()
    con.close()
    with path.open("r+b") as f:
        f.seek((page - 1) * size + size // 2 - 256)
        f.write(b"\xa5" * 512)


def quick_check(path: Path) -> str:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def assert_a_sentence(stderr: str) -> None:
    assert "Traceback" not in stderr and "sqlalchemy" not in stderr.lower(), stderr


def test_a_database_from_a_newer_program_is_refused_and_left_alone(
    station: Path, tmp_path: Path
) -> None:
    from_the_future(station)
    before = station.read_bytes()
    out = tmp_path / "stock.pdf"
    result = run_cli(
        "--db", str(station), "print", "stock", "--out", str(out), home=english_home(tmp_path)
    )
    assert result.returncode != 0
    assert (
        f"This database was written by a newer version of Station Desk (schema {FUTURE}). "
        "Please install the newer version" in result.stderr
    ), result.stderr
    assert_a_sentence(result.stderr)
    assert not out.exists()
    assert station.read_bytes() == before


def test_a_backup_from_a_newer_program_is_not_restored(station: Path, tmp_path: Path) -> None:
    newer = as_a_backup(station, tmp_path / "NEWER.db")
    from_the_future(newer)
    before = station.read_bytes()
    result = run_cli("--db", str(station), "restore", str(newer), home=english_home(tmp_path))
    assert result.returncode != 0
    assert (
        f"The file {newer} was written by a newer version of Station Desk (schema {FUTURE}); "
        "this version cannot open it, so it was not restored." in result.stderr
    ), result.stderr
    assert_a_sentence(result.stderr)
    assert station.read_bytes() == before
    assert not list(station.parent.glob("backups/*before-restore*"))  # nothing moved aside
    assert check_database(f"sqlite:///{station}").ok


def test_a_damaged_database_is_not_opened_and_the_newest_good_backup_is_named(
    station: Path, tmp_path: Path
) -> None:
    home = english_home(tmp_path)  # first: skips on Windows, whose SQLite has no dbstat
    backups = station.parent / "backups"
    good = as_a_backup(station, backups / f"{station.stem}.20261201-100000.auto.db")
    as_a_backup(station, backups / f"{station.stem}.20261130-100000.auto.db")  # older
    newer_but_bad = as_a_backup(station, backups / f"{station.stem}.20261202-100000.auto.db")
    damage(newer_but_bad)
    damage(station)
    assert quick_check(station) != "ok" and quick_check(newer_but_bad) != "ok"
    before = station.read_bytes()
    out = tmp_path / "stock.pdf"
    result = run_cli("--db", str(station), "print", "stock", "--out", str(out), home=home)
    assert result.returncode == 2, result.stderr
    assert f"The database {station} is damaged (" in result.stderr, result.stderr
    assert (
        f"and was not opened, so nothing in it was changed. The newest good backup is {good} "
        "(2026-12-01 10:00)." in result.stderr
    ), result.stderr
    assert f"To restore it: station-app --db {station} restore {good}" in result.stderr
    assert str(newer_but_bad) not in result.stderr
    assert_a_sentence(result.stderr)
    assert station.read_bytes() == before  # not opened for writing: not a byte changed
    wal = Path(f"{station}-wal")  # (read-only readers of a WAL file may leave it empty)
    assert not wal.exists() or wal.stat().st_size == 0
    assert not out.exists()
