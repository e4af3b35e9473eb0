"""The shared table models, without any widget: column specs, roles, batches, sorting
handed to the source, rows that vanish between the count and the fetch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from station_app.widgets.table_model import (
    RIGHT,
    BatchedTableModel,
    Column,
    ListTableModel,
    column,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    hours: int


COLUMNS = [
    Column("Name", "name", value=lambda r: r.name, tooltip=True),
    Column("Hours", "hours", RIGHT, value=lambda r: f"{r.hours} h", sort_value=lambda r: r.hours),
    Column("Note", None),
]


class Rows(BatchedTableModel[Row]):
    """A source that sorts and pages a list the way a query would."""

    def __init__(self, rows: list[Row], batch_size: int = 3) -> None:
        super().__init__(COLUMNS, batch_size=batch_size)
        self.source = list(rows)
        self.queries: list[tuple[str, bool]] = []
        self._found: list[Row] = []

    def _reload(self, order_by: str, descending: bool) -> int:
        self.queries.append((order_by, descending))
        self._found = sorted(self.source, key=lambda r: getattr(r, order_by), reverse=descending)
        return len(self._found)

    def _fetch(self, offset: int, limit: int) -> list[Row]:
        return [r for r in self._found[offset : offset + limit] if r in self.source]


def rows(n: int) -> list[Row]:
    return [Row(i, f"name {i:02d}", (i * 7) % 10) for i in range(1, n + 1)]


def cells(model: Any, column: int, role: int = DISPLAY) -> list[Any]:
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_columns_say_header_value_alignment_sort_value_and_tooltip(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ListTableModel[Row](COLUMNS)
    model.set_rows([Row(7, "Li Na", 12)])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "Hours",
        "Note",
    ]
    hours = model.index(0, 1)
    assert hours.data() == "12 h"
    assert hours.data(model.SORT_ROLE) == 12
    assert hours.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert hours.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Li Na"
    assert model.index(0, 0).data(model.ID_ROLE) == 7
    assert model.index(0, 2).data() == ""  # a column without a value shows nothing
    assert model.index_of(7) == 0 and model.index_of(8) is None


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    unit: str | None
    hours: int | None


def test_a_column_in_one_line_shows_a_field_or_a_function(qapp) -> None:  # type: ignore[no-untyped-def]
    hours = lambda h: "none" if h is None else f"{h} h"  # noqa: E731
    model = ListTableModel[Person](
        [
            column("Name", "name", "Ouyang", sort=True),
            column("Unit", "unit", sort="unit_name", stretch=True),
            column("Hours", "hours", "888 h", RIGHT, show=hours),
            column("Both", lambda p: f"{p.name}/{p.unit}"),
        ],
        tooltips=True,
    )
    model.set_rows([Person(3, "Li Na", None, None), Person(4, "Wang", "Desk", 12)])
    assert [c.sort_key for c in model.columns] == ["name", "unit_name", None, None]
    assert model.columns[0].sample == "Ouyang" and model.columns[1].stretch
    assert cells(model, 1) == ["", "Desk"]  # None shows empty
    assert cells(model, 2) == ["none", "12 h"]  # ``show`` is given None too
    assert cells(model, 2, model.SORT_ROLE) == [None, 12]  # the raw value sorts
    assert cells(model, 0, model.SORT_ROLE) == ["Li Na", "Wang"]  # the shown text sorts
    assert cells(model, 3) == ["Li Na/None", "Wang/Desk"]
    assert cells(model, 3, Qt.ItemDataRole.ToolTipRole) == ["Li Na/None", "Wang/Desk"]
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)


def test_a_whole_list_keeps_its_order(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ListTableModel[Row](COLUMNS)
    model.set_rows(list(reversed(rows(4))))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert cells(model, 0) == ["name 04", "name 03", "name 02", "name 01"]


def test_rows_come_in_batches(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Rows(rows(7))
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    model.refresh()
    assert (model.total(), model.rowCount(), totals) == (7, 3, [7])
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetch_all()
    assert model.rowCount() == 7 and not model.canFetchMore()
    model.fetchMore()  # nothing left: no harm
    assert model.rowCount() == 7


def test_sorting_asks_the_source_again(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Rows(rows(7))
    model.refresh()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetch_all()
    assert model.queries[-1] == ("hours", True)
    assert cells(model, 1, model.SORT_ROLE) == sorted((r.hours for r in rows(7)), reverse=True)
    asked = len(model.queries)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # no sort key: left alone
    assert len(model.queries) == asked and model.sort_column == 1


def test_rows_gone_between_count_and_fetch_end_the_list(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Rows(rows(7))
    model.refresh()
    model.source = model.source[:4]  # three deleted meanwhile
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    model.fetchMore()
    assert model.rowCount() == 4 and model.total() == 4 and totals == [4]
    assert not model.canFetchMore()


def test_replace_row_updates_one_row(qapp) -> None:  # type: ignore[no-untyped-def]
    model = Rows(rows(3))
    model.refresh()
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.replace_row(1, Row(2, "renamed", 0))
    assert cells(model, 0)[1] == "renamed" and changed == [1]


def test_a_desk_table_shows_its_models_order_without_asking_the_source(qapp) -> None:  # type: ignore[no-untyped-def]
    """The page reads its list once, with its filter, after the table is built: the
    table showing the model's order did not read it first (the 单位 page read it
    twice, some 25 ms on the demo station)."""
    from station_app.widgets.batched_table import DeskTableView

    model = Rows(rows(7))
    view = DeskTableView()
    view.setModel(model)
    header = view.horizontalHeader()
    assert model.queries == []
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
    model.refresh()  # what the page does, once
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # a click still sorts
    assert model.queries == [("name", False), ("hours", True)]
