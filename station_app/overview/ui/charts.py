"""Bar charts of the overview (Qt Charts), drawn from the same tables as the report."""

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
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter

from station_app.overview.types import Chart

THIS_YEAR = QColor("#2f6db5")
LAST_YEAR = QColor("#b8c7dc")
MAX_BARS = 12


def _text(source: str) -> str:
    return QCoreApplication.translate("OverviewTab", source)


def common_part(labels: list[str], shortest: int = 4) -> str:
    """The longest piece every label holds (工会志愿者服务 of the squads' names), if any."""
    if len(labels) < 2:
        return ""
    first = min(labels, key=len)
    for size in range(len(first), shortest - 1, -1):
        for start in range(len(first) - size + 1):
            piece = first[start : start + size]
            if all(piece in label for label in labels):
                return piece
    return ""


def short_labels(chart: Chart, labels: list[str]) -> list[str]:
    """Axis labels that fit: months without the year, names without what they share."""
    if chart.key == "members.joined_by_month":
        return [label[5:] for label in labels]
    shared = common_part(labels)
    return [label.replace(shared, "") or label for label in labels] if shared else labels


def chart_view(chart: Chart) -> QChartView:
    lines = list(chart.table.lines)
    horizontal = len(lines) > 12 or max((len(line.label) for line in lines), default=0) > 8
    if horizontal:
        top = sorted(lines, key=lambda line: line.value, reverse=True)[:MAX_BARS]
        lines = list(reversed([line for line in lines if line in top]))
    current = QBarSet(_text("This year"))
    current.setColor(THIS_YEAR)
    current.append([float(line.value) for line in lines])
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(current)
    if chart.compare:
        previous = QBarSet(_text("Last year"))
        previous.setColor(LAST_YEAR)
        previous.append([float(line.previous) for line in lines])
        series.append(previous)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    qchart = QChart()
    qchart.setTitle(chart.title)
    qchart.addSeries(series)
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qchart.legend().setVisible(chart.compare)
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = QBarCategoryAxis()
    categories.append(short_labels(chart, [line.label for line in lines]) or [""])
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    top_value = max(
        [float(line.value) for line in lines] + [float(line.previous) for line in lines] + [1.0]
    )
    values.setRange(0, top_value * 1.1)
    values.applyNiceNumbers()
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
    view = QChartView(qchart)
    view.setObjectName(f"chart_{chart.key}")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(max(260, 30 * len(lines) + 90) if horizontal else 260)
    return view
