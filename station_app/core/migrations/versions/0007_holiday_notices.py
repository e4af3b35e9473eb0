"""holiday notices: the State Council's yearly arrangement (调休) as an administrator
entered it, for years the bundled chinesecalendar does not know

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-30 10:00:00.000000

``holiday_notice`` has one row per entered year (even a year whose notice adds no
day); ``holiday_notice_day`` one row per date, the date the key, so that a date has
one verdict: a day off (``holiday``) or a weekend day worked (``workday``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
# Written in parallel with another 0006; relinked onto it when both are merged.
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "holiday_notice",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("entered_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entered_by"], ["operator.id"], name=op.f("fk_holiday_notice_entered_by_operator")
        ),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_holiday_notice")),
    )
    op.create_table(
        "holiday_notice_day",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.CheckConstraint(
            "kind IN ('holiday', 'workday')", name=op.f("ck_holiday_notice_day_kind")
        ),
        sa.ForeignKeyConstraint(
            ["year"],
            ["holiday_notice.year"],
            name=op.f("fk_holiday_notice_day_year_holiday_notice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("date", name=op.f("pk_holiday_notice_day")),
    )
    with op.batch_alter_table("holiday_notice_day", schema=None) as batch_op:
        batch_op.create_index("ix_holiday_notice_day_year", ["year"], unique=False)


def downgrade() -> None:
    op.drop_table("holiday_notice_day")
    op.drop_table("holiday_notice")
