"""A dialog that is one form, written once: label and field rows, each field's
refusal under it (widgets/form_errors.py), the rest under the form, the buttons; Save
runs the dialog's use case and either closes or shows the refusal and stays open.

:class:`FormDialog` is the form; :class:`RecordDialog` adds or edits one record
(``record_id`` None adds) and keeps the saved record's id in ``saved_id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.layout import Item, vbox

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """``form`` and its ``errors`` are made here; the subclass adds its fields
    (:meth:`field`), lays the dialog out (:meth:`lay_out`) and says what Save
    does (:meth:`write`, raising the service's :class:`DeskError`)."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        errors: type[FormErrors] = FormErrors,
        grow: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        if grow:  # fields as wide as the dialog, not their size hint
            self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = errors(self.form)
        self.fields: list[QWidget] = []  # the fields' widgets, in the form's order

    def field(self, name: str, text: str, widget: W, *, named: bool = False) -> W:
        """The next row: ``text`` and ``widget``, the sentence of a refusal of ``name``
        (the field the service names) under it; ``named``: the widget's object name is
        ``name`` too (tests find it, :meth:`focus_field` puts the cursor in it)."""
        self.fields.append(self.errors.field(name, text, widget, named=named))
        return widget

    def lay_out(
        self, buttons: QWidget, *, above: Sequence[Item] = (), below: Sequence[Item] = ()
    ) -> QVBoxLayout:
        """Top to bottom: ``above``, the form, ``below``, the general sentence, the
        buttons."""
        return vbox(*above, self.form, *below, self.errors.general_label, buttons, parent=self)

    # --- saving ------------------------------------------------------------------------

    def write(self) -> None:
        """Run the use case; a refusal raises the service's :class:`DeskError`."""
        raise NotImplementedError

    def refused(self, error: DeskError) -> None:
        """After a refusal is shown (e.g. :meth:`focus_field`)."""

    def save(self) -> bool:
        """OK / Save: closes once the use case went through; a refusal shows its
        sentence beside its field and the dialog stays open."""
        self.errors.clear()
        try:
            self.write()
        except DeskError as error:
            self.errors.show(error)
            self.refused(error)
            return False
        self.accept()
        return True

    def focus_field(self, error: DeskError) -> None:
        """The cursor into the field the refusal names (its widget's object name)."""
        widget = self.findChild(QWidget, error.field or "")
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class RecordDialog(FormDialog):
    """Adds a record (``record_id`` None) or edits one; ``saved_id`` after the save.
    The window is titled from :attr:`TITLES` (adding, editing), marked with
    ``QT_TRANSLATE_NOOP`` in the subclass's own context (its class name)."""

    TITLES: tuple[str, str] = ("", "")

    def __init__(
        self,
        context: DeskContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        errors: type[FormErrors] = FormErrors,
        grow: bool = False,
    ) -> None:
        super().__init__(context, parent, errors=errors, grow=grow)
        self.record_id = record_id
        self.saved_id: int | None = None
        title = self.TITLES[record_id is not None]
        self.setWindowTitle(QCoreApplication.translate(type(self).__name__, title))

    def add_record(self) -> int:
        """Add the record the form describes; its id."""
        raise NotImplementedError

    def change_record(self, record_id: int) -> None:
        """Save the form over the record."""
        raise NotImplementedError

    def write(self) -> None:
        if self.record_id is None:
            self.saved_id = self.add_record()
        else:
            self.change_record(self.record_id)
            self.saved_id = self.record_id


__all__ = ["FormDialog", "RecordDialog"]
