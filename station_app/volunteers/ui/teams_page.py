"""Teams page: the brigade (志愿者服务大队) and its community squads with leader,
volunteers and the chosen year's hours; administrators add and edit teams and keep
the skill list (add, rename, retire)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import SkillService, TeamService
from station_app.volunteers.types import SkillRow, TeamRow, TeamTotals
from station_app.volunteers.ui.common import HEADING_STYLE, SUBTLE_STYLE, show_error
from station_app.volunteers.ui.team_dialog import TeamDialog
from station_app.widgets.desk_parts import label, named, spin_box
from station_app.widgets.layout import STRETCH, button, hbox, splitter, vbox

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#888888")

# Tree columns
NAME, COMMUNITY, LEADER, ACTIVE, VOLUNTEERS, SERVED, HOURS = range(7)


class TeamsPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.teams = TeamService(context.db)
        self.skills = SkillService(context.db)
        self.views = VolunteerViews(context.db)
        self.is_admin = context.actor.is_admin
        self._team_rows: dict[int, TeamRow] = {}

        # --- bar -----------------------------------------------------------------------
        heading = label(self.tr("Teams"), style=HEADING_STYLE)
        self.year = spin_box("teams_year", 2000, 2100, clock.today().year, prefix=self.tr("Year "))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.summary = label(name="teams_summary", style=SUBTLE_STYLE)
        self.add_button = button(self.tr("&Add team…"), self.add_team, name="add_team")
        self.edit_button = button(self.tr("&Edit team…"), self.edit_team, name="edit_team")
        self.default_button = button(
            self.tr("Add missing &squads"),
            self.add_default_teams,
            name="default_teams",
            tip=self.tr("Add the brigade and one squad for each community that has none."),
        )
        for admin_only in (self.add_button, self.edit_button, self.default_button):
            admin_only.setVisible(self.is_admin)
        self.read_only = label(
            self.tr("Only an administrator changes teams and skills."),
            name="teams_read_only",
            style=SUBTLE_STYLE,
            hidden=self.is_admin,
        )

        bar = hbox(
            heading,
            self.year,
            12,
            self.summary,
            STRETCH,
            self.read_only,
            self.default_button,
            self.add_button,
            self.edit_button,
        )

        # --- the team tree -------------------------------------------------------------
        self.tree = named(QTreeWidget(), "teams")
        self.tree.setHeaderLabels(
            [
                self.tr("Team"),
                self.tr("Community"),
                self.tr("Leader"),
                self.tr("Active"),
                self.tr("Volunteers"),
                self.tr("Served this year"),
                self.tr("Hours this year"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_team())

        # --- skills --------------------------------------------------------------------
        self.skill_list = named(QListWidget(), "skills")
        self.skill_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_skill_button = button(self.tr("Add s&kill…"), self.add_skill, name="add_skill")
        self.rename_skill_button = button(
            self.tr("&Rename…"), self.rename_skill, name="rename_skill"
        )
        self.retire_skill_button = button(
            self.tr("&Deactivate"), self.toggle_skill, name="retire_skill"
        )
        skill_buttons = (self.add_skill_button, self.rename_skill_button, self.retire_skill_button)
        for admin_only in skill_buttons:
            admin_only.setVisible(self.is_admin)
        skills_box = QGroupBox(self.tr("Skills"))
        vbox((self.skill_list, 1), hbox(*skill_buttons, STRETCH), parent=skills_box)

        split = splitter(Qt.Orientation.Horizontal, [self.tree, skills_box], [760, 260])
        vbox(bar, (split, 1), parent=self)
        self.refresh()

    # --- loading -----------------------------------------------------------------------

    def refresh(self, keep_team: int | None = None, keep_skill: int | None = None) -> None:
        keep_team = keep_team if keep_team is not None else self.current_team_id()
        keep_skill = keep_skill if keep_skill is not None else self.current_skill_id()
        rows = self.teams.list_teams()
        totals = {t.team_id: t for t in self.views.team_totals(self.year.value())}
        self._team_rows = {r.id: r for r in rows}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(rows)
        # Parents come before their squads (the brigade first); anything whose parent
        # is missing goes to the top level.
        while pending:
            rest = []
            for row in pending:
                if row.parent_id is None or row.parent_id in items:
                    item = self._item(row, totals.get(row.id))
                    above = items.get(row.parent_id) if row.parent_id is not None else None
                    if above is not None:
                        above.addChild(item)
                    else:
                        self.tree.addTopLevelItem(item)
                    items[row.id] = item
                elif row.parent_id not in self._team_rows:
                    item = self._item(row, totals.get(row.id))
                    self.tree.addTopLevelItem(item)
                    items[row.id] = item
                else:
                    rest.append(row)
            if len(rest) == len(pending):  # a loop in the data: show them flat
                for row in rest:
                    item = self._item(row, totals.get(row.id))
                    self.tree.addTopLevelItem(item)
                    items[row.id] = item
                break
            pending = rest
        self.tree.expandAll()
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        hours = sum((t.hours for t in totals.values()), Decimal("0.00"))
        self.summary.setText(
            self.tr("{teams} teams, {volunteers} volunteers, {hours} hours in {year}").format(
                teams=len(rows),
                volunteers=sum(t.volunteers for t in totals.values()),
                hours=hours,
                year=self.year.value(),
            )
        )
        if keep_team is not None and keep_team in items:
            self.tree.setCurrentItem(items[keep_team])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._load_skills(keep_skill)
        self._update_buttons()

    def _item(self, row: TeamRow, totals: TeamTotals | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                row.name,
                row.community_name or "",
                row.leader_name or "",
                self.tr("Yes") if row.active else self.tr("No"),
                str(totals.volunteers if totals else row.volunteers),
                str(totals.volunteers_served if totals else 0),
                str(totals.hours if totals else "0.00"),
            ]
        )
        item.setData(NAME, ID_ROLE, row.id)
        for column in (VOLUNTEERS, SERVED, HOURS):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        item.setTextAlignment(ACTIVE, Qt.AlignmentFlag.AlignCenter)
        if not row.active:
            for column in range(self.tree.columnCount()):
                item.setForeground(column, QBrush(MUTED))
        if totals is not None:
            item.setToolTip(
                HOURS,
                self.tr("{count} attended shifts in {year}").format(
                    count=totals.attendances, year=self.year.value()
                ),
            )
        return item

    def _load_skills(self, keep: int | None) -> None:
        self.skill_list.clear()
        current = None
        for skill in self.skills.list_skills(include_inactive=True):
            item = QListWidgetItem(self._skill_text(skill))
            item.setData(ID_ROLE, skill.id)
            item.setData(ID_ROLE + 1, skill.active)
            if not skill.active:
                item.setForeground(QBrush(MUTED))
            self.skill_list.addItem(item)
            if skill.id == keep:
                current = item
        if current is not None:
            self.skill_list.setCurrentItem(current)
        elif self.skill_list.count():
            self.skill_list.setCurrentRow(0)

    def _skill_text(self, skill: SkillRow) -> str:
        if not skill.active:
            return self.tr("{name} (no longer offered)").format(name=skill.name)
        return self.tr("{name} ({count} volunteers)").format(
            name=skill.name, count=skill.volunteers
        )

    # --- choosing ----------------------------------------------------------------------

    def current_team_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(NAME, ID_ROLE) if item is not None else None

    def current_team(self) -> TeamRow | None:
        team_id = self.current_team_id()
        return self._team_rows.get(team_id) if team_id is not None else None

    def select_team(self, team_id: int) -> bool:
        item = self.team_item(team_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def team_item(self, team_id: int) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if item.data(NAME, ID_ROLE) == team_id:
                return item
        return None

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def current_skill_id(self) -> int | None:
        item = self.skill_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_skill(self, skill_id: int) -> bool:
        for i in range(self.skill_list.count()):
            if self.skill_list.item(i).data(ID_ROLE) == skill_id:
                self.skill_list.setCurrentRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.is_admin and self.current_team_id() is not None)
        item = self.skill_list.currentItem()
        has_skill = self.is_admin and item is not None
        self.rename_skill_button.setEnabled(has_skill)
        self.retire_skill_button.setEnabled(has_skill)
        if item is not None and not item.data(ID_ROLE + 1):
            self.retire_skill_button.setText(self.tr("Re&activate"))
        else:
            self.retire_skill_button.setText(self.tr("&Deactivate"))

    # --- teams -------------------------------------------------------------------------

    def add_team(self) -> None:
        if self.is_admin:
            self._run_dialog(TeamDialog(self.context, None, self))

    def edit_team(self) -> None:
        team = self.current_team()
        if self.is_admin and team is not None:
            self._run_dialog(TeamDialog(self.context, team, self))

    def _run_dialog(self, dialog: TeamDialog) -> None:
        dialog.exec()
        if dialog.team_id is None:
            return
        self.refresh(keep_team=dialog.team_id)
        if dialog.notices:
            QMessageBox.information(self, dialog.windowTitle(), dialog.notices)

    def add_default_teams(self) -> None:
        try:
            created = self.teams.ensure_default_teams(self.context.actor)
        except DeskError as error:
            show_error(self, self.tr("Add missing squads"), error)
            return
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Add missing squads"),
            self.tr("{count} teams added.").format(count=created)
            if created
            else self.tr("Every community has its squad already."),
        )

    # --- skills ------------------------------------------------------------------------

    def add_skill(self) -> None:
        if not self.is_admin:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add skill"), self.tr("Skill:"))
        if ok and name.strip():
            self._change_skill(
                self.tr("Add skill"), lambda: self.skills.add_skill(self.context.actor, name)
            )

    def rename_skill(self) -> None:
        item = self._chosen_skill()
        if item is None:
            return
        skill_id = item.data(ID_ROLE)
        old = next(
            (s.name for s in self.skills.list_skills(include_inactive=True) if s.id == skill_id),
            "",
        )
        name, ok = QInputDialog.getText(
            self, self.tr("Rename skill"), self.tr("New name:"), QLineEdit.EchoMode.Normal, old
        )
        if ok and name.strip():
            self._change_skill(
                self.tr("Rename skill"),
                lambda: self.skills.rename_skill(self.context.actor, skill_id, name),
                skill_id,
            )

    def toggle_skill(self) -> None:
        item = self._chosen_skill()
        if item is None:
            return
        skill_id, active = item.data(ID_ROLE), bool(item.data(ID_ROLE + 1))
        self._change_skill(
            self.tr("Skills"),
            lambda: self.skills.set_skill_active(self.context.actor, skill_id, not active),
            skill_id,
        )

    def _chosen_skill(self) -> QListWidgetItem | None:
        """The skill an administrator changes (None for desk staff)."""
        return self.skill_list.currentItem() if self.is_admin else None

    def _change_skill(
        self, title: str, change: Callable[[], int | None], skill_id: int | None = None
    ) -> None:
        """Write, then show the skills again with that one (``skill_id``, or the new
        skill's id the write returns) chosen; a refusal in a message box titled ``title``."""
        try:
            new_id = change()
        except DeskError as error:
            show_error(self, title, error)
            return
        self.refresh(keep_skill=skill_id if skill_id is not None else new_id)

    def shutdown(self) -> None:
        """Nothing runs in the background here; for the tab's symmetry."""
