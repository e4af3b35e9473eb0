"""Small pieces the member and unit dialogs share: every problem beside its field at
once, warnings in amber, combo boxes holding code values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMenu, QPushButton, QToolButton

from station_app.core.errors import DeskError
from station_app.members.service import CommunityService
from station_app.widgets.form_errors import ERROR_STYLE, FormErrors

NOTICE_STYLE = "color: #9a6700;"
HINT_STYLE = "color: #5f6b7a;"
GOOD_STYLE = "color: #1e7e34;"
BANNER_STYLE = (
    "background: #e9f7ef; color: #1e5631; border: 1px solid #a9dfbf;"
    "border-radius: 4px; padding: 6px 10px;"
)


class ShowsMessages:
    """Several fields' problems shown together, each beside its field (two problems of
    one field one under the other), and an amber notice (a warning that does not stop
    the save); the class says where a field's label is and how to clear them all."""

    if TYPE_CHECKING:  # given by the class it is mixed into

        def label(self, name: str) -> QLabel: ...

        def clear(self) -> None: ...

    def show_all(self, errors: Sequence[DeskError]) -> None:
        self.clear()
        for error in errors:
            label = self.label(error.field or "")
            text = error.message()
            if not label.isHidden() and label.text():
                if text in label.text():
                    continue
                text = label.text() + "\n" + text
            label.setStyleSheet(ERROR_STYLE)
            label.setText(text)
            label.show()

    def show(self, error: DeskError) -> None:
        self.show_all([error])

    def show_notice(self, field: str, text: str) -> None:
        label = self.label(field)
        label.setStyleSheet(NOTICE_STYLE)
        label.setText(text)
        label.show()


class FieldMessages(ShowsMessages, FormErrors):
    """:class:`FormErrors` that can show several fields' problems together, and an
    amber notice (a warning that does not stop the save) beside a field."""

    def __init__(
        self, form: QFormLayout, general: QLabel | None = None, letters: set[str] | None = None
    ) -> None:
        super().__init__(form, general, letters)
        self._shown: list[str] = []

    def fields(self) -> list[str]:
        return list(self._labels)

    def label(self, name: str) -> QLabel:
        return self._labels.get(name, self._general)

    def clear(self) -> None:
        super().clear()
        for label in [*self._labels.values(), self._general]:
            label.setStyleSheet(ERROR_STYLE)

    def shown_fields(self) -> list[str]:
        return [name for name, label in self._labels.items() if not label.isHidden()]


# --- combo boxes of code values ----------------------------------------------------------


def fill_combo(
    combo: QComboBox, choices: Iterable[tuple[Any, str]], none_label: str | None = None
) -> None:
    """Items with their value as item data; ``none_label`` first, standing for None."""
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, label in choices:
        combo.addItem(label, value)
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData()


def select_value(combo: QComboBox, value: Any) -> bool:
    """Select the item holding ``value`` (None included); False if there is none."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


def retired_label(name: str) -> str:
    return QCoreApplication.translate("Communities", "{name} (retired)").format(name=name)


def community_choices(service: CommunityService) -> list[tuple[int, str]]:
    """What a new unit or member may be put in: the current communities."""
    return [(row.id, row.name) for row in service.list_communities(include_retired=False)]


def community_filter_choices(service: CommunityService) -> list[tuple[int, str]]:
    """What lists filter by: every community, retired ones marked (old records)."""
    return [
        (row.id, retired_label(row.name) if row.retired else row.name)
        for row in service.list_communities()
    ]


def refill_community_filter(combo: QComboBox, service: CommunityService, all_text: str) -> None:
    """After communities were added, renamed, reordered or retired: the list again, the
    chosen one kept."""
    current = combo_value(combo) if combo.count() else None
    fill_combo(combo, community_filter_choices(service), all_text)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))


def import_button(text: str, template_text: str) -> tuple[QToolButton, QAction]:
    """Import… with a menu that saves a blank template; the button and the menu's action."""
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    template = menu.addAction(template_text)
    button.setMenu(menu)
    # A tool button (for its menu) among push buttons: the same height.
    button.setMinimumHeight(QPushButton("X").sizeHint().height())
    return button, template


def select_community(combo: QComboBox, community_id: int | None, name: str) -> None:
    """Shows a record's community; a retired one, not offered otherwise, is added for
    this record only (it may keep it)."""
    if not select_value(combo, community_id) and community_id is not None:
        combo.addItem(retired_label(name), community_id)
        combo.setCurrentIndex(combo.count() - 1)


class FormMessages(ShowsMessages):
    """The messages of a dialog whose fields sit in several form layouts (columns):
    each error goes beside its field, whichever column holds it; the rest below."""

    def __init__(self, parts: Sequence[FieldMessages], general: QLabel) -> None:
        self.parts = list(parts)
        self.general_label = general
        general.setStyleSheet(ERROR_STYLE)
        general.setWordWrap(True)
        general.hide()

    def label(self, name: str) -> QLabel:
        for part in self.parts:
            if name in part.fields():
                return part.label(name)
        return self.general_label

    def clear(self) -> None:
        for part in self.parts:
            part.clear()
        self.general_label.clear()
        self.general_label.setStyleSheet(ERROR_STYLE)
        self.general_label.hide()

    def text(self, name: str) -> str:
        label = self.label(name)
        return label.text() if not label.isHidden() else ""

    def clear_field(self, name: str) -> None:
        label = self.label(name)
        if label is not self.general_label:
            label.clear()
            label.hide()

    def shown_fields(self) -> list[str]:
        return [name for part in self.parts for name in part.shown_fields()]
