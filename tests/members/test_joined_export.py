"""Members who joined between two dates (issue 19 item 5): the list's filter, the
export and ``export members --joined-from/--joined-to``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from station_app.cli import build_parser
from station_app.members import cli as member_cli
from station_app.members.sheets.export import export_members
from station_app.members.types import MemberFilter, MemberInput
from tests.members.conftest import Street, audit_rows, rid

JOINED = {
    "张伟": dt.date(2026, 12, 31),
    "王芳": dt.date(2027, 1, 1),
    "李娜": dt.date(2027, 2, 28),
    "刘洋": dt.date(2027, 3, 1),
}


def _register(street: Street) -> None:
    for i, (name, joined) in enumerate(JOINED.items()):
        street.members.register(
            street.admin,
            MemberInput(name=name, id_number=rid(f"1101061980010112{i}"), joined_on=joined),
        )


def test_joined_between_two_days_inclusive(street: Street, tmp_path: Path) -> None:
    _register(street)
    f = MemberFilter(joined_from=dt.date(2027, 1, 1), joined_to=dt.date(2027, 2, 28))
    assert street.members.count_members(f) == 2
    assert street.members.count_members(MemberFilter(joined_from=dt.date(2027, 2, 1))) == 2
    assert street.members.count_members(MemberFilter(joined_to=dt.date(2026, 12, 31))) == 1
    out = tmp_path / "m.xlsx"
    assert export_members(street.db, street.admin, out, f).rows == 2
    names = [r[1] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["李娜", "王芳"]
    note = audit_rows(street.db, "member", "")[-1][1]["note"]
    assert "joined_from=2027-01-01" in note and "joined_to=2027-02-28" in note


def test_command_line(street: Street, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _register(street)
    parser = build_parser()
    out = tmp_path / "m.xlsx"
    args = parser.parse_args(
        ["export", "members", str(out), "--joined-from", "2027-01-01", "--joined-to", "2027-03-01"]
    )
    assert member_cli.run(args, street.db) == 0
    assert "exported 3 members" in capsys.readouterr().out
    args = parser.parse_args(
        ["export", "members", str(out), "--joined-from", "2027-03-01", "--joined-to", "2027-01-01"]
    )
    assert member_cli.run(args, street.db) == 2
