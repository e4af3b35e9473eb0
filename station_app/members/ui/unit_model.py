"""The unit list as a table model: counted, then fetched 200 at a time, sorted by the
database. A contact's mobile number is personal data and shown masked; a landline is
the unit's own and shown whole."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from station_app.core.i18n import translate
from station_app.core.ids import mask_mobile
from station_app.members import labels
from station_app.members.service import UnitService
from station_app.members.types import UnitFilter, UnitRow
from station_app.widgets.table_model import (
    CENTER,
    DEFAULT_BATCH,
    RIGHT,
    Column,
    FilteredTableModel,
    column,
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
    COL_STAFF,
    COL_LAST_CONTACT,
) = range(12)

NO_UNION_COLOUR = QColor("#8a8f98")


def unit_columns() -> list[Column]:
    unions = max((label for _, label in labels.union_status_choices()), key=len)
    phone = lambda r: shown_phone(r.contact_phone)  # noqa: E731
    return [
        column(
            translate("UnitTableModel", "Unit"),
            "name",
            "北京华信科技有限公司工会",
            sort=True,
            stretch=True,
            tooltip=True,
        ),
        column(translate("UnitTableModel", "Credit code"), "uscc", "91110106MA01ABCD2X", sort=True),
        column(
            translate("UnitTableModel", "Community"), "community_name", "太平桥西里社区", sort=True
        ),
        column(
            translate("UnitTableModel", "Union"),
            "union_status",
            unions,
            CENTER,
            show=labels.union_status_label,
            sort=True,
        ),
        column(
            translate("UnitTableModel", "Founded"),
            "union_founded_on",
            "2026-12-31",
            show=_iso,
            sort=True,
        ),
        column(translate("UnitTableModel", "Union chair"), "union_chair", "欧阳思远", sort=True),
        column(
            translate("UnitTableModel", "Employees"),
            "employee_count",
            "10000",
            RIGHT,
            show=_number,
            sort=True,
        ),
        column(
            translate("UnitTableModel", "Member count"),
            "member_count",
            "10000",
            RIGHT,
            show=str,
            sort=True,
        ),
        column(translate("UnitTableModel", "Contact"), "contact_name", "欧阳思远", sort=True),
        column(translate("UnitTableModel", "Phone"), phone, "010-65123456", sort="contact_phone"),
        column(translate("UnitTableModel", "Staff member"), "staff_name", "欧阳思远", sort=True),
        column(
            translate("UnitTableModel", "Last contact"),
            "last_contact_on",
            "2026-12-31",
            show=_iso,
            sort=True,
        ),
    ]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _number(count: int | None) -> str:
    return "" if count is None else str(count)


def shown_phone(phone: str) -> str:
    """Mobiles masked (personal), landlines whole (the unit's)."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return mask_mobile(phone)
    return phone


class UnitTableModel(FilteredTableModel[UnitRow, UnitFilter]):
    def __init__(
        self, service: UnitService, parent: Any = None, batch_size: int = DEFAULT_BATCH
    ) -> None:
        super().__init__(unit_columns(), COL_NAME, False, batch_size, parent)
        self.service = service
        self._filter = UnitFilter()

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
