"""The intake form (会员入会) and the edit form of a member: keyboard first.

Tab walks the fields in reading order, Enter saves, Esc cancels, Ctrl+P prints the
receipt once the member is saved. For a resident ID card the birth date and gender are
read from the number as it is typed. Every rejected value is explained beside its
field (all of them at once) and nothing is saved; an ID number already on file names
its holder and offers to open that record; the same name with the same mobile is a
warning that a second Save overrides.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import parse_resident_id
from station_app.members.errors import DuplicateMember
from station_app.members.models import HARDSHIP_LEVELS, OUTDOOR_KINDS
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.service.validation import RESIDENT_ID, member_problems
from station_app.members.types import MemberInput, MemberRecord, Notice
from station_app.members.ui import labels
from station_app.members.ui.forms import (
    BANNER_STYLE,
    GOOD_STYLE,
    HINT_STYLE,
    NOTICE_STYLE,
    FieldMessages,
    FormMessages,
    combo_value,
    community_choices,
    fill_combo,
    select_community,
    select_value,
)
from station_app.members.ui.unit_picker import UnitPicker
from station_app.widgets.optional_date import DATE_FORMAT, OptionalDateEdit

# Form order: the first field with a problem gets the focus.
FIELD_ORDER = (
    "name", "id_type", "id_number", "gender", "birth_date", "mobile", "landline",
    "unit_id", "community_id", "joined_on", "hardship_level", "outdoor_kind", "notes",
)  # fmt: skip
UNCHOSEN_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "Choose the unit from the list, or add it with “New unit…”."
)
SAME_PERSON = "same_name_and_mobile"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MemberFormDialog(QDialog):
    """``member_id`` None: intake of a new member; otherwise edit that member.

    ``record`` is the member as the caller already has it (an administrator's revealed
    record fills the ID and mobile fields; a masked one leaves them empty, meaning
    "keep"). ``open_member`` opens another member's record (the holder of a duplicate
    ID number); ``print_receipt`` prints a saved member's intake receipt.
    """

    saved = Signal(int, bool)  # member id, newly registered

    def __init__(
        self,
        context: DeskContext,
        member_id: int | None = None,
        parent: QWidget | None = None,
        *,
        record: MemberRecord | None = None,
        open_member: Callable[[int], None] | None = None,
        print_receipt: Callable[[QWidget, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.members = MemberService(context.db)
        self.units = UnitService(context.db)
        self.member_id = member_id
        self.member_no = ""
        self.registered = False  # a new member was saved by this dialog
        self._open_member = open_member
        self._print_receipt = print_receipt
        self._record: MemberRecord | None = None
        self._duplicate_of: int | None = None
        self._confirmed: tuple[str, str] | None = None
        self.notices: tuple[Notice, ...] = ()  # of the last save

        self.banner = QLabel()
        self.banner.setObjectName("saved_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()

        person = QFormLayout()
        place = QFormLayout()
        for form in (person, place):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        person_messages, place_messages = FieldMessages(person), FieldMessages(place)
        self.messages = FormMessages([person_messages, place_messages], QLabel())

        # --- the person ---------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.id_type = QComboBox()
        fill_combo(self.id_type, labels.id_type_choices())
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("id_hint")
        self.id_hint.setWordWrap(True)
        id_box = QWidget()
        id_layout = QVBoxLayout(id_box)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        id_layout.addWidget(self.id_number)
        id_layout.addWidget(self.id_hint)
        self.gender = QComboBox()
        fill_combo(
            self.gender,
            [("M", labels.gender_label("M")), ("F", labels.gender_label("F"))],
            self.tr("Choose…"),
        )
        self.birth_date = OptionalDateEdit()
        self.mobile = QLineEdit()
        self.mobile.setMaxLength(20)
        self.mobile.setPlaceholderText(self.tr("11 digits"))
        self.landline = QLineEdit()
        self.landline.setMaxLength(30)
        self.landline.setPlaceholderText(self.tr("Optional, e.g. 010-65123456"))

        person_messages.add_field("name", self.tr("Name"), self.name)
        person_messages.add_field("id_type", self.tr("ID type"), self.id_type)
        person_messages.add_field("id_number", self.tr("ID number"), id_box)
        self.open_existing_button = QPushButton(self.tr("Open this member"))
        self.open_existing_button.setObjectName("open_existing")
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self.open_existing)
        person.addRow("", self.open_existing_button)
        person_messages.add_field("gender", self.tr("Gender"), self.gender)
        person_messages.add_field("birth_date", self.tr("Birth date"), self.birth_date)
        person_messages.add_field("mobile", self.tr("Mobile"), self.mobile)
        person_messages.add_field("landline", self.tr("Landline"), self.landline)

        # --- unit and categories ------------------------------------------------------
        self.unit = UnitPicker(self.units)
        self.unit.setPlaceholderText(self.tr("Type a name, pinyin initials or credit code"))
        self.new_unit_button = QPushButton(self.tr("New unit…"))
        self.new_unit_button.clicked.connect(self.new_unit)
        unit_box = QWidget()
        unit_layout = QHBoxLayout(unit_box)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(self.unit, 1)
        unit_layout.addWidget(self.new_unit_button)
        self.community = QComboBox()
        fill_combo(
            self.community,
            community_choices(CommunityService(context.db)),
            self.tr("(the unit's community)"),
        )
        self.joined_on = QDateEdit()
        self.joined_on.setDisplayFormat(DATE_FORMAT)
        self.joined_on.setCalendarPopup(True)
        self.joined_on.setMinimumDate(QDate(1900, 1, 1))
        self.joined_on.setMaximumDate(_qdate(clock.today()))
        self.joined_on.setDate(_qdate(clock.today()))
        self.hardship = QComboBox()
        fill_combo(
            self.hardship,
            [(lv, labels.translated(labels.HARDSHIP_LEVEL_TEXT[lv])) for lv in HARDSHIP_LEVELS],
            self.tr("No"),
        )
        self.outdoor = QComboBox()
        fill_combo(
            self.outdoor, [(k, labels.outdoor_label(k)) for k in OUTDOOR_KINDS], self.tr("No")
        )
        self.migrant = QCheckBox(self.tr("Migrant worker"))
        self.model_worker = QCheckBox(self.tr("Model worker"))
        flags = QWidget()
        flags_layout = QHBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.migrant)
        flags_layout.addWidget(self.model_worker)
        flags_layout.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        place_messages.add_field("unit_id", self.tr("Unit"), unit_box)
        place_messages.add_field("community_id", self.tr("Community"), self.community)
        place_messages.add_field("joined_on", self.tr("Join date"), self.joined_on)
        place_messages.add_field("hardship_level", self.tr("Worker in hardship"), self.hardship)
        place_messages.add_field("outdoor_kind", self.tr("Outdoor worker"), self.outdoor)
        place.addRow(self.tr("Also"), flags)
        place_messages.add_field("notes", self.tr("Notes"), self.notes)

        for widget, name in (
            (self.name, "name"),
            (self.id_type, "id_type"),
            (self.id_number, "id_number"),
            (self.gender, "gender"),
            (self.birth_date, "birth_date"),
            (self.mobile, "mobile"),
            (self.landline, "landline"),
            (self.unit, "unit_id"),
            (self.community, "community_id"),
            (self.joined_on, "joined_on"),
            (self.hardship, "hardship_level"),
            (self.outdoor, "outdoor_kind"),
            (self.notes, "notes"),
        ):
            widget.setObjectName(name)

        person_box = QGroupBox(self.tr("Person"))
        person_box.setLayout(person)
        place_box = QGroupBox(self.tr("Unit and categories"))
        place_box.setLayout(place)
        columns = QHBoxLayout()
        columns.addWidget(person_box, 1)
        columns.addWidget(place_box, 1)

        # --- buttons ------------------------------------------------------------------
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.next_button = self.buttons.addButton(
            self.tr("Next member (Ctrl+N)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Print receipt (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._close)
        self.next_button.clicked.connect(self.start_next)
        self.print_button.clicked.connect(self.print_receipt)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_receipt)
        QShortcut(QKeySequence.StandardKey.New, self, self.start_next)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(self.messages.general_label)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.name, self.id_type)
        chain: list[QWidget] = [
            self.name, self.id_type, self.id_number, self.open_existing_button, self.gender,
            self.birth_date, self.mobile, self.landline, self.unit, self.new_unit_button,
            self.community, self.joined_on, self.hardship, self.outdoor, self.migrant,
            self.model_worker, self.notes, self.save_button, self.cancel_button,
            self.print_button, self.next_button,
        ]  # fmt: skip
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

        self.id_type.currentIndexChanged.connect(self._identity_changed)
        self.id_number.textEdited.connect(self._id_edited)
        self.id_number.textChanged.connect(self._identity_changed)
        self.unit.unit_chosen.connect(self._unit_chosen)
        self.name.textChanged.connect(self._unconfirm)
        self.mobile.textChanged.connect(self._unconfirm)

        if member_id is not None:
            self._load(record or self.members.get(context.actor, member_id))
        self._identity_changed()
        self._update_buttons()
        self.resize(max(self.sizeHint().width(), 940), self.sizeHint().height())
        self.name.setFocus()

    # --- state ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        editing = self.member_id is not None
        if self.registered:
            self.setWindowTitle(self.tr("Member intake – {name}").format(name=self.name.text()))
        elif editing:
            self.setWindowTitle(self.tr("Edit member – {name}").format(name=self.name.text()))
        else:
            self.setWindowTitle(self.tr("New member intake"))
        self.save_button.setText(self.tr("Save changes") if editing else self.tr("Save"))
        self.cancel_button.setText(self.tr("Close") if self.registered else self.tr("Cancel"))
        self.next_button.setVisible(self.registered)
        self.print_button.setVisible(editing)
        self.print_button.setEnabled(editing and self._print_receipt is not None)
        if self._print_receipt is None:
            self.print_button.setToolTip(self.tr("Receipt printing is not available yet."))
        default = self.next_button if self.registered else self.save_button
        for button in (self.save_button, self.next_button):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)

    def _load(self, record: MemberRecord) -> None:
        self._record = record
        self.member_no = record.member_no
        self.name.setText(record.name)
        select_value(self.id_type, record.id_type)
        if record.masked:
            self.id_number.clear()
            self.id_number.setPlaceholderText(
                self.tr("{value} (leave empty to keep)").format(value=record.id_number)
            )
            self.mobile.clear()
            if record.mobile:
                self.mobile.setPlaceholderText(
                    self.tr("{value} (leave empty to keep)").format(value=record.mobile)
                )
        else:
            self.id_number.setText(record.id_number)
            self.mobile.setText(record.mobile)
        select_value(self.gender, record.gender)
        self.birth_date.set_date_or_none(record.birth_date)
        self.landline.setText(record.landline)
        self.unit.set_unit(record.unit_id, record.unit_name)
        select_community(self.community, record.community_id, record.community_name)
        self.joined_on.setDate(_qdate(record.joined_on))
        select_value(self.hardship, record.hardship_level)
        select_value(self.outdoor, record.outdoor_kind)
        self.migrant.setChecked(record.migrant_worker)
        self.model_worker.setChecked(record.model_worker)
        self.notes.setPlainText(record.notes)

    def _keeps_id(self) -> bool:
        return bool(self._record and self._record.masked and not self.id_number.text().strip())

    def _keeps_mobile(self) -> bool:
        return bool(self._record and self._record.masked and not self.mobile.text().strip())

    # --- live reading of the ID number -----------------------------------------------

    def _identity_changed(self, *_args: object) -> None:
        resident = combo_value(self.id_type) == RESIDENT_ID
        self.gender.setItemText(
            0, self.tr("(from the ID number)") if resident else self.tr("Choose…")
        )
        self.gender.setEnabled(not resident)
        self.birth_date.setEnabled(not resident)
        tip = self.tr("Read from the ID number") if resident else ""
        self.gender.setToolTip(tip)
        self.birth_date.setToolTip(tip)
        text = "".join(self.id_number.text().split())
        if not resident:
            self._hint("")
            return
        if not text:
            if self._keeps_id() and self._record is not None:
                select_value(self.gender, self._record.gender)
                self.birth_date.set_date_or_none(self._record.birth_date)
                self._hint("")
            else:
                select_value(self.gender, None)
                self.birth_date.set_date_or_none(None)
                self._hint(self.tr("Birth date and gender are read from the number."))
            return
        if len(text) < 18 and len(text) != 15:
            select_value(self.gender, None)
            self.birth_date.set_date_or_none(None)
            self._hint(self.tr("{count} of 18 characters").format(count=len(text)))
            return
        try:
            parsed = parse_resident_id(text, today=clock.today())
        except ValidationError as error:
            select_value(self.gender, None)
            self.birth_date.set_date_or_none(None)
            self._hint(error.message(), NOTICE_STYLE)
            return
        select_value(self.gender, parsed.gender)
        self.birth_date.set_date_or_none(parsed.birth_date)
        hint = self.tr("Born {date}, {gender}").format(
            date=parsed.birth_date.isoformat(), gender=labels.gender_label(parsed.gender)
        )
        if parsed.converted_from_15:
            hint += "\n" + self.tr("Old 15-digit number: it will be saved as {number}.").format(
                number=parsed.number
            )
        self._hint(hint, GOOD_STYLE)

    def _id_edited(self, _text: str) -> None:
        """Retyping the number: the live reading replaces the last refusal."""
        if self.messages.text("id_number"):
            self.messages.clear_field("id_number")
            self.open_existing_button.hide()
            self._identity_changed()

    def _hint(self, text: str, style: str = HINT_STYLE) -> None:
        self.id_hint.setStyleSheet(style)
        self.id_hint.setText(text)
        # The sentence beside the field says it better once a save was refused.
        self.id_hint.setVisible(bool(text) and not self.messages.text("id_number"))
        self._fit()

    def _fit(self) -> None:
        """Grow to show every message without squeezing the fields."""
        hint = self.sizeHint()
        if self.isVisible() and hint.height() > self.height():
            self.resize(self.width(), hint.height())

    def id_hint_text(self) -> str:
        return self.id_hint.text() if not self.id_hint.isHidden() else ""

    # --- the unit ------------------------------------------------------------------------

    def _unit_chosen(self, unit_id: int | None) -> None:
        if unit_id is None:
            return
        try:
            record = self.units.get_unit(unit_id)
        except DeskError:
            return
        if record.community_id is not None:
            select_value(self.community, record.community_id)

    def new_unit(self) -> None:
        from station_app.members.ui.unit_form import UnitFormDialog

        typed = "" if self.unit.unit_id() is not None else self.unit.text().strip()
        dialog = UnitFormDialog(self.context, None, self, name=typed)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.unit_id is not None:
            self.unit.set_unit(dialog.unit_id, dialog.unit_name)
            self.community.setFocus()

    # --- saving --------------------------------------------------------------------------

    def member_input(self) -> MemberInput:
        resident = combo_value(self.id_type) == RESIDENT_ID
        return MemberInput(
            name=self.name.text(),
            id_number=None if self._keeps_id() else self.id_number.text(),
            id_type=combo_value(self.id_type) or RESIDENT_ID,
            gender=None if resident else combo_value(self.gender),
            birth_date=None if resident else self.birth_date.date_or_none(),
            mobile=None if self._keeps_mobile() else self.mobile.text(),
            landline=self.landline.text(),
            unit_id=self.unit.unit_id(),
            community_id=combo_value(self.community),
            joined_on=self.joined_on.date().toPython(),
            hardship_level=combo_value(self.hardship),
            outdoor_kind=combo_value(self.outdoor),
            migrant_worker=self.migrant.isChecked(),
            model_worker=self.model_worker.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _problems(self, inp: MemberInput) -> list[DeskError]:
        """Every field's problem the form can know without the database."""
        _, problems = member_problems(inp, clock.today())
        found: list[DeskError] = [
            p for p in problems if not (self._keeps_id() and p.field in ("id_number", "gender"))
        ]
        if self.unit.has_unchosen_text():
            found.append(ValidationError(UNCHOSEN_UNIT, field="unit_id"))
        rank = {name: i for i, name in enumerate(FIELD_ORDER)}
        return sorted(found, key=lambda p: rank.get(p.field or "", len(rank)))

    def _refuse(self, errors: list[DeskError]) -> None:
        self.messages.show_all(errors)
        if self.messages.text("id_number"):
            self.id_hint.hide()
        self._duplicate_of = None
        self.open_existing_button.hide()
        for error in errors:
            if isinstance(error, DuplicateMember):
                self._duplicate_of = error.existing_member_id
                self.open_existing_button.setVisible(self._open_member is not None)
        first = errors[0].field if errors else None
        widget = self.findChild(QWidget, first) if first else None
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        self._fit()

    def _unconfirm(self, *_args: object) -> None:
        if self._confirmed is not None:
            self._confirmed = None
            self._update_buttons()

    def _person_key(self) -> tuple[str, str]:
        return (" ".join(self.name.text().split()), "".join(self.mobile.text().split()))

    def _same_person_warnings(self, notices: tuple[Notice, ...]) -> list[Notice]:
        warnings = [n for n in notices if n.code == SAME_PERSON]
        record = self._record
        if record is not None and not self.mobile.text().strip():
            return []  # the mobile is kept as it is
        if (
            record is not None
            and not record.masked
            and self._person_key()
            == (
                record.name,
                record.mobile,
            )
        ):
            return []
        return warnings

    def save(self) -> bool:
        """Check, warn once about a possible second registration, then save."""
        inp = self.member_input()
        problems = self._problems(inp)
        if problems:
            self._refuse(problems)
            return False
        try:
            notices = self.members.check(inp, self.member_id)
        except DeskError as error:
            self._refuse([error])
            return False
        warnings = self._same_person_warnings(notices)
        if warnings and self._confirmed != self._person_key():
            self.messages.clear()
            self.open_existing_button.hide()
            self.messages.show_notice("mobile", "\n".join(n.message() for n in warnings))
            self._confirmed = self._person_key()
            self.save_button.setText(self.tr("Save anyway"))
            self.mobile.setFocus()
            self._fit()
            return False
        try:
            if self.member_id is None:
                result = self.members.register(self.context.actor, inp)
            else:
                update = self.members.update(self.context.actor, self.member_id, inp)
        except DeskError as error:
            self._refuse([error])
            return False
        self.messages.clear()
        self.open_existing_button.hide()
        self._confirmed = None
        if self.member_id is None:
            self.notices = result.notices
            self._registered(inp, result.member_id, result.member_no, result.id_number)
            return True
        self.notices = update.notices
        self.saved.emit(self.member_id, False)
        self.accept()
        return True

    def _registered(
        self,
        inp: MemberInput,
        member_id: int,
        member_no: str,
        id_number: str,
    ) -> None:
        """The new member is on file: say so, stay open for the receipt or the next one."""
        self.member_id, self.member_no, self.registered = member_id, member_no, True
        self._record = None
        if id_number != "".join(self.id_number.text().split()).upper():
            self.id_number.setText(id_number)
        lines = [
            self.tr("{name} is registered as member no. {member_no}.").format(
                name=" ".join(inp.name.split()), member_no=member_no
            )
        ]
        lines += [n.message() for n in self.notices if n.code != SAME_PERSON]
        if self._print_receipt is not None:
            lines.append(self.tr("Press Ctrl+P to print the intake receipt."))
        self.banner.setText("\n".join(lines))
        self.banner.show()
        self._update_buttons()
        self._fit()
        self.saved.emit(member_id, True)
        self.next_button.setFocus()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    # --- after saving ------------------------------------------------------------------

    def start_next(self) -> None:
        """A blank form for the next person; unit, community and join date stay."""
        if not self.registered:
            return
        self.member_id, self.member_no, self.registered = None, "", False
        self._record = None
        self._confirmed = None
        for edit in (self.name, self.id_number, self.mobile, self.landline):
            edit.clear()
            edit.setPlaceholderText("")
        self.mobile.setPlaceholderText(self.tr("11 digits"))
        self.landline.setPlaceholderText(self.tr("Optional, e.g. 010-65123456"))
        select_value(self.id_type, RESIDENT_ID)
        select_value(self.hardship, None)
        select_value(self.outdoor, None)
        self.migrant.setChecked(False)
        self.model_worker.setChecked(False)
        self.notes.clear()
        self.banner.hide()
        self.messages.clear()
        self._identity_changed()
        self._update_buttons()
        self.name.setFocus()

    def print_receipt(self) -> None:
        if self.member_id is None or self._print_receipt is None:
            return
        self._print_receipt(self, self.member_id)

    def open_existing(self) -> None:
        if self._duplicate_of is not None and self._open_member is not None:
            self._open_member(self._duplicate_of)

    def _close(self) -> None:
        if self.registered:
            self.accept()
        else:
            self.reject()
