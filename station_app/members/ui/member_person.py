"""The person half of the member form: name, ID, gender, birth date, phones.

For a resident ID card the birth date and gender are read from the number as it is
typed, with a hint under the field. The texts keep the form's translation context
(``MemberFormDialog``): they were written there and the catalog is keyed by it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.ids import parse_resident_id
from station_app.members import labels
from station_app.members.service.validation import RESIDENT_ID
from station_app.members.types import MemberRecord
from station_app.members.ui.forms import (
    GOOD_STYLE,
    HINT_STYLE,
    NOTICE_STYLE,
    FieldMessages,
    combo_value,
    fill_combo,
    select_value,
)
from station_app.widgets.optional_date import OptionalDateEdit


class PersonFields:
    """The person's widgets, added to ``form`` with their labels and message slots."""

    def __init__(self, form: QFormLayout, messages: FieldMessages) -> None:
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
            QCoreApplication.translate("MemberFormDialog", "Choose…"),
        )
        self.birth_date = OptionalDateEdit()
        self.mobile = QLineEdit()
        self.mobile.setMaxLength(20)
        self.landline = QLineEdit()
        self.landline.setMaxLength(30)
        self.reset_placeholders()

        messages.add_field(
            "name", QCoreApplication.translate("MemberFormDialog", "Name"), self.name
        )
        messages.add_field(
            "id_type", QCoreApplication.translate("MemberFormDialog", "ID type"), self.id_type
        )
        messages.add_field(
            "id_number", QCoreApplication.translate("MemberFormDialog", "ID number"), id_box
        )
        self.open_existing_button = QPushButton(
            QCoreApplication.translate("MemberFormDialog", "Open this member")
        )
        self.open_existing_button.setObjectName("open_existing")
        self.open_existing_button.hide()
        form.addRow("", self.open_existing_button)
        messages.add_field(
            "gender", QCoreApplication.translate("MemberFormDialog", "Gender"), self.gender
        )
        messages.add_field(
            "birth_date",
            QCoreApplication.translate("MemberFormDialog", "Birth date"),
            self.birth_date,
        )
        messages.add_field(
            "mobile", QCoreApplication.translate("MemberFormDialog", "Mobile"), self.mobile
        )
        messages.add_field(
            "landline", QCoreApplication.translate("MemberFormDialog", "Landline"), self.landline
        )
        for widget, name in (
            (self.name, "name"),
            (self.id_type, "id_type"),
            (self.id_number, "id_number"),
            (self.gender, "gender"),
            (self.birth_date, "birth_date"),
            (self.mobile, "mobile"),
            (self.landline, "landline"),
        ):
            widget.setObjectName(name)

    def reset_placeholders(self) -> None:
        self.mobile.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", "11 digits"))
        self.landline.setPlaceholderText(
            QCoreApplication.translate("MemberFormDialog", "Optional, e.g. 010-65123456")
        )

    # --- live reading of the ID number -----------------------------------------------

    def read_id(self, kept: MemberRecord | None, refused: bool) -> None:
        """Fills gender and birth date from a resident ID number and says what was read.

        ``kept`` is the stored member whose number an empty field keeps; ``refused``
        means a refusal is shown beside the field, which then says it better than the
        hint.
        """
        resident = combo_value(self.id_type) == RESIDENT_ID
        self.gender.setItemText(
            0,
            QCoreApplication.translate("MemberFormDialog", "(from the ID number)")
            if resident
            else QCoreApplication.translate("MemberFormDialog", "Choose…"),
        )
        self.gender.setEnabled(not resident)
        self.birth_date.setEnabled(not resident)
        tip = (
            QCoreApplication.translate("MemberFormDialog", "Read from the ID number")
            if resident
            else ""
        )
        self.gender.setToolTip(tip)
        self.birth_date.setToolTip(tip)
        text = "".join(self.id_number.text().split())
        if not resident:
            self._hint("", refused)
            return
        if not text:
            if kept is not None:
                select_value(self.gender, kept.gender)
                self.birth_date.set_date_or_none(kept.birth_date)
                self._hint("", refused)
            else:
                select_value(self.gender, None)
                self.birth_date.set_date_or_none(None)
                self._hint(
                    QCoreApplication.translate(
                        "MemberFormDialog", "Birth date and gender are read from the number."
                    ),
                    refused,
                )
            return
        if len(text) < 18 and len(text) != 15:
            select_value(self.gender, None)
            self.birth_date.set_date_or_none(None)
            count = QCoreApplication.translate("MemberFormDialog", "{count} of 18 characters")
            self._hint(count.format(count=len(text)), refused)
            return
        try:
            parsed = parse_resident_id(text, today=clock.today())
        except ValidationError as error:
            select_value(self.gender, None)
            self.birth_date.set_date_or_none(None)
            self._hint(error.message(), refused, NOTICE_STYLE)
            return
        select_value(self.gender, parsed.gender)
        self.birth_date.set_date_or_none(parsed.birth_date)
        hint = QCoreApplication.translate("MemberFormDialog", "Born {date}, {gender}").format(
            date=parsed.birth_date.isoformat(), gender=labels.gender_label(parsed.gender)
        )
        if parsed.converted_from_15:
            hint += "\n" + QCoreApplication.translate(
                "MemberFormDialog", "Old 15-digit number: it will be saved as {number}."
            ).format(number=parsed.number)
        self._hint(hint, refused, GOOD_STYLE)

    def _hint(self, text: str, refused: bool, style: str = HINT_STYLE) -> None:
        self.id_hint.setStyleSheet(style)
        self.id_hint.setText(text)
        self.id_hint.setVisible(bool(text) and not refused)
