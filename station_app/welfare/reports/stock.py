"""Stock report: each item's opening, movements and closing for a period (进销存), the
period's ledger, and the balances now. A4 landscape."""

from __future__ import annotations

from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_app.core.pdf import (
    BuildOptions,
    Out,
    build_report,
    cell_wrapper,
    data_table,
    grid_table,
    para,
    register_fonts,
    section_heading,
    title_block,
)
from station_app.welfare import labels as L
from station_app.welfare.labels import movement_label
from station_app.welfare.reports.common import money, sign_off
from station_app.welfare.types.printouts import StockReport

LEDGER_WIDTHS = [w * mm for w in (24, 50, 28, 20, 20, 67, 28, 24)]


def _signed(value: int) -> str:
    return f"{value:+d}" if value else "0"


def stock_story(report: StockReport) -> list[Flowable]:
    t = L.t
    font = register_fonts()

    story: list[Flowable] = [
        title_block(t(L.STOCK_TITLE)),
        para(
            f"{t(L.PERIOD)}：{t(L.DATE_RANGE).format(first=report.start, last=report.end)}", "body"
        ),
        *section_heading(t(L.PERIOD_SUMMARY)),
        data_table(
            [
                t(L.COL_ITEM),
                t(L.COL_UNIT_VALUE),
                t(L.COL_OPENING),
                t(L.COL_RECEIVED),
                t(L.COL_ISSUED_QTY),
                t(L.COL_ADJUSTED),
                t(L.COL_WRITTEN_OFF),
                t(L.COL_CLOSING),
                t(L.COL_CLOSING_VALUE),
            ],
            [
                [
                    f"{line.item_name}（{line.unit}）",
                    money(line.unit_value),
                    line.opening,
                    line.received,
                    line.issued,
                    _signed(line.adjusted),
                    line.written_off,
                    line.closing,
                    money(line.unit_value * line.closing),
                ]
                for line in report.lines
            ],
            [w * mm for w in (62, 24, 22, 22, 22, 26, 22, 22, 37)],
            align_right={1, 2, 3, 4, 5, 6, 7, 8},
        ),
        *section_heading(t(L.MOVEMENTS)),
    ]
    if report.movements:
        fit = cell_wrapper(font)

        rows = [
            [
                row.moved_on.isoformat(),
                fit(row.item_name, LEDGER_WIDTHS[1]),
                movement_label(row),
                f"{row.quantity:+d}",
                str(row.balance_after),
                fit(" ".join(p for p in (row.source, row.note) if p), LEDGER_WIDTHS[5]),
                row.receipt_no or "",
                row.operator_name,
            ]
            for row in report.movements
        ]
        story.append(
            grid_table(
                [
                    t(L.COL_DATE),
                    t(L.COL_ITEM),
                    t(L.COL_KIND),
                    t(L.COL_QUANTITY),
                    t(L.COL_BALANCE),
                    t(L.COL_SOURCE),
                    t(L.COL_RECEIPT),
                    t(L.COL_OPERATOR),
                ],
                rows,
                LEDGER_WIDTHS,
                align_right={3, 4},
            )
        )
    else:
        story.append(para(t(L.NO_MOVEMENTS), "body"))
    story.extend(section_heading(t(L.BALANCES)))
    story.append(
        data_table(
            [
                t(L.COL_ITEM),
                t(L.COL_UNIT_OF_COUNT),
                t(L.COL_UNIT_VALUE),
                t(L.COL_ON_HAND),
                t(L.COL_VALUE),
                t(L.COL_THRESHOLD),
                t(L.COL_STOCK_STATE),
            ],
            [
                [
                    b.name,
                    b.unit,
                    money(b.unit_value),
                    b.on_hand,
                    money(b.value),
                    b.low_stock_threshold,
                    t(L.INACTIVE) if not b.active else (t(L.LOW_STOCK) if b.low else ""),
                ]
                for b in report.balances
            ],
            [w * mm for w in (80, 24, 30, 26, 36, 24, 41)],
            align_right={2, 3, 4, 5},
        )
    )
    story.append(sign_off())
    return story


def build_stock_report(
    out: Out, report: StockReport, operator: str, **options: Unpack[BuildOptions]
) -> None:
    title = L.t(L.STOCK_TITLE)
    build_report(
        out, stock_story(report), report.station_name, title, operator, landscape=True, **options
    )
