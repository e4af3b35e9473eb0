"""Rejected values: the sentence appears beside the field it belongs to."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from station_app.core.errors import DeskError

ERROR_STYLE = "color: #c0392b;"
W = TypeVar("W", bound=QWidget)


class FormErrors:
    """Owns one hidden red label under each field of a QFormLayout, plus a general one."""

    def __init__(self, form: QFormLayout, general: QLabel | None = None) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {}
        self._general = general or QLabel()
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()

    @property
    def general_label(self) -> QLabel:
        return self._general

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        self._form.addRow(label, widget)
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
