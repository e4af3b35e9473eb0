"""Volunteers page: search, the list, a volunteer's history with hours per year,
add / edit, the service certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMessageBox, QWidget

from station_app.context import DeskContext
from station_app.core import clock
from station_app.volunteers import labels
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import (
    SkillService,
    TeamService,
    VolunteerService,
)
from station_app.volunteers.types import VolunteerFilter, VolunteerHistory
from station_app.volunteers.ui import printing
from station_app.volunteers.ui.common import HEADING_STYLE, SUBTLE_STYLE, fill_team_combo
from station_app.volunteers.ui.models import HistoryModel, VolunteerModel, YearModel
from station_app.volunteers.ui.volunteer_dialog import VolunteerDialog
from station_app.widgets.batched_table import list_view
from station_app.widgets.chosen_row import choose_record, current_record, current_record_id
from station_app.widgets.desk_parts import label, named, spin_box
from station_app.widgets.layout import STRETCH, button, fill, hbox, panel, splitter, vbox
from station_app.widgets.list_page import ListPage


class VolunteersPage(ListPage):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        service = VolunteerService(context.db)
        super().__init__(
            VolunteerModel(service),
            search_name="volunteer_search",
            placeholder=self.tr(
                "Search: name, pinyin initials, mobile tail, ID or member number (Ctrl+F)"
            ),
            table_name="volunteers",
            parent=parent,
        )
        self.context = context
        self.service = service
        self.views = VolunteerViews(context.db)
        self.search.setMinimumWidth(0)  # the bar shares its width with the filters
        self.team_filter = named(QComboBox(), "volunteer_team")
        fill_team_combo(
            self.team_filter, TeamService(context.db).list_teams(), self.tr("All teams")
        )
        self.skill_filter = named(QComboBox(), "volunteer_skill")
        self.skill_filter.addItem(self.tr("Any skill"), None)
        for row in SkillService(context.db).list_skills():
            self.skill_filter.addItem(row.name, row.id)
        self.show_inactive = named(QCheckBox(self.tr("Show inactive")), "show_inactive")
        self.filter_on(
            self.team_filter.currentIndexChanged,
            self.skill_filter.currentIndexChanged,
            self.show_inactive.toggled,
        )
        self.add_button = button(
            self.tr("&Add volunteer…"),
            self.add_volunteer,
            name="add_volunteer",
            tip=self.tr("Add volunteer (Ctrl+N)"),
        )
        self.edit_button = button(self.tr("&Edit…"), self.edit_volunteer, name="edit_volunteer")
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_volunteer)
        self.count_label.setStyleSheet(SUBTLE_STYLE)

        bar = hbox(
            (self.search, 3), (self.team_filter, 1), (self.skill_filter, 1), self.show_inactive
        )
        bar.addStretch(0)  # a spacer without stretch: the search and filters take the room
        fill(bar, self.add_button, self.edit_button)

        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.set_empty_text(self.tr("No volunteers match."))
        self.table.activated.connect(lambda _i: self.edit_volunteer())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_history())

        # --- the history ---------------------------------------------------------------
        self.history_title = label(self.tr("History"), name="history_title", style=HEADING_STYLE)
        self.history_total = label(name="history_total", style=SUBTLE_STYLE)
        self.year_model = YearModel(self)
        self.year_view = list_view(self.year_model, self.tr("No hours yet."), "years")
        self.year_view.setMaximumHeight(140)
        self.year_view.selectionModel().currentRowChanged.connect(self._year_chosen)
        self.history_model = HistoryModel(self)
        self.history_view = list_view(
            self.history_model, self.tr("Not on any shift yet."), "history"
        )
        self.certificate_year = spin_box("certificate_year", 2000, 2100, clock.today().year)
        self.certificate_button = button(
            self.tr("Print &certificate…"), self.print_certificate, name="print_certificate"
        )
        cert = hbox(
            QLabel(self.tr("Service certificate for")),
            self.certificate_year,
            self.certificate_button,
            STRETCH,
        )
        side = panel(
            self.history_title,
            self.history_total,
            self.year_view,
            (self.history_view, 1),
            cert,
        )
        list_box = panel((self.table, 1), self.count_label)
        split = splitter(Qt.Orientation.Horizontal, [list_box, side], [640, 460])
        vbox(bar, (split, 1), parent=self)
        self.history: VolunteerHistory | None = None
        self.refresh()

    # --- the list ----------------------------------------------------------------------

    def apply_filter(self, *_args: object) -> None:
        self.refresh()

    def count_for(self, total: int) -> str:
        return self.tr("{count} volunteers").format(count=total)

    def current_filter(self) -> VolunteerFilter:
        return VolunteerFilter(
            query=self.search.text(),
            team_id=self.team_filter.currentData(),
            skill_id=self.skill_filter.currentData(),
            active=None if self.show_inactive.isChecked() else True,
        )

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        self.model.set_filter(self.current_filter())
        if not choose_record(self.table, keep, 0):
            self.show_history()

    def current_id(self) -> int | None:
        return current_record_id(self.table)

    # --- the history -------------------------------------------------------------------

    def show_history(self) -> None:
        volunteer_id = self.current_id()
        self.edit_button.setEnabled(volunteer_id is not None)
        self.certificate_button.setEnabled(volunteer_id is not None)
        if volunteer_id is None:
            self.history = None
            self.history_title.setText(self.tr("History"))
            self.history_total.clear()
            self.year_model.set_rows([])
            self.history_model.set_rows([])
            return
        self.history = self.views.volunteer_history(volunteer_id)
        row = current_record(self.table)
        self.history_title.setText(
            self.tr("{name} · {team}").format(name=self.history.name, team=row.team_name)
        )
        this_year = clock.today().year
        hours_now = next((y.hours for y in self.history.years if y.year == this_year), 0)
        self.history_total.setText(
            self.tr("Hours this year {year}: {hours} · in all: {total}").format(
                year=this_year,
                hours=labels.fmt_hours(hours_now),
                total=labels.fmt_hours(self.history.total_hours),
            )
        )
        self.year_model.set_rows(self.history.years)
        self.history_model.set_rows(self.history.rows)

    def _year_chosen(self, *_args: object) -> None:
        index = self.year_view.currentIndex()
        if index.isValid():
            self.certificate_year.setValue(self.year_model.row(index.row()).year)

    # --- actions -----------------------------------------------------------------------

    def add_volunteer(self) -> None:
        dialog = VolunteerDialog(self.context, None, self)
        if dialog.exec() and dialog.volunteer_id is not None:
            self.search.set_text_now("")
            self.refresh(keep=dialog.volunteer_id)
            self._select(dialog.volunteer_id)
            if dialog.notices:
                QMessageBox.information(self, dialog.windowTitle(), dialog.notices)

    def edit_volunteer(self) -> None:
        volunteer_id = self.current_id()
        if volunteer_id is None:
            return
        dialog = VolunteerDialog(self.context, volunteer_id, self)
        if dialog.exec():
            self.refresh(keep=volunteer_id)
            if dialog.notices:
                QMessageBox.information(self, dialog.windowTitle(), dialog.notices)

    def _select(self, volunteer_id: int) -> None:
        self.model.fetch_all()
        choose_record(self.table, volunteer_id)

    def print_certificate(self) -> None:
        volunteer_id = self.current_id()
        if volunteer_id is None:
            return
        printing.print_certificate(self, self.context, volunteer_id, self.certificate_year.value())
