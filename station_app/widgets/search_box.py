"""A search box that reports what was typed once the typing pauses (debounced).

Every tab's list searches as the desk types; running the query on every keystroke
would make typing stutter on a big database, so the box waits ``delay_ms`` after the
last change and then emits :attr:`SearchBox.search_changed` once. Enter searches at
once, Esc clears, Down hands the focus on (to the list below, usually).

The pending timer is stopped whenever the box is hidden or :meth:`SearchBox.stop` is
called (a closing tab does), so no timer outlives the widget that started it; a search
cut short by hiding runs when the box is shown again.

The box takes at most :data:`MAX_SEARCH_LENGTH` characters (typed or pasted), the
length every search service cuts a term at; other search fields call
:func:`limit_search`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from station_app.core.text import MAX_SEARCH_LENGTH

DEFAULT_DELAY_MS = 200


def limit_search(edit: QLineEdit) -> QLineEdit:
    """A search field takes no more than the search services look at."""
    edit.setMaxLength(MAX_SEARCH_LENGTH)
    return edit


class SearchBox(QLineEdit):
    search_changed = Signal(str)  # the text, after a pause in typing (or Enter)
    down_pressed = Signal()  # Down arrow: the owner moves the focus to its list

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        limit_search(self)
        self._timer = QTimer(self)
        self._timer.setObjectName("search_debounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        self._resume_on_show = False
        self.textChanged.connect(self._restart)
        self.returnPressed.connect(self.flush)

    # --- the debounce ------------------------------------------------------------------

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    def is_pending(self) -> bool:
        """A change is waiting for the pause to end."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Search now if a change is waiting (Enter does this)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def stop(self) -> None:
        """Forget a waiting change (the owner is closing)."""
        self._timer.stop()
        self._resume_on_show = False

    def set_text_now(self, text: str) -> None:
        """Set the text and search at once, without waiting for the pause."""
        self.setText(text)
        self.flush()

    def _restart(self, _text: str = "") -> None:
        self._timer.start()

    def _fire(self) -> None:
        self.search_changed.emit(self.text())

    # --- events ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        if key == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.flush()
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._resume_on_show = True
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._resume_on_show:
            self._resume_on_show = False
            self._fire()


__all__ = ["DEFAULT_DELAY_MS", "SearchBox", "limit_search"]
