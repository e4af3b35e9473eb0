"""发放签收表: one signature row per recipient, header on every page, totals taken from
the stock ledger, lines for 经办人 and 审核人. A4 portrait.

Every recipient of a campaign gets the campaign's package, so the package is printed once
in the title block and each row is one line (a proxy or a very long employer takes two):
about 29 rows a page, each tall enough to sign in. Grouped (by community or employer),
each group starts a page, numbers from 1, names itself again on continued pages and ends
with its count and a line for 经办人 and 日期.

Built from a :class:`~station_app.welfare.types.printouts.HandoutSheet` (plain data, ID numbers
and phones already masked); never touches the database.
"""

from __future__ import annotations

from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    cell_wrapper,
    grid_table,
    para,
    register_fonts,
    section_heading,
    signature_lines,
    title_block,
)
from station_app.core.pdf.paged import SMALL_SIZE
from station_app.welfare import labels as L
from station_app.welfare.reports.common import (
    items_table,
    kind_label,
    money,
    package_text,
    sign_off,
)
from station_app.welfare.types.printouts import (
    GROUP_COMMUNITY,
    HandoutSheet,
    SheetGroup,
    SheetRow,
)

# 序号 姓名 单位 身份证号 联系电话 签字 领取日期: 174 mm, the portrait frame.
COL_WIDTHS = [w * mm for w in (10, 28, 32, 34.5, 22.5, 28, 19)]
HEADER = (
    L.COL_NO,
    L.COL_NAME,
    L.COL_UNIT,
    L.COL_ID,
    L.COL_PHONE,
    L.COL_SIGNATURE,
    L.COL_DATE_COLLECTED,
)
# Room for a handwritten signature: every row this tall (two lines of small type fit).
MIN_ROW_HEIGHT = 8.2 * mm
ROW_PADDING = 1.5  # above a row's text, one more below: two small lines fit the height
SMALL = {1, 2}  # name (and proxy), employer: small type, at most two lines
MAX_LINES = 2


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


def _at_most(text: str, lines: int = MAX_LINES) -> str:
    """The first ``lines`` lines of a wrapped cell, the last cut with "…" if more."""
    parts = text.split("\n")
    if len(parts) <= lines:
        return text
    return "\n".join([*parts[: lines - 1], parts[lines - 1][:-1] + "…"])


def sheet_rows(sheet: HandoutSheet) -> list[list[list[str]]]:
    """The table rows of each group, numbered from 1 in each group."""
    fit = cell_wrapper(register_fonts(), SMALL_SIZE)
    out = []
    for group in sheet.groups:
        rows = []
        for number, row in enumerate(group.rows, start=1):
            rows.append(
                [
                    str(number),
                    _at_most(fit(_name_cell(row), COL_WIDTHS[1]), 3),  # name, proxy
                    _at_most(fit(row.unit_name, COL_WIDTHS[2])),
                    row.id_number,
                    row.mobile,
                    "",
                    row.handed_out_on.isoformat() if row.handed_out_on else "",
                ]
            )
        out.append(rows)
    return out


def _group_title(sheet: HandoutSheet, group: SheetGroup) -> str:
    if group.title is not None:
        return group.title
    return L.t(L.NO_COMMUNITY if sheet.group_by == GROUP_COMMUNITY else L.NO_UNIT)


def _group_end(count: int) -> list[Flowable]:
    """本组共 N 人, then 经办人 ____ 日期 ____."""
    return [
        Spacer(1, 2 * mm),
        para(L.t(L.GROUP_COUNT).format(count=count), "body"),
        signature_lines([L.t(L.SIGN_OPERATOR), L.t(L.SIGN_DATE)]),
    ]


def handout_story(sheet: HandoutSheet) -> list[Flowable]:
    c = sheet.campaign
    package = package_text(c.package, c.cash_amount)
    story: list[Flowable] = [
        title_block(f"{c.name}　{L.t(L.HANDOUT_TITLE)}"),
        para(
            "　　".join(
                [
                    f"{L.t(L.KIND_LINE)}：{kind_label(c.kind)}",
                    L.t(L.PERIOD_LINE).format(start=c.starts_on, end=c.ends_on),
                ]
            ),
            "body",
        ),
        para(L.t(L.PACKAGE_LINE).format(package=package), "body"),
    ]
    header = [L.t(h) for h in HEADER]
    options = {
        "align_right": {0},
        "align_center": {6},
        "min_height": MIN_ROW_HEIGHT,
        "row_padding": ROW_PADDING,
        "small": SMALL,
        "zebra": False,  # stripes would print grey under signatures
    }
    for index, (group, rows) in enumerate(zip(sheet.groups, sheet_rows(sheet), strict=True)):
        if sheet.group_by is None:
            story.append(grid_table(header, rows, COL_WIDTHS, **options))  # type: ignore[arg-type]
            continue
        if index:
            story.append(PageBreak())
        title = _group_title(sheet, group)
        heading = L.t(L.GROUP_HEADING).format(title=title, count=len(rows))
        more = L.t(L.GROUP_CONTINUED).format(title=title)
        story.append(
            grid_table(
                header,
                rows,
                COL_WIDTHS,
                lead=para(heading, "heading", spaceBefore=0),
                continued=lambda more=more: para(more, "heading", spaceBefore=0),  # type: ignore[misc]
                **options,  # type: ignore[arg-type]
            )
        )
        story.extend(_group_end(len(rows)))
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
    table = items_table(sheet.items, (50, 22, 25, 25, 30, 22), cash)
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
        **options,
    )


__all__ = ["build_handout", "handout_story", "sheet_rows"]
