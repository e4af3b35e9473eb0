"""the unit ledger (台账): the staff member responsible for a unit, its contact notes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 12:00:00.000000

``unit.staff_operator_id`` names the operator account responsible for the unit
(人员包干制; NULL: nobody yet). ``unit_contact`` holds the notes of contacts with a
unit: the day, what happened (visited, a meeting, the union founded, other) and a
line of text; the ledger shows the latest. Units on file before this revision have
nobody assigned and no contacts.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from station_app.core.migrations import ddl

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTACT_KINDS = ("visit", "meeting", "founded", "other")  # frozen copy of the model's


def upgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("staff_operator_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_unit_staff_operator_id_operator"), "operator", ["staff_operator_id"], ["id"]
        )
        batch_op.create_index(op.f("ix_unit_staff_operator_id"), ["staff_operator_id"])
    ddl.Table(
        "unit_contact",
        """
        unit_id       integer
        contacted_on  date
        kind          varchar(10)
        note          varchar(200)
        operator_id   integer null
        created_at    datetime
        """,
        ddl.one_of("kind", CONTACT_KINDS),
        ddl.fk("unit_id", "unit", ondelete="CASCADE"),
        ddl.fk("operator_id", "operator"),
        ddl.index("unit_id", "contacted_on"),
    ).create()


def downgrade() -> None:
    ddl.drop_tables("unit_contact")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(op.f("ix_unit_staff_operator_id"))
        batch_op.drop_constraint(op.f("fk_unit_staff_operator_id_operator"), type_="foreignkey")
        batch_op.drop_column("staff_operator_id")
