"""发放签收表: one signature row per recipient, header on every page, totals taken from
the stock ledger, lines for 经办人 and 审核人. A4 landscape.

Built from a :class:`~station_app.welfare.types.printouts.HandoutSheet` (plain data, ID numbers
and phones already masked); never touches the database.
"""

from __future__ import annotations

from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    cell_wrapper,
    grid_table,
    para,
    register_fonts,
    section_heading,
    title_block,
    wrap_lines,
)
from station_app.core.pdf.fonts import CELL_LEADING
from station_app.welfare import labels as L
from station_app.welfare.reports.common import (
    items_table,
    kind_label,
    money,
    package_text,
    sign_off,
)
from station_app.welfare.types.printouts import GROUP_COMMUNITY, HandoutSheet, SheetRow

# 序号 姓名 单位 身份证号 联系电话 物品及数量 签字 领取日期: 261 mm, the landscape frame.
COL_WIDTHS = [w * mm for w in (10, 30, 46, 36, 24, 55, 38, 22)]
HEADER = (
    L.COL_NO,
    L.COL_NAME,
    L.COL_UNIT,
    L.COL_ID,
    L.COL_PHONE,
    L.COL_ITEMS,
    L.COL_SIGNATURE,
    L.COL_DATE_COLLECTED,
)
# Room for a handwritten signature: every row at least this tall.
MIN_ROW_HEIGHT = 9 * mm


def _row_padding(item_lines: int) -> float:
    content = item_lines * CELL_LEADING
    return max(2.5, (MIN_ROW_HEIGHT - content - 1) / 2)


def _name_cell(row: SheetRow) -> str:
    if not row.proxy_name:
        return row.name
    if row.proxy_relationship:
        proxy = L.t(L.PROXY_WITH_RELATIONSHIP).format(
            name=row.proxy_name, relationship=row.proxy_relationship
        )
    else:
        proxy = L.t(L.PROXY).format(name=row.proxy_name)
    return f"{row.name}\n{proxy}"


def sheet_rows(sheet: HandoutSheet) -> list[list[list[str]]]:
    """The table rows of each group, numbered straight through (序号 1..n)."""
    font = register_fonts()
    items = "\n".join(
        wrap_lines(
            package_text(sheet.campaign.package, sheet.campaign.cash_amount), COL_WIDTHS[5], font
        )
    )
    fit = cell_wrapper(font)

    number = 0
    out = []
    for group in sheet.groups:
        rows = []
        for row in group.rows:
            number += 1
            rows.append(
                [
                    str(number),
                    fit(_name_cell(row), COL_WIDTHS[1]),
                    fit(row.unit_name, COL_WIDTHS[2]),
                    row.id_number,
                    row.mobile,
                    items,
                    "",
                    row.handed_out_on.isoformat() if row.handed_out_on else "",
                ]
            )
        out.append(rows)
    return out


def handout_story(sheet: HandoutSheet) -> list[Flowable]:
    c = sheet.campaign
    font = register_fonts()
    package = package_text(c.package, c.cash_amount)
    story: list[Flowable] = [
        title_block(f"{c.name}　{L.t(L.HANDOUT_TITLE)}"),
        para(
            "　　".join(
                [
                    f"{L.t(L.KIND_LINE)}：{kind_label(c.kind)}",
                    L.t(L.PERIOD_LINE).format(start=c.starts_on, end=c.ends_on),
                    L.t(L.PACKAGE_LINE).format(package=package),
                ]
            ),
            "body",
        ),
    ]
    item_lines = len(wrap_lines(package, COL_WIDTHS[5], font))
    padding = _row_padding(item_lines)
    header = [L.t(h) for h in HEADER]
    for group, rows in zip(sheet.groups, sheet_rows(sheet), strict=True):
        if sheet.group_by is not None:
            title = group.title
            if title is None:
                title = L.t(L.NO_COMMUNITY if sheet.group_by == GROUP_COMMUNITY else L.NO_UNIT)
            story.extend(section_heading(L.t(L.GROUP_HEADING).format(title=title, count=len(rows))))
        story.append(
            grid_table(
                header, rows, COL_WIDTHS, align_right={0}, align_center={7}, row_padding=padding
            )
        )
    story.extend(totals_story(sheet))
    return story


def totals_story(sheet: HandoutSheet) -> list[Flowable]:
    """合计: people, then each item planned vs issued (from the ledger), then cash."""
    people = para(
        L.t(L.TOTALS_PEOPLE).format(
            planned=sheet.planned, served=sheet.served, remaining=sheet.planned - sheet.served
        ),
        "body",
    )
    people.keepWithNext = True
    c = sheet.campaign
    cash: list[list[object]] = []
    if c.cash_amount:
        cash.append(
            [
                L.t(L.CASH),
                money(c.cash_amount),
                money(c.cash_amount * sheet.planned),
                money(sheet.cash_issued),
                money(sheet.cash_issued),
                "",
            ]
        )
    table = items_table(sheet.items, (70, 30, 35, 35, 40, 35), cash)
    return [
        Spacer(1, 4 * mm),
        *section_heading(L.t(L.TOTALS), min_space=60 * mm),
        people,
        table,
        para(L.t(L.TOTALS_LEDGER_NOTE), "small"),
        sign_off(),
    ]


def build_handout(
    out: Out, sheet: HandoutSheet, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = f"{sheet.campaign.name} {L.t(L.HANDOUT_TITLE)}"
    build_report(
        out,
        handout_story(sheet),
        sheet.campaign.station_name,
        title,
        operator,
        landscape=True,
        **options,
    )


__all__ = ["build_handout", "handout_story", "sheet_rows"]
