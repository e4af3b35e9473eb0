"""The unit list: search (name, pinyin initials, credit code), filters, the yearly
figure "已建会 N 家 / 单位 M 家", add and edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.members import labels
from station_app.members.service import CommunityService, UnitLedgerService, UnitService
from station_app.members.types import NOBODY, UnitFilter
from station_app.members.ui import actions
from station_app.members.ui.forms import (
    HINT_STYLE,
    combo_value,
    fill_combo,
    import_button,
    refill_community_filter,
    select_value,
)
from station_app.members.ui.unit_form import UnitFormDialog
from station_app.members.ui.unit_model import UnitTableModel
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.list_page import ListPage, bold_button
from station_app.widgets.save_path import ask_save_path

FIGURE_STYLE = "font-weight: bold;"


class UnitsPage(ListPage):
    show_members = Signal(int, str)  # unit id, name: list its members
    communities_changed = Signal()  # an import added communities

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        units = UnitService(context.db)
        super().__init__(
            UnitTableModel(units),
            search_name="unit_search",
            placeholder=self.tr("Search: unit name, pinyin initials, credit code"),
            table_name="unit_table",
            parent=parent,
        )
        self.context = context
        self.units = units
        self.communities = CommunityService(context.db)
        self._stale = False

        self.new_button = bold_button(self.tr("Add unit (Ctrl+N)"), "new_unit")

        self.community_filter = QComboBox()
        self.community_filter.setObjectName("unit_community_filter")
        self.reload_communities()
        self.union_filter = QComboBox()
        self.union_filter.setObjectName("union_filter")
        fill_combo(self.union_filter, labels.union_filter_choices(), self.tr("Any union status"))
        self.staff_filter = QComboBox()
        self.staff_filter.setObjectName("staff_filter")
        self.reload_staff()
        self.figures_label = QLabel()
        self.figures_label.setObjectName("union_figures")
        self.figures_label.setStyleSheet(FIGURE_STYLE)
        self.count_label.setObjectName("unit_count")
        self.count_label.setStyleSheet(HINT_STYLE)

        self._excel = actions.available()
        self.import_button, self.template_action = import_button(
            self.tr("Import…"), self.tr("Save a blank import template…")
        )
        self.template_action.triggered.connect(self.save_template)
        self.import_button.clicked.connect(self.import_units)
        if not self._excel:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Excel import is not available yet."))

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected unit (Ctrl+E)"))
        self.members_button = QPushButton(self.tr("Show its members"))
        self.ledger_button = QPushButton(self.tr("Staff and contacts…"))
        self.ledger_button.setObjectName("unit_ledger_button")
        self.ledger_button.setToolTip(
            self.tr("The staff member responsible for the unit and the notes of contacts")
        )
        # A push button with its menu: sized for its text and the menu's arrow (a tool
        # button's arrow was drawn over the text).
        self.ledger_menu_button = QPushButton(self.tr("Ledger"))
        self.ledger_menu_button.setObjectName("ledger_menu_button")
        ledger_menu = QMenu(self)
        self.ledger_menu_button.setMenu(ledger_menu)
        self.print_ledger_action = ledger_menu.addAction(self.tr("Print the ledger…"))
        self.export_ledger_action = ledger_menu.addAction(self.tr("Export the ledger to Excel…"))
        self.print_ledger_action.triggered.connect(self.print_ledger)
        self.export_ledger_action.triggered.connect(lambda: self.export_ledger())
        self.notice = QLabel()
        self.notice.setStyleSheet(HINT_STYLE)

        self.add_shortcut(self.tr("Add unit"), QKeySequence.StandardKey.New, self.new_unit)
        self.add_shortcut(self.tr("Edit unit"), QKeySequence("Ctrl+E"), self.edit_selected)
        self.new_button.clicked.connect(self.new_unit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.members_button.clicked.connect(self._show_members)
        self.ledger_button.clicked.connect(self.open_ledger)

        top = hbox((self.search, 1), self.import_button, 8, self.new_button)
        for widget in (self.community_filter, self.union_filter, self.staff_filter):
            widget.setMinimumWidth(90)
            widget.setToolTip(widget.itemText(0))
        filters = hbox(
            self.community_filter,
            self.union_filter,
            self.staff_filter,
            STRETCH,
            self.count_label,
            16,
            self.figures_label,
        )
        bottom = hbox(
            self.edit_button,
            self.members_button,
            self.ledger_button,
            12,
            (self.notice, 1),
            self.ledger_menu_button,
        )
        vbox(top, filters, (self.table, 1), bottom, parent=self)

        self.filter_on(
            self.community_filter.currentIndexChanged,
            self.union_filter.currentIndexChanged,
            self.staff_filter.currentIndexChanged,
        )
        self.model.modelReset.connect(self._update_buttons)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.apply_filter()

    # --- the list ------------------------------------------------------------------------

    def current_filter(self) -> UnitFilter:
        return UnitFilter(
            query=self.search.text().strip(),
            community_id=combo_value(self.community_filter),
            union_status=combo_value(self.union_filter),
            staff_operator_id=combo_value(self.staff_filter),
        )

    def apply_filter(self, *_args: object) -> None:
        f = self.current_filter()
        self.model.set_filter(f)
        self._show_figures()
        if f == UnitFilter():
            empty = self.tr("No units yet. Press Ctrl+N to add the first one.")
        elif f.query:
            empty = self.tr("No unit matches “{query}”.").format(query=f.query)
        else:
            empty = self.tr("No unit matches these filters.")
        self.table.set_empty_text(empty)

    def reload_communities(self) -> None:
        """After communities were added, renamed, reordered or retired."""
        refill_community_filter(self.community_filter, self.communities, self.tr("All communities"))

    def reload_staff(self) -> None:
        chosen = combo_value(self.staff_filter) if self.staff_filter.count() else None
        choices = [
            (NOBODY, self.tr("Nobody responsible")),
            *UnitLedgerService(self.context.db).staff_choices(),
        ]
        fill_combo(self.staff_filter, choices, self.tr("Any staff member"))
        select_value(self.staff_filter, chosen)

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()
        self._show_figures()

    def mark_stale(self) -> None:
        """Members changed: the member counts are refreshed when the page is shown."""
        self._stale = True

    def _show_figures(self) -> None:
        counts = self.units.union_counts(combo_value(self.community_filter))
        locale = QLocale()
        self.figures_label.setText(
            self.tr("Unions founded: {founded} / units: {total}").format(
                founded=locale.toString(counts.founded), total=locale.toString(counts.total)
            )
        )

    def figures_text(self) -> str:
        return self.figures_label.text()

    def count_for(self, total: int) -> str:
        return self.tr("{count} listed").format(count=QLocale().toString(total))

    # --- selection and dialogs -----------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.members_button.setEnabled(selected)
        self.ledger_button.setEnabled(selected)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_unit(self.model.unit_id(index.row()))

    def new_unit(self) -> None:
        dialog = UnitFormDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.unit_id is not None:
            self.refresh()
            self.select_record(dialog.unit_id)
            self.notice.setText(self.tr("Added: {name}.").format(name=dialog.unit_name))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_unit(row.id)

    def edit_unit(self, unit_id: int) -> None:
        dialog = UnitFormDialog(self.context, unit_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            index = self.model.index_of(unit_id)
            fresh = [
                r
                for r in self.units.list_units(UnitFilter(query=dialog.unit_name), limit=50)
                if r.id == unit_id
            ]
            if index is not None and fresh:
                self.model.replace_row(index, fresh[0])
                self._show_figures()
            else:
                self.refresh()
            self.notice.setText(self.tr("Saved: {name}.").format(name=dialog.unit_name))

    def _show_members(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_members.emit(row.id, row.name)

    # --- the ledger (台账) ------------------------------------------------------------------

    def open_ledger(self) -> None:
        from station_app.members.ui.unit_ledger_dialog import UnitLedgerDialog

        row = self.selected_row()
        if row is None:
            return
        dialog = UnitLedgerDialog(self.context, row.id, row.name, self)
        dialog.changed.connect(self.mark_stale)
        dialog.exec()
        if self._stale and combo_value(self.staff_filter) is not None:
            self.refresh()

    def filter_words(self) -> str:
        """What the filters choose, in the desk's words (printed under the title)."""
        f = self.current_filter()
        boxes = (
            (self.community_filter, f.community_id),
            (self.union_filter, f.union_status),
            (self.staff_filter, f.staff_operator_id),
        )
        words = [box.currentText() for box, value in boxes if value is not None]
        if f.query:
            words.append(f"“{f.query}”")
        return "，".join(words)

    def print_ledger(self) -> None:
        from station_app.members.reports import build_unit_ledger, ledger_data
        from station_app.widgets.print_action import preview_pdf, signed_by

        f, words = self.current_filter(), self.filter_words()
        preview_pdf(
            self,
            self.tr("Unit ledger"),
            lambda: ledger_data(self.context.db, self.context.station, f, words),
            signed_by(build_unit_ledger, self.context.actor.display_name),
        )

    def export_ledger(self, path: Path | None = None) -> int | None:
        from station_app.members.sheets.unit_ledger import export_unit_ledger

        title = self.tr("Export the ledger")
        if path is None:
            path = ask_save_path(self, title, f"单位台账-{clock.today():%Y%m%d}.xlsx")
            if path is None:
                return None
        try:
            rows = export_unit_ledger(
                self.context.db,
                self.context.actor,
                path,
                self.current_filter(),
                self.filter_words(),
            )
        except (DeskError, OSError) as error:
            text = error.message() if isinstance(error, DeskError) else str(error)
            QMessageBox.warning(self, title, text)
            return None
        self.notice.setText(
            self.tr("Exported the ledger of {count} units to {file}.").format(
                count=rows, file=path.name
            )
        )
        return rows

    # --- Excel ---------------------------------------------------------------------------

    def _action(self, name: str):  # type: ignore[no-untyped-def]
        action = actions.load_for(
            self,
            name,
            (self.import_button,),
            self.tr("Not available"),
            self.tr("Excel import is not available in this version."),
        )
        if action is None:
            self._excel = False
        return action

    def import_units(self) -> None:
        action = self._action(actions.IMPORT_UNITS)
        if action is not None:
            dialog = action(self, self.context)
            actions.start_import(dialog, self.refresh, self._say_imported, self.communities_changed)

    def _say_imported(self, count: int) -> None:
        self.notice.setText(self.tr("Imported {count} units.").format(count=count))

    def save_template(self) -> None:
        action = self._action(actions.UNIT_TEMPLATE)
        if action is not None:
            action(self, self.context)

    # --- showing and closing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
