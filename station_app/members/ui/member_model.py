"""The member list as a table model: every matching id up front (the cheap spine:
100,000 ints), rows fetched 200 at a time as they are scrolled to, sorted by the
database, ID numbers and mobiles masked for everybody."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from station_app.core.i18n import translate
from station_app.members import labels
from station_app.members.models import MEMBER_STATUSES
from station_app.members.service import MemberService
from station_app.members.types import MemberFilter, MemberRow
from station_app.widgets.table_model import (
    CENTER,
    DEFAULT_BATCH,
    Column,
    FilteredTableModel,
    column,
)

(
    COL_MEMBER_NO,
    COL_NAME,
    COL_GENDER,
    COL_ID_NUMBER,
    COL_MOBILE,
    COL_UNIT,
    COL_COMMUNITY,
    COL_JOINED,
    COL_STATUS,
    COL_CATEGORIES,
) = range(10)

INACTIVE_COLOUR = QColor("#8a8f98")
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)  # compared as an int: asked of every cell


def _longest(texts: list[str]) -> str:
    return max(texts, key=len) if texts else ""


def member_columns() -> list[Column]:
    statuses = _longest([labels.status_label(s) for s in MEMBER_STATUSES])
    genders = _longest([labels.gender_label(g) for g in ("M", "F")])
    joined = dt.date.isoformat
    return [
        column(translate("MemberTableModel", "Member no."), "member_no", "TPQ202600000", sort=True),
        column(translate("MemberTableModel", "Name"), "name", "欧阳思远远", sort=True, whole=True),
        column(
            translate("MemberTableModel", "Gender"),
            "gender",
            genders,
            CENTER,
            show=labels.gender_label,
            sort=True,
        ),
        column(
            translate("MemberTableModel", "ID number"), "id_number", "110106********123X", sort=True
        ),
        column(translate("MemberTableModel", "Mobile"), "mobile", "138****56789", sort=True),
        column(
            translate("MemberTableModel", "Unit"),
            "unit_name",
            "北京华信科技有限公司",
            sort=True,
            stretch=True,
            tooltip=True,
        ),
        column(
            translate("MemberTableModel", "Community"),
            "community_name",
            "太平桥西里社区",
            sort=True,
        ),
        column(
            translate("MemberTableModel", "Join date"),
            "joined_on",
            "2026-12-31",
            show=joined,
            sort=True,
        ),
        column(
            translate("MemberTableModel", "Status"),
            "status",
            statuses,
            show=labels.status_label,
            sort=True,
        ),
        column(
            translate("MemberTableModel", "Categories"),
            labels.row_categories,
            "深度困难、快递员、农民工",
            tooltip=True,
        ),
    ]


class MemberTableModel(FilteredTableModel[MemberRow, MemberFilter]):
    """Rows are :class:`MemberRow` tuples, masked; ``set_filter`` runs a new search."""

    def __init__(
        self,
        service: MemberService,
        parent: Any = None,
        batch_size: int = DEFAULT_BATCH,
        sort_column: int = COL_MEMBER_NO,
        descending: bool = True,
    ) -> None:
        super().__init__(member_columns(), sort_column, descending, batch_size, parent)
        self.service = service
        self._filter = MemberFilter()
        self._ids: list[int] | None = []  # None: not read yet (see _reload)
        self._first_ids: list[int] = []
        self._newest = 0
        self._order = ("member_no", True)

    def member_id(self, row: int) -> int:
        return self.row_id(row)

    def refresh_member(self, member_id: int) -> bool:
        """Re-read one shown member in place (after an edit or a status change)."""
        index = self.index_of(member_id)
        if index is None:
            return False
        fresh = self.service.member_rows([member_id], masked=True)
        if not fresh:
            return False
        self.replace_row(index, fresh[0])
        return True

    # --- BatchedTableModel hooks ----------------------------------------------------

    def _reload(self, order_by: str, descending: bool) -> int:
        self._order = (order_by, descending)
        if self._filter == MemberFilter():
            # The whole list (the first screen): its count and first batch are enough to
            # show it; every id is read with the second batch.
            self._ids = None
            self._newest = self.service.newest_member_id()
            return self.service.count_members(self._filter)
        self._ids = self.service.member_ids(self._filter, order_by, descending)
        return len(self._ids)

    def _fetch(self, offset: int, limit: int) -> list[MemberRow]:
        if self._ids is None:
            if offset == 0:
                rows = self.service.list_members(self._filter, *self._order, 0, limit, masked=True)
                self._first_ids = [row.id for row in rows]
                return rows
            # The rows shown keep their places, and a member another desk registered
            # since they were read waits for the next refresh (as before: the list was
            # read whole at once), so that no row repeats or drops out.
            shown, newest = set(self._first_ids), self._newest
            ids = self.service.member_ids(self._filter, *self._order)
            self._ids = self._first_ids + [i for i in ids if i not in shown and i <= newest]
        return self.service.member_rows(self._ids[offset : offset + limit], masked=True)

    def _extra_data(self, row: MemberRow, column: int, role: int) -> Any:
        if role == _FOREGROUND and row.status != "active":
            return INACTIVE_COLOUR  # a colour paints as its brush (no QBrush: its enums cost ms)
        return None
