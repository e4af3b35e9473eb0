"""The preview table of the import dialog: one row per sheet row, coloured by what the
import will do with it (valid / already on file / not imported), with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.members.sheets.columns import cell_text
from station_app.members.sheets.types import DUPLICATE, INVALID, VALID, Preview, PreviewRow
from station_app.widgets.table_model import SORT_ROLE, Column, ListTableModel

# --- the preview table -------------------------------------------------------------------

_STATUS_COLORS = {
    VALID: QColor("#e6f4ea"),
    DUPLICATE: QColor("#fff4d6"),
    INVALID: QColor("#fde2e1"),
}
_REASON_COLORS = {
    VALID: QColor("#1e6b34"),
    DUPLICATE: QColor("#8a6100"),
    INVALID: QColor("#b3261e"),
}


class PreviewModel(ListTableModel[PreviewRow]):
    """Rows of a preview: line, status, reason, then the sheet's own columns."""

    LINE, STATUS, REASON = 0, 1, 2
    FIXED = 3
    SortRole = SORT_ROLE

    def __init__(self, preview: Preview, parent: QObject | None = None) -> None:
        status_text = {
            VALID: self.tr("Will be imported"),
            DUPLICATE: self.tr("Already on file"),
            INVALID: self.tr("Not imported"),
        }
        # Reasons are formatted once: the table asks for them on every repaint.
        reasons = {id(row): row.reason or row.notes for row in preview.rows}
        fixed = [
            Column(self.tr("Row"), None, value=lambda r: str(r.line), sort_value=lambda r: r.line),
            Column(self.tr("Status"), None, value=lambda r: status_text[r.status]),
            Column(self.tr("Reason"), None, value=lambda r: reasons[id(r)], tooltip=True),
        ]
        sheet = [
            Column(header, None, value=lambda r, i=i: cell_text(r.values[i]))
            for i, header in enumerate(preview.sheet.headers)
        ]
        super().__init__(fixed + sheet, parent)
        self.preview = preview
        self.set_rows(preview.rows)

    def _extra_data(self, row: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.REASON):
            return QBrush(_REASON_COLORS[row.status])
        return None

    def status_of(self, row: int) -> str:
        return self._rows[row].status


class StatusFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        return self.status is None or (
            isinstance(model, PreviewModel) and model.status_of(source_row) == self.status
        )
