"""The volunteer tab's tests run on SQLite only (the services are tested on both)."""

from __future__ import annotations

import pytest

from station_app.context import DeskContext
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.station import StationService
from tests.volunteers.conftest import Brigade


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def context_for(b: Brigade, actor: Actor | None = None) -> DeskContext:
    profile = StationService(b.db).profile()
    assert profile is not None
    return DeskContext(b.db, actor or b.desk, profile)
