"""Table models of the desk's lists, written once: column specs and two bases.

A :class:`Column` says its title (already translated), how a row shows in it
(``value``), what it sorts by (``sort_key`` for the database, ``sort_value`` for the
sort role), its alignment, a sample of its widest usual text (the view sizes it from
that) and whether the cell's whole text is its tool tip (for elided cells).

- :class:`ListTableModel`: a small list held whole (``set_rows``), shown in the
  service's order.
- :class:`BatchedTableModel`: a big list fetched ``batch_size`` rows at a time as it is
  scrolled to (``canFetchMore``/``fetchMore``; design.md: reads that feed big tables
  come in batches, never one ORM object per row). A header click runs a new query
  sorted by the database (:meth:`BatchedTableModel.sort`), never by the view.

Both answer the same roles: display, alignment, :attr:`SORT_ROLE`, :attr:`ID_ROLE`,
tool tip; a subclass adds colours in :meth:`RowsModel._extra_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

R = TypeVar("R")
F = TypeVar("F")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

DEFAULT_BATCH = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's record id
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
# Asked of every cell painted: or-ing two flags each time cost more than the answer.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Column:
    """One column: title, database sort key (None: not sortable), alignment, sample of
    its widest usual text, whether it stretches; ``value`` shows a row in it,
    ``sort_value`` gives the raw value of the sort role (default: the shown text);
    ``tooltip``: the cell's whole text is its tool tip; ``whole``: a name or title that
    keeps its whole width while other columns give way (widgets/column_fit.py)."""

    title: str
    sort_key: str | None
    align: Qt.AlignmentFlag = LEFT
    sample: str = ""
    stretch: bool = False
    value: Callable[[Any], str] | None = None
    sort_value: Callable[[Any], Any] | None = None
    tooltip: bool = False
    whole: bool = False


def column(
    title: str,
    value: str | Callable[[Any], str],
    sample: str = "",
    align: Qt.AlignmentFlag = LEFT,
    *,
    show: Callable[[Any], str] | None = None,
    sort: bool | str = False,
    stretch: bool = False,
    tooltip: bool = False,
    whole: bool = False,
) -> Column:
    """A :class:`Column` in one line. ``value`` is a function of the row, or the name of
    the row's field to show: as text (None shows empty), or through ``show`` (given the
    raw value, None too), in which case the sort role gives the raw value. ``sort``: the
    database sorts by that key (True: by the field's name)."""
    if callable(value):
        key = sort if isinstance(sort, str) else None
        return Column(title, key, align, sample, stretch, value, None, tooltip, whole)
    name = value
    shown = show

    def text(row: Any) -> str:
        raw = getattr(row, name)
        if shown is not None:
            return shown(raw)
        return "" if raw is None else str(raw)

    key = sort if isinstance(sort, str) else (name if sort else None)
    raw_value = (lambda row: getattr(row, name)) if show is not None else None
    return Column(title, key, align, sample, stretch, text, raw_value, tooltip, whole)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of plain tuples/dataclasses shown through column specs; ``tooltips``: every
    cell's whole text is its tool tip (elided cells)."""

    SORT_ROLE = SORT_ROLE
    ID_ROLE = ID_ROLE

    def __init__(
        self, columns: Sequence[Column], parent: Any = None, *, tooltips: bool = False
    ) -> None:
        super().__init__(parent)
        self.columns = (
            tuple(replace(c, tooltip=True) for c in columns) if tooltips else tuple(columns)
        )
        self._rows: list[R] = []

    # --- hooks -------------------------------------------------------------------------

    def _display(self, row: R, column: int) -> str:
        value = self.columns[column].value
        return value(row) if value is not None else ""

    def _row_id(self, row: R) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def _sort_value(self, row: R, column: int) -> Any:
        sort_value = self.columns[column].sort_value
        return sort_value(row) if sort_value is not None else self._display(row, column)

    def _tooltip(self, row: R, column: int) -> str | None:
        return (self._display(row, column) or None) if self.columns[column].tooltip else None

    def _extra_data(self, row: R, column: int, role: int) -> Any:
        """Other roles for a subclass to answer: colours only (a cell is as wide as
        its text, widgets/column_fit.py measures it so)."""
        return None

    # --- rows --------------------------------------------------------------------------

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def shown_text(self, index: int, column: int) -> str:
        """The text row ``index`` shows in ``column`` (its display role)."""
        return self._display(self._rows[index], column)

    def row_id(self, index: int) -> int:
        return self._row_id(self._rows[index])

    def index_of(self, record_id: int) -> int | None:
        """The row showing this record, if it is there (fetched)."""
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Asked for eight roles of every cell a view paints or sizes: the roles are
        # compared as plain ints (an enum member's lookup cost more than the answer).
        if not index.isValid():
            return None
        rows, number = self._rows, index.row()
        if number >= len(rows):
            return None
        row, column = rows[number], index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _ALIGNMENT:
            return int(self.columns[column].align)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == _TOOLTIP:
            tip = self._tooltip(row, column)
            if tip is not None:
                return tip
        return self._extra_data(row, column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


class ListTableModel(RowsModel[R]):
    """A whole (small) list, in the order it is given."""

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # shown in the service's order


class BatchedTableModel(RowsModel[R]):
    """Rows fetched ``batch_size`` at a time; subclasses say how to count and fetch."""

    total_changed = Signal(int)  # how many rows match (not how many are fetched)

    def __init__(
        self,
        columns: Sequence[Column],
        sort_column: int = 0,
        descending: bool = False,
        batch_size: int = DEFAULT_BATCH,
        parent: Any = None,
        *,
        tooltips: bool = False,
    ) -> None:
        super().__init__(columns, parent, tooltips=tooltips)
        self.batch_size = batch_size
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
            self._rows = self._fetch(0, min(self.batch_size, self._total)) if self._total else []
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


class FilteredTableModel(BatchedTableModel[R], Generic[R, F]):
    """A batched list read through a filter (the search text and the page's choices),
    which the subclass sets first and reads in :meth:`_reload`."""

    _filter: F

    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, f: F) -> None:
        """A new search or filter: the list starts again from its first batch."""
        self._filter = f
        self.refresh()


__all__ = [
    "CENTER",
    "DEFAULT_BATCH",
    "ID_ROLE",
    "LEFT",
    "RIGHT",
    "SORT_ROLE",
    "BatchedTableModel",
    "Column",
    "FilteredTableModel",
    "ListTableModel",
    "RowsModel",
    "column",
]
