"""One shift at work: its roster (status, hours) and the candidates to assign from."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.volunteers import labels
from station_app.volunteers.errors import VolunteerClash
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import (
    AssignmentService,
    SkillService,
    TeamService,
)
from station_app.volunteers.types import CandidateFilter, RosterLine, ShiftRow
from station_app.volunteers.ui.common import (
    HEADING_STYLE,
    NOTICE_STYLE,
    SUBTLE_STYLE,
    fill_team_combo,
    notices_text,
)
from station_app.volunteers.ui.models import CandidateModel, RosterModel
from station_app.widgets.batched_table import list_view
from station_app.widgets.chosen_row import choose_record
from station_app.widgets.desk_parts import label, named
from station_app.widgets.dialogs import accept_buttons, ask_yes
from station_app.widgets.form_errors import FormErrors
from station_app.widgets.layout import STRETCH, button, hbox, panel, splitter, vbox
from station_app.widgets.search_box import SearchBox

# status actions: (status code, button text)
CONFIRM, ATTEND, ABSENT, CANCEL = "confirmed", "attended", "absent", "cancelled"


class HoursDialog(QDialog):
    """Correct one volunteer's hours, with the reason."""

    def __init__(self, line: RosterLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct hours"))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0, 24)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(float(line.hours))
        self.reason = named(QLineEdit(line.hours_reason), "reason")
        self.reason.setPlaceholderText(self.tr("e.g. left an hour early"))
        form = QFormLayout()
        form.addRow(self.tr("Volunteer"), QLabel(line.name))
        self.errors = FormErrors(form)
        self.errors.add_field("hours", self.tr("&Hours"), self.hours)
        self.errors.add_field("hours_reason", self.tr("&Reason"), self.reason)
        vbox(form, self.errors.general_label, accept_buttons(self), parent=self)
        self.hours.setFocus()
        self.hours.selectAll()

    def value(self) -> Decimal:
        return Decimal(str(round(self.hours.value(), 2)))


class ShiftPanel(QWidget):
    """Shows the shift set by :meth:`set_shift`; ``changed`` after every write so the
    lists above can show the new counts."""

    changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assignments = AssignmentService(context.db)
        self.views = VolunteerViews(context.db)
        self.shift: ShiftRow | None = None
        self.activity_id: int | None = None

        # --- the roster ----------------------------------------------------------------
        self.roster_title = label(self.tr("Roster"), style=HEADING_STYLE)
        self.fill_label = label(name="fill")
        self.roster_model = RosterModel(self)
        self.roster_view = list_view(
            self.roster_model, self.tr("Nobody on this shift yet."), "roster"
        )
        self.roster_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.status_buttons: dict[str, QPushButton] = {}
        for status, text, key in (
            (CONFIRM, self.tr("Con&firm"), "Alt+1"),
            (ATTEND, self.tr("Atte&nded"), "Alt+2"),
            (ABSENT, self.tr("A&bsent"), "Alt+3"),
            (CANCEL, self.tr("Cance&l"), "Alt+4"),
        ):
            self.status_buttons[status] = button(
                text,
                lambda s=status: self.set_status(s),
                name=f"status_{status}",
                tip=f"{text.replace('&', '')} ({key})",
            )
            QShortcut(QKeySequence(key), self, lambda s=status: self.set_status(s))
        self.all_attended_button = button(
            self.tr("All &attended"), self.all_attended, name="all_attended"
        )
        self.hours_button = button(self.tr("&Hours…"), self.correct_hours, name="correct_hours")
        self.remove_button = button(
            self.tr("Ta&ke off"),
            self.unassign,
            name="unassign",
            tip=self.tr("Take off the shift (a mistake; Delete)"),
        )
        QShortcut(QKeySequence.StandardKey.Delete, self.roster_view, self.unassign)
        roster_buttons = hbox(
            *self.status_buttons.values(),
            self.all_attended_button,
            self.hours_button,
            STRETCH,
            self.remove_button,
        )
        roster_head = hbox(self.roster_title, STRETCH, self.fill_label)
        roster_box = panel(roster_head, (self.roster_view, 1), roster_buttons)

        # --- the candidates ------------------------------------------------------------
        self.candidates_title = label(self.tr("Candidates"), style=HEADING_STYLE)
        self.candidate_search = named(SearchBox(), "candidate_search")
        self.candidate_search.setPlaceholderText(self.tr("Name, initials, mobile tail"))
        self.candidate_search.search_changed.connect(lambda _t: self.refresh_candidates())
        self.candidate_search.down_pressed.connect(self.candidate_view_focus)
        # After the search's own Enter (which searches at once): assign the first match.
        self.candidate_search.returnPressed.connect(self._assign_from_search)
        self.team_filter = named(QComboBox(), "candidate_team")
        self.skill_filter = named(QComboBox(), "candidate_skill")
        self.available_only = named(QCheckBox(self.tr("Usually a&vailable")), "available_only")
        self.free_only = named(QCheckBox(self.tr("F&ree only")), "free_only")
        self.free_only.setChecked(True)
        self.reload_filters()
        for combo in (self.team_filter, self.skill_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_candidates())
        for box in (self.available_only, self.free_only):
            box.toggled.connect(lambda _b: self.refresh_candidates())
        self.candidate_model = CandidateModel(self)
        self.candidate_view = list_view(
            self.candidate_model, self.tr("No one matches these filters."), "candidates"
        )
        self.candidate_view.activated.connect(lambda _i: self.assign())
        self.assign_button = button(
            self.tr("A&ssign"),
            self.assign,
            name="assign",
            tip=self.tr("Assign the chosen volunteer (Enter)"),
        )
        self.candidate_count = label(style=SUBTLE_STYLE)

        filters = hbox((self.candidate_search, 2), (self.team_filter, 1), (self.skill_filter, 1))
        toggles = hbox(
            self.available_only,
            self.free_only,
            STRETCH,
            self.candidate_count,
            self.assign_button,
        )
        candidates_box = panel(self.candidates_title, filters, (self.candidate_view, 1), toggles)

        self.notice = label(name="shift_notice", style=NOTICE_STYLE, wrap=True, hidden=True)
        split = splitter(Qt.Orientation.Horizontal, [roster_box, candidates_box], [520, 480])
        layout = vbox((split, 1), self.notice, parent=self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.set_shift(None)

    # --- loading -----------------------------------------------------------------------

    def reload_filters(self) -> None:
        team = self.team_filter.currentData()
        fill_team_combo(
            self.team_filter, TeamService(self.context.db).list_teams(), self.tr("All teams"), team
        )
        skill = self.skill_filter.currentData()
        self.skill_filter.blockSignals(True)
        self.skill_filter.clear()
        self.skill_filter.addItem(self.tr("Any skill"), None)
        for row in SkillService(self.context.db).list_skills():
            self.skill_filter.addItem(row.name, row.id)
        self.skill_filter.setCurrentIndex(max(self.skill_filter.findData(skill), 0))
        self.skill_filter.blockSignals(False)

    def set_shift(self, shift: ShiftRow | None, activity_id: int | None = None) -> None:
        self.shift = shift
        self.activity_id = activity_id if shift is not None else None
        self.notice.hide()
        for widget in (self.candidate_search, self.team_filter, self.skill_filter):
            widget.setEnabled(shift is not None)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_roster()
        self.refresh_candidates()

    def refresh_roster(self) -> None:
        selected = self.selected_line()
        lines: list[RosterLine] = []
        if self.shift is not None and self.activity_id is not None:
            roster = self.views.roster(self.context.actor, self.activity_id)
            for block in roster.shifts:
                if block.shift.id == self.shift.id:
                    self.shift = block.shift
                    lines = list(block.lines)
        self.roster_model.set_rows(lines)
        if self.shift is None:
            self.roster_title.setText(self.tr("Roster"))
            self.fill_label.clear()
        else:
            self.roster_title.setText(
                self.tr("Roster: {span} {role}").format(
                    span=labels.fmt_span(self.shift.starts_at, self.shift.ends_at),
                    role=self.shift.role,
                )
            )
            self.fill_label.setText(
                self.tr("{filled} of {places} places filled").format(
                    filled=self.shift.filled, places=self.shift.places
                )
            )
            over = self.shift.filled > self.shift.places
            self.fill_label.setStyleSheet(NOTICE_STYLE if over else SUBTLE_STYLE)
        choose_record(self.roster_view, selected.assignment_id if selected else None, 0)
        self._update_buttons()

    def refresh_candidates(self) -> None:
        if self.shift is None:
            self.candidate_model.set_rows([])
            self.candidate_count.clear()
        else:
            f = CandidateFilter(
                team_id=self.team_filter.currentData(),
                skill_id=self.skill_filter.currentData(),
                available_only=self.available_only.isChecked(),
                free_only=self.free_only.isChecked(),
                query=self.candidate_search.text(),
            )
            rows = self.assignments.candidates(self.shift.id, f)
            self.candidate_model.set_rows(rows)
            self.candidate_count.setText(self.tr("{count} candidates").format(count=len(rows)))
            if rows:
                self.candidate_view.select_row(0)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        line = self.selected_line()
        has_shift = self.shift is not None
        for status, status_button in self.status_buttons.items():
            status_button.setEnabled(line is not None and line.status != status)
        self.hours_button.setEnabled(line is not None)
        self.remove_button.setEnabled(line is not None)
        self.all_attended_button.setEnabled(has_shift and self.roster_model.rowCount() > 0)
        self.assign_button.setEnabled(has_shift and self.candidate_model.rowCount() > 0)
        self.available_only.setEnabled(has_shift)
        self.free_only.setEnabled(has_shift)

    def selected_line(self) -> RosterLine | None:
        index = self.roster_view.currentIndex()
        if not index.isValid() or not self.roster_view.selectionModel().isRowSelected(index.row()):
            return None
        return self.roster_model.row(index.row())

    def select_candidate(self, volunteer_id: int) -> bool:
        return choose_record(self.candidate_view, volunteer_id)

    def candidate_view_focus(self) -> None:
        self.candidate_view.setFocus()
        if self.candidate_model.rowCount() and not self.candidate_view.currentIndex().isValid():
            self.candidate_view.select_row(0)

    # --- writes ------------------------------------------------------------------------

    def _assign_from_search(self) -> None:
        """Enter in the candidate search: the chosen (first) match goes onto the shift;
        the search stays, selected, for the next name."""
        if not self.candidate_search.text().strip():
            return
        if self.assign():
            self.candidate_search.setFocus()
            self.candidate_search.selectAll()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def assign(self, override_reason: str | None = None) -> bool:
        """Assign the chosen candidate. A clash shows its sentence; an administrator
        is offered to let the shifts overlap, giving a reason."""
        index = self.candidate_view.currentIndex()
        if self.shift is None or not index.isValid():
            return False
        candidate = self.candidate_model.row(index.row())
        title = self.tr("Assign")
        try:
            result = self.assignments.assign(
                self.context.actor, self.shift.id, candidate.volunteer_id, override_reason
            )
        except VolunteerClash as clash:
            if not self.context.actor.is_admin:
                QMessageBox.warning(self, title, clash.message())
                return False
            reason = self.ask_override_reason(clash.message())
            if reason is None:
                return False
            return self.assign(reason)
        except DeskError as error:
            QMessageBox.warning(self, title, error.message())
            return False
        text = notices_text(result.notices)
        if result.overridden:
            text = "\n".join(
                t for t in (self.tr("Assigned with overlapping shifts allowed."), text) if t
            )
        self._say(text)
        if result.notices:
            QMessageBox.information(self, title, notices_text(result.notices))
        self.refresh()
        self.changed.emit()
        return True

    def ask_override_reason(self, sentence: str) -> str | None:
        """The clash's sentence, and for an administrator the choice to override."""
        question = self.tr("{sentence}\n\nLet the shifts overlap anyway (giving a reason)?").format(
            sentence=sentence
        )
        if not ask_yes(self, self.tr("Shifts overlap"), question):
            return None
        text, ok = QInputDialog.getText(
            self, self.tr("Override"), self.tr("Reason for letting the shifts overlap:")
        )
        return text if ok else None

    def set_status(self, status: str) -> None:
        line = self.selected_line()
        if line is None:
            return
        try:
            self.assignments.set_status(self.context.actor, line.assignment_id, status)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Status"), error.message())
            return
        self._say("")
        self.refresh()
        self.changed.emit()

    def all_attended(self) -> None:
        if self.shift is None:
            return
        try:
            count = self.assignments.all_attended(self.context.actor, self.shift.id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("All attended"), error.message())
            return
        self._say(self.tr("{count} marked as attended.").format(count=count))
        self.refresh()
        self.changed.emit()

    def correct_hours(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = HoursDialog(line, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.assignments.correct_hours(
                    self.context.actor, line.assignment_id, dialog.value(), dialog.reason.text()
                )
            except DeskError as error:
                dialog.errors.show(error)
                continue
            self.refresh()
            self.changed.emit()
            return

    def unassign(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        question = self.tr("Take {name} off this shift?").format(name=line.name)
        # Yes by default as it always was: the button itself says what it does.
        if not ask_yes(self, self.tr("Take off"), question, default_yes=True):
            return
        try:
            self.assignments.unassign(self.context.actor, line.assignment_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Take off"), error.message())
            return
        self.refresh()
        self.changed.emit()

    def shutdown(self) -> None:
        self.candidate_search.stop()
