"""Synthetic key bursts for the scanner tests: each key carries its own timestamp, so a
reader's burst (a few ms per key) and a person's typing are told apart without waiting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

READER_STEP_MS = 3
TYPIST_STEP_MS = 160
_clock = [1_000_000]  # the timestamps go forward across a test session


def _key_of(char: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    if char.isdigit():
        return Qt.Key(Qt.Key.Key_0.value + int(char)), Qt.KeyboardModifier.NoModifier
    if char.isalpha() and char.isascii():
        shift = (
            Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
        )
        return Qt.Key(Qt.Key.Key_A.value + ord(char.upper()) - ord("A")), shift
    return Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier


def _send(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str, at: int) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(at)
        QApplication.sendEvent(widget, event)


def type_keys(text: str, step_ms: int, enter: bool = True, widget: QWidget | None = None) -> None:
    """Types ``text`` (and Enter) into ``widget`` or the focused widget, ``step_ms``
    apart by the events' clocks."""
    for char in text:
        _clock[0] += step_ms
        key, modifiers = _key_of(char)
        _send(widget or QApplication.focusWidget(), key, modifiers, char, _clock[0])
    if enter:
        _clock[0] += step_ms
        target = widget or QApplication.focusWidget()
        _send(target, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", _clock[0])
    _clock[0] += 1000  # the next burst starts after a pause


def scan(text: str, widget: QWidget | None = None) -> None:
    """A reader in keyboard mode: the characters a few ms apart, then Enter."""
    type_keys(text, READER_STEP_MS, widget=widget)
