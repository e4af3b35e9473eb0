"""New / edit a draft campaign: name, kind, dates, money, the package and who it is for.

The service checks everything; a refused value shows its sentence beside the field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.members.labels import category_choices
from station_app.members.service.communities import CommunityService
from station_app.members.service.units import UnitService
from station_app.welfare.models import CAMPAIGN_KINDS
from station_app.welfare.reports.common import kind_label
from station_app.welfare.service import CampaignService, StockService
from station_app.welfare.types import CampaignInput, EligibilityRule, PackageLine
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.dialogs import OK, accept_buttons
from station_app.widgets.form_dialog import RecordDialog
from station_app.widgets.layout import STRETCH, button, hbox, panel
from station_app.widgets.optional_date import DATE_FORMAT, OptionalDateEdit
from station_app.widgets.search_box import limit_search

MAX_PER_RECIPIENT = 1000


def checked_data(widget: QListWidget) -> list[object]:
    out = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(item.data(Qt.ItemDataRole.UserRole))
    return out


def check_data(widget: QListWidget, values: set[object]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        on = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def add_checkable(widget: QListWidget, text: str, data: object) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    widget.addItem(item)


class CampaignDialog(RecordDialog):
    """Creates a draft (``campaign_id`` None) or edits one; ``saved_id`` after OK."""

    TITLES = (
        QT_TRANSLATE_NOOP("CampaignDialog", "New campaign"),
        QT_TRANSLATE_NOOP("CampaignDialog", "Edit campaign"),
    )

    def __init__(
        self, context: DeskContext, campaign_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, campaign_id, parent)
        self.campaigns = CampaignService(context.db)
        self.setMinimumWidth(620)

        self.name = self.field("name", self.tr("Name"), QLineEdit())
        self.name.setObjectName("campaign_name")
        self.name.setPlaceholderText(self.tr("e.g. 2027年元旦春节送温暖"))
        self.kind = self.field("kind", self.tr("Kind"), QComboBox())
        self.kind.setObjectName("campaign_kind")
        for code in CAMPAIGN_KINDS:
            self.kind.addItem(kind_label(code), code)
        today = clock.today()
        self.starts_on = self.field(
            "starts_on", self.tr("Starts on"), DateEdit(today, display_format=DATE_FORMAT)
        )
        self.ends_on = self.field(
            "ends_on",
            self.tr("Ends on"),
            DateEdit(today + dt.timedelta(days=30), display_format=DATE_FORMAT),
        )
        self.budget = self.field("budget", self.tr("Budget (¥)"), QLineEdit())
        self.budget.setObjectName("campaign_budget")
        self.budget.setPlaceholderText(self.tr("Leave empty for no budget"))
        self.cash = self.field("cash_amount", self.tr("Cash per recipient (¥)"), QLineEdit("0.00"))
        self.cash.setObjectName("campaign_cash")

        # --- the package -------------------------------------------------------------
        self._items = [(b.id, f"{b.name}（{b.unit}）") for b in StockService(context.db).balances()]
        self.package = QTableWidget(0, 2)
        self.package.setTabKeyNavigation(False)  # Tab leaves the table
        self.package.setObjectName("campaign_package")
        self.package.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Per recipient")])
        self.package.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.package.verticalHeader().hide()
        self.package.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.package.setMinimumHeight(120)
        buttons = hbox(
            button(self.tr("Add item"), self.add_package_line),
            button(self.tr("Remove item"), self.remove_package_line),
            STRETCH,
        )
        self.field("package", self.tr("Package per recipient"), panel(self.package, buttons))

        # --- who it is for -----------------------------------------------------------
        self.categories = QListWidget()
        self.categories.setObjectName("campaign_categories")
        for code, text in category_choices():
            add_checkable(self.categories, text, code)
        self.field(
            "categories", self.tr("Categories (any; none: all active members)"), self.categories
        )
        self.communities = QListWidget()
        self.communities.setObjectName("campaign_communities")
        for row in CommunityService(context.db).list_communities():
            add_checkable(self.communities, row.name, row.id)
        self.field("community_ids", self.tr("Communities (none: all)"), self.communities)
        self.units = QListWidget()
        self.units.setObjectName("campaign_units")
        for unit in UnitService(context.db).list_units(limit=None):
            add_checkable(self.units, unit.name, unit.id)
        self.unit_search = limit_search(QLineEdit())
        self.unit_search.setObjectName("campaign_unit_search")
        self.unit_search.setPlaceholderText(self.tr("Find an employer"))
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.textChanged.connect(self.filter_units)
        self.field(
            "unit_ids", self.tr("Employers (none: all)"), panel(self.unit_search, self.units)
        )
        for widget in (self.categories, self.communities, self.units):
            widget.setMaximumHeight(130)
        self.joined_before = self.field(
            "joined_before", self.tr("Joined before"), OptionalDateEdit()
        )
        self.joined_before.setObjectName("campaign_joined_before")
        self.warn_same_kind = self.field(
            "warn_same_kind",
            "",
            QCheckBox(
                self.tr(
                    "Warn when a member already received from a campaign of the same kind this year"
                )
            ),
        )
        self.warn_same_kind.setObjectName("campaign_warn_same_kind")
        self.note = self.field("note", self.tr("Note"), QPlainTextEdit())
        self.note.setMaximumHeight(60)

        buttons = accept_buttons(self, self.save, text=self.tr("Save draft"))
        self.ok_button = buttons.button(OK)
        self.lay_out(buttons)

        if campaign_id is not None:
            self._load(campaign_id)

    @property
    def campaign_id(self) -> int | None:
        return self.record_id

    def filter_units(self, text: str) -> None:
        """Hides the employers whose name does not contain the text (ticks are kept)."""
        needle = text.strip().casefold()
        for i in range(self.units.count()):
            item = self.units.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    # --- the package lines ---------------------------------------------------------------

    def add_package_line(self, item_id: int | None = None, quantity: int = 1) -> int:
        row = self.package.rowCount()
        self.package.insertRow(row)
        combo = QComboBox()
        for iid, text in self._items:
            combo.addItem(text, iid)
        if item_id is not None:
            combo.setCurrentIndex(max(combo.findData(item_id), 0))
        spin = QSpinBox()
        spin.setRange(1, MAX_PER_RECIPIENT)
        spin.setValue(quantity)
        self.package.setCellWidget(row, 0, combo)
        self.package.setCellWidget(row, 1, spin)
        return row

    def remove_package_line(self) -> None:
        row = self.package.currentRow()
        if row < 0:
            row = self.package.rowCount() - 1
        if row >= 0:
            self.package.removeRow(row)

    def package_lines(self) -> tuple[PackageLine, ...]:
        lines = []
        for row in range(self.package.rowCount()):
            combo = self.package.cellWidget(row, 0)
            spin = self.package.cellWidget(row, 1)
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
            if combo.currentData() is not None:
                lines.append(PackageLine(int(combo.currentData()), spin.value()))
        return tuple(lines)

    # --- loading and saving --------------------------------------------------------------

    def _load(self, campaign_id: int) -> None:
        record = self.campaigns.get(campaign_id)
        self.name.setText(record.name)
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
        self.starts_on.setDate(record.starts_on)
        self.ends_on.setDate(record.ends_on)
        self.budget.setText("" if record.budget is None else f"{record.budget:.2f}")
        self.cash.setText(f"{record.cash_amount:.2f}")
        for p in record.package:
            self.add_package_line(p.item_id, p.quantity)
        check_data(self.categories, set(record.rule.categories))
        check_data(self.communities, set(record.rule.community_ids))
        check_data(self.units, set(record.rule.unit_ids))
        self.joined_before.set_date_or_none(record.rule.joined_before)
        self.warn_same_kind.setChecked(record.warn_same_kind)
        self.note.setPlainText(record.note)

    def campaign_input(self) -> CampaignInput:
        rule = EligibilityRule(
            categories=tuple(str(c) for c in checked_data(self.categories)),
            community_ids=tuple(int(str(c)) for c in checked_data(self.communities)),
            unit_ids=tuple(int(str(u)) for u in checked_data(self.units)),
            joined_before=self.joined_before.date_or_none(),
        )
        return CampaignInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            starts_on=self.starts_on.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends_on.date().toPython(),  # type: ignore[arg-type]
            package=self.package_lines(),
            cash_amount=self.cash.text(),
            budget=self.budget.text(),
            rule=rule,
            warn_same_kind=self.warn_same_kind.isChecked(),
            note=self.note.toPlainText(),
        )

    def add_record(self) -> int:
        return self.campaigns.create(self.context.actor, self.campaign_input())

    def change_record(self, record_id: int) -> None:
        self.campaigns.update(self.context.actor, record_id, self.campaign_input())
