"""The audit log dialog: admins only, filters, masked rows and details, the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from station_app.core.db import Database
from station_app.core.errors import PermissionDenied
from station_app.dialogs.audit_log_dialog import AuditLogDialog
from station_app.members.service import MemberService
from station_app.members.types import MemberInput
from station_app.settings import AppSettings
from tests.members.conftest import rid
from tests.widgets.windows import make_window

ID = rid("11010619800101123")


def test_admin_sees_filters_details_and_exports(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    assert window.audit_action is not None
    member_id = (
        MemberService(sqlite_db)
        .register(
            window.context.actor,
            MemberInput(name="张伟", id_number=ID, mobile="13812345678", joined_on=dt.date.today()),
        )
        .member_id
    )
    opened: list[tuple[str, str]] = []
    dialog = AuditLogDialog(
        window.context,
        window,
        open_record=lambda e, i: opened.append((e, i)) or True,
        openable=("member",),
    )
    qtbot.addWidget(dialog)
    texts = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert dialog.table.rowCount() >= 2
    assert "13812345678" not in " ".join(texts)
    dialog.entity_box.setCurrentIndex(dialog.entity_box.findData("member"))
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "Member"
    dialog.table.selectRow(0)
    values = {
        dialog.details.item(r, 0).text(): dialog.details.item(r, 1).text()
        for r in range(dialog.details.rowCount())
    }
    assert values["ID number"] == "110106********" + ID[-4:]
    assert values["Mobile"] == "138****5678"
    assert dialog.open_button.isEnabled()
    dialog.open_selected()
    assert opened == [("member", str(member_id))]
    out = tmp_path / "log.xlsx"
    assert dialog.export(out) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][3] == "Member" and "13812345678" not in str(rows)
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(1))
    dialog.refresh()
    assert dialog.table.rowCount() == 0
    assert dialog.count_label.text() == "0 entries"


def test_desk_staff_have_no_audit_log(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path, desk=True)
    assert window.audit_action is None
    with pytest.raises(PermissionDenied):
        AuditLogDialog(window.context, window)


def test_command_line_rows_are_named_and_filtered(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    from station_app.core import audit
    from station_app.core.actor import CLI_ACTOR

    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    member_id = (
        MemberService(sqlite_db)
        .register(
            window.context.actor,
            MemberInput(name="张伟", id_number=ID, mobile="13812345678", joined_on=dt.date.today()),
        )
        .member_id
    )
    with sqlite_db.transaction() as s:
        audit.record(s, CLI_ACTOR, "demo_fill", "volunteers", after={"member_id": member_id})
    dialog = AuditLogDialog(window.context, window)
    qtbot.addWidget(dialog)
    names = [dialog.operator_box.itemText(i) for i in range(dialog.operator_box.count())]
    assert "Command line" in names and "cli" not in names
    kinds = [dialog.entity_box.itemData(i) for i in range(1, dialog.entity_box.count())]
    assert kinds[0] == "member" and kinds[-1] in ("operator", "station", "database")
    dialog.operator_box.setCurrentIndex(names.index("Command line"))
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(6)]
    assert cells[1:4] == ["Command line", "Fill with demo data", "Volunteer data"]
    assert cells[5].startswith("Member: 张伟（") and "member_id" not in cells[5]
    dialog.entity_box.setCurrentIndex(dialog.entity_box.findData("member"))
    dialog.operator_box.setCurrentIndex(0)
    dialog.refresh()
    dialog.table.selectRow(0)
    assert dialog.table.item(0, 4).text().startswith(f"{member_id} 张伟（")
    fields = [dialog.details.item(r, 0).text() for r in range(dialog.details.rowCount())]
    assert "Full name" in fields and "Community" in fields and "name_pinyin" not in fields
