"""A full disk and a read-only disk during a save: the desk gets a sentence (never a
driver's traceback), nothing of the use case is saved, nothing earlier is lost, and the
same save goes through once the disk is back to normal.

Each fault is made for real in a child process (``tests.faults.disk_child``): a full
disk as the largest file size allowed (RLIMIT_FSIZE) set a page above the WAL, a
read-only disk as file mode 0444 (and folder 0555). Root ignores file modes, so a
root child gives up the capabilities that let it (it then obeys them like anyone).
"""

from __future__ import annotations

import ctypes
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from station_app.core.db import Database
from station_app.data_checks import check_database
from tests.data_safety import all_rows
from tests.faults import disk_child
from tests.faults import journal as jr

ROOT = Path(__file__).resolve().parents[2]
USE_CASES = ("handout", "register", "import")
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and rlimits are POSIX")


def argument(use_case: str, station: Path) -> str:
    """What the use case needs, read (or written) before the fault."""
    if use_case == "import":
        sheet = station.parent / "新会员.xlsx"
        wb = Workbook()
        wb.active.append(jr.HEADERS)
        for row in jr.batch_rows(7):
            wb.active.append(row)
        wb.save(sheet)
        return str(sheet)
    con = sqlite3.connect(f"{station.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if use_case == "register":
            return str(con.execute("SELECT min(id) FROM community").fetchone()[0])
        return str(
            con.execute(
                "SELECT min(a.id) FROM allocation AS a JOIN campaign AS c ON c.id = a.campaign_id "
                "WHERE c.status = 'open' AND a.handed_out_at IS NULL AND NOT a.removed"
            ).fetchone()[0]
        )
    finally:
        con.close()


def like_any_user() -> None:
    """preexec_fn: a root child drops the capabilities that let it ignore file modes
    (they stay dropped across exec). Anyone else needs nothing."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_child(use_case: str, station: Path, arg: str, *extra: str, **popen: Any) -> dict:
    command = [sys.executable, "-m", "tests.faults.disk_child", use_case, str(station), arg]
    result = subprocess.run(
        [*command, *extra], cwd=ROOT, capture_output=True, text=True, timeout=120, **popen
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    outcome["stderr"] = result.stderr
    return outcome


def assert_sentence(outcome: dict, error: str, opening: str, folder: Path) -> None:
    assert outcome["error"] == error, outcome
    assert outcome["desk_error"]
    message = outcome["message"]
    assert message.startswith(opening), message
    assert str(folder) in message  # which disk or folder to see to
    for word in ("sqlite", "sqlalchemy", "Traceback", "Background on this error"):
        assert word.lower() not in message.lower(), message


def assert_sound_and_unchanged(station: Path, before: dict) -> None:
    report = check_database(f"sqlite:///{station}")
    assert report.ok, report.lines()
    assert all_rows(station) == before


def assert_saves_again(use_case: str, station: Path, arg: str, before: dict) -> None:
    """Back to normal: the same save goes through, and the station still checks out."""
    db = Database(f"sqlite:///{station}")
    try:
        disk_child.use_case(use_case, db, arg)()
    finally:
        db.dispose()
    report = check_database(f"sqlite:///{station}")
    assert report.ok, report.lines()
    after = all_rows(station)
    table = "allocation" if use_case == "handout" else "member"
    if use_case == "handout":
        assert after[table] != before[table]
    else:
        added = 1 if use_case == "register" else jr.BATCH_ROWS
        assert len(after[table]) == len(before[table]) + added
    assert len(after["audit_log"]) > len(before["audit_log"])


@pytest.mark.parametrize("use_case", USE_CASES)
def test_a_full_disk_during_a_save_saves_nothing_and_says_so(station: Path, use_case: str) -> None:
    arg = argument(use_case, station)
    before = all_rows(station)
    outcome = run_child(use_case, station, arg, "--fill-disk")
    assert_sentence(outcome, "DiskFull", "The disk is full: nothing was saved.", station.parent)
    assert_sound_and_unchanged(station, before)
    assert_saves_again(use_case, station, arg, before)


@pytest.mark.parametrize("read_only", ["file", "file and folder"])
@pytest.mark.parametrize("use_case", USE_CASES)
def test_a_read_only_disk_during_a_save_saves_nothing_and_says_so(
    station: Path, use_case: str, read_only: str
) -> None:
    arg = argument(use_case, station)
    before = all_rows(station)
    folder = station.parent
    station.chmod(0o444)
    if "folder" in read_only:
        folder.chmod(0o555)
    try:
        outcome = run_child(use_case, station, arg, preexec_fn=like_any_user)
    except subprocess.SubprocessError as exc:  # prctl refused (a locked-down container)
        pytest.skip(f"cannot make a child that obeys file modes: {exc}")
    finally:
        folder.chmod(0o755)
        station.chmod(0o644)
    assert_sentence(
        outcome,
        "ReadOnlyDatabase",
        "The database cannot be written (read-only disk or folder): nothing was saved.",
        folder,
    )
    assert_sound_and_unchanged(station, before)
    assert_saves_again(use_case, station, arg, before)
