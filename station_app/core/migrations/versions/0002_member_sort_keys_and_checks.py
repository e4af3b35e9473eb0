"""members: pinyin sort keys, join-date index, value checks held by the database

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:18:59.731522
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from station_app.core.migrations import ddl
from station_app.core.search import name_keys, normalize_query

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the code lists at this revision (a migration never imports models).
ID_TYPES = ("resident_id", "hmt_permit", "foreign_pr", "passport", "other")
HARDSHIP_LEVELS = ("ordinary", "severe")
OUTDOOR_KINDS = ("sanitation", "courier", "delivery", "assistant", "taxi", "logistics", "other")


def _sort_key(name: str) -> str:
    keys = name_keys(name)
    return (keys[0] if keys else normalize_query(name))[:200]


def _fill_sort_keys(table_name: str) -> None:
    bind = op.get_bind()
    table = sa.table(table_name, sa.column("id", sa.Integer), sa.column("name", sa.String))
    rows = bind.execute(sa.select(table.c.id, table.c.name)).all()
    if not rows:
        return
    target = sa.table(table_name, sa.column("id", sa.Integer), sa.column("name_pinyin", sa.String))
    bind.execute(
        target.update()
        .where(target.c.id == sa.bindparam("row_id"))
        .values(name_pinyin=sa.bindparam("key")),
        [{"row_id": row_id, "key": _sort_key(name)} for row_id, name in rows],
    )


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_pinyin", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_member_joined_on"), ["joined_on"], unique=False)
        batch_op.create_index("ix_member_name_pinyin", ["name_pinyin", "name"], unique=False)
        batch_op.create_check_constraint(
            op.f("ck_member_id_type"), ddl.in_list("id_type", ID_TYPES)
        )
        batch_op.create_check_constraint(
            op.f("ck_member_hardship_level"), ddl.in_list("hardship_level", HARDSHIP_LEVELS, True)
        )
        batch_op.create_check_constraint(
            op.f("ck_member_outdoor_kind"), ddl.in_list("outdoor_kind", OUTDOOR_KINDS, True)
        )

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_pinyin", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_unit_employee_count"), "employee_count IS NULL OR employee_count >= 0"
        )

    _fill_sort_keys("member")
    _fill_sort_keys("unit")


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_unit_employee_count"), type_="check")
        batch_op.drop_column("name_pinyin")

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_member_outdoor_kind"), type_="check")
        batch_op.drop_constraint(op.f("ck_member_hardship_level"), type_="check")
        batch_op.drop_constraint(op.f("ck_member_id_type"), type_="check")
        batch_op.drop_index("ix_member_name_pinyin")
        batch_op.drop_index(batch_op.f("ix_member_joined_on"))
        batch_op.drop_column("name_pinyin")
