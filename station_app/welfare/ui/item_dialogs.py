"""Gift item dialogs: add / edit an item, a stock movement (receive, count, write off)
and an item's ledger. Each refusal shows its sentence beside the field; nothing is
written until the service accepts the whole form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.ids import to_halfwidth
from station_app.welfare.labels import movement_label
from station_app.welfare.reports.common import money
from station_app.welfare.service import StockService
from station_app.welfare.sheets.exports import write_ledger
from station_app.welfare.types import ItemBalance, ItemInput, LedgerRow
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.dialogs import accept_buttons
from station_app.widgets.form_dialog import FormDialog, RecordDialog
from station_app.widgets.layout import button, hbox, vbox
from station_app.widgets.list_page import item_table, set_row
from station_app.widgets.optional_date import DATE_FORMAT
from station_app.widgets.save_path import ask_save_path, with_suffix
from station_app.widgets.screen_fit import fit_to_screen

RECEIVE, COUNT, WRITE_OFF = "receive", "count", "write_off"
UNITS = ("袋", "桶", "箱", "张", "份", "盒", "瓶", "件")


def whole_number(text: str, field: str) -> int:
    """A form's whole number; the service's own sentence when it is not one."""
    clean = to_halfwidth(text or "").strip().replace(",", "")
    try:
        return int(clean)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter a whole number."), field=field
        ) from None


class ItemDialog(RecordDialog):
    """Adds an item (``item_id`` None) or edits one; ``saved_id`` after OK."""

    TITLES = (
        QT_TRANSLATE_NOOP("ItemDialog", "New gift item"),
        QT_TRANSLATE_NOOP("ItemDialog", "Edit gift item"),
    )

    def __init__(
        self, context: DeskContext, item_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, item_id, parent)
        self.stock = StockService(context.db)
        self.name = self.field("name", self.tr("Name"), QLineEdit())
        self.name.setObjectName("item_name")
        self.unit = self.field("unit", self.tr("Unit"), QComboBox())
        self.unit.setObjectName("item_unit")
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.unit_value = self.field("unit_value", self.tr("Value per unit (¥)"), QLineEdit())
        self.unit_value.setObjectName("item_unit_value")
        self.unit_value.setPlaceholderText("45.50")
        self.threshold = self.field(
            "low_stock_threshold", self.tr("Low-stock threshold"), QLineEdit("0")
        )
        self.threshold.setObjectName("item_threshold")
        self.active = self.field(
            "active", "", QCheckBox(self.tr("Active (offered for new campaigns)"))
        )
        self.active.setChecked(True)
        self.lay_out(accept_buttons(self, self.save, text=self.tr("Save")))
        if item_id is not None:
            item = self.stock.item(item_id)
            self.name.setText(item.name)
            self.unit.setCurrentText(item.unit)
            self.unit_value.setText(f"{item.unit_value:.2f}")
            self.threshold.setText(str(item.low_stock_threshold))
            self.active.setChecked(item.active)

    @property
    def item_id(self) -> int | None:
        return self.record_id

    def item_input(self) -> ItemInput:
        return ItemInput(
            self.name.text(),
            self.unit.currentText(),
            self.unit_value.text(),
            whole_number(self.threshold.text(), "low_stock_threshold"),
            self.active.isChecked(),
        )

    def add_record(self) -> int:
        return self.stock.add_item(self.context.actor, self.item_input())

    def change_record(self, record_id: int) -> None:
        self.stock.update_item(self.context.actor, record_id, self.item_input())


class MovementDialog(FormDialog):
    """入库 (receive), 盘点 (count: the counted quantity becomes the balance) or 报损
    (write off). Counting and writing off are for administrators (the service says so)."""

    def __init__(
        self, context: DeskContext, item_id: int, mode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.item_id = item_id
        self.mode = mode
        self.stock = StockService(context.db)
        self.movement_id: int | None = None
        item = self.stock.item(item_id)
        titles = {
            RECEIVE: self.tr("Receive stock"),
            COUNT: self.tr("Stock count"),
            WRITE_OFF: self.tr("Write off"),
        }
        self.setWindowTitle(titles[mode])
        self.item_label = QLabel(
            self.tr("{name}: {on_hand} {unit} in stock").format(
                name=item.name, on_hand=item.on_hand, unit=item.unit
            )
        )
        self.item_label.setObjectName("movement_item")
        self.form.addRow(self.item_label)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("movement_quantity")
        if mode == COUNT:
            self.quantity.setText(str(item.on_hand))
            self.field("counted", self.tr("Counted on the shelf"), self.quantity)
        else:
            unit = self.tr("Quantity ({unit})").format(unit=item.unit)
            self.field("quantity", unit, self.quantity)
        self.source = QLineEdit()
        self.source.setObjectName("movement_source")
        self.source.setPlaceholderText(self.tr("Supplier, donor or the federation"))
        if mode == RECEIVE:
            self.field("source", self.tr("Source"), self.source)
        self.moved_on = self.field(
            "moved_on", self.tr("Date"), DateEdit(clock.today(), display_format=DATE_FORMAT)
        )
        self.note = QLineEdit()
        self.note.setObjectName("movement_note")
        if mode == RECEIVE:
            self.field("note", self.tr("Note"), self.note)
        else:
            self.field("reason", self.tr("Reason"), self.note)
        self.lay_out(accept_buttons(self, self.save, text=titles[mode]))

    def write(self) -> None:
        actor = self.context.actor
        on: dt.date = self.moved_on.date().toPython()  # type: ignore[assignment]
        if self.mode == RECEIVE:
            qty = whole_number(self.quantity.text(), "quantity")
            self.movement_id = self.stock.receive(
                actor, self.item_id, qty, self.source.text(), on, self.note.text()
            )
        elif self.mode == COUNT:
            counted = whole_number(self.quantity.text(), "counted")
            self.movement_id = self.stock.adjust_to_count(
                actor, self.item_id, counted, self.note.text(), on
            )
        else:
            qty = whole_number(self.quantity.text(), "quantity")
            self.movement_id = self.stock.write_off(actor, self.item_id, qty, self.note.text(), on)


class LedgerDialog(QDialog):
    """One item's movements with the balance after each; export to .xlsx."""

    def __init__(
        self, context: DeskContext, item: ItemBalance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.rows: list[LedgerRow] = StockService(context.db).ledger(item.id)
        self.setWindowTitle(self.tr("Ledger: {name}").format(name=item.name))
        fit_to_screen(self, 860, 480)
        self.table = item_table(
            [
                self.tr("Date"),
                self.tr("Movement"),
                self.tr("Quantity"),
                self.tr("Balance"),
                self.tr("Source / note"),
                self.tr("Receipt no."),
                self.tr("Operator"),
            ],
            4,
            "ledger_table",
        )
        self.table.setRowCount(len(self.rows))
        red = QBrush(QColor("#c0392b"))
        for r, row in enumerate(self.rows):
            text = "；".join(x for x in (row.source, row.note) if x)
            cells = [
                row.moved_on.isoformat(),
                movement_label(row),
                f"{row.quantity:+d}",
                str(row.balance_after),
                text,
                row.receipt_no or "",
                row.operator_name,
            ]
            shown = set_row(self.table, r, cells, right=(2, 3))
            if row.quantity < 0:
                shown[2].setForeground(red)
        summary = QLabel(
            self.tr("{count} movements; balance {on_hand} {unit}, worth {value}").format(
                count=len(self.rows),
                on_hand=item.on_hand,
                unit=item.unit,
                value=money(item.value),
            )
        )
        export = button(self.tr("Export ledger (.xlsx)…"), self.export)
        close = button(self.tr("Close"), self.accept)
        vbox((self.table, 1), hbox((summary, 1), export, close), parent=self)

    def export(self, path: str | None = None) -> str | None:
        return export_ledger(
            self,
            self.rows,
            self.tr("{name}-ledger.xlsx").format(name=self.item.name),
            self.tr("Export ledger"),
            path,
        )


def export_ledger(
    parent: QWidget,
    rows: list[LedgerRow],
    suggested: str,
    title: str,
    path: str | None = None,
) -> str | None:
    """Ledger rows to an .xlsx (``title``: the dialog's, translated)."""
    if path is None:
        chosen = ask_save_path(parent, title, suggested)
        if chosen is None:
            return None
        path = str(chosen)
    path = str(with_suffix(path, ".xlsx"))
    try:
        write_ledger(path, rows)
    except OSError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    return path
