"""Tables of member intake: communities, units (where unions are founded), members;
Core tables with their row classes (core/rows.py: mapped by the ORM on first use)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine.interfaces import ExecutionContext

from station_app.core.models import metadata, one_of, stamped
from station_app.core.rows import Row
from station_app.core.search import name_keys, normalize_query

# Code values; their Chinese labels live in the UI translations.
UNION_STATUSES = ("none", "own", "joint")  # 未建会 / 独立建会 / 联合建会
ID_TYPES = ("resident_id", "hmt_permit", "foreign_pr", "passport", "other")
MEMBER_STATUSES = ("active", "transferred", "withdrawn")
CONTACT_KINDS = ("visit", "meeting", "founded", "other")  # 走访 / 沟通会 / 建会 / 其他
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


def _name_sort_column() -> Column[str]:
    """``name_pinyin``: what the lists sort names by, filled in when an insert leaves it out."""
    return Column(
        "name_pinyin",
        String(NAME_SORT_LENGTH),
        nullable=False,
        default=_name_sort_default,
        server_default="",
    )


# 社区 / 社区联合工会: a street has about nine. A retired one (merged, renamed by the
# district) stays on the records that name it but is not offered for new ones.
community_t = Table(
    "community",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(60), nullable=False, unique=True),
    Column("sort_order", Integer(), nullable=False, default=0),
    Column("retired", Boolean(), nullable=False, default=False, server_default=false()),
)

# 单位: an employer, with or without its own union.
unit_t = Table(
    "unit",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    _name_sort_column(),
    Column("uscc", String(18), nullable=True, unique=True),
    Column("community_id", Integer(), ForeignKey("community.id"), nullable=True, index=True),
    Column("address", String(200), nullable=False, default=""),
    Column("contact_name", String(40), nullable=False, default=""),
    Column("contact_phone", String(40), nullable=False, default=""),
    Column("employee_count", Integer(), nullable=True),
    Column("union_status", String(10), nullable=False, default="none"),
    Column("union_founded_on", Date(), nullable=True),
    Column("union_name", String(120), nullable=False, default=""),
    Column("union_chair", String(40), nullable=False, default=""),
    Column("search_text", Text(), nullable=False, default=""),
    # 包干: the operator account responsible for the unit (NULL: nobody yet).
    Column("staff_operator_id", Integer(), ForeignKey("operator.id"), nullable=True, index=True),
    *stamped(),
    one_of("union_status", UNION_STATUSES),
    CheckConstraint("employee_count IS NULL OR employee_count >= 0", name="employee_count"),
)

# A note of a contact with a unit (台账): the day, what happened, a line of text.
unit_contact_t = Table(
    "unit_contact",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("unit_id", Integer(), ForeignKey("unit.id", ondelete="CASCADE"), nullable=False),
    Column("contacted_on", Date(), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("note", String(200), nullable=False, default=""),
    Column("operator_id", Integer(), ForeignKey("operator.id"), nullable=True),
    Column("created_at", DateTime(), nullable=False),
    one_of("kind", CONTACT_KINDS),
    Index("ix_unit_contact_unit_id_contacted_on", "unit_id", "contacted_on"),
)

# 会员. ``search_text`` holds name, pinyin keys, mobile, ID and member number.
member_t = Table(
    "member",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("member_no", String(20), nullable=False, unique=True),
    Column("name", String(60), nullable=False),
    _name_sort_column(),
    Column("id_type", String(20), nullable=False, default="resident_id"),
    Column("id_number", String(40), nullable=False),
    Column("gender", String(1), nullable=False),
    Column("birth_date", Date(), nullable=True),
    Column("mobile", String(20), nullable=False, default=""),
    Column("landline", String(30), nullable=False, default=""),
    Column("unit_id", Integer(), ForeignKey("unit.id"), nullable=True, index=True),
    Column("community_id", Integer(), ForeignKey("community.id"), nullable=True, index=True),
    Column("joined_on", Date(), nullable=False, index=True),
    Column("status", String(12), nullable=False, default="active", index=True),
    Column("status_changed_on", Date(), nullable=True),
    Column("status_note", String(200), nullable=False, default=""),
    Column("hardship_level", String(10), nullable=True),
    Column("outdoor_kind", String(12), nullable=True),
    Column("migrant_worker", Boolean(), nullable=False, default=False),
    Column("model_worker", Boolean(), nullable=False, default=False),
    Column("notes", Text(), nullable=False, default=""),
    Column("search_text", Text(), nullable=False, default=""),
    *stamped(),
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


class Community(Row):
    __table__ = community_t


class Unit(Row):
    __table__ = unit_t


class UnitContact(Row):
    __table__ = unit_contact_t


class Member(Row):
    __table__ = member_t
