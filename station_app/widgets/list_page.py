"""A tab's list page, written once: a search box (debounced), filter widgets, a
batched table, a count and the page's actions.

:class:`ListPage` builds the search box, the table of a
:class:`~station_app.widgets.table_model.BatchedTableModel` and the count label, and
wires them: a pause in typing or a changed filter runs :meth:`ListPage.apply_filter`,
Down in the box moves to the list, the count follows the model. The feature lays them
out with its own filters and buttons and says how a filter reads
(:meth:`ListPage.apply_filter`) and how the count reads (:meth:`ListPage.count_for`);
strings stay in the feature (translated in its own context). A short list filled by
hand (campaigns, stock, communities) is a ListPage without a model: its table is a
:class:`RecordTable` (:meth:`ListPage.record_table`), and it shares the rest: the
selected record, the line that says what was done, the reload after a change.

:func:`item_table` is the same desk look for a short list filled by hand
(a ``QTableWidget``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from station_app.widgets.batched_table import DeskTableView, whole_rows
from station_app.widgets.column_fit import fit_columns
from station_app.widgets.desk_parts import label
from station_app.widgets.dialogs import run_dialog
from station_app.widgets.layout import selectable as set_selectable
from station_app.widgets.search_box import SearchBox
from station_app.widgets.table_model import RIGHT, BatchedTableModel

if TYPE_CHECKING:  # named in set_row: its enums are built when a list is filled by hand
    from PySide6.QtWidgets import QTableWidgetItem

T = TypeVar("T")


class ListPage(QWidget):
    """One list of a tab and what the desk does with it.

    A big list (``model`` given) has the search box, the batched table and the count;
    a short list filled by hand has a :class:`RecordTable` (:meth:`record_table`) and
    no search. Either way the page knows the selected record, selects one by id, says
    what was done under the list (:meth:`result_line`, :meth:`say`) and, after an
    add, edit or change, reloads, keeps the record selected and tells the tab
    (:meth:`after_change`, :attr:`changed`)."""

    changed = Signal()  # a record was added, edited or changed state: other pages reload

    def __init__(
        self,
        model: BatchedTableModel[Any] | None = None,
        *,
        search_name: str = "",
        placeholder: str = "",
        table_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.search: SearchBox | None = None
        self.table: DeskTableView | RecordTable[Any] | None = None
        self.count_label: QLabel | None = None
        self.result_label: QLabel | None = None
        self._said_styles = ("", "")  # (refused, done)
        self._said_about: Any = None  # the record selected when the line was said
        if model is None:
            return
        if model.parent() is None:
            model.setParent(self)
        self.search = SearchBox()
        self.search.setObjectName(search_name)
        self.search.setPlaceholderText(placeholder)
        self.search.setMinimumWidth(200)
        self.table = DeskTableView()
        self.table.setObjectName(table_name)
        self.table.setModel(model)
        self.count_label = QLabel()
        self.search.search_changed.connect(self.apply_filter)
        self.search.search_changed.connect(self.forget_said)
        self.search.down_pressed.connect(self.focus_table)
        self.table.selectionModel().selectionChanged.connect(self._selection_moved)
        model.total_changed.connect(self._show_count)

    def record_table(
        self,
        headers: Sequence[str],
        stretch: int | None,
        name: str,
        *,
        on_activate: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> RecordTable[Any]:
        """The page's short list filled by hand; a new selection runs
        :meth:`selection_changed`, Enter or a double click ``on_activate``."""
        table: RecordTable[Any] = RecordTable(
            headers,
            stretch,
            name,
            on_select=self._record_selected,
            on_activate=on_activate,
            parent=parent,
        )
        self.table = table
        return table

    def result_line(
        self, name: str, done_style: str, refused_style: str, *, selectable: bool = False
    ) -> QLabel:
        """The line that says what was done (``done_style``) or refused, hidden until
        :meth:`say` has something to say."""
        self.result_label = label(name=name, wrap=True, hidden=True)
        if selectable:
            set_selectable(self.result_label)
        self._said_styles = (refused_style, done_style)
        return self.result_label

    # --- for the feature ---------------------------------------------------------------

    def apply_filter(self, *_args: object) -> None:
        """Read the search and the filters, run the model's query."""
        raise NotImplementedError

    def count_for(self, total: int) -> str:
        """The count label's text for ``total`` matching rows."""
        raise NotImplementedError

    def selection_changed(self) -> None:
        """Another record was selected (or none): the buttons follow."""

    def _record_selected(self) -> None:
        self._selection_moved()
        self.selection_changed()

    def refresh(self) -> None:
        """Read the list again."""
        if self.model is not None:
            self.model.refresh()

    def filter_on(self, *signals: SignalInstance) -> None:
        """A change of any of these (filters) runs the query again."""
        for signal in signals:
            signal.connect(self.apply_filter)

    def add_shortcut(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], Any]
    ) -> None:
        action = QAction(text, self)
        action.setShortcut(keys)
        # A window-wide shortcut only fires while this page is visible (its tab shown).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # --- what was done -----------------------------------------------------------------

    def say(self, text: str, ok: bool = True) -> None:
        """Under the list: what was done, or (``ok`` False) why it was not."""
        if self.result_label is None:
            return
        self.result_label.setText(text)
        self.result_label.setStyleSheet(self._said_styles[ok])
        self.result_label.show()
        self._said_about = self._selected_key()

    def forget_said(self, *_args: object) -> None:
        """The context changed (a new search, another record, another tab): the line
        about what was done no longer describes what is shown."""
        if self.result_label is not None and not self.result_label.isHidden():
            self.result_label.clear()
            self.result_label.hide()

    def _selected_key(self) -> Any:
        if isinstance(self.table, RecordTable):
            return self.table.selected_key()
        if self.table is None or self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _selection_moved(self, *_args: object) -> None:
        """Another record chosen: the line said about the one before goes. (A list
        read again, with nothing or the same record selected, keeps it.)"""
        key = self._selected_key()
        if key is not None and key != self._said_about:
            self.forget_said()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # another tab or page (not a minimised window)
            self.forget_said()
        super().hideEvent(event)

    def after_change(self, record_id: int | None) -> None:
        """A record was added or changed: the list again, that record selected (None:
        the one selected before), the tab told."""
        self.refresh()
        if record_id is not None:
            self.select_record(record_id)
        self.changed.emit()

    def edit_in(self, dialog: QDialog) -> int | None:
        """Run an add/edit dialog; the id it saved (selected in the list), None when
        cancelled."""
        saved: int | None = run_dialog(dialog, operator.attrgetter("saved_id"))
        if saved is not None:
            self.after_change(saved)
        return saved

    # --- the list ----------------------------------------------------------------------

    def _show_count(self, total: int) -> None:
        if self.count_label is not None:
            self.count_label.setText(self.count_for(total))

    def count_text(self) -> str:
        return self.count_label.text() if self.count_label is not None else ""

    def clear_search(self) -> None:
        """Empty the box without searching (the caller runs the query)."""
        if self.search is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.search is not None:
            self.search.stop()

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def focus_first(self) -> None:
        """Shown: the search box, or the list on a page without one."""
        if self.search is not None:
            self.focus_search()
        elif self.table is not None:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_table(self) -> None:
        table = self.table
        if table is None or table.model().rowCount() == 0:
            return
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not table.selectionModel().hasSelection():
            table.selectRow(0)

    def selected_row(self) -> Any:
        if isinstance(self.table, RecordTable):
            return self.table.selected()
        rows = self.table.selectionModel().selectedRows() if self.table is not None else []
        return self.model.row(rows[0].row()) if rows and self.model is not None else None

    def select_record(self, record_id: int) -> bool:
        """Select the record with this id, if the list shows it."""
        if isinstance(self.table, RecordTable):
            return self.table.select_key(record_id)
        index = self.model.index_of(record_id) if self.model is not None else None
        if index is None or self.table is None:
            return False
        self.table.select_row(index)
        return True

    # --- closing -----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the waiting search (a closing tab leaves no timer running). Its own box:
        ``findChildren(SearchBox)`` looked each child up as a Python object and crashed
        (a segfault in PySide's type lookup) on a window closed after a scan had
        opened a member's record."""
        if self.search is not None:
            self.search.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def bold_button(text: str, name: str) -> QPushButton:
    """The page's main action (new member, add unit)."""
    button = QPushButton(text)
    button.setObjectName(name)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    return button


def item_table(headers: Sequence[str], stretch: int | None, name: str) -> QTableWidget:
    """A short list filled by hand: whole rows, one at a time, read-only, columns sized
    to their contents but ``stretch`` (if any), which takes the rest."""
    return _desk_look(QTableWidget(0, len(headers)), headers, stretch, name)


def _desk_look(
    table: QTableWidget, headers: Sequence[str], stretch: int | None, name: str
) -> QTableWidget:
    table.setColumnCount(len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    return rows_look(table, stretch)


V = TypeVar("V", bound=QTableView)


def rows_look(view: V, stretch: int | None, whole: Collection[int] | None = None) -> V:
    """The desk's look of a list of records (a model's or one filled by hand): whole
    rows, one at a time, read-only, columns fitted to their contents
    (widgets/column_fit.py): ``stretch`` (if any) takes the rest and keeps its whole
    text, like the ``whole`` columns (default: those the model's column specs mark),
    while the others give way."""
    whole_rows(view)
    fit_columns(view, stretch, whole)
    return view


class RecordTable(QTableWidget, Generic[T]):
    """A short list of records filled by hand (:func:`item_table`'s look) that knows
    its records: refilling keeps the chosen record chosen, and the page asks for the
    selected record instead of a row number."""

    def __init__(
        self,
        headers: Sequence[str],
        stretch: int | None,
        name: str,
        *,
        key: Callable[[T], int] = operator.attrgetter("id"),
        on_select: Callable[[], Any] | None = None,
        on_activate: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        _desk_look(self, headers, stretch, name)
        self.records: list[T] = []
        self._key = key
        self._on_select = on_select
        if on_select is not None:
            self.itemSelectionChanged.connect(lambda: on_select())
        if on_activate is not None:
            self.doubleClicked.connect(lambda _index: on_activate())

    def show_records(
        self, records: Sequence[T], fill: Callable[[int, T], Any], keep: int | None = None
    ) -> None:
        """Show ``records``, ``fill(row, record)`` writing each row (:func:`set_row`);
        then select ``keep`` or else the record chosen before, and tell ``on_select``."""
        if keep is None:
            keep = self.selected_key()
        self.blockSignals(True)
        self.clearSelection()  # a row number would now point at another record
        self.records = list(records)
        self.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            fill(r, record)
        self.blockSignals(False)
        if keep is None or not self.select_key(keep):
            self.clearSelection()  # shrinking the list may have selected a row
        if self._on_select is not None:
            self._on_select()

    def select_key(self, key: int) -> bool:
        return select_record(self, self.records, key, self._key)

    def selected(self) -> T | None:
        return selected_record(self, self.records)

    def selected_key(self) -> int | None:
        record = self.selected()
        return self._key(record) if record is not None else None


def set_row(
    table: QTableWidget,
    row: int,
    cells: Sequence[str],
    *,
    right: Collection[int] = (),
    colour: QColor | Qt.GlobalColor | str | None = None,
    record_id: int | None = None,
) -> list[QTableWidgetItem]:
    """One row of a list filled by hand: the ``right`` columns right-aligned, the row's
    text in ``colour`` (greyed, short, retired), ``record_id`` in every cell's user role.
    The cells are returned for anything more (a bold cell, a tool tip)."""
    from PySide6.QtWidgets import QTableWidgetItem

    items = []
    brush = QBrush(QColor(colour)) if colour is not None else None
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column in right:
            item.setTextAlignment(RIGHT)
        if brush is not None:
            item.setForeground(brush)
        if record_id is not None:
            item.setData(Qt.ItemDataRole.UserRole, record_id)
        table.setItem(row, column, item)
        items.append(item)
    return items


def select_record(
    table: QTableWidget, rows: Sequence[T], record_id: int, key: Callable[[T], int]
) -> bool:
    """Select the row of ``rows`` (shown in ``table`` in that order) whose key is the id."""
    for r, row in enumerate(rows):
        if key(row) == record_id:
            table.selectRow(r)
            return True
    return False


def selected_record(table: QTableWidget, rows: Sequence[T]) -> T | None:
    """The selected one of ``rows`` (shown in ``table`` in that order), if any."""
    r = table.currentRow()
    if not table.selectionModel().hasSelection() or not 0 <= r < len(rows):
        return None
    return rows[r]


__all__ = [
    "ListPage",
    "RecordTable",
    "bold_button",
    "item_table",
    "rows_look",
    "select_record",
    "selected_record",
    "set_row",
]
