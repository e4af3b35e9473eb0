"""The audit log (administrators): who did what to which record, filtered by dates,
operator, kind of record and action; the details of the record a row refers to,
opening it where the desk has a screen for it, and an .xlsx of the filtered list.
The reads and the masking are ``core.audit_log``'s; the service refuses desk staff."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.audit_words import AUDIT_WORDS
from station_app.context import DeskContext
from station_app.core.audit_log import (
    LIMIT,
    AuditEntry,
    AuditFilter,
    AuditLogService,
    action_label,
    entity_label,
)
from station_app.core.errors import DeskError
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.save_path import ask_save_path
from station_app.widgets.screen_fit import fit_to_screen

# entity, entity_id → True when a screen opened it
RecordOpener = Callable[[str, str], bool]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class AuditLogDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        open_record: RecordOpener | None = None,
        openable: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = AuditLogService(context.db, AUDIT_WORDS)
        self.open_record = open_record
        self.openable = openable
        self.entries: list[AuditEntry] = []
        self.setWindowTitle(self.tr("Audit log"))
        choices = self.service.choices(context.actor)  # refuses desk staff

        today = dt.date.today()
        self.start_edit = DateEdit(today - dt.timedelta(days=30))
        self.start_edit.setObjectName("start_edit")
        self.end_edit = DateEdit(today)
        self.end_edit.setObjectName("end_edit")
        self.operator_box = QComboBox()
        self.operator_box.setObjectName("operator_box")
        self.operator_box.addItem(self.tr("All operators"), None)
        for key, name in choices.operators:  # an id, or a name recorded alone (命令行)
            self.operator_box.addItem(name, key)
        self.entity_box = QComboBox()
        self.entity_box.setObjectName("entity_box")
        self.entity_box.addItem(self.tr("All records"), "")
        for code in choices.entities:  # in the order of the tabs
            self.entity_box.addItem(entity_label(code), code)
        self.action_box = QComboBox()
        self.action_box.setObjectName("action_box")
        self.action_box.addItem(self.tr("All actions"), "")
        for code in choices.actions:
            self.action_box.addItem(action_label(code), code)
        search = button(self.tr("Search"), self.refresh, name="search_button")
        search.setDefault(True)

        self.count_label = label(name="count_label")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Operator"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Record no."),
                self.tr("Details"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_details)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        self.details = QTableWidget(0, 2)
        self.details.setObjectName("details_table")
        self.details.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.details.verticalHeader().hide()
        self.details.horizontalHeader().setStretchLastSection(True)
        self.details_label = label(name="details_label", wrap=True)
        details_panel = QWidget()
        vbox(self.details_label, (self.details, 1), parent=details_panel)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.open_button = button(self.tr("Open record"), self.open_selected, name="open_button")
        self.export_button = button(self.tr("Export to Excel…"), self.export, name="export_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        vbox(
            hbox(
                label(self.tr("From")),
                self.start_edit,
                label(self.tr("to")),
                self.end_edit,
                self.operator_box,
                self.entity_box,
                self.action_box,
                search,
                STRETCH,
            ),
            self.count_label,
            (splitter, 1),
            buttons,
            parent=self,
        )
        fit_to_screen(self, 1100, 700)
        self.refresh()

    # --- reading -------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        start: dt.date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end_edit.date().toPython()  # type: ignore[assignment]
        operator = self.operator_box.currentData()
        return AuditFilter(
            start=start,
            end=end,
            operator_id=operator if isinstance(operator, int) else None,
            operator_name=operator if isinstance(operator, str) else "",
            entity=self.entity_box.currentData() or "",
            action=self.action_box.currentData() or "",
        )

    def refresh(self) -> None:
        f = self.current_filter()
        try:
            total = self.service.count(self.context.actor, f)
            self.entries = self.service.entries(self.context.actor, f)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Audit log"), error.message())
            return
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = (
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.operator,
                action_label(e.action),
                entity_label(e.entity),
                f"{e.entity_id} {e.record_name}".strip(),
                e.details,
            )
            for column, text in enumerate(cells):
                item = _cell(text)
                if column in (4, 5):
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        if total > len(self.entries):
            text = self.tr("{total} entries; the newest {shown} are shown.")
            self.count_label.setText(text.format(total=total, shown=LIMIT))
        else:
            self.count_label.setText(self.tr("{total} entries").format(total=total))
        self.show_details()

    def selected(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def show_details(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(
            entry is not None and self.open_record is not None and entry.entity in self.openable
        )
        self.details.setRowCount(0)
        if entry is None:
            self.details_label.setText(self.tr("Choose an entry to see the record it refers to."))
            return
        fields = self.service.record_details(self.context.actor, entry.entity, entry.entity_id)
        if not fields:
            self.details_label.setText(self.tr("The record is not there (any more)."))
            return
        self.details_label.setText(
            self.tr("{record} no. {id} as it is now:").format(
                record=entity_label(entry.entity),
                id=f"{entry.entity_id} {entry.record_name}".strip(),
            )
        )
        self.details.setRowCount(len(fields))
        for row, (field, value) in enumerate(fields):
            self.details.setItem(row, 0, _cell(field))
            self.details.setItem(row, 1, _cell(value))

    # --- actions -------------------------------------------------------------------

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.open_record is None or entry.entity not in self.openable:
            return
        self.open_record(entry.entity, entry.entity_id)
        self.refresh()

    def export(self, path: Path | None = None) -> int | None:
        if path is None:
            path = ask_save_path(self, self.tr("Export the audit log"), "审计日志.xlsx")
            if path is None:
                return None
        try:
            written = self.service.export(self.context.actor, self.current_filter(), path)
        except (DeskError, OSError) as error:
            text = error.message() if isinstance(error, DeskError) else str(error)
            QMessageBox.warning(self, self.tr("Export the audit log"), text)
            return None
        self.count_label.setText(
            self.tr("{rows} entries exported to {file}.").format(rows=written, file=path.name)
        )
        return written
