"""What the volunteer printouts share: words more than one of them uses."""

from __future__ import annotations

from station_app.core.i18n import QT_TRANSLATE_NOOP

# --- words more than one printout uses ----------------------------------------------

COL_NO = QT_TRANSLATE_NOOP("VolunteersReport", "No.")
NAME = QT_TRANSLATE_NOOP("VolunteersReport", "Name")
DATE = QT_TRANSLATE_NOOP("VolunteersReport", "Date")
COL_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
COL_ROLE = QT_TRANSLATE_NOOP("VolunteersReport", "Role")
COL_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "Kind")
COL_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours")
TOTAL = QT_TRANSLATE_NOOP("VolunteersReport", "Total")
