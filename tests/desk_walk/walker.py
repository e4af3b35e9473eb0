"""Driving the real window with key events only, counting the desk's actions.

An action is a key chord or a typed field (a paste is a chord). Keys go where the
keyboard sends them: the open popup (a completer's list) or else the focused widget.
A walk is a generator: it yields an action (``Walk.key``/``Walk.type``) or a
condition to wait for; each action runs from its own timer shot, so a key that opens
a modal dialog (``exec``) does not stop the walk, which goes on inside that dialog's
event loop as the desk's next key press would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WAIT_MS = 20_000
DEBUG = bool(os.environ.get("WALK_DEBUG"))


@dataclass(frozen=True)
class Action:
    do: Callable[[], None]
    what: str


Step = Action | Callable[[], Any]
Script = Generator[Step, None, None]


def target() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None:
        widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "no widget has the keyboard"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key events with the text, as a keyboard (or an input method for Chinese) sends
    them; QTest spells ASCII only."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        widget = target()


class Walk:
    def __init__(self, job: str) -> None:
        self.job = job
        self.actions = 0
        self.clicks = 0  # never raised: a walk has no way to click
        self.log: list[str] = []

    def key(self, keys: str) -> Action:
        """One chord, as ``QKeySequence`` spells it ("Ctrl+P", "Tab", "Alt+U")."""
        chord = QKeySequence(keys)[0]

        def press() -> None:
            QTest.keyClick(target(), chord.key(), chord.keyboardModifiers())

        return Action(press, keys)

    def type(self, text: str) -> Action:
        """A typed field: the characters one by one into the widget with the keyboard."""
        return Action(lambda: type_text(target(), text), f"type {text!r}")

    def scan(self, text: str) -> Action:
        """An ID-card reader or scanner in keyboard mode: the characters and Enter, in
        one burst (one action)."""

        def burst() -> None:
            type_text(target(), text)
            QTest.keyClick(target(), Qt.Key.Key_Return)

        return Action(burst, f"scan {text!r}")

    def setup(self, keys: str) -> Action:
        """Where the job starts (its tab is already up at the desk): not counted."""
        action = self.key(keys)
        return Action(action.do, f"(at the desk: {keys})")

    def paste(self, text: str) -> Action:
        """What a reader or the clipboard gives, pasted with Ctrl+V (one chord)."""

        def paste() -> None:
            QGuiApplication.clipboard().setText(text)
            QTest.keyClick(target(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

        return Action(paste, f"paste {text!r}")

    def line(self) -> str:
        return f"walk {self.job}: {self.actions} actions, {self.clicks} clicks, ok"


def close_dialogs() -> None:
    """Every open dialog's loop returns, so the walk's caller gets control back."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def run(qtbot: Any, walk: Walk, script: Script) -> None:
    """Run ``script`` to its end (each wait has ``WAIT_MS``)."""
    state: dict[str, Any] = {"done": False, "error": None}

    def fail(error: BaseException) -> None:
        state["error"] = error
        state["done"] = True
        print(f"walk {walk.job} failed after: {walk.log}")
        close_dialogs()

    def advance() -> None:
        if state["done"]:
            return
        try:
            step = next(script)
        except StopIteration:
            state["done"] = True
            close_dialogs()  # the job is done; the desk goes on from whatever is open
            return
        except BaseException as error:  # an assertion of the walk
            fail(error)
            return
        if DEBUG:
            print("walk step:", getattr(step, "what", step), flush=True)
        if isinstance(step, Action):
            walk.actions += not step.what.startswith("(")
            walk.log.append(step.what)
            QTimer.singleShot(0, advance)  # first: the action may open a modal loop
            try:
                step.do()
            except BaseException as error:
                fail(error)
        else:
            wait(step, WAIT_MS // 20)

    def wait(condition: Callable[[], Any], tries: int) -> None:
        if state["done"]:
            return
        try:
            met = condition()
        except BaseException as error:
            fail(error)
            return
        if met:
            QTimer.singleShot(0, advance)
        elif tries <= 0:
            fail(AssertionError(f"{walk.job}: waited in vain after {walk.log[-3:]}"))
        else:
            QTimer.singleShot(20, lambda: wait(condition, tries - 1))

    QTimer.singleShot(0, advance)
    qtbot.waitUntil(lambda: state["done"], timeout=WAIT_MS * 6)
    if state["error"] is not None:
        raise state["error"]
