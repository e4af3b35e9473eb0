"""The annual report's printout (tables of every section and its charts)."""

from station_app.overview.reports.annual import annual_report_story, build_annual_report

__all__ = ["annual_report_story", "build_annual_report"]
