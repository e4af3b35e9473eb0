"""The desk hand-out: find the person and their state, confirm, undo the same day,
short stock, live counters. Stock, allocations and the audit log reconcile after every
step."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core import clock
from station_app.core.errors import ConflictError, ValidationError
from station_app.welfare.service import AlreadyServed
from station_app.welfare.types import (
    NOT_ELIGIBLE,
    NOT_ON_LIST,
    ON_LIST,
    REMOVED,
    SERVED,
    EligibilityRule,
    HandoutMatch,
    Proxy,
)
from tests.welfare.conftest import NOW, PEOPLE, Street, assert_reconciled, audit_actions, rid, rows


@pytest.fixture
def opened(street: Street) -> int:
    campaign = street.campaign(rule=EligibilityRule(joined_before=dt.date(2027, 1, 1)))
    street.campaigns.open(street.desk, campaign)
    return campaign


def _state(street: Street, campaign: int, query: str) -> list[tuple[str, str]]:
    return [(c.name, c.state) for c in street.handout.find_for_handout(campaign, query)]


def test_find_by_full_id_name_initials_mobile_tail_and_member_number(
    street: Street, opened: int
) -> None:
    find = street.handout.find_for_handout
    (exact,) = find(opened, rid("11010619800307121"))
    assert (exact.name, exact.exact, exact.state) == ("张伟", True, ON_LIST)
    assert exact.id_number == "110106********1214" and exact.mobile == "138****8001"
    assert (exact.unit_name, exact.community_name) == ("北京华信科技有限公司", "太平桥西里社区")
    spaced = " ".join(rid("11010619800307121")[i : i + 6] for i in range(0, 18, 6))
    assert [c.name for c in find(opened, spaced)] == ["张伟"]  # pasted with spaces
    assert find(opened, rid("11010619800307139")) == []  # valid number, nobody: no guessing
    assert _state(street, opened, "王芳") == [("王芳", ON_LIST)]
    assert _state(street, opened, "wf") == [("王芳", ON_LIST)]
    assert _state(street, opened, "sl") == [("单丽", ON_LIST)]  # 单 read shan
    assert _state(street, opened, "8002") == [("王芳", ON_LIST)]  # mobile tail
    member_no = street.handout.find_for_handout(opened, "王芳")[0].member_no
    assert _state(street, opened, member_no) == [("王芳", ON_LIST)]
    assert find(opened, "   ") == []


def test_the_count_is_every_match_and_batches_read_them_all(street: Street, opened: int) -> None:
    count, find = street.handout.count_for_handout, street.handout.find_for_handout
    everyone = find(opened, "110106", limit=100)  # a part of every ID number
    assert count(opened, "110106") == HandoutMatch(len(everyone), exact=False)
    assert len(everyone) == len(PEOPLE) > 3
    batches = [find(opened, "110106", limit=3, offset=o) for o in range(0, len(everyone), 3)]
    assert [c.member_id for b in batches for c in b] == [c.member_id for c in everyone]
    assert count(opened, rid("11010619800307121")) == HandoutMatch(1, exact=True)
    assert count(opened, rid("11010619800307139")) == HandoutMatch(0, exact=True)
    assert count(opened, "  ") == HandoutMatch(0, exact=False)
    # A member number, typed in lower case or scanned from the intake receipt's QR code,
    # names one person: exact, like a whole ID number.
    member_no = find(opened, "王芳")[0].member_no
    assert count(opened, member_no.lower()) == HandoutMatch(1, exact=True)
    (wang,) = find(opened, f" {member_no} ")
    assert (wang.name, wang.exact) == ("王芳", True)
    assert count(opened, member_no[:-1]).exact is False  # a part of one is a search


def test_states_say_why(street: Street, opened: int) -> None:
    zhang = street.allocation_of(opened, "zhang")
    street.handout.confirm_handout(street.desk, zhang)
    (served,) = street.handout.find_for_handout(opened, "张伟")
    assert (served.state, served.handed_out_by, served.handed_out_at) == (SERVED, "李前台", NOW)
    assert served.receipt_no == "LQ202700001" and not served.can_hand_out
    (left,) = street.handout.find_for_handout(opened, "赵敏")
    assert left.state == NOT_ELIGIBLE
    assert [r.message() for r in left.reasons] == ["Not an active member: withdrew on 2026-12-01."]
    (late,) = street.handout.find_for_handout(opened, "陈静")  # joined after the cut-off
    assert late.state == NOT_ELIGIBLE and [r.code for r in late.reasons] == ["joined"]
    street.campaigns.remove_recipient(street.desk, street.allocation_of(opened, "wang"), "已迁出")
    (removed,) = street.handout.find_for_handout(opened, "王芳")
    assert removed.state == REMOVED
    assert removed.reasons[0].message() == "Taken off the list on 2027-01-20 by 李前台: 已迁出"
    # Eligible by the rule but not frozen on the list (joined later): may be added.
    from station_app.members.service import MemberService
    from station_app.members.types import MemberInput

    MemberService(street.db).register(
        street.admin,
        MemberInput(
            name="孙强", id_number=rid("11010619910101001"), joined_on=dt.date(2026, 12, 1)
        ),
    )
    (new,) = street.handout.find_for_handout(opened, "孙强")
    assert new.state == NOT_ON_LIST and new.reasons[0].code == "not_on_list"
    # On the list first, then the served, then the rest.
    rank = {ON_LIST: 0, SERVED: 1, NOT_ELIGIBLE: 2, NOT_ON_LIST: 2, REMOVED: 3}
    states = [c.state for c in street.handout.find_for_handout(opened, "110106")]
    assert len(states) == 8
    assert states == sorted(states, key=rank.__getitem__)
    assert states[:4] == [ON_LIST] * 3 + [SERVED]


def test_confirm_issues_the_package_in_one_go_and_undo_takes_it_back(
    street: Street, opened: int
) -> None:
    stock = street.stock
    allocation = street.allocation_of(opened, "li_hardship")
    result = street.handout.confirm_handout(
        street.desk, allocation, Proxy(" 张小明 ", "+86 139-1234-5678", "儿子")
    )
    assert result.receipt_no == "LQ202700001" and result.handed_out_at == NOW
    assert [(i.name, i.quantity) for i in result.items] == [
        ("大米（10斤）", 1),
        ("食用油（5升）", 1),
    ]
    assert (stock.item(street.rice).on_hand, stock.item(street.oil).on_hand) == (19, 19)
    stored = rows(
        street.db,
        "SELECT handed_out_by_name, receipt_no, proxy_name, proxy_mobile, proxy_relationship"
        " FROM allocation WHERE id = :a",
        a=allocation,
    )
    assert stored == [("李前台", "LQ202700001", "张小明", "13912345678", "儿子")]
    assert_reconciled(street.db)
    counters = street.handout.counters(opened)
    assert (counters.planned, counters.served, counters.remaining) == (5, 1, 4)
    assert [(i.name, i.on_hand, i.needed_for_remaining) for i in counters.items] == [
        ("大米（10斤）", 19, 4),
        ("食用油（5升）", 19, 4),
    ]

    street.handout.undo_handout(street.desk2, allocation, "认错人")
    assert (stock.item(street.rice).on_hand, stock.item(street.oil).on_hand) == (20, 20)
    assert street.handout.counters(opened).served == 0
    assert_reconciled(street.db)
    undo_rows = [r for r in stock.ledger(street.rice) if r.is_undo]
    assert [(r.quantity, r.receipt_no, r.note) for r in undo_rows] == [(1, "LQ202700001", "认错人")]
    # Served again: a new receipt number; the old one stays in the ledger and the audit log.
    again = street.handout.confirm_handout(street.desk2, allocation)
    assert again.receipt_no == "LQ202700002"
    assert_reconciled(street.db)
    actions = audit_actions(street.db, "allocation", allocation)
    assert [a for a, _ in actions] == ["handout", "undo_handout", "handout"]
    assert actions[0][1]["changes"]["proxy_mobile"][1] == "139****5678"  # masked in the log
    assert actions[1][1]["note"] == "认错人"


def test_a_second_confirm_is_refused_with_who_and_when(street: Street, opened: int) -> None:
    allocation = street.allocation_of(opened, "zhang")
    street.handout.confirm_handout(street.desk, allocation)
    before = rows(street.db, "SELECT * FROM stock_movement ORDER BY id")
    with pytest.raises(AlreadyServed) as refused:
        street.handout.confirm_handout(street.desk2, allocation)
    assert refused.value.message() == (
        "Already handed out on 2027-01-20 10:00 by 李前台 (receipt LQ202700001). "
        "Nothing was changed."
    )
    assert rows(street.db, "SELECT * FROM stock_movement ORDER BY id") == before
    assert_reconciled(street.db)


def test_short_stock_is_a_clear_message_and_changes_nothing(street: Street) -> None:
    campaign = street.campaign(package=((street.voucher, 1), (street.rice, 1)), cash="0")
    street.campaigns.open(street.admin, campaign, accept_shortfall=True)
    for key in ("zhang", "wang"):
        street.handout.confirm_handout(street.desk, street.allocation_of(campaign, key))
    snapshot = {
        table: rows(street.db, f"SELECT * FROM {table} ORDER BY 1")
        for table in ("stock_movement", "allocation", "audit_log", "serial_counter", "gift_item")
    }
    with pytest.raises(ConflictError) as refused:
        street.handout.confirm_handout(street.desk, street.allocation_of(campaign, "shan"))
    assert refused.value.message() == (
        "Not enough stock for this package: 蛋糕券 0/1张. Nothing was handed out; "
        "receive more stock first."
    )
    for table, before in snapshot.items():
        assert rows(street.db, f"SELECT * FROM {table} ORDER BY 1") == before, table
    short = {i.name: i.short for i in street.handout.counters(campaign).items}
    assert short == {"大米（10斤）": False, "蛋糕券": True}


def test_undo_is_for_today_only(street: Street, opened: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    allocation = street.allocation_of(opened, "zhang")
    street.handout.confirm_handout(street.desk, allocation)
    monkeypatch.setattr(clock, "now", lambda: NOW + dt.timedelta(days=1))
    with pytest.raises(ConflictError) as refused:
        street.handout.undo_handout(street.admin, allocation)
    assert "2027-01-20" in refused.value.message()
    with pytest.raises(ConflictError):
        street.handout.undo_handout(street.admin, street.allocation_of(opened, "wang"))
    assert_reconciled(street.db)


def test_removed_recipients_and_bad_proxies_are_refused(street: Street, opened: int) -> None:
    allocation = street.allocation_of(opened, "wang")
    with pytest.raises(ValidationError) as no_name:
        street.handout.confirm_handout(street.desk, allocation, Proxy(" ", "", ""))
    assert no_name.value.field == "proxy_name"
    with pytest.raises(ValidationError) as bad_mobile:
        street.handout.confirm_handout(street.desk, allocation, Proxy("张三", "12345", ""))
    assert bad_mobile.value.field == "proxy_mobile"
    street.campaigns.remove_recipient(street.desk, allocation, "重复登记")
    with pytest.raises(ConflictError) as removed:
        street.handout.confirm_handout(street.desk, allocation)
    assert "重复登记" in removed.value.message()
    assert street.handout.counters(opened).removed == 1
    assert_reconciled(street.db)


def test_a_draft_campaign_hands_out_nothing(street: Street) -> None:
    draft = street.campaign()
    (zhang,) = street.handout.find_for_handout(draft, "张伟")
    assert zhang.state == NOT_ON_LIST and not zhang.can_hand_out
    assert [w.code for w in zhang.warnings] == ["campaign_draft"]
    assert zhang.reasons[0].code == "not_frozen"


def test_a_recipient_who_left_after_opening_is_flagged(street: Street, opened: int) -> None:
    from station_app.members.service import MemberService

    MemberService(street.db).transfer_out(
        street.admin, street.members["liu_courier"], "朝阳区总工会", on=dt.date(2027, 1, 19)
    )
    (liu,) = street.handout.find_for_handout(opened, "刘洋")
    assert liu.state == ON_LIST and liu.can_hand_out  # the list is frozen: still due
    assert [w.message() for w in liu.warnings] == [
        "Not an active member: transferred out on 2027-01-19."
    ]
