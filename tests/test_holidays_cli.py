"""station-app holidays YEAR: one line per non-ordinary day, sorted, in the desk's words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database
from station_app.core.holiday_notices import Arrangement, DayRange
from station_app.core.holidays import HolidayService
from station_app.core.migrate import upgrade_to_head
from tests.test_cli import run_cli

D = dt.date

STATUTORY_2027 = """\
2027-01-01 holiday 元旦 law
2027-02-05 holiday 春节 law
2027-02-06 holiday 春节 law
2027-02-07 holiday 春节 law
2027-02-08 holiday 春节 law
2027-04-05 holiday 清明节 law
2027-05-01 holiday 劳动节 law
2027-05-02 holiday 劳动节 law
2027-06-09 holiday 端午节 law
2027-09-15 holiday 中秋节 law
2027-10-01 holiday 国庆节 law
2027-10-02 holiday 国庆节 law
2027-10-03 holiday 国庆节 law
"""


def test_a_year_without_arrangement_lists_the_statutory_days(tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    done = run_cli("--db", str(db), "holidays", "2027", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == STATUTORY_2027
    assert "2027" in done.stderr  # the notice: no arrangement entered
    done = run_cli("--db", str(db), "holidays", "2028", home=tmp_path)
    lines = done.stdout.splitlines()
    assert len(lines) == 12  # 中秋 falls on 国庆's third day: one day, listed once
    assert lines[-3:-1] == ["2028-10-01 holiday 国庆节 law", "2028-10-02 holiday 国庆节 law"]
    # Both names ("、" once the catalogue has the joining pattern).
    assert lines[-1] in {
        "2028-10-03 holiday 中秋节/国庆节 law",
        "2028-10-03 holiday 中秋节、国庆节 law",
    }


def test_entered_arrangement_and_overrides_are_listed_with_their_source(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    db = Database(f"sqlite:///{path}")
    service = HolidayService(db)
    service.set_arrangement(
        CLI_ACTOR,
        Arrangement(
            2027,
            (DayRange(D(2027, 2, 5), D(2027, 2, 11)),),
            (DayRange(D(2027, 2, 20), D(2027, 2, 20)),),
        ),
    )
    service.set_override(CLI_ACTOR, D(2027, 10, 1), "workday", "站内值班")
    service.set_override(CLI_ACTOR, D(2027, 7, 5), "holiday", "")
    db.dispose()
    done = run_cli("--db", str(path), "holidays", "2027", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the arrangement is entered
    lines = done.stdout.splitlines()
    assert lines == sorted(lines)
    assert "2027-02-09 holiday 春节 notice" in lines
    assert "2027-02-11 holiday 春节 notice" in lines
    assert "2027-02-12 holiday 春节 notice" not in lines
    assert "2027-02-20 workday 春节 notice" in lines
    assert "2027-10-01 workday 站内值班 override" in lines
    assert "2027-07-05 holiday - override" in lines
    assert "2027-10-02 holiday 国庆节 law" in lines
