"""The small pieces every dialog repeats, written once: the OK/Save and Cancel row,
the Yes/No question, and a use case whose refusal is said in a message box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from station_app.core.errors import DeskError

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")

OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save


def accept_buttons(
    dialog: QDialog,
    accept: Callable[[], Any] | None = None,
    *,
    button: QDialogButtonBox.StandardButton = OK,
    text: str = "",
) -> QDialogButtonBox:
    """``button`` (OK or Save; its text replaced by ``text`` if given) and Cancel: the
    first runs ``accept`` (the dialog's own accept when None: a check that may refuse
    keeps the dialog open), Cancel rejects. ``box.button(button)`` is the first."""
    box = QDialogButtonBox(button | QDialogButtonBox.StandardButton.Cancel)
    if text:
        box.button(button).setText(text)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def run_dialog(dialog: D, result: Callable[[D], T], *, accepted_only: bool = True) -> T | None:
    """Show a modal dialog; ``result(dialog)`` once it was accepted (what it saved or
    chose), None when cancelled; with ``accepted_only=False``, ``result(dialog)``
    however it was closed (a list edited in place). The dialog is deleted afterwards
    either way."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted and accepted_only:
            return None
        return result(dialog)
    finally:
        dialog.deleteLater()


def ask_yes(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A Yes/No question (No by default: Enter does not change anything)."""
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    answer = QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no)
    return answer == yes


def attempt(parent: QWidget | None, title: str, action: Callable[[], Any]) -> bool:
    """Run ``action`` (a use case); True when it went through. A refusal is said in a
    message box titled ``title`` (nothing was changed) and False comes back."""
    try:
        action()
    except DeskError as error:
        QMessageBox.warning(parent, title, error.message())
        return False
    return True


__all__ = ["OK", "SAVE", "accept_buttons", "ask_yes", "attempt", "run_dialog"]
