"""Add or edit a volunteer: a member picked by search, or a non-member by name,
ID number and mobile; team, skills, usual availability."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.volunteers import labels
from station_app.volunteers.errors import AlreadyVolunteer
from station_app.volunteers.models import AVAILABLE_ALWAYS
from station_app.volunteers.service import SkillService, TeamService, VolunteerService, availability
from station_app.volunteers.types import MemberChoice, VolunteerInput
from station_app.volunteers.ui.common import (
    SUBTLE_STYLE,
    fill_team_combo,
    from_qdate,
    notices_text,
    to_qdate,
)
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label, named, notes_box
from station_app.widgets.dialogs import SAVE, accept_buttons
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.person_picker import Match, PersonPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AvailabilityGrid(QWidget):
    """Any time, or ticks for weekday x morning / afternoon / evening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.any_time = QCheckBox(labels.tr(labels.ANY_TIME))
        self.any_time.setObjectName("any_time")
        self.boxes: dict[tuple[int, int], QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for w, name in enumerate(labels.WEEKDAYS_SHORT):
            grid.addWidget(QLabel(labels.tr(name)), 0, w + 1, Qt.AlignmentFlag.AlignCenter)
        for p, part in enumerate(labels.PARTS):
            grid.addWidget(QLabel(labels.tr(part)), p + 1, 0)
            for w in range(7):
                box = QCheckBox()
                self.boxes[(w, p)] = box
                grid.addWidget(box, p + 1, w + 1, Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.any_time)
        layout.addLayout(grid)
        self.any_time.toggled.connect(self._any_toggled)

    def _any_toggled(self, on: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not on)

    def set_value(self, value: int) -> None:
        always = availability.is_always(value)
        self.any_time.setChecked(always)
        slots = availability.decode(value)
        for slot, box in self.boxes.items():
            box.setChecked(always or slot in slots)
        self._any_toggled(always)

    def value(self) -> int:
        if self.any_time.isChecked():
            return AVAILABLE_ALWAYS
        return availability.encode(slot for slot, box in self.boxes.items() if box.isChecked())


class VolunteerDialog(QDialog):
    def __init__(
        self, context: DeskContext, volunteer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = VolunteerService(context.db)
        self.volunteer_id = volunteer_id
        self.notices = ""
        self.member_id: int | None = None
        self._lines: dict[int, str] = {}  # the listed members' lines, by id
        self.setWindowTitle(
            self.tr("New volunteer") if volunteer_id is None else self.tr("Volunteer")
        )
        self.setMinimumWidth(560)

        # --- who -----------------------------------------------------------------------
        self.member_radio = named(QRadioButton(self.tr("A &member")), "is_member")
        self.other_radio = named(QRadioButton(self.tr("N&ot a member")), "not_member")
        group = QButtonGroup(self)
        group.addButton(self.member_radio)
        group.addButton(self.other_radio)
        self.member_radio.setChecked(True)
        self.member_search = named(PersonPicker(self.member_matches), "member_search")
        self.member_search.setPlaceholderText(
            self.tr("Member's name, initials, mobile tail or number")
        )
        self.member_search.chosen.connect(self._member_chosen)
        self.member_chosen_label = label(style=SUBTLE_STYLE)
        self.name = named(QLineEdit(), "name")
        self.id_number = named(QLineEdit(), "id_number")
        self.id_number.setPlaceholderText(self.tr("Resident ID number"))
        self.mobile = named(QLineEdit(), "mobile")

        # --- the rest ------------------------------------------------------------------
        self.team = named(QComboBox(), "team")
        self.skills = named(QListWidget(), "skills")
        self.skills.setFlow(QListWidget.Flow.LeftToRight)
        self.skills.setWrapping(True)
        self.skills.setMaximumHeight(64)
        for row in SkillService(context.db).list_skills():
            item = QListWidgetItem(row.name)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.skills.addItem(item)
        self.availability = AvailabilityGrid()
        self.availability.set_value(AVAILABLE_ALWAYS)
        self.joined_on = named(DateEdit(clock.today()), "joined_on")
        self.active = named(QCheckBox(self.tr("Active")), "active")
        self.active.setChecked(True)
        self.notes = notes_box("notes", 48)

        who = hbox(self.member_radio, self.other_radio, STRETCH)
        form = QFormLayout()
        self.errors = FormErrors(form)
        form.addRow("", who)
        self.errors.add_field("member_id", self.tr("&Find member"), self.member_search)
        form.addRow("", self.member_chosen_label)
        self.errors.add_field("name", self.tr("&Name"), self.name)
        self.errors.add_field("id_number", self.tr("&ID number"), self.id_number)
        self.errors.add_field("mobile", self.tr("Mo&bile"), self.mobile)
        self.errors.add_field("team_id", self.tr("&Team"), self.team)
        self.errors.add_field("skill_ids", self.tr("&Skills"), self.skills)
        self.errors.add_field("availability", self.tr("&Usually free"), self.availability)
        self.errors.add_field("joined_on", self.tr("&Joined"), self.joined_on)
        form.addRow("", self.active)
        self.errors.add_field("notes", self.tr("Not&es"), self.notes)
        self.form = form

        buttons = accept_buttons(self, self.save, button=SAVE)
        vbox(form, self.errors.general_label, buttons, parent=self)

        self.teams = TeamService(context.db).list_teams()
        self.member_radio.toggled.connect(self._mode_changed)
        if volunteer_id is None:
            fill_team_combo(self.team, self.teams, None)
            self._mode_changed()
            self.member_search.setFocus()
        else:
            self._load(volunteer_id)

    def _load(self, volunteer_id: int) -> None:
        record = self.service.get(self.context.actor, volunteer_id)
        self.member_id = record.member_id
        is_member = record.member_id is not None
        self.member_radio.setChecked(is_member)
        self.other_radio.setChecked(not is_member)
        for widget in (self.member_radio, self.other_radio, self.member_search):
            widget.setEnabled(False)
        self.member_search.blockSignals(True)  # shown, not chosen again (the team stays)
        self.member_search.set_chosen(record.member_id, record.name if is_member else "")
        self.member_search.blockSignals(False)
        self.member_chosen_label.setText(
            self.tr("Member {number}").format(number=record.member_no) if is_member else ""
        )
        self.name.setText(record.name)
        self.id_number.setPlaceholderText(record.id_number)
        self.mobile.setPlaceholderText(record.mobile)
        for widget in (self.name, self.id_number, self.mobile):
            widget.setEnabled(not is_member)
        self.id_number.setToolTip(self.tr("Leave empty to keep the stored number."))
        self.mobile.setToolTip(self.tr("Leave empty to keep the stored number."))
        fill_team_combo(self.team, self.teams, None, record.team_id)
        for i in range(self.skills.count()):
            item = self.skills.item(i)
            checked = item.data(ID_ROLE) in record.skill_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.availability.set_value(record.availability)
        self.joined_on.setDate(to_qdate(record.joined_on))
        self.active.setChecked(record.active)
        self.notes.setPlainText(record.notes)
        self.team.setFocus()

    def _mode_changed(self, *_args: object) -> None:
        member = self.member_radio.isChecked()
        self.member_search.setEnabled(member)
        self.member_chosen_label.setVisible(member)
        for widget in (self.name, self.id_number, self.mobile):
            widget.setEnabled(not member)
        if member:
            self.member_search.setFocus()
        else:
            self.member_id = None
            self.name.setFocus()

    # --- members -----------------------------------------------------------------------

    def member_matches(self, query: str, limit: int) -> list[Match]:
        """Members as the picker lists them; those who are volunteers already are listed
        greyed and cannot be taken."""
        choices = self.service.member_choices(query, limit)
        self._lines = {c.member_id: self._choice_text(c) for c in choices}
        return [
            Match(
                c.member_id,
                f"{c.name}（{c.member_no}）",
                self._lines[c.member_id],
                enabled=c.volunteer_id is None,
            )
            for c in choices
        ]

    def search_members_now(self, text: str) -> None:
        """Type ``text`` and list the members at once (tests; Enter does the same)."""
        self.member_search.search_now(text)

    def _choice_text(self, choice: MemberChoice) -> str:
        parts = [choice.name, choice.member_no, choice.mobile, choice.community_name or ""]
        text = "  ".join(p for p in parts if p)
        if choice.volunteer_id is not None:
            text = self.tr("{member} (a volunteer already)").format(member=text)
        return text

    def _member_chosen(self, member_id: int | None) -> None:
        if member_id is None:  # the text was changed after choosing
            self.member_id = None
            self.member_chosen_label.clear()
            return
        line = self._lines.get(member_id, self.member_search.chosen_text())
        self.choose_member(member_id, line)

    def choose_member(self, member_id: int, text: str = "") -> None:
        self.member_id = member_id
        self.member_chosen_label.setText(self.tr("Chosen: {member}").format(member=text))
        team = self.service.default_team_for_member(member_id)
        if team is not None:
            index = self.team.findData(team)
            if index >= 0:
                self.team.setCurrentIndex(index)

    # --- saving ------------------------------------------------------------------------

    def volunteer_input(self) -> VolunteerInput:
        skill_ids = tuple(
            int(self.skills.item(i).data(ID_ROLE))
            for i in range(self.skills.count())
            if self.skills.item(i).checkState() == Qt.CheckState.Checked
        )
        member = self.member_radio.isChecked()
        editing = self.volunteer_id is not None
        return VolunteerInput(
            team_id=self.team.currentData(),
            member_id=self.member_id if member else None,
            name="" if member else self.name.text(),
            id_number=None
            if member or (editing and not self.id_number.text())
            else (self.id_number.text()),
            mobile=None if member or (editing and not self.mobile.text()) else self.mobile.text(),
            skill_ids=skill_ids,
            availability=self.availability.value(),
            joined_on=from_qdate(self.joined_on.date()),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        if self.volunteer_id is None and self.member_radio.isChecked() and self.member_id is None:
            self.errors.show(
                DeskError(self.tr("Choose the member from the list."), field="member_id")
            )
            self.member_search.setFocus()
            return
        try:
            inp = self.volunteer_input()
            if self.volunteer_id is None:
                saved = self.service.add_volunteer(self.context.actor, inp)
            else:
                saved = self.service.update_volunteer(self.context.actor, self.volunteer_id, inp)
        except AlreadyVolunteer as error:
            self.errors.show(error)
            return
        except DeskError as error:
            self.errors.show(error)
            return
        self.volunteer_id = saved.volunteer_id
        self.notices = notices_text(saved.notices)
        self.accept()
