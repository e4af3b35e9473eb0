"""Welfare UI tests run on SQLite only (the services are tested on both databases)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from station_app.context import DeskContext
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.welfare.ui.handout_page import HandoutPage
from tests.welfare.conftest import Street


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def open_campaign(street: Street) -> int:
    """An open campaign for everyone active (rice ×1, oil ×1, ¥200)."""
    cid = street.campaign()
    street.campaigns.open(street.admin, cid)
    return cid


@pytest.fixture
def page(qtbot, street: Street, open_campaign: int) -> Iterator[HandoutPage]:  # type: ignore[no-untyped-def]
    profile = StationService(street.db).profile()
    assert profile is not None
    widget = HandoutPage(DeskContext(street.db, street.desk, profile))
    qtbot.addWidget(widget)
    widget.select_campaign(open_campaign)
    yield widget
    widget.stop()
