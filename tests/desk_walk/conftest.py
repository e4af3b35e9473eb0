"""A demo station made by the project's demo generator, copied fresh for each walk,
and the real main window logged in as the desk clerk, shown and active."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.core.migrate import upgrade_to_head
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from station_app.widgets.pdf_preview import PRINT_TO_FILE


@pytest.fixture(scope="session")
def demo_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from station_app import demo
    from station_app.core.actor import CLI_ACTOR
    from station_app.welfare.service import StockService

    path = tmp_path_factory.mktemp("walk") / "demo.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url, backup=False)
    database = Database(url)
    demo.fill(database, members=300, seed=7)
    stock = StockService(database)
    for item in stock.balances(active_only=True):  # enough for any hand-out
        stock.receive(CLI_ACTOR, item.id, 1000, "演练")
    database.dispose()
    return path


@pytest.fixture
def station_db(demo_station: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "station.db"
    shutil.copyfile(demo_station, copy)
    database = Database(f"sqlite:///{copy}")
    yield database
    database.dispose()


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the preview's Print writes (a PDF file instead of the printer)."""
    out = tmp_path / "printed.pdf"
    monkeypatch.setenv(PRINT_TO_FILE, str(out))
    return out


@pytest.fixture
def window(qtbot, station_db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    actor = AccountService(station_db).login("desk", "desk123")
    profile = StationService(station_db).profile()
    assert profile is not None
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    AppSettings().set_auto_print_receipt("desk", True)  # the clerk's remembered choice
    main = MainWindow(DeskContext(station_db, actor, profile), settings, tmp_path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    main.focus_first()
    return main
