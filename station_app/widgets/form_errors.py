"""Rejected values: the sentence appears beside the field it belongs to."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from station_app.core.errors import DeskError

ERROR_STYLE = "color: #c0392b;"
W = TypeVar("W", bound=QWidget)


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the cursor for ``widget`` (a row's box: its first field)."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return child
    return widget


def alt_letter(text: str) -> str:
    """The Alt-letter of a Qt text ("&&" is a literal ampersand), upper case, or ""."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].upper() if 0 <= at < len(plain) - 1 else ""


def taken_letters(*widgets: QWidget) -> set[str]:
    """The Alt-letters the dialog's buttons (or other texts) already have: a form's
    labels pass them over (``FormErrors(…, letters=taken_letters(save, add))``)."""
    return {alt_letter(getattr(w, "text", lambda: "")()) for w in widgets} - {""}


def mnemonic_label(
    text: str, name: str, widget: QWidget, taken: set[str], keys: str = ""
) -> QLabel:
    """The field's label with an Alt-letter that puts the cursor in the field: a letter
    of ``keys`` or else of the field's code name (``unit_id``: U) not taken yet in the
    dialog, shown in the label ("Unit" → "&Unit", "单位" → "单位(&U)"). A label that has
    one keeps it (and it counts as taken)."""
    label = QLabel()
    label.setBuddy(focus_target(widget))
    if "&" in text or not text:
        taken.update(alt_letter(text).strip())
        label.setText(text)
        return label
    letter = next((c for c in (keys + name).upper() if c.isalnum() and c not in taken), "")
    if not letter:
        label.setText(text)
        return label
    taken.add(letter)
    at = text.upper().find(letter) if text.isascii() else -1
    label.setText(f"{text[:at]}&{text[at:]}" if at >= 0 else f"{text}(&{letter})")
    return label


def labelled_row(
    form: QFormLayout, text: str, name: str, widget: QWidget, taken: set[str]
) -> QLabel:
    """A form row written by hand (no refusal under it): ``text`` with an Alt-letter
    (:func:`mnemonic_label`, from ``name``), then ``widget``."""
    label = mnemonic_label(text, name, widget, taken)
    form.addRow(label, widget)
    return label


class FormErrors:
    """Owns one hidden red label under each field of a QFormLayout, plus a general one."""

    def __init__(
        self, form: QFormLayout, general: QLabel | None = None, letters: set[str] | None = None
    ) -> None:
        """``letters``: the Alt-letters the dialog's other forms took (shared set)."""
        self._form = form
        self._letters = letters if letters is not None else set()
        self._labels: dict[str, QLabel] = {}
        self._general = general or QLabel()
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()

    @property
    def general_label(self) -> QLabel:
        return self._general

    def add_field(self, name: str, label: str, widget: QWidget, keys: str = "") -> None:
        """``keys``: Alt-letters to try before those of ``name``."""
        self._form.addRow(mnemonic_label(label, name, widget, self._letters, keys), widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        # Without this a wrapped label in a form row shrinks to a narrow column.
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.setMinimumWidth(320)
        error.hide()
        self._form.addRow("", error)
        self._labels[name] = error
        self._clear_on_edit(name, widget)

    def add_row(self, name: str, label: str, widget: QWidget) -> QLabel:
        """A row with no refusal of its own, its Alt-letter from the dialog's set."""
        return labelled_row(self._form, label, name, widget, self._letters)

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        """The desk types into the field or picks another choice: its sentence no
        longer describes it and goes (only the desk's own edits, not the form's)."""
        edits = [widget] if isinstance(widget, QLineEdit | QComboBox) else []
        edits += widget.findChildren(QLineEdit)
        for edit in edits:
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _text, n=name: self.clear_field(n))
            elif isinstance(edit, QComboBox):
                edit.activated.connect(lambda _index, n=name: self.clear_field(n))

    def field(self, name: str, label: str, widget: W, *, named: bool = False) -> W:
        """:meth:`add_field` for a widget made in the call, which comes back; ``named``:
        its object name is ``name`` too (tests find it, a refusal's cursor goes there)."""
        if named:
            widget.setObjectName(name)
        self.add_field(name, label, widget)
        return widget

    def clear(self) -> None:
        for label in [*self._labels.values(), self._general]:
            label.clear()
            label.hide()

    def clear_field(self, name: str) -> None:
        """The field was changed: its sentence no longer describes it."""
        label = self._labels.get(name)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def show(self, error: DeskError) -> None:
        self.clear()
        label = self._labels.get(error.field or "", self._general)
        label.setText(error.message())
        label.show()

    def text(self, name: str) -> str:
        label = self._labels.get(name, self._general)
        return label.text() if not label.isHidden() else ""
