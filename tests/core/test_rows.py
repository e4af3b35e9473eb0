"""Row classes map themselves on their first use (core/rows.py), and what the desk's
first screen reads (the login, the member list) needs no ORM (issue 17). Each check
runs in a fresh interpreter, since this test session has the ORM loaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*lines: str) -> list[str]:
    """What ``lines`` print, run in a new interpreter."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize(
    "first_use",
    [
        "str(select(Member))",  # the ORM inspecting the class
        "Member.name == 'x'",  # a column
        "Member(name='x')",  # a new row
        "inspect(Operator)",
    ],
)
def test_a_row_class_is_mapped_by_its_first_use(first_use: str) -> None:
    said = _run(
        "import sys",
        "from sqlalchemy import inspect, select",
        "from station_app.core.models import Operator",
        "from station_app.members.models import Member",
        "print('sqlalchemy.orm' in sys.modules)",
        first_use,
        "print(inspect(Member).class_ is Member, type(Operator.username).__name__)",
    )
    assert said == ["False", "True", "InstrumentedAttribute"]


def test_a_session_maps_the_rows_it_is_asked_for(filled_station: Path, tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    shutil.copyfile(filled_station, path)
    said = _run(
        "from station_app.core.db import Database",
        "from station_app.core.models import Operator",
        f"db = Database('sqlite:///{path}')",
        "with db.read() as s:",
        "    print(s.get(Operator, 1).username)",
    )
    assert said == ["admin"]


def test_a_row_takes_only_its_columns() -> None:
    said = _run(
        "from station_app.members.models import Member",
        "try:",
        "    Member(nickname='x')",
        "except TypeError as error:",
        "    print(type(error).__name__)",
    )
    assert said == ["TypeError"]


def test_the_first_screen_reads_without_the_orm(filled_station: Path, tmp_path: Path) -> None:
    """The profile, a wrong and a right login (with their audit rows) and the member
    list, as the desk reads them before its window shows."""
    path = tmp_path / "station.db"
    shutil.copyfile(filled_station, path)
    said = _run(
        "import sys",
        "from station_app.core.accounts import AccountService",
        "from station_app.core.db import Database",
        "from station_app.core.errors import AuthError",
        "from station_app.core.station import StationService",
        "from station_app.members.service import CommunityService, MemberService",
        f"db = Database('sqlite:///{path}')",
        "stations = StationService(db)",
        "print(stations.needs_setup(), stations.profile().member_no_prefix)",
        "accounts = AccountService(db)",
        "try:",
        "    accounts.login('desk', 'wrong-password')",
        "except AuthError as refused:",
        "    print(refused.params['left'])",
        "print(accounts.login('desk', 'desk123').role)",
        "members = MemberService(db)",
        "ids = members.member_ids()",
        "rows = members.member_rows(ids[:20], masked=True)",
        "batch = members.list_members(limit=20, masked=True)",
        "print(members.count_members(), len(ids), len(rows), len(batch))",
        "communities = CommunityService(db).list_communities()",
        "print(members.newest_member_id() == max(ids), len(communities) > 0)",
        "print('sqlalchemy.orm' in sys.modules)",
    )
    assert said[:6] == ["False", "TPQ", "4", "desk", "60", "60"]
    assert said[6:] == ["20", "20", "True", "True", "False"]


def test_a_mapping_that_fails_half_way_is_tried_again_from_the_start() -> None:
    said = _run(
        "from sqlalchemy.orm import mapperlib",
        "from station_app.core import rows",
        "from station_app.core.models import AuditLog",
        "from station_app.members.models import Member",
        "import station_app.core.orm",
        "real, calls = mapperlib.Mapper._configure_properties, []",
        "def flaky(mapper):",
        "    calls.append(mapper)",
        "    if len(calls) == 3:",
        "        raise MemoryError('half-way')",
        "    return real(mapper)",
        "mapperlib.Mapper._configure_properties = flaky",
        "try:",
        "    rows.map_rows()",
        "except MemoryError:",
        "    print('failed')",
        "print(type(Member.name).__name__, type(AuditLog.action).__name__, rows._waiting)",
    )
    assert said == ["failed", "InstrumentedAttribute", "InstrumentedAttribute", "[]"]


def test_a_row_class_that_cannot_be_mapped_stops_no_later_one() -> None:
    said = _run(
        "from sqlalchemy import Column, Integer, Table",
        "from sqlalchemy.exc import ArgumentError",
        "from station_app.core import rows",
        "from station_app.core.models import metadata",
        "rows.map_rows()",
        "try:",
        "    class Broken(rows.Row):  # no primary key: the ORM refuses it",
        "        __table__ = Table('broken', metadata, Column('x', Integer))",
        "except ArgumentError:",
        "    print('refused')",
        "class Fine(rows.Row):",
        "    __table__ = Table('fine', metadata, Column('id', Integer, primary_key=True))",
        "print(type(Fine.id).__name__, rows._waiting)",
    )
    assert said == ["refused", "InstrumentedAttribute", "[]"]
