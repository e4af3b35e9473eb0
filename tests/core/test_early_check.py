"""The open-time quick_check started from station-app's arguments, before the imports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from station_app.cli import OPENING_COMMANDS
from station_app.core import early_check
from station_app.core.db import resolve_url, sqlite_file


def _sound_file(folder: Path) -> Path:
    path = folder / "station.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    return path


def _started(argv: list[str], env: dict[str, str] | None = None) -> list[Path]:
    early_check.start_for_argv(argv, OPENING_COMMANDS, env or {})
    found = []
    for path in list(early_check._checks):
        check = early_check.take(path)
        assert check is not None
        assert check.result() is None  # a sound file
        found.append(path)
    return found


def test_the_desk_and_the_opening_commands_start_the_check_of_the_file_they_open(
    tmp_path: Path,
) -> None:
    path = _sound_file(tmp_path)
    opened = sqlite_file(resolve_url(str(path)))
    assert _started(["--db", str(path)]) == [opened]  # the desk
    assert _started([f"--db={path}", "print", "handout", "--campaign", "1"]) == [opened]
    assert _started(["communities", "list"], env={"STATION_DB": str(path)}) == [opened]
    relative = Path("..") / tmp_path.name / path.name
    assert _started(["--db", str(tmp_path / relative), "export", "members"]) == [opened]


def test_other_commands_urls_and_unknown_options_start_nothing(tmp_path: Path) -> None:
    path = _sound_file(tmp_path)
    assert _started(["--db", str(path), "check"]) == []  # checks the file itself
    assert _started(["--db", str(path), "backup"]) == []
    assert _started(["--smoke-test", "--db", str(path)]) == []
    assert _started(["--db", f"sqlite:///{path}"]) == []  # a URL: checked at open time
    assert _started(["--db", str(tmp_path / "missing.db")]) == []


def test_a_damaged_file_found_early_is_refused_at_open(tmp_path: Path) -> None:
    from station_app.core.backup import DatabaseDamaged
    from station_app.core.migrate import refuse_damaged

    path = _sound_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree
    path.write_bytes(bytes(data))
    early_check.start_for_argv(["--db", str(path)], OPENING_COMMANDS, {})
    assert early_check._checks.get(path) is not None
    with pytest.raises(DatabaseDamaged):
        refuse_damaged(path)
    assert early_check.take(path) is None  # the answer was taken
