"""Column widths that follow the content, written once for every list of the desk.

Every column gets what its header and its shown rows need (the sample of its column
spec while the list is empty). When the list is wider than the table, the name or
title columns keep their whole text and the others give way, the widest first, down
to their header's width; the table scrolls sideways only when even that does not
fit. When there is room to spare, the stretching column takes it. (The stretching
column keeps its whole text when no column is marked ``whole``: it is then the
list's title, a campaign's or an item's name; a list of people marks its name column
and lets a note or skills give way.)

Widths are worked out again when the rows are replaced (a new search, the first
batch), when they change, and when the table is resized; the columns a later batch
brings in do not make the columns jump.

A column's content width is Qt's ``sizeHintForColumn`` (the rows in view and those
around them, :data:`FIT_ROWS` in all), measured faster for the desk's own models
(:func:`content_width`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView

from station_app.widgets.table_model import RowsModel

TITLE_SHARE = 0.5  # a protected column never takes more than this share of the width
PADDING = 16  # around a sample's text
# Rows read for a width besides those in view: enough for a list's first screens
# without reading every row of a long one (Qt reads 1,000 by default).
FIT_ROWS = 100


class ColumnFit(QObject):
    """Keeps one table's column widths fitted (see the module's text)."""

    def __init__(self, view: QTableView, stretch: int | None, whole: Collection[int] = ()) -> None:
        super().__init__(view)
        self._view = view
        self.stretch = stretch
        self.whole = frozenset(whole)
        self.fixed: dict[int, int] = {}  # columns the page set to a width (column_widths)
        self._pending = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        view.viewport().installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        model = self._view.model()
        if model is None:
            return
        model.modelReset.connect(self.schedule)
        model.layoutChanged.connect(self.schedule)
        model.dataChanged.connect(self.schedule)
        model.headerDataChanged.connect(self.schedule)
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsRemoved.connect(self.schedule)
        self.schedule()

    def _rows_inserted(self, _parent: object, first: int, _last: int) -> None:
        if first == 0:  # the first rows, not a later batch
            self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def schedule(self, *_args: object) -> None:
        """Fit once the current changes are done (one fit for many signals)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        try:
            self.fit()
        except RuntimeError:  # the table is gone
            return

    def fit(self) -> None:
        view = self._view
        model = view.model()
        if model is None or model.columnCount() == 0:
            return
        header = view.horizontalHeader()
        count = model.columnCount()
        samples = _samples(model)
        has_rows = model.rowCount() > 0
        rows = rows_read(view) if has_rows else []
        protected = set(self.whole) | set(self.fixed)
        if not self.whole and self.stretch is not None and 0 <= self.stretch < count:
            protected.add(self.stretch)  # no name column marked: the stretching one is the title
        floors: list[int] = []
        wants: list[int] = []
        for i in range(count):
            if i in self.fixed:
                floors.append(self.fixed[i])
                wants.append(self.fixed[i])
                continue
            head = header.sectionSizeHint(i)
            sample = samples[i] if i < len(samples) else ""
            by_sample = view.fontMetrics().horizontalAdvance(sample) + PADDING if sample else 0
            content = content_width(view, i, rows) if has_rows else by_sample
            if i in protected:  # a name or title column: as wide as its sample at least
                content = max(content, by_sample)
            floors.append(head)
            wants.append(max(head, content))
        widths = fitted(wants, floors, protected, self.stretch, view.viewport().width())
        for i, width in enumerate(widths):
            if header.sectionSize(i) != width:
                header.resizeSection(i, width)


# Characters whose text a cell lays out otherwise than one line of glyphs.
_ODD = frozenset("\n\r\t\u2028\u2029\x9c\xad")  # \xad: a soft hyphen draws one
SLACK = 2.0  # pixels: a text this close to the widest is sized by the delegate too


def rows_read(view: QTableView) -> list[int]:
    """The rows ``sizeHintForColumn`` reads, in its order (Qt's qtableview.cpp): those
    in view (every row while the table is hidden), then alternately below and above
    them until the horizontal header's resize precision is reached."""
    model = view.model()
    vertical = view.verticalHeader()
    count = model.rowCount()
    most = view.horizontalHeader().resizeContentsPrecision()
    top = max(0, vertical.visualIndexAt(0))
    bottom = vertical.visualIndexAt(view.viewport().height())
    if not view.isVisible() or bottom == -1:
        bottom = count - 1
    plain = not vertical.sectionsHidden() and not vertical.sectionsMoved()

    def logical(visual: int) -> int | None:
        if plain:
            return visual
        row = vertical.logicalIndex(visual)
        return None if vertical.isSectionHidden(row) else row

    rows: list[int] = []
    visual = top
    while visual <= bottom:
        row = logical(visual)
        visual += 1
        if row is not None:
            rows.append(row)
            if len(rows) == most:
                break
    up, down = top, visual - 1
    while len(rows) != most and most != 0 and (up > 0 or down < count - 1):
        found = None
        if (len(rows) % 2 and up > 0) or down == count - 1:
            while up > 0 and found is None:
                up -= 1
                found = logical(up)
        else:
            while down < count - 1 and found is None:
                down += 1
                found = logical(down)
        if found is not None:
            rows.append(found)
    return rows


def content_width(view: QTableView, column: int, rows: Sequence[int] | None = None) -> int:
    """``view.sizeHintForColumn(column)``, measured from the texts for a list of plain
    rows (a :class:`RowsModel` whose other roles are colours, the standard delegate):
    the delegate sizes only the texts within :data:`SLACK` of the widest (and any text
    laid out otherwise), once per width. Qt sized every cell through eight roles of
    ``data()``: 14 ms for the member list's first screen. ``rows``: :func:`rows_read`."""
    model = view.model()
    delegate = view.itemDelegate()
    if (
        not isinstance(model, RowsModel)
        or type(model).data is not RowsModel.data
        or type(delegate) is not QStyledItemDelegate
        or view.itemDelegateForColumn(column) is not None
    ):
        return view.sizeHintForColumn(column)
    view.ensurePolished()
    if rows is None:
        rows = rows_read(view)
    # sizeHintForIndex sizes a cell as sizeHintForColumn does (the view's item option,
    # its font), without building that option here (its enums cost a ms at start).
    advance = QFontMetricsF(view.font()).horizontalAdvance
    widths: dict[str, float] = {}
    first_row: dict[str, int] = {}
    odd: list[int] = []
    for row in rows:
        text = model.shown_text(row, column)
        if not isinstance(text, str) or text != text.rstrip() or not _ODD.isdisjoint(text):
            odd.append(row)
        elif text not in first_row:
            first_row[text] = row
            widths[text] = advance(text)
    widest = max(widths.values(), default=0.0)
    measured: dict[float, int] = {}  # one text of each width near the widest
    for text, width in widths.items():
        if width >= widest - SLACK:
            measured.setdefault(width, first_row[text])
    hint = 0
    for row in [*measured.values(), *odd]:
        hint = max(hint, view.sizeHintForIndex(model.index(row, column)).width())
    return hint + 1 if view.showGrid() else hint


def fitted(
    wants: Sequence[int],
    floors: Sequence[int],
    protected: Collection[int],
    stretch: int | None,
    available: int,
) -> list[int]:
    """The widths: each column what it wants when that fits, the spare room to
    ``stretch``; otherwise the protected columns keep what they want (up to
    :data:`TITLE_SHARE` of the width) and the others are cut down, the widest first,
    never below their floor (the header)."""
    widths = list(wants)
    total = sum(widths)
    if total <= available:
        if stretch is not None and 0 <= stretch < len(widths):
            widths[stretch] += available - total
        return widths
    cap = max(int(available * TITLE_SHARE), 1)
    for i in protected:
        widths[i] = max(floors[i], min(wants[i], cap))
    others = [i for i in range(len(widths)) if i not in protected]
    room = available - sum(widths[i] for i in protected)
    if sum(floors[i] for i in others) >= room:
        for i in others:
            widths[i] = floors[i]
        return widths
    low, high = 0, max((wants[i] for i in others), default=0)
    while low < high:  # the largest cut-off width at which the others fit
        middle = (low + high + 1) // 2
        if sum(min(wants[i], max(floors[i], middle)) for i in others) <= room:
            low = middle
        else:
            high = middle - 1
    for i in others:
        widths[i] = min(wants[i], max(floors[i], low))
    return widths


def _samples(model: object) -> list[str]:
    columns = getattr(model, "columns", None)
    if not columns:
        return []
    return [getattr(c, "sample", "") or "" for c in columns]


def whole_columns(model: object) -> list[int]:
    """The columns of a model's column specs that keep their whole text."""
    columns = getattr(model, "columns", None) or ()
    return [i for i, c in enumerate(columns) if getattr(c, "whole", False)]


def stretch_column(model: object) -> int | None:
    """The first column of a model's column specs that takes the spare room."""
    columns = getattr(model, "columns", None) or ()
    return next((i for i, c in enumerate(columns) if getattr(c, "stretch", False)), None)


def fit_columns(
    view: QTableView, stretch: int | None = None, whole: Collection[int] | None = None
) -> ColumnFit:
    """Keep ``view``'s columns fitted; ``stretch`` and ``whole`` default to what the
    model's column specs say. Call it after ``setModel``."""
    model = view.model()
    old = view.findChild(ColumnFit)
    if old is not None:
        old.setParent(None)
        old.deleteLater()
    if stretch is None:
        stretch = stretch_column(model)
    if whole is None:
        whole = whole_columns(model)
    return ColumnFit(view, stretch, whole)


__all__ = [
    "ColumnFit",
    "content_width",
    "fit_columns",
    "fitted",
    "rows_read",
    "stretch_column",
    "whole_columns",
]
