"""Tables of member intake: communities, units (where unions are founded), members."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine.interfaces import ExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from station_app.core.models import Base, Stamped, one_of
from station_app.core.search import name_keys, normalize_query

# Code values; their Chinese labels live in the UI translations.
UNION_STATUSES = ("none", "own", "joint")  # 未建会 / 独立建会 / 联合建会
ID_TYPES = ("resident_id", "hmt_permit", "foreign_pr", "passport", "other")
MEMBER_STATUSES = ("active", "transferred", "withdrawn")
HARDSHIP_LEVELS = ("ordinary", "severe")
OUTDOOR_KINDS = ("sanitation", "courier", "delivery", "assistant", "taxi", "logistics", "other")
NAME_SORT_LENGTH = 200


def name_sort_key(name: str) -> str:
    """What lists sort names by: the usual full pinyin (单丽 -> shanli), as Excel does."""
    keys = name_keys(name)
    return (keys[0] if keys else normalize_query(name))[:NAME_SORT_LENGTH]


def _name_sort_default(context: ExecutionContext) -> str:
    """Bulk inserts that leave ``name_pinyin`` out (demo data) still get a sort key."""
    return name_sort_key(context.get_current_parameters().get("name") or "")


class Community(Base):
    """社区 / 社区联合工会: a street has about nine. A retired one (merged, renamed by the
    district) stays on the records that name it but is not offered for new ones."""

    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class Unit(Stamped, Base):
    """单位: an employer, with or without its own union."""

    __tablename__ = "unit"
    __table_args__ = (
        one_of("union_status", UNION_STATUSES),
        CheckConstraint("employee_count IS NULL OR employee_count >= 0", name="employee_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_pinyin: Mapped[str] = mapped_column(
        String(NAME_SORT_LENGTH), default=_name_sort_default, server_default=""
    )
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    employee_count: Mapped[int | None]
    union_status: Mapped[str] = mapped_column(String(10), default="none")
    union_founded_on: Mapped[dt.date | None]
    union_name: Mapped[str] = mapped_column(String(120), default="")
    union_chair: Mapped[str] = mapped_column(String(40), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class Member(Stamped, Base):
    """会员. ``search_text`` holds name, pinyin keys, mobile, ID and member number."""

    __tablename__ = "member"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        one_of("status", MEMBER_STATUSES),
        one_of("gender", ("M", "F")),
        one_of("id_type", ID_TYPES),
        one_of("hardship_level", HARDSHIP_LEVELS, nullable=True),
        one_of("outdoor_kind", OUTDOOR_KINDS, nullable=True),
        Index("ix_member_name", "name"),
        Index("ix_member_mobile", "mobile"),
        # Covers ORDER BY name_pinyin, name, id: the list sorted by name needs no sort step.
        Index("ix_member_name_pinyin", "name_pinyin", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    name_pinyin: Mapped[str] = mapped_column(
        String(NAME_SORT_LENGTH), default=_name_sort_default, server_default=""
    )
    id_type: Mapped[str] = mapped_column(String(20), default="resident_id")
    id_number: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None]
    mobile: Mapped[str] = mapped_column(String(20), default="")
    landline: Mapped[str] = mapped_column(String(30), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)
    status_changed_on: Mapped[dt.date | None]
    status_note: Mapped[str] = mapped_column(String(200), default="")
    hardship_level: Mapped[str | None] = mapped_column(String(10))
    outdoor_kind: Mapped[str | None] = mapped_column(String(12))
    migrant_worker: Mapped[bool] = mapped_column(default=False)
    model_worker: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
