"""How the calendar grid is drawn: shading (closed, holiday, past), the grid lines,
the selection, the booking blocks coloured by status, the cursor, the "now" line, the
column headers and the time gutter. A part of :class:`CalendarGrid` (a mixin: it
reads the grid's state and geometry, and changes nothing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen

from station_app.core.holidays import HOLIDAY
from station_app.rooms.models import BOOKED, CANCELLED, CHECKED_IN, COMPLETED, NO_SHOW
from station_app.rooms.types import BookingRow


def minutes_of(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def time_at(minutes: int) -> dt.time:
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class StatusStyle:
    fill: str
    edge: str
    text: str


STATUS_STYLES = {
    BOOKED: StatusStyle("#dbe8fa", "#2f6db5", "#15365d"),
    CHECKED_IN: StatusStyle("#d5efdc", "#2e8b57", "#16472b"),
    COMPLETED: StatusStyle("#e2e5e9", "#6c757d", "#343a40"),
    NO_SHOW: StatusStyle("#fce1da", "#c0392b", "#7b241c"),
    CANCELLED: StatusStyle("#ffffff", "#b3b7bd", "#8a9097"),
}
HEADER_BG = QColor("#f5f6f8")
HEADER_TODAY_BG = QColor("#e6effb")
GRID_HOUR = QColor("#d5d9df")
GRID_HALF = QColor("#eceef1")
CLOSED_FILL = QColor("#eef0f3")
CLOSED_HATCH = QColor("#dfe2e7")
HOLIDAY_FILL = QColor("#fbeceb")
HOLIDAY_HATCH = QColor("#f2d3d0")
PAST_FILL = QColor(96, 103, 112, 30)
SELECTION_FILL = QColor(47, 109, 181, 55)
SELECTION_EDGE = QColor("#2f6db5")
NOW_LINE = QColor("#e03131")
TEXT = QColor("#1f2328")
MUTED = QColor("#5f6b7a")
HOLIDAY_TEXT = QColor("#b03a2e")


class GridPainting:
    """paintEvent and its parts, for :class:`CalendarGrid`."""

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self._columns:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            p.end()
            return
        for column in range(len(self._columns)):
            self._paint_shading(p, column)
        self._paint_grid(p)
        self._paint_selection(p)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for column, rows in enumerate(self._bookings):
            for b in self._draw_order(rows):
                self._paint_booking(p, column, b)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_cursor(p)
        self._paint_now(p)
        self._paint_header(p)
        self._paint_gutter(p)
        p.end()

    def _hatch(self, p: QPainter, rect: QRectF, fill: QColor, hatch: QColor) -> None:
        if rect.height() <= 0:
            return
        p.fillRect(rect, fill)
        brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        p.fillRect(rect, brush)

    def _paint_shading(self, p: QPainter, column: int) -> None:
        col = self._columns[column]
        whole = self._column_rect(column)
        if col.hours is None:
            if col.day.kind == HOLIDAY:
                self._hatch(p, whole, HOLIDAY_FILL, HOLIDAY_HATCH)
            else:
                self._hatch(p, whole, CLOSED_FILL, CLOSED_HATCH)
        else:
            opens, closes = minutes_of(col.hours.opens), minutes_of(col.hours.closes)
            if opens > self._first:
                self._hatch(
                    p, self._span_rect(column, self._first, opens), CLOSED_FILL, CLOSED_HATCH
                )
            if closes < self._last:
                self._hatch(
                    p, self._span_rect(column, closes, self._last), CLOSED_FILL, CLOSED_HATCH
                )
        today = self._now.date()
        if col.date < today:
            p.fillRect(whole, PAST_FILL)
        elif col.date == today:
            now = self._now.hour * 60 + self._now.minute
            if now > self._first:
                p.fillRect(self._span_rect(column, self._first, now), PAST_FILL)

    def _paint_grid(self, p: QPainter) -> None:
        left, right = float(self.gutter_width()), float(self.width())
        for row in range(self.row_count() + 1):
            minutes = self._row_minutes(row)
            y = round(self._y(minutes))
            p.setPen(QPen(GRID_HOUR if minutes % 60 == 0 else GRID_HALF, 1))
            p.drawLine(int(left), y, int(right), y)
        p.setPen(QPen(GRID_HOUR, 1))
        top, bottom = self.header_height(), round(self._y(self._last))
        for column in range(len(self._columns) + 1):
            x = round(self._x(column))
            p.drawLine(x, top, x, bottom)

    def _paint_selection(self, p: QPainter) -> None:
        if self._selection is None or self.current_booking() is not None:
            return
        column, first, last = self._selection
        rect = self._span_rect(
            column, self._row_minutes(first), self._row_minutes(last) + self._step
        ).adjusted(1, 1, -1, 0)
        p.fillRect(rect, SELECTION_FILL)
        if last > first:  # a stretched range says what it is
            start, end = time_at(self._row_minutes(first)), time_at(self._row_minutes(last + 1))
            p.setPen(SELECTION_EDGE)
            font = QFont(self.font())
            font.setBold(True)
            p.setFont(font)
            p.drawText(
                rect.adjusted(6, 2, -4, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"{start:%H:%M}–{end:%H:%M}",
            )
            p.setFont(self.font())

    def _paint_booking(self, p: QPainter, column: int, b: BookingRow) -> None:
        style = STATUS_STYLES.get(b.status, STATUS_STYLES[BOOKED])
        rect = self._booking_rect(column, b)
        if rect.height() <= 0:
            return
        buffer_end = b.blocked_until.hour * 60 + b.blocked_until.minute
        end = b.ends_at.hour * 60 + b.ends_at.minute
        if b.status != CANCELLED and buffer_end > end and b.blocked_until.date() == b.date:
            tail = self._span_rect(column, end, buffer_end).adjusted(3, 0, -3, -1)
            p.fillRect(tail, QBrush(QColor(style.edge), Qt.BrushStyle.Dense7Pattern))
        if b.status == CANCELLED:
            p.setPen(QPen(QColor(style.edge), 1, Qt.PenStyle.DashLine))
            p.setBrush(QColor(255, 255, 255, 170))
            p.drawRoundedRect(rect, 3, 3)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.fill))
            p.drawRoundedRect(rect, 3, 3)
            p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), QColor(style.edge))
        if b.id == self._current_booking:
            p.setPen(QPen(SELECTION_EDGE, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        self._paint_block_text(p, rect, b, QColor(style.text))

    def _paint_block_text(self, p: QPainter, rect: QRectF, b: BookingRow, color: QColor) -> None:
        inner = rect.adjusted(8, 2, -4, -2)
        if inner.width() < 12 or inner.height() < 8:
            return
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.92)
        bold = QFont(font)
        bold.setBold(True)
        lines = self.block_lines(b)
        fm = QFontMetrics(font)
        line_height = fm.height()
        fits = max(1, int(inner.height() // line_height))
        if fits == 1 and len(lines) > 1:  # one line: "09:00 Title"
            lines = [f"{b.starts_at:%H:%M} {lines[0]}"]
        p.save()
        p.setClipRect(rect)
        p.setPen(QColor("#9aa0a6") if b.status == CANCELLED else color)
        y = inner.top()
        for index, text in enumerate(lines[:fits]):
            use = bold if index == 0 else font
            p.setFont(use)
            shown = QFontMetrics(use).elidedText(
                text, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            if b.status == CANCELLED and index == 0:
                struck = QFont(use)
                struck.setStrikeOut(True)
                p.setFont(struck)
            p.drawText(
                QRectF(inner.left(), y, inner.width(), line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            y += line_height
        p.restore()

    def _paint_cursor(self, p: QPainter) -> None:
        if not self.hasFocus() or self.current_booking() is not None:
            return
        rect = self._cursor_rect().adjusted(1, 1, -1, -1)
        p.setPen(QPen(SELECTION_EDGE, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)

    def _paint_now(self, p: QPainter) -> None:
        now = self._now.hour * 60 + self._now.minute
        if not self._first <= now <= self._last:
            return
        y = self._y(now)
        today = [c for c, col in enumerate(self._columns) if col.date == self._now.date()]
        for column in today:
            p.setPen(QPen(NOW_LINE, 2))
            p.drawLine(QPointF(self._x(column), y), QPointF(self._x(column + 1), y))
        if today:  # one dot where the line starts
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setBrush(NOW_LINE)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(self._x(today[0]) + 1, y), 4.0, 4.0)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_header(self, p: QPainter) -> None:
        height = self.header_height()
        p.fillRect(QRect(0, 0, self.width(), height), HEADER_BG)
        fm = self._fm()
        bold = QFont(self.font())
        bold.setBold(True)
        today = self._now.date()
        for column, col in enumerate(self._columns):
            rect = QRectF(self._x(column), 0, self.column_width(), height)
            if col.date == today and len({c.date for c in self._columns}) > 1:
                p.fillRect(rect, HEADER_TODAY_BG)
            inner = rect.adjusted(6, 5, -6, -4)
            title_rect = QRectF(inner.left(), inner.top(), inner.width(), fm.height())
            p.setFont(bold)
            p.setPen(HOLIDAY_TEXT if col.day.kind == HOLIDAY else TEXT)
            p.drawText(
                title_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(bold).elidedText(
                    col.title, Qt.TextElideMode.ElideRight, int(inner.width())
                ),
            )
            p.setFont(self.font())
            p.setPen(HOLIDAY_TEXT if col.day.kind == HOLIDAY else MUTED)
            sub_rect = QRectF(
                inner.left(), inner.top() + fm.height() + 2, inner.width(), fm.height()
            )
            p.drawText(
                sub_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(col.subtitle, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
        p.setPen(QPen(QColor("#c3c8cf"), 1))
        p.drawLine(0, height - 1, self.width(), height - 1)
        p.setPen(QPen(GRID_HOUR, 1))
        for column in range(len(self._columns) + 1):
            x = round(self._x(column))
            p.drawLine(x, 4, x, height - 4)

    def _paint_gutter(self, p: QPainter) -> None:
        width = self.gutter_width()
        top = self.header_height()
        p.fillRect(QRectF(0, top, width, self.height() - top), HEADER_BG)
        p.setPen(QPen(QColor("#c3c8cf"), 1))
        p.drawLine(width - 1, top, width - 1, self.height())
        fm = self._fm()
        p.setFont(self.font())
        p.setPen(MUTED)
        row_height = self.row_height()
        for row in range(self.row_count()):
            minutes = self._row_minutes(row)
            if minutes % 60 and row_height < fm.height() * 1.6:
                continue  # tight rows: the hours only
            y = self._y(minutes)
            p.setPen(TEXT if minutes % 60 == 0 else MUTED)
            p.drawText(
                QRectF(0, y + 1, width - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{time_at(minutes):%H:%M}",
            )


__all__ = ["STATUS_STYLES", "GridPainting", "StatusStyle", "minutes_of", "time_at"]
