"""The annual report's one service (figures of a period and the previous one)."""

from station_app.overview.service.annual import AnnualReportService

__all__ = ["AnnualReportService"]
