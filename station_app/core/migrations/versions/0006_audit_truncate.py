"""audit log: PostgreSQL refuses TRUNCATE too

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 10:00:00.000000

0001 made the audit log append-only (UPDATE and DELETE refused on both backends), but
on PostgreSQL ``TRUNCATE audit_log`` (or ``TRUNCATE operator CASCADE``) empties it
without firing row triggers. A statement-level BEFORE TRUNCATE trigger refuses that,
with the same function and message. SQLite has no TRUNCATE (its ``DELETE FROM`` with
no WHERE clause still fires the row trigger when a trigger exists): nothing to do.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
