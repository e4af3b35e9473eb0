"""The preview table of the import dialog: one row per sheet row, coloured by what the
import will do with it (valid / already on file / not imported), with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.members.sheets.columns import cell_text
from station_app.members.sheets.types import DUPLICATE, INVALID, VALID, Preview

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


class PreviewModel(QAbstractTableModel):
    """Rows of a preview: line, status, reason, then the sheet's own columns."""

    LINE, STATUS, REASON = 0, 1, 2
    FIXED = 3
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, preview: Preview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self._rows = preview.rows
        self._status_text = {
            VALID: self.tr("Will be imported"),
            DUPLICATE: self.tr("Already on file"),
            INVALID: self.tr("Not imported"),
        }
        # Reasons are formatted once: the table asks for them on every repaint.
        self._reasons = [row.reason or row.notes for row in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.preview.sheet.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.LINE:
            return self.tr("Row")
        if section == self.STATUS:
            return self.tr("Status")
        if section == self.REASON:
            return self.tr("Reason")
        return self.preview.sheet.headers[section - self.FIXED]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if col == self.LINE:
                return row.line
            if col == self.STATUS:
                return self._status_text[row.status]
            if col == self.REASON:
                return self._reasons[index.row()]
            value = row.values[col - self.FIXED]
            return cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.REASON:
            return self._reasons[index.row()] or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.STATUS, self.REASON):
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
