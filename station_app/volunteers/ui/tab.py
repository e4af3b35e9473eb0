"""The volunteer rosters tab (志愿者排班): activities by month with their shifts,
rosters and candidates; the volunteers with their histories; printouts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget

from station_app.context import DeskContext
from station_app.volunteers.ui import printing
from station_app.volunteers.ui.activities_page import ActivitiesPage
from station_app.volunteers.ui.common import DONE_STYLE
from station_app.volunteers.ui.teams_page import TeamsPage
from station_app.volunteers.ui.volunteers_page import VolunteersPage
from station_app.widgets.scanner import Scan
from station_app.widgets.tab_host import TabHost


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Volunteer rosters")


class VolunteersTab(TabHost):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "volunteer_pages", margins=4, document_mode=True, parent=parent)
        self.activities_page = self.add_page(ActivitiesPage(context), self.tr("Activities"))
        self.volunteers_page = self.add_page(VolunteersPage(context), self.tr("Volunteers"))
        self.teams_page = self.add_page(TeamsPage(context), self.tr("Teams"))

        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setObjectName("print")
        menu = QMenu(self.print_button)
        self.roster_action = menu.addAction(self.tr("Roster of this activity"))
        self.roster_action.triggered.connect(lambda: self.print_roster(False))
        self.leader_action = menu.addAction(self.tr("Leader's copy (full mobiles)"))
        self.leader_action.triggered.connect(lambda: self.print_roster(True))
        self.leader_action.setVisible(context.actor.is_admin)
        menu.addSeparator()
        self.summary_action = menu.addAction(self.tr("Year summary…"))
        self.summary_action.triggered.connect(self.print_year_summary)
        self.export_action = menu.addAction(self.tr("Export hours (.xlsx)…"))
        self.export_action.triggered.connect(self.export_hours)
        self.print_button.setMenu(menu)
        self.activities_page.bar.addWidget(self.print_button)
        self.activities_page.activity_changed.connect(self._activity_changed)
        self._activity_changed(self.activities_page.current_activity())

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet(DONE_STYLE)
        self.status.hide()

        self.body.addWidget(self.status)
        self._shown_once = False

    def _activity_changed(self, activity: object) -> None:
        has = activity is not None
        self.roster_action.setEnabled(has)
        self.leader_action.setEnabled(has)

    def focus_search(self) -> None:
        """Ctrl+F: the volunteer search (the activities page has the candidates')."""
        if self.pages.currentWidget() is self.activities_page:
            self.activities_page.panel.candidate_search.setFocus()
            self.activities_page.panel.candidate_search.selectAll()
        else:
            self.pages.setCurrentWidget(self.volunteers_page)
            self.volunteers_page.focus_search()

    def focus_first(self) -> None:
        """Shown: the search of the page shown; on the activities page without a chosen
        activity (nothing to search candidates for), the list of activities; on the
        teams page, its year."""
        page = self.activities_page
        if self.pages.currentWidget() is page and not page.panel.candidate_search.isEnabled():
            page.activity_view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.pages.currentWidget() is self.teams_page:
            self.teams_page.year.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_search()

    def handle_scan(self, scan: Scan) -> str | None:
        """A card reader or a member's QR code: that volunteer in the list."""
        page = self.volunteers_page
        self.pages.setCurrentWidget(page)
        page.search.set_text_now(scan.text)
        if page.table is not None and page.table.model().rowCount() == 1:
            page.focus_table()  # the history shows; Enter edits
            return None
        page.focus_search()
        return self.tr(
            "No volunteer found for {number}. To sign this person up: Add volunteer (Ctrl+N)."
        ).format(number=scan.text)

    def print_roster(self, leader_copy: bool = False) -> None:
        activity_id = self.activities_page.current_activity_id()
        if activity_id is not None:
            printing.print_roster(self, self.context, activity_id, leader_copy)

    def print_year_summary(self) -> None:
        year = printing.ask_year(self, self.tr("Year summary"), self.activities_page.year)
        if year is not None:
            printing.print_year_summary(self, self.context, year)

    def export_hours(self) -> None:
        year = printing.ask_year(self, self.tr("Export hours"), self.activities_page.year)
        if year is None:
            return
        text = printing.export_hours(self, self.context, year)
        if text:
            self.status.setText(text)
            self.status.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:  # another desk may have written meanwhile
            self.activities_page.refresh()
            self.teams_page.refresh()
        self._shown_once = True


def create_tab(context: DeskContext) -> QWidget:
    return VolunteersTab(context)
