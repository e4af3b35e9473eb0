"""How the calendar grid answers the keyboard and the mouse, for :class:`CalendarGrid`:
the arrows move the cursor, Shift stretches a free range, Enter activates, PageUp/PageDown
and the menu key ask the tab; a drag selects, a click opens a booking, a double-click
books the range; a booking's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip


class GridInput:
    """keyPressEvent, the mouse events, the context menu and tooltips."""

    # --- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            super().keyPressEvent(event)  # the tab's shortcuts
            return
        column, row = self._cursor
        if key == Qt.Key.Key_Up:
            self._move_cursor(column, row - 1, shift)
        elif key == Qt.Key.Key_Down:
            self._move_cursor(column, row + 1, shift)
        elif key == Qt.Key.Key_Left:
            self._move_cursor(column - 1, row, False)
        elif key == Qt.Key.Key_Right:
            self._move_cursor(column + 1, row, False)
        elif key == Qt.Key.Key_Home:
            self._move_cursor(column, 0, shift)
        elif key == Qt.Key.Key_End:
            self._move_cursor(column, self.row_count() - 1, shift)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
        elif key == Qt.Key.Key_PageUp:
            self.page_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.page_requested.emit(1)
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            self._request_context(self.mapToGlobal(self._cursor_rect().center().toPoint()))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _cursor_rect(self) -> QRectF:
        column, row = self._cursor
        minutes = self._row_minutes(row)
        return self._span_rect(column, minutes, minutes + self._step)

    # --- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton:
            booking = self._booking_at(pos)
            cell = self._cell_at(pos)
            if booking is not None:
                self._pressed_booking = booking.id
                self.select_booking(booking.id)
            elif cell is not None:
                self._pressed_booking = None
                extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if not extend and self._in_selection(*cell) and self._selection_rows() > 1:
                    # Keep a stretched range under a click: a double-click books it,
                    # a drag from here starts a new one.
                    self._pending_cell = cell
                else:
                    self._pending_cell = None
                    self._move_cursor(cell[0], cell[1], extend)
                    if not extend:
                        self._anchor = cell[1]  # a drag stretches from here
                self._dragging = True
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton:
            booking = self._booking_at(pos)
            cell = self._cell_at(pos)
            if booking is not None:
                self.select_booking(booking.id)
            elif cell is not None and not self._in_selection(*cell):
                self._move_cursor(cell[0], cell[1], False)
            event.accept()
            return
        super().mousePressEvent(event)

    def _selection_rows(self) -> int:
        if self._selection is None:
            return 0
        return self._selection[2] - self._selection[1] + 1

    def _in_selection(self, column: int, row: int) -> bool:
        if self._selection is None:
            return False
        c, first, last = self._selection
        return c == column and first <= row <= last

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            y = pos.y() - self.header_height()
            row = int(y // self.row_height()) if y >= 0 else 0
            if self._pending_cell is not None:
                if row == self._pending_cell[1]:
                    return
                column, start = self._pending_cell
                self._pending_cell = None
                self._move_cursor(column, start, extend=False)
                self._anchor = start
            column = self._cursor[0]
            if row != self._cursor[1]:
                self._move_cursor(column, row, extend=True)
        hit = self._booking_at(pos)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if hit is not None else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            self._pending_cell = None
            pressed, self._pressed_booking = self._pressed_booking, None
            if pressed is not None:
                booking = self._booking_at(event.position())
                if booking is not None and booking.id == pressed:
                    self.booking_clicked.emit(pressed)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.position()
        cell = self._cell_at(pos)
        if self._booking_at(pos) is None and cell is not None:
            self._dragging = False
            self._pending_cell = None
            if not self._in_selection(*cell):
                self._move_cursor(cell[0], cell[1], extend=False)
            chosen = self.selected_range()
            if chosen is not None:
                self.range_activated.emit(*chosen)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self._request_context(event.globalPos())
        else:
            self._request_context(self.mapToGlobal(self._cursor_rect().center().toPoint()))
        event.accept()

    def _request_context(self, global_pos: QPoint) -> None:
        current = self.current_booking()
        self.context_requested.emit(current.id if current is not None else None, global_pos)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            booking = self._booking_at(event.pos())
            if booking is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(booking), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
