"""Welfare printouts (reportlab, Qt-free) and .xlsx exports, built from plain data.

* :mod:`.handout` — 发放签收表 (hand-out sign-off list)
* :mod:`.summary` — campaign summary
* :mod:`.stock` — stock report (balances and a period's movements)
* :mod:`.receipt` — 领取凭证 with a QR code of the receipt number
* :mod:`.xlsx` — recipients and ledger exports
"""
