"""Station Desk (工会服务站前台)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "station-app"
APP_AUTHOR = "StationDesk"
DIST_NAME = "station_app"  # the installed metadata: station_app-<version>.dist-info


@cache
def version() -> str:
    """The installed version, read from the dist-info folder's name (importing
    importlib.metadata for it costs 35 ms at every start); the frozen build's VERSION
    file otherwise."""
    prefix, suffix = f"{DIST_NAME}-", ".dist-info"
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.is_dir():
            for info in folder.glob(f"{prefix}*{suffix}"):
                return info.name[len(prefix) : -len(suffix)]
    from station_app.core.paths import resource_path  # frozen build without dist-info

    try:
        for line in resource_path("VERSION").read_text("utf-8").splitlines():
            return line.strip()
    except OSError:
        pass
    return "0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
