"""The main window's own actions (the tabs are tested in their folders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

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


def test_the_collector_off_for_the_start_up_starts_once_the_window_is_shown(
    qtbot, sqlite_db: Database, monkeypatch, tmp_path: Path
) -> None:
    """station-app turns Python's collector off for its start-up (cli.run); the desk's
    window turns it on again once shown, the session never runs without it."""
    import gc

    import station_app.app as app_module

    admin = set_up_station(sqlite_db)
    profile = StationService(sqlite_db).profile()
    windows: list[MainWindow] = []

    class App:
        def exec(self) -> int:
            windows[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            qtbot.waitUntil(gc.isenabled, timeout=10_000)
            return 0

    signs: list[int] = []

    def sign_in(db: Database, _settings):  # type: ignore[no-untyped-def]
        signs.append(1)
        return DeskContext(db, admin, profile) if len(signs) == 1 else None

    monkeypatch.setattr(app_module, "sign_in", sign_in)
    monkeypatch.setattr(app_module, "create_app", lambda: App())
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "logs" / "station.log")
    monkeypatch.setattr("station_app.crash.install_excepthook", lambda _path: None)
    monkeypatch.setattr("station_app.dialogs.startup_safety.start_auto_backup", lambda *_: None)
    gc.disable()
    try:
        assert app_module.run_gui(sqlite_db.url) == 0
        assert gc.isenabled() and windows
    finally:
        gc.enable()
