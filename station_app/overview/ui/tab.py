"""统计: this year's figures beside last year's, four charts, and the annual report
(PDF preview, .xlsx). Built the first time it is shown, so the program starts as fast
as without it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.overview import labels as L
from station_app.overview.reports import build_annual_report
from station_app.overview.reports.annual import change_text, figure_text, percent_text
from station_app.overview.service import AnnualReportService, FiguresCancelled
from station_app.overview.sheets import write_annual_report
from station_app.overview.types import AnnualReport, Line
from station_app.widgets.background import BackgroundTask
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf, signed_by
from station_app.widgets.save_path import ask_save_path

# The figures on the page: (section, table, line).
KEY_FIGURES = (
    ("members", "members.totals", "total"),
    ("members", "members.totals", "joined"),
    ("units", "units.totals", "with_union"),
    ("units", "units.totals", "founded"),
    ("welfare", "welfare.totals", "packages"),
    ("welfare", "welfare.totals", "recipients"),
    ("welfare", "welfare.totals", "value"),
    ("rooms", "rooms.totals", "sessions"),
    ("rooms", "rooms.totals", "no_shows"),
    ("volunteers", "volunteers.totals", "active"),
    ("volunteers", "volunteers.totals", "activities"),
    ("volunteers", "volunteers.totals", "hours"),
)
COLUMNS = 4


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Figures")


def create_tab(context: DeskContext) -> QWidget:
    return OverviewTab(context)


class FigureCard(QFrame):
    def __init__(self, line: Line, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"figure_{line.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(line.label)
        self.value = QLabel(figure_text(line.value))
        self.value.setObjectName("value")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #2f6db5;")
        change = self.tr("{compared_with} {previous}, {change} ({percent})").format(
            compared_with=L.t(L.COL_PREVIOUS),  # 上年同期, as in the report
            previous=figure_text(line.previous),
            change=change_text(line.change),
            percent=percent_text(line.change_percent),
        )
        self.change = QLabel(change)
        self.change.setStyleSheet("color: #555;")
        for widget in (title, self.value, self.change):
            layout.addWidget(widget)


class OverviewTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: AnnualReport | None = None
        self._job: PdfBuildJob | None = None
        self._built = False
        self._reading = 0
        self._task: BackgroundTask | None = None
        self.year = QSpinBox()
        self.year.setObjectName("overview_year")
        this_year = clock.today().year
        self.year.setRange(this_year, this_year)  # widened to the years on file when shown
        self.year.setValue(this_year)
        self.open_button = QPushButton(self.tr("Open the annual report…"))
        self.open_button.setObjectName("open_annual_report")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("export_annual_report")
        self.heading = QLabel()
        self.heading.setObjectName("overview_heading")
        self.status = QLabel()
        self.status.setObjectName("overview_status")
        top = QHBoxLayout()
        year_label = QLabel(self.tr("Year:"))
        year_label.setBuddy(self.year)
        for widget in (self.heading, year_label, self.year, self.open_button, self.export_button):
            top.addWidget(widget)
        top.insertStretch(1)
        self.content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        self.year.valueChanged.connect(self.refresh)
        self.open_button.clicked.connect(self.open_report)
        self.export_button.clicked.connect(self.export_report)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            self._built = True
            self.set_years()
            self.refresh()

    def set_years(self) -> None:
        """Offers the years with figures: none after this year (all zeros), none before
        the first year anything is on file."""
        years = AnnualReportService(self.context.db).years()
        blocked = self.year.blockSignals(True)
        self.year.setRange(years.start, years.stop - 1)
        self.year.blockSignals(blocked)

    def focus_first(self) -> None:
        self.year.setFocus()

    def refresh(self) -> None:
        """Reads the chosen year's figures off the UI thread (a second or so for a
        station of 100,000 members), then lays the page out again. A read still at
        work for another year is cancelled."""
        year = self.year.value()
        self._reading = year
        self.heading.setText(self.tr("Reading the figures of {year}…").format(year=year))
        if self._task is not None:
            self._task.cancel()
        service = AnnualReportService(self.context.db)
        task = BackgroundTask(
            lambda _progress, should_cancel: service.year(year, should_cancel),
            "overview",
            cancelled_by=(FiguresCancelled,),
        )
        task.finished.connect(lambda report: self._read(year, report))
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def shutdown(self) -> None:
        """The window is closing: the read still at work stops between two steps of
        its queries and its thread is waited for (milliseconds), so that the exit does
        not wait for the whole read."""
        task, self._task = self._task, None
        if task is not None and task.is_running():
            task.cancel_and_wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _read(self, year: int, report: AnnualReport) -> None:
        if not shiboken6.isValid(self) or year != self._reading:
            return  # gone, or another year chosen meanwhile
        self.report = report
        self._lay_out(report)

    def _failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.heading.setText("")
            QMessageBox.warning(self, self.tr("Figures"), message)

    def _lay_out(self, report: AnnualReport) -> None:
        from station_app.overview.ui.charts import chart_view  # Qt Charts: on first show

        old = self.content.layout()
        if old is not None:
            QWidget().setLayout(old)  # drops the old layout and its widgets
        self.heading.setText(
            self.tr("{station}: figures of {period}, compared with {previous}").format(
                station=report.station_name,
                period=report.period.text(),
                previous=report.previous.text(),
            )
        )
        grid = QGridLayout()
        for index, (section, table, line) in enumerate(KEY_FIGURES):
            card = FigureCard(report.section(section).table(table).line(line))
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        charts = QGridLayout()
        for index, chart in enumerate(report.charts):
            charts.addWidget(chart_view(chart), index // 2, index % 2)
        for side in (0, 1):  # two charts share a row equally, whatever their labels need
            charts.setColumnStretch(side, 1)
        column = QVBoxLayout(self.content)
        column.addLayout(grid)
        column.addLayout(charts)
        column.addStretch(1)

    def open_report(self) -> PdfBuildJob | None:
        year = self.year.value()
        title = self.tr("Annual report")
        self._job = preview_pdf(
            self,
            title,
            lambda: AnnualReportService(self.context.db).year(year),
            signed_by(build_annual_report, self.context.actor.display_name),
            f"{title} {year}",
        )
        return self._job

    def export_report(self) -> str | None:
        title = self.tr("Export the annual report")
        year = self.year.value()
        name = self.tr("annual-report-{year}.xlsx").format(year=year)
        path = ask_save_path(self, title, name)
        return None if path is None else self.export_to(str(path))

    def export_to(self, path: str) -> str | None:
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            report = AnnualReportService(self.context.db).year(self.year.value())
            count = write_annual_report(path, report)
        except (DeskError, OSError) as error:
            text = error.message() if isinstance(error, DeskError) else str(error)
            QMessageBox.warning(self, self.tr("Export the annual report"), text)
            return None
        done = self.tr("Exported {count} figures to {path}.").format(count=count, path=path)
        self.status.setText(done)
        return done
