"""volunteers: teams, volunteers, skills (eight seeded), activities, shifts, assignments
that never double-book a volunteer, certificates issued

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 10:00:00.000000

The database itself refuses a volunteer on two overlapping shifts. Each assignment
carries a copy of its shift's times, kept true by a composite foreign key to
``shift (id, starts_at, ends_at)`` with ``ON UPDATE CASCADE`` (moving a shift moves
its assignments, and the rule is checked again on them). Intervals are half-open
``[starts_at, ends_at)``; cancelled assignments and those an administrator let
overlap (``override_reason`` set) take no part:

* SQLite: BEFORE INSERT / BEFORE UPDATE triggers, ``RAISE(ABORT, 'volunteer_overlap')``.
  Times are text there, so a CHECK pins them to SQLAlchemy's fixed-width format
  (text order is then time order).
* PostgreSQL: ``EXCLUDE USING gist (volunteer_id WITH =, tsrange(...) WITH &&)``
  with btree_gist; the violation is SQLSTATE 23P01 on ``ex_assignment_no_overlap``.

A shift lasts at most 24 hours (CHECK), so the trigger only walks
``ix_assignment_volunteer_id_starts_at`` from ``starts_at - 1 day``.
"""

from collections.abc import Sequence

from alembic import op

from station_app.core.migrations import ddl

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the code lists at this revision (a migration never imports models).
ACTIVITY_KINDS = (
    "help",
    "mediation",
    "publicity",
    "liaison",
    "organising",
    "neighbourhood_watch",
    "elderly_disabled",
    "community_building",
    "other",
)
STATUSES = ("scheduled", "confirmed", "attended", "absent", "cancelled")
DEFAULT_SKILLS = ("宣传", "调解", "扶助", "联络", "组织", "急救", "驾驶", "摄影")
AVAILABLE_ALWAYS = (1 << 21) - 1

# A shift lasts 24 h at most: the SQLite triggers look 1 day back.
NO_OVERLAP = ddl.NoOverlap(
    table="assignment",
    alias="a",
    key="volunteer_id",
    until="ends_at",
    reach="-1 day",
    active=("status <> 'cancelled'", "override_reason IS NULL"),
    error="volunteer_overlap",
    update_of="volunteer_id, starts_at, ends_at, status, override_reason",
)


def upgrade() -> None:
    sqlite = ddl.is_sqlite()
    # team.leader_volunteer_id -> volunteer: SQLite takes the forward reference inline
    # (CREATE TABLE has listed it first since 0005 was written), PostgreSQL gets the key
    # once volunteer exists.
    leader = [ddl.fk("leader_volunteer_id", "volunteer")] if sqlite else []
    ddl.Table(
        "team",
        """
        name                 varchar(60)
        parent_id            integer null
        community_id         integer null
        leader_volunteer_id  integer null
        active               boolean
        sort_order           integer
        """,
        *leader,
        ddl.check("parent", "parent_id IS NULL OR parent_id <> id"),
        ddl.fk("community_id", "community"),
        ddl.fk("parent_id", "team"),
        ddl.unique("name"),
        stamped=True,
    ).create()
    ddl.Table(
        "volunteer",
        """
        member_id     integer null
        name          varchar(60)
        name_pinyin   varchar(200)
        id_type       varchar(20) null
        id_number     varchar(40) null
        gender        varchar(1) null
        mobile        varchar(20)
        search_text   text
        team_id       integer
        availability  integer
        joined_on     date
        active        boolean
        notes         text
        """,
        ddl.check(
            "identity",
            "(member_id IS NOT NULL AND id_number IS NULL AND name = '' AND mobile = '')"
            " OR (member_id IS NULL AND id_number IS NOT NULL AND name <> '')",
        ),
        ddl.check("availability", f"availability BETWEEN 0 AND {AVAILABLE_ALWAYS}"),
        ddl.fk("member_id", "member"),
        ddl.fk("team_id", "team"),
        ddl.unique("id_type", "id_number"),
        ddl.unique("member_id"),
        ddl.index("team_id"),
        stamped=True,
    ).create()
    if not sqlite:
        op.create_foreign_key(
            "fk_team_leader_volunteer_id_volunteer",
            "team",
            "volunteer",
            ["leader_volunteer_id"],
            ["id"],
        )

    skill = ddl.Table(
        "skill",
        """
        name        varchar(20)
        sort_order  integer
        active      boolean
        """,
        ddl.unique("name"),
    )
    skill.create()
    ddl.Table(
        "volunteer_skill",
        """
        volunteer_id  integer
        skill_id      integer
        """,
        ddl.fk("skill_id", "skill"),
        ddl.fk("volunteer_id", "volunteer"),
        ddl.index("skill_id"),
        key=("volunteer_id", "skill_id"),
    ).create()

    ddl.Table(
        "activity",
        """
        title        varchar(100)
        kind         varchar(24)
        place        varchar(100)
        starts_at    datetime
        ends_at      datetime
        team_id      integer null
        description  text
        created_by   integer null
        """,
        ddl.one_of("kind", ACTIVITY_KINDS),
        ddl.check("ends_after_start", "ends_at > starts_at"),
        ddl.fk("created_by", "operator"),
        ddl.fk("team_id", "team"),
        ddl.index("starts_at"),
        ddl.index("team_id"),
        stamped=True,
    ).create()

    ddl.Table(
        "shift",
        """
        activity_id  integer
        starts_at    datetime
        ends_at      datetime
        role         varchar(40)
        places       integer
        """,
        ddl.check("ends_after_start", "ends_at > starts_at"),
        ddl.check("places", "places BETWEEN 1 AND 500"),
        ddl.span_checks(max_hours=24),
        ddl.fk("activity_id", "activity"),
        ddl.unique("id", "starts_at", "ends_at"),
        ddl.index("activity_id"),
        ddl.index("starts_at"),
        stamped=True,
    ).create()

    ddl.Table(
        "assignment",
        """
        shift_id         integer
        volunteer_id     integer
        starts_at        datetime
        ends_at          datetime
        status           varchar(12)
        hours            numeric(5, 2)
        hours_reason     varchar(200)
        override_reason  varchar(200) null
        created_by       integer null
        """,
        ddl.one_of("status", STATUSES),
        ddl.check("ends_after_start", "ends_at > starts_at"),
        ddl.check("hours", "hours >= 0 AND hours <= 24"),
        ddl.check("override", "override_reason IS NULL OR override_reason <> ''"),
        ddl.span_checks(max_hours=24),
        ddl.fk("created_by", "operator"),
        ddl.fk(
            ("shift_id", "starts_at", "ends_at"),
            "shift",
            ("id", "starts_at", "ends_at"),
            onupdate="CASCADE",
        ),
        ddl.fk("volunteer_id", "volunteer"),
        ddl.unique("shift_id", "volunteer_id"),
        ddl.index("starts_at"),
        ddl.index("volunteer_id", "starts_at"),
        stamped=True,
    ).create()

    ddl.Table(
        "volunteer_certificate",
        """
        number          varchar(20)
        volunteer_id    integer
        first_day       date
        last_day        date
        activities      integer
        hours           numeric(8, 2)
        issued_at       datetime
        issued_by       integer null
        issued_by_name  varchar(40)
        """,
        ddl.fk("issued_by", "operator"),
        ddl.fk("volunteer_id", "volunteer"),
        ddl.unique("number"),
        ddl.index("volunteer_id"),
    ).create()

    NO_OVERLAP.create()
    _seed_skills(skill)


def create_overlap_guards() -> None:
    """SQLite triggers. Batch mode drops them with the table it recreates: a later
    migration that batch-alters ``assignment`` must create them again (with its own
    copy of ``NO_OVERLAP``)."""
    NO_OVERLAP.create_sqlite_triggers()


def _seed_skills(skills: ddl.Table) -> None:
    skill = skills.rows()
    op.get_bind().execute(
        skill.insert(),
        [
            {"name": name, "sort_order": order, "active": True}
            for order, name in enumerate(DEFAULT_SKILLS, 1)
        ],
    )


def downgrade() -> None:
    NO_OVERLAP.drop()
    ddl.drop_tables(
        "volunteer_certificate", "assignment", "shift", "activity", "volunteer_skill", "skill"
    )
    if not ddl.is_sqlite():
        op.drop_constraint("fk_team_leader_volunteer_id_volunteer", "team", type_="foreignkey")
    ddl.drop_tables("volunteer", "team")
