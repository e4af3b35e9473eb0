"""ID-card readers and code scanners in keyboard mode: a fast burst of keys and Enter.

A reader types the 18-character ID number (or a receipt's QR content: the member
number, a receipt number) a few milliseconds per key and then Enter; a person types
the same keys tens of milliseconds apart at best. :class:`ScanDetector` watches the
keys that reach the focused widget of one window and measures the gaps from the key
events' own timestamps (a synthetic event carries the time it is given, so a test
feeds a burst without waiting). The keys pass through as typed; when Enter ends a burst
whose every gap was short and whose text reads as a scan (:func:`classify`), the
detector puts the focused widget back as it was before the burst (a note field keeps
its note), swallows the Enter and emits :attr:`ScanDetector.scanned` once control is
back in the event loop (a handler may open a dialog). Keys without a timestamp (0)
never make a burst. Dialogs are other windows: a reader aimed at the ID field of the
intake form types there as usual.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from station_app.core.errors import ValidationError
from station_app.core.ids import ResidentId, parse_resident_id, to_halfwidth

MAX_GAP_MS = 40  # longest pause between two keys of a burst (readers: 1-10 ms)
ENTER_GAP_MS = 300  # some readers wait a moment before the Enter
MIN_LENGTH = 8  # shorter bursts are a person's rollover, not a scan

SCAN_ID = "id"  # a valid resident ID number
SCAN_CODE = "code"  # a member, receipt or booking number: PREFIX + year + serial
_CODE = re.compile(r"^[A-Z]{1,6}\d{9,12}$")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.KeypadModifier,
)


@dataclass(frozen=True)
class Scan:
    kind: str  # SCAN_ID | SCAN_CODE
    text: str  # the normalised number
    resident: ResidentId | None = None  # read from an ID number


def classify(raw: str) -> Scan | None:
    """What a burst of keys was: an ID number with a valid checksum, a serial number
    (``HY202600012``, ``LQ202600003``), or nothing a reader sends."""
    text = "".join(to_halfwidth(raw).split()).upper()
    if len(text) == 18 and text[:17].isdigit():
        try:
            resident = parse_resident_id(text)
        except ValidationError:
            return None
        return Scan(SCAN_ID, resident.number, resident)
    if _CODE.match(text):
        return Scan(SCAN_CODE, text)
    return None


def _snapshot(widget: QWidget) -> Callable[[], None]:
    """A function that puts ``widget`` back as it is now (text, value, current row)."""
    if isinstance(widget, QLineEdit):
        text, cursor = widget.text(), widget.cursorPosition()
        return lambda: (widget.setText(text), widget.setCursorPosition(cursor))
    if isinstance(widget, QPlainTextEdit):
        plain, position = widget.toPlainText(), widget.textCursor().position()
        return lambda: _restore_document(widget, plain, position)
    if isinstance(widget, QTextEdit):
        html, position = widget.toHtml(), widget.textCursor().position()
        return lambda: _restore_document(widget, html, position)
    if isinstance(widget, QComboBox):
        index, text = widget.currentIndex(), widget.currentText()
        return lambda: _restore_combo(widget, index, text)
    if isinstance(widget, QAbstractSpinBox):
        return _snapshot_spin(widget)
    if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
        model = widget.selectionModel()
        current, selection = model.currentIndex(), model.selection()
        return lambda: _restore_view(widget, current, selection)
    return lambda: None


def _restore_document(widget: QPlainTextEdit | QTextEdit, text: str, position: int) -> None:
    if isinstance(widget, QTextEdit):
        widget.setHtml(text)
    else:
        widget.setPlainText(text)
    cursor = widget.textCursor()
    cursor.setPosition(min(position, len(widget.toPlainText())))
    widget.setTextCursor(cursor)


def _restore_combo(widget: QComboBox, index: int, text: str) -> None:
    widget.setCurrentIndex(index)
    if widget.isEditable():
        widget.setEditText(text)


def _snapshot_spin(widget: QAbstractSpinBox) -> Callable[[], None]:
    edit = widget.findChild(QLineEdit)
    text = edit.text() if edit is not None else ""
    if isinstance(widget, QDateTimeEdit):
        stamp = widget.dateTime()
        set_value: Callable[[], None] = lambda: widget.setDateTime(stamp)  # noqa: E731
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        number = widget.value()
        set_value = lambda: widget.setValue(number)  # type: ignore[arg-type]  # noqa: E731
    else:
        set_value = lambda: None  # noqa: E731

    def restore() -> None:
        set_value()
        if edit is not None and edit.text() != text:
            edit.setText(text)

    return restore


def _restore_view(widget: QAbstractItemView, current: object, selection: object) -> None:
    model = widget.selectionModel()
    flags = model.SelectionFlag
    model.setCurrentIndex(current, flags.NoUpdate)  # type: ignore[arg-type]
    model.select(selection, flags.ClearAndSelect)  # type: ignore[arg-type]


class ScanDetector(QObject):
    """Watches the focused widget of ``window`` for reader bursts (see the module)."""

    scanned = Signal(object)  # a Scan

    def __init__(self, window: QWidget, max_gap_ms: int = MAX_GAP_MS) -> None:
        super().__init__(window)
        self._window = window
        self._max_gap = max_gap_ms
        self._watched: QWidget | None = None
        self._chars: list[str] = []
        self._last = 0
        self._restore: Callable[[], None] = lambda: None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the widget may be gone already
                self._watched.removeEventFilter(self)
        self._watched = None
        self._chars = []
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self._watched
        ):
            return self._key(watched, event)
        return False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        stamp = event.timestamp()
        text = event.text()
        gap = stamp - self._last
        if event.key() in _ENTER_KEYS and event.modifiers() in _TEXT_MODIFIERS:
            burst, self._chars = "".join(self._chars), []
            if stamp <= 0 or len(burst) < MIN_LENGTH or not 0 <= gap <= ENTER_GAP_MS:
                return False
            scan = classify(burst)
            if scan is None:
                return False
            self._restore()
            QTimer.singleShot(0, self, lambda: self.scanned.emit(scan))
            return True
        if (
            stamp <= 0
            or event.modifiers() not in _TEXT_MODIFIERS
            or len(text) != 1
            or not text.isprintable()
        ):
            self._chars = []
            return False
        if not self._chars or not 0 <= gap <= self._max_gap:
            self._chars = []
            self._restore = _snapshot(widget)
        self._chars.append(text)
        self._last = stamp
        return False


__all__ = ["SCAN_CODE", "SCAN_ID", "Scan", "ScanDetector", "classify"]
