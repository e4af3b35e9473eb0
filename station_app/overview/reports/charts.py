"""The annual report's charts drawn with reportlab's own graphics (vector, the bundled
font): bars of one table's figures, last year's beside them when the chart compares.
Every string of a chart goes through the glyph check (:func:`_glyph_checked`), so a
team or community named with 𠮷 keeps it on the axis."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, Shape, String, UserNode
from reportlab.lib import colors
from reportlab.lib.units import mm

from station_app.core.pdf import FONT_NAME, register_fonts
from station_app.core.pdf.glyphs import needs_markup, runs, text_width
from station_app.overview import labels as L
from station_app.overview.types import Chart

WIDTH = 170 * mm
THIS_YEAR = colors.HexColor("#2f6db5")
LAST_YEAR = colors.HexColor("#b8c7dc")
MAX_BARS = 20  # a horizontal chart of more rows keeps the largest
MAX_TICKS = 5


def _next_step(step: int) -> int:
    """1, 2, 5, 10, 20, 50 …"""
    digits = 10 ** (len(str(step)) - 1)
    lead = step // digits
    return {1: 2, 2: 5, 5: 10}[lead] * digits


def axis_range(top: float, ticks: int = MAX_TICKS) -> tuple[int, int]:
    """``(maximum, step)`` of a value axis from 0 that holds ``top`` with room for the
    bars' values: whole steps of 1, 2 or 5 × 10ⁿ, at most ``ticks`` of them; an empty
    chart runs from 0 to 1."""
    if top <= 0:
        return 1, 1
    wanted = top * 1.15
    step = 1
    while math.ceil(wanted / step) > ticks:
        step = _next_step(step)
    return step * math.ceil(wanted / step), step


def is_empty(chart: Chart) -> bool:
    """Nothing to draw: every bar 0 (last year's too, when compared)."""
    return not any(line.value or (chart.compare and line.previous) for line in chart.table.lines)


def _drawing(height: float) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = register_fonts()  # never let Helvetica into the file
    return drawing


def chart_drawing(chart: Chart) -> Drawing:
    register_fonts()
    lines = chart.table.lines
    if len(lines) > 12 or max((len(line.label) for line in lines), default=0) > 8:
        return _glyph_checked(_horizontal(chart))
    return _glyph_checked(_vertical(chart))


def _glyph_checked(drawing: Drawing) -> Drawing:
    """Each string of the drawing through the glyph check: a character the bundled font
    lacks drawn from a fallback font, □ only when none has it. The bar charts are drawn
    out first (as the renderer would) so that their axis labels are plain strings."""
    drawing.contents = [_split(node) for node in drawing.contents]
    return drawing


def _split(node: Shape) -> Shape:
    if isinstance(node, UserNode):
        node = node.provideNode()
    if isinstance(node, Group):
        node.contents = [_split(child) for child in node.contents]
    elif isinstance(node, String) and needs_markup(node.text):
        return _font_runs(node)
    return node


def _font_runs(string: String) -> Group:
    """``string`` as one string per font run, left to right from where it starts."""
    size = string.fontSize
    x = string.x
    width = text_width(string.text, size)
    if string.textAnchor == "middle":
        x -= width / 2
    elif string.textAnchor in ("end", "numeric"):
        x -= width
    group = Group()
    for font, chunk in runs(string.text):
        name = font or string.fontName
        group.add(
            String(x, string.y, chunk, fontName=name, fontSize=size, fillColor=string.fillColor)
        )
        x += text_width(chunk, size)
    return group


def _values(chart: Chart, rows: list) -> list[tuple[float, ...]]:  # type: ignore[type-arg]
    data = [tuple(float(line.value) for line in rows)]
    if chart.compare:
        data.append(tuple(float(line.previous) for line in rows))
    return data


def _style(bars, chart: Chart) -> None:  # type: ignore[no-untyped-def]
    bars.bars[0].fillColor = THIS_YEAR
    bars.bars[0].strokeColor = None
    if chart.compare:
        bars.bars[1].fillColor = LAST_YEAR
        bars.bars[1].strokeColor = None
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = FONT_NAME
        axis.labels.fontSize = 7
    top = max([0.0, *(v for row in bars.data for v in row)])
    maximum, step = axis_range(top)  # whole steps; an empty chart 0 to 1, not 0.002s
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = maximum
    bars.valueAxis.valueStep = step
    bars.valueAxis.forceZero = True
    bars.barLabels.fontName = FONT_NAME
    bars.barLabels.fontSize = 6
    bars.barLabelFormat = _number


def _number(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def _title(drawing: Drawing, chart: Chart, y: float) -> None:
    drawing.add(String(0, y, chart.title, fontName=FONT_NAME, fontSize=10))
    if is_empty(chart):
        note = L.t(L.NO_DATA)
        drawing.add(
            String(WIDTH / 2, y / 2, note, fontName=FONT_NAME, fontSize=11, textAnchor="middle")
        )


def _legend(drawing: Drawing, chart: Chart, x: float, y: float) -> None:
    if not chart.compare:
        return
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = FONT_NAME
    legend.fontSize = 7
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.deltax = 70
    legend.colorNamePairs = [
        (THIS_YEAR, L.t(L.COL_VALUE)),
        (LAST_YEAR, L.t(L.COL_PREVIOUS)),
    ]
    drawing.add(legend)


def _vertical(chart: Chart) -> Drawing:
    rows = list(chart.table.lines)
    height = 62 * mm
    drawing = _drawing(height)
    bars = VerticalBarChart()
    bars.x, bars.y = 12 * mm, 10 * mm
    bars.width, bars.height = WIDTH - 16 * mm, height - 22 * mm
    bars.data = _values(chart, rows) if rows else [(0.0,)]
    bars.categoryAxis.categoryNames = [line.label for line in rows] or [""]
    bars.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    bars.barLabels.nudge = 5
    bars.groupSpacing = 4
    return _finish(drawing, bars, chart, bool(rows), height)


def _finish(
    drawing: Drawing,
    bars: VerticalBarChart | HorizontalBarChart,
    chart: Chart,
    has_rows: bool,
    height: float,
) -> Drawing:
    """Styles the bars and adds them with the chart's title and legend."""
    _style(bars, chart)
    if not has_rows:  # the placeholder bar that keeps the axes: no "0" label of its own
        bars.barLabelFormat = None
    drawing.add(bars)
    _title(drawing, chart, height - 6 * mm)
    _legend(drawing, chart, WIDTH - 62 * mm, height - 4 * mm)
    return drawing


def _horizontal(chart: Chart) -> Drawing:
    rows = sorted(chart.table.lines, key=lambda line: line.value, reverse=True)[:MAX_BARS]
    rows = [line for line in chart.table.lines if line in rows]
    row_height = 6 * mm if chart.compare else 4.5 * mm
    height = max(len(rows), 1) * row_height + 20 * mm
    drawing = _drawing(height)
    bars = HorizontalBarChart()
    bars.x, bars.y = 62 * mm, 8 * mm
    bars.width, bars.height = WIDTH - 72 * mm, height - 20 * mm
    reversed_rows = list(reversed(rows))  # the first row on top
    bars.data = _values(chart, reversed_rows) if rows else [(0.0,)]
    bars.categoryAxis.categoryNames = [line.label for line in reversed_rows] or [""]
    bars.barLabels.nudge = 8
    bars.barLabels.boxAnchor = "w"
    bars.groupSpacing = 2
    return _finish(drawing, bars, chart, bool(rows), height)
