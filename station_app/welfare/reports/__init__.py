"""Welfare printouts (reportlab, Qt-free), built from plain data.

* :mod:`.handout` — 发放签收表 (hand-out sign-off list)
* :mod:`.summary` — campaign summary
* :mod:`.stock` — stock report (balances and a period's movements)
* :mod:`.receipt` — 领取凭证 with a QR code of the receipt number

The build functions are loaded when first asked for (they load reportlab), so that
the screens can use the labels of :mod:`.common` without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station_app.welfare.reports.handout import build_handout
    from station_app.welfare.reports.receipt import build_receipt
    from station_app.welfare.reports.stock import build_stock_report
    from station_app.welfare.reports.summary import build_summary

_MODULES = {
    "build_handout": "handout",
    "build_receipt": "receipt",
    "build_stock_report": "stock",
    "build_summary": "summary",
}

__all__ = ["build_handout", "build_receipt", "build_stock_report", "build_summary"]


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
