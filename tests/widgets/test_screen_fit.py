"""Windows open no larger than the screen's free area (a 1366x768 desk PC)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from station_app.core.db import Database
from station_app.settings import AppSettings
from station_app.widgets.pdf_preview import PdfPreviewDialog
from station_app.widgets.screen_fit import FRAME_ALLOWANCE, fit_to_screen
from tests.widgets.test_pdf_preview import sample_pdf  # noqa: F401 (fixture)
from tests.widgets.windows import make_window


def _room() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return free.width(), free.height()


def test_the_print_preview_fits_the_screen(qtbot, sample_pdf: Path) -> None:  # noqa: F811
    dialog = PdfPreviewDialog(sample_pdf, title="样张")
    qtbot.addWidget(dialog)
    width, height = _room()
    assert dialog.width() <= width and dialog.height() <= height
    dialog.show()
    qtbot.waitExposed(dialog)
    bottom = dialog.close_button.mapTo(dialog, dialog.close_button.rect().bottomLeft()).y()
    assert bottom <= dialog.height()  # its buttons are on the screen


def test_the_main_window_fits_the_screen_height(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    assert window.height() <= _room()[1]  # the status bar stays on the screen


def test_fit_to_screen_lowers_a_minimum_larger_than_the_screen(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(5000, 5000)
    size = fit_to_screen(dialog, 6000, 300)
    width, _height = _room()
    assert (size.width(), size.height()) == (width, 300)
    assert dialog.width() == width and dialog.minimumWidth() <= width
