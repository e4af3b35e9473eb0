"""A date field that may be left empty (a union's founding date, a birth date that
the papers do not show).

``QDateEdit`` always holds a date; this one shows a dash for "none" (its minimum,
with Qt's special-value text), opens its calendar on the current month rather than
on the sentinel, and starts from today when the desk begins to step it; a typed date
is read whole (``DateEdit``). Delete or Backspace on the whole field makes it empty
again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from station_app.core import clock
from station_app.widgets.date_entry import DateEdit

NONE_DATE = QDate(1899, 12, 31)  # the sentinel shown as the special-value text
DATE_FORMAT = "yyyy-MM-dd"


class OptionalDateEdit(DateEdit):
    def __init__(self, parent: QWidget | None = None, empty_text: str = "—") -> None:
        super().__init__(parent=parent, display_format=DATE_FORMAT)
        self.setMinimumDate(NONE_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(empty_text)
        self.setDate(NONE_DATE)
        self.calendarWidget().installEventFilter(self)

    def date_or_none(self) -> dt.date | None:
        if self.date() == NONE_DATE:
            return None
        return self.date().toPython()  # type: ignore[no-any-return]

    def set_date_or_none(self, value: dt.date | None) -> None:
        self.setDate(NONE_DATE if value is None else QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.date() == NONE_DATE

    def _start_from_today(self) -> None:
        today = clock.today()
        self.setDate(QDate(today.year, today.month, today.day))
        self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.is_empty() and not self.typing():
            steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if key in steps:
                self._start_from_today()
                return
        elif (
            not self.typing()
            and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and (self.lineEdit().selectedText() == self.lineEdit().text())
        ):
            self.setDate(NONE_DATE)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.is_empty()
        ):
            today = clock.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)


__all__ = ["DATE_FORMAT", "NONE_DATE", "OptionalDateEdit"]
