"""Welfare spreadsheets (.xlsx), Qt-free.

* :mod:`.exports` — a campaign's recipients and the stock ledger
"""
