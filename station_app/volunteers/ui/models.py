"""Table models of the volunteer tab: small lists (a month's activities, a shift's
roster and candidates) held whole; the volunteer list comes in batches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from station_app.volunteers import labels
from station_app.volunteers.service import VolunteerService
from station_app.volunteers.types import (
    ActivityRow,
    CandidateRow,
    RosterLine,
    ShiftRow,
    VolunteerFilter,
    VolunteerRow,
)
from station_app.widgets.table_model import (
    CENTER,
    LEFT,
    RIGHT,
    BatchedTableModel,
    Column,
    ListTableModel,
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


class ActivityModel(ListTableModel[ActivityRow]):
    DATE, TITLE, KIND, TEAM, FILLED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Date"),
                    None,
                    LEFT,
                    "2026-03-05 09:00–11:30",
                    value=lambda r: labels.fmt_span(r.starts_at, r.ends_at),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Activity"),
                    None,
                    LEFT,
                    "社区公园清洁行动（春季）",
                    stretch=True,
                    value=lambda r: r.title,
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Kind"),
                    None,
                    LEFT,
                    "Neighbourhood watch",
                    value=lambda r: labels.kind(r.kind),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥西里社区工会志愿者服务分队",
                    value=lambda r: r.team_name or labels.tr(labels.WHOLE_BRIGADE),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Filled"),
                    None,
                    CENTER,
                    "888/888",
                    value=lambda r: filled_text(r.filled, r.places),
                    tooltip=True,
                ),
            ],
            parent,
        )

    def _extra_data(self, row: ActivityRow, column: int, role: int) -> Any:
        if role == FOREGROUND and column == self.FILLED:
            return _status_colour(row)
        return None


class ShiftModel(ListTableModel[ShiftRow]):
    TIME, ROLE, HOURS, FILLED, ATTENDED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Time"),
                    None,
                    LEFT,
                    "2026-03-05 09:00–11:30",
                    value=lambda r: labels.fmt_span(r.starts_at, r.ends_at),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Role"),
                    None,
                    LEFT,
                    "Publicity stand",
                    stretch=True,
                    value=lambda r: r.role,
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Hours"),
                    None,
                    RIGHT,
                    "88.88",
                    value=lambda r: labels.fmt_hours(r.hours),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Filled"),
                    None,
                    CENTER,
                    "888/888",
                    value=lambda r: filled_text(r.filled, r.places),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Attended"),
                    None,
                    CENTER,
                    "888",
                    value=lambda r: str(r.attended),
                    tooltip=True,
                ),
            ],
            parent,
        )

    def _extra_data(self, row: ShiftRow, column: int, role: int) -> Any:
        if role != FOREGROUND or column != self.FILLED:
            return None
        # A shift of no places is full at once (green), unlike an activity.
        return GOOD if row.filled == row.places else _status_colour(row)


def roster_note(row: RosterLine) -> str:
    notes = []
    if row.override_reason:
        notes.append(
            QCoreApplication.translate("VolunteersTab", "Overlap allowed: {reason}").format(
                reason=row.override_reason
            )
        )
    if row.hours_reason:
        notes.append(
            QCoreApplication.translate("VolunteersTab", "Hours: {reason}").format(
                reason=row.hours_reason
            )
        )
    return "; ".join(notes)


class RosterModel(ListTableModel[RosterLine]):
    NAME, TEAM, MOBILE, STATUS, HOURS, NOTE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Name"),
                    None,
                    LEFT,
                    "欧阳明明",
                    value=lambda r: r.name,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                    value=lambda r: r.team_name,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Mobile"),
                    None,
                    LEFT,
                    "138****5678",
                    value=lambda r: r.mobile,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Status"),
                    None,
                    LEFT,
                    "Attended",
                    value=lambda r: labels.status(r.status),
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Hours"),
                    None,
                    RIGHT,
                    "88.88",
                    value=lambda r: labels.fmt_hours(r.hours),
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Note"),
                    None,
                    LEFT,
                    "Override",
                    stretch=True,
                    value=roster_note,
                ),
            ],
            parent,
        )

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
        return QCoreApplication.translate("VolunteersTab", "On this shift")
    text = (
        QCoreApplication.translate("VolunteersTab", "Free")
        if row.free
        else QCoreApplication.translate("VolunteersTab", "Busy")
    )
    if not row.available:
        text = QCoreApplication.translate("VolunteersTab", "{state} (usually not)").format(
            state=text
        )
    return text


class CandidateModel(ListTableModel[CandidateRow]):
    NAME, TEAM, SKILLS, HOURS, FREE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Name"),
                    None,
                    LEFT,
                    "欧阳明明",
                    value=lambda r: r.name,
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                    value=lambda r: r.team_name,
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Skills"),
                    None,
                    LEFT,
                    "宣传、急救",
                    stretch=True,
                    value=lambda r: r.skills,
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Hours this year"),
                    None,
                    RIGHT,
                    "888.88",
                    value=lambda r: labels.fmt_hours(r.hours_this_year),
                    tooltip=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Free?"),
                    None,
                    LEFT,
                    "Busy (usually not)",
                    value=free_text,
                    tooltip=True,
                ),
            ],
            parent,
        )

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


class VolunteerModel(BatchedTableModel[VolunteerRow]):
    """The volunteer list, in batches, by name (the service's order)."""

    NAME, MOBILE, TEAM, SKILLS, AVAILABILITY, JOINED = range(6)

    def __init__(self, service: VolunteerService, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Name"),
                    None,
                    LEFT,
                    "欧阳明明",
                    value=lambda r: r.name,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Mobile"),
                    None,
                    LEFT,
                    "138****5678",
                    value=lambda r: r.mobile,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                    value=lambda r: r.team_name,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Skills"),
                    None,
                    LEFT,
                    "宣传、调解、急救",
                    value=lambda r: r.skills,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Usually free"),
                    None,
                    LEFT,
                    "Mon morning, Sat",
                    stretch=True,
                    value=lambda r: labels.availability_text(r.availability),
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Joined"),
                    None,
                    LEFT,
                    "2026-03-05",
                    value=lambda r: labels.fmt_date(r.joined_on),
                ),
            ],
            parent=parent,
        )
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
