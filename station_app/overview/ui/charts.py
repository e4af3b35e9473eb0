"""Bar charts of the overview (Qt Charts), drawn from the same tables as the report:
months as columns, everything else as horizontal bars with the full names beside
them; every bar carries its value, the value axis counts in whole steps, and a chart
with nothing to show says so."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from station_app.overview import labels as L
from station_app.overview.reports.annual import figure_text
from station_app.overview.reports.charts import axis_range, is_empty
from station_app.overview.types import Chart, Line

THIS_YEAR = QColor("#2f6db5")
LAST_YEAR = QColor("#b8c7dc")
MAX_BARS = 15  # a chart of more rows keeps the largest
VERTICAL = ("members.joined_by_month",)


def shown_lines(chart: Chart) -> list[Line]:
    """The rows drawn: every month; else the largest ``MAX_BARS``, first row on top."""
    lines = list(chart.table.lines)
    if chart.key in VERTICAL:
        return lines
    top = sorted(lines, key=lambda line: line.value, reverse=True)[:MAX_BARS]
    return list(reversed([line for line in lines if line in top]))


def axis_label(chart: Chart, line: Line) -> str:
    """Months without the year (the period says it); everything else in full."""
    return line.label[5:] if chart.key in VERTICAL else line.label


class BarChartView(QChartView):
    """A chart view that writes "No data" across an empty chart."""

    def __init__(self, chart: QChart, empty: bool, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.empty = empty
        self.empty_text = L.t(L.NO_DATA)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if not self.empty:
            return
        painter.save()
        painter.setPen(QColor("#888"))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(self.chart().plotArea(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.restore()


def _bar_set(name: str, color: QColor, values: list[float]) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(color)
    bars.setBorderColor(color)
    bars.setLabelColor(QColor("#333"))  # beside the bar, on white
    bars.append(values)
    return bars


def _tooltips(bars: QBarSet, lines: list[Line], previous: bool) -> None:
    """The full name and the figure of the bar under the pointer."""

    def show(status: bool, index: int) -> None:
        if not status or not 0 <= index < len(lines):
            QToolTip.hideText()
            return
        line = lines[index]
        value = line.previous if previous else line.value
        QToolTip.showText(QCursor.pos(), f"{line.label}: {figure_text(value)}")

    bars.hovered.connect(show)


def chart_view(chart: Chart) -> BarChartView:
    lines = shown_lines(chart)
    horizontal = chart.key not in VERTICAL
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    current = _bar_set(L.t(L.COL_VALUE), THIS_YEAR, [float(line.value) for line in lines])
    _tooltips(current, lines, False)
    series.append(current)
    if chart.compare:
        previous = _bar_set(
            L.t(L.COL_PREVIOUS), LAST_YEAR, [float(line.previous) for line in lines]
        )
        _tooltips(previous, lines, True)
        series.append(previous)
    empty = is_empty(chart)
    series.setLabelsVisible(not empty)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)
    series.setBarWidth(0.7)
    qchart = QChart()
    qchart.setTitle(chart.title)
    qchart.addSeries(series)
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qchart.legend().setVisible(chart.compare)
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = QBarCategoryAxis()
    categories.append([axis_label(chart, line) for line in lines] or [""])
    categories.setTruncateLabels(False)
    top = max([0.0, *(float(line.value) for line in lines)])
    if chart.compare:
        top = max([top, *(float(line.previous) for line in lines)])
    maximum, step = axis_range(top)
    values = QValueAxis()
    values.setRange(0, maximum)
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickAnchor(0)
    values.setTickInterval(step)
    values.setLabelFormat("%d")
    category_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    qchart.addAxis(categories, category_side)
    qchart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)
    qchart.setMargins(qchart.margins() * 0)
    view = BarChartView(qchart, empty)
    view.setObjectName(f"chart_{chart.key}")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    rows = len(lines) * (2 if chart.compare else 1)
    view.setMinimumHeight(max(260, 26 * rows + 110) if horizontal else 280)
    return view
