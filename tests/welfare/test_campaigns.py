"""Campaigns: drafts, the rule and its preview, opening (freeze), later additions and
removals, closing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.members.types import MemberInput
from station_app.welfare.service import ShortfallError, eligibility
from station_app.welfare.types import EligibilityRule, PackageLine
from tests.welfare.conftest import Street, audit_actions, rid, rows, scalar


def test_preview_counts_the_rule_and_prices_the_package(street: Street) -> None:
    campaign = street.campaign(budget="2000")
    preview = street.campaigns.preview(campaign)
    # Seven members on file, one withdrew: six active.
    assert preview.eligible == 6
    rice, oil = preview.lines
    assert (rice.name, rice.needed, rice.on_hand, rice.short) == ("大米（10斤）", 6, 20, False)
    assert rice.cost == Decimal("273.00") and oil.cost == Decimal("479.40")
    assert preview.items_cost == Decimal("752.40")
    assert preview.cash_total == Decimal("1200.00")
    assert preview.total_cost == Decimal("1952.40")
    assert not preview.over_budget and not preview.has_shortfall


def test_each_part_of_the_rule_narrows_the_list(street: Street) -> None:
    names = iter(range(100))

    def count(**rule: object) -> int:
        campaign = street.campaign(f"活动{next(names)}", rule=EligibilityRule(**rule))
        return street.campaigns.preview(campaign).eligible

    assert count(categories=("women",)) == 4  # 王芳 李娜 陈静 单丽 (赵敏 withdrew)
    assert count(categories=("hardship",)) == 1
    assert count(categories=("hardship_ordinary",)) == 0
    assert count(categories=("outdoor_courier", "hardship")) == 2  # any of them
    assert count(community_ids=(street.east,)) == 3  # 李娜 刘洋 单丽
    assert count(unit_ids=(street.huaxin,)) == 3
    assert count(joined_before=dt.date(2027, 1, 1)) == 5  # 陈静 joined 2027-01-10
    assert count(categories=("women",), community_ids=(street.west,)) == 2


def test_the_reasons_agree_with_the_count(street: Street) -> None:
    rule = EligibilityRule(categories=("women",), joined_before=dt.date(2027, 1, 1))
    with street.db.read() as s:
        reasons = eligibility.why_not(s, rule, list(street.members.values()))
        eligible = eligibility.eligible_count(s, rule)
    assert eligible == sum(1 for r in reasons.values() if not r)
    codes = {key: [n.code for n in reasons[mid]] for key, mid in street.members.items()}
    assert codes == {
        "zhang": ["category"],
        "wang": [],
        "li_hardship": [],
        "liu_courier": ["category"],
        "chen_new": ["joined"],
        "shan": [],
        "zhao_left": ["not_active"],
    }
    joined = reasons[street.members["chen_new"]][0]
    assert joined.message() == (
        "Joined on 2027-01-10; this campaign is for members who joined before 2027-01-01."
    )


def test_shortfall_refuses_opening_until_an_administrator_accepts_a_partial_plan(
    street: Street,
) -> None:
    campaign = street.campaign(package=((street.voucher, 1),), cash="0")
    preview = street.campaigns.preview(campaign)
    (line,) = preview.lines
    assert (line.needed, line.on_hand, line.shortfall, preview.stock_short) == (6, 2, 4, True)
    with pytest.raises(ShortfallError) as refused:
        street.campaigns.open(street.desk, campaign)
    assert refused.value.preview.stock_short
    assert scalar(street.db, "SELECT COUNT(*) FROM allocation") == 0
    assert street.campaigns.get(campaign).status == "draft"
    with pytest.raises(PermissionDenied):
        street.campaigns.open(street.desk, campaign, accept_shortfall=True)
    assert street.campaigns.open(street.admin, campaign, accept_shortfall=True) == 6
    (opened,) = [s for a, s in audit_actions(street.db, "campaign", campaign) if a == "open"]
    assert opened["changes"]["partial_plan"] == [None, True]


def test_over_budget_is_a_shortfall_too(street: Street) -> None:
    campaign = street.campaign(budget="1000.00")
    assert street.campaigns.preview(campaign).over_budget
    with pytest.raises(ShortfallError):
        street.campaigns.open(street.desk, campaign)


def test_opening_freezes_the_list(street: Street) -> None:
    campaign = street.campaign(rule=EligibilityRule(categories=("women",)))
    assert street.campaigns.open(street.desk, campaign) == 4
    listed = rows(
        street.db,
        "SELECT m.name FROM allocation a JOIN member m ON m.id = a.member_id"
        " WHERE a.campaign_id = :c ORDER BY m.id",
        c=campaign,
    )
    assert [n for (n,) in listed] == ["王芳", "李娜", "陈静", "单丽"]
    # A woman who joins after opening is not added by the rule.
    from station_app.members.service import MemberService

    MemberService(street.db).register(
        street.admin, MemberInput(name="孙丽", id_number=rid("11010619910101002"), mobile="")
    )
    assert street.campaigns.preview(campaign).eligible == 4
    # Nothing about the plan changes once open.
    with pytest.raises(ConflictError):
        street.campaigns.update(street.desk, campaign, street.campaigns.get(campaign).as_input())
    with pytest.raises(ConflictError):
        street.campaigns.open(street.desk, campaign)
    rows_ = street.campaigns.list_campaigns()
    assert [(r.name, r.status, r.planned, r.served) for r in rows_] == [
        ("2027年元旦春节送温暖", "open", 4, 0)
    ]


def test_recipients_added_or_removed_later_need_a_reason_and_are_audited(street: Street) -> None:
    campaign = street.campaign(rule=EligibilityRule(categories=("hardship",)))
    street.campaigns.open(street.desk, campaign)
    zhang = street.members["zhang"]
    with pytest.raises(ValidationError):
        street.campaigns.add_recipient(street.desk, campaign, zhang, "  ")
    allocation, outside = street.campaigns.add_recipient(
        street.desk, campaign, zhang, "突发重病，社区推荐"
    )
    assert [n.code for n in outside] == ["category"]
    with pytest.raises(ConflictError):
        street.campaigns.add_recipient(street.desk, campaign, zhang, "again")
    street.campaigns.remove_recipient(street.desk, allocation, "已由单位慰问")
    assert scalar(street.db, "SELECT removed FROM allocation WHERE id = :a", a=allocation)
    again, _ = street.campaigns.add_recipient(street.admin, campaign, zhang, "单位未慰问，重新增补")
    assert again == allocation  # the same row, back on the list
    actions = audit_actions(street.db, "allocation", allocation)
    assert [(a, s.get("note")) for a, s in actions] == [
        ("add_recipient", "突发重病，社区推荐"),
        ("remove_recipient", "已由单位慰问"),
        ("add_recipient", "单位未慰问，重新增补"),
    ]
    # A recipient already served cannot be removed before the hand-out is undone.
    street.handout.confirm_handout(street.desk, allocation)
    with pytest.raises(ConflictError) as refused:
        street.campaigns.remove_recipient(street.desk, allocation, "错发")
    assert "undo the hand-out" in refused.value.message()


def test_drafts_are_checked_edited_and_deleted(street: Street) -> None:
    campaign = street.campaign()
    record = street.campaigns.get(campaign)
    assert record.cash_amount == Decimal("200.00") and record.status == "draft"
    changed = replace(
        record.as_input(),
        package=(PackageLine(street.rice, 2),),
        rule=EligibilityRule(categories=("women",)),
    )
    assert street.campaigns.update(street.desk, campaign, changed)
    assert not street.campaigns.update(street.desk, campaign, changed)
    record = street.campaigns.get(campaign)
    assert [(p.name, p.quantity) for p in record.package] == [("大米（10斤）", 2)]
    assert record.rule.categories == ("women",)
    bad = [
        (replace(changed, name=""), "name"),
        (replace(changed, kind="party"), "kind"),
        (replace(changed, ends_on=dt.date(2027, 1, 1)), "ends_on"),
        (replace(changed, package=(PackageLine(street.rice, 0),)), "package"),
        (
            replace(changed, package=(PackageLine(street.rice, 1), PackageLine(street.rice, 2))),
            "package",
        ),
        (replace(changed, cash_amount="-5"), "cash_amount"),
        (replace(changed, rule=EligibilityRule(categories=("vip",))), "categories"),
        (replace(changed, rule=EligibilityRule(community_ids=(999,))), "community_ids"),
    ]
    for inp, field in bad:
        with pytest.raises(ValidationError) as refused:
            street.campaigns.update(street.desk, campaign, inp)
        assert refused.value.field == field, field
    other = street.campaign("另一个活动")
    with pytest.raises(ConflictError):
        street.campaigns.update(street.desk, other, replace(changed, name="2027年元旦春节送温暖"))
    street.campaigns.delete_draft(street.desk, other)
    assert [r.name for r in street.campaigns.list_campaigns()] == ["2027年元旦春节送温暖"]


def test_an_empty_package_or_list_cannot_open(street: Street) -> None:
    empty = street.campaign("空活动", package=(), cash="0")
    with pytest.raises(ValidationError):
        street.campaigns.open(street.desk, empty)
    nobody = street.campaign("无人活动", rule=EligibilityRule(categories=("model_worker",)))
    with pytest.raises(ValidationError):
        street.campaigns.open(street.desk, nobody)


def test_closing_ends_hand_outs(street: Street) -> None:
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    served = street.allocation_of(campaign, "zhang")
    street.handout.confirm_handout(street.desk, served)
    street.campaigns.close(street.desk, campaign)
    assert street.campaigns.get(campaign).status == "closed"
    with pytest.raises(ConflictError):
        street.handout.confirm_handout(street.desk, street.allocation_of(campaign, "wang"))
    with pytest.raises(ConflictError):
        street.handout.undo_handout(street.desk, served)
    (closed,) = [s for a, s in audit_actions(street.db, "campaign", campaign) if a == "close"]
    assert closed["changes"]["served"] == [None, 1]


def test_same_kind_this_year_is_counted_and_warned(street: Street) -> None:
    first = street.campaign("元旦慰问", package=((street.rice, 1),), cash="0")
    street.campaigns.open(street.desk, first)
    street.handout.confirm_handout(street.desk, street.allocation_of(first, "wang"))
    second = street.campaign("春节慰问", package=((street.oil, 1),), cash="0", warn_same_kind=True)
    assert street.campaigns.preview(second).already_served_same_kind == 1
    street.campaigns.open(street.desk, second)
    (wang,) = street.handout.find_for_handout(second, "王芳")
    assert [w.code for w in wang.warnings] == ["same_kind"]
    assert "元旦慰问" in wang.warnings[0].message()
    assert wang.can_hand_out  # a warning, not a refusal
    other_kind = street.campaign("夏季送清凉", kind="summer", warn_same_kind=True)
    assert street.campaigns.preview(other_kind).already_served_same_kind == 0
