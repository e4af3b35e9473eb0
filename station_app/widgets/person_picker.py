"""Choosing one person or unit by typing: a search box with a popup of matches.

The matches come from the feature's search function as the desk types (debounced, at
most ``MAX_MATCHES``), so the picker stays quick on a big database; the first match
is highlighted, Enter or a click takes one, Down opens the list at once (in an open
list, the first Down only enters it: type, Down, Enter takes the first match, as in
the desk's other lists), Esc is left to the dialog (cancel). A match may be listed but
not taken (greyed: a member who is a volunteer already). The
feature says how to search and how a match is shown (:class:`Match`); the picker
keeps the chosen id and the text shown for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from station_app.widgets.search_box import SearchBox

MAX_MATCHES = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Match:
    """One line of the popup: the record, what the box shows once it is chosen, the
    popup's line, its tool tip, and whether it can be taken."""

    id: int
    chosen: str
    line: str
    tooltip: str = ""
    enabled: bool = True


Search = Callable[[str, int], Sequence[Match]]  # (query, limit) -> matches


class PersonPicker(SearchBox):
    """A search box with a popup of matches; :meth:`chosen_id` is the one chosen (None
    while nothing is chosen, or after the text was changed). ``list_all`` lists every
    record on Down with an empty box (a short list, such as the units)."""

    chosen = Signal(object)  # int | None

    def __init__(
        self, search: Search, parent: QWidget | None = None, *, list_all: bool = False
    ) -> None:
        super().__init__(parent, delay_ms=150)
        self._search = search
        self._list_all = list_all
        self._chosen_id: int | None = None
        self._shown = ""
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._choose)
        self._entered = False  # a Down has entered the open list
        self._completer.popup().installEventFilter(self)  # after the completer's: first
        self.search_changed.connect(self._show_matches)
        self.textChanged.connect(self._edited)

    # --- the choice ----------------------------------------------------------------------

    def chosen_id(self) -> int | None:
        return self._chosen_id

    def chosen_text(self) -> str:
        return self._shown

    def has_unchosen_text(self) -> bool:
        """Something is typed but nothing was taken from the list."""
        return self._chosen_id is None and bool(self.text().strip())

    def set_chosen(self, record_id: int | None, text: str = "") -> None:
        """Show a record as chosen (or none), without searching."""
        changed = record_id != self._chosen_id
        self._chosen_id = record_id
        self._shown = text if record_id is not None else ""
        self.blockSignals(True)
        self.setText(self._shown)
        self.blockSignals(False)
        self.stop()
        self._completer.popup().hide()
        if changed:
            self.chosen.emit(record_id)

    def _edited(self, text: str) -> None:
        if self._chosen_id is not None and text != self._shown:
            self._chosen_id, self._shown = None, ""
            self.chosen.emit(None)

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.set_chosen(int(record_id), str(index.data(NAME_ROLE)))

    # --- the matches ---------------------------------------------------------------------

    def matches(self) -> list[tuple[int, str]]:
        """(id, text shown once chosen) of the records listed in the popup."""
        return [
            (self._matches.item(i).data(ID_ROLE), self._matches.item(i).data(NAME_ROLE))
            for i in range(self._matches.rowCount())
        ]

    def match_lines(self) -> list[str]:
        """The popup's lines, as shown."""
        return [self._matches.item(i).text() for i in range(self._matches.rowCount())]

    def _first_enabled(self) -> int | None:
        for i in range(self._matches.rowCount()):
            if self._matches.item(i).isEnabled():
                return i
        return None

    def search_now(self, text: str) -> None:
        """Type ``text`` and list the matches at once (tests; Enter does the same)."""
        self.setText(text)
        self.stop()
        self._show_matches(text)

    def choose_first_match(self) -> bool:
        """Take the first record listed that can be taken (tests; Enter does the same in
        the popup)."""
        first = self._first_enabled()
        if first is None:
            return False
        item = self._matches.item(first)
        self.set_chosen(int(item.data(ID_ROLE)), str(item.data(NAME_ROLE)))
        return True

    def _show_matches(self, text: str) -> None:
        query = text.strip()
        if self._chosen_id is not None and text == self._shown:
            return
        if not query and not (self._list_all and self.hasFocus()):
            self._matches.clear()
            self._completer.popup().hide()
            return
        from PySide6.QtGui import QStandardItem  # here: its enums cost at start

        found = self._search(query, MAX_MATCHES)
        self._matches.clear()
        for match in found:
            item = QStandardItem(match.line)
            item.setData(match.id, ID_ROLE)
            item.setData(match.chosen, NAME_ROLE)
            item.setToolTip(match.tooltip)
            item.setEnabled(match.enabled)
            self._matches.appendRow(item)
        first = self._first_enabled()
        if first is None or not self.isVisible():
            self._completer.popup().hide()
            return
        self._completer.complete(self.rect())
        popup = self._completer.popup()
        popup.setCurrentIndex(self._completer.completionModel().index(first, 0))
        self._entered = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not self._entered
        ):
            self._entered = True  # the first match is highlighted already: stay on it
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # Esc belongs to the dialog (cancel), not to clearing the choice
            return
        if (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self._completer.popup().isVisible()
        ):
            self.stop()
            self._show_matches(self.text() if self._chosen_id is None else "")
            return
        super().keyPressEvent(event)


__all__ = ["MAX_MATCHES", "Match", "PersonPicker", "Search"]
