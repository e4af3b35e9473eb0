"""Big lists in batches: a table model base that fetches rows as they are scrolled to,
and a table view set up for the desk (whole rows, keyboard, an empty-state sentence).

A feature's model says how to run its query (:meth:`BatchedTableModel._reload`, which
returns how many rows match), how to fetch one batch of plain rows
(:meth:`BatchedTableModel._fetch`) and how to show a cell. The base keeps the rows
fetched so far, answers ``canFetchMore``/``fetchMore`` (design.md: reads that feed big
tables come in batches, never one ORM object per row) and turns a header click into a
new query sorted by the database (:meth:`sort`), never by the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

DEFAULT_BATCH = 200


@dataclass(frozen=True)
class Column:
    """One column: its title (already translated), the key the database sorts it by
    (None: the column cannot be sorted), its alignment and a sample of its widest usual
    text, from which the view sizes it."""

    title: str
    sort_key: str | None
    align: Qt.AlignmentFlag = LEFT
    sample: str = ""
    stretch: bool = False


class BatchedTableModel(QAbstractTableModel, Generic[R]):
    """Rows fetched ``batch_size`` at a time; subclasses implement the four hooks."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by
    ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's record id

    total_changed = Signal(int)  # how many rows match (not how many are fetched)

    def __init__(
        self,
        columns: Sequence[Column],
        sort_column: int = 0,
        descending: bool = False,
        batch_size: int = DEFAULT_BATCH,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.batch_size = batch_size
        self._rows: list[R] = []
        self._total = 0
        self._sort_column = sort_column
        self._descending = descending

    # --- hooks -------------------------------------------------------------------------

    def _reload(self, order_by: str, descending: bool) -> int:
        """Run the query for the current filter and order; return how many rows match."""
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int) -> list[R]:
        """Rows ``offset`` to ``offset + limit`` of the last query."""
        raise NotImplementedError

    def _display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def _row_id(self, row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def _sort_value(self, row: R, column: int) -> Any:
        return self._display(row, column)

    def _extra_data(self, row: R, column: int, role: int) -> Any:
        """Other roles (colours, tool tips) for a subclass to answer."""
        return None

    # --- the query ---------------------------------------------------------------------

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def order_by(self) -> str:
        return self.columns[self._sort_column].sort_key or ""

    def total(self) -> int:
        """How many rows match; ``rowCount()`` is how many are fetched so far."""
        return self._total

    def refresh(self) -> None:
        """Run the query again and show its first batch (a new search, a new order)."""
        self.beginResetModel()
        try:
            self._rows = []
            self._total = self._reload(self.order_by, self._descending)
            self._rows = self._fetch(0, min(self.batch_size, self._total))
            self._rows_short(0, min(self.batch_size, self._total))
        finally:
            self.endResetModel()
        self.total_changed.emit(self._total)

    def _rows_short(self, offset: int, wanted: int) -> None:
        """Rows vanished between the query and the fetch: stop at what is there."""
        if len(self._rows) < offset + wanted:
            self._total = len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        offset = len(self._rows)
        wanted = min(self.batch_size, self._total - offset)
        if wanted <= 0:
            return
        rows = self._fetch(offset, wanted)
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < wanted:
            self._rows_short(offset, wanted)
            self.total_changed.emit(self._total)

    def fetch_all(self) -> None:
        """Fetch every matching row (tests; small lists)."""
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._total:
            return
        self._sort_column, self._descending = column, descending
        self.refresh()

    # --- rows --------------------------------------------------------------------------

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_id(self, index: int) -> int:
        return self._row_id(self._rows[index])

    def index_of(self, record_id: int) -> int | None:
        """The row showing this record, if it is fetched."""
        for i, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return i
        return None

    def replace_row(self, index: int, row: R) -> None:
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[column].align)
        if role == self.SORT_ROLE:
            return self._sort_value(row, column)
        if role == self.ID_ROLE:
            return self._row_id(row)
        return self._extra_data(row, column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DeskTableView(QTableView):
    """Whole-row, single selection, read-only, sorted by the model (the database); a
    grey sentence in the middle when there is nothing to show; Enter or a double click
    emits ``activated``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
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
        if isinstance(model, BatchedTableModel):
            self._size_columns(model)
            order = (
                Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
            )
            self.horizontalHeader().setSortIndicator(model.sort_column, order)
            model.modelReset.connect(self.viewport().update)
            self.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable)

    def _size_columns(self, model: BatchedTableModel) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        bold = header.font()
        bold.setBold(True)
        header_metrics = type(metrics)(bold)
        for i, column in enumerate(model.columns):
            text_width = metrics.horizontalAdvance(column.sample) if column.sample else 60
            title_width = header_metrics.horizontalAdvance(column.title) + 28  # sort arrow
            header.resizeSection(i, max(text_width + 24, title_width))
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

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


__all__ = ["CENTER", "LEFT", "RIGHT", "BatchedTableModel", "Column", "DeskTableView"]
