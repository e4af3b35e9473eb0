"""The unit list as a table model: counted, then fetched 200 at a time, sorted by the
database. A contact's mobile number is personal data and shown masked; a landline is
the unit's own and shown whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.core.ids import mask_mobile
from station_app.members.service import UnitService
from station_app.members.types import UnitFilter, UnitRow
from station_app.members.ui import labels
from station_app.widgets.table_model import (
    CENTER,
    DEFAULT_BATCH,
    RIGHT,
    BatchedTableModel,
    Column,
)

(
    COL_NAME,
    COL_USCC,
    COL_COMMUNITY,
    COL_UNION_STATUS,
    COL_FOUNDED,
    COL_CHAIR,
    COL_EMPLOYEES,
    COL_MEMBERS,
    COL_CONTACT,
    COL_PHONE,
) = range(10)

NO_UNION_COLOUR = QColor("#8a8f98")


def unit_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("UnitTableModel", "Unit"),
            "name",
            sample="北京华信科技有限公司工会",
            stretch=True,
            value=lambda r: r.name,
            tooltip=True,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Credit code"),
            "uscc",
            sample="91110106MA01ABCD2X",
            value=lambda r: r.uscc or "",
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Community"),
            "community_name",
            sample="太平桥西里社区",
            value=lambda r: r.community_name or "",
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Union"),
            "union_status",
            CENTER,
            sample=max((label for _, label in labels.union_status_choices()), key=len),
            value=lambda r: labels.union_status_label(r.union_status),
            sort_value=lambda r: r.union_status,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Founded"),
            "union_founded_on",
            sample="2026-12-31",
            value=lambda r: r.union_founded_on.isoformat() if r.union_founded_on else "",
            sort_value=lambda r: r.union_founded_on,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Union chair"),
            "union_chair",
            sample="欧阳思远",
            value=lambda r: r.union_chair,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Employees"),
            "employee_count",
            RIGHT,
            sample="10000",
            value=lambda r: "" if r.employee_count is None else str(r.employee_count),
            sort_value=lambda r: r.employee_count,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Member count"),
            "member_count",
            RIGHT,
            sample="10000",
            value=lambda r: str(r.member_count),
            sort_value=lambda r: r.member_count,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Contact"),
            "contact_name",
            sample="欧阳思远",
            value=lambda r: r.contact_name,
        ),
        Column(
            QCoreApplication.translate("UnitTableModel", "Phone"),
            "contact_phone",
            sample="010-65123456",
            value=lambda r: shown_phone(r.contact_phone),
        ),
    ]


def shown_phone(phone: str) -> str:
    """Mobiles masked (personal), landlines whole (the unit's)."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return mask_mobile(phone)
    return phone


class UnitTableModel(BatchedTableModel[UnitRow]):
    def __init__(
        self, service: UnitService, parent: Any = None, batch_size: int = DEFAULT_BATCH
    ) -> None:
        super().__init__(unit_columns(), COL_NAME, False, batch_size, parent)
        self.service = service
        self._filter = UnitFilter()

    @property
    def filter(self) -> UnitFilter:
        return self._filter

    def set_filter(self, f: UnitFilter) -> None:
        self._filter = f
        self.refresh()

    def unit_id(self, row: int) -> int:
        return self.row_id(row)

    # --- BatchedTableModel hooks ----------------------------------------------------

    def _reload(self, order_by: str, descending: bool) -> int:
        return self.service.count_units(self._filter)

    def _fetch(self, offset: int, limit: int) -> list[UnitRow]:
        return self.service.list_units(
            self._filter, self.order_by, self.descending, offset=offset, limit=limit
        )

    def _extra_data(self, row: UnitRow, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_UNION_STATUS
            and row.union_status == "none"
        ):
            return QBrush(NO_UNION_COLOUR)
        return None
