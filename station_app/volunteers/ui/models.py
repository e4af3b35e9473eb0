"""Table models of the volunteer tab: small lists (a month's activities, a shift's
roster and candidates, a volunteer's years and history) held whole; the volunteer
list comes in batches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from station_app.core.i18n import translate
from station_app.volunteers import labels
from station_app.volunteers.service import VolunteerService
from station_app.volunteers.types import (
    ActivityRow,
    CandidateRow,
    HistoryRow,
    RosterLine,
    ShiftRow,
    VolunteerFilter,
    VolunteerRow,
    YearHours,
)
from station_app.widgets.table_model import (
    CENTER,
    RIGHT,
    BatchedTableModel,
    Column,
    ListTableModel,
    column,
)

WARN = QColor("#b35900")
GOOD = QColor("#2e7d32")
MUTED = QColor("#888888")
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def filled_text(filled: int, places: int) -> str:
    return f"{filled}/{places}"


def _status_colour(row: ActivityRow | ShiftRow) -> QColor | None:
    if row.filled > row.places:
        return WARN
    if row.places and row.filled == row.places:
        return GOOD
    return None


def _span(row: ActivityRow | ShiftRow | HistoryRow) -> str:
    return labels.fmt_span(row.starts_at, row.ends_at)


def _filled(row: ActivityRow | ShiftRow) -> str:
    return filled_text(row.filled, row.places)


def _hours_if_attended(row: HistoryRow) -> str:
    return labels.fmt_hours(row.hours) if row.status == "attended" else ""


# --- the columns several lists show -------------------------------------------------------


def span_column(title: str) -> Column:
    """When it takes place (an activity's or a shift's start and end)."""
    return column(title, _span, "2026-03-05 09:00–11:30")


def activity_column(field: str, sample: str) -> Column:
    """The activity's title, taking the room the other columns leave."""
    return column(translate("VolunteersTab", "Activity"), field, sample, stretch=True)


def hours_column(sample: str = "88.88") -> Column:
    """The hours (two decimals), right-aligned."""
    return column(
        translate("VolunteersTab", "Hours"), "hours", sample, RIGHT, show=labels.fmt_hours
    )


class ActivityModel(ListTableModel[ActivityRow]):
    DATE, TITLE, KIND, TEAM, FILLED = range(5)

    def __init__(self, parent: Any = None) -> None:
        team = lambda r: r.team_name or labels.tr(labels.WHOLE_BRIGADE)  # noqa: E731
        columns = [
            span_column(translate("VolunteersTab", "Date")),
            activity_column("title", "社区公园清洁行动（春季）"),
            column(
                translate("VolunteersTab", "Kind"), "kind", "Neighbourhood watch", show=labels.kind
            ),
            column(translate("VolunteersTab", "Team"), team, "太平桥西里社区工会志愿者服务分队"),
            column(translate("VolunteersTab", "Filled"), _filled, "888/888", CENTER),
        ]
        super().__init__(columns, parent, tooltips=True)

    def _extra_data(self, row: ActivityRow, column: int, role: int) -> Any:
        if role == FOREGROUND and column == self.FILLED:
            return _status_colour(row)
        return None


class ShiftModel(ListTableModel[ShiftRow]):
    TIME, ROLE, HOURS, FILLED, ATTENDED = range(5)

    def __init__(self, parent: Any = None) -> None:
        columns = [
            span_column(translate("VolunteersTab", "Time")),
            column(translate("VolunteersTab", "Role"), "role", "Publicity stand", stretch=True),
            hours_column(),
            column(translate("VolunteersTab", "Filled"), _filled, "888/888", CENTER),
            column(translate("VolunteersTab", "Attended"), "attended", "888", CENTER),
        ]
        super().__init__(columns, parent, tooltips=True)

    def _extra_data(self, row: ShiftRow, column: int, role: int) -> Any:
        if role != FOREGROUND or column != self.FILLED:
            return None
        # A shift of no places is full at once (green), unlike an activity.
        return GOOD if row.filled == row.places else _status_colour(row)


def roster_note(row: RosterLine) -> str:
    notes = []
    if row.override_reason:
        notes.append(
            translate("VolunteersTab", "Overlap allowed: {reason}").format(
                reason=row.override_reason
            )
        )
    if row.hours_reason:
        notes.append(translate("VolunteersTab", "Hours: {reason}").format(reason=row.hours_reason))
    return "; ".join(notes)


class RosterModel(ListTableModel[RosterLine]):
    NAME, TEAM, MOBILE, STATUS, HOURS, NOTE = range(6)

    def __init__(self, parent: Any = None) -> None:
        columns = [
            column(translate("VolunteersTab", "Name"), "name", "欧阳明明", whole=True),
            column(translate("VolunteersTab", "Team"), "team_name", "太平桥社区分队"),
            column(translate("VolunteersTab", "Mobile"), "mobile", "138****5678"),
            column(translate("VolunteersTab", "Status"), "status", "Attended", show=labels.status),
            hours_column(),
            column(translate("VolunteersTab", "Note"), roster_note, "Override", stretch=True),
        ]
        super().__init__(columns, parent)

    def _row_id(self, row: RosterLine) -> int:
        return row.assignment_id

    def _tooltip(self, row: RosterLine, column: int) -> str | None:
        return roster_note(row) or None  # the note, whichever cell is pointed at

    def _extra_data(self, row: RosterLine, column: int, role: int) -> Any:
        if role != FOREGROUND:
            return None
        if column == self.STATUS:
            return {"attended": GOOD, "absent": WARN}.get(row.status)
        if column == self.NOTE and row.override_reason:
            return WARN
        return None


def free_text(row: CandidateRow) -> str:
    if row.on_shift:
        return translate("VolunteersTab", "On this shift")
    text = translate("VolunteersTab", "Free") if row.free else translate("VolunteersTab", "Busy")
    if not row.available:
        text = translate("VolunteersTab", "{state} (usually not)").format(state=text)
    return text


class CandidateModel(ListTableModel[CandidateRow]):
    NAME, TEAM, SKILLS, HOURS, FREE = range(5)

    def __init__(self, parent: Any = None) -> None:
        hours = lambda r: labels.fmt_hours(r.hours_this_year)  # noqa: E731
        columns = [
            column(translate("VolunteersTab", "Name"), "name", "欧阳明明", whole=True),
            column(translate("VolunteersTab", "Team"), "team_name", "太平桥社区分队"),
            column(translate("VolunteersTab", "Skills"), "skills", "宣传、急救", stretch=True),
            column(translate("VolunteersTab", "Hours this year"), hours, "888.88", RIGHT),
            column(translate("VolunteersTab", "Free?"), free_text, "Busy (usually not)"),
        ]
        super().__init__(columns, parent, tooltips=True)

    def _row_id(self, row: CandidateRow) -> int:
        return row.volunteer_id

    def _extra_data(self, row: CandidateRow, column: int, role: int) -> Any:
        if role != FOREGROUND:
            return None
        if row.on_shift:
            return MUTED
        if column == self.FREE:
            return GOOD if row.free and row.available else WARN
        return None


class YearModel(ListTableModel[YearHours]):
    """A volunteer's shifts and hours, year by year."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            column(translate("VolunteersTab", "Year"), "year", "2026"),
            column(translate("VolunteersTab", "Shifts attended"), "attended", "888", RIGHT),
            hours_column("888.88"),
        ]
        super().__init__(columns, parent, tooltips=True)

    def _row_id(self, row: YearHours) -> int:
        return row.year


class HistoryModel(ListTableModel[HistoryRow]):
    """A volunteer's shifts, one line each: the activity, the role, how it went."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            span_column(translate("VolunteersTab", "Date")),
            activity_column("activity_title", "社区公园清洁行动"),
            column(translate("VolunteersTab", "Role"), "role", "签到"),
            column(
                translate("VolunteersTab", "Status"),
                "status",
                "Attended",
                CENTER,
                show=labels.status,
            ),
            column(translate("VolunteersTab", "Hours"), _hours_if_attended, "88.88", RIGHT),
        ]
        super().__init__(columns, parent, tooltips=True)

    def _row_id(self, row: HistoryRow) -> int:
        return row.assignment_id


class VolunteerModel(BatchedTableModel[VolunteerRow]):
    """The volunteer list, in batches, by name (the service's order)."""

    NAME, MOBILE, TEAM, SKILLS, AVAILABILITY, JOINED = range(6)

    def __init__(self, service: VolunteerService, parent: Any = None) -> None:
        free = lambda r: labels.availability_text(r.availability)  # noqa: E731
        columns = [
            column(translate("VolunteersTab", "Name"), "name", "欧阳明明", whole=True),
            column(translate("VolunteersTab", "Mobile"), "mobile", "138****5678"),
            column(translate("VolunteersTab", "Team"), "team_name", "太平桥社区分队"),
            column(translate("VolunteersTab", "Skills"), "skills", "宣传、调解、急救"),
            column(
                translate("VolunteersTab", "Usually free"), free, "Mon morning, Sat", stretch=True
            ),
            column(
                translate("VolunteersTab", "Joined"),
                "joined_on",
                "2026-03-05",
                show=labels.fmt_date,
            ),
        ]
        super().__init__(columns, parent=parent)
        self.service = service
        self.filter = VolunteerFilter()

    def set_filter(self, f: VolunteerFilter) -> None:
        self.filter = f
        self.refresh()

    def _reload(self, order_by: str, descending: bool) -> int:
        return self.service.count_volunteers(self.filter)

    def _fetch(self, offset: int, limit: int) -> list[VolunteerRow]:
        return self.service.list_volunteers(self.filter, offset, limit)

    def _extra_data(self, row: VolunteerRow, column: int, role: int) -> Any:
        if role == FOREGROUND and not row.active:
            return MUTED
        return None
