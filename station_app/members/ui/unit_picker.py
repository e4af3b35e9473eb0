"""Choosing a unit by typing part of its name, its pinyin initials or its credit code.

The matches come from the database as the desk types (debounced, at most
``MAX_MATCHES``), so the picker stays quick with thousands of units; the popup lists
them with their community, Enter or a click takes one. Down opens the list at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from station_app.members.service import UnitService
from station_app.members.types import UnitFilter
from station_app.widgets.search_box import SearchBox

MAX_MATCHES = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class UnitPicker(SearchBox):
    """A line edit with a popup of matching units; :meth:`unit_id` is the chosen one
    (None while nothing is chosen, or the text was changed after choosing)."""

    unit_chosen = Signal(object)  # int | None

    def __init__(self, units: UnitService, parent: QWidget | None = None) -> None:
        super().__init__(parent, delay_ms=150)
        self.units = units
        self._unit_id: int | None = None
        self._unit_name = ""
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._choose)
        self.search_changed.connect(self._show_matches)
        self.textChanged.connect(self._edited)

    # --- the choice ----------------------------------------------------------------------

    def unit_id(self) -> int | None:
        return self._unit_id

    def unit_name(self) -> str:
        return self._unit_name

    def has_unchosen_text(self) -> bool:
        """Something is typed but no unit was taken from the list."""
        return self._unit_id is None and bool(self.text().strip())

    def set_unit(self, unit_id: int | None, name: str = "") -> None:
        """Show a unit as chosen (or none), without searching."""
        changed = unit_id != self._unit_id
        self._unit_id, self._unit_name = unit_id, name if unit_id is not None else ""
        self.blockSignals(True)
        self.setText(self._unit_name)
        self.blockSignals(False)
        self.stop()
        self._completer.popup().hide()
        if changed:
            self.unit_chosen.emit(unit_id)

    def clear_unit(self) -> None:
        self.set_unit(None)

    def _edited(self, text: str) -> None:
        if self._unit_id is not None and text != self._unit_name:
            self._unit_id, self._unit_name = None, ""
            self.unit_chosen.emit(None)

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        unit_id = index.data(ID_ROLE)
        if unit_id is not None:
            self.set_unit(int(unit_id), str(index.data(NAME_ROLE)))

    # --- the matches ---------------------------------------------------------------------

    def matches(self) -> list[tuple[int, str]]:
        """(id, name) of the units listed in the popup."""
        return [
            (self._matches.item(i).data(ID_ROLE), self._matches.item(i).data(NAME_ROLE))
            for i in range(self._matches.rowCount())
        ]

    def _show_matches(self, text: str) -> None:
        query = text.strip()
        if self._unit_id is not None and text == self._unit_name:
            return
        if not query and not self.hasFocus():
            self._matches.clear()
            return
        rows = self.units.list_units(UnitFilter(query=query), limit=MAX_MATCHES)
        self._matches.clear()
        for row in rows:
            label = f"{row.name}    {row.community_name}" if row.community_name else row.name
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setToolTip(row.uscc or "")
            self._matches.appendRow(item)
        if not rows or not self.isVisible():
            self._completer.popup().hide()
            return
        self._completer.complete(self.rect())
        popup = self._completer.popup()
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def choose_first_match(self) -> bool:
        """Take the first unit listed (tests; Enter does the same in the popup)."""
        if not self._matches.rowCount():
            return False
        item = self._matches.item(0)
        self.set_unit(int(item.data(ID_ROLE)), str(item.data(NAME_ROLE)))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            # Esc belongs to the dialog (cancel), not to clearing the choice.
            event.ignore()
            return
        if (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self._completer.popup().isVisible()
        ):
            self.stop()
            self._show_matches(self.text() if self._unit_id is None else "")
            return
        super().keyPressEvent(event)
