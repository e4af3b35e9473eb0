"""The annual report's one service (figures of a period and the previous one)."""

from station_app.overview.service.annual import AnnualReportService
from station_app.overview.types import FiguresCancelled

__all__ = ["AnnualReportService", "FiguresCancelled"]
