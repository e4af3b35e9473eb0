"""A station with a year of activity (the demo's generators) for the report's tests."""

from __future__ import annotations

import pytest

from station_app import demo
from station_app.core.db import Database


@pytest.fixture
def busy(db: Database) -> Database:
    demo.fill(db, members=240, seed=7)
    return db
