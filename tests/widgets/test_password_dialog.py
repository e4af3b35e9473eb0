"""Change my password: current + new + repeat; the desk's settings window fits its page."""

from __future__ import annotations

from pathlib import Path

from station_app.core.accounts import AccountService
from station_app.core.db import Database
from station_app.dialogs.password_dialog import PasswordDialog
from station_app.dialogs.settings_dialog import SettingsDialog
from station_app.settings import AppSettings
from tests.widgets.windows import make_window


def test_password_change_asks_current_new_and_repeat(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path, desk=True)
    dialog = PasswordDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong-one")
    dialog.new.setText("newdesk123")
    dialog.repeat.setText("newdesk124")
    assert not dialog.save()
    assert dialog.errors.text("repeat_password")
    dialog.repeat.setText("newdesk123")
    assert not dialog.save()
    assert dialog.errors.text("current_password")
    dialog.current.setText("desk1234")
    assert dialog.save()
    assert AccountService(sqlite_db).login("li", "newdesk123").username == "li"


def test_desk_settings_window_is_no_bigger_than_its_page(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path, desk=True)
    dialog = SettingsDialog(window.context, settings, window)
    qtbot.addWidget(dialog)
    assert dialog.height() < 300 and dialog.width() < 700
