"""rooms: rooms and hours (five seeded), bookings that never overlap, holiday overrides

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:00:00.000000

The database itself refuses two bookings of a room that overlap, buffer included,
for every status but ``cancelled``; intervals are half-open
``[starts_at, blocked_until)``:

* SQLite: BEFORE INSERT / BEFORE UPDATE triggers, ``RAISE(ABORT, 'booking_overlap')``.
  Times are text there, so a CHECK pins them to SQLAlchemy's fixed-width format
  (text order is then time order).
* PostgreSQL: ``EXCLUDE USING gist (room_id WITH =, tsrange(...) WITH &&)`` with
  btree_gist; the violation is SQLSTATE 23P01 on ``ex_booking_no_overlap``.

A booking plus its buffer spans at most 36 hours (CHECK), so the overlap search
only walks ``ix_booking_room_id_starts_at`` from ``starts_at - 36 h`` (two days in
the trigger), never the room's whole history.
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from station_app.core.migrations import ddl

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the code lists at this revision (a migration never imports models).
ROOM_KINDS = ("mediation", "counselling", "mother_baby", "hall", "reading")
PURPOSES = ("mediation", "counselling", "mother_baby", "activity", "meeting", "other")
STATUSES = ("booked", "checked_in", "completed", "no_show", "cancelled")

# Domain data: the station's five rooms (name, kind, capacity, private, what to bring).
DEFAULT_ROOMS = (
    ("劳动争议调解室", "mediation", 8, True,
     "本人身份证；劳动合同、工资条、考勤记录、聊天记录等与争议有关的材料（原件及复印件）。"),
    ("心理咨询室", "counselling", 3, True,
     "无需携带材料。请提前五分钟到达；如需改期，请提前一天来电。"),
    ("母婴关爱室", "mother_baby", 3, False,
     "京卡或会员证；婴儿用品请自备。"),
    ("多功能厅", "hall", 80, False,
     "活动方案和参加人员名单；如需投影、音响，请预约时说明。"),
    ("职工书屋", "reading", 30, False,
     "京卡或会员证；借阅图书请带回执。"),
)  # fmt: skip
DEFAULT_HOURS = ((0, 1, 2, 3, 4), "09:00:00", "17:30:00")  # Monday to Friday

# A booking plus its buffer spans 36 h at most: the SQLite triggers look 2 days back.
NO_OVERLAP = ddl.NoOverlap(
    table="booking",
    alias="b",
    key="room_id",
    until="blocked_until",
    reach="-2 days",
    active=("status <> 'cancelled'",),
    error="booking_overlap",
)


def upgrade() -> None:
    ddl.Table(
        "holiday_override",
        """
        date  date
        kind  varchar(10)
        name  varchar(40)
        """,
        ddl.one_of("kind", ("holiday", "workday")),
        key=("date",),
    ).create()
    room = ddl.Table(
        "room",
        """
        name                varchar(40)
        kind                varchar(12)
        capacity            integer
        slot_minutes        integer
        buffer_minutes      integer
        private_by_default  boolean
        active              boolean
        sort_order          integer
        what_to_bring       text
        """,
        ddl.one_of("kind", ROOM_KINDS),
        ddl.check("capacity", "capacity >= 1"),
        ddl.check("slot_minutes", "slot_minutes BETWEEN 5 AND 240"),
        ddl.check("buffer_minutes", "buffer_minutes BETWEEN 0 AND 120"),
        ddl.unique("name"),
        stamped=True,
    )
    room.create()
    room_hours = ddl.Table(
        "room_hours",
        """
        room_id  integer
        weekday  integer
        opens    time
        closes   time
        """,
        ddl.check("weekday", "weekday BETWEEN 0 AND 6"),
        ddl.check("opens_before_closes", "opens < closes"),
        ddl.fk("room_id", "room"),
        key=("room_id", "weekday"),
    )
    room_hours.create()
    ddl.Table(
        "booking_series",
        """
        room_id      integer
        every_weeks  integer
        until        date null
        occurrences  integer null
        created_by   integer null
        created_at   datetime
        """,
        ddl.check("every_weeks", "every_weeks >= 1"),
        ddl.fk("created_by", "operator"),
        ddl.fk("room_id", "room"),
    ).create()
    ddl.Table(
        "booking",
        """
        booking_no           varchar(20)
        room_id              integer
        starts_at            datetime
        ends_at              datetime
        blocked_until        datetime
        purpose              varchar(12)
        title                varchar(100)
        requester_member_id  integer null
        caller_name          varchar(60)
        caller_mobile        varchar(20)
        attendees            integer
        handled_by           varchar(60)
        private              boolean
        notes                text
        status               varchar(12)
        cancel_reason        varchar(200)
        checked_in_at        datetime null
        series_id            integer null
        created_by           integer null
        """,
        # CREATE TABLE has listed these first since 0003 was written.
        ddl.span_checks(
            max_hours=36, columns=("starts_at", "ends_at", "blocked_until"), until="blocked_until"
        ),
        ddl.one_of("purpose", PURPOSES),
        ddl.one_of("status", STATUSES),
        ddl.check("ends_after_start", "ends_at > starts_at"),
        ddl.check("blocked_until", "blocked_until >= ends_at"),
        ddl.check("attendees", "attendees >= 1"),
        ddl.fk("created_by", "operator"),
        ddl.fk("requester_member_id", "member"),
        ddl.fk("room_id", "room"),
        ddl.fk("series_id", "booking_series"),
        ddl.unique("booking_no"),
        ddl.index("requester_member_id"),
        ddl.index("room_id", "starts_at"),
        ddl.index("series_id"),
        ddl.index("starts_at"),
        stamped=True,
    ).create()

    NO_OVERLAP.create()
    _seed_rooms(room, room_hours)


def _seed_rooms(rooms: ddl.Table, room_hours: ddl.Table) -> None:
    bind = op.get_bind()
    stamp = dt.datetime.now().replace(microsecond=0)
    room, hours = rooms.rows(), room_hours.rows()
    if bind.execute(sa.select(sa.func.count()).select_from(room)).scalar():
        return
    bind.execute(
        room.insert(),
        [
            {
                "id": number,
                "name": name,
                "kind": kind,
                "capacity": capacity,
                "slot_minutes": 30,
                "buffer_minutes": 0,
                "private_by_default": private,
                "active": True,
                "sort_order": number,
                "what_to_bring": bring,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for number, (name, kind, capacity, private, bring) in enumerate(DEFAULT_ROOMS, 1)
        ],
    )
    weekdays, opens, closes = DEFAULT_HOURS
    bind.execute(
        hours.insert(),
        [
            {
                "room_id": number,
                "weekday": weekday,
                "opens": dt.time.fromisoformat(opens),
                "closes": dt.time.fromisoformat(closes),
            }
            for number in range(1, len(DEFAULT_ROOMS) + 1)
            for weekday in weekdays
        ],
    )
    if bind.dialect.name == "postgresql":  # explicit ids: move the sequence past them
        bind.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('room', 'id'), (SELECT max(id) FROM room))"
            )
        )


def downgrade() -> None:
    NO_OVERLAP.drop()
    ddl.drop_tables("booking", "booking_series", "room_hours", "room", "holiday_override")
