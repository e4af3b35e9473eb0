"""The annual report as an .xlsx workbook (one sheet per section)."""

from station_app.overview.sheets.annual import write_annual_report

__all__ = ["write_annual_report"]
