"""Two parts of the hand-out page: the selected person (who, their state, warnings) and
the 代领 box. Their strings keep the page's translation context, ``HandoutPage``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from station_app.welfare.types import SERVED, HandoutCandidate, Proxy
from station_app.welfare.ui.candidates_model import STATE_COLOURS, state_text
from station_app.widgets.desk_parts import label
from station_app.widgets.form_errors import FormErrors

RELATIONSHIPS = ["", "配偶", "子女", "父母", "亲属", "同事"]


class PersonLabels:
    """Who is selected, their state in the campaign, and any warnings: three labels the
    page lays out."""

    def __init__(self) -> None:
        self.person = label(name="handout_person")
        font = self.person.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.person.setFont(font)
        self.state = label(name="handout_state", wrap=True)
        self.warnings = label(name="handout_warnings", style="color: #b9770e;", wrap=True)

    def show_candidate(self, c: HandoutCandidate | None) -> None:
        if c is None:
            for shown in (self.person, self.state, self.warnings):
                shown.clear()
            return
        details = [x for x in (c.member_no, c.id_number, c.unit_name or c.community_name) if x]
        self.person.setText(f"{c.name}　{'　'.join(details)}")
        text = state_text(c)
        if c.state == SERVED and c.receipt_no:
            text += "　" + QCoreApplication.translate("HandoutPage", "Receipt {receipt_no}").format(
                receipt_no=c.receipt_no
            )
            if c.proxy_name:
                text += "　" + QCoreApplication.translate(
                    "HandoutPage", "collected by {name}"
                ).format(name=c.proxy_name)
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {STATE_COLOURS.get(c.state, '#000')}; font-weight: bold;")
        self.warnings.setText("\n".join(n.message() for n in c.warnings))
        self.warnings.setVisible(bool(c.warnings))


class ProxyBox(QGroupBox):
    """代领: ticked when someone collects on the member's behalf; the name is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HandoutPage", "Collected on behalf (代领)"), parent
        )
        self.setObjectName("handout_proxy")
        self.setCheckable(True)
        self.setChecked(False)
        self.name = QLineEdit()
        self.mobile = QLineEdit()
        self.relationship = QComboBox()
        self.relationship.setEditable(True)
        self.relationship.addItems(RELATIONSHIPS)
        form = QFormLayout(self)
        self.errors = FormErrors(form)
        # Literal contexts: lupdate reads only those.
        name = QCoreApplication.translate("HandoutPage", "Name")
        mobile = QCoreApplication.translate("HandoutPage", "Mobile")
        relationship = QCoreApplication.translate("HandoutPage", "Relationship")
        self.errors.add_field("proxy_name", name, self.name)
        self.errors.add_field("proxy_mobile", mobile, self.mobile)
        self.errors.add_field("proxy_relationship", relationship, self.relationship)
        self.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        for w in (self.name, self.mobile, self.relationship):
            w.setEnabled(on)
        if not on:
            self.errors.clear()

    def proxy(self) -> Proxy | None:
        if not self.isChecked():
            return None
        return Proxy(self.name.text(), self.mobile.text(), self.relationship.currentText())

    def reset(self) -> None:
        self.name.clear()
        self.mobile.clear()
        self.relationship.setCurrentIndex(0)
        self.setChecked(False)
