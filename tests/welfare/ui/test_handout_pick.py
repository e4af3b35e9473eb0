"""The right person at the gift desk: Enter hands out only to someone found
unambiguously (a whole ID number, a member number, a search with one result) or picked
by the desk in the list; a search with many results selects nobody and says how many
match; after a hand-out nobody else is lined up for the next Enter.

Driven with key events on the real page over a street where 31 members share 张."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from station_app.context import DeskContext
from station_app.core.station import StationService
from station_app.members.service import MemberService
from station_app.members.types import MemberInput
from station_app.welfare.types import ON_LIST, SERVED
from station_app.welfare.ui.handout_page import HandoutPage
from tests.welfare.conftest import PEOPLE, Street, rid, rows, scalar

GIVEN = [
    *("建国", "秀英", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"),
    *("娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "华"),
    *("鹏", "辉", "玲", "敏", "静", "婷", "浩", "宇", "欣", "怡"),
]
SHARING_ZHANG = len(GIVEN) + 1  # the crowd and 张伟 of the street


@pytest.fixture
def page(qtbot, street: Street) -> Iterator[HandoutPage]:  # type: ignore[no-untyped-def]
    members = MemberService(street.db)
    for i, given in enumerate(GIVEN, start=1):
        members.register(
            street.admin,
            MemberInput(
                name="张" + given,
                id_number=rid(f"11010219900101{i:03d}"),
                mobile=f"1381234{i:04d}",
                community_id=street.west,
            ),
        )
    for item, supplier in ((street.rice, "街道总工会"), (street.oil, "北京粮油公司")):
        street.stock.receive(street.admin, item, 30, supplier)
    cid = street.campaign()
    street.campaigns.open(street.admin, cid)  # everyone active is on the list
    profile = StationService(street.db).profile()
    assert profile is not None
    widget = HandoutPage(DeskContext(street.db, street.desk, profile))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.select_campaign(cid)
    yield widget
    widget.stop()


def served(street: Street) -> list[str]:
    return [
        name
        for (name,) in rows(
            street.db,
            "SELECT m.name FROM allocation a JOIN member m ON m.id = a.member_id "
            "WHERE a.handed_out_at IS NOT NULL ORDER BY m.name",
        )
    ]


def type_and_search(qtbot, page: HandoutPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types as the desk does (pinyin and digits as keys, Chinese characters as the input
    method commits them); the first Enter searches at once (the pause is not over)."""
    page.search.setFocus()
    page.search.clear()
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(page.search, event)
    assert page.search.is_pending()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert not page.search.is_pending()


def test_many_matches_select_nobody_and_enter_hands_out_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    type_and_search(qtbot, page, "zhang")
    assert page.model.total() == SHARING_ZHANG
    assert str(SHARING_ZHANG) in page.empty_label.text()
    assert page.selected() is None
    assert not page.confirm_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the list shows "张": Enter confirms
    qtbot.keyClick(page.search, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert served(street) == []
    assert page.last_result is None
    assert str(SHARING_ZHANG) in page.result_label.text()  # says why: pick one first
    # Tab into the list puts Qt's focus frame on row 0 but picks nobody.
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.confirm_button.click()
    assert served(street) == []
    assert scalar(street.db, "SELECT COUNT(*) FROM stock_movement WHERE kind = 'issued'") == 0


def test_chinese_typed_through_the_input_method_selects_nobody_either(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    type_and_search(qtbot, page, "张")
    assert page.search.text() == "张" and page.model.total() == SHARING_ZHANG
    assert page.selected() is None
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert served(street) == []


def test_the_count_is_the_true_number_and_every_match_can_be_shown(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
) -> None:
    page.model.batch_size = 10
    page.show()
    type_and_search(qtbot, page, "zhang")
    assert page.model.total() == SHARING_ZHANG
    assert page.model.rowCount() == 10
    assert page.empty_label.text().startswith(f"{SHARING_ZHANG} people match")
    bar = page.table.verticalScrollBar()

    def scrolled_to_the_end() -> bool:  # each time, the view reads the next batch
        bar.setValue(bar.maximum())
        return page.model.rowCount() == SHARING_ZHANG

    qtbot.waitUntil(scrolled_to_the_end)
    assert not page.model.canFetchMore()
    names = {c.name for c in page.model.candidates()}
    assert len(names) == SHARING_ZHANG and "张伟" in names
    assert page.selected() is None  # fetching more picks nobody either


def test_arrow_keys_pick_and_enter_hands_out_to_the_picked_only(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    type_and_search(qtbot, page, "zhang")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the list: row 0, picked
    assert page.table.hasFocus() or page.selected() is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    picked = page.selected()
    assert picked is not None and picked.state == ON_LIST
    assert picked.name == page.model.candidate(1).name
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert served(street) == [picked.name]
    assert f"Handed out to {picked.name}" in page.result_label.text()


def test_after_a_hand_out_enter_does_not_serve_the_next_row(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    type_and_search(qtbot, page, "zhang")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    first = page.selected()
    assert first is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert served(street) == [first.name]
    # The focus is back in the search box, the text selected; a second Enter there and
    # one in the list serve nobody new.
    assert page.search.hasFocus() or page.search.selectedText() == "zhang"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.confirm_button.click()
    assert served(street) == [first.name]
    now = page.selected()
    assert now is None or (now.member_id == first.member_id and now.state == SERVED)


def test_handed_out_message_clears_when_the_selection_changes(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    type_and_search(qtbot, page, "wangfang")  # one result: found unambiguously
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert served(street) == ["王芳"]
    assert "Handed out to 王芳" in page.result_label.text()
    assert not page.result_label.isHidden()
    type_and_search(qtbot, page, "zhang")  # the next person: the old message goes
    assert page.result_label.isHidden() or page.result_label.text() == ""
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(served(street)) == 2
    assert "Handed out to" in page.result_label.text()
    # The served person now sorts after those still waiting; the desk moves up the list.
    assert page.selected().state == SERVED
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.selected().state == ON_LIST
    assert page.result_label.isHidden() or page.result_label.text() == ""


def test_identifiers_and_a_single_result_hand_out_on_enter(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    member_no = scalar(street.db, "SELECT member_no FROM member WHERE name = '张建国'")
    type_and_search(qtbot, page, member_no)  # typed, or scanned from the intake receipt
    only = page.selected()
    assert only is not None and only.name == "张建国" and only.exact
    assert page.model.total() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    type_and_search(qtbot, page, rid(PEOPLE["wang"][1]))  # a whole ID number
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    type_and_search(qtbot, page, "zhangxiulan")  # a name with one match
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert served(street) == sorted(["张建国", "王芳", "张秀兰"])


def test_a_click_is_an_explicit_pick(
    qtbot,  # type: ignore[no-untyped-def]
    page: HandoutPage,
    street: Street,
) -> None:
    page.show()
    type_and_search(qtbot, page, "zhang")
    rect = page.table.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picked = page.selected()
    assert picked is not None and picked.name == page.model.candidate(2).name
    assert page.confirm_button.isEnabled()
    page.confirm_button.click()
    assert served(street) == [picked.name]
