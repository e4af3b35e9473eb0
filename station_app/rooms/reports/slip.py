"""The booking slip (预约回执) for the requester: the booking as the printing operator may
see it, the station's address and phone, what to bring, and a QR code of the number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from station_app.core.actor import Actor
from station_app.core.db import Database
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
from station_app.rooms.reports import words
from station_app.rooms.reports.common import station_page_info
from station_app.rooms.service import BookingService, RoomService
from station_app.rooms.types import BookingRow


@dataclass(frozen=True)
class SlipData:
    booking: BookingRow  # as the printing operator may see it
    address: str
    phone: str
    what_to_bring: str


def slip_story(slip: SlipData) -> list[Flowable]:
    b = slip.booking
    pairs = [
        (tr(words.SLIP_NO), b.booking_no),
        (tr(words.ROOM), b.room_name),
        (tr(words.SLIP_DATE), labels.date_text(b.starts_at.date())),
        (tr(words.TIME), f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"),
    ]
    if not b.hidden:
        pairs += [
            (tr(words.PURPOSE), labels.purpose(b.purpose)),
            (tr(words.PEOPLE), str(b.attendees)),
            (tr(words.SLIP_REQUESTER), b.requester_name),
            (tr(words.SLIP_MOBILE), b.requester_mobile),
        ]
        if b.title and not b.private:
            pairs.append((tr(words.SLIP_SUBJECT), b.title))
    pairs += [(tr(words.STATUS), labels.status(b.status))]
    pairs += [(tr(words.SLIP_ADDRESS), slip.address), (tr(words.SLIP_PHONE), slip.phone)]
    details = key_value_table(pairs, [24 * mm, 56 * mm, 24 * mm, 46 * mm])
    arrive = (
        tr(words.SLIP_ARRIVE_PHONE).format(phone=slip.phone)
        if slip.phone
        else tr(words.SLIP_ARRIVE)
    )
    return [
        title_block(tr(words.SLIP_TITLE)),
        side_by_side([details, qr_code(b.booking_no, size_mm=26)], [150 * mm, 24 * mm]),
        Spacer(1, 4 * mm),
        para(tr(words.SLIP_BRING), "heading"),
        para(slip.what_to_bring or tr(words.SLIP_BRING_DEFAULT), "body"),
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
    build_booking_slip(out, station_page_info(db, actor, tr(words.SLIP_TITLE)), slip)
