"""Member printouts (reportlab, Qt-free), built from plain data.

* :mod:`.receipt` — 入会登记回执, the intake receipt with the member's copy and the
  station's stub
"""

from station_app.members.reports.receipt import (
    RECEIPT_TITLE,
    ReceiptData,
    build_receipt,
    print_receipt,
    receipt_data,
)

__all__ = ["RECEIPT_TITLE", "ReceiptData", "build_receipt", "print_receipt", "receipt_data"]
