"""Activities page: a month's activities, the chosen one's shifts, and the chosen
shift's roster and candidates (:class:`ShiftPanel`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QStyle, QWidget

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.core.holidays import HolidayService
from station_app.volunteers import labels
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import ActivityService
from station_app.volunteers.types import ActivityRow, ShiftRow
from station_app.volunteers.ui.activity_calendar import ActivityCalendar
from station_app.volunteers.ui.activity_dialog import ActivityDialog
from station_app.volunteers.ui.common import HEADING_STYLE, SUBTLE_STYLE
from station_app.volunteers.ui.models import ActivityModel, ShiftModel
from station_app.volunteers.ui.shift_panel import ShiftPanel
from station_app.widgets.batched_table import DeskTableView, list_view
from station_app.widgets.chosen_row import choose_record, current_record, current_record_id
from station_app.widgets.desk_parts import arrow_button, label
from station_app.widgets.layout import STRETCH, button, hbox, panel, splitter, vbox

LEFT, RIGHT = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight


def _choose_quietly(view: DeskTableView, record_id: int) -> bool:
    """Choose the record again after its list was read anew, without telling the page
    (nothing else changed)."""
    selection = view.selectionModel()
    blocked = selection.blockSignals(True)
    try:
        return choose_record(view, record_id)
    finally:
        selection.blockSignals(blocked)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


class ActivitiesPage(QWidget):
    activity_changed = Signal(object)  # ActivityRow | None

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.views = VolunteerViews(context.db)
        self.activities = ActivityService(context.db)
        self.holidays = HolidayService(context.db)
        today = clock.today()
        self.year, self.month = today.year, today.month

        # --- month bar -----------------------------------------------------------------
        self.prev_button = arrow_button(
            LEFT,
            lambda: self.move_month(-1),
            name="previous_month",
            tip=self.tr("Previous month (Alt+Left)"),
        )
        self.next_button = arrow_button(
            RIGHT,
            lambda: self.move_month(1),
            name="next_month",
            tip=self.tr("Next month (Alt+Right)"),
        )
        self.month_label = label(name="month", style=HEADING_STYLE)
        self.month_label.setMinimumWidth(110)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.this_month_button = button(
            self.tr("This &month"), self.go_this_month, name="this_month"
        )
        self.new_button = button(
            self.tr("&New activity…"),
            self.new_activity,
            name="new_activity",
            tip=self.tr("New activity (Ctrl+N)"),
        )
        self.edit_button = button(
            self.tr("&Edit activity…"), self.edit_activity, name="edit_activity"
        )
        self.calendar_button = button(self.tr("&Calendar"), name="calendar_toggle")
        self.calendar_button.setCheckable(True)
        self.calendar_button.setToolTip(self.tr("Show the month as a list or as a calendar"))
        self.calendar_button.toggled.connect(self.show_calendar)
        self.month_summary = label(style=SUBTLE_STYLE)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.move_month(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.move_month(1))
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_activity)

        bar = hbox(
            self.prev_button,
            self.month_label,
            self.next_button,
            self.this_month_button,
            self.calendar_button,
            12,
            self.month_summary,
            STRETCH,
            self.new_button,
            self.edit_button,
        )
        self.bar = bar  # the tab adds its print buttons here

        # --- activities and shifts -----------------------------------------------------
        self.activity_model = ActivityModel(self)
        self.activity_view = list_view(
            self.activity_model,
            self.tr("No activities this month. Ctrl+N plans one."),
            "activities",
        )
        self.activity_view.selectionModel().currentRowChanged.connect(self._activity_chosen)
        self.activity_view.activated.connect(lambda _i: self.shift_view.setFocus())
        self.activity_view.doubleClicked.connect(lambda _i: self.edit_activity())

        self.activity_title = label(self.tr("Shifts"), name="activity_title", style=HEADING_STYLE)
        self.activity_details = label(style=SUBTLE_STYLE, wrap=True)
        self.shift_model = ShiftModel(self)
        self.shift_view = list_view(
            self.shift_model, self.tr("No shifts yet: edit the activity to add some."), "shifts"
        )
        self.shift_view.selectionModel().currentRowChanged.connect(self._shift_chosen)
        self.shift_view.activated.connect(lambda _i: self.panel.candidate_view_focus())

        self.panel = ShiftPanel(context)
        self.panel.changed.connect(self._counts_changed)

        self.calendar = ActivityCalendar()
        self.calendar.month_changed.connect(self._calendar_month)
        self.calendar.activity_chosen.connect(self.select_activity)
        self.month_views = QStackedWidget()
        self.month_views.addWidget(self.activity_view)
        self.month_views.addWidget(self.calendar)

        shifts_box = panel(self.activity_title, self.activity_details, (self.shift_view, 1))
        top = splitter(Qt.Orientation.Horizontal, [self.month_views, shifts_box], [620, 420])
        split = splitter(Qt.Orientation.Vertical, [top, self.panel], [300, 360])
        vbox(bar, (split, 1), parent=self)
        self.refresh()

    # --- the month ---------------------------------------------------------------------

    def move_month(self, delta: int) -> None:
        self.year, self.month = add_months(self.year, self.month, delta)
        self.refresh()

    def go_this_month(self) -> None:
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.refresh()

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def show_calendar(self, on: bool) -> None:
        """The month as a calendar (days with activities in bold) instead of the list."""
        if self.calendar_button.isChecked() != on:
            self.calendar_button.setChecked(on)  # comes back here through toggled
            return
        self.month_views.setCurrentWidget(self.calendar if on else self.activity_view)

    def _calendar_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.set_month(year, month)

    def refresh(self, keep_activity: int | None = None) -> None:
        current = keep_activity if keep_activity is not None else self.current_activity_id()
        self.month_label.setText(
            self.tr("{year}-{month:02d}").format(year=self.year, month=self.month)
        )
        rows = self.views.activities_in_month(self.year, self.month)
        self.activity_model.set_rows(rows)
        first = dt.date(self.year, self.month, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        self.calendar.set_month(self.year, self.month, rows, self.holidays.days(first, last))
        self.month_summary.setText(
            self.tr("{count} activities, {filled} of {places} places filled").format(
                count=len(rows),
                filled=sum(r.filled for r in rows),
                places=sum(r.places for r in rows),
            )
        )
        if not choose_record(self.activity_view, current, self._first_upcoming(rows)):
            self._show_activity(None)

    @staticmethod
    def _first_upcoming(rows: list[ActivityRow]) -> int:
        """The first activity not over yet, else the last (-1: none)."""
        now = clock.now()
        for i, row in enumerate(rows):
            if row.ends_at >= now:
                return i
        return len(rows) - 1

    # --- choosing ----------------------------------------------------------------------

    def current_activity(self) -> ActivityRow | None:
        return current_record(self.activity_view)

    def current_activity_id(self) -> int | None:
        return current_record_id(self.activity_view)

    def current_shift(self) -> ShiftRow | None:
        return current_record(self.shift_view)

    def select_activity(self, activity_id: int) -> bool:
        return choose_record(self.activity_view, activity_id)

    def select_shift(self, shift_id: int) -> bool:
        return choose_record(self.shift_view, shift_id)

    def _activity_chosen(self, *_args: object) -> None:
        self._show_activity(self.current_activity())

    def _show_activity(self, activity: ActivityRow | None, keep_shift: int | None = None) -> None:
        self.edit_button.setEnabled(activity is not None)
        if activity is None:
            self.activity_title.setText(self.tr("Shifts"))
            self.activity_details.clear()
            self.shift_model.set_rows([])
            self.panel.set_shift(None)
            self.activity_changed.emit(None)
            return
        self.activity_title.setText(activity.title)
        details = [
            labels.fmt_span(activity.starts_at, activity.ends_at),
            labels.kind(activity.kind),
        ]
        if activity.place:
            details.append(activity.place)
        details.append(activity.team_name or labels.tr(labels.WHOLE_BRIGADE))
        self.activity_details.setText(" · ".join(details))
        shifts = self.activities.shifts(activity.id)
        self.shift_model.set_rows(shifts)
        if not choose_record(self.shift_view, keep_shift, 0):
            self.panel.set_shift(None)
        self.activity_changed.emit(activity)

    def _shift_chosen(self, *_args: object) -> None:
        shift = self.current_shift()
        self.panel.set_shift(shift, self.current_activity_id())

    def _counts_changed(self) -> None:
        """A write on the shift: new filled counts above, same selection."""
        activity_id, shift = self.current_activity_id(), self.current_shift()
        self.activity_model.set_rows(self.views.activities_in_month(self.year, self.month))
        if activity_id is None or not _choose_quietly(self.activity_view, activity_id):
            self.refresh()
            return
        self.shift_model.set_rows(self.activities.shifts(activity_id))
        if shift is not None:
            _choose_quietly(self.shift_view, shift.id)

    # --- dialogs -----------------------------------------------------------------------

    def new_activity(self) -> None:
        today = clock.today()
        day = today if (today.year, today.month) == (self.year, self.month) else None
        day = day or dt.date(self.year, self.month, 1)
        self._run_dialog(ActivityDialog(self.context, None, day, self))

    def edit_activity(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is None:
            return
        self._run_dialog(ActivityDialog(self.context, activity_id, parent=self))

    def _run_dialog(self, dialog: ActivityDialog) -> None:
        dialog.exec()
        if dialog.activity_id is None:
            return
        try:
            row = self.activities.get_activity(dialog.activity_id)
        except DeskError:
            self.refresh()
            return
        self.year, self.month = row.starts_at.year, row.starts_at.month
        self.refresh(keep_activity=row.id)
        if dialog.notices:
            QMessageBox.information(self, dialog.windowTitle(), dialog.notices)

    def shutdown(self) -> None:
        self.panel.shutdown()
