"""Welfare printouts (reportlab, Qt-free), built from plain data.

* :mod:`.handout` — 发放签收表 (hand-out sign-off list)
* :mod:`.summary` — campaign summary
* :mod:`.stock` — stock report (balances and a period's movements)
* :mod:`.receipt` — 领取凭证 with a QR code of the receipt number

The build functions are loaded when first asked for (they load reportlab), so that
the screens can use the labels of :mod:`.common` without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station_app.welfare.reports.handout import build_handout
    from station_app.welfare.reports.receipt import build_receipt
    from station_app.welfare.reports.stock import build_stock_report
    from station_app.welfare.reports.summary import build_summary

__all__ = ["build_handout", "build_receipt", "build_stock_report", "build_summary"]


def __getattr__(name: str) -> object:
    if name == "build_handout":
        from station_app.welfare.reports.handout import build_handout

        return build_handout
    if name == "build_receipt":
        from station_app.welfare.reports.receipt import build_receipt

        return build_receipt
    if name == "build_stock_report":
        from station_app.welfare.reports.stock import build_stock_report

        return build_stock_report
    if name == "build_summary":
        from station_app.welfare.reports.summary import build_summary

        return build_summary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
