"""The 统计 tab's charts: whole-number value axes, a note on an empty chart, the
report's words in the legend, full names beside horizontal bars, values on the bars."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis

from station_app.overview import labels as L
from station_app.overview.reports.charts import axis_range
from station_app.overview.types import Chart, Line, Table
from station_app.overview.ui.charts import chart_view


def chart(key: str, values: list[int | Decimal], compare: bool = False) -> Chart:
    lines = tuple(
        Line(f"r{i}", f"太平桥西里社区工会志愿者服务分队{i}", v, 0) for i, v in enumerate(values)
    )
    return Chart(key, "Chart", Table(key, "Table", lines), compare)


def test_value_axes_count_in_whole_steps() -> None:
    assert axis_range(0) == (1, 1)  # empty: 0 and 1, not 0, 1, 1, 2
    assert axis_range(1) == (2, 1)
    assert axis_range(3) == (4, 1)
    assert axis_range(7) == (10, 2)
    assert axis_range(19) == (25, 5)
    assert axis_range(307) == (400, 100)
    assert axis_range(1234.5) == (1500, 500)
    for top in (0, 1, 2, 3, 4, 5, 6, 9, 11, 99, 101, 2566, 0.5):
        maximum, step = axis_range(top)
        assert isinstance(step, int) and step >= 1 and maximum % step == 0
        assert maximum >= top and maximum // step <= 5


def test_an_empty_chart_says_no_data_with_whole_ticks(qapp) -> None:  # type: ignore[no-untyped-def]
    view = chart_view(chart("rooms.by_purpose", [0, 0, 0]))
    assert view.empty and view.empty_text == L.t(L.NO_DATA)
    (values,) = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
    assert (values.min(), values.max(), values.tickInterval()) == (0, 1, 1)
    assert values.tickType() == QValueAxis.TickType.TicksDynamic
    assert not chart_view(chart("rooms.by_purpose", [0, 3])).empty


def test_names_in_full_values_on_bars_and_the_reports_words(qapp) -> None:  # type: ignore[no-untyped-def]
    view = chart_view(chart("volunteers.hours_by_team", [177, Decimal("143.5"), 0, 12]))
    (series,) = view.chart().series()
    assert isinstance(series, QHorizontalBarSeries) and series.isLabelsVisible()
    (categories,) = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert not categories.truncateLabels()
    assert categories.categories()[-1] == "太平桥西里社区工会志愿者服务分队0"  # first on top
    months = chart_view(chart("members.joined_by_month", [3, 5], compare=True))
    sets: list[QBarSet] = months.chart().series()[0].barSets()
    assert [s.label() for s in sets] == [L.t(L.COL_VALUE), L.t(L.COL_PREVIOUS)]
    assert months.chart().legend().isVisible()
