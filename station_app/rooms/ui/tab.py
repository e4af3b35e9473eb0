"""The room bookings tab (场室预约): the calendar (all rooms on a day, or one room's
week), what is selected and what can be done with it, printouts and exports, and
for administrators the holiday settings. What it does with the selection and with a
booking is in tab_bookings.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.rooms import labels
from station_app.rooms.service import BookingService, CalendarService, HolidayService, RoomService
from station_app.rooms.types import RoomRow
from station_app.rooms.ui import printing
from station_app.rooms.ui.booking_dialog import BookingDialog
from station_app.rooms.ui.calendar_grid import CalendarGrid, Column, grid_frame
from station_app.rooms.ui.common import (
    DONE_STYLE,
    column_subtitle,
    from_qdate,
    heading,
    holiday_notice,
    tab_title,
    to_qdate,
)
from station_app.rooms.ui.side_panel import Legend, SidePanel
from station_app.rooms.ui.tab_bookings import BookingActions
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import arrow_button, label, menu_button, named
from station_app.widgets.layout import STRETCH, button, fill, hbox, vbox
from station_app.widgets.list_page import bold_button
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.scanner import Scan

DAY, WEEK = "day", "week"
ONE_DAY = dt.timedelta(days=1)
LEFT, RIGHT = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight


def monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


class RoomsTab(BookingActions, QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.calendar = CalendarService(context.db)
        self.bookings = BookingService(context.db)
        self.holidays = HolidayService(context.db)
        self.room_service = RoomService(context.db)
        self.rooms: list[RoomRow] = []
        self.mode = DAY
        self.date = clock.today()
        self.dialog: BookingDialog | None = None
        self._loaded = False

        # --- toolbar ---------------------------------------------------------------------
        self.today_button = button(
            self.tr("&Today"), self.go_today, name="today", tip=self.tr("Today (Ctrl+T)")
        )
        self.prev_button = arrow_button(LEFT, lambda: self.step(-1), name="previous")
        self.next_button = arrow_button(RIGHT, lambda: self.step(1), name="next")
        self.date_edit = named(DateEdit(self.date), "date")
        self.date_edit.setToolTip(self.tr("Go to a date (Ctrl+F)"))
        self.day_button = button(self.tr("&Day"), lambda: self.set_mode(DAY), name="day_mode")
        self.week_button = button(self.tr("&Week"), lambda: self.set_mode(WEEK), name="week_mode")
        mode_group = QButtonGroup(self)
        for mode_button in (self.day_button, self.week_button):
            mode_button.setCheckable(True)
            mode_group.addButton(mode_button)
        self.day_button.setChecked(True)
        self.room_combo = named(QComboBox(), "week_room")
        self.show_cancelled = named(QCheckBox(self.tr("Show cancelled")), "show_cancelled")
        self.new_button = bold_button(self.tr("New booking (Ctrl+N)"), "new_booking")
        self.print_button, self.print_menu = menu_button(self.tr("&Print"), "print_menu", self)
        self.export_button, self.export_menu = menu_button(self.tr("E&xport"), "export_menu", self)
        self.holidays_button = button(self.tr("Ho&lidays…"), self.open_holidays, name="holidays")
        self.rooms_button = button(self.tr("R&ooms…"), self.open_rooms, name="rooms_settings")
        for admin_only in (self.holidays_button, self.rooms_button):
            admin_only.setVisible(self.actor.is_admin)
        self._build_menus()

        toolbar = hbox(
            self.today_button,
            self.prev_button,
            self.next_button,
            self.date_edit,
            8,
            self.day_button,
            self.week_button,
            self.room_combo,
            STRETCH,
            self.new_button,
        )
        toolbar.setSpacing(6)
        for word_button in (
            self.today_button,
            self.day_button,
            self.week_button,
            self.holidays_button,
            self.rooms_button,
        ):
            # As wide as the words, not the style's minimum: the tab must fit a small window.
            text = word_button.text().replace("&", "")
            word_button.setMinimumWidth(word_button.fontMetrics().horizontalAdvance(text) + 24)
        self.room_combo.setMinimumWidth(110)

        # --- heading, notice, status line -------------------------------------------------
        self.title_label = heading(name="view_title")
        self.status_label = label(name="status_line", style=DONE_STYLE, hidden=True)
        # A long sentence (an export's path) must not widen the tab.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(120)
        title_row = QHBoxLayout()
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(200)
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignRight)
        fill(
            title_row,
            8,
            self.show_cancelled,
            8,
            self.print_button,
            self.export_button,
            self.holidays_button,
            self.rooms_button,
        )
        self.notice_label = holiday_notice()

        # --- calendar and panel -----------------------------------------------------------
        self.grid = CalendarGrid()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.panel = SidePanel()
        legend = Legend()
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        body = hbox((self.scroll, 1), self.panel)
        layout = vbox(toolbar, title_row, self.notice_label, (body, 1), legend, parent=self)
        layout.setContentsMargins(8, 8, 8, 6)

        # --- wiring -----------------------------------------------------------------------
        self.date_edit.dateChanged.connect(self._date_picked)
        self.date_edit.entered.connect(self._date_entered)
        self.room_combo.activated.connect(lambda _i: self.refresh())
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(self.new_booking)
        self.grid.booking_clicked.connect(self.open_booking)
        self.grid.range_activated.connect(self.book_range)
        self.grid.selection_changed.connect(self._update_panel)
        self.grid.page_requested.connect(self.step)
        self.grid.context_requested.connect(self._context_menu)
        self.panel.book_clicked.connect(self._book_selection)
        self.panel.open_clicked.connect(lambda: self._with_current(self.open_booking))
        self.panel.check_in_clicked.connect(lambda: self._with_current(self.check_in))
        self.panel.complete_clicked.connect(lambda: self._with_current(self.complete))
        self.panel.no_show_clicked.connect(lambda: self._with_current(self.no_show))
        self.panel.cancel_clicked.connect(lambda: self._with_current(self.cancel_booking))
        self.panel.slip_clicked.connect(lambda: self._with_current(self.print_slip))
        shortcuts = (
            ("Ctrl+N", self.new_booking),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Ctrl+T", self.go_today),
            ("F5", self.refresh),
            ("Ctrl+P", self._show_print_menu),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.reload_rooms()
        self.refresh()

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.print_menu
        self.print_room_day = QAction(self.tr("Door sheet: this room, this day"), self)
        self.print_all_day = QAction(self.tr("Door sheet: all rooms, this day"), self)
        self.print_room_week = QAction(self.tr("Door sheet: this room, this week"), self)
        self.print_usage = QAction(self.tr("Monthly usage report"), self)
        self.print_usage_previous = QAction(self.tr("Monthly usage report, previous month"), self)
        for action in (self.print_room_day, self.print_all_day, self.print_room_week):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.print_usage)
        menu.addAction(self.print_usage_previous)
        self.print_room_day.triggered.connect(lambda: self.print_door_sheet(room=True))
        self.print_all_day.triggered.connect(lambda: self.print_door_sheet(room=False))
        self.print_room_week.triggered.connect(lambda: self.print_door_sheet(week=True))
        self.print_usage.triggered.connect(lambda: self.print_usage_report(0))
        self.print_usage_previous.triggered.connect(lambda: self.print_usage_report(-1))
        self.export_xlsx = QAction(self.tr("Bookings to Excel (.xlsx)…"), self)
        self.export_ics = QAction(self.tr("Bookings to a calendar file (.ics)…"), self)
        self.export_menu.addAction(self.export_xlsx)
        self.export_menu.addAction(self.export_ics)
        self.export_xlsx.triggered.connect(lambda: self.export(printing.XLSX))
        self.export_ics.triggered.connect(lambda: self.export(printing.ICS))
        self.print_menu.aboutToShow.connect(self._name_print_actions)

    def _name_print_actions(self) -> None:
        room = self.current_room()
        name = room.name if room is not None else ""
        self.print_room_day.setText(
            self.tr("Door sheet: {room}, {date}").format(room=name, date=f"{self.date:%m-%d}")
        )
        self.print_all_day.setText(
            self.tr("Door sheet: all rooms, {date}").format(date=f"{self.date:%m-%d}")
        )
        self.print_room_week.setText(self.tr("Door sheet: {room}, this week").format(room=name))
        self.print_usage.setText(
            self.tr("Monthly usage report, {month}").format(month=f"{self.date:%Y-%m}")
        )
        previous = self.date.replace(day=1) - ONE_DAY
        self.print_usage_previous.setText(
            self.tr("Monthly usage report, {month}").format(month=f"{previous:%Y-%m}")
        )

    def _show_print_menu(self) -> None:
        self.print_button.showMenu()

    # --- loading ---------------------------------------------------------------------------

    def reload_rooms(self) -> None:
        self.rooms = self.room_service.list_rooms()
        current = self.room_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for room in self.rooms:
            self.room_combo.addItem(room.name, room.id)
        index = self.room_combo.findData(current)
        self.room_combo.setCurrentIndex(max(index, 0))
        self.room_combo.blockSignals(False)

    def refresh(self) -> None:
        """Reads the view again (after a change, or when the tab is shown again)."""
        now = clock.now()
        include_cancelled = self.show_cancelled.isChecked()
        frame = grid_frame(self.rooms)
        self.room_combo.setVisible(self.mode == WEEK)
        if self.mode == WEEK:
            self.prev_button.setToolTip(self.tr("Previous week (Alt+←, PageUp)"))
            self.next_button.setToolTip(self.tr("Next week (Alt+→, PageDown)"))
        else:
            self.prev_button.setToolTip(self.tr("Previous day (Alt+←, PageUp)"))
            self.next_button.setToolTip(self.tr("Next day (Alt+→, PageDown)"))
        try:
            if self.mode == DAY:
                view = self.calendar.day_view(
                    self.actor, self.date, include_cancelled=include_cancelled
                )
                columns = [
                    Column(
                        rd.room,
                        view.day,
                        rd.hours,
                        rd.room.name,
                        column_subtitle(view.day, rd.hours, False),
                    )
                    for rd in view.rooms
                ]
                self.grid.set_columns(columns, list(view.bookings), now, frame)
                notice = view.notice or ""
                title = f"{labels.date_text(self.date)} · {labels.day_kind(view.day)}"
            else:
                room_id = self.room_combo.currentData()
                if room_id is None:
                    self.grid.set_columns([], [], now, frame)
                    self.grid.set_empty_text(self.tr("No room is in use."))
                    self.title_label.clear()
                    self.notice_label.hide()
                    self._update_panel()
                    return
                first = monday(self.date)
                week = self.calendar.week_view(
                    self.actor, int(room_id), first, include_cancelled=include_cancelled
                )
                columns = [
                    Column(
                        week.room,
                        wd.day,
                        wd.hours,
                        f"{labels.weekday(wd.day.date)} {wd.day.date:%m-%d}",
                        column_subtitle(wd.day, wd.hours, True),
                    )
                    for wd in week.days
                ]
                self.grid.set_columns(columns, list(week.bookings), now, frame)
                notice = "\n".join(week.notices)
                title = self.tr("{room} · week of {first} to {last}").format(
                    room=week.room.name,
                    first=f"{first:%Y-%m-%d}",
                    last=f"{first + 6 * ONE_DAY:%m-%d}",
                )
        except DeskError as error:
            QMessageBox.warning(self, tab_title(), error.message())
            return
        self.title_label.setText(title)
        self.notice_label.setText(notice)
        self.notice_label.setVisible(bool(notice))
        self._loaded = True
        self._update_panel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded and not event.spontaneous():
            self.say("")  # back from another tab: the last line was about then
            self.refresh()  # another desk may have booked meanwhile

    # --- navigation ------------------------------------------------------------------------

    def set_date(self, date: dt.date) -> None:
        if date != self.date:
            self.say("")  # another day: the last line was about the one before
        self.date = date
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(date))
        self.date_edit.blockSignals(blocked)
        self.refresh()

    def _date_picked(self) -> None:
        self.say("")
        self.date = from_qdate(self.date_edit.date())
        self.refresh()

    def _date_entered(self) -> None:
        """Enter in the date box (20261215, 12-15, 1215): that day, the cursor on its
        first open slot, in the grid (arrows, then Enter books)."""
        if not self.date_edit.commit_typing():
            return
        slot = self.grid.first_open_slot()
        if slot is not None:
            self.grid.set_cursor(*slot)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_today(self) -> None:
        self.set_date(clock.today())
        now = clock.now().time()
        column = self._today_column()
        self.grid.set_cursor(column, now)
        self.grid.setFocus()

    def _today_column(self) -> int:
        if self.mode == WEEK:
            return clock.today().weekday()
        return self.grid.cursor_cell()[0]

    def step(self, direction: int) -> None:
        days = 7 if self.mode == WEEK else 1
        self.set_date(self.date + direction * days * ONE_DAY)

    def set_mode(self, mode: str) -> None:
        cursor_time = self.grid.cursor_time()
        if mode == WEEK and self.mode == DAY:
            column = self.grid.selected_column()
            if column is not None:
                index = self.room_combo.findData(column.room.id)
                if index >= 0:
                    self.room_combo.setCurrentIndex(index)
        self.mode = mode
        self.day_button.setChecked(mode == DAY)
        self.week_button.setChecked(mode == WEEK)
        self.refresh()
        if mode == WEEK:
            self.grid.set_cursor(self.date.weekday(), cursor_time)
        else:
            self.grid.set_cursor(self.grid.cursor_cell()[0], cursor_time)

    def _show_booking(self, booking_id: int) -> None:
        booking = self.bookings.get(self.actor, booking_id).row
        if self.mode == DAY or booking.room_id == self.room_combo.currentData():
            self.set_date(booking.date)
        self.grid.select_booking(booking_id)

    def handle_scan(self, scan: Scan) -> str | None:
        """A card reader or a member's QR code: a new booking (for the slot chosen in the
        grid, if any) with that member as the requester."""
        self.new_booking()
        dialog = self.dialog
        if dialog is None:
            return None
        dialog.member.setFocus()  # the scan fills who it is for
        dialog.member.search_now(scan.text)
        if dialog.member.choose_first_match():
            # The member is there: the date and time are next (once the picker's list,
            # which takes the focus back as it closes, is gone).
            QTimer.singleShot(0, dialog.date.setFocus)
            return None
        return self.tr("No member has the number {number}.").format(number=scan.text)

    def focus_first(self) -> None:
        """Shown: the grid, where arrows choose a slot and Enter books it."""
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        """Ctrl+F: the date field, ready to type a date."""
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.selectAll()

    # --- the selection ---------------------------------------------------------------------

    def current_room(self) -> RoomRow | None:
        if self.mode == WEEK:
            room_id = self.room_combo.currentData()
            return next((r for r in self.rooms if r.id == room_id), None)
        column = self.grid.selected_column()
        return column.room if column is not None else (self.rooms[0] if self.rooms else None)

    # --- printing, exports, settings -------------------------------------------------------

    def print_slip(self, booking_id: int) -> PdfBuildJob | None:
        return printing.print_booking_slip(self, self.context, booking_id)

    def print_door_sheet(self, room: bool = True, week: bool = False) -> PdfBuildJob | None:
        current = self.current_room()
        if (room or week) and current is None:
            return None
        room_id = current.id if (room or week) and current is not None else None
        return printing.print_door_sheet(self, self.context, self.date, room_id, week)

    def print_usage_report(self, months_back: int = 0) -> PdfBuildJob:
        date = self.date.replace(day=1)
        if months_back:
            date = (date - ONE_DAY).replace(day=1)
        return printing.print_usage_report(self, self.context, date.year, date.month)

    def export(self, kind: str) -> None:
        first = self.date.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - ONE_DAY
        room = self.current_room() if self.mode == WEEK else None
        text = printing.export_bookings(
            self, self.context, kind, first, last, room.id if room is not None else None
        )
        if text:
            self.say(text)

    def open_holidays(self) -> None:
        from station_app.rooms.ui.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self.holidays, self.actor, self.date.year, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def open_rooms(self) -> None:
        from station_app.rooms.ui.rooms_dialog import RoomsDialog

        dialog = RoomsDialog(self.room_service, self.actor, self)
        dialog.exec()
        self.reload_rooms()
        self.refresh()


def create_tab(context: DeskContext) -> QWidget:
    return RoomsTab(context)
