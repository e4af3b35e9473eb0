"""volunteer certificates: the period asked for, and the certificate that replaced one

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 11:00:00.000000

A certificate stops at its issue date when the period asked for runs on
(``last_day`` is what is printed, ``asked_until`` what was asked); reissuing the same
person and period gives the same number unless the hours changed, and then the old
one names its successor in ``replaced_by``. Certificates issued before this revision
have no ``asked_until`` (it was their ``last_day``) and are not replaced.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("volunteer_certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asked_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("replaced_by", sa.String(length=20), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_volunteer_certificate_asked_until"),
            "asked_until IS NULL OR asked_until >= last_day",
        )


def downgrade() -> None:
    with op.batch_alter_table("volunteer_certificate", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_volunteer_certificate_asked_until"), type_="check")
        batch_op.drop_column("replaced_by")
        batch_op.drop_column("asked_until")
