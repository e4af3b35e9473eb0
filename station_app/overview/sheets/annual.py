"""The annual report as an .xlsx: one sheet per section, one row per figure (the table
it belongs to, the item, this period, the previous period, the change, the change in
per cent, a per-cent cell), under the station's name, the report's title and its period,
written with the one writer of every export."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from station_app.core.xlsx_writer import PERCENT, Out, XlsxWriter
from station_app.overview import labels as L
from station_app.overview.types import AnnualReport, Section

WIDTHS = (30, 34, 16, 16, 14, 10)


def headers(report: AnnualReport) -> list[str]:
    return [
        L.t(L.TABLE_COLUMN),
        L.t(L.COL_ITEM),
        f"{L.t(L.COL_VALUE)} {report.period.text()}",
        f"{L.t(L.COL_PREVIOUS)} {report.previous.text()}",
        L.t(L.COL_CHANGE),
        L.t(L.COL_CHANGE_PERCENT),
    ]


def section_rows(section: Section) -> Iterator[list[Any]]:
    for table in section.tables:
        for line in table.lines:
            yield [
                table.title,
                line.label,
                line.value,
                line.previous,
                line.change,
                line.change_fraction,
            ]


def titles(report: AnnualReport, section: Section) -> list[str]:
    """The lines above a sheet's header: the station, the report and section, the period."""
    return [
        report.station_name,
        f"{L.t(L.TITLE)} {report.period.text()} · {section.title}",
        L.t(L.PERIOD_LINE).format(period=report.period.text(), previous=report.previous.text()),
    ]


def write_annual_report(out: Out, report: AnnualReport) -> int:
    """Writes the workbook; returns the number of figures written."""
    header = headers(report)
    written = 0
    with XlsxWriter(out) as book:
        for section in report.sections:
            written += book.add_sheet(
                section.title,
                header,
                section_rows(section),
                widths=WIDTHS,
                styles={5: PERCENT},
                titles=titles(report, section),
            )
    return written
