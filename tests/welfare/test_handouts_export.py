"""Hand-outs by period (issue 19 item 5): every gift collected between two days, all
campaigns, ID numbers masked, audited; the command line's export handouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.cli import build_parser
from station_app.core import clock
from station_app.members import cli as member_cli
from station_app.welfare.sheets.handouts import export_handouts
from tests.welfare.conftest import PEOPLE, Street, audit_actions, rid

DAY1, DAY2 = dt.datetime(2027, 1, 20, 10, 0), dt.datetime(2027, 1, 22, 15, 30)


@pytest.fixture
def served(street: Street, monkeypatch: pytest.MonkeyPatch) -> int:
    campaign = street.campaign()
    street.campaigns.open(street.admin, campaign)
    for moment, key in ((DAY1, "zhang"), (DAY2, "wang")):
        monkeypatch.setattr(clock, "now", lambda moment=moment: moment)
        street.handout.confirm_handout(street.desk, street.allocation_of(campaign, key))
    return campaign


def _rows(path: Path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_a_period_holds_the_hand_outs_collected_in_it(
    street: Street, served: int, tmp_path: Path
) -> None:
    out = tmp_path / "h.xlsx"
    assert export_handouts(street.db, street.desk, out, DAY1.date(), DAY1.date()) == 1
    rows = _rows(out)
    assert rows[0][:4] == ("Collected at", "Campaign", "Member no.", "Name")
    assert rows[1][0] == DAY1 and rows[1][1] == "2027年元旦春节送温暖" and rows[1][3] == "张伟"
    full = rid(PEOPLE["zhang"][1])
    assert rows[1][4] == full[:6] + "********" + full[-4:]
    assert rows[1][8] == "李前台"
    assert export_handouts(street.db, street.desk, out, DAY1.date(), DAY2.date()) == 2
    assert [r[3] for r in _rows(out)[1:]] == ["张伟", "王芳"]
    assert (
        export_handouts(street.db, street.desk, out, dt.date(2027, 2, 1), dt.date(2027, 2, 28)) == 0
    )
    assert len(_rows(out)) == 1
    assert [a for a, _s in audit_actions(street.db, "allocation", "")].count("export") == 3


def test_command_line(street: Street, served: int, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    parser = build_parser()
    out = tmp_path / "h"
    args = parser.parse_args(
        ["export", "handouts", str(out), "--from", "2027-01-21", "--to", "2027-01-31"]
    )
    assert member_cli.run(args, street.db) == 0
    assert "exported 1 hand-outs" in capsys.readouterr().out
    assert [r[3] for r in _rows(tmp_path / "h.xlsx")[1:]] == ["王芳"]
    args = parser.parse_args(
        ["export", "handouts", str(out), "--from", "2027-01-31", "--to", "2027-01-01"]
    )
    assert member_cli.run(args, street.db) == 2
