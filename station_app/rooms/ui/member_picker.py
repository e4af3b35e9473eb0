"""Choosing the member who books: type a name, pinyin initials, the last digits of a
mobile or a member number, and take one from the list that pops up (as on the
member tab's search). Mobiles show masked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from station_app.members.service import MemberService
from station_app.members.types import MemberFilter
from station_app.widgets.search_box import SearchBox

MAX_MATCHES = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class MemberPicker(SearchBox):
    """A search box with a popup of matching members; :meth:`member_id` is the one
    chosen (None while nothing is chosen, or after the text was changed)."""

    member_chosen = Signal(object)  # int | None

    def __init__(self, members: MemberService, parent: QWidget | None = None) -> None:
        super().__init__(parent, delay_ms=150)
        self.members = members
        self._member_id: int | None = None
        self._shown = ""
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._choose)
        self.search_changed.connect(self._show_matches)
        self.textChanged.connect(self._edited)

    def member_id(self) -> int | None:
        return self._member_id

    def has_unchosen_text(self) -> bool:
        return self._member_id is None and bool(self.text().strip())

    def set_member(self, member_id: int | None, label: str = "") -> None:
        """Shows a member as chosen (or none), without searching."""
        changed = member_id != self._member_id
        self._member_id = member_id
        self._shown = label if member_id is not None else ""
        self.blockSignals(True)
        self.setText(self._shown)
        self.blockSignals(False)
        self.stop()
        self._completer.popup().hide()
        if changed:
            self.member_chosen.emit(member_id)

    def _edited(self, text: str) -> None:
        if self._member_id is not None and text != self._shown:
            self._member_id, self._shown = None, ""
            self.member_chosen.emit(None)

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        member_id = index.data(ID_ROLE)
        if member_id is not None:
            self.set_member(int(member_id), str(index.data(NAME_ROLE)))

    def matches(self) -> list[tuple[int, str]]:
        return [
            (self._matches.item(i).data(ID_ROLE), self._matches.item(i).data(NAME_ROLE))
            for i in range(self._matches.rowCount())
        ]

    def search_now(self, text: str) -> None:
        """Type ``text`` and list the matches at once (tests; Enter does the same)."""
        self.setText(text)
        self.stop()
        self._show_matches(text)

    def choose_first_match(self) -> bool:
        if not self._matches.rowCount():
            return False
        item = self._matches.item(0)
        self.set_member(int(item.data(ID_ROLE)), str(item.data(NAME_ROLE)))
        return True

    def _show_matches(self, text: str) -> None:
        query = text.strip()
        if self._member_id is not None and text == self._shown:
            return
        self._matches.clear()
        if not query:
            self._completer.popup().hide()
            return
        rows = self.members.list_members(
            MemberFilter(query=query), order_by="name", limit=MAX_MATCHES, masked=True
        )
        for row in rows:
            label = f"{row.name}（{row.member_no}）"
            parts = [row.name, row.member_no, row.mobile, row.unit_name or ""]
            item = QStandardItem("    ".join(p for p in parts if p))
            item.setData(row.id, ID_ROLE)
            item.setData(label, NAME_ROLE)
            self._matches.appendRow(item)
        if not rows or not self.isVisible():
            self._completer.popup().hide()
            return
        self._completer.complete(self.rect())
        popup = self._completer.popup()
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # Esc belongs to the dialog
            return
        if (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self._completer.popup().isVisible()
        ):
            self.stop()
            self._show_matches(self.text() if self._member_id is None else "")
            return
        super().keyPressEvent(event)
