"""The recipients dialog of an open campaign: add a member with a reason (on the list
and audited), take someone off with a reason, a missing reason refused with the
service's sentence and nothing changed; the page's button opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from station_app.context import DeskContext
from station_app.core.station import StationService
from station_app.welfare.types import EligibilityRule
from station_app.welfare.ui import campaigns_page as campaigns_module
from station_app.welfare.ui.campaigns_page import CampaignsPage
from station_app.welfare.ui.recipients_dialog import (
    COL_ID,
    COL_STATE,
    MemberPickerDialog,
    RecipientsDialog,
)
from tests.welfare.conftest import Street, audit_actions, scalar


def context(street: Street) -> DeskContext:
    profile = StationService(street.db).profile()
    assert profile is not None
    return DeskContext(street.db, street.desk, profile)


@pytest.fixture
def huaxin_campaign(street: Street) -> int:
    """Open, for the employees of 华信 only (张伟, 王芳, 陈静)."""
    cid = street.campaign(rule=EligibilityRule(unit_ids=(street.huaxin,)))
    street.campaigns.open(street.admin, cid)
    return cid


@pytest.fixture
def dialog(qtbot, street: Street, huaxin_campaign: int) -> Iterator[RecipientsDialog]:  # type: ignore[no-untyped-def]
    widget = RecipientsDialog(context(street), huaxin_campaign)
    qtbot.addWidget(widget)
    yield widget


def answer(monkeypatch: pytest.MonkeyPatch, text: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        asked.append(label)
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def pick(monkeypatch: pytest.MonkeyPatch, member_id: int | None) -> None:
    monkeypatch.setattr(RecipientsDialog, "pick_member", lambda _self: member_id)


def names(dialog: RecipientsDialog) -> list[str]:
    return [r.name for r in dialog.table.records]


def on_list(street: Street, campaign_id: int) -> int:
    return int(
        scalar(
            street.db,
            "SELECT COUNT(*) FROM allocation WHERE campaign_id = :c AND removed = :f",
            c=campaign_id,
            f=False,
        )
    )


def test_list_shows_masked_ids_and_states(dialog: RecipientsDialog, street: Street) -> None:
    assert "张伟" in names(dialog) and "李娜" not in names(dialog)
    r = names(dialog).index("张伟")
    assert "*" in dialog.table.item(r, COL_ID).text()
    assert dialog.table.item(r, COL_STATE).text() == "Not yet"
    dialog.search.setText("王")
    assert names(dialog) == ["王芳"]


def test_add_member_with_a_reason_is_listed_and_audited(
    dialog: RecipientsDialog, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    before = on_list(street, huaxin_campaign)
    pick(monkeypatch, street.members["li_hardship"])
    asked = answer(monkeypatch, "街道特批")
    allocation = dialog.add_clicked()
    assert allocation is not None and asked
    assert "李娜" in names(dialog)
    assert dialog.selected_row() is not None and dialog.selected_row().name == "李娜"  # type: ignore[union-attr]
    assert "李娜" in dialog.result_label.text()
    assert dialog.changed
    assert on_list(street, huaxin_campaign) == before + 1
    actions = audit_actions(street.db, "allocation", allocation)
    assert [(a, s.get("note")) for a, s in actions] == [("add_recipient", "街道特批")]


def test_take_off_with_a_reason(
    dialog: RecipientsDialog, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    allocation = street.allocation_of(huaxin_campaign, "wang")
    assert dialog.select(allocation)
    assert dialog.remove_button.isEnabled()
    answer(monkeypatch, "已调离本单位")
    assert dialog.remove_clicked()
    r = names(dialog).index("王芳")
    assert dialog.table.item(r, COL_STATE).text() == "Taken off: 已调离本单位"
    assert not dialog.remove_button.isEnabled()
    assert scalar(street.db, "SELECT removed FROM allocation WHERE id = :i", i=allocation)
    actions = audit_actions(street.db, "allocation", allocation)
    assert [(a, s.get("note")) for a, s in actions] == [("remove_recipient", "已调离本单位")]


def test_missing_reason_is_refused_with_its_sentence(
    dialog: RecipientsDialog, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    before = on_list(street, huaxin_campaign)
    pick(monkeypatch, street.members["li_hardship"])
    answer(monkeypatch, "   ")
    assert dialog.add_clicked() is None
    assert dialog.result_label.text() == "Please enter why this member is added to the list."
    allocation = street.allocation_of(huaxin_campaign, "wang")
    dialog.select(allocation)
    assert not dialog.remove_clicked()
    assert dialog.result_label.text() == "Please enter why this member is removed from the list."
    assert on_list(street, huaxin_campaign) == before
    assert not dialog.changed
    assert "李娜" not in names(dialog)


def test_already_collected_cannot_be_taken_off(
    dialog: RecipientsDialog, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    allocation = street.allocation_of(huaxin_campaign, "zhang")
    street.handout.confirm_handout(street.desk, allocation)
    dialog.refresh()
    r = names(dialog).index("张伟")
    assert dialog.table.item(r, COL_STATE).text().startswith("Collected")
    dialog.select(allocation)
    answer(monkeypatch, "重复")
    assert not dialog.remove_clicked()
    assert "undo the hand-out" in dialog.result_label.text()
    assert not scalar(street.db, "SELECT removed FROM allocation WHERE id = :i", i=allocation)


def test_cancelled_reason_changes_nothing(
    dialog: RecipientsDialog, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    before = on_list(street, huaxin_campaign)
    pick(monkeypatch, street.members["li_hardship"])
    answer(monkeypatch, "whatever", ok=False)
    assert dialog.add_clicked() is None
    assert on_list(street, huaxin_campaign) == before
    assert dialog.result_label.isHidden()


def test_member_picker_searches(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    from station_app.members.service import MemberService

    picker = MemberPickerDialog(MemberService(street.db))
    qtbot.addWidget(picker)
    picker.search.search_now("4007")  # mobile tail of 赵敏
    assert [name[:2] for _, name in picker.search.matches()] == ["赵敏"]
    assert "*" in picker.search.match_lines()[0]  # ID number and mobile masked
    picker.search.search_now("nobody-here")
    assert picker.search.matches() == [] and picker.hint.text() == "No member matches."
    assert picker.selected_member_id() is None
    picker.search.search_now("李娜")
    assert picker.search.choose_first_match()  # taking one closes the dialog with them
    assert picker.selected_member_id() == street.members["li_hardship"]
    assert picker.result() == QDialog.DialogCode.Accepted


def test_member_picker_type_down_enter_takes_the_first(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    from station_app.members.service import MemberService

    picker = MemberPickerDialog(MemberService(street.db))
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "4007")
    popup = picker.search._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.selected_member_id() == picker.search.matches()[0][0]
    assert picker.result() == QDialog.DialogCode.Accepted


def test_page_button_opens_for_an_open_campaign(
    qtbot, street: Street, huaxin_campaign: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    draft = street.campaign("2027年夏季送清凉", kind="summer")
    page = CampaignsPage(context(street))
    qtbot.addWidget(page)
    page.select(draft)
    assert not page.recipients_button.isEnabled()
    page.select(huaxin_campaign)
    assert page.recipients_button.isEnabled()

    def fake_exec(self: RecipientsDialog) -> int:
        self.changed = self.add_member(street.members["li_hardship"], "特批") is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecipientsDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.changed, timeout=1000):
        assert page.recipients_selected()
    assert campaigns_module.RecipientsDialog is RecipientsDialog


def test_campaign_dialog_eligibility_by_employer(qtbot, street: Street) -> None:  # type: ignore[no-untyped-def]
    from station_app.welfare.ui.campaign_dialog import CampaignDialog, check_data

    dialog = CampaignDialog(context(street))
    qtbot.addWidget(dialog)
    dialog.unit_search.setText("鼎泰")
    visible = [
        dialog.units.item(i).text()
        for i in range(dialog.units.count())
        if not dialog.units.item(i).isHidden()
    ]
    assert visible == ["北京鼎泰物业管理有限公司"]
    check_data(dialog.units, {street.dingtai})
    dialog.name.setText("2027年物业慰问")
    dialog.add_package_line(street.rice, 1)
    assert dialog.save(), dialog.errors.general_label.text()
    assert dialog.saved_id is not None
    rule = street.campaigns.get(dialog.saved_id).rule
    assert rule.unit_ids == (street.dingtai,)
    again = CampaignDialog(context(street), dialog.saved_id)
    qtbot.addWidget(again)
    assert again.campaign_input().rule.unit_ids == (street.dingtai,)
