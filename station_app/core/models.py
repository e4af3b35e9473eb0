"""The one MetaData (with its naming convention) and core's tables, as Core tables
with their row classes (core/rows.py: mapped by the ORM on first use)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from station_app.core import clock
from station_app.core.rows import Row

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def stamped() -> tuple[Column[object], Column[object]]:
    """``created_at`` and ``updated_at`` (the station's naive local time), the last
    columns of a table; the services set ``updated_at`` on every change (core/orm.py
    ``Stamped`` is the same for a declared table)."""
    return (
        Column("created_at", DateTime(), nullable=False, default=clock.now),
        Column("updated_at", DateTime(), nullable=False, default=clock.now),
    )


def one_of(column: str, codes: Sequence[str], nullable: bool = False) -> CheckConstraint:
    """CHECK named after ``column``: it holds one of ``codes`` (or NULL when ``nullable``)."""
    listed = f"{column} IN ({', '.join(repr(code) for code in codes)})"
    return CheckConstraint(f"{column} IS NULL OR {listed}" if nullable else listed, name=column)


# The station's profile: one row, printed on every page.
station_t = Table(
    "station",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("address", String(200), nullable=False, default=""),
    Column("phone", String(40), nullable=False, default=""),
    Column("member_no_prefix", String(10), nullable=False),
    Column("created_at", DateTime(), nullable=False, default=clock.now),
)

# Someone who logs in at the desk: role ``admin`` or ``desk``.
operator_t = Table(
    "operator",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("username", String(40), nullable=False, unique=True),
    Column("display_name", String(40), nullable=False),
    Column("role", String(10), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean(), nullable=False, default=True),
    Column("failed_logins", Integer(), nullable=False, default=0),
    Column("locked_until", DateTime(), nullable=True),
    Column("created_at", DateTime(), nullable=False, default=clock.now),
    Column("last_login_at", DateTime(), nullable=True),
)

# Append-only: who did what to which record, with a before/after summary.
audit_log_t = Table(
    "audit_log",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("at", DateTime(), nullable=False, default=clock.now, index=True),
    Column("operator_id", Integer(), ForeignKey("operator.id"), nullable=True),
    Column("operator_name", String(40), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(40), nullable=False, default=""),
    Column("summary", Text(), nullable=False, default=""),
    Index("ix_audit_log_entity", "entity", "entity_id"),
)

# Last number handed out per series and year (receipts, member numbers).
serial_counter_t = Table(
    "serial_counter",
    metadata,
    Column("series", String(20), primary_key=True),
    Column("year", Integer(), primary_key=True),
    Column("last_value", Integer(), nullable=False, default=0),
)


class Station(Row):
    __table__ = station_t


class Operator(Row):
    __table__ = operator_t


class AuditLog(Row):
    __table__ = audit_log_t


class SerialCounter(Row):
    __table__ = serial_counter_t
