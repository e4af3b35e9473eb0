"""Stock (库存): items with their balance (low stock highlighted), add / edit an item,
receive, count and write off, an item's ledger, the stock report PDF and the ledger
.xlsx."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.welfare.reports.common import money
from station_app.welfare.service import StockService, WelfarePrintData
from station_app.welfare.types import ItemBalance
from station_app.welfare.ui.item_dialogs import (
    COUNT,
    RECEIVE,
    WRITE_OFF,
    ItemDialog,
    LedgerDialog,
    MovementDialog,
    export_ledger,
)
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.desk_parts import label
from station_app.widgets.dialogs import run_dialog
from station_app.widgets.layout import STRETCH, button, hbox, vbox
from station_app.widgets.list_page import ListPage, set_row
from station_app.widgets.optional_date import DATE_FORMAT
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf, signed_by

LOW_BACKGROUND = "#fdecea"
LOW_TEXT = "#c0392b"
LOW_BRUSH = QBrush(QColor(LOW_BACKGROUND))
GREY = "#6c757d"  # an item no longer in use
COL_NAME, COL_UNIT, COL_VALUE, COL_ON_HAND, COL_THRESHOLD, COL_WORTH, COL_ACTIVE = range(7)
NUMBERS = (COL_VALUE, COL_ON_HAND, COL_THRESHOLD, COL_WORTH)


class StockPage(ListPage):
    """The gift items, a short list (``changed``: an item or its balance changed)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.context = context
        self.stock = StockService(context.db)
        self.printing = WelfarePrintData(context.db)
        self.last_job: PdfBuildJob | None = None
        admin = context.actor.is_admin

        self.table = self.record_table(
            [
                self.tr("Item"),
                self.tr("Unit"),
                self.tr("Value per unit"),
                self.tr("On hand"),
                self.tr("Low-stock threshold"),
                self.tr("Value on hand"),
                self.tr("Active"),
            ],
            COL_NAME,
            "stock_table",
            on_activate=self.show_ledger,
        )

        self.show_inactive = QCheckBox(self.tr("Show inactive items"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.low_label = label(name="stock_low", style=f"color: {LOW_TEXT};", wrap=True)

        self.add_button = button(self.tr("New item…"), self.add_item)
        self.edit_button = button(self.tr("Edit item…"), self.edit_selected)
        self.receive_button = button(
            self.tr("Receive…"), lambda: self.move_selected(RECEIVE), name="stock_receive"
        )
        self.count_button = button(self.tr("Stock count…"), lambda: self.move_selected(COUNT))
        self.write_off_button = button(self.tr("Write off…"), lambda: self.move_selected(WRITE_OFF))
        for b in (self.count_button, self.write_off_button):
            b.setVisible(admin)
            b.setToolTip(self.tr("For administrators"))
        self.ledger_button = button(self.tr("Ledger…"), self.show_ledger)
        top = hbox(
            self.add_button,
            self.edit_button,
            self.receive_button,
            self.count_button,
            self.write_off_button,
            self.ledger_button,
            STRETCH,
            self.show_inactive,
            button(self.tr("Refresh"), self.refresh),
        )

        today = clock.today()
        self.period_start = DateEdit(today.replace(day=1), display_format=DATE_FORMAT)
        self.period_end = DateEdit(today, display_format=DATE_FORMAT)
        self.report_button = button(self.tr("Print stock report…"), self.print_report)
        self.export_button = button(self.tr("Export ledger (.xlsx)…"), self.export_period_ledger)
        bottom = hbox(
            QLabel(self.tr("Period:")),
            self.period_start,
            QLabel("–"),
            self.period_end,
            self.report_button,
            self.export_button,
            STRETCH,
        )

        self.result_line("stock_result", "color: #1e7e34;", f"color: {LOW_TEXT};")

        vbox(top, (self.table, 1), self.low_label, self.result_label, bottom, parent=self)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.table.show_records(
            self.stock.balances(active_only=not self.show_inactive.isChecked()), self._show_row
        )
        low = [i for i in self.table.records if i.active and i.low]
        if low:
            self.low_label.setText(
                self.tr("Low stock: {items}").format(
                    items="、".join(f"{i.name} {i.on_hand}{i.unit}" for i in low)
                )
            )
            self.low_label.show()
        else:
            self.low_label.hide()

    def _show_row(self, r: int, item: ItemBalance) -> None:
        cells = [
            item.name,
            item.unit,
            money(item.unit_value),
            str(item.on_hand),
            str(item.low_stock_threshold),
            money(item.value),
            self.tr("Yes") if item.active else self.tr("No"),
        ]
        low = item.active and item.low
        colour = LOW_TEXT if low else None if item.active else GREY
        shown = set_row(self.table, r, cells, right=NUMBERS, colour=colour)
        if low:
            for cell in shown:
                cell.setBackground(LOW_BRUSH)
            shown[COL_ON_HAND].setToolTip(self.tr("Low stock"))

    def select(self, item_id: int) -> bool:
        return self.select_record(item_id)

    def selected(self) -> ItemBalance | None:
        return self.selected_row()

    def selection_changed(self) -> None:
        on = self.selected() is not None
        for b in (
            self.edit_button,
            self.receive_button,
            self.count_button,
            self.write_off_button,
            self.ledger_button,
        ):
            b.setEnabled(on)

    # --- items and movements -------------------------------------------------------------

    def add_item(self) -> int | None:
        return self.edit_in(ItemDialog(self.context, None, self))

    def edit_selected(self) -> int | None:
        item = self.selected()
        return self.edit_in(ItemDialog(self.context, item.id, self)) if item else None

    def movement_dialog(self, mode: str) -> MovementDialog | None:
        item = self.selected()
        return MovementDialog(self.context, item.id, mode, self) if item else None

    def move_selected(self, mode: str) -> bool:
        """Receive / count / write off the selected item through its dialog."""
        dialog = self.movement_dialog(mode)
        if dialog is None:
            return False
        item_id = run_dialog(dialog, lambda d: d.item_id)
        if item_id is None:
            return False
        self.after_movement(item_id)
        return True

    def after_movement(self, item_id: int) -> None:
        self.after_change(item_id)
        item = self.selected()
        if item is not None:
            self.say(
                self.tr("{name}: {on_hand} {unit} in stock now.").format(
                    name=item.name, on_hand=item.on_hand, unit=item.unit
                ),
                ok=True,
            )

    def show_ledger(self) -> LedgerDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = LedgerDialog(self.context, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the period: report and ledger export --------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        start: dt.date = self.period_start.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.period_end.date().toPython()  # type: ignore[assignment]
        return start, end

    def print_report(self) -> PdfBuildJob | None:
        start, end = self.period()
        title = self.tr("Stock report {start} – {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )
        from station_app.welfare.reports.stock import build_stock_report  # reportlab: now

        self.last_job = preview_pdf(
            self,
            title,
            lambda: self.printing.stock_report(start, end),
            signed_by(build_stock_report, self.context.actor.display_name),
        )
        return self.last_job

    def export_period_ledger(self, path: str | None = None) -> str | None:
        """The period's movements (the selected item's, or every item's) to .xlsx."""
        start, end = self.period()
        item = self.selected()
        title = self.tr("Export ledger")
        if end < start:
            QMessageBox.warning(self, title, self.tr("The end date is before the start date."))
            return None
        rows = self.printing.ledger(item.id if item else None, start, end)
        suggested = self.tr("ledger-{start}-{end}.xlsx").format(
            start=start.isoformat(), end=end.isoformat()
        )
        saved = export_ledger(self, rows, suggested, title, path)
        if saved:
            self.say(
                self.tr("Exported {count} movements to {path}.").format(
                    count=len(rows), path=saved
                ),
                ok=True,
            )
        return saved
