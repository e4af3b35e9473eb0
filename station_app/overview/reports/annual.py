"""The annual report as a PDF: the period, each section's tables (this period, the
previous one, the change), the charts, and a note of what the figures count."""

from __future__ import annotations

from decimal import Decimal
from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    cell_wrapper,
    grid_table,
    para,
    register_fonts,
    section_heading,
    title_block,
)
from station_app.overview import labels as L
from station_app.overview.reports.charts import chart_drawing
from station_app.overview.types import AnnualReport, Number, Table

COLUMNS = [72 * mm, 28 * mm, 28 * mm, 24 * mm, 18 * mm]


def figure_text(value: Number | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:,}"
    return f"{value:,}"


def change_text(value: Number) -> str:
    return ("+" if value > 0 else "") + figure_text(value)


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else ("+" if value > 0 else "") + f"{value}%"


def table_flowables(table: Table, header: list[str]) -> list[Flowable]:
    """The table under its title; a table that runs onto another page names itself
    again there, "（续）" (the shared paged table's continued lead), with its header."""
    fit = cell_wrapper(register_fonts())
    rows: list[list[str]] = [
        [
            fit(line.label, COLUMNS[0]),
            figure_text(line.value),
            figure_text(line.previous),
            change_text(line.change),
            percent_text(line.change_percent),
        ]
        for line in table.lines
    ] or [[L.t(L.NO_DATA), "", "", "", ""]]  # never a header over nothing
    more = L.t(L.TABLE_CONTINUED).format(title=table.title)
    return [
        Spacer(1, 6),
        grid_table(
            header,
            rows,
            COLUMNS,
            lead=para(table.title, "body", fontSize=10, spaceAfter=2),
            continued=lambda: para(more, "body", fontSize=10, spaceAfter=2),
            align_right=(1, 2, 3, 4),
        ),
    ]


def annual_report_story(report: AnnualReport) -> list[Flowable]:
    period = report.period.text()
    story: list[Flowable] = [
        title_block(f"{L.t(L.TITLE)} {period}"),
        para(
            L.t(L.PERIOD_LINE).format(period=period, previous=report.previous.text()),
            "body",
            alignment=1,
        ),
        Spacer(1, 4 * mm),
    ]
    header = [
        L.t(L.COL_ITEM),
        f"{L.t(L.COL_VALUE)}",
        f"{L.t(L.COL_PREVIOUS)}",
        L.t(L.COL_CHANGE),
        L.t(L.COL_CHANGE_PERCENT),
    ]
    charts = {chart.key: chart for chart in report.charts}
    for section in report.sections:
        story.extend(section_heading(section.title))
        for table in section.tables:
            story.extend(table_flowables(table, header))
            if table.key in charts:
                story.append(Spacer(1, 3 * mm))
                story.append(KeepTogether([chart_drawing(charts[table.key])]))
        story.append(Spacer(1, 4 * mm))
    story.extend(section_heading(L.t(L.NOTES_HEADING), 20 * mm))
    story.extend(para(L.t(note), "small") for note in L.NOTES)
    return story


def build_annual_report(
    out: Out, report: AnnualReport, operator: str, **options: Unpack[BuildOptions]
) -> None:
    build_report(
        out,
        annual_report_story(report),
        report.station_name,
        f"{L.t(L.TITLE)} {report.period.text()}",
        operator,
        **options,
    )
