"""Small pieces the room dialogs and the tab share: errors beside fields across several
forms, label styles, date conversions, the tab's title and opening hours as text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from station_app.core.errors import DeskError
from station_app.core.holidays import ADJUSTED_WORKDAY, HOLIDAY, DayInfo
from station_app.rooms import labels
from station_app.rooms.types import Hours
from station_app.widgets.desk_parts import label
from station_app.widgets.form_errors import FormErrors

HINT_STYLE = "color: #5f6b7a;"
GOOD_STYLE = "color: #1e7e34;"
NOTICE_STYLE = (
    "background: #fff4e0; color: #7a4d00; border: 1px solid #f3d19c;"
    "border-radius: 4px; padding: 6px 10px;"
)
DONE_STYLE = (
    "background: #e9f7ef; color: #1e5631; border: 1px solid #a9dfbf;"
    "border-radius: 4px; padding: 4px 10px;"
)
HEADING_STYLE = "font-size: 15px; font-weight: bold;"


class FieldErrors:
    """Routes a refusal to the red label beside its field, over one or more forms
    (:class:`FormErrors` each); fields can be aliased (``ends_at`` → the time row)."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._forms: list[FormErrors] = []
        self._owner: dict[str, FormErrors] = {}
        self._aliases: dict[str, str] = {}
        self._main: FormErrors | None = None
        self._letters: set[str] = set()  # one Alt-letter each over all the forms

    def form(self, layout: QFormLayout) -> FormErrors:
        errors = FormErrors(
            layout, self.general if self._main is None else QLabel(), letters=self._letters
        )
        if self._main is None:
            self._main = errors
        self._forms.append(errors)
        return errors

    def add_field(
        self, errors: FormErrors, name: str, label: str, widget: QWidget, *aliases: str
    ) -> None:
        errors.add_field(name, label, widget)
        self._owner[name] = errors
        for alias in aliases:
            self._aliases[alias] = name

    def field_of(self, name: str | None) -> str:
        name = name or ""
        return self._aliases.get(name, name)

    def clear(self) -> None:
        for errors in self._forms:
            errors.clear()

    def show(self, error: DeskError) -> None:
        self.clear()
        name = self.field_of(error.field)
        owner = self._owner.get(name)
        if owner is None:
            assert self._main is not None
            self._main.clear()
            self.general.setText(error.message())
            self.general.show()
            return
        error_copy = DeskError(error.text, field=name, **error.params)
        error_copy.context = error.context
        owner.show(error_copy)

    def text(self, name: str) -> str:
        owner = self._owner.get(name)
        if owner is None:
            return self.general.text() if not self.general.isHidden() else ""
        return owner.text(name)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def tab_title() -> str:
    """The rooms tab's name, also the title of its message boxes."""
    return QCoreApplication.translate("MainWindow", "Room bookings")


def hours_text(hours: Hours | None) -> str:
    if hours is None:
        return QCoreApplication.translate("RoomsTab", "Closed")
    return f"{hours.opens:%H:%M}–{hours.closes:%H:%M}"


def column_subtitle(day: DayInfo, hours: Hours | None, with_kind: bool) -> str:
    """Under a column's title: its hours, or why it is closed."""
    if day.kind == HOLIDAY:
        return day.label() or labels.day_kind(day)
    if hours is None:
        return hours_text(None)
    if day.kind == ADJUSTED_WORKDAY and with_kind:
        return f"{labels.day_kind(day)} {hours_text(hours)}"
    return hours_text(hours)


def hint(text: str = "", name: str | None = None) -> QLabel:
    """Grey words that explain (wrapped)."""
    return label(text, name=name, style=HINT_STYLE, wrap=True)


def heading(text: str = "", name: str | None = None) -> QLabel:
    """A dialog's or a view's heading."""
    return label(text, name=name, style=HEADING_STYLE)


def holiday_notice() -> QLabel:
    """Where a date is chosen: the notice that its year has no arrangement (调休)
    entered, hidden until there is one."""
    return label(name="holiday_notice", style=NOTICE_STYLE, wrap=True, hidden=True)


__all__ = [
    "DONE_STYLE",
    "GOOD_STYLE",
    "HEADING_STYLE",
    "HINT_STYLE",
    "NOTICE_STYLE",
    "FieldErrors",
    "column_subtitle",
    "from_qdate",
    "from_qtime",
    "heading",
    "hint",
    "holiday_notice",
    "hours_text",
    "tab_title",
    "to_qdate",
    "to_qtime",
]
