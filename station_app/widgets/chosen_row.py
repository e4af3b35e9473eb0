"""Which record a desk table shows as chosen, and choosing one by its id: written once
for every table of a :class:`~station_app.widgets.table_model.RowsModel` (a page
that reloads keeps the record the desk had chosen, or falls back to a row).
"""

from __future__ import annotations

from typing import Any

from station_app.widgets.batched_table import DeskTableView
from station_app.widgets.table_model import RowsModel


def _model(view: DeskTableView) -> RowsModel[Any]:
    model = view.model()
    assert isinstance(model, RowsModel)
    return model


def _current_row(view: DeskTableView) -> int | None:
    index = view.currentIndex()
    if not index.isValid() or index.row() >= _model(view).rowCount():
        return None
    return index.row()


def current_record(view: DeskTableView) -> Any:
    """The record of the view's current row; None when there is none."""
    row = _current_row(view)
    return _model(view).row(row) if row is not None else None


def current_record_id(view: DeskTableView) -> int | None:
    """The id of the record of the view's current row; None when there is none."""
    row = _current_row(view)
    return _model(view).row_id(row) if row is not None else None


def choose_record(view: DeskTableView, record_id: int | None, or_row: int | None = None) -> bool:
    """Make the row showing this record current (selected, scrolled to), or else row
    ``or_row`` when the view has it; False when neither is shown."""
    model = _model(view)
    row = model.index_of(record_id) if record_id is not None else None
    if row is None and or_row is not None and 0 <= or_row < model.rowCount():
        row = or_row
    if row is None:
        return False
    view.setCurrentIndex(model.index(row, 0))
    view.select_row(row)
    return True


__all__ = ["choose_record", "current_record", "current_record_id"]
