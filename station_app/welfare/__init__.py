"""Welfare gifts (慰问品发放): stock ledger, campaigns, eligibility, desk hand-out,
sign-off lists.

Qt-free backend: ``models`` (tables), ``types`` / ``sheets`` (plain values in and out),
``service`` (use cases, one transaction each), ``reports`` (PDFs and .xlsx exports),
``cli_commands`` (``station-app print ...``), ``demo`` (synthetic data). The tab lives
in ``ui/``.
"""
