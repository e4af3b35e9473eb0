"""Printouts of the volunteer brigade (reportlab, Qt-free), one module a printout.

* :mod:`.roster` — the roster (排班表) of an activity
* :mod:`.certificate` — the volunteer service record certificate (志愿服务记录证明)
* :mod:`.summary` — the year's figures

``build_*`` functions turn plain data into a PDF (the bundled font embedded);
``print_*`` functions fetch that data first (CLI and UI). Their words are in
:mod:`.words`.
"""

from station_app.volunteers.reports.certificate import build_certificate, print_certificate
from station_app.volunteers.reports.roster import build_roster, print_roster
from station_app.volunteers.reports.summary import build_year_summary, print_year_summary

__all__ = [
    "build_certificate",
    "build_roster",
    "build_year_summary",
    "print_certificate",
    "print_roster",
    "print_year_summary",
]
