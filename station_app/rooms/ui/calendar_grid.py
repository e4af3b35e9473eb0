"""The booking calendar, painted: columns side by side, time down the side.

The day view gives it one column per room, the week view one column per day of a
room; the grid itself only knows :class:`Column` values and the bookings in them.
Closed hours, closed days, holidays and past time are shaded; bookings are blocks
coloured by status (a private booking the desk may not see arrives from the service
already blanked and is drawn as "Booked" only).

Keyboard first: the arrows move a cursor cell, Shift+Up/Down stretches a free range,
Enter books the range (or opens the booking under the cursor), PageUp/PageDown ask
for the previous/next page, the menu key asks for the context menu. The mouse:
drag a free range, double-click to book it, click a booking to open it.

This module holds the model and the geometry; the painting is in calendar_paint.py,
the keyboard and the mouse in calendar_input.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QWidget

from station_app.core.holidays import DayInfo
from station_app.rooms import labels
from station_app.rooms.models import BOOKED, CANCELLED
from station_app.rooms.types import BookingRow, Hours, RoomRow
from station_app.rooms.ui.calendar_input import GridInput
from station_app.rooms.ui.calendar_paint import GridPainting, minutes_of, time_at

MIN_ROW = 16  # px: below this the grid scrolls instead of squeezing
COMFORT_ROW = 24
MIN_COLUMN = 90
DEFAULT_STEP = 30  # minutes
DEFAULT_FIRST = dt.time(8, 0)
DEFAULT_LAST = dt.time(19, 0)


@dataclass(frozen=True)
class Column:
    """One column: a room on a date. ``hours`` None = closed all day."""

    room: RoomRow
    day: DayInfo
    hours: Hours | None
    title: str
    subtitle: str

    @property
    def date(self) -> dt.date:
        return self.day.date


def grid_frame(rooms: list[RoomRow]) -> tuple[int, int, int]:
    """(first minute, last minute, step) that show every room's hours on any weekday,
    an hour either side, on the smallest slot of the rooms."""
    opens = [minutes_of(h.opens) for room in rooms for h in room.hours.values()]
    closes = [minutes_of(h.closes) for room in rooms for h in room.hours.values()]
    if not opens:
        first, last = minutes_of(DEFAULT_FIRST), minutes_of(DEFAULT_LAST)
    else:
        first = max(0, (min(opens) // 60 - 1) * 60)
        last = min(24 * 60, (-(-max(closes) // 60) + 1) * 60)
    slots = [room.slot_minutes for room in rooms if room.slot_minutes > 0]
    step = min(slots) if slots else DEFAULT_STEP
    step = max(5, min(step, 60))
    while (last - first) % step:
        last += 5
    return first, last, step


class CalendarGrid(GridInput, GridPainting, QWidget):
    """Columns of bookings over a time axis (see the module docstring)."""

    booking_clicked = Signal(int)  # open this booking
    range_activated = Signal(int, object, object)  # room id, start, end: book it
    current_booking_changed = Signal(object)  # booking id under the cursor, or None
    selection_changed = Signal()
    page_requested = Signal(int)  # -1 previous, +1 next
    context_requested = Signal(object, QPoint)  # booking id or None, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._columns: list[Column] = []
        self._bookings: list[list[BookingRow]] = []
        self._first, self._last, self._step = (
            minutes_of(DEFAULT_FIRST),
            minutes_of(DEFAULT_LAST),
            30,
        )
        self._now = dt.datetime.now()
        self._cursor = (0, 0)
        self._anchor: int | None = None  # selection anchor row, in the cursor column
        self._selection: tuple[int, int, int] | None = None  # column, first row, last row
        self._dragging = False
        self._pressed_booking: int | None = None
        self._pending_cell: tuple[int, int] | None = None
        self._current_booking: int | None = None
        self._empty_text = ""

    # --- content ---------------------------------------------------------------------

    def set_columns(
        self,
        columns: list[Column],
        bookings: list[BookingRow],
        now: dt.datetime,
        frame: tuple[int, int, int] | None = None,
    ) -> None:
        """Shows ``columns`` and the bookings that fall in them (by room and date)."""
        keep_cursor = self._cursor
        self._columns = list(columns)
        self._now = now
        self._first, self._last, self._step = frame or grid_frame([c.room for c in columns])
        self._bookings = [
            [
                b
                for b in bookings
                if b.room_id == column.room.id and b.starts_at.date() == column.date
            ]
            for column in self._columns
        ]
        col = min(keep_cursor[0], max(len(self._columns) - 1, 0))
        row = min(keep_cursor[1], max(self.row_count() - 1, 0))
        self._cursor = (col, row)
        self._selection = (col, row, row) if self._columns else None
        self._anchor = None
        self._dragging = False
        self.updateGeometry()
        self._update_current_booking()
        self.selection_changed.emit()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def bookings_in(self, column: int) -> list[BookingRow]:
        return list(self._bookings[column])

    def all_bookings(self) -> list[BookingRow]:
        return [b for column in self._bookings for b in column]

    def booking(self, booking_id: int) -> BookingRow | None:
        for b in self.all_bookings():
            if b.id == booking_id:
                return b
        return None

    def row_count(self) -> int:
        return max((self._last - self._first) // self._step, 1)

    def step_minutes(self) -> int:
        return self._step

    def frame(self) -> tuple[dt.time, dt.time]:
        return time_at(self._first), time_at(self._last)

    # --- geometry --------------------------------------------------------------------

    def _fm(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def header_height(self) -> int:
        return self._fm().height() * 2 + 14

    def gutter_width(self) -> int:
        return self._fm().horizontalAdvance("00:00") + 18

    def row_height(self) -> float:
        body = self.height() - self.header_height()
        return max(float(MIN_ROW), body / self.row_count())

    def column_width(self) -> float:
        count = max(len(self._columns), 1)
        return max(1.0, (self.width() - self.gutter_width()) / count)

    def sizeHint(self) -> QSize:
        count = max(len(self._columns), 1)
        return QSize(
            self.gutter_width() + count * 150, self.header_height() + self.row_count() * COMFORT_ROW
        )

    def minimumSizeHint(self) -> QSize:
        count = max(len(self._columns), 1)
        return QSize(
            self.gutter_width() + count * MIN_COLUMN,
            self.header_height() + self.row_count() * MIN_ROW,
        )

    def _y(self, minutes: float) -> float:
        return self.header_height() + (minutes - self._first) / self._step * self.row_height()

    def _x(self, column: int) -> float:
        return self.gutter_width() + column * self.column_width()

    def _column_rect(self, column: int) -> QRectF:
        top = float(self.header_height())
        return QRectF(self._x(column), top, self.column_width(), self._y(self._last) - top)

    def _span_rect(self, column: int, start: float, end: float) -> QRectF:
        start, end = max(start, self._first), min(end, self._last)
        top, bottom = self._y(start), self._y(end)
        return QRectF(self._x(column), top, self.column_width(), max(bottom - top, 0.0))

    def _row_minutes(self, row: int) -> int:
        return self._first + row * self._step

    def _booking_rect(self, column: int, b: BookingRow) -> QRectF:
        start = b.starts_at.hour * 60 + b.starts_at.minute
        end = b.ends_at.hour * 60 + b.ends_at.minute
        rect = self._span_rect(column, start, end)
        return rect.adjusted(3, 1, -3, -1)

    def booking_rect(self, booking_id: int) -> QRect:
        """Where a booking's block is drawn (tests click it)."""
        for column, rows in enumerate(self._bookings):
            for b in rows:
                if b.id == booking_id:
                    return self._booking_rect(column, b).toAlignedRect()
        return QRect()

    def cell_rect(self, column: int, at: dt.time) -> QRect:
        """The cell of ``column`` that holds time ``at``."""
        row = self._row_at_minutes(minutes_of(at))
        minutes = self._row_minutes(row)
        return self._span_rect(column, minutes, minutes + self._step).toAlignedRect()

    def _row_at_minutes(self, minutes: int) -> int:
        return max(0, min((minutes - self._first) // self._step, self.row_count() - 1))

    def _cell_at(self, pos: QPoint | QPointF) -> tuple[int, int] | None:
        x, y = pos.x(), pos.y()
        if not self._columns or x < self.gutter_width() or y < self.header_height():
            return None
        column = int((x - self.gutter_width()) // self.column_width())
        row = int((y - self.header_height()) // self.row_height())
        if not (0 <= column < len(self._columns) and 0 <= row < self.row_count()):
            return None
        return column, row

    def _booking_at(self, pos: QPoint | QPointF) -> BookingRow | None:
        point = QPointF(pos)
        for column, rows in enumerate(self._bookings):
            # Later (and live) bookings are drawn last, so they win a hit test.
            for b in reversed(self._draw_order(rows)):
                if self._booking_rect(column, b).contains(point):
                    return b
        return None

    @staticmethod
    def _draw_order(rows: list[BookingRow]) -> list[BookingRow]:
        return sorted(rows, key=lambda b: (b.status != CANCELLED, b.starts_at))

    # --- cells: free or taken --------------------------------------------------------

    def _cell_span(self, column: int, row: int) -> tuple[dt.datetime, dt.datetime]:
        date = self._columns[column].date
        start = self._row_minutes(row)
        return (
            dt.datetime.combine(date, time_at(start)),
            dt.datetime.combine(date, dt.time()) + dt.timedelta(minutes=start + self._step),
        )

    def booking_in_cell(self, column: int, row: int) -> BookingRow | None:
        """The live booking (its buffer included) that takes part of this cell."""
        if not (0 <= column < len(self._bookings)):
            return None
        start, end = self._cell_span(column, row)
        for b in self._bookings[column]:
            if b.status != CANCELLED and b.starts_at < end and b.ends_at > start:
                return b
        return None

    def _taken(self, column: int, row: int) -> bool:
        start, end = self._cell_span(column, row)
        return any(
            b.status != CANCELLED and b.starts_at < end and b.blocked_until > start
            for b in self._bookings[column]
        )

    def first_open_slot(self) -> tuple[int, dt.time] | None:
        """The first cell (by time, then column) that can be booked: open hours, not
        taken, not past."""
        found: list[tuple[int, int]] = []
        for c, col in enumerate(self._columns):
            if col.hours is None:
                continue
            opens, closes = minutes_of(col.hours.opens), minutes_of(col.hours.closes)
            for r in range(self.row_count()):
                start = self._cell_span(c, r)[0]
                minutes = self._row_minutes(r)
                if minutes < opens or minutes + self._step > closes or start < self._now:
                    continue
                if not self._taken(c, r):
                    found.append((r, c))
                    break
        if not found:
            return None
        row, column = min(found)
        return column, time_at(self._row_minutes(row))

    # --- cursor and selection --------------------------------------------------------

    def cursor_cell(self) -> tuple[int, int]:
        return self._cursor

    def cursor_time(self) -> dt.time:
        return time_at(self._row_minutes(self._cursor[1]))

    def set_cursor(self, column: int, at: dt.time, extend: bool = False) -> None:
        """Moves the cursor to the cell of ``column`` holding ``at`` (tests; the tab)."""
        self._move_cursor(column, self._row_at_minutes(minutes_of(at)), extend)

    def select_range(self, column: int, start: dt.time, end: dt.time) -> None:
        """Selects the cells of ``column`` from ``start`` up to ``end``."""
        first = self._row_at_minutes(minutes_of(start))
        last = self._row_at_minutes(max(minutes_of(end) - 1, minutes_of(start)))
        self._cursor = (column, first)
        self._anchor = first
        self._move_cursor(column, last, extend=True)

    def select_booking(self, booking_id: int) -> bool:
        for column, rows in enumerate(self._bookings):
            for b in rows:
                if b.id == booking_id:
                    minutes = b.starts_at.hour * 60 + b.starts_at.minute
                    self._move_cursor(column, self._row_at_minutes(minutes), extend=False)
                    return True
        return False

    def selected_range(self) -> tuple[int, dt.datetime, dt.datetime] | None:
        """(room id, start, end) of the selected cells."""
        if self._selection is None or not self._columns:
            return None
        column, first, last = self._selection
        start, _ = self._cell_span(column, first)
        _, end = self._cell_span(column, last)
        return self._columns[column].room.id, start, end

    def selected_column(self) -> Column | None:
        if self._selection is None or not self._columns:
            return None
        return self._columns[self._selection[0]]

    def current_booking(self) -> BookingRow | None:
        """The booking under the cursor (a single-cell selection), if any."""
        if self._current_booking is None:
            return None
        return self.booking(self._current_booking)

    def _move_cursor(self, column: int, row: int, extend: bool) -> None:
        if not self._columns:
            return
        column = max(0, min(column, len(self._columns) - 1))
        row = max(0, min(row, self.row_count() - 1))
        if extend and column == self._cursor[0]:
            anchor = self._anchor if self._anchor is not None else self._cursor[1]
            row = self._clamp_to_free(column, anchor, row)
            self._anchor = anchor
            self._selection = (column, min(anchor, row), max(anchor, row))
        else:
            self._anchor = None
            self._selection = (column, row, row)
        self._cursor = (column, row)
        self._update_current_booking()
        self.selection_changed.emit()
        self.update()

    def _clamp_to_free(self, column: int, anchor: int, row: int) -> int:
        """A stretched range stops before a booking (the anchor itself may be taken)."""
        if self._taken(column, anchor):
            return anchor
        step = 1 if row >= anchor else -1
        last = anchor
        for r in range(anchor + step, row + step, step):
            if self._taken(column, r):
                break
            last = r
        return last

    def _update_current_booking(self) -> None:
        booking = None
        if self._selection is not None and self._selection[1] == self._selection[2]:
            booking = self.booking_in_cell(self._cursor[0], self._cursor[1])
        booking_id = booking.id if booking is not None else None
        if booking_id != self._current_booking:
            self._current_booking = booking_id
            self.current_booking_changed.emit(booking_id)

    def activate(self) -> None:
        """Enter: open the booking under the cursor, or book the selected range."""
        booking = self.current_booking()
        if booking is not None:
            self.booking_clicked.emit(booking.id)
            return
        chosen = self.selected_range()
        if chosen is not None:
            self.range_activated.emit(*chosen)

    # --- texts -------------------------------------------------------------------------

    def tooltip_text(self, b: BookingRow) -> str:
        lines = [
            f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}  {labels.what(b)}",
            f"{b.room_name} · {labels.status(b.status)}",
        ]
        if not b.hidden:
            if b.requester_name:
                lines.append(f"{b.requester_name}  {b.requester_mobile}".strip())
            if b.handled_by:
                lines.append(self.tr("Handled by: {name}").format(name=b.handled_by))
            if b.cancel_reason:
                lines.append(self.tr("Reason: {reason}").format(reason=b.cancel_reason))
        lines.append(b.booking_no)
        return "\n".join(lines)

    def block_lines(self, b: BookingRow) -> list[str]:
        """What a booking's block says, most important first (clipped to its height)."""
        lines = [labels.what(b), f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"]
        if not b.hidden and b.requester_name:
            lines[1] += f" · {b.requester_name}"
        extra = []
        if b.status != BOOKED or b.hidden:
            extra.append(labels.status(b.status))
        if b.private and not b.hidden:
            extra.append(self.tr("Private"))
        if extra and not (b.hidden and b.status == BOOKED):
            lines.append(" · ".join(extra))
        return lines

    def block_text(self, booking_id: int) -> str:
        """Every line a booking's block would show (tests)."""
        b = self.booking(booking_id)
        return "\n".join(self.block_lines(b)) if b is not None else ""


__all__ = ["CalendarGrid", "Column", "grid_frame"]
