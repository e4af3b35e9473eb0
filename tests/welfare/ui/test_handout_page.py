"""The desk hand-out screen: find, Enter confirms, second confirm refused, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from station_app.context import DeskContext
from station_app.core.station import StationService
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from station_app.welfare.types import NOT_ELIGIBLE, ON_LIST, SERVED, EligibilityRule
from station_app.welfare.ui.handout_page import HandoutPage
from station_app.widgets import print_action
from tests.welfare.conftest import PEOPLE, Street, assert_reconciled, rid, scalar

ZHANG_ID = rid(PEOPLE["zhang"][1])


def on_hand(street: Street, item_id: int) -> int:
    return int(scalar(street.db, "SELECT on_hand FROM gift_item WHERE id = :i", i=item_id))


def find(page: HandoutPage, text: str) -> None:
    page.search.set_text_now(text)


def counters(page: HandoutPage) -> tuple[str, str, str]:
    c = page.counters
    return c.planned.text(), c.served.text(), c.remaining.text()


def stock_cells(page: HandoutPage) -> dict[str, str]:
    table = page.counters.items
    return {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}


def test_full_id_finds_the_person_on_the_list(page: HandoutPage) -> None:
    find(page, ZHANG_ID)
    assert page.model.rowCount() == 1
    c = page.selected()
    assert c is not None and c.name == "张伟" and c.state == ON_LIST and c.exact
    assert "On the list" in page.state_label.text()
    assert page.confirm_button.isEnabled()
    assert not page.undo_button.isEnabled()
    # The table never shows the full number.
    assert ZHANG_ID not in page.model.data(page.model.index(0, 2))


def test_counters_show_the_campaign(page: HandoutPage, street: Street) -> None:
    planned = int(page.counters.planned.text())
    assert planned >= 5
    assert counters(page) == (str(planned), "0", str(planned))
    assert stock_cells(page) == {"大米（10斤）": "20袋", "食用油（5升）": "20桶"}


def test_enter_confirms_and_counters_update(qtbot, page: HandoutPage, street: Street) -> None:  # type: ignore[no-untyped-def]
    planned = int(page.counters.planned.text())
    find(page, ZHANG_ID)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.last_result is not None
    assert page.last_result.receipt_no in page.result_label.text()
    assert counters(page) == (str(planned), "1", str(planned - 1))
    assert stock_cells(page) == {"大米（10斤）": "19袋", "食用油（5升）": "19桶"}
    assert on_hand(street, street.rice) == 19
    c = page.selected()
    assert c is not None and c.state == SERVED and c.handed_out_by == "李前台"
    assert "李前台" in page.state_label.text()
    assert page.undo_button.isEnabled() and page.receipt_button.isEnabled()
    assert_reconciled(street.db)


def test_enter_in_the_search_box_first_searches(qtbot, page: HandoutPage) -> None:  # type: ignore[no-untyped-def]
    page.search.setText(ZHANG_ID)  # typed, the pause not over yet
    assert page.search.is_pending()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.last_result is None  # Enter searched only
    assert page.selected() is not None and page.selected().state == ON_LIST
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.last_result is not None


def test_enter_in_the_list_confirms(qtbot, page: HandoutPage) -> None:  # type: ignore[no-untyped-def]
    find(page, "张伟")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.last_result is not None


def test_second_confirm_says_already_served_and_changes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    find(page, ZHANG_ID)
    first = page.confirm_selected()
    assert first is not None
    moves = scalar(street.db, "SELECT COUNT(*) FROM stock_movement")
    shown = counters(page)
    page.last_result = None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.last_result is None
    text = page.result_label.text()
    assert "Already handed out" in text and "李前台" in text
    assert scalar(street.db, "SELECT COUNT(*) FROM stock_movement") == moves
    assert counters(page) == shown


def test_other_desk_served_meanwhile(page: HandoutPage, street: Street) -> None:
    find(page, ZHANG_ID)
    allocation = page.selected().allocation_id
    street.handout.confirm_handout(street.desk2, allocation)  # the next desk, a moment ago
    assert page.confirm_selected() is None
    assert "周前台" in page.result_label.text()
    assert page.selected().state == SERVED
    assert on_hand(street, street.rice) == 19
    assert page.counters.served.text() == "1"


def test_undo_returns_the_stock(
    page: HandoutPage, street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    find(page, ZHANG_ID)
    page.confirm_selected()
    assert on_hand(street, street.oil) == 19
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("按错了", True))
    assert page.undo_selected()
    assert on_hand(street, street.oil) == 20
    assert page.counters.served.text() == "0"
    assert page.selected().state == ON_LIST
    assert page.confirm_button.isEnabled()
    assert "undone" in page.result_label.text()
    assert_reconciled(street.db)


def test_undo_cancelled_changes_nothing(
    page: HandoutPage, street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    find(page, ZHANG_ID)
    page.confirm_selected()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert not page.undo_selected()
    assert on_hand(street, street.oil) == 19


def test_not_eligible_reason_shown(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    from station_app.context import DeskContext
    from station_app.core.station import StationService

    cid = street.campaign("困难职工帮扶", kind="hardship", rule=EligibilityRule(("hardship",)))
    street.campaigns.open(street.admin, cid)
    page = HandoutPage(DeskContext(street.db, street.desk, StationService(street.db).profile()))
    qtbot.addWidget(page)
    page.select_campaign(cid)
    find(page, ZHANG_ID)
    c = page.selected()
    assert c is not None and c.state == NOT_ELIGIBLE and c.reasons
    assert page.state_label.text().startswith("Not eligible: ")
    assert c.reasons[0].message() in page.state_label.text()
    assert not page.confirm_button.isEnabled()
    assert page.confirm_selected() is None
    assert "Not eligible" in page.result_label.text()
    assert scalar(street.db, "SELECT COUNT(*) FROM allocation WHERE handed_out_at IS NOT NULL") == 0
    page.stop()


def test_withdrawn_member_not_eligible(page: HandoutPage) -> None:
    find(page, "赵敏")
    c = page.selected()
    assert c is not None and c.state == NOT_ELIGIBLE
    assert "Not eligible" in page.model.data(page.model.index(0, 5))


def test_proxy_is_recorded_and_checked(page: HandoutPage, street: Street) -> None:
    find(page, ZHANG_ID)
    page.proxy_group.setChecked(True)
    page.proxy_name.setText("")
    assert page.confirm_selected() is None
    assert page.proxy_errors.text("proxy_name")
    assert on_hand(street, street.rice) == 20
    page.proxy_name.setText("王秀兰")
    page.proxy_mobile.setText("12")
    assert page.confirm_selected() is None
    assert page.proxy_errors.text("proxy_mobile")
    page.proxy_mobile.setText("13912345678")
    page.proxy_relationship.setCurrentText("配偶")
    assert page.confirm_selected() is not None
    assert (
        scalar(street.db, "SELECT proxy_relationship FROM allocation WHERE proxy_name='王秀兰'")
        == "配偶"
    )
    assert not page.proxy_group.isChecked()
    assert "王秀兰" in page.state_label.text()


def test_no_one_found(page: HandoutPage) -> None:
    find(page, "不存在的人")
    assert page.model.rowCount() == 0
    assert "Nobody found" in page.empty_label.text()
    assert not page.confirm_button.isEnabled()


def test_receipt_prints_through_the_preview(
    page: HandoutPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = []
    monkeypatch.setattr(
        print_action,
        "build_and_preview",
        lambda parent, title, build: calls.append((title, build)),
    )
    find(page, ZHANG_ID)
    result = page.confirm_selected()
    page.print_selected_receipt()
    title, build = calls[0]
    assert result.receipt_no in title
    out = tmp_path / "receipt.pdf"
    build(out, lambda *_: None, lambda: False)
    assert out.read_bytes().startswith(b"%PDF")


def test_auto_print_after_hand_out(page: HandoutPage, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(
        print_action, "build_and_preview", lambda parent, title, build: calls.append(title)
    )
    page.auto_print.setChecked(True)
    find(page, ZHANG_ID)
    page.confirm_selected()
    assert len(calls) == 1


def test_tab_focus_search(qtbot, street: Street, open_campaign: int) -> None:  # type: ignore[no-untyped-def]
    from station_app.context import DeskContext
    from station_app.core.station import StationService
    from station_app.welfare.ui.tab import create_tab, tab_title

    tab = create_tab(DeskContext(street.db, street.desk, StationService(street.db).profile()))
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.handout_page.table.setFocus()
    tab.focus_search()
    assert tab.handout_page.search.hasFocus()
    assert tab_title() == "Welfare gifts"
    tab.shutdown()


def test_a_hidden_character_or_a_huge_paste_in_the_search_does_no_harm(page: HandoutPage) -> None:
    find(page, "张\x00伟")  # a NUL used to reach PostgreSQL (DataError)
    assert page.selected() is not None and page.selected().name == "张伟"
    find(page, "张" * 16_667)  # used to crash SQLite: "LIKE or GLOB pattern too complex"
    assert len(page.search.text()) == 100
    assert page.model.rowCount() == 0


def test_ctrl_2_puts_the_typing_in_the_hand_out_search(
    qtbot, street: Street, open_campaign: int, tmp_path: Path
) -> None:
    profile = StationService(street.db).profile()
    assert profile is not None
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(DeskContext(street.db, street.desk, profile), settings, tmp_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    search = window.tabs.currentWidget().handout_page.search
    assert search.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "wang")
    assert search.text() == "wang"  # the typed letters are not lost
