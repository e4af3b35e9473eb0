"""The unit list's ledger: the staff filter, the staff-and-contacts dialog, the export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from station_app.context import DeskContext
from station_app.core import clock
from station_app.members.service import UnitLedgerService
from station_app.members.types import NOBODY, UnitFilter
from station_app.members.ui.forms import select_value
from station_app.members.ui.unit_ledger_dialog import UnitLedgerDialog
from station_app.members.ui.unit_model import COL_LAST_CONTACT, COL_STAFF
from station_app.members.ui.units_page import UnitsPage


def test_staff_contacts_filter_and_export(qtbot, desk_ctx: DeskContext, tmp_path: Path) -> None:
    page = UnitsPage(desk_ctx)
    qtbot.addWidget(page)
    unit = page.model.row(0)
    dialog = UnitLedgerDialog(desk_ctx, unit.id, unit.name, page)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Staff and contacts: {unit.name}"  # 台账 is the printout
    assert dialog.staff_box.currentData() is None
    assert select_value(dialog.staff_box, desk_ctx.actor.id)
    assert UnitLedgerService(desk_ctx.db).staff_of(unit.id) == desk_ctx.actor.id
    select_value(dialog.kind_box, "meeting")
    dialog.note_edit.setText("沟通会：建会筹备")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Meeting"
    assert dialog.table.item(0, 2).text() == "沟通会：建会筹备"
    assert dialog.note_edit.text() == ""

    page.refresh()
    row = page.model.index_of(unit.id)
    assert row is not None
    assert page.model.index(row, COL_STAFF).data() == desk_ctx.actor.display_name
    assert page.model.index(row, COL_LAST_CONTACT).data() == clock.today().isoformat()
    button = page.ledger_menu_button
    assert button.menu() is not None and button.text() == "Ledger"
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    assert button.width() >= button.sizeHint().width()

    page.reload_staff()
    assert select_value(page.staff_filter, desk_ctx.actor.id)
    assert page.model.total() == 1 and page.model.row(0).id == unit.id
    out = tmp_path / "ledger.xlsx"
    assert page.export_ledger(out) == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][1] == unit.name and rows[1][9] == desk_ctx.actor.display_name
    assert "Meeting 沟通会：建会筹备" in rows[1][10]
    assert page.filter_words() == desk_ctx.actor.display_name

    select_value(page.staff_filter, NOBODY)
    units = page.units.count_units(UnitFilter())
    assert page.model.total() == units - 1

    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 0
    select_value(dialog.staff_box, None)
    assert UnitLedgerService(desk_ctx.db).staff_of(unit.id) is None
