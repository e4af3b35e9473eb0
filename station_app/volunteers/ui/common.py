"""Small helpers shared by the volunteer tab's pages and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from station_app.core.errors import DeskError
from station_app.members.types import Notice
from station_app.volunteers.types import TeamRow

HEADING_STYLE = "font-size: 15px; font-weight: 600;"
SUBTLE_STYLE = "color: #666;"
NOTICE_STYLE = "color: #b35900;"
DONE_STYLE = "color: #2e7d32;"


def tr(text: str) -> str:
    return QCoreApplication.translate("VolunteersTab", text)


def show_error(parent: QWidget, title: str, error: DeskError) -> None:
    QMessageBox.warning(parent, title, error.message())


def notices_text(notices: Iterable[Notice]) -> str:
    return "\n".join(n.message() for n in notices)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def team_label(team: TeamRow) -> str:
    return f"　{team.name}" if team.parent_id is not None else team.name


def fill_team_combo(
    combo: QComboBox, teams: Iterable[TeamRow], none_text: str | None, current: int | None = None
) -> None:
    """Teams, the brigade first and its squads indented; ``none_text`` as the first
    choice (data None) if given."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for team in teams:
        if team.active or team.id == current:
            combo.addItem(team_label(team), team.id)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
