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

import sqlalchemy as sa
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
    sqlite = op.get_bind().dialect.name == "sqlite"
    # team.leader_volunteer_id -> volunteer: SQLite takes the forward reference inline,
    # PostgreSQL gets the key once volunteer exists.
    leader_fk = (
        [
            sa.ForeignKeyConstraint(
                ["leader_volunteer_id"],
                ["volunteer.id"],
                name="fk_team_leader_volunteer_id_volunteer",
            )
        ]
        if sqlite
        else []
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("leader_volunteer_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name=op.f("ck_team_parent")),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name=op.f("fk_team_community_id_community")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["team.id"], name=op.f("fk_team_parent_id_team")),
        *leader_fk,
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("name", name=op.f("uq_team_name")),
    )
    op.create_table(
        "volunteer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("id_type", sa.String(length=20), nullable=True),
        sa.Column("id_number", sa.String(length=40), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("mobile", sa.String(length=20), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("availability", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(member_id IS NOT NULL AND id_number IS NULL AND name = '' AND mobile = '')"
            " OR (member_id IS NULL AND id_number IS NOT NULL AND name <> '')",
            name=op.f("ck_volunteer_identity"),
        ),
        sa.CheckConstraint(
            f"availability BETWEEN 0 AND {AVAILABLE_ALWAYS}",
            name=op.f("ck_volunteer_availability"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_volunteer_member_id_member")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_volunteer_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer")),
        sa.UniqueConstraint("id_type", "id_number", name=op.f("uq_volunteer_id_type_id_number")),
        sa.UniqueConstraint("member_id", name=op.f("uq_volunteer_member_id")),
    )
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_team_id", ["team_id"], unique=False)
    if not sqlite:
        op.create_foreign_key(
            "fk_team_leader_volunteer_id_volunteer",
            "team",
            "volunteer",
            ["leader_volunteer_id"],
            ["id"],
        )

    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("name", name=op.f("uq_skill_name")),
    )
    op.create_table(
        "volunteer_skill",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_volunteer_skill_skill_id_skill")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_skill_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("volunteer_id", "skill_id", name=op.f("pk_volunteer_skill")),
    )
    with op.batch_alter_table("volunteer_skill", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_skill_skill_id", ["skill_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(ddl.in_list("kind", ACTIVITY_KINDS), name=op.f("ck_activity_kind")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_activity_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operator.id"], name=op.f("fk_activity_created_by_operator")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_activity_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_starts_at", ["starts_at"], unique=False)
        batch_op.create_index("ix_activity_team_id", ["team_id"], unique=False)

    op.create_table(
        "shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_shift_ends_after_start")),
        sa.CheckConstraint("places BETWEEN 1 AND 500", name=op.f("ck_shift_places")),
        *ddl.time_checks("shift", max_hours=24),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_shift_activity_id_activity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
        sa.UniqueConstraint(
            "id", "starts_at", "ends_at", name=op.f("uq_shift_id_starts_at_ends_at")
        ),
    )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_index("ix_shift_activity_id", ["activity_id"], unique=False)
        batch_op.create_index("ix_shift_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("hours_reason", sa.String(length=200), nullable=False),
        sa.Column("override_reason", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(ddl.in_list("status", STATUSES), name=op.f("ck_assignment_status")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_assignment_ends_after_start")),
        sa.CheckConstraint("hours >= 0 AND hours <= 24", name=op.f("ck_assignment_hours")),
        sa.CheckConstraint(
            "override_reason IS NULL OR override_reason <> ''",
            name=op.f("ck_assignment_override"),
        ),
        *ddl.time_checks("assignment", max_hours=24),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operator.id"], name=op.f("fk_assignment_created_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id", "starts_at", "ends_at"],
            ["shift.id", "shift.starts_at", "shift.ends_at"],
            name=op.f("fk_assignment_shift_id_shift"),
            onupdate="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteer.id"], name=op.f("fk_assignment_volunteer_id_volunteer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint(
            "shift_id", "volunteer_id", name=op.f("uq_assignment_shift_id_volunteer_id")
        ),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index("ix_assignment_starts_at", ["starts_at"], unique=False)
        batch_op.create_index(
            "ix_assignment_volunteer_id_starts_at", ["volunteer_id", "starts_at"], unique=False
        )

    op.create_table(
        "volunteer_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.Column("issued_by_name", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["operator.id"], name=op.f("fk_volunteer_certificate_issued_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_certificate_volunteer_id_volunteer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_volunteer_certificate_number")),
    )
    with op.batch_alter_table("volunteer_certificate", schema=None) as batch_op:
        batch_op.create_index(
            "ix_volunteer_certificate_volunteer_id", ["volunteer_id"], unique=False
        )

    NO_OVERLAP.create()
    _seed_skills()


def create_overlap_guards() -> None:
    """SQLite triggers. Batch mode drops them with the table it recreates: a later
    migration that batch-alters ``assignment`` must create them again (with its own
    copy of ``NO_OVERLAP``)."""
    NO_OVERLAP.create_sqlite_triggers()


def _seed_skills() -> None:
    skill = sa.table(
        "skill",
        sa.column("name", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.get_bind().execute(
        skill.insert(),
        [
            {"name": name, "sort_order": order, "active": True}
            for order, name in enumerate(DEFAULT_SKILLS, 1)
        ],
    )


def downgrade() -> None:
    sqlite = ddl.is_sqlite()
    NO_OVERLAP.drop()
    op.drop_table("volunteer_certificate")
    op.drop_table("assignment")
    op.drop_table("shift")
    op.drop_table("activity")
    op.drop_table("volunteer_skill")
    op.drop_table("skill")
    if not sqlite:
        op.drop_constraint("fk_team_leader_volunteer_id_volunteer", "team", type_="foreignkey")
    op.drop_table("volunteer")
    op.drop_table("team")
