"""Global exception hook: log it, then show a sentence or the crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from station_app.core.errors import DeskError

log = logging.getLogger(__name__)


def install_excepthook(log_path: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unhandled exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, DeskError):  # a refusal that escaped its form: still a sentence
            QMessageBox.warning(
                QApplication.activeWindow(),
                QApplication.translate("Crash", "Station Desk"),
                value.message(),
            )
            return
        from station_app.dialogs.crash_dialog import CrashDialog

        CrashDialog(details, str(log_path), QApplication.activeWindow()).exec()

    sys.excepthook = hook
