"""Where to save an export: the desk's one save dialog for workbooks and calendars.

It suggests the file in the user's Documents folder (where a clerk looks for it on
Windows), filters by the kind of file, and adds the suffix when the name lacks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from station_app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SavePath"
FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("SavePath", "Excel workbook (*.xlsx)"),
    ".ics": QT_TRANSLATE_NOOP("SavePath", "iCalendar file (*.ics)"),
}


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def with_suffix(path: str | Path, suffix: str) -> Path:
    """``path``, with ``suffix`` added when it does not end in it."""
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def ask_save_path(
    parent: QWidget | None, title: str, name: str, suffix: str = ".xlsx"
) -> Path | None:
    """The file the desk chose for ``name`` (a suggestion in Documents), or None when it
    cancelled."""
    file_filter = QCoreApplication.translate(CONTEXT, FILTERS[suffix])
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents() / name), file_filter)
    return with_suffix(chosen, suffix) if chosen else None


__all__ = ["ask_save_path", "documents", "with_suffix"]
