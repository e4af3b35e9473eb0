import logging
import sys
from pathlib import Path

import pytest

from station_app.core.errors import DatabaseBusy
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.log import setup_logging
from station_app.crash import install_excepthook
from station_app.dialogs.crash_dialog import CrashDialog


@pytest.fixture
def hook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = setup_logging(tmp_path)
    install_excepthook(log_path)
    yield log_path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log_path):
            root.removeHandler(handler)
            handler.close()


def test_unexpected_error_is_logged_and_shown_with_details(qtbot, hook, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: boom in a slot" in dialog.details.toPlainText()
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert "boom in a slot" in QGuiApplication.clipboard().text()
    assert "boom in a slot" in hook.read_text("utf-8")


def test_a_refusal_that_escapes_is_still_a_sentence(qtbot, hook, message_boxes) -> None:  # type: ignore[no-untyped-def]
    error = DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is busy: another desk is "
            "saving. Nothing was changed; please try again in a moment.",
        )
    )
    sys.excepthook(DatabaseBusy, error, None)
    assert message_boxes and message_boxes[0][0] == "warning"
    assert "busy" in message_boxes[0][2]
