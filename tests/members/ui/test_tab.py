"""The member intake tab: search as you type, filters, counts, actions, Ctrl+F."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog

from station_app.context import DeskContext
from station_app.core.db import Database
from station_app.members.service import MemberService, UnitService
from station_app.members.types import MemberFilter, UnitFilter
from station_app.members.ui import actions, members_page
from station_app.members.ui.member_form import MemberFormDialog
from station_app.members.ui.member_model import COL_NAME, COL_STATUS
from station_app.members.ui.tab import MembersTab, create_tab, tab_title
from tests.members.conftest import rid
from tests.members.ui.conftest import DEMO_MEMBERS


def make_tab(qtbot, ctx: DeskContext) -> MembersTab:  # type: ignore[no-untyped-def]
    tab = create_tab(ctx)
    assert isinstance(tab, MembersTab)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    return tab


def test_the_tab_lists_everybody_and_counts_them(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    assert tab_title() == "Member intake"
    assert page.model.total() == DEMO_MEMBERS
    assert page.count_text().replace(",", "") == f"{DEMO_MEMBERS} members"
    assert page.model.rowCount() > 0
    assert not page.edit_button.isEnabled()  # nothing selected yet


def test_search_waits_for_a_pause_then_starts_over(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    searches: list[str] = []
    page.search.search_changed.connect(searches.append)
    page.search.setFocus()
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, "wang")
        assert page.search.is_pending()  # typing: nothing run yet
    assert searches == ["wang"]  # one query for four keystrokes
    expected = MemberService(admin_ctx.db).count_members(MemberFilter(query="wang"))
    assert page.model.total() == expected
    assert page.count_text() == f"{expected} members"

    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # on to the list, first row selected
    assert page.table.hasFocus() and page.selected_row() is not None
    assert page.edit_button.isEnabled()


def test_enter_searches_at_once_and_escape_clears(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "zzzzqqq")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert not page.search.is_pending()
    assert page.model.total() == 0
    assert "zzzzqqq" in page.table.empty_text()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.model.total() == DEMO_MEMBERS


def test_closing_stops_a_waiting_search(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    tab.members_page.search.setText("li")
    assert tab.members_page.search.is_pending()
    tab.close()
    assert not tab.members_page.search.is_pending()


def test_filters_narrow_the_list(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    service = MemberService(admin_ctx.db)
    page.status_filter.setCurrentIndex(page.status_filter.findData("transferred"))
    transferred = service.count_members(MemberFilter(status="transferred"))
    assert page.model.total() == transferred > 0
    page.table.select_row(0)
    assert page.reinstate_button.isEnabled() and not page.withdraw_button.isEnabled()

    page.category_filter.setCurrentIndex(page.category_filter.findData("women"))
    assert page.model.total() == service.count_members(
        MemberFilter(status="transferred", category="women")
    )
    page.clear_filters()
    assert page.model.total() == DEMO_MEMBERS

    unit = UnitService(admin_ctx.db).list_units(order_by="member_count", descending=True)[0]
    page.unit_filter.set_unit(unit.id, unit.name)
    assert page.model.total() == service.count_members(MemberFilter(unit_id=unit.id)) > 0
    assert page.model.filter.unit_id == unit.id
    page.unit_filter.clear()  # the clear button of the box
    assert page.model.filter.unit_id is None and page.model.total() == DEMO_MEMBERS


def test_new_member_from_the_tab_is_listed_and_selected(
    qtbot, admin_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page

    def fill_and_save(form: MemberFormDialog) -> int:
        form.name.setText("新来的")
        form.id_number.setText(rid("11010619950505001"))
        assert form.save()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MemberFormDialog, "exec", fill_and_save)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total() == DEMO_MEMBERS + 1
    row = page.selected_row()
    assert row is not None and row.name == "新来的"  # newest number: first row, selected
    assert "新来的" in page.notice.text()
    assert page.count_text().replace(",", "") == f"{DEMO_MEMBERS + 1} members"


def test_status_change_from_the_tab_updates_the_row(
    qtbot, admin_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from station_app.members.ui.status_dialogs import StatusChangeDialog

    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    page.table.select_row(0)
    member_id = page.selected_id()

    def fill(dialog: StatusChangeDialog) -> int:
        dialog.text.setText("调往外省")
        return QDialog.DialogCode.Accepted.value if dialog.confirm() else 0

    monkeypatch.setattr(StatusChangeDialog, "exec", fill)
    page.transfer_button.click()
    assert page.model.member_id(0) == member_id
    assert page.model.data(page.model.index(0, COL_STATUS)) == "Transferred out"
    assert page.reinstate_button.isEnabled() and not page.transfer_button.isEnabled()
    assert page.model.data(page.model.index(0, COL_NAME)) in page.notice.text()


def test_an_empty_station_says_what_to_do(qtbot, empty_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, empty_ctx)
    assert tab.members_page.count_text() == "0 members"
    assert "Ctrl+N" in tab.members_page.table.empty_text()
    tab.show_units()
    assert tab.units_page.figures_text() == "Unions founded: 0 / units: 0"
    assert "Ctrl+N" in tab.units_page.table.empty_text()


def test_unit_page_figures_search_and_members(qtbot, admin_ctx: DeskContext) -> None:
    tab = make_tab(qtbot, admin_ctx)
    tab.show_units()
    page = tab.units_page
    units = UnitService(admin_ctx.db)
    counts = units.union_counts()
    assert counts.total > counts.founded > 0
    assert page.figures_text().replace(",", "") == (
        f"Unions founded: {counts.founded} / units: {counts.total}"
    )

    community = page.community_filter.itemData(1)
    page.community_filter.setCurrentIndex(1)
    local = units.union_counts(community)
    assert f"{local.founded}" in page.figures_text() and f"{local.total}" in page.figures_text()
    assert page.model.total() == units.count_units(UnitFilter(community_id=community))

    unit = page.model.row(0)
    page.search.setFocus()
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, min(_initials(unit.name), key=len))
    assert unit.id in [page.model.unit_id(r) for r in range(page.model.rowCount())]

    page.table.select_row(page.model.index_of(unit.id) or 0)
    page.members_button.click()
    assert tab.pages.currentWidget() is tab.members_page
    assert tab.members_page.model.filter.unit_id == page.selected_row().id  # type: ignore[union-attr]


def _initials(name: str) -> list[str]:
    from station_app.core.search import name_keys

    return name_keys(name)


def test_excel_buttons_are_disabled_without_their_module(
    qtbot, admin_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "available", lambda: False)
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
    page.table.select_row(0)
    assert page.edit_button.isEnabled() and not page.print_button.isEnabled()


class FakeImportDialog(QObject):
    imported = Signal(object)


def test_excel_buttons_call_the_excel_module(
    qtbot, admin_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple] = []
    dialog = FakeImportDialog()

    def fake_import(parent, ctx):  # type: ignore[no-untyped-def]
        calls.append(("import", ctx))
        return dialog

    fake = {
        actions.IMPORT_MEMBERS: fake_import,
        actions.EXPORT_MEMBERS: lambda parent, ctx, f: calls.append(("export", f)),
        actions.PRINT_RECEIPT: lambda parent, ctx, member_id: calls.append(("print", member_id)),
    }
    monkeypatch.setattr(actions, "available", lambda: True)
    monkeypatch.setattr(members_page.actions, "load", fake.get)
    tab = make_tab(qtbot, admin_ctx)
    page = tab.members_page
    page.status_filter.setCurrentIndex(page.status_filter.findData("withdrawn"))
    page.export_button.click()
    page.import_button.click()
    page.table.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [
        ("export", MemberFilter(status="withdrawn")),
        ("import", admin_ctx),
        ("print", page.selected_id()),
    ]
    # The import runs on in its own dialog; the list starts over once it has imported.
    with qtbot.waitSignal(page.model.modelReset, timeout=1000):
        dialog.imported.emit(SimpleNamespace(imported=3))
    assert page.notice.text() == "Imported 3 members."


def test_ctrl_f_goes_to_the_search_box(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    from station_app import demo
    from station_app.main_window import MainWindow
    from station_app.settings import AppSettings
    from tests.members.ui.conftest import context_for

    demo.fill(sqlite_db, members=50)
    ctx = context_for(sqlite_db, "admin", "admin123")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tab = window.tabs.widget(0)
    assert isinstance(tab, MembersTab)
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.members_page.search.hasFocus, timeout=1000)
    tab.show_units()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.units_page.search.hasFocus, timeout=1000)
