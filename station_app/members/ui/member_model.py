"""The member list as a table model: every matching id up front (the cheap spine:
100,000 ints), rows fetched 200 at a time as they are scrolled to, sorted by the
database, ID numbers and mobiles masked for everybody."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.members.models import MEMBER_STATUSES
from station_app.members.service import MemberService
from station_app.members.types import MemberFilter, MemberRow
from station_app.members.ui import labels
from station_app.widgets.table_model import CENTER, DEFAULT_BATCH, BatchedTableModel, Column

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


def _longest(texts: list[str]) -> str:
    return max(texts, key=len) if texts else ""


def member_columns() -> list[Column]:
    statuses = _longest([labels.status_label(s) for s in MEMBER_STATUSES])
    genders = _longest([labels.gender_label(g) for g in ("M", "F")])
    return [
        Column(
            QCoreApplication.translate("MemberTableModel", "Member no."),
            "member_no",
            sample="TPQ202600000",
            value=lambda r: r.member_no,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Name"),
            "name",
            sample="欧阳思远远",
            value=lambda r: r.name,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Gender"),
            "gender",
            CENTER,
            sample=genders,
            value=lambda r: labels.gender_label(r.gender),
            sort_value=lambda r: r.gender,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "ID number"),
            "id_number",
            sample="110106********123X",
            value=lambda r: r.id_number,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Mobile"),
            "mobile",
            sample="138****56789",
            value=lambda r: r.mobile,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Unit"),
            "unit_name",
            sample="北京华信科技有限公司",
            stretch=True,
            value=lambda r: r.unit_name or "",
            tooltip=True,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Community"),
            "community_name",
            sample="太平桥西里社区",
            value=lambda r: r.community_name or "",
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Join date"),
            "joined_on",
            sample="2026-12-31",
            value=lambda r: r.joined_on.isoformat(),
            sort_value=lambda r: r.joined_on,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Status"),
            "status",
            sample=statuses,
            value=lambda r: labels.status_label(r.status),
            sort_value=lambda r: r.status,
        ),
        Column(
            QCoreApplication.translate("MemberTableModel", "Categories"),
            None,
            sample="深度困难、快递员、农民工",
            value=labels.row_categories,
            tooltip=True,
        ),
    ]


class MemberTableModel(BatchedTableModel[MemberRow]):
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
        self._ids: list[int] = []

    @property
    def filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, f: MemberFilter) -> None:
        """A new search or filter: the list starts again from its first batch."""
        self._filter = f
        self.refresh()

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
        self._ids = self.service.member_ids(self._filter, order_by, descending)
        return len(self._ids)

    def _fetch(self, offset: int, limit: int) -> list[MemberRow]:
        return self.service.member_rows(self._ids[offset : offset + limit], masked=True)

    def _extra_data(self, row: MemberRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return QBrush(INACTIVE_COLOUR)
        return None
