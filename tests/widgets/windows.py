"""A main window on a set-up station, for the widget tests."""

from __future__ import annotations

from pathlib import Path

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from tests.conftest import set_up_station


def make_window(qtbot, db: Database, settings: AppSettings, tmp_path: Path, desk: bool = False):  # type: ignore[no-untyped-def]
    admin = set_up_station(db)
    actor = admin
    if desk:
        AccountService(db).add_operator(admin, "li", "李晓燕", "desk", "desk1234")
        actor = AccountService(db).login("li", "desk1234")
    profile = StationService(db).profile()
    assert profile is not None
    window = MainWindow(DeskContext(db, actor, profile), settings, tmp_path)
    qtbot.addWidget(window)
    window.show()
    return window
