"""communities: a retired flag (kept on old records, not offered for new ones)

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-10 09:00:00.000000

``sort_order`` exists since 0001; communities added before this revision keep their
order and are all current (not retired).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("community", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("community", schema=None) as batch_op:
        batch_op.drop_column("retired")
