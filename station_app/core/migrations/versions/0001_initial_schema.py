"""initial schema: station, operators, audit, members

Revision ID: 0001
Revises:
Create Date: 2026-11-22 07:12:15.314755
"""

from collections.abc import Sequence

from station_app.core.migrations import ddl

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.Table(
        "community",
        """
        name        varchar(60)
        sort_order  integer
        """,
        ddl.unique("name"),
    ).create()
    ddl.Table(
        "operator",
        """
        username       varchar(40)
        display_name   varchar(40)
        role           varchar(10)
        password_hash  varchar(200)
        active         boolean
        failed_logins  integer
        locked_until   datetime null
        created_at     datetime
        last_login_at  datetime null
        """,
        ddl.unique("username"),
    ).create()
    ddl.Table(
        "serial_counter",
        """
        series      varchar(20)
        year        integer
        last_value  integer
        """,
        key=("series", "year"),
    ).create()
    ddl.Table(
        "station",
        """
        name              varchar(100)
        address           varchar(200)
        phone             varchar(40)
        member_no_prefix  varchar(10)
        created_at        datetime
        """,
    ).create()
    ddl.Table(
        "audit_log",
        """
        at             datetime
        operator_id    integer null
        operator_name  varchar(40)
        action         varchar(40)
        entity         varchar(40)
        entity_id      varchar(40)
        summary        text
        """,
        ddl.fk("operator_id", "operator"),
        ddl.index("at"),
        ddl.index("entity", "entity_id", name="ix_audit_log_entity"),
    ).create()

    ddl.Table(
        "unit",
        """
        name              varchar(120)
        uscc              varchar(18) null
        community_id      integer null
        address           varchar(200)
        contact_name      varchar(40)
        contact_phone     varchar(40)
        employee_count    integer null
        union_status      varchar(10)
        union_founded_on  date null
        union_name        varchar(120)
        union_chair       varchar(40)
        search_text       text
        """,
        ddl.one_of("union_status", ("none", "own", "joint")),
        ddl.fk("community_id", "community"),
        ddl.unique("name"),
        ddl.unique("uscc"),
        ddl.index("community_id"),
        stamped=True,
    ).create()

    ddl.Table(
        "member",
        """
        member_no          varchar(20)
        name               varchar(60)
        id_type            varchar(20)
        id_number          varchar(40)
        gender             varchar(1)
        birth_date         date null
        mobile             varchar(20)
        landline           varchar(30)
        unit_id            integer null
        community_id       integer null
        joined_on          date
        status             varchar(12)
        status_changed_on  date null
        status_note        varchar(200)
        hardship_level     varchar(10) null
        outdoor_kind       varchar(12) null
        migrant_worker     boolean
        model_worker       boolean
        notes              text
        search_text        text
        """,
        ddl.one_of("gender", ("M", "F")),
        ddl.one_of("status", ("active", "transferred", "withdrawn")),
        ddl.fk("community_id", "community"),
        ddl.fk("unit_id", "unit"),
        ddl.unique("id_type", "id_number"),
        ddl.unique("member_no"),
        ddl.index("community_id"),
        ddl.index("mobile"),
        ddl.index("name"),
        ddl.index("status"),
        ddl.index("unit_id"),
        stamped=True,
    ).create()

    # The audit log is evidence: the database itself refuses edits and deletions.
    ddl.append_only("audit_log")


def downgrade() -> None:
    ddl.drop_append_only("audit_log")
    ddl.drop_tables(
        "member", "unit", "audit_log", "station", "serial_counter", "operator", "community"
    )
