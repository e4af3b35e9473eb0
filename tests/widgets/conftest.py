from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station_app.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Preferences in a file of the test's own, never the user's."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
