"""The people a desk search found, with their state in the chosen campaign.

A search may match thousands (a surname, a few digits): the model knows how many match
in all (:meth:`CandidatesModel.total`) and reads them a batch at a time as the view
scrolls (``canFetchMore``/``fetchMore``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.welfare.types import (
    NOT_ELIGIBLE,
    NOT_ON_LIST,
    ON_LIST,
    REMOVED,
    SERVED,
    HandoutCandidate,
)

COL_NAME, COL_MEMBER_NO, COL_ID, COL_MOBILE, COL_UNIT, COL_STATE = range(6)
CONTEXT = "WelfareHandout"

STATE_COLOURS = {
    ON_LIST: "#1e7e34",
    SERVED: "#6c757d",
    REMOVED: "#c0392b",
    NOT_ON_LIST: "#b9770e",
    NOT_ELIGIBLE: "#c0392b",
}

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[HandoutCandidate]]  # (offset, limit) -> one batch
BATCH = 50


def state_text(c: HandoutCandidate) -> str:
    """One line: on the list / handed out when, by whom / not eligible (why)."""
    if c.state == ON_LIST:
        return QCoreApplication.translate("WelfareHandout", "On the list, not collected yet")
    if c.state == SERVED:
        when = c.handed_out_at.strftime("%Y-%m-%d %H:%M") if c.handed_out_at else ""
        return QCoreApplication.translate(
            "WelfareHandout", "Already handed out on {time} by {operator}"
        ).format(time=when, operator=c.handed_out_by)
    why = "；".join(n.message() for n in c.reasons)
    if c.state == REMOVED:
        return QCoreApplication.translate("WelfareHandout", "Taken off the list: {why}").format(
            why=why
        )
    if c.state == NOT_ON_LIST:
        return QCoreApplication.translate("WelfareHandout", "Not on the list: {why}").format(
            why=why
        )
    return QCoreApplication.translate("WelfareHandout", "Not eligible: {why}").format(why=why)


def headers() -> list[str]:
    return [
        QCoreApplication.translate("WelfareHandout", "Name"),
        QCoreApplication.translate("WelfareHandout", "Member no."),
        QCoreApplication.translate("WelfareHandout", "ID number"),
        QCoreApplication.translate("WelfareHandout", "Mobile"),
        QCoreApplication.translate("WelfareHandout", "Employer / community"),
        QCoreApplication.translate("WelfareHandout", "State"),
    ]


class CandidatesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HandoutCandidate] = []
        self._headers = headers()
        self._total = 0
        self._fetch: Fetch | None = None
        self.batch_size = BATCH

    def set_rows(self, rows: list[HandoutCandidate]) -> None:
        """Show these rows, and nothing more to fetch."""
        self.set_search(len(rows), None)
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_search(self, total: int, fetch: Fetch | None) -> None:
        """A new search: ``total`` people match; the first batch is read now."""
        self.beginResetModel()
        self._total, self._fetch = total, fetch
        self._rows = fetch(0, min(self.batch_size, total)) if fetch and total else []
        if len(self._rows) < min(self.batch_size, total):
            self._fetch = None  # fewer than counted (changed meanwhile): stop here
        self.endResetModel()

    def total(self) -> int:
        """How many people the search matches; ``rowCount()`` is how many are read."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        offset = len(self._rows)
        wanted = min(self.batch_size, self._total - offset)
        rows = self._fetch(offset, wanted)
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < wanted:
            self._fetch = None

    def candidate(self, row: int) -> HandoutCandidate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def candidates(self) -> list[HandoutCandidate]:
        return list(self._rows)

    def row_of(self, member_id: int) -> int:
        for i, c in enumerate(self._rows):
            if c.member_id == member_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.candidate(index.row())
        if c is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return c.name
            if col == COL_MEMBER_NO:
                return c.member_no
            if col == COL_ID:
                return c.id_number
            if col == COL_MOBILE:
                return c.mobile
            if col == COL_UNIT:
                return c.unit_name or c.community_name
            if col == COL_STATE:
                return state_text(c)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return QBrush(QColor(STATE_COLOURS.get(c.state, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE:
            return state_text(c)
        return None
