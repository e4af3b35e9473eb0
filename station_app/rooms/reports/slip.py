"""The booking slip (预约回执) for the requester: the booking as the printing operator may
see it, the station's address and phone, what to bring, and a QR code of the number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.pdf import (
    Out,
    PageInfo,
    Progress,
    build_pdf,
    key_value_table,
    para,
    qr_code,
    side_by_side,
    title_block,
)
from station_app.core.station import StationService
from station_app.rooms import labels
from station_app.rooms.labels import tr
from station_app.rooms.reports.common import station_page_info
from station_app.rooms.service import BookingService, RoomService
from station_app.rooms.types import BookingRow

SLIP_TITLE = QT_TRANSLATE_NOOP("RoomsReport", "Booking slip")
SLIP_NO = QT_TRANSLATE_NOOP("RoomsReport", "Booking number")
SLIP_ROOM = QT_TRANSLATE_NOOP("RoomsReport", "Room")
SLIP_DATE = QT_TRANSLATE_NOOP("RoomsReport", "Date")
SLIP_TIME = QT_TRANSLATE_NOOP("RoomsReport", "Time")
SLIP_PURPOSE = QT_TRANSLATE_NOOP("RoomsReport", "Purpose")
SLIP_SUBJECT = QT_TRANSLATE_NOOP("RoomsReport", "Subject")
SLIP_REQUESTER = QT_TRANSLATE_NOOP("RoomsReport", "Booked for")
SLIP_MOBILE = QT_TRANSLATE_NOOP("RoomsReport", "Mobile")
SLIP_PEOPLE = QT_TRANSLATE_NOOP("RoomsReport", "People")
SLIP_STATUS = QT_TRANSLATE_NOOP("RoomsReport", "Status")
SLIP_ADDRESS = QT_TRANSLATE_NOOP("RoomsReport", "Address")
SLIP_PHONE = QT_TRANSLATE_NOOP("RoomsReport", "Telephone")
SLIP_BRING = QT_TRANSLATE_NOOP("RoomsReport", "What to bring")
SLIP_BRING_DEFAULT = QT_TRANSLATE_NOOP("RoomsReport", "This slip, and your ID card or member card.")
SLIP_ARRIVE = QT_TRANSLATE_NOOP(
    "RoomsReport",
    "Please arrive a few minutes early and show this slip at the desk. If you cannot come, "
    "please let us know in advance.",
)
SLIP_ARRIVE_PHONE = QT_TRANSLATE_NOOP(
    "RoomsReport",
    "Please arrive a few minutes early and show this slip at the desk. If you cannot come, "
    "please call {phone} in advance.",
)


@dataclass(frozen=True)
class SlipData:
    booking: BookingRow  # as the printing operator may see it
    address: str
    phone: str
    what_to_bring: str


def slip_story(slip: SlipData) -> list[Flowable]:
    b = slip.booking
    pairs = [
        (tr(SLIP_NO), b.booking_no),
        (tr(SLIP_ROOM), b.room_name),
        (tr(SLIP_DATE), labels.date_text(b.starts_at.date())),
        (tr(SLIP_TIME), f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"),
    ]
    if not b.hidden:
        pairs += [
            (tr(SLIP_PURPOSE), labels.purpose(b.purpose)),
            (tr(SLIP_PEOPLE), str(b.attendees)),
            (tr(SLIP_REQUESTER), b.requester_name),
            (tr(SLIP_MOBILE), b.requester_mobile),
        ]
        if b.title and not b.private:
            pairs.append((tr(SLIP_SUBJECT), b.title))
    pairs += [(tr(SLIP_STATUS), labels.status(b.status))]
    pairs += [(tr(SLIP_ADDRESS), slip.address), (tr(SLIP_PHONE), slip.phone)]
    details = key_value_table(pairs, [24 * mm, 56 * mm, 24 * mm, 46 * mm])
    arrive = tr(SLIP_ARRIVE_PHONE).format(phone=slip.phone) if slip.phone else tr(SLIP_ARRIVE)
    return [
        title_block(tr(SLIP_TITLE)),
        side_by_side([details, qr_code(b.booking_no, size_mm=26)], [150 * mm, 24 * mm]),
        Spacer(1, 4 * mm),
        para(tr(SLIP_BRING), "heading"),
        para(slip.what_to_bring or tr(SLIP_BRING_DEFAULT), "body"),
        Spacer(1, 2 * mm),
        para(arrive, "small"),
    ]


def build_booking_slip(
    out: Out, info: PageInfo, slip: SlipData, **options: Unpack[Progress]
) -> None:
    build_pdf(out, info, slip_story(slip), **options)


def print_booking_slip(db: Database, actor: Actor, booking_id: int, out: Out) -> None:
    record = BookingService(db).get(actor, booking_id)
    room = RoomService(db).get_room(record.row.room_id)
    profile = StationService(db).profile()
    slip = SlipData(
        booking=record.row,
        address=profile.address if profile else "",
        phone=profile.phone if profile else "",
        what_to_bring=room.what_to_bring,
    )
    build_booking_slip(out, station_page_info(db, actor, tr(SLIP_TITLE)), slip)
