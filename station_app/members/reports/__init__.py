"""Member printouts (reportlab, Qt-free), built from plain data.

* :mod:`.receipt` — 入会登记回执, the intake receipt with the member's copy and the
  station's stub
* :mod:`.unit_ledger` — 单位台账, the units with their staff member and last contact
"""

from station_app.members.reports.receipt import (
    RECEIPT_TITLE,
    ReceiptData,
    build_receipt,
    print_receipt,
    receipt_data,
)
from station_app.members.reports.unit_ledger import (
    LedgerData,
    build_unit_ledger,
    ledger_data,
    print_unit_ledger,
)

__all__ = [
    "RECEIPT_TITLE",
    "LedgerData",
    "ReceiptData",
    "build_receipt",
    "build_unit_ledger",
    "ledger_data",
    "print_receipt",
    "print_unit_ledger",
    "receipt_data",
]
