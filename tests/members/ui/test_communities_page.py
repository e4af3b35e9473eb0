"""The 社区 page of the member tab, and the import preview's offer to add the
communities a sheet names: real widgets on a fresh station."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QInputDialog

from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.members.service import CommunityService, UnitService
from station_app.members.sheets.types import INVALID, VALID
from station_app.members.types import UnitInput
from station_app.members.ui.import_dialog import ImportDialog
from station_app.members.ui.tab import MembersTab
from station_app.members.ui.unit_form import UnitFormDialog
from tests.members.data.sheets import WANG_KUN
from tests.members.ui.conftest import context_for


def _combo_texts(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_admin_adds_renames_reorders_and_retires(
    qtbot, empty_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = MembersTab(empty_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_communities()
    page = tab.communities_page
    assert page.names() == [] and not page.rename_button.isEnabled()

    page.new_name.setText("太平桥西里社区、太平桥东里社区，东管头社区")
    page.add_button.click()
    assert page.names() == ["太平桥西里社区", "太平桥东里社区", "东管头社区"]
    assert page.new_name.text() == ""
    # The member and unit filters offer them at once.
    assert "东管头社区" in _combo_texts(tab.members_page.community_filter)
    assert "东管头社区" in _combo_texts(tab.units_page.community_filter)

    page.new_name.setText("太平桥西里")  # a spelling of one on file
    page.add_button.click()
    assert "太平桥西里社区" in page.errors.text("name") and page.names()[-1] == "东管头社区"

    page.select("东管头社区")
    page.up_button.click()
    assert page.names() == ["太平桥西里社区", "东管头社区", "太平桥东里社区"]
    assert page.selected() is not None and page.selected().name == "东管头社区"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("东管头南社区", True))
    page.rename_button.click()
    assert page.names()[1] == "东管头南社区"
    assert "东管头南社区" in _combo_texts(tab.members_page.community_filter)

    page.select("太平桥东里社区")
    page.retire_button.click()
    assert page.table.item(2, 1).text() == "Retired" and page.retire_button.text() == "Reinstate"
    # Filters still list it (old records), marked; a new unit is not offered it.
    assert "太平桥东里社区 (retired)" in _combo_texts(tab.units_page.community_filter)
    form = UnitFormDialog(empty_ctx)
    qtbot.addWidget(form)
    assert "太平桥东里社区" not in " ".join(_combo_texts(form.community))
    page.retire_button.click()
    assert page.table.item(2, 1).text() == "Current"


def test_a_unit_in_a_retired_community_keeps_it_in_its_form(qtbot, empty_ctx: DeskContext) -> None:
    communities = CommunityService(empty_ctx.db)
    east = communities.add_community(empty_ctx.actor, "太平桥东里社区")
    unit_id = UnitService(empty_ctx.db).add_unit(
        empty_ctx.actor, UnitInput(name="北京鼎泰物业管理有限公司", community_id=east)
    )
    communities.set_retired(empty_ctx.actor, east, True)
    form = UnitFormDialog(empty_ctx, unit_id)
    qtbot.addWidget(form)
    assert form.community.currentText() == "太平桥东里社区 (retired)"
    assert form.community.currentData() == east


def test_desk_staff_see_the_list_but_cannot_change_it(qtbot, empty_ctx: DeskContext) -> None:
    CommunityService(empty_ctx.db).add_community(empty_ctx.actor, "太平桥社区")
    AccountService(empty_ctx.db).add_operator(empty_ctx.actor, "li", "李前台", "desk", "desk1234")
    desk = context_for(empty_ctx.db, "li", "desk1234")
    tab = MembersTab(desk)
    qtbot.addWidget(tab)
    page = tab.communities_page
    page.select("太平桥社区")
    assert page.names() == ["太平桥社区"]
    for widget in (page.add_button, page.new_name, page.rename_button, page.retire_button):
        assert not widget.isEnabled()


def _wait_idle(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.task is None and not dialog.is_working(), timeout=60_000)


def test_preview_offers_the_missing_communities_then_checks_again(
    qtbot, empty_ctx: DeskContext, tmp_path: Path, message_boxes
) -> None:
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "工作单位", "社区"])
    wb.active.append(["王堃", WANG_KUN, "北京华信科技有限公司", "太平桥西里社区"])
    wb.save(tmp_path / "m.xlsx")
    tab = MembersTab(empty_ctx)
    qtbot.addWidget(tab)
    dialog = ImportDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.communities_added.connect(tab.communities_changed)
    dialog.show()
    dialog.load_file(tmp_path / "m.xlsx")
    _wait_idle(qtbot, dialog)
    dialog.next_button.click()
    _wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.rows[0].status == INVALID
    bar = dialog.missing_bar
    assert bar.isVisible() and "太平桥西里社区" in bar.label.text()
    assert not dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.communities_added):
        bar.add_button.click()  # the question is answered Yes (patched)
    assert message_boxes[-1][0] == "question" and "太平桥西里社区" in message_boxes[-1][2]
    _wait_idle(qtbot, dialog)
    assert dialog.preview.rows[0].status == VALID and not bar.isVisible()
    assert "北京华信科技有限公司" in dialog.units_label.text()
    assert tab.communities_page.names() == ["太平桥西里社区"]


def test_desk_staff_are_told_to_ask_an_administrator(
    qtbot, empty_ctx: DeskContext, tmp_path: Path
) -> None:
    AccountService(empty_ctx.db).add_operator(empty_ctx.actor, "li", "李前台", "desk", "desk1234")
    desk = context_for(empty_ctx.db, "li", "desk1234")
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "社区"])
    wb.active.append(["王堃", WANG_KUN, "菜户营社区"])
    wb.save(tmp_path / "m.xlsx")
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(tmp_path / "m.xlsx")
    _wait_idle(qtbot, dialog)
    dialog.next_button.click()
    _wait_idle(qtbot, dialog)
    assert dialog.missing_bar.isVisible() and not dialog.missing_bar.add_button.isVisible()
    assert "administrator" in dialog.missing_bar.label.text()
