"""Add or edit a team (administrators): name, the team above it, community, leader
(picked from the team's own volunteers and its squads'), active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.members.service import CommunityService
from station_app.volunteers.service import TeamService, VolunteerService
from station_app.volunteers.types import TeamInput, TeamRow, VolunteerFilter
from station_app.volunteers.ui.common import SUBTLE_STYLE, notices_text, team_label
from station_app.widgets.desk_parts import label, named
from station_app.widgets.dialogs import SAVE, accept_buttons
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.layout import vbox


class TeamDialog(QDialog):
    """``team_id`` is set once saved; ``notices`` holds what the service warned about."""

    def __init__(
        self, context: DeskContext, team: TeamRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = TeamService(context.db)
        self.editing = team
        self.team_id: int | None = None
        self.notices = ""
        self.setWindowTitle(self.tr("Edit team") if team else self.tr("New team"))

        self.name = named(QLineEdit(team.name if team else ""), "team_name")
        self.name.setMaxLength(60)

        self.parent_combo = named(QComboBox(), "team_parent")
        self.parent_combo.addItem(self.tr("(none: this is the brigade)"), None)
        for row in self.service.list_teams():
            if team is not None and row.id == team.id:
                continue
            if row.active or (team is not None and row.id == team.parent_id):
                self.parent_combo.addItem(team_label(row), row.id)
        if team is None:
            if self.parent_combo.count() > 1:  # new teams go under the brigade by default
                self.parent_combo.setCurrentIndex(1)
        else:
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(team.parent_id), 0))

        self.community = named(QComboBox(), "team_community")
        self.community.addItem(self.tr("(no community)"), None)
        for c in CommunityService(context.db).list_communities():
            self.community.addItem(c.name, c.id)
        if team is not None:
            self.community.setCurrentIndex(max(self.community.findData(team.community_id), 0))

        self.leader = named(QComboBox(), "team_leader")
        self.leader.addItem(self.tr("(no leader)"), None)
        if team is not None:
            people = VolunteerService(context.db).list_volunteers(
                VolunteerFilter(team_id=team.id, active=None), limit=None
            )
            for v in people:
                if v.active or v.id == team.leader_volunteer_id:
                    text = v.name if v.team_id == team.id else f"{v.name} ({v.team_name})"
                    self.leader.addItem(text, v.id)
            self.leader.setCurrentIndex(max(self.leader.findData(team.leader_volunteer_id), 0))
        else:
            self.leader.setEnabled(False)
            self.leader.setToolTip(
                self.tr("Save the team and add its volunteers first; then pick the leader.")
            )

        self.active = named(QCheckBox(self.tr("Active")), "team_active")
        self.active.setChecked(team.active if team else True)

        form = QFormLayout()
        self.errors = FormErrors(form)
        self.errors.add_field("name", self.tr("&Name"), self.name)
        self.errors.add_field("parent_id", self.tr("&Under"), self.parent_combo)
        self.errors.add_field("community_id", self.tr("&Community"), self.community)
        self.errors.add_field("leader_volunteer_id", self.tr("&Leader"), self.leader)
        form.addRow("", self.active)
        hint = label(
            self.tr("The leader is one of this team's volunteers or its squads'."),
            style=SUBTLE_STYLE,
            wrap=True,
        )
        buttons = accept_buttons(self, self.save, button=SAVE)
        vbox(form, hint, self.errors.general_label, buttons, parent=self)

    def team_input(self) -> TeamInput:
        return TeamInput(
            name=self.name.text(),
            parent_id=self.parent_combo.currentData(),
            community_id=self.community.currentData(),
            leader_volunteer_id=self.leader.currentData(),
            active=self.active.isChecked(),
        )

    def save(self) -> bool:
        self.errors.clear()
        try:
            if self.editing is None:
                self.team_id = self.service.add_team(self.context.actor, self.team_input())
            else:
                result = self.service.update_team(
                    self.context.actor, self.editing.id, self.team_input()
                )
                self.team_id = result.id
                self.notices = notices_text(result.notices)
        except DeskError as error:
            self.errors.show(error)
            return False
        self.accept()
        return True
