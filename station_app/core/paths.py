"""Where resources, data and logs live, the same from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from station_app.core.private_files import private_folder

APP_DIR_NAME = "StationDesk"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    # The database and its backups live here: private (core/private_files.py).
    return private_folder(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)))


def log_dir() -> Path:
    return private_folder(Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)))


def default_db_path() -> Path:
    return data_dir() / "station.db"


def font_path() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")
