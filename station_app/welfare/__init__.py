"""Welfare gifts (慰问品发放): stock ledger, campaigns, eligibility, desk hand-out,
sign-off lists.

Qt-free backend: ``models`` (tables), ``types`` (plain values in and out; the data of
each printout in ``types.printouts``), ``labels`` (words of printouts and exports),
``queries`` (selects behind lists and views), ``service`` (use cases, one transaction
each), ``reports`` (PDFs), ``sheets`` (.xlsx exports), ``cli`` (``station-app print
...``), ``demo`` (synthetic data). The tab lives in ``ui/``.
"""
