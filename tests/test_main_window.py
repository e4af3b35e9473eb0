"""The main window's own actions (the tabs are tested in their folders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from station_app.context import DeskContext
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.main_window import TABS, MainWindow
from station_app.settings import AppSettings
from tests.conftest import set_up_station


def test_the_test_page_opens_in_the_preview(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.widgets.pdf_preview import PdfPreviewDialog

    opened: list[Path] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self.pdf_path))
    actor = set_up_station(sqlite_db)
    profile = StationService(sqlite_db).profile()
    assert profile is not None
    ctx = DeskContext(sqlite_db, actor, profile)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings, tmp_path)
    qtbot.addWidget(window)
    window.print_test_page()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_the_tabs_titles_are_their_modules(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window names each tab without importing it: the same title as its module's."""
    from PySide6.QtCore import QCoreApplication

    from station_app.members.ui import tab as members
    from station_app.overview.ui import tab as overview
    from station_app.rooms.ui import tab as rooms
    from station_app.volunteers.ui import tab as volunteers
    from station_app.welfare.ui import tab as welfare

    modules = (members, welfare, rooms, volunteers, overview)
    titles = [QCoreApplication.translate("MainWindow", title) for _build, title in TABS]
    assert titles == [module.tab_title() for module in modules]


def test_a_tab_is_built_when_first_shown(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from station_app.members.ui.tab import MembersTab
    from station_app.welfare.ui.tab import WelfareTab

    actor = set_up_station(sqlite_db)
    profile = StationService(sqlite_db).profile()
    assert profile is not None
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(DeskContext(sqlite_db, actor, profile), settings, tmp_path)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(5)]
    assert isinstance(window.tabs.widget(0), MembersTab)
    assert not isinstance(window.tabs.widget(1), WelfareTab)
    changes: list[int] = []
    window.tabs.currentChanged.connect(changes.append)
    window.tabs.setCurrentIndex(1)
    assert isinstance(window.tabs.widget(1), WelfareTab)
    assert window.tabs.currentWidget() is window.tabs.widget(1)
    assert window.tabs.widget(1).isVisible()
    assert changes == [1]  # swapping in the built tab is no change of its own
    assert [window.tabs.tabText(i) for i in range(5)] == titles
    assert window.tabs.count() == 5
