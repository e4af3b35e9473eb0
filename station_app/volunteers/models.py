"""Tables of the volunteer brigade: teams, volunteers and their skills, service
activities, their shifts, who is on which shift, and the certificates issued.

Times are naive local time of the station (``core/clock.py``): ``timestamp without
time zone`` on PostgreSQL, SQLAlchemy's fixed-width text (``YYYY-MM-DD
HH:MM:SS.ffffff``) on SQLite, so text order is time order there (a CHECK pins the
format on SQLite, migration 0005).

No volunteer is ever on two overlapping shifts. Each assignment carries a copy of
its shift's ``starts_at``/``ends_at`` (a composite foreign key to the shift with
``ON UPDATE CASCADE`` keeps the copy true), so the database can hold the rule on
the assignment table alone (migration 0005): SQLite ``BEFORE INSERT/UPDATE``
triggers raising ``volunteer_overlap``, PostgreSQL ``EXCLUDE USING gist`` named
``ex_assignment_no_overlap``. Cancelled assignments and those an administrator
let overlap (``override_reason`` set) are left out of the rule. Intervals are
half-open, ``[starts_at, ends_at)``: back-to-back shifts are fine. A shift lasts at
most :data:`MAX_SHIFT` (a CHECK), so overlap searches walk the
``(volunteer_id, starts_at)`` index over a short range only.

A volunteer who is a member points at the member (``member_id``, unique: a member
is a volunteer at most once) and keeps no copy of the name, mobile or ID number;
a volunteer who is not a member has their own (``name``, ``id_number``...).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from station_app.core import clock
from station_app.core.models import one_of
from station_app.core.orm import Base, Stamped

# Code values; their labels live in volunteers/labels.py (translated).
ACTIVITY_KINDS = (
    "help",  # 扶助
    "mediation",  # 调解
    "publicity",  # 宣传
    "liaison",  # 联络
    "organising",  # 组织
    "neighbourhood_watch",  # 邻里守望
    "elderly_disabled",  # 敬老助残
    "community_building",  # 家园建设
    "other",  # 其他
)
SCHEDULED, CONFIRMED, ATTENDED, ABSENT, CANCELLED = (
    "scheduled",  # 已安排
    "confirmed",  # 已确认
    "attended",  # 已到岗
    "absent",  # 缺勤
    "cancelled",  # 已取消
)
STATUSES = (SCHEDULED, CONFIRMED, ATTENDED, ABSENT, CANCELLED)
LIVE_STATUSES = (SCHEDULED, CONFIRMED, ATTENDED, ABSENT)  # hold the volunteer's time

# Domain data: the skills the brigade asks about (seeded by 0005, editable).
DEFAULT_SKILLS = ("宣传", "调解", "扶助", "联络", "组织", "急救", "驾驶", "摄影")

MAX_SHIFT = dt.timedelta(hours=24)  # the database's CHECK; overlap searches look back this far
HOURS = Numeric(5, 2)
TOTAL_HOURS = Numeric(8, 2)
CERTIFICATE_SERIES = "certificate"  # serial_counter series
CERTIFICATE_PREFIX = "ZM"  # 证明

# Usual availability: 7 weekdays (0 = Monday) x morning / afternoon / evening, one bit
# each, bit = weekday * 3 + part. See volunteers/availability.py.
AVAILABILITY_BITS = 21
AVAILABLE_ALWAYS = (1 << AVAILABILITY_BITS) - 1

OVERLAP_MARKER = "volunteer_overlap"  # SQLite trigger message
OVERLAP_CONSTRAINT = "ex_assignment_no_overlap"  # PostgreSQL exclusion constraint


class Team(Stamped, Base):
    """志愿者服务大队 (no parent) and its 社区分队 (parent = the brigade)."""

    __tablename__ = "team"
    __table_args__ = (CheckConstraint("parent_id IS NULL OR parent_id <> id", name="parent"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    # volunteer references team too: this key is added after both tables exist.
    leader_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", use_alter=True, name="fk_team_leader_volunteer_id_volunteer")
    )
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class Volunteer(Stamped, Base):
    """志愿者: a member (``member_id``) or someone with their own identity fields."""

    __tablename__ = "volunteer"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        CheckConstraint(
            "(member_id IS NOT NULL AND id_number IS NULL AND name = '' AND mobile = '')"
            " OR (member_id IS NULL AND id_number IS NOT NULL AND name <> '')",
            name="identity",
        ),
        CheckConstraint(f"availability BETWEEN 0 AND {AVAILABLE_ALWAYS}", name="availability"),
        Index("ix_volunteer_team_id", "team_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), unique=True)
    # Non-members only (members' come from the member row, never copied):
    name: Mapped[str] = mapped_column(String(60), default="")
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    id_type: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[str | None] = mapped_column(String(1))
    mobile: Mapped[str] = mapped_column(String(20), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Everyone:
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    availability: Mapped[int] = mapped_column(default=AVAILABLE_ALWAYS)
    joined_on: Mapped[dt.date]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Skill(Base):
    """An entry of the editable skill list (宣传, 调解, 急救, ...)."""

    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class VolunteerSkill(Base):
    __tablename__ = "volunteer_skill"
    __table_args__ = (Index("ix_volunteer_skill_skill_id", "skill_id"),)

    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True)


class Activity(Stamped, Base):
    """服务行动: one outing of the brigade or a squad (park clean-up, visits...)."""

    __tablename__ = "activity"
    __table_args__ = (
        one_of("kind", ACTIVITY_KINDS),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_activity_starts_at", "starts_at"),
        Index("ix_activity_team_id", "team_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(24), default="other")
    place: Mapped[str] = mapped_column(String(100), default="")
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class Shift(Stamped, Base):
    """班次: a time range of an activity, a role (岗位) and the places needed (名额)."""

    __tablename__ = "shift"
    __table_args__ = (
        # Target of the assignment's composite key (its copy of the times).
        UniqueConstraint("id", "starts_at", "ends_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("places BETWEEN 1 AND 500", name="places"),
        Index("ix_shift_activity_id", "activity_id"),
        Index("ix_shift_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    role: Mapped[str] = mapped_column(String(40), default="")
    places: Mapped[int] = mapped_column(default=1)


class Assignment(Stamped, Base):
    """A volunteer on a shift, its status and the hours it counts for.

    ``hours`` defaults to the shift's length; a correction keeps its reason in
    ``hours_reason`` ("" = not corrected, follows the shift). ``override_reason`` is
    set only when an administrator let this assignment overlap another one.
    """

    __tablename__ = "assignment"
    __table_args__ = (
        ForeignKeyConstraint(
            ["shift_id", "starts_at", "ends_at"],
            ["shift.id", "shift.starts_at", "shift.ends_at"],
            onupdate="CASCADE",
        ),
        UniqueConstraint("shift_id", "volunteer_id"),
        one_of("status", STATUSES),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("hours >= 0 AND hours <= 24", name="hours"),
        CheckConstraint("override_reason IS NULL OR override_reason <> ''", name="override"),
        # The overlap check and a volunteer's history.
        Index("ix_assignment_volunteer_id_starts_at", "volunteer_id", "starts_at"),
        # Year figures.
        Index("ix_assignment_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int]
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    starts_at: Mapped[dt.datetime]  # = the shift's, kept by the composite key
    ends_at: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(12), default=SCHEDULED)
    hours: Mapped[Decimal] = mapped_column(HOURS)
    hours_reason: Mapped[str] = mapped_column(String(200), default="")
    override_reason: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class VolunteerCertificate(Base):
    """志愿服务记录证明 issued: its number, whom it is for, the period and the hours."""

    __tablename__ = "volunteer_certificate"
    __table_args__ = (
        Index("ix_volunteer_certificate_volunteer_id", "volunteer_id"),
        CheckConstraint("asked_until IS NULL OR asked_until >= last_day", name="asked_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    activities: Mapped[int]
    hours: Mapped[Decimal] = mapped_column(TOTAL_HOURS)
    issued_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    issued_by_name: Mapped[str] = mapped_column(String(40), default="")
    # The period asked for ends here; last_day (printed) stops at the issue date.
    asked_until: Mapped[dt.date | None]
    replaced_by: Mapped[str | None] = mapped_column(String(20))  # the reissue's number
