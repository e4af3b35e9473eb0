"""Table models of the volunteer tab: small lists (a month's activities, a shift's
roster and candidates) held whole; the volunteer list comes in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView

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
from station_app.widgets.batched_table import (
    CENTER,
    LEFT,
    RIGHT,
    BatchedTableModel,
    Column,
    DeskTableView,
)

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARN = QColor("#b35900")
GOOD = QColor("#2e7d32")
MUTED = QColor("#888888")


class ListModel(QAbstractTableModel, Generic[R]):
    """A whole list of plain rows; subclasses say how a cell looks."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, index: int) -> R:
        return self._rows[index]

    def row_id(self, row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def index_of(self, record_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return i
        return None

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def foreground(self, row: R, column: int) -> QColor | None:
        return None

    def tooltip(self, row: R, column: int) -> str | None:
        return self.display(row, column) or None  # the whole text of an elided cell

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[column].align)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # shown in the service's order


def filled_text(filled: int, places: int) -> str:
    return f"{filled}/{places}"


class ActivityModel(ListModel[ActivityRow]):
    DATE, TITLE, KIND, TEAM, FILLED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Date"),
                    None,
                    LEFT,
                    "2026-03-05 09:00–11:30",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Activity"),
                    None,
                    LEFT,
                    "社区公园清洁行动（春季）",
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Kind"),
                    None,
                    LEFT,
                    "Neighbourhood watch",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥西里社区工会志愿者服务分队",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Filled"), None, CENTER, "888/888"
                ),
            ],
            parent,
        )

    def display(self, row: ActivityRow, column: int) -> str:
        if column == self.DATE:
            return labels.fmt_span(row.starts_at, row.ends_at)
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return labels.kind(row.kind)
        if column == self.TEAM:
            return row.team_name or labels.tr(labels.WHOLE_BRIGADE)
        return filled_text(row.filled, row.places)

    def foreground(self, row: ActivityRow, column: int) -> QColor | None:
        if column == self.FILLED:
            if row.filled > row.places:
                return WARN
            if row.places and row.filled == row.places:
                return GOOD
        return None


class ShiftModel(ListModel[ShiftRow]):
    TIME, ROLE, HOURS, FILLED, ATTENDED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("VolunteersTab", "Time"),
                    None,
                    LEFT,
                    "2026-03-05 09:00–11:30",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Role"),
                    None,
                    LEFT,
                    "Publicity stand",
                    stretch=True,
                ),
                Column(QCoreApplication.translate("VolunteersTab", "Hours"), None, RIGHT, "88.88"),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Filled"), None, CENTER, "888/888"
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Attended"), None, CENTER, "888"
                ),
            ],
            parent,
        )

    def display(self, row: ShiftRow, column: int) -> str:
        if column == self.TIME:
            return labels.fmt_span(row.starts_at, row.ends_at)
        if column == self.ROLE:
            return row.role
        if column == self.HOURS:
            return labels.fmt_hours(row.hours)
        if column == self.FILLED:
            return filled_text(row.filled, row.places)
        return str(row.attended)

    def foreground(self, row: ShiftRow, column: int) -> QColor | None:
        if column == self.FILLED and row.filled > row.places:
            return WARN
        if column == self.FILLED and row.filled == row.places:
            return GOOD
        return None


class RosterModel(ListModel[RosterLine]):
    NAME, TEAM, MOBILE, STATUS, HOURS, NOTE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("VolunteersTab", "Name"), None, LEFT, "欧阳明明"),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Mobile"), None, LEFT, "138****5678"
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Status"), None, LEFT, "Attended"
                ),
                Column(QCoreApplication.translate("VolunteersTab", "Hours"), None, RIGHT, "88.88"),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Note"),
                    None,
                    LEFT,
                    "Override",
                    stretch=True,
                ),
            ],
            parent,
        )

    def row_id(self, row: RosterLine) -> int:
        return row.assignment_id

    def display(self, row: RosterLine, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.TEAM:
            return row.team_name
        if column == self.MOBILE:
            return row.mobile
        if column == self.STATUS:
            return labels.status(row.status)
        if column == self.HOURS:
            return labels.fmt_hours(row.hours)
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

    def foreground(self, row: RosterLine, column: int) -> QColor | None:
        if column == self.STATUS:
            return {"attended": GOOD, "absent": WARN}.get(row.status)
        if column == self.NOTE and row.override_reason:
            return WARN
        return None

    def tooltip(self, row: RosterLine, column: int) -> str | None:
        return self.display(row, self.NOTE) or None


class CandidateModel(ListModel[CandidateRow]):
    NAME, TEAM, SKILLS, HOURS, FREE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("VolunteersTab", "Name"), None, LEFT, "欧阳明明"),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Skills"),
                    None,
                    LEFT,
                    "宣传、急救",
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Hours this year"),
                    None,
                    RIGHT,
                    "888.88",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Free?"),
                    None,
                    LEFT,
                    "Busy (usually not)",
                ),
            ],
            parent,
        )

    def row_id(self, row: CandidateRow) -> int:
        return row.volunteer_id

    def display(self, row: CandidateRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.TEAM:
            return row.team_name
        if column == self.SKILLS:
            return row.skills
        if column == self.HOURS:
            return labels.fmt_hours(row.hours_this_year)
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

    def foreground(self, row: CandidateRow, column: int) -> QColor | None:
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
                Column(QCoreApplication.translate("VolunteersTab", "Name"), None, LEFT, "欧阳明明"),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Mobile"), None, LEFT, "138****5678"
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Team"),
                    None,
                    LEFT,
                    "太平桥社区分队",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Skills"),
                    None,
                    LEFT,
                    "宣传、调解、急救",
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Usually free"),
                    None,
                    LEFT,
                    "Mon morning, Sat",
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("VolunteersTab", "Joined"), None, LEFT, "2026-03-05"
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

    def _display(self, row: VolunteerRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.MOBILE:
            return row.mobile
        if column == self.TEAM:
            return row.team_name
        if column == self.SKILLS:
            return row.skills
        if column == self.AVAILABILITY:
            return labels.availability_text(row.availability)
        return labels.fmt_date(row.joined_on)

    def _extra_data(self, row: VolunteerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return


def list_view(model: ListModel[Any], empty_text: str, name: str) -> DeskTableView:
    """A desk table for a whole-list model: columns sized from their samples, the
    stretching one taking the rest, no sort arrows (the service's order is kept)."""
    view = DeskTableView()
    view.setObjectName(name)
    view.setSortingEnabled(False)
    view.setModel(model)
    view.horizontalHeader().setSortIndicatorShown(False)
    view.set_empty_text(empty_text)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for i, column in enumerate(model.columns):
        text = metrics.horizontalAdvance(column.sample) if column.sample else 60
        title = metrics.horizontalAdvance(column.title) + 20
        header.resizeSection(i, max(text + 20, title))
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return view
