"""Volunteer spreadsheets (.xlsx), Qt-free.

* :mod:`.hours` — a year's service hours: every attended shift, and each volunteer's total
"""
