"""Formatting shared by the welfare printouts: money, package lines, page info, and a
fast grid table for long lists."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from station_app.core.pdf import PageInfo, register_fonts, styles
from station_app.core.pdf.fonts import CELL_FONT_SIZE, CELL_LEADING
from station_app.core.pdf.tables import GRID_COLOR, HEADER_BG, ZEBRA_BG
from station_app.welfare import labels as L
from station_app.welfare.types import PackageItem

PAD = 4.0  # left/right cell padding, pt (as core.pdf.tables)
NO_LINE_START = frozenset("、，。；：！？）》」』】〕,.;:!?)%")
_BREAK_AFTER = re.compile(r"[^、，；]*[、，；]?")


def heading(text: str, min_space: float = 40 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    Not ``keepWithNext``: kept with a table longer than a page, reportlab moves both to
    the next page and leaves this one blank. A conditional page break instead asks for
    room for the heading, the table's header row and a couple of rows."""
    return [CondPageBreak(min_space), Paragraph(escape(text), styles().heading)]


def money(value: Decimal | None) -> str:
    """``¥1,234.50``."""
    if value is None:
        return ""
    return f"¥{value:,.2f}"


def day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def package_text(package: Sequence[PackageItem], cash: Decimal) -> str:
    """``大米（10斤）1袋、食用油（5升）1桶、慰问金 ¥200.00``."""
    parts = [f"{p.name}{p.quantity}{p.unit}" for p in package]
    if cash:
        parts.append(L.t(L.CASH_ITEM).format(amount=money(cash)))
    return "、".join(parts)


def kind_label(kind: str) -> str:
    return L.t(L.KINDS.get(kind, kind))


def status_label(status: str) -> str:
    return L.t(L.STATUSES.get(status, status))


def page_info(station_name: str, title: str, operator: str, printed_at: dt.datetime) -> PageInfo:
    return PageInfo(
        station_name=station_name, title=title, operator=operator, printed_at=printed_at
    )


def wrap_lines(text: str, width: float, font: str, size: float = CELL_FONT_SIZE) -> list[str]:
    """Break ``text`` into lines that fit ``width``: after a list separator (、，；) when
    possible, so "食用油1桶" stays whole, else character by character (Chinese has no
    spaces); closing punctuation never starts a line. Done once per distinct text, so a
    list of thousands of rows with the same package costs one wrap, not thousands of
    Paragraphs."""
    usable = width - 2 * PAD

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


def grid_table(
    header: Sequence[str],
    rows: list[list[str]],
    col_widths: Sequence[float],
    *,
    align_right: Collection[int] = frozenset(),
    align_center: Collection[int] = frozenset(),
    row_padding: float = 2.5,
    zebra: bool = True,
) -> Table:
    """A grid table of plain strings (``\\n`` breaks a cell's lines) whose shaded header
    row repeats on every page; looks like :func:`station_app.core.pdf.data_table` but
    builds no Paragraph per cell and splits in one pass (:class:`PagedTable`), for lists
    of thousands of rows. Callers pre-wrap long text with :func:`wrap_lines`."""
    font = register_fonts()
    st = styles()
    data: list[list[object]] = [[Paragraph(escape(h), st.cell_header) for h in header]]
    data.extend(rows)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, 0), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3.5),
        ("TOPPADDING", (0, 1), (-1, -1), row_padding),
        ("BOTTOMPADDING", (0, 1), (-1, -1), row_padding + 1),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 0.9, GRID_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, GRID_COLOR),
    ]
    commands.extend(("ALIGN", (i, 1), (i, -1), "RIGHT") for i in sorted(align_right))
    commands.extend(("ALIGN", (i, 1), (i, -1), "CENTER") for i in sorted(align_center))
    if zebra and rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_BG]))
    return PagedTable(data, list(col_widths), commands)


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
    ) -> None:
        Flowable.__init__(self)
        self._cellvalues = data  # header + rows: what the progress counts
        self._col_widths = col_widths
        self._commands = commands
        self._heights = heights
        self.hAlign = "CENTER"
        self.vAlign = "MIDDLE"
        self.spaceBefore = 0
        self.spaceAfter = 0

    def _table(self, rows: list[list[object]]) -> Table:
        table = Table(
            [self._cellvalues[0], *rows], colWidths=self._col_widths, repeatRows=1, hAlign="CENTER"
        )
        table.setStyle(TableStyle(self._commands))
        return table

    def _measure(self) -> list[float]:
        if self._heights is None:
            whole = self._table(self._cellvalues[1:])
            whole.wrap(sum(self._col_widths), 1e9)
            self._heights = list(whole._rowHeights)
        return self._heights

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self._col_widths)
        self.height = sum(self._measure())
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._measure()
        room = avail_height - heights[0]
        fit = 0
        for height in heights[1:]:
            if room < height:
                break
            room -= height
            fit += 1
        rows = self._cellvalues[1:]
        if fit == 0:
            return []  # not even one row under the header: next page
        if fit >= len(rows):
            return [self._table(rows)]
        rest = PagedTable(
            [self._cellvalues[0], *rows[fit:]],
            self._col_widths,
            self._commands,
            [heights[0], *heights[1 + fit :]],
        )
        return [self._table(rows[:fit]), rest]

    def draw(self) -> None:
        table = self._table(self._cellvalues[1:])
        table.wrap(self.width, self.height)
        table.drawOn(self.canv, 0, 0)
