"""The month's activities as a calendar: days with activities in bold, their titles
in the day's tooltip and in the list under the calendar. Holidays are red and
Saturdays or Sundays worked in lieu black, with their names in the tooltip, as the
rooms' calendar has them (core/holidays.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.holidays import ADJUSTED_WORKDAY, HOLIDAY, DayInfo
from station_app.volunteers.types import ActivityRow
from station_app.volunteers.ui.common import to_qdate

ID_ROLE = Qt.ItemDataRole.UserRole
HOLIDAY_TEXT = QColor("#c0392b")
WORKED_TEXT = QColor("#1f2933")


class ActivityCalendar(QWidget):
    month_changed = Signal(int, int)  # year, month shown by the calendar's own arrows
    activity_chosen = Signal(int)  # activity id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("activity_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(self.month_changed.emit)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.day_list = QListWidget()
        self.day_list.setObjectName("day_activities")
        self.day_list.itemActivated.connect(
            lambda item: self.activity_chosen.emit(item.data(ID_ROLE))
        )
        self.day_list.itemClicked.connect(
            lambda item: self.activity_chosen.emit(item.data(ID_ROLE))
        )
        self._by_day: dict[dt.date, list[ActivityRow]] = {}
        self._days: dict[dt.date, DayInfo] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day_list, 1)

    def set_month(
        self,
        year: int,
        month: int,
        rows: Sequence[ActivityRow],
        days: Sequence[DayInfo] = (),
    ) -> None:
        self.calendar.blockSignals(True)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear old marks
        self.calendar.setCurrentPage(year, month)
        self._by_day = {}
        first = dt.date(year, month, 1)
        for row in rows:
            day = max(row.starts_at.date(), first)
            while day <= row.ends_at.date() and day.month == month:
                self._by_day.setdefault(day, []).append(row)
                day += dt.timedelta(days=1)
        self._days = {d.date: d for d in days if d.kind in (HOLIDAY, ADJUSTED_WORKDAY)}
        for day in sorted(set(self._by_day) | set(self._days)):
            fmt = QTextCharFormat()
            lines = [self._line(r) for r in self._by_day.get(day, [])]
            if lines:
                fmt.setFontWeight(QFont.Weight.Bold)
            info = self._days.get(day)
            if info is not None:
                fmt.setForeground(QBrush(HOLIDAY_TEXT if info.kind == HOLIDAY else WORKED_TEXT))
                lines.insert(0, self.day_text(info))
            fmt.setToolTip("\n".join(lines))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        selected = self.calendar.selectedDate()
        if (selected.year(), selected.month()) != (year, month):
            self.calendar.setSelectedDate(QDate(year, month, 1))
        self.calendar.blockSignals(False)
        self._fill_day_list()

    def activities_on(self, day: dt.date) -> list[ActivityRow]:
        return list(self._by_day.get(day, []))

    def day_text(self, info: DayInfo) -> str:
        """``Holiday: Spring Festival`` / ``Working day in lieu: Spring Festival``."""
        if info.kind == HOLIDAY:
            return self.tr("Holiday: {name}").format(name=info.label() or "—")
        return self.tr("Working day in lieu: {name}").format(name=info.label() or "—")

    def holiday_on(self, day: dt.date) -> DayInfo | None:
        return self._days.get(day)

    def is_marked(self, day: dt.date) -> bool:
        return self.calendar.dateTextFormat(to_qdate(day)).fontWeight() == QFont.Weight.Bold

    def select_day(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))

    @staticmethod
    def _line(row: ActivityRow) -> str:
        return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M} {row.title}"

    def _day_chosen(self) -> None:
        self._fill_day_list()
        if self.day_list.count():
            self.activity_chosen.emit(self.day_list.item(0).data(ID_ROLE))

    def _fill_day_list(self) -> None:
        d = self.calendar.selectedDate()
        self.day_list.clear()
        for row in self._by_day.get(dt.date(d.year(), d.month(), d.day()), []):
            item = QListWidgetItem(self._line(row))
            item.setData(ID_ROLE, row.id)
            self.day_list.addItem(item)
        if self.day_list.count():
            self.day_list.setCurrentRow(0)
