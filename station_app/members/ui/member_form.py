"""The intake form (会员入会) and the edit form of a member: keyboard first.

Tab walks the fields in reading order, Enter saves, Esc cancels, Ctrl+P prints the
receipt once the member is saved. For a resident ID card the birth date and gender are
read from the number as it is typed. Every rejected value is explained beside its
field (all of them at once) and nothing is saved; an ID number already on file names
its holder and offers to open that record; the same name with the same mobile is a
warning that a second Save overrides.

The fields are built by its two halves, :mod:`.member_person` (with the live reading
of the ID number) and :mod:`.member_place` (unit, community, categories); this module
is the dialog: state, saving, and what follows a save.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.errors import DuplicateMember
from station_app.members.service import MemberService, UnitService
from station_app.members.service.validation import RESIDENT_ID, member_problems
from station_app.members.types import MemberInput, MemberRecord, Notice
from station_app.members.ui.forms import (
    BANNER_STYLE,
    FieldMessages,
    FormMessages,
    combo_value,
    select_community,
    select_value,
)
from station_app.members.ui.member_person import PersonFields
from station_app.members.ui.member_place import PlaceFields, qdate
from station_app.widgets.screen_fit import fit_to_screen

# Form order: the first field with a problem gets the focus.
FIELD_ORDER = (
    "name", "id_type", "id_number", "gender", "birth_date", "mobile", "landline",
    "unit_id", "community_id", "joined_on", "hardship_level", "outdoor_kind", "notes",
)  # fmt: skip
UNCHOSEN_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "Choose the unit from the list, or add it with “New unit…”."
)

SAME_PERSON = "same_name_and_mobile"


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
        letters: set[str] = set()  # one dialog: each Alt-letter once
        person_messages = FieldMessages(person, letters=letters)
        place_messages = FieldMessages(place, letters=letters)
        self.messages = FormMessages([person_messages, place_messages], QLabel())

        # The two halves build their own fields; the form keeps them as its attributes
        # (its save logic and the tests speak of form.name, form.unit, ...).
        self.person = PersonFields(person, person_messages)
        self.name, self.id_type = self.person.name, self.person.id_type
        self.id_number, self.id_hint = self.person.id_number, self.person.id_hint
        self.gender, self.birth_date = self.person.gender, self.person.birth_date
        self.mobile, self.landline = self.person.mobile, self.person.landline
        self.open_existing_button = self.person.open_existing_button
        self.open_existing_button.clicked.connect(self.open_existing)

        self.place = PlaceFields(context, self.units, place, place_messages, self)
        self.unit, self.new_unit_button = self.place.unit, self.place.new_unit_button
        self.community, self.joined_on = self.place.community, self.place.joined_on
        self.hardship, self.outdoor = self.place.hardship, self.place.outdoor
        self.migrant, self.model_worker = self.place.migrant, self.place.model_worker
        self.notes = self.place.notes

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
        self.name.textChanged.connect(self._unconfirm)
        self.mobile.textChanged.connect(self._unconfirm)

        if member_id is not None:
            self._load(record or self.members.get(context.actor, member_id))
        self._identity_changed()
        self._update_buttons()
        fit_to_screen(self, max(self.sizeHint().width(), 940), self.sizeHint().height())
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
        self.joined_on.setDate(qdate(record.joined_on))
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
        kept = self._record if self._keeps_id() else None
        self.person.read_id(kept, refused=bool(self.messages.text("id_number")))
        self._fit()

    def _id_edited(self, _text: str) -> None:
        """Retyping the number: the live reading replaces the last refusal."""
        if self.messages.text("id_number"):
            self.messages.clear_field("id_number")
            self.open_existing_button.hide()
            self._identity_changed()

    def _fit(self) -> None:
        """Grow to show every message without squeezing the fields."""
        hint = self.sizeHint()
        if self.isVisible() and hint.height() > self.height():
            fit_to_screen(self, self.width(), hint.height())

    def id_hint_text(self) -> str:
        return self.id_hint.text() if not self.id_hint.isHidden() else ""

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
        self.person.reset_placeholders()
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
