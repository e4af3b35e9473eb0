"""The people a desk search found, with their state in the chosen campaign.

A search may match thousands (a surname, a few digits): the model knows how many match
in all (:meth:`CandidatesModel.total`) and reads them a batch at a time as the view
scrolls (``canFetchMore``/``fetchMore``); a search that found fewer than counted (rows
changed meanwhile) stops at what it found."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.welfare.types import (
    NOT_ELIGIBLE,
    NOT_ON_LIST,
    ON_LIST,
    REMOVED,
    SERVED,
    HandoutCandidate,
)
from station_app.widgets.table_model import BatchedTableModel, Column

COL_NAME, COL_MEMBER_NO, COL_ID, COL_MOBILE, COL_UNIT, COL_STATE = range(6)
CONTEXT = "WelfareHandout"

STATE_COLOURS = {
    ON_LIST: "#1e7e34",
    SERVED: "#6c757d",
    REMOVED: "#c0392b",
    NOT_ON_LIST: "#b9770e",
    NOT_ELIGIBLE: "#c0392b",
}

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


def _employer(c: HandoutCandidate) -> str:
    return c.unit_name or c.community_name


def columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("WelfareHandout", "Name"),
            None,
            sample="欧阳思远",
            value=lambda c: c.name,
            whole=True,
        ),
        Column(
            QCoreApplication.translate("WelfareHandout", "Member no."),
            None,
            value=lambda c: c.member_no,
        ),
        Column(
            QCoreApplication.translate("WelfareHandout", "ID number"),
            None,
            value=lambda c: c.id_number,
        ),
        Column(
            QCoreApplication.translate("WelfareHandout", "Mobile"), None, value=lambda c: c.mobile
        ),
        Column(
            QCoreApplication.translate("WelfareHandout", "Employer / community"),
            None,
            value=_employer,
        ),
        Column(
            QCoreApplication.translate("WelfareHandout", "State"),
            None,
            value=state_text,
            tooltip=True,
        ),
    ]


class CandidatesModel(BatchedTableModel[HandoutCandidate]):
    """The matches of one desk search, read ``batch_size`` at a time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(columns(), batch_size=BATCH, parent=parent)
        self._count = 0
        self._read: Fetch | None = None

    def set_search(self, total: int, fetch: Fetch | None) -> None:
        """A new search: ``total`` people match; the first batch is read now."""
        self._count, self._read = total, fetch
        self.refresh()

    def _reload(self, order_by: str, descending: bool) -> int:
        return self._count if self._read is not None else 0

    def _fetch(self, offset: int, limit: int) -> list[HandoutCandidate]:
        return self._read(offset, limit) if self._read is not None else []

    def _row_id(self, row: HandoutCandidate) -> int:
        return row.member_id

    def candidate(self, row: int) -> HandoutCandidate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def candidates(self) -> list[HandoutCandidate]:
        return self.rows()

    def row_of(self, member_id: int) -> int:
        index = self.index_of(member_id)
        return -1 if index is None else index

    def _extra_data(self, row: HandoutCandidate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return QBrush(QColor(STATE_COLOURS.get(row.state, "#000000")))
        return None
