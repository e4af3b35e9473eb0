"""One term per concept: the catalog uses the glossary's word (docs/glossary.md) for each
entry of the term list, and none of the words it replaced."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "station_zh_CN.ts"


def _messages() -> list[tuple[str, str, str]]:
    out = []
    for ctx in ET.parse(TS).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.findtext("translation") or ""))
    return out


MESSAGES = _messages()
BY_KEY = {(ctx, source): translation for ctx, source, translation in MESSAGES}

# (context, source): the preferred term, one line per concept of the term list
PREFERRED = {
    ("MemberLabels", "Active"): "在册",
    ("VolunteerDialog", "Active"): "在册",
    ("MemberLabels", "Joined"): "入会登记",
    ("MemberLabels", "Reinstated"): "恢复会籍",
    ("MemberRecordDialog", "History"): "变动记录",
    ("MembersReport", "ID number"): "证件号码",
    ("ItemDialog", "Unit"): "计量单位",
    ("WelfareReport", "Counted in"): "计量单位",
    ("CampaignDialog", "Name"): "活动名称",
    ("ItemDialog", "Name"): "物品名称",
    ("TeamDialog", "&Name"): "队伍名称(&N)",
    ("WelfareReport", "Each"): "每人数量",
    ("WelfareReport", "Collected by"): "代领人",
    ("WelfareReport", "Recipient's copy"): "领取人留存联",
    ("WelfareReport", "Station's copy"): "服务站存根联",
    ("WelfareReport", "Period"): "统计期间",
    ("WelfareReport", "Opening"): "期初结存",
    ("WelfareReport", "Closing"): "期末结存",
    ("StockPage", "Active"): "启用",
    ("OperatorsPage", "Operators"): "操作员",
    ("Roles", "Desk staff"): "前台人员",
    ("BookingDialog", "Handled by"): "负责人",
    ("VolunteersTab", "Activities"): "服务活动",
    ("ShiftTable", "Role"): "岗位",
    ("ShiftTable", "Places"): "名额",
    ("TeamsPage", "Leader"): "队长",
    ("VolunteersReport", "Absent"): "未到岗",
    ("ShiftPanel", "Override"): "特批",
    ("ShiftPanel", "Candidates"): "可选志愿者",
    ("TeamsPage", "Add skill"): "新增特长",
}

# word replaced → (context, source) pairs where it is still the right word
AVOIDED: dict[str, set[tuple[str, str]]] = {
    "在用": set(),
    "服务行动": set(),
    "技能": set(),
    "候选人": set(),
    "准许": set(),
    "接待人": set(),
    "工位": set(),
    "前台电脑": set(),
    "打码": set(),
    "遮蔽": set(),
    "缺勤": set(),
    "误约": set(),
    "盘点于": set(),
    "队长联": set(),  # the leader's copy is 负责人联系用 in its title, warning and menu
    "不在册": set(),
    "角色": {
        ("OperatorsPage", "Role"),
        ("Errors", "Unknown role."),
        ("AuditFields", "Login role"),
    },
    "证明期间": {("VolunteersReport", "Period"), ("Errors", "The period ends before it begins.")},
}


@pytest.mark.parametrize(("key", "term"), sorted(PREFERRED.items()))
def test_the_preferred_term(key: tuple[str, str], term: str) -> None:
    assert BY_KEY[key] == term


@pytest.mark.parametrize("word", sorted(AVOIDED))
def test_no_replaced_word(word: str) -> None:
    found = [
        (ctx, source)
        for ctx, source, translation in MESSAGES
        if word in translation and (ctx, source) not in AVOIDED[word]
    ]
    assert found == []


def test_id_numbers_of_any_kind_are_zhengjian_haoma() -> None:
    found = [
        (ctx, translation)
        for ctx, source, translation in MESSAGES
        if source.replace("&", "") == "ID number" and not translation.startswith("证件号码")
    ]
    assert found == []


def test_each_is_a_quantity_and_unit_price_is_money() -> None:
    for ctx, source, translation in MESSAGES:
        if "单价" in translation:
            assert "value" in source.lower(), (ctx, source)


def test_stubs_are_the_stations_half() -> None:
    for ctx, source, translation in MESSAGES:
        if "存根" in translation:
            assert "存根联" in translation and "Station" in source, (ctx, source)


WELFARE = {"CampaignDialog", "CampaignsPage", "HandoutPage", "RecipientsDialog", "WelfareReport"}
VOLUNTEERS = {"ActivitiesPage", "ActivityDialog", "VolunteersTab", "ShiftPanel"}


def test_campaigns_and_service_activities_are_told_apart() -> None:
    for ctx, source, translation in MESSAGES:
        if ctx in WELFARE:
            assert not re.search(r"(?<!慰问)(?<!专享)活动(?!名称)", translation), (ctx, source)
        if ctx in VOLUNTEERS:
            assert not re.search(r"(?<!服务)活动", translation), (ctx, source)
