"""The desk's table view: whole rows, keyboard, an empty-state sentence, columns fitted
to their content (widgets/column_fit.py: names and titles whole, the stretching column
taking the spare room; the samples of the model's column specs while it is empty).

:func:`list_view` sets one up for a whole-list model (no sort arrows: the service's
order is kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from station_app.widgets.column_fit import fit_columns
from station_app.widgets.table_model import BatchedTableModel, ListTableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent


def whole_rows(view: QTableView) -> None:
    """The desk's way with a list of records: one whole row chosen at a time, nothing
    edited in place, no row numbers, Tab leaves the table (arrows move inside it)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()


class DeskTableView(QTableView):
    """Whole-row, single selection, read-only, sorted by the model (the database); a
    grey sentence in the middle when there is nothing to show; Enter or a double click
    emits ``activated``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""
        whole_rows(self)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        self.setSortingEnabled(True)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if model is not None:
            fit_columns(self)
        if isinstance(model, BatchedTableModel):
            order = (
                Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
            )
            # The arrow shows the model's order; it does not sort (which would read the
            # list before its page has set the filter and reads it again).
            header = self.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(model.sort_column, order)
            header.blockSignals(blocked)
            model.modelReset.connect(self.viewport().update)
            self.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable)

    def _keep_sortable(self, section: int, _order: Qt.SortOrder) -> None:
        """A click on a column the database cannot sort puts the indicator back."""
        model = self.model()
        if not isinstance(model, BatchedTableModel) or model.columns[section].sort_key:
            return
        header = self.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(model.sort_column, order)
        header.blockSignals(False)

    # --- the empty state ---------------------------------------------------------------

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._empty_text or model is None or model.rowCount() > 0:
            return
        # Named here: at import it built QPainter's enums (0.6 ms) for a sentence the
        # first screen of a full list never draws.
        from PySide6.QtGui import QPainter

        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._empty_text
        )
        painter.end()

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        self.selectRow(row)
        self.scrollTo(model.index(row, 0))


def list_view(model: ListTableModel[Any], empty_text: str, name: str) -> DeskTableView:
    """A desk table for a whole-list model: columns fitted to their content, the
    stretching one taking the rest, no sort arrows (the service's order is kept)."""
    view = DeskTableView()
    view.setObjectName(name)
    view.setSortingEnabled(False)
    view.setModel(model)
    view.horizontalHeader().setSortIndicatorShown(False)
    view.set_empty_text(empty_text)
    fit_columns(view)  # the sort arrows gone: widths without their room
    return view


__all__ = ["DeskTableView", "list_view", "whole_rows"]
