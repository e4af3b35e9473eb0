"""Windows sized to the screen they open on: a desk PC may have 1366x768 with a
taskbar, and a window taller than that hides its buttons and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's title bar and borders come on top of the size we set.
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """What a window's contents may take on the widget's screen (its parent's when it
    is not shown yet), frame excluded."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: nothing to fit to
        return QSize(16777215, 16777215)
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resizes ``widget`` to ``width`` x ``height``, or less where the available screen
    is smaller; a minimum size larger than the screen is lowered too. Returns the size."""
    room = available_size(widget)
    size = QSize(min(width, room.width()), min(height, room.height()))
    minimum = widget.minimumSize()
    if minimum.width() > size.width() or minimum.height() > size.height():
        widget.setMinimumSize(minimum.boundedTo(size))
    widget.resize(size)
    return size


__all__ = ["available_size", "fit_to_screen"]
