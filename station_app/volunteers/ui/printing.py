"""Printouts and the hours export of the volunteer tab.

The data is read (and a certificate numbered) on the UI thread, one quick use case;
the PDF is built off the UI thread by :func:`preview_pdf`, which then shows
the preview (print, save, open in the system viewer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.volunteers.queries.views import VolunteerViews
from station_app.volunteers.service import CertificateService
from station_app.volunteers.service.certificates import year_period
from station_app.volunteers.sheets.hours import export_year_hours
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf, signed_by
from station_app.widgets.save_path import ask_save_path


def tr(text: str) -> str:
    return QCoreApplication.translate("VolunteersPrinting", text)


def print_roster(
    parent: QWidget, context: DeskContext, activity_id: int, leader_copy: bool = False
) -> PdfBuildJob | None:
    """排班表 of the activity; the leader's copy (full mobiles) for administrators."""
    from station_app.volunteers import reports  # reportlab: on the first print

    title = tr("Roster")
    return preview_pdf(
        parent,
        title,
        lambda: VolunteerViews(context.db).roster(context.actor, activity_id, leader_copy),
        signed_by(reports.build_roster, context.actor.display_name),
        lambda roster: f"{title} {roster.activity.title}",
    )


def print_certificate(
    parent: QWidget, context: DeskContext, volunteer_id: int, year: int
) -> PdfBuildJob | None:
    """志愿服务记录证明 of the year: numbered and recorded, then printed."""
    from station_app.volunteers import reports

    title = tr("Service certificate")
    first, last = year_period(year)
    return preview_pdf(
        parent,
        title,
        lambda: CertificateService(context.db).issue(context.actor, volunteer_id, first, last),
        signed_by(reports.build_certificate, context.actor.display_name),
        lambda data: f"{title} {data.name} {year}",
    )


def print_year_summary(parent: QWidget, context: DeskContext, year: int) -> PdfBuildJob | None:
    from station_app.volunteers import reports

    title = tr("Year summary")
    return preview_pdf(
        parent,
        title,
        lambda: VolunteerViews(context.db).year_summary(year),
        signed_by(reports.build_year_summary, context.actor.display_name),
        f"{title} {year}",
    )


def ask_year(parent: QWidget, title: str, year: int) -> int | None:
    value, ok = QInputDialog.getInt(parent, title, tr("Year:"), year, 2000, 2100)
    return value if ok else None


def export_hours(parent: QWidget, context: DeskContext, year: int) -> str | None:
    """Every attended shift of the year to an .xlsx the desk names; the sentence for
    the status line, or None when cancelled."""
    title = tr("Export hours")
    name = tr("volunteer-hours-{year}.xlsx").format(year=year)
    path = ask_save_path(parent, title, name)
    if path is None:
        return None
    try:
        count = export_year_hours(context.db, year, path)
    except (DeskError, OSError) as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    return tr("Exported {count} lines of hours to {path}.").format(count=count, path=path)
