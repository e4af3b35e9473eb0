"""The one date field of the program: a ``QDateEdit`` that also takes a date typed
the ways a clerk types it (2020-05-01, 2020/05/01, 2020.5.1, 2020年5月1日, 20200501,
and without the year: 0501, 5-1, 5月1日).

Qt's own section editing treats a typed "-" as "next section" and fills the sections
as the keys come, so "2020-05-01" could end as another date without a word. Here a
digit typed at the start of the field (the year chosen, the text selected, or the
field empty) starts a free entry: the keys are collected as typed and read as a whole
when the clerk presses Enter, leaves the field or steps it. A text that is not a date
changes nothing, and the field says so (red frame, tooltip, ``typing_error``).
Typing into the month or day the clerk moved to stays Qt's section editing.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_TYPED_CHARS = set("0123456789-/.年月日 ")
_INVALID_STYLE = "QDateEdit { border: 1px solid #c0392b; }"


def parse_typed_date(text: str, near: dt.date | None = None) -> dt.date | None:
    """The date a clerk meant by ``text``, or None when it is not a date. A month and
    day without the year (1215, 12-15, 12月15日) is that day nearest to ``near``
    (the field's date; else today): the year before, this year or the next."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    elif match := _SEPARATED.fullmatch(text):
        parts = match.groups()
    elif re.fullmatch(r"\d{4}", text):
        return _month_day(int(text[:2]), int(text[2:]), near)
    elif match := _MONTH_DAY.fullmatch(text):
        return _month_day(int(match.group(1)), int(match.group(2)), near)
    else:
        return None
    try:
        return dt.date(*(int(part) for part in parts))
    except ValueError:
        return None


def _month_day(month: int, day: int, near: dt.date | None) -> dt.date | None:
    near = near or dt.date.today()
    found: list[dt.date] = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - near).days)) if found else None


class DateEdit(QDateEdit):
    """A calendar-popup date field with free typing; ``typed_invalid`` carries the text
    that was refused (the field keeps its date)."""

    typed_invalid = Signal(str)
    entered = Signal()  # Enter or Return pressed in the field (after a typed date is read)

    def __init__(
        self,
        value: QDate | dt.date | None = None,
        parent: QWidget | None = None,
        *,
        display_format: str = "yyyy-MM-dd",
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        if isinstance(value, dt.date):
            value = QDate(value.year, value.month, value.day)
        if value is not None:
            self.setDate(value)
        self._typed: str | None = None  # the free entry under way
        self.typing_error = ""
        self._refused_at = QDate()
        self.dateChanged.connect(self._date_changed)

    # --- free typing ---------------------------------------------------------------------

    def typing(self) -> bool:
        return self._typed is not None

    def _starts_free_entry(self) -> bool:
        edit = self.lineEdit()
        at_start = edit.selectionStart() == 0 or (
            not edit.hasSelectedText() and edit.cursorPosition() == 0
        )
        return at_start or self.date() == self.minimumDate()

    def _show_text(self, text: str) -> None:
        edit = self.lineEdit()
        blocked = edit.blockSignals(True)  # Qt would read every key as a section
        edit.setText(text)
        edit.setCursorPosition(len(text))
        edit.blockSignals(blocked)

    def _show_date(self) -> None:
        if self.date() == self.minimumDate() and self.specialValueText():
            self._show_text(self.specialValueText())
        else:
            self._show_text(self.textFromDateTime(self.dateTime()))
        self.lineEdit().setCursorPosition(0)

    def commit_typing(self) -> bool:
        """Reads the free entry (if any): True unless it was refused."""
        if self._typed is None:
            return True
        typed, self._typed = self._typed, None
        current = self.date()
        value = parse_typed_date(typed, dt.date(current.year(), current.month(), current.day()))
        if value is not None:
            wanted = QDate(value.year, value.month, value.day)
            if self.minimumDate() <= wanted <= self.maximumDate():
                self.setDate(wanted)
                self._show_date()
                self._clear_error()
                return True
        self._show_date()
        self._refuse(typed)
        return False

    def _refuse(self, typed: str) -> None:
        self._refused_at = self.date()
        self.typing_error = QCoreApplication.translate(
            "DateEdit", "“{typed}” is not a date; type it as 2020-05-01 or 20200501."
        ).format(typed=typed)
        self.setStyleSheet(_INVALID_STYLE)
        self.setToolTip(self.typing_error)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.typing_error, self)
        self.typed_invalid.emit(typed)

    def _date_changed(self, value: QDate) -> None:
        if value != self._refused_at:  # Enter re-emits the date it kept
            self._clear_error()

    def _clear_error(self) -> None:
        if self.typing_error:
            self.typing_error = ""
            self.setStyleSheet("")
            self.setToolTip("")

    # --- events --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if self._typed is not None:
            if plain and text and text in _TYPED_CHARS:
                self._typed += text
                self._show_text(self._typed)
                return
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self._show_text(self._typed)
                return
            if key == Qt.Key.Key_Escape:
                self._typed = None
                self._show_date()
                return
            self.commit_typing()  # Enter, Tab, arrows: the date first, then the key
        elif plain and text.isdigit() and self._starts_free_entry():
            self._typed = text
            self._show_text(text)
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.typing_error:
            self.entered.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field for the form's next one, as in every other field (Qt's
        own moves between year, month and day; the arrows and typing still do)."""
        self.commit_typing()
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_typing()
        super().focusOutEvent(event)


__all__ = ["DateEdit", "parse_typed_date"]
