"""Campaign summary: recipients served vs planned, items issued and their value (from
the ledger), cash, and the same by community. A4 portrait."""

from __future__ import annotations

from decimal import Decimal
from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    data_table,
    key_value_table,
    section_heading,
    title_block,
)
from station_app.welfare import labels as L
from station_app.welfare.reports.common import (
    day,
    items_table,
    kind_label,
    money,
    package_text,
    sign_off,
    status_label,
)
from station_app.welfare.types.printouts import CampaignSummary


def _share(served: int, planned: int) -> str:
    if not planned:
        return ""
    return f"{Decimal(served * 100) / planned:.1f}%"


def summary_story(summary: CampaignSummary) -> list[Flowable]:
    c = summary.campaign
    t = L.t
    budget = money(c.budget) if c.budget is not None else t(L.NO_BUDGET)

    story: list[Flowable] = [
        title_block(f"{c.name}　{t(L.SUMMARY_TITLE)}"),
        key_value_table(
            [
                (t(L.KIND_LINE), kind_label(c.kind)),
                (t(L.STATUS_LINE), status_label(c.status)),
                (t(L.DATES), t(L.DATE_RANGE).format(first=c.starts_on, last=c.ends_on)),
                (t(L.BUDGET), budget),
                (t(L.OPENED), day(summary.opened_at)),
                (t(L.CLOSED), day(summary.closed_at)),
                (t(L.PACKAGE), package_text(c.package, c.cash_amount)),
            ],
            [w * mm for w in (24, 63, 24, 63)],
        ),
        *section_heading(t(L.RECIPIENTS)),
        data_table(
            [t(L.PLANNED), t(L.SERVED), t(L.REMAINING), t(L.COL_SHARE), t(L.REMOVED)],
            [
                [
                    summary.planned,
                    summary.served,
                    summary.planned - summary.served,
                    _share(summary.served, summary.planned),
                    summary.removed,
                ]
            ],
            [w * mm for w in (34, 34, 36, 34, 36)],
            align_right={0, 1, 2, 3, 4},
            zebra=False,
        ),
        *section_heading(t(L.ITEMS_ISSUED)),
        items_table(summary.items, (54, 20, 24, 24, 30, 22)),
        *section_heading(t(L.MONEY_HEADING)),
        key_value_table(
            [
                (t(L.ITEMS_VALUE), money(summary.items_value)),
                (t(L.CASH_ISSUED), money(summary.cash_issued)),
                (t(L.TOTAL_VALUE), money(summary.total_value)),
                (t(L.BUDGET), budget),
            ],
            [w * mm for w in (30, 57, 30, 57)],
        ),
        *section_heading(t(L.BY_COMMUNITY)),
    ]
    rows: list[list[object]] = [
        [
            line.name if line.name is not None else t(L.NO_COMMUNITY),
            line.planned,
            line.served,
            line.planned - line.served,
            _share(line.served, line.planned),
            money(line.cash),
        ]
        for line in summary.by_community
    ]
    rows.append(
        [
            t(L.TOTAL_VALUE),
            summary.planned,
            summary.served,
            summary.planned - summary.served,
            _share(summary.served, summary.planned),
            money(summary.cash_issued),
        ]
    )
    story.append(
        data_table(
            [
                t(L.COL_COMMUNITY),
                t(L.PLANNED),
                t(L.SERVED),
                t(L.REMAINING),
                t(L.COL_SHARE),
                t(L.CASH),
            ],
            rows,
            [w * mm for w in (56, 22, 22, 26, 22, 26)],
            align_right={1, 2, 3, 4, 5},
        )
    )
    story.append(sign_off())
    return story


def build_summary(
    out: Out, summary: CampaignSummary, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = f"{summary.campaign.name} {L.t(L.SUMMARY_TITLE)}"
    build_report(
        out, summary_story(summary), summary.campaign.station_name, title, operator, **options
    )
