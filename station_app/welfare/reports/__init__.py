"""Welfare printouts (reportlab, Qt-free), built from plain data.

* :mod:`.handout` — 发放签收表 (hand-out sign-off list)
* :mod:`.summary` — campaign summary
* :mod:`.stock` — stock report (balances and a period's movements)
* :mod:`.receipt` — 领取凭证 with a QR code of the receipt number
"""

from station_app.welfare.reports.handout import build_handout
from station_app.welfare.reports.receipt import build_receipt
from station_app.welfare.reports.stock import build_stock_report
from station_app.welfare.reports.summary import build_summary

__all__ = ["build_handout", "build_receipt", "build_stock_report", "build_summary"]
