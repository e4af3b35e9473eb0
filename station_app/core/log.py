"""Rotating log file in the platformdirs log folder, private (it may name members)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from station_app.core.paths import log_dir
from station_app.core.private_files import private_file

LOG_FILE_NAME = "station-app.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file it opens (the first, and each after a rollover) is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Idempotent; returns the log file's path (shown in About and the crash dialog)."""
    path = (folder or log_dir()) / LOG_FILE_NAME  # log_dir() is private
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
