"""Printouts and exports of room bookings from the tab and the booking form.

The data is read here, on the UI thread (one quick query); the PDF is built off the
UI thread by :func:`preview_pdf`, which then shows the preview (print, save,
open in the system viewer). Door sheets always show private bookings as "Booked"
only (the report functions see to it, whoever prints).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.rooms.labels import tr as report_tr
from station_app.rooms.service import BookingService, CalendarService, RoomService
from station_app.rooms.sheets.bookings import export_bookings_ics, export_bookings_xlsx
from station_app.rooms.ui.common import FieldErrors, from_qdate, hint, to_qdate
from station_app.widgets.date_entry import DateEdit
from station_app.widgets.dialogs import accept_buttons
from station_app.widgets.pdf_build import PdfBuildJob
from station_app.widgets.print_action import preview_pdf
from station_app.widgets.save_path import ask_save_path

if TYPE_CHECKING:  # the printouts load reportlab: on the first print, not with the tab
    from station_app.core.pdf import CancelFn, PageInfo, ProgressFn

XLSX = "xlsx"
ICS = "ics"


def page_info(context: DeskContext, title: str) -> PageInfo:
    from station_app.core.pdf import page_info as pdf_page_info

    return pdf_page_info(context.station.name, title, context.actor.display_name)


def print_door_sheet(
    parent: QWidget,
    context: DeskContext,
    date: dt.date,
    room_id: int | None = None,
    week: bool = False,
) -> PdfBuildJob | None:
    """门口日程表: one room's day, every room's day, or (``week``) one room's week."""
    from station_app.rooms import reports

    calendar = CalendarService(context.db)

    def read() -> tuple[str, list[reports.ScheduleSection]]:
        if week:
            assert room_id is not None
            return reports.schedule_sections_for_week(calendar, room_id, date)
        return reports.schedule_sections_for_day(calendar, date, room_id)

    info = page_info(context, report_tr(reports.SCHEDULE_TITLE))

    def build(
        path: Path,
        sheet: tuple[str, list[reports.ScheduleSection]],
        progress: ProgressFn,
        cancel: CancelFn,
    ) -> None:
        title, sections = sheet
        reports.build_schedule(path, info, title, sections, progress=progress, should_cancel=cancel)

    return preview_pdf(
        parent,
        QCoreApplication.translate("RoomsPrinting", "Door sheet"),
        read,
        build,
        lambda sheet: sheet[0],
    )


def print_usage_report(
    parent: QWidget, context: DeskContext, year: int, month: int
) -> PdfBuildJob | None:
    """月度使用报表: hours per room, counts by purpose, no-shows (figures only)."""
    from station_app.rooms import reports

    info = page_info(context, report_tr(reports.USAGE_TITLE))
    title = report_tr(reports.USAGE_HEADING).format(year=year, month=month)
    return preview_pdf(
        parent,
        title,
        lambda: CalendarService(context.db).usage_report(year, month),
        lambda path, report, _progress, _cancel: reports.build_usage_report(path, info, report),
    )


def print_booking_slip(
    parent: QWidget, context: DeskContext, booking_id: int
) -> PdfBuildJob | None:
    """预约回执 for the requester, as the printing operator may see the booking."""
    from station_app.rooms import reports

    def read() -> reports.SlipData:
        record = BookingService(context.db).get(context.actor, booking_id)
        room = RoomService(context.db).get_room(record.row.room_id)
        return reports.SlipData(
            booking=record.row,
            address=context.station.address,
            phone=context.station.phone,
            what_to_bring=room.what_to_bring,
        )

    info = page_info(context, report_tr(reports.SLIP_TITLE))

    def build(path: Path, slip: reports.SlipData, progress: ProgressFn, cancel: CancelFn) -> None:
        reports.build_booking_slip(path, info, slip, progress=progress, should_cancel=cancel)

    return preview_pdf(
        parent,
        QCoreApplication.translate("RoomsPrinting", "Booking slip"),
        read,
        build,
        lambda slip: f"{report_tr(reports.SLIP_TITLE)} {slip.booking.booking_no}",
    )


# --- exports -------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Which bookings to export: dates (inclusive) and one room or all."""

    def __init__(
        self,
        kind: str,
        rooms: list[tuple[int, str]],
        first: dt.date,
        last: dt.date,
        room_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(
            self.tr("Export bookings to Excel")
            if kind == XLSX
            else self.tr("Export bookings to a calendar file")
        )
        self.first = DateEdit(to_qdate(first))
        self.first.setObjectName("first")
        self.last = DateEdit(to_qdate(last))
        self.last.setObjectName("last")
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.room = QComboBox()
        self.room.setObjectName("room")
        self.room.addItem(self.tr("All rooms"), None)
        for rid, name in rooms:
            self.room.addItem(name, rid)
        if room_id is not None and self.room.findData(room_id) >= 0:
            self.room.setCurrentIndex(self.room.findData(room_id))
        form = QFormLayout()
        general = QLabel()
        self.errors = FieldErrors(general)
        main = self.errors.form(form)
        self.errors.add_field(main, "first", self.tr("From"), self.first)
        self.errors.add_field(main, "last", self.tr("To"), self.last)
        main.add_row("room", self.tr("Room"), self.room)
        note = (
            self.tr(
                "The spreadsheet shows what you may see: mobile numbers masked, private "
                "bookings you did not make as “Booked” only."
            )
            if kind == XLSX
            else self.tr(
                "Calendar files travel to phones and shared calendars: private bookings are "
                "“Booked” only and no event carries a requester's name or number."
            )
        )
        buttons = accept_buttons(self, self._accept, text=self.tr("Export…"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(note))
        layout.addWidget(general)
        layout.addWidget(buttons)

    def first_date(self) -> dt.date:
        return from_qdate(self.first.date())

    def last_date(self) -> dt.date:
        return from_qdate(self.last.date())

    def room_id(self) -> int | None:
        data = self.room.currentData()
        return int(data) if data is not None else None

    def _accept(self) -> None:
        if self.last_date() < self.first_date():
            self.errors.general.setText(self.tr("The last date is before the first."))
            self.errors.general.setStyleSheet("color: #c0392b;")
            self.errors.general.show()
            return
        self.accept()


def export_bookings(
    parent: QWidget,
    context: DeskContext,
    kind: str,
    first: dt.date,
    last: dt.date,
    room_id: int | None = None,
) -> str | None:
    """Asks for the range and the file, writes it; returns the sentence for the status
    line (None when the desk cancelled)."""
    rooms = [(room.id, room.name) for room in RoomService(context.db).list_rooms(True)]
    dialog = ExportDialog(kind, rooms, first, last, room_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    first, last, room_id = dialog.first_date(), dialog.last_date(), dialog.room_id()
    suffix = ".xlsx" if kind == XLSX else ".ics"
    stem = QCoreApplication.translate("RoomsPrinting", "bookings")
    name = f"{stem}-{first:%Y%m%d}-{last:%Y%m%d}{suffix}"
    path = ask_save_path(parent, dialog.windowTitle(), name, suffix)
    if path is None:
        return None
    try:
        if kind == XLSX:
            count = export_bookings_xlsx(context.db, context.actor, path, first, last, room_id)
        else:
            calendar_name = context.station.name
            count = export_bookings_ics(context.db, path, first, last, room_id, calendar_name)
    except (DeskError, OSError) as error:
        QMessageBox.warning(parent, dialog.windowTitle(), str(error))
        return None
    return QCoreApplication.translate(
        "RoomsPrinting", "Exported {count} bookings to {path}."
    ).format(count=count, path=path)


__all__ = [
    "ICS",
    "XLSX",
    "ExportDialog",
    "export_bookings",
    "page_info",
    "print_booking_slip",
    "print_door_sheet",
    "print_usage_report",
]
