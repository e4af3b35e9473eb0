"""The member list: search as you type, filters, the count, the table, the actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.members import labels
from station_app.members.models import MEMBER_STATUSES
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.service.lifecycle import REINSTATE, TRANSFER_OUT, WITHDRAW
from station_app.members.types import MemberFilter
from station_app.members.ui import actions
from station_app.members.ui.forms import (
    HINT_STYLE,
    combo_value,
    fill_combo,
    import_button,
    refill_community_filter,
)
from station_app.members.ui.member_model import MemberTableModel
from station_app.members.ui.unit_picker import UnitPicker
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.list_page import ListPage, bold_button

COUNT_STYLE = "font-weight: bold;"


class MembersPage(ListPage):
    communities_changed = Signal()  # an import added communities

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        members = MemberService(context.db)
        super().__init__(
            MemberTableModel(members),
            search_name="member_search",
            placeholder=self.tr(
                "Search: name, pinyin initials, mobile, last 4 digits of ID, member no."
            ),
            table_name="member_table",
            parent=parent,
        )
        self.context = context
        self.members = members
        self.units = UnitService(context.db)
        self.communities = CommunityService(context.db)
        self._excel = actions.available()

        # --- search and filters -------------------------------------------------------
        self.new_button = bold_button(self.tr("New member intake (Ctrl+N)"), "new_member")

        self.community_filter = QComboBox()
        self.community_filter.setObjectName("community_filter")
        self.unit_filter = UnitPicker(self.units)
        self.unit_filter.setObjectName("unit_filter")
        self.unit_filter.setPlaceholderText(self.tr("All units"))
        self.unit_filter.setMinimumWidth(120)
        self.unit_filter.setMaximumWidth(360)
        self.unit_filter.setToolTip(self.tr("Unit: type a name, pinyin initials or credit code"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        fill_combo(
            self.status_filter,
            [(s, labels.status_label(s)) for s in MEMBER_STATUSES],
            self.tr("All statuses"),
        )
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category_filter")
        fill_combo(self.category_filter, labels.category_choices(), self.tr("All categories"))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setFlat(True)
        self.count_label.setObjectName("member_count")
        self.count_label.setStyleSheet(COUNT_STYLE)
        self.reload_communities()

        # --- actions ------------------------------------------------------------------
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected member (Ctrl+E)"))
        self.transfer_button = QPushButton(self.tr("Transfer out…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.reinstate_button = QPushButton(self.tr("Reinstate…"))
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.import_button, self.template_action = import_button(
            self.tr("Import…"), self.tr("Save a blank import template…")
        )
        self.template_action.triggered.connect(self.save_template)
        self.export_button = QPushButton(self.tr("Export…"))
        self.notice = QLabel()
        self.notice.setObjectName("member_notice")
        self.notice.setStyleSheet(HINT_STYLE)
        if not self._excel:
            missing = self.tr("Excel import and export are not available yet.")
            for button in (self.import_button, self.export_button):
                button.setEnabled(False)
                button.setToolTip(missing)
            self.print_button.setToolTip(self.tr("Receipt printing is not available yet."))

        self.add_shortcut(
            self.tr("New member intake"), QKeySequence.StandardKey.New, self.new_member
        )
        self.add_shortcut(self.tr("Edit member"), QKeySequence("Ctrl+E"), self.edit_selected)
        self.add_shortcut(
            self.tr("Print receipt"), QKeySequence.StandardKey.Print, self.print_selected
        )
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.transfer_button.clicked.connect(lambda: self.change_status(TRANSFER_OUT))
        self.withdraw_button.clicked.connect(lambda: self.change_status(WITHDRAW))
        self.reinstate_button.clicked.connect(lambda: self.change_status(REINSTATE))
        self.print_button.clicked.connect(self.print_selected)
        self.import_button.clicked.connect(self.import_members)
        self.export_button.clicked.connect(self.export_members)

        # --- layout -------------------------------------------------------------------
        # List-wide actions beside the search, the selected member's below the list.
        top = hbox((self.search, 1), self.import_button, self.export_button, 8, self.new_button)
        # The first item of each filter says what it filters ("All communities"), so no
        # labels: the row fits a narrow window.
        for widget in (self.community_filter, self.status_filter, self.category_filter):
            widget.setMinimumWidth(90)
            widget.setToolTip(widget.itemText(0))
        filters = hbox(
            self.community_filter,
            (self.unit_filter, 1),
            self.status_filter,
            self.category_filter,
            self.clear_filters_button,
            STRETCH,
            self.count_label,
        )
        bottom = hbox(
            self.edit_button,
            self.transfer_button,
            self.withdraw_button,
            self.reinstate_button,
            self.print_button,
            12,
            (self.notice, 1),
        )
        vbox(top, filters, (self.table, 1), bottom, parent=self)

        # --- wiring -------------------------------------------------------------------
        self.filter_on(
            self.community_filter.currentIndexChanged,
            self.status_filter.currentIndexChanged,
            self.category_filter.currentIndexChanged,
            self.unit_filter.chosen,
        )
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.model.modelReset.connect(self._update_buttons)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.apply_filter()

    # --- the list ------------------------------------------------------------------------

    def reload_communities(self) -> None:
        refill_community_filter(self.community_filter, self.communities, self.tr("All communities"))

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            query=self.search.text().strip(),
            community_id=combo_value(self.community_filter),
            unit_id=self.unit_filter.unit_id(),
            status=combo_value(self.status_filter),
            category=combo_value(self.category_filter),
        )

    def apply_filter(self, *_args: object) -> None:
        f = self.current_filter()
        self.model.set_filter(f)
        self.table.set_empty_text(self._empty_text(f))

    def refresh(self) -> None:
        self.model.refresh()

    def _empty_text(self, f: MemberFilter) -> str:
        if f == MemberFilter():
            return self.tr(
                "No members yet. Press Ctrl+N to register the first one, or import an Excel sheet."
            )
        if f.query:
            return self.tr("No member matches “{query}”.").format(query=f.query)
        return self.tr("No member matches these filters.")

    def count_for(self, total: int) -> str:
        return self.tr("{count} members").format(count=QLocale().toString(total))

    def clear_filters(self) -> None:
        for combo in (self.community_filter, self.status_filter, self.category_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear_unit()
        self.unit_filter.blockSignals(False)
        self.clear_search()
        self.apply_filter()

    def show_unit(self, unit_id: int, name: str) -> None:
        """The members of one unit (from the unit list)."""
        self.clear_search()
        self.unit_filter.blockSignals(True)
        self.unit_filter.set_unit(unit_id, name)
        self.unit_filter.blockSignals(False)
        self.apply_filter()

    # --- selection -----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        active = row is not None and row.status == "active"
        self.edit_button.setEnabled(row is not None)
        self.transfer_button.setEnabled(active)
        self.withdraw_button.setEnabled(active)
        self.reinstate_button.setEnabled(row is not None and not active)
        self.print_button.setEnabled(row is not None and self._excel)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.member_id(index.row()))

    # --- dialogs -------------------------------------------------------------------------

    def _receipt(self):  # type: ignore[no-untyped-def]
        return self.print_receipt_for if self._excel else None

    def _member_dialog(self, kind: str, member_id: int | None, title: str = "") -> QDialog | None:
        """The intake or edit form (``kind`` "form") or a member's record ("record"),
        wired to open other records and print receipts; a member gone meanwhile is said
        in a message box titled ``title``."""
        from station_app.members.ui.member_form import MemberFormDialog
        from station_app.members.ui.member_record import MemberRecordDialog

        # From the intake form (a duplicate ID number) the record opens over the form.
        parent = (QApplication.activeModalWidget() or self) if kind == "record" else self
        dialog_class = MemberRecordDialog if kind == "record" else MemberFormDialog
        try:
            return dialog_class(
                self.context,
                member_id,
                parent,
                open_member=self.open_record,
                print_receipt=self._receipt(),
            )
        except DeskError as error:
            QMessageBox.warning(self, title, error.message())
            return None

    def new_member(self) -> None:
        self.start_intake("")

    def start_intake(self, id_number: str) -> None:
        """The intake form, its ID number already filled in (a card reader's) if given:
        birth date and gender follow from it."""
        form = self._member_dialog("form", None)
        if form is not None:
            form.saved.connect(self._member_saved)  # type: ignore[attr-defined]
            if id_number:
                form.id_number.setText(id_number)  # type: ignore[attr-defined]
            form.exec()

    def open_record(self, member_id: int) -> None:
        dialog = self._member_dialog("record", member_id, self.tr("Member record"))
        if dialog is not None:
            dialog.changed.connect(self._member_changed)  # type: ignore[attr-defined]
            dialog.exec()

    def edit_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        form = self._member_dialog("form", member_id, self.tr("Edit member"))
        if form is not None:
            form.saved.connect(self._member_saved)  # type: ignore[attr-defined]
            form.exec()

    def change_status(self, kind: str) -> None:
        from station_app.members.ui.status_dialogs import StatusChangeDialog

        row = self.selected_row()
        if row is None:
            return
        label = labels.member_label(row.name, row.member_no)
        dialog = StatusChangeDialog(self.context, kind, row.id, label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._member_changed(row.id)
            done = {
                TRANSFER_OUT: self.tr("{member} was transferred out."),
                WITHDRAW: self.tr("{member} has withdrawn."),
                REINSTATE: self.tr("{member} is active again."),
            }[kind]
            self.notice.setText(done.format(member=label))

    def _member_saved(self, member_id: int, created: bool) -> None:
        if created:
            self.model.refresh()
            self.select_record(member_id)
            row = self.members.member_rows([member_id])
            if row:
                self.notice.setText(
                    self.tr("Registered: {member}.").format(
                        member=labels.member_label(row[0].name, row[0].member_no)
                    )
                )
        else:
            self._member_changed(member_id)

    def _member_changed(self, member_id: int) -> None:
        self.model.refresh_member(member_id)
        self._update_buttons()

    # --- Excel and receipts --------------------------------------------------------------

    def _action(self, name: str):  # type: ignore[no-untyped-def]
        action = actions.load_for(
            self,
            name,
            (self.import_button, self.export_button, self.print_button),
            self.tr("Not available"),
            self.tr("Excel import, export and receipts are not available in this version."),
        )
        if action is None:
            self._excel = False
        return action

    def import_members(self) -> None:
        action = self._action(actions.IMPORT_MEMBERS)
        if action is not None:
            dialog = action(self, self.context)
            actions.start_import(
                dialog, self.model.refresh, self._say_imported, self.communities_changed
            )

    def _say_imported(self, count: int) -> None:
        self.notice.setText(self.tr("Imported {count} members.").format(count=count))

    def save_template(self) -> None:
        action = self._action(actions.MEMBER_TEMPLATE)
        if action is not None:
            action(self, self.context)

    def export_members(self) -> None:
        action = self._action(actions.EXPORT_MEMBERS)
        if action is not None:
            action(self, self.context, self.model.filter)

    def print_receipt_for(self, parent: QWidget, member_id: int) -> None:
        action = self._action(actions.PRINT_RECEIPT)
        if action is not None:
            action(parent, self.context, member_id)

    def print_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is not None and self._excel:
            self.print_receipt_for(self, member_id)
