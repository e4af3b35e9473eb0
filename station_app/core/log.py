"""Rotating log file in the platformdirs log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from station_app.core.paths import log_dir

LOG_FILE_NAME = "station-app.log"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Idempotent; returns the log file's path (shown in About and the crash dialog)."""
    path = (folder or log_dir()) / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
