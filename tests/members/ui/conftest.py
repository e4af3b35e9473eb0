"""Member-tab fixtures: a demo street of 500 members (made once, copied per test), the
desk context for an administrator or a desk operator, and a fresh empty station."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app import demo
from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.members.service import MemberService, UnitService
from tests.conftest import set_up_station

DEMO_MEMBERS = 500


@pytest.fixture(scope="session")
def demo_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("members-ui") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    demo.fill(database, members=DEMO_MEMBERS)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / f"demo-{uuid.uuid4().hex[:8]}.db"
    shutil.copyfile(demo_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def context_for(db: Database, username: str, password: str) -> DeskContext:
    actor = AccountService(db).login(username, password)
    profile = StationService(db).profile()
    assert profile is not None
    return DeskContext(db, actor, profile)


@pytest.fixture
def admin_ctx(demo_db: Database) -> DeskContext:
    return context_for(demo_db, "admin", "admin123")


@pytest.fixture
def desk_ctx(demo_db: Database) -> DeskContext:
    return context_for(demo_db, "desk", "desk123")


@pytest.fixture
def empty_ctx(sqlite_db: Database) -> DeskContext:
    """A station with no units and no members yet."""
    set_up_station(sqlite_db)
    return context_for(sqlite_db, "admin", "secret123")


@pytest.fixture
def members(demo_db: Database) -> MemberService:
    return MemberService(demo_db)


@pytest.fixture
def units(demo_db: Database) -> UnitService:
    return UnitService(demo_db)
