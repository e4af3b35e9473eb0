"""The command-line handlers: one summary line, exit codes, export and receipt."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.members import cli as member_cli
from station_app.members.types import MemberInput
from tests.members.conftest import Street
from tests.members.data.sheets import (
    MEMBER_HEADERS,
    MEMBER_ROWS,
    UNIT_HEADERS,
    UNIT_ROWS,
    WANG_KUN,
    expected,
    write_csv,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(
    r"^imported (\d+), duplicates (\d+), rejected (\d+)(?:, error workbook (.+))?$"
)


def _ns(**kwargs: object) -> argparse.Namespace:
    return argparse.Namespace(**kwargs)


def _line(capsys: pytest.CaptureFixture[str]) -> re.Match[str]:
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out
    match = SUMMARY.match(out[0])
    assert match, out[0]
    return match


def test_import_members_prints_one_summary_line(
    street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    args = _ns(command="import", target="members", file=path, dry_run=False)
    assert member_cli.run(args, street.db) == 0
    line = _line(capsys)
    ok, dup, bad = expected(MEMBER_ROWS)
    assert tuple(int(g) for g in line.groups()[:3]) == (ok, dup, bad)
    assert Path(line.group(4)).exists()
    assert member_cli.cmd_import(args, street.db) == 0
    assert _line(capsys).group(0).startswith(f"imported 0, duplicates {ok + dup}, rejected {bad}")


def test_dry_run_saves_nothing_and_clean_file_has_no_path(
    street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [r for r in MEMBER_ROWS if r.expect == "ok"]
    path = write_csv(tmp_path / "ok.csv", MEMBER_HEADERS, rows, "utf-8-sig")
    args = _ns(command="import", target="members", file=path, dry_run=True)
    assert member_cli.cmd_import(args, street.db) == 0
    captured = capsys.readouterr()
    assert captured.out == f"imported {len(rows)}, duplicates 0, rejected 0\n"
    assert "dry run" in captured.err
    assert street.members.count_members() == 0


def test_import_units(street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", UNIT_HEADERS, UNIT_ROWS)
    args = _ns(command="import", target="units", file=path, dry_run=False)
    assert member_cli.cmd_import(args, street.db) == 0
    assert tuple(int(g) for g in _line(capsys).groups()[:3]) == expected(UNIT_ROWS)


def test_unreadable_file_exits_1_with_a_sentence(
    street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _ns(command="import", target="members", file=tmp_path / "none.xlsx", dry_run=False)
    assert member_cli.cmd_import(args, street.db) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "does not exist" in captured.err
    no_names = tmp_path / "x.csv"
    no_names.write_text("foo,bar\n1,2\n", encoding="utf-8")
    args.file = no_names
    assert member_cli.cmd_import(args, street.db) == 1
    assert "no column for Name" in capsys.readouterr().err


def test_export_members_and_full_ids_flag(
    street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    street.members.register(street.admin, MemberInput(name="王堃", id_number=WANG_KUN))
    args = _ns(command="export", target="members", file=tmp_path / "out", full_ids=False)
    assert member_cli.run(args, street.db) == 0
    assert "exported 1 members" in capsys.readouterr().out
    ws = load_workbook(tmp_path / "out.xlsx").active
    assert ws["E2"].value != WANG_KUN
    args = _ns(command="export", target="members", file=tmp_path / "full.xlsx", full_ids=True)
    assert member_cli.cmd_export(args, street.db) == 0
    assert load_workbook(tmp_path / "full.xlsx").active["E2"].value == WANG_KUN


def test_print_receipt(street: Street, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = street.members.register(street.admin, MemberInput(name="王堃", id_number=WANG_KUN))
    out = tmp_path / "r.pdf"
    args = _ns(command="print", printout="receipt", member=result.member_no.lower(), out=out)
    assert member_cli.run(args, street.db) == 0
    assert out.read_bytes().startswith(b"%PDF") and result.member_no in capsys.readouterr().out
    args.member = "TPQ000"
    assert member_cli.cmd_print_receipt(args, street.db) == 2
    assert "TPQ000" in capsys.readouterr().err


def test_import_in_a_real_process(tmp_path: Path) -> None:
    """``station-app import`` as the desk runs it: its own process, this tree's code
    (``-m`` from the repository root), the summary line and exit codes."""
    db = tmp_path / "station.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "station_app", "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    assert run("demo", "--members", "0").returncode == 0
    path = write_xlsx(tmp_path / "m.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    ok, dup, bad_rows = expected(MEMBER_ROWS)
    dry = run("import", "members", str(path), "--dry-run")
    assert dry.returncode == 0 and "nothing was saved" in dry.stderr
    first = run("import", "members", str(path))
    assert first.returncode == 0, first.stderr
    match = SUMMARY.match(first.stdout.strip())
    assert match, first.stdout
    assert tuple(int(match.group(i)) for i in (1, 2, 3)) == (ok, dup, bad_rows)
    assert match.group(4) and Path(match.group(4)).is_file()  # the rejected rows, to fix
    second = run("import", "members", str(path))
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith(f"imported 0, duplicates {ok + dup}, rejected {bad_rows}")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM member").fetchone() == (ok,)
    missing = run("import", "members", str(tmp_path / "missing.csv"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert "missing.csv" in missing.stderr and "Traceback" not in missing.stderr
