"""Long lists on paper: a grid table of plain strings cut page by page in one pass.

:func:`station_app.core.pdf.data_table` builds a Paragraph for every cell that wraps
and lets reportlab re-split the whole remainder on every page; fine for a summary,
slow for a sign-off list of thousands of rows. :func:`grid_table` looks the same but
takes pre-wrapped strings (:func:`wrap_lines`) and splits in one pass
(:class:`PagedTable`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple, Unpack

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import LINECOMMANDS, CellStyle

from station_app.core.pdf.fonts import CELL_FONT_SIZE, register_fonts, styles
from station_app.core.pdf.glyphs import markup, needs_markup
from station_app.core.pdf.tables import CELL_PAD, ListOptions, header_cells, list_style

SMALL_SIZE = 8.0  # a long column's type, so that most of its cells take one line
SMALL_LEADING = 9.5
NO_LINE_START = frozenset("、，。；：！？）》」』】〕,.;:!?)%")
_BREAK_AFTER = re.compile(r"[^、，；]*[、，；]?")


def wrap_lines(text: str, width: float, font: str, size: float = CELL_FONT_SIZE) -> list[str]:
    """Break ``text`` into lines that fit ``width``: after a list separator (、，；) when
    possible, so "食用油1桶" stays whole, else character by character (Chinese has no
    spaces); closing punctuation never starts a line. Done once per distinct text, so a
    list of thousands of rows with the same package costs one wrap, not thousands of
    Paragraphs."""
    usable = width - 2 * CELL_PAD

    def fits(line: str) -> bool:
        return stringWidth(line, font, size) <= usable

    lines: list[str] = []
    for paragraph in text.split("\n"):
        if fits(paragraph):
            lines.append(paragraph)
            continue
        first = len(lines)
        line = ""
        for token in _BREAK_AFTER.findall(paragraph):
            if fits(line + token):
                line += token
                continue
            if line and fits(token):
                lines.append(line)
                line = token
                continue
            for char in token:  # a token wider than the column
                if line and char not in NO_LINE_START and not fits(line + char):
                    lines.append(line)
                    line = char
                else:
                    line += char
        lines.append(line)
        if (
            len(lines) - first >= 2
            and len(line) == 1
            and len(lines[-2]) > 2
            and lines[-2][-1] not in NO_LINE_START
        ):
            # No lone character on the last line ("服务中 / 心" -> "服务 / 中心").
            lines[-2], lines[-1] = lines[-2][:-1], lines[-2][-1] + line
    return lines


def cell_wrapper(font: str, size: float = CELL_FONT_SIZE) -> Callable[[str, float], str]:
    """``fit(text, width)``: ``text`` wrapped to a column as one cell string, each
    distinct text and width wrapped once (names repeat on long lists)."""
    wrapped: dict[tuple[str, float], str] = {}

    def fit(text: str, width: float) -> str:
        key = (text, width)
        if key not in wrapped:
            wrapped[key] = "\n".join(wrap_lines(text, width, font, size))
        return wrapped[key]

    return fit


def grid_table(
    header: Sequence[str],
    rows: list[list[str]],
    col_widths: Sequence[float],
    lead: Flowable | None = None,
    continued: Callable[[], Flowable] | None = None,
    min_height: float = 0.0,
    small: Collection[int] = (),
    **options: Unpack[ListOptions],
) -> Table:
    """A grid table of plain strings (``\\n`` breaks a cell's lines) whose shaded header
    row repeats on every page; looks like :func:`station_app.core.pdf.data_table` but
    builds no Paragraph per cell and splits in one pass (:class:`PagedTable`), for lists
    of thousands of rows. Callers pre-wrap long text with :func:`wrap_lines`. ``lead`` is
    drawn above the rows (a group's name), ``continued()`` makes the one above the rows of
    each further page (the name again, "continued"); every row is at least ``min_height``
    tall (room for a signature) and ``small`` columns use a smaller type (their text
    pre-wrapped at :data:`SMALL_SIZE`)."""
    commands = list_style(register_fonts(), bool(rows), options)
    rows = [_glyph_safe(row, small, options) for row in rows]
    for i in sorted(small):
        commands.append(("FONTSIZE", (i, 1), (i, -1), SMALL_SIZE))
        commands.append(("LEADING", (i, 1), (i, -1), SMALL_LEADING))
    return PagedTable(
        [header_cells(header), *rows],
        list(col_widths),
        commands,
        lead=lead,
        continued=continued,
        min_height=min_height,
    )


def _glyph_safe(row: list[str], small: Collection[int], options: ListOptions) -> list[object]:
    """The row with any cell holding a character the bundled font lacks made a
    paragraph, which draws it from a fallback font (or □); most rows have none."""
    if not needs_markup("".join(row)):  # one look for the row's cells
        return list(row)
    st = styles()
    out: list[object] = []
    for i, cell in enumerate(row):
        if not needs_markup(cell):
            out.append(cell)
            continue
        changes: dict[str, object] = {}
        if i in small:
            changes.update(fontSize=SMALL_SIZE, leading=SMALL_LEADING)
        if i in options.get("align_right", ()):
            changes["alignment"] = TA_RIGHT
        elif i in options.get("align_center", ()):
            changes["alignment"] = TA_CENTER
        out.append(Paragraph(markup(cell), ParagraphStyle(f"cell{i}", st.cell, **changes)))
    return out


# Style commands reportlab keeps as they are and draws (not stored per cell).
_DRAWN = frozenset(("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", *LINECOMMANDS))
_NOT_PER_ROW = frozenset(("SPAN", "NOSPLIT", "ROUNDEDCORNERS"))
_TWO_KINDS = frozenset(((0, 0), (0, -1), (1, -1)))  # rows: the header, all, the body


class RowStyles(NamedTuple):
    """The cell styles of the header row and of every other row (shared by each page's
    table instead of each command being set on each cell again: 0.25 s of a 3,000-row
    list), and the commands drawn as they are (grid, backgrounds)."""

    header: list[CellStyle]
    body: list[CellStyle]
    drawn: list[tuple]


def row_styles(commands: Sequence[tuple], columns: int) -> RowStyles | None:
    """The two kinds of row ``commands`` make, when they name no rows but the header
    (0), all (0 to -1) and the body (1 to -1); None when they name others (a row of its
    own, spans), which only reportlab's own per-cell styling gets right."""
    drawn = []
    for command in commands:
        if command[0] in _DRAWN:
            drawn.append(command)
        elif command[0] in _NOT_PER_ROW or (command[1][1], command[2][1]) not in _TWO_KINDS:
            return None
    sample = Table([[""] * columns, [""] * columns])
    sample.setStyle(TableStyle([c for c in commands if c[0] not in _DRAWN]))
    header, body = sample._cellStyles
    return RowStyles(header, body, drawn)


def _row_height(row: Sequence[object], styles: Sequence[CellStyle]) -> float | None:
    """A row of plain strings' height as reportlab's ``Table`` measures it (the tallest
    cell: lines × leading and the padding, no spans); None for a row with another cell."""
    height = 0.0
    for value, style in zip(row, styles, strict=True):
        if type(value) is not str:
            return None
        cell = (style.leading or 1.2 * style.fontsize) * (value.count("\n") + 1)
        cell += style.bottomPadding + style.topPadding
        if cell > height:
            height = cell
    return height


class PagedTable(Table):
    """A long table cut page by page in one pass.

    reportlab splits a long ``Table`` by rebuilding (and re-measuring, and re-styling)
    the whole remainder on every page, which makes a 3,000-row list cost rows × pages.
    This measures the rows once, and on each page builds a ``Table`` of only the rows
    that fit (header repeated), handing the rest on. It subclasses ``Table`` only so
    that the build's progress counts its rows (``_cellvalues``); it never uses
    ``Table``'s own layout. Cells must be plain strings or small flowables whose
    height does not depend on the page (true of :func:`grid_table`'s cells).
    """

    def __init__(
        self,
        data: list[list[object]],
        col_widths: list[float],
        commands: list[tuple],
        heights: list[float] | None = None,
        lead: Flowable | None = None,
        continued: Callable[[], Flowable] | None = None,
        min_height: float = 0.0,
        styles: RowStyles | None = None,
    ) -> None:
        Flowable.__init__(self)
        self._min_height = min_height  # every row at least this tall (room to sign)
        self._lead = lead  # drawn above the rows (e.g. the group's name)
        self._continued = continued  # makes the lead of each continued page
        self._cellvalues = data  # header + rows: what the progress counts
        self._col_widths = col_widths
        self._commands = commands
        self._heights = heights
        self._styles = styles or row_styles(commands, len(col_widths))
        self.hAlign = "CENTER"
        self.vAlign = "MIDDLE"
        self.spaceBefore = 0
        self.spaceAfter = 0

    def _table(self, rows: list[list[object]], heights: list[float] | None = None) -> Table:
        styles = self._styles
        table = Table(
            [self._cellvalues[0], *rows],
            colWidths=self._col_widths,
            rowHeights=heights,
            repeatRows=1,
            hAlign="CENTER",
            cellStyles=None if styles is None else [styles.header, *[styles.body] * len(rows)],
        )
        table.setStyle(TableStyle(self._commands if styles is None else styles.drawn))
        return table

    def _measure(self) -> list[float]:
        if self._heights is None:
            if self._styles is None:
                whole = self._table(self._cellvalues[1:])
                whole.wrap(sum(self._col_widths), 1e9)
                header, *rows = whole._rowHeights
            else:  # row by row: reportlab's whole-table measure is rows² (Table._calc_height)
                header = self._measure_row(self._cellvalues[0], self._styles.header)
                rows = [self._measure_row(row, self._styles.body) for row in self._cellvalues[1:]]
            self._heights = [header, *(max(h, self._min_height) for h in rows)]
        return self._heights

    def _measure_row(self, row: list[object], styles: list[CellStyle]) -> float:
        height = _row_height(row, styles)
        if height is None:  # a paragraph (the header, a rare character): as a table
            table = Table([row], colWidths=self._col_widths, cellStyles=[styles])
            table.wrap(sum(self._col_widths), 1e9)
            height = table._rowHeights[0]
        return height

    def _lead_height(self) -> float:
        if self._lead is None:
            return 0.0
        _, height = self._lead.wrap(sum(self._col_widths), 1e9)
        return height + self._lead.getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self._col_widths)
        self.height = self._lead_height() + sum(self._measure())
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._measure()
        room = avail_height - self._lead_height() - heights[0]
        fit = 0
        for height in heights[1:]:
            if room < height:
                break
            room -= height
            fit += 1
        rows = self._cellvalues[1:]
        if fit == 0:
            return []  # not even one row under the header: next page
        lead = [] if self._lead is None else [self._lead]
        if fit >= len(rows):
            return [*lead, self._table(rows, heights)]
        rest = PagedTable(
            [self._cellvalues[0], *rows[fit:]],
            self._col_widths,
            self._commands,
            [heights[0], *heights[1 + fit :]],
            lead=self._continued() if self._continued else None,
            continued=self._continued,
            min_height=self._min_height,
            styles=self._styles,
        )
        return [*lead, self._table(rows[:fit], heights[: 1 + fit]), rest]

    def draw(self) -> None:
        table = self._table(self._cellvalues[1:], self._measure())
        _, height = table.wrap(self.width, self.height)
        table.drawOn(self.canv, 0, 0)
        if self._lead is not None:
            self._lead.wrap(self.width, self.height)
            self._lead.drawOn(self.canv, 0, height + self._lead.getSpaceAfter())
