"""Chinese for every source string of the welfare backend (contexts WelfareReport,
Errors, Notices), so tests can print what the desk sees.

It is also the lead's translation source: after ``make ts`` run
``.venv/bin/python -m tests.welfare.zh_catalog resources/translations/station_zh_CN.ts``
to fill the welfare entries lupdate added as unfinished (finished ones are left alone).
``test_catalog_covers_every_welfare_string`` keeps this file complete.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPORT = {
    "{first} to {last}": "{first} 至 {last}",
    # a campaign's rule in the audit log
    "all active members": "全部在册会员",
    "joined before {date}": "{date}前入会",
    "{count} communities": "{count}个社区",
    "{count} employers": "{count}家单位",
    "Hand-outs": "发放记录",
    "Hand-out sign-off list": "发放签收表",
    "No.": "序号",
    "Name": "姓名",
    "Employer": "单位",
    "ID number": "身份证号",
    "Phone": "联系电话",
    "Items and quantity": "物品及数量",
    "Signature": "签字",
    "Date collected": "领取日期",
    "Campaign: {name}": "活动名称：{name}",
    "Dates: {start} to {end}": "活动时间：{start} 至 {end}",
    "Each recipient: {package}": "每人发放：{package}",
    "cash {amount}": "慰问金{amount}",
    "collected by {name} ({relationship})": "代领：{name}（{relationship}）",
    "collected by {name}": "代领：{name}",
    "No community on file": "未登记社区",
    "No employer on file": "未登记单位",
    "{title} ({count} recipients)": "{title}（{count} 人）",
    "{title} (continued)": "{title}（续）",
    "This group: {count} recipients.": "本组共 {count} 人。",
    "Stock state": "库存状态",
    "Totals": "合计",
    "On the list: {planned} recipients; collected: {served}; not yet collected: {remaining}.": (
        "名单共 {planned} 人，已领取 {served} 人，未领取 {remaining} 人。"
    ),
    "Issued quantities and values are those of the stock ledger.": ("已发数量和金额取自库存台账。"),
    "Item": "物品",
    "Each": "每人",
    "To issue": "应发",
    "Issued": "已发",
    "Value issued": "已发金额",
    "In stock": "现有库存",
    "Cash": "慰问金",
    "Operator": "经办人",
    "Reviewer": "审核人",
    "Date": "日期",
    "Campaign summary": "慰问活动发放汇总",
    "Kind": "活动类型",
    "Status": "状态",
    "Dates": "活动时间",
    "Package": "每人发放",
    "Budget": "预算",
    "none set": "未设定",
    "Opened": "开始发放时间",
    "Closed": "结束发放时间",
    "Recipients": "发放人数",
    "On the list": "名单人数",
    "Collected": "已领取",
    "Not yet collected": "未领取",
    "Taken off the list": "移出名单",
    "Items issued": "物品发放",
    "Money": "金额",
    "Value of items issued": "已发物品金额",
    "Cash handed out": "已发慰问金",
    "Total": "合计",
    "By community": "按社区统计",
    "Community": "社区",
    "Collected %": "领取率",
    "Stock report": "慰问品库存报表",
    "Period": "统计期间",
    "Stock movements by item": "分物品进出存",
    "Unit value": "单价",
    "Opening": "期初",
    "Received": "入库",
    "Count adjustment": "盘点调整",
    "Written off": "报损",
    "Closing": "期末",
    "Closing value": "期末金额",
    "Ledger of the period": "本期台账明细",
    "No movements in this period.": "本期没有出入库记录。",
    "Balances now": "当前库存",
    "Movement": "类型",
    "Quantity": "数量",
    "Balance": "结存",
    "Source / note": "来源 / 说明",
    "Receipt no.": "凭证号",
    "Counted in": "单位",
    "Value": "金额",
    "Low at": "预警数量",
    "low": "库存不足",
    "no longer used": "已停用",
    "Receipt": "领取凭证",
    "Recipient's copy": "回执联",
    "Station's copy": "存根联",
    "cut here": "沿此线剪开",
    "Campaign": "活动名称",
    "Member no.": "会员号",
    "Items": "物品",
    "Collected at": "领取时间",
    "Collected by": "代领人",
    "Station seal": "服务站（盖章）",
    "Recipient's signature": "领取人签字",
    "Please keep this receipt. Questions: call the station on {phone}.": (
        "请妥善保管本凭证。如有疑问请致电服务站：{phone}。"
    ),
    "Added because": "增补原因",
    "Taken off because": "移出原因",
    "Handed out by": "发放人",
    "Their phone": "代领人电话",
    "Relationship": "关系",
    "Recorded at": "记录时间",
    "Stock ledger": "库存台账",
    "yes": "是",
    "Festival care": "节日慰问",
    "Hardship relief": "困难帮扶",
    "Summer cooling": "夏季送清凉",
    "Women workers' care": "女职工关爱",
    "Members-only event": "会员专享活动",
    "Other": "其他",
    "Draft": "草稿",
    "Handing out": "发放中",
    "Finished": "已结束",
    "Handed out": "发放出库",
    "Hand-out undone": "撤销发放",
    "Stock count": "盘点",
}

ERRORS = {
    "This recipient is no longer on the campaign's list.": "此人已不在本次活动的发放名单上。",
    "Please enter the campaign's name.": "请填写活动名称。",
    "A campaign named {name} already exists.": "已有名为{name}的活动。",
    "Please choose the kind of campaign.": "请选择活动类型。",
    "Please enter the campaign's dates.": "请填写活动日期。",
    "The end date is before the start date.": "结束日期早于开始日期。",
    "This is too long: at most {max} characters, not {length}.": (
        "内容太长：最多 {max} 个字，现在是 {length} 个字。"
    ),
    "Please enter why this member is added to the list.": "请填写增补此人的原因。",
    "Please enter why this member is removed from the list.": "请填写将此人移出名单的原因。",
    "An item appears twice in the package.": "发放物品中有重复的物品。",
    "This gift item is no longer on file.": "此慰问品已不存在。",
    "The package is empty: add at least one item or a cash amount.": (
        "发放内容为空：请至少添加一种物品或填写慰问金。"
    ),
    "No member meets this campaign's rule: the list would be empty.": (
        "没有会员符合本次活动的条件，发放名单将为空。"
    ),
    "{name} is already on this campaign's list.": "{name}已在本次活动的发放名单上。",
    "This recipient has already received the package; undo the hand-out before removing them.": (
        "此人已领取，请先撤销发放再移出名单。"
    ),
    "There is not enough stock or budget for all {count} recipients. Receive more stock or "
    "change the plan; an administrator may open it anyway as a partial plan.": (
        "库存或预算不足以发放给全部 {count} 人。请先入库或调整方案；"
        "管理员可确认按部分发放方案开始发放。"
    ),
    "Not enough stock: another desk has just used it. Nothing was changed; check the stock and "
    "try again.": "库存不足：另一台电脑刚刚发放了这些物品。未作任何更改，请核对库存后重试。",
    "This campaign is no longer on file.": "此活动已不存在。",
    "The campaign {name} has not been opened yet: its list is not frozen.": (
        "活动{name}尚未开始发放，名单还未确定。"
    ),
    "Please enter the amount.": "请填写金额。",
    "{value} is not an amount of money, e.g. 12.50.": "{value}不是有效的金额，例如 12.50。",
    "An amount cannot be negative.": "金额不能为负数。",
    "An amount has at most two decimal places (fen).": "金额最多保留两位小数（到分）。",
    "This amount is too large: at most {max}.": "金额过大：最多 {max}。",
    "Please enter a whole number.": "请填写整数。",
    "The quantity must be more than zero.": "数量必须大于零。",
    "This quantity is too large: at most {max}.": "数量过大：最多 {max}。",
    "The campaign {name} is already open: its package and rule can no longer change.": (
        "活动{name}已开始发放，发放内容和条件不能再修改。"
    ),
    "The campaign {name} is closed.": "活动{name}已结束。",
    "Unknown choice: {value}.": "未知的选项：{value}。",
    "The chosen community is no longer on file.": "所选社区已不存在。",
    "The chosen unit is no longer on file.": "所选单位已不存在。",
    "Already handed out on {time} by {operator} (receipt {receipt_no}). Nothing was changed.": (
        "已于 {time} 由{operator}发放（凭证号 {receipt_no}），未作任何更改。"
    ),
    "This member was taken off the list on {date} ({reason}); nothing is due.": (
        "此人已于 {date} 移出名单（{reason}），无需发放。"
    ),
    "Please enter the name of the person collecting.": "请填写代领人姓名。",
    "Not enough stock for this package: {items}. Nothing was handed out; receive more stock "
    "first.": "库存不足（现有/每人所需）：{items}。未作发放，请先入库。",
    "Nothing has been handed out to this recipient; nothing to undo.": ("此人尚未领取，无需撤销。"),
    "Only today's hand-outs can be undone; this one was on {date}. An administrator can "
    "correct the stock with a count.": (
        "只能撤销当天的发放，这次发放是在 {date}。如需更正库存，请管理员盘点调整。"
    ),
    "Another desk changed this hand-out a moment ago; nothing was undone.": (
        "另一台电脑刚刚更改了这次发放，未撤销任何内容。"
    ),
    "Nothing has been handed out to this recipient; no receipt.": "此人尚未领取，没有领取凭证。",
    "Please enter the item's name.": "请填写物品名称。",
    "Please enter the unit, e.g. 袋, 桶, 张 or 份.": "请填写计量单位，例如袋、桶、张或份。",
    "A gift item named {name} already exists.": "已有名为{name}的慰问品。",
    "Please enter where the stock came from.": "请填写物品来源（供应商或调拨单位）。",
    "Please enter the reason for the difference.": "请填写盘点差异的原因。",
    "Please enter why the stock is written off.": "请填写报损原因。",
    "Only {on_hand} {unit} of {name} are in stock; {quantity} cannot be written off.": (
        "{name}现有库存只有 {on_hand}{unit}，不能报损 {quantity}。"
    ),
}

NOTICES = {
    "Joined on {joined}; this campaign is for members who joined before {date}.": (
        "入会日期为 {joined}；本次活动只面向 {date} 之前入会的会员。"
    ),
    "Not an active member: transferred out on {date}.": "不是在册会员：已于 {date} 转出。",
    "Not an active member: withdrew on {date}.": "不是在册会员：已于 {date} 退会。",
    "Not in the groups this campaign is for.": "不属于本次活动面向的人群。",
    "Not in the communities this campaign covers.": "不在本次活动覆盖的社区。",
    "Not in the units this campaign covers.": "不在本次活动覆盖的单位。",
    "Already received from {campaign} on {date} this year.": (
        "今年已于 {date} 在{campaign}中领取过。"
    ),
    "Meets the rule but was not on the list frozen on {date}; add them with a reason if they "
    "should receive the package.": (
        "符合条件，但不在 {date} 确定的名单上；如应发放，请填写原因后增补。"
    ),
    "The campaign has not been opened yet.": "活动尚未开始发放。",
    "The campaign is closed.": "活动已结束。",
    "Meets the rule; the list is frozen when the campaign opens.": (
        "符合条件；名单在开始发放时确定。"
    ),
    "Taken off the list on {date} by {operator}: {reason}": (
        "已于 {date} 由{operator}移出名单：{reason}"
    ),
}

PDF = {
    "Page {page} of {pages}": "第 {page} 页 / 共 {pages} 页",
    "Printed {time}": "打印时间 {time}",
    "Operator {name}": "经办人 {name}",
}

CHECKS = {  # the rules of 检查数据 this feature adds (welfare/checks.py)
    "stock balances equal their ledgers": "库存结余与台账一致",
    "one allocation per member per campaign": "每次活动每名会员只有一条发放记录",
    "hand-outs match the ledger": "发放记录与出库台账一致",
    "only opened campaigns have recipients": "只有已开始的活动才有发放名单",
    "item {id} {name}: balance {on_hand}, ledger {ledger}": (
        "物品 {id} {name}：库存 {on_hand}，台账合计 {ledger}"
    ),
    "campaign {campaign_id}, member {member_id}: {n} allocations": (
        "慰问活动 {campaign_id}，会员 {member_id}：有 {n} 条发放记录"
    ),
    "allocation {id} receipt {receipt_no}: no ledger row for item {item_id}": (
        "发放记录 {id}，凭证 {receipt_no}：物品 {item_id} 没有出库台账"
    ),
    "ledger row {id} receipt {receipt_no}: allocation {allocation_id} not served": (
        "台账 {id}，凭证 {receipt_no}：发放记录 {allocation_id} 并未发放"
    ),
    "campaign {id} {name}: a draft with a recipient list": (
        "慰问活动 {id} {name}：草稿却已有发放名单"
    ),
}

CATALOG: dict[tuple[str, str], str] = {
    **{("WelfareReport", k): v for k, v in REPORT.items()},
    **{("Errors", k): v for k, v in ERRORS.items()},
    **{("Notices", k): v for k, v in NOTICES.items()},
    **{("Pdf", k): v for k, v in PDF.items()},
    **{("Checks", k): v for k, v in CHECKS.items()},
}


def translate_zh(context: str, source: str) -> str:
    return CATALOG.get((context, source), source)


def fill_ts(path: Path) -> int:
    """Fills unfinished entries of a Qt .ts file from this catalog; returns how many."""
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    filled = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or (name, source) not in CATALOG:
                continue
            if translation.get("type") in (None, "") and (translation.text or "").strip():
                continue  # finished: a human may have improved it
            translation.text = CATALOG[(name, source)]
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}: {fill_ts(Path(argument))} entries filled")
