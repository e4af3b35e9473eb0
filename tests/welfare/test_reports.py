"""The printouts as the desk and the auditors read them (pdftotext): no full ID or
mobile number, the header on every page, totals equal to the ledger; and the .xlsx
exports (masked, formulas neutralised, full values only for audited administrators)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app import demo
from station_app.core.db import Database
from station_app.core.errors import ConflictError, PermissionDenied
from station_app.core.pdf import BuildCancelled
from station_app.core.pdf.inspect import embedded_font_names
from station_app.welfare.demo import fill_welfare
from station_app.welfare.reports.handout import build_handout
from station_app.welfare.reports.receipt import build_receipt
from station_app.welfare.reports.stock import build_stock_report
from station_app.welfare.reports.summary import build_summary
from station_app.welfare.service import CampaignService, StockService, WelfarePrintData
from station_app.welfare.sheets.exports import write_ledger, write_recipients
from station_app.welfare.types.printouts import SheetGroup
from tests.welfare.conftest import TODAY, Street, audit_actions, rows

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed"
)
FULL_ID = re.compile(r"\d{17}[\dX]")
FULL_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
MASKED_ID = re.compile(r"\d{6}\*{8}[\dX]{4}")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return text.split("\f")[:-1]


@pytest.fixture
def busy(db: Database, chinese: None) -> tuple[Database, int]:
    """A demo street of 160 members, its festival campaign open and partly served
    (whether or not ``demo.fill`` already adds the welfare demo)."""
    demo.fill(db, members=160, seed=7)
    fill_welfare(db, random.Random(7), hand_out=45)
    campaign = next(
        c.id for c in CampaignService(db).list_campaigns() if c.name.endswith("元旦春节送温暖")
    )
    return db, campaign


def _ledger_issued(db: Database, campaign: int) -> dict[str, tuple[int, Decimal]]:
    found = rows(
        db,
        "SELECT i.name, m.unit_value, SUM(m.quantity) FROM stock_movement m"
        " JOIN gift_item i ON i.id = m.item_id JOIN allocation a ON a.id = m.allocation_id"
        " WHERE a.campaign_id = :c AND m.kind = 'issued' GROUP BY i.name, m.unit_value",
        c=campaign,
    )
    out: dict[str, tuple[int, Decimal]] = {}
    for name, value, qty in found:
        count, total = out.get(name, (0, Decimal("0.00")))
        out[name] = (count - int(qty), total - Decimal(str(value)) * int(qty))
    return out


@needs_poppler
@pytest.mark.parametrize("group", [None, "community", "unit"])
def test_handout_list_masks_repeats_its_header_and_totals_the_ledger(
    busy: tuple[Database, int], tmp_path: Path, group: str | None
) -> None:
    db, campaign = busy
    sheet = WelfarePrintData(db).handout_sheet(campaign, group)
    pdf = tmp_path / "handout.pdf"
    build_handout(pdf, sheet, "李晓燕")
    pages = _pages(pdf)
    assert len(pages) >= 5
    everything = "\n".join(pages)
    # Privacy: nothing on paper that looks like, or is, a full ID or mobile number.
    assert FULL_ID.search(everything) is None
    assert FULL_MOBILE.search(everything.replace(" ", "")) is None
    people = rows(db, "SELECT id_number, mobile FROM member")
    squeezed = everything.replace(" ", "")
    assert not [n for n, m in people if n in squeezed or (m and m in squeezed)]
    assert len(MASKED_ID.findall(everything)) == sheet.planned
    # Every page: the column header, the station, the page count.
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        if number < total:  # the last page may hold only the totals
            for column in (
                "序号",
                "姓名",
                "身份证号",
                "联系电话",
                "签字",
                "领取日期",
            ):
                assert column in page, (number, column)
        assert "太平桥街道总工会服务站" in page
        assert f"第{number}页/共{total}页" in page.replace(" ", "")
    # Totals: people, then each item exactly as the ledger has it.
    assert f"名单共 {sheet.planned} 人，已领取 {sheet.served} 人" in everything.replace(" ", " ")
    ledger = _ledger_issued(db, campaign)
    assert ledger and sum(q for q, _ in ledger.values()) == 2 * sheet.served
    totals = everything[everything.rindex("合计") :]
    for item in sheet.items:
        line = next(li for li in totals.splitlines() if li.strip().startswith(item.name))
        quantity, value = ledger[item.name]
        assert f"{quantity}{item.unit}" in line.split()
        assert f"¥{value:,.2f}" in line
    assert "经办人" in pages[-1] and "审核人" in pages[-1]
    if group == "community":
        for community in rows(db, "SELECT name FROM community"):
            assert community[0] in everything
    # The package once, in the title block, not on every row.
    assert everything.count("每人发放：") == 1
    if group is not None:
        # Each group starts a page, numbers from 1, names itself on continued pages and
        # ends with its count and a line for the operator.
        starts = [n for n, page in enumerate(pages) if re.search(r"（\d+ 人）", page)]
        assert len(starts) == len(sheet.groups)
        for n, page in enumerate(pages[: starts[-1]]):
            first_row = re.search(r"^\s*(\d+)\s", page.split("领取日期", 1)[1], re.M)
            if n in starts:
                assert first_row and first_row.group(1) == "1", n
            elif first_row:
                assert "（续）" in page, n
        assert everything.count("本组共") == len(sheet.groups)
    fonts = embedded_font_names(pdf)
    assert fonts and all("WQY" in f.upper() or "MICROHEI" in f.upper() for f in fonts)


@needs_poppler
def test_summary_stock_report_and_receipt(busy: tuple[Database, int], tmp_path: Path) -> None:
    db, campaign = busy
    data = WelfarePrintData(db)
    summary = data.campaign_summary(campaign)
    build_summary(tmp_path / "summary.pdf", summary, "李晓燕")
    text = "\n".join(_pages(tmp_path / "summary.pdf"))
    ledger = _ledger_issued(db, campaign)
    assert summary.items_value == sum((v for _, v in ledger.values()), Decimal("0.00"))
    assert f"¥{summary.items_value:,.2f}" in text
    assert f"¥{summary.cash_issued:,.2f}" in text
    served = rows(
        db,
        "SELECT COUNT(*) FROM allocation WHERE campaign_id = :c AND receipt_no IS NOT NULL",
        c=campaign,
    )[0][0]
    assert sum(line.served for line in summary.by_community) == summary.served == served > 0
    for line in summary.by_community:
        assert line.name in text
    report = data.stock_report(TODAY.replace(day=1) - dt.timedelta(days=40), TODAY)
    build_stock_report(tmp_path / "stock.pdf", report, "李晓燕")
    stock_text = "\n".join(_pages(tmp_path / "stock.pdf"))
    balances = {b.id: b.on_hand for b in StockService(db).balances()}
    for line in report.lines:
        assert line.closing == balances[line.item_id]
        assert line.opening + line.received - line.issued + line.adjusted - line.written_off == (
            line.closing
        )
    assert "发放出库" in stock_text and "入库" in stock_text
    assert FULL_MOBILE.search(stock_text.replace(" ", "")) is None
    served = rows(
        db,
        "SELECT id, receipt_no FROM allocation WHERE campaign_id = :c AND receipt_no IS NOT NULL"
        " ORDER BY proxy_name DESC, id LIMIT 1",
        c=campaign,
    )[0]
    receipt = data.receipt(served[0])
    build_receipt(tmp_path / "receipt.pdf", receipt, "李晓燕")
    (page,) = _pages(tmp_path / "receipt.pdf")
    assert page.count(served[1]) >= 3  # both copies and the page title
    assert "回执联" in page and "存根联" in page and "领取人签字" in page
    # The recipient's half: operator and seal; the station's half: the recipient signs.
    recipient, station = page.split("沿此线剪开")
    assert "服务站（盖章）" in recipient and "领取人签字" not in recipient
    assert "领取人签字" in station and "盖章" not in station
    assert FULL_ID.search(page) is None
    with pytest.raises(ConflictError):
        data.receipt(rows(db, "SELECT id FROM allocation WHERE receipt_no IS NULL LIMIT 1")[0][0])


def test_a_long_build_reports_progress_and_can_be_cancelled(
    busy: tuple[Database, int], tmp_path: Path
) -> None:
    db, campaign = busy
    sheet = WelfarePrintData(db).handout_sheet(campaign)
    seen: list[tuple[int, int]] = []
    build_handout(tmp_path / "ok.pdf", sheet, "x", progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) > 3
    calls = iter(range(1000))
    with pytest.raises(BuildCancelled):
        build_handout(tmp_path / "cancelled.pdf", sheet, "x", should_cancel=lambda: next(calls) > 3)
    assert not (tmp_path / "cancelled.pdf").exists()


def test_recipient_export_is_masked_and_formula_safe(street: Street, tmp_path: Path) -> None:
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    allocation = street.allocation_of(campaign, "zhang")
    street.campaigns.remove_recipient(street.desk, allocation, '=HYPERLINK("http://x")')
    street.campaigns.add_recipient(street.desk, campaign, street.members["zhang"], "+1 社区推荐")
    wang = street.allocation_of(campaign, "wang")
    from station_app.welfare.types import Proxy

    street.handout.confirm_handout(street.desk, wang, Proxy("@李四", "13912345678", "-配偶"))
    recipients = street.printing.recipients(street.desk, campaign)
    out = tmp_path / "recipients.xlsx"
    write_recipients(out, recipients)
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 1 + 6
    flat = [v for row in values for v in row if isinstance(v, str)]
    assert "+1 社区推荐" in flat and "@李四" in flat and "-配偶" in flat  # as typed, as text
    assert not any(FULL_ID.search(v) or FULL_MOBILE.search(v) for v in flat)
    assert "139****5678" in flat
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert [row[0] for row in values[1:]] == [1, 2, 3, 4, 5, 6]  # numbers stay numbers


def test_full_values_are_for_administrators_and_audited(street: Street, tmp_path: Path) -> None:
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    with pytest.raises(PermissionDenied):
        street.printing.recipients(street.desk, campaign, reveal=True)
    full = street.printing.recipients(street.admin, campaign, reveal=True)
    active = rows(street.db, "SELECT id_number FROM member WHERE status = 'active'")
    assert {r.id_number for r in full} == {n for (n,) in active}
    (exported,) = audit_actions(street.db, "campaign", campaign)[-1:]
    assert exported[0] == "export_full" and "6 rows" in exported[1]["note"]


def test_ledger_export_has_every_movement(street: Street, tmp_path: Path) -> None:
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    allocation = street.allocation_of(campaign, "zhang")
    street.handout.confirm_handout(street.desk, allocation)
    street.handout.undo_handout(street.desk, allocation, "-撤销")
    ledger = street.stock.ledger()
    write_ledger(tmp_path / "ledger.xlsx", ledger)
    sheet = load_workbook(tmp_path / "ledger.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == len(ledger) == 7
    assert [v[4] for v in values] == [r.quantity for r in ledger]
    assert values[-1][3] == "Hand-out undone" and values[-1][8] == "-撤销"
    assert (
        sum(v[4] for v in values if v[1] == "大米（10斤）")
        == street.stock.item(street.rice).on_hand
    )


def test_no_sign_off_list_before_the_list_is_frozen(street: Street) -> None:
    with pytest.raises(ConflictError):
        street.printing.handout_sheet(street.campaign())


def test_recipient_and_ledger_exports_never_write_a_formula(tmp_path: Path) -> None:
    from station_app.welfare.types import RecipientRow

    hostile = RecipientRow(
        allocation_id=1, member_id=1, member_no="TPQ1", name="=1+1",
        id_number="110106********123X", mobile="138****5678", unit_name='=HYPERLINK("x")',
        community_name="@社区", added_reason="+补报", removed=False, removed_reason="",
        handed_out_at=dt.datetime(2026, 1, 5, 9, 30), handed_out_by="-李",
        receipt_no=None, proxy_name="", proxy_mobile="", proxy_relationship="",
    )  # fmt: skip
    out = tmp_path / "r.xlsx"
    write_recipients(out, [hostile])
    sheet = load_workbook(out).active
    values = [c.value for c in sheet[2]]
    assert values[:4] == [1, "TPQ1", "=1+1", "110106********123X"]
    assert values[5:8] == ['=HYPERLINK("x")', "@社区", "+补报"]
    assert values[10] == dt.datetime(2026, 1, 5, 9, 30) and values[11] == "-李"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert all(c.quotePrefix for c in sheet[2] if c.value in ("=1+1", "@社区", "-李"))


@needs_poppler
def test_a_3000_recipient_list_takes_at_most_120_pages(
    busy: tuple[Database, int], tmp_path: Path
) -> None:
    """One line a recipient, at least 25 a page: 3,000 recipients on ≤ 120 pages."""
    db, campaign = busy
    sheet = WelfarePrintData(db).handout_sheet(campaign)
    people = [row for group in sheet.groups for row in group.rows]
    many = tuple(people[i % len(people)] for i in range(3000))
    sheet = dataclasses.replace(sheet, groups=(SheetGroup(None, many),), planned=3000)
    build_handout(tmp_path / "long.pdf", sheet, "李晓燕")
    pages = _pages(tmp_path / "long.pdf")
    assert len(pages) <= 120
    rows_on = [len(MASKED_ID.findall(page)) for page in pages]
    assert sum(rows_on) == 3000 and min(rows_on[1:-2]) >= 25
