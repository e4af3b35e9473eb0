"""The main window's own actions (the tabs are tested in their folders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from station_app.context import DeskContext
from station_app.core.db import Database
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from tests.conftest import set_up_station


def test_the_test_page_opens_in_the_preview(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from station_app.widgets import pdf_build

    opened: list[Path] = []
    monkeypatch.setattr(
        pdf_build.PdfPreviewDialog, "open", lambda self: opened.append(self.pdf_path)
    )
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
