"""Station Desk (工会服务站前台)."""

from importlib import metadata

APP_NAME = "station-app"
APP_AUTHOR = "StationDesk"


def _version() -> str:
    try:
        return metadata.version("station-app")
    except metadata.PackageNotFoundError:  # frozen build without dist-info
        from station_app.core.paths import resource_path

        for line in resource_path("VERSION").read_text("utf-8").splitlines():
            return line.strip()
        return "0"


__version__ = _version()
