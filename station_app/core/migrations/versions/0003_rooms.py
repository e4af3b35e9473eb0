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
    op.create_table(
        "holiday_override",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.CheckConstraint("kind IN ('holiday', 'workday')", name=op.f("ck_holiday_override_kind")),
        sa.PrimaryKeyConstraint("date", name=op.f("pk_holiday_override")),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("private_by_default", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("what_to_bring", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(ddl.in_list("kind", ROOM_KINDS), name=op.f("ck_room_kind")),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_room_capacity")),
        sa.CheckConstraint("slot_minutes BETWEEN 5 AND 240", name=op.f("ck_room_slot_minutes")),
        sa.CheckConstraint("buffer_minutes BETWEEN 0 AND 120", name=op.f("ck_room_buffer_minutes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("name", name=op.f("uq_room_name")),
    )
    op.create_table(
        "room_hours",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_room_hours_weekday")),
        sa.CheckConstraint("opens < closes", name=op.f("ck_room_hours_opens_before_closes")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_room_hours_room_id_room")),
        sa.PrimaryKeyConstraint("room_id", "weekday", name=op.f("pk_room_hours")),
    )
    op.create_table(
        "booking_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("every_weeks", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("occurrences", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("every_weeks >= 1", name=op.f("ck_booking_series_every_weeks")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operator.id"], name=op.f("fk_booking_series_created_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_booking_series_room_id_room")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_series")),
    )
    # Built before the table's other constraints: CREATE TABLE lists them in that order.
    time_checks = ddl.time_checks(
        "booking",
        max_hours=36,
        columns=("starts_at", "ends_at", "blocked_until"),
        until="blocked_until",
    )
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_no", sa.String(length=20), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=False),
        sa.Column("purpose", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("requester_member_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.String(length=60), nullable=False),
        sa.Column("caller_mobile", sa.String(length=20), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("handled_by", sa.String(length=60), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancel_reason", sa.String(length=200), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(ddl.in_list("purpose", PURPOSES), name=op.f("ck_booking_purpose")),
        sa.CheckConstraint(ddl.in_list("status", STATUSES), name=op.f("ck_booking_status")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_booking_ends_after_start")),
        sa.CheckConstraint("blocked_until >= ends_at", name=op.f("ck_booking_blocked_until")),
        sa.CheckConstraint("attendees >= 1", name=op.f("ck_booking_attendees")),
        *time_checks,
        sa.ForeignKeyConstraint(
            ["created_by"], ["operator.id"], name=op.f("fk_booking_created_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["requester_member_id"],
            ["member.id"],
            name=op.f("fk_booking_requester_member_id_member"),
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_booking_room_id_room")),
        sa.ForeignKeyConstraint(
            ["series_id"], ["booking_series.id"], name=op.f("fk_booking_series_id_booking_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("booking_no", name=op.f("uq_booking_booking_no")),
    )
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_requester_member_id"), ["requester_member_id"], unique=False
        )
        batch_op.create_index(
            "ix_booking_room_id_starts_at", ["room_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_booking_series_id"), ["series_id"], unique=False)
        batch_op.create_index("ix_booking_starts_at", ["starts_at"], unique=False)

    NO_OVERLAP.create()
    _seed_rooms()


def _seed_rooms() -> None:
    bind = op.get_bind()
    stamp = dt.datetime.now().replace(microsecond=0)
    room = sa.table(
        "room",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("kind", sa.String),
        sa.column("capacity", sa.Integer),
        sa.column("slot_minutes", sa.Integer),
        sa.column("buffer_minutes", sa.Integer),
        sa.column("private_by_default", sa.Boolean),
        sa.column("active", sa.Boolean),
        sa.column("sort_order", sa.Integer),
        sa.column("what_to_bring", sa.Text),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    hours = sa.table(
        "room_hours",
        sa.column("room_id", sa.Integer),
        sa.column("weekday", sa.Integer),
        sa.column("opens", sa.Time),
        sa.column("closes", sa.Time),
    )
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
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index("ix_booking_starts_at")
        batch_op.drop_index(batch_op.f("ix_booking_series_id"))
        batch_op.drop_index("ix_booking_room_id_starts_at")
        batch_op.drop_index(batch_op.f("ix_booking_requester_member_id"))

    op.drop_table("booking")
    op.drop_table("booking_series")
    op.drop_table("room_hours")
    op.drop_table("room")
    op.drop_table("holiday_override")
