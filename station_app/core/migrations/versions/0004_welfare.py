"""welfare: gift items, stock ledger, campaigns, allocations; stock guarded by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 09:00:00

``gift_item.on_hand`` is kept by the database from the ledger: every insert into
``stock_movement`` adds its quantity to the item's ``on_hand`` (refusing with
``stock_negative`` when the balance would drop below zero; ``CHECK (on_hand >= 0)``
backs it up), ``on_hand`` may only change to the ledger's sum, and the ledger is
append-only. On PostgreSQL the trigger locks the item row first, so two desks issuing
the last unit queue up and the second is refused.

Later migrations: SQLite batch mode recreates a table and drops its triggers. A
migration that batch-alters ``gift_item`` or ``stock_movement`` must recreate the
triggers below (call ``create_stock_guards()`` of this module's copy).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from station_app.core.migrations import ddl

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the code lists at this revision (a migration never imports models).
MOVEMENT_KINDS = ("received", "issued", "adjusted", "written_off")
CAMPAIGN_KINDS = ("festival", "hardship", "summer", "women", "members_only", "other")
CAMPAIGN_STATUSES = ("draft", "open", "closed")
ISSUE_ROW = "kind = 'issued' AND quantity < 0"
UNDO_ROW = "kind = 'issued' AND quantity > 0"


def upgrade() -> None:
    op.create_table(
        "gift_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_value", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("low_stock_threshold", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("on_hand", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("on_hand >= 0", name=op.f("ck_gift_item_on_hand")),
        sa.CheckConstraint("unit_value >= 0", name=op.f("ck_gift_item_unit_value")),
        sa.CheckConstraint(
            "low_stock_threshold >= 0", name=op.f("ck_gift_item_low_stock_threshold")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_item")),
        sa.UniqueConstraint("name", name=op.f("uq_gift_item_name")),
    )
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("cash_amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("warn_same_kind", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("opened_by_name", sa.String(length=40), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(ddl.in_list("kind", CAMPAIGN_KINDS), name=op.f("ck_campaign_kind")),
        sa.CheckConstraint(
            ddl.in_list("status", CAMPAIGN_STATUSES), name=op.f("ck_campaign_status")
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_campaign_dates")),
        sa.CheckConstraint("budget IS NULL OR budget >= 0", name=op.f("ck_campaign_budget")),
        sa.CheckConstraint("cash_amount >= 0", name=op.f("ck_campaign_cash_amount")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("name", name=op.f("uq_campaign_name")),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_status"), ["status"], unique=False)

    op.create_table(
        "campaign_item",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_campaign_item_quantity")),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_campaign_item_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["gift_item.id"], name=op.f("fk_campaign_item_item_id_gift_item")
        ),
        sa.PrimaryKeyConstraint("campaign_id", "item_id", name=op.f("pk_campaign_item")),
    )
    op.create_table(
        "allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by_name", sa.String(length=40), nullable=False),
        sa.Column("added_reason", sa.String(length=200), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("removed_reason", sa.String(length=200), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by_name", sa.String(length=40), nullable=False),
        sa.Column("handed_out_at", sa.DateTime(), nullable=True),
        sa.Column("handed_out_by", sa.Integer(), nullable=True),
        sa.Column("handed_out_by_name", sa.String(length=40), nullable=False),
        sa.Column("receipt_no", sa.String(length=20), nullable=True),
        sa.Column("proxy_name", sa.String(length=60), nullable=False),
        sa.Column("proxy_mobile", sa.String(length=20), nullable=False),
        sa.Column("proxy_relationship", sa.String(length=20), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by_name", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "(handed_out_at IS NULL) = (receipt_no IS NULL)", name=op.f("ck_allocation_receipt")
        ),
        sa.CheckConstraint(
            "NOT (removed AND handed_out_at IS NOT NULL)",
            name=op.f("ck_allocation_removed_not_served"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_allocation_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["handed_out_by"], ["operator.id"], name=op.f("fk_allocation_handed_out_by_operator")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_allocation_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocation")),
        sa.UniqueConstraint(
            "campaign_id", "member_id", name=op.f("uq_allocation_campaign_id_member_id")
        ),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_allocation_receipt_no")),
    )
    with op.batch_alter_table("allocation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_allocation_campaign_served", ["campaign_id", "handed_out_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_allocation_member_id"), ["member_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_value", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("allocation_id", sa.Integer(), nullable=True),
        sa.Column("receipt_no", sa.String(length=20), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("operator_name", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            ddl.in_list("kind", MOVEMENT_KINDS), name=op.f("ck_stock_movement_kind")
        ),
        sa.CheckConstraint("quantity <> 0", name=op.f("ck_stock_movement_quantity")),
        sa.CheckConstraint(
            "kind <> 'received' OR quantity > 0", name=op.f("ck_stock_movement_received_positive")
        ),
        sa.CheckConstraint(
            "kind <> 'written_off' OR quantity < 0",
            name=op.f("ck_stock_movement_written_off_negative"),
        ),
        sa.CheckConstraint(
            "(kind = 'issued') = (allocation_id IS NOT NULL AND receipt_no IS NOT NULL)",
            name=op.f("ck_stock_movement_issued_link"),
        ),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["allocation.id"],
            name=op.f("fk_stock_movement_allocation_id_allocation"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["gift_item.id"], name=op.f("fk_stock_movement_item_id_gift_item")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_stock_movement_operator_id_operator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stock_movement_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            "ix_stock_movement_item_quantity", ["item_id", "quantity"], unique=False
        )
        batch_op.create_index(
            "ix_stock_movement_item_moved_on", ["item_id", "moved_on"], unique=False
        )
        batch_op.create_index(
            "ux_stock_movement_issue",
            ["receipt_no", "item_id"],
            unique=True,
            sqlite_where=sa.text(ISSUE_ROW),
            postgresql_where=sa.text(ISSUE_ROW),
        )
        batch_op.create_index(
            "ux_stock_movement_undo",
            ["receipt_no", "item_id"],
            unique=True,
            sqlite_where=sa.text(UNDO_ROW),
            postgresql_where=sa.text(UNDO_ROW),
        )

    create_stock_guards()


# --- the stock guards ----------------------------------------------------------------

# Each movement moves the balance; a balance below zero is refused.
_SQLITE_APPLY = (
    """CREATE TRIGGER stock_movement_apply AFTER INSERT ON stock_movement
    BEGIN
        SELECT RAISE(ABORT, 'stock_negative')
        WHERE (SELECT on_hand FROM gift_item WHERE id = NEW.item_id) + NEW.quantity < 0;
        UPDATE gift_item SET on_hand = on_hand + NEW.quantity WHERE id = NEW.item_id;
    END""",
)
# The balance is the ledger's sum, whoever writes it.
_SQLITE_BALANCE = (
    """CREATE TRIGGER gift_item_on_hand_is_ledger AFTER UPDATE OF on_hand ON gift_item
    WHEN NEW.on_hand <> (SELECT COALESCE(SUM(quantity), 0) FROM stock_movement
                         WHERE item_id = NEW.id)
    BEGIN SELECT RAISE(ABORT, 'on_hand_is_ledger'); END""",
    """CREATE TRIGGER gift_item_starts_empty BEFORE INSERT ON gift_item
    WHEN NEW.on_hand <> 0
    BEGIN SELECT RAISE(ABORT, 'on_hand_is_ledger'); END""",
)

_PG_APPLY = (
    """CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE balance integer;
    BEGIN
        -- The row lock queues a second desk issuing the same item until we commit.
        SELECT on_hand INTO balance FROM gift_item WHERE id = NEW.item_id FOR UPDATE;
        IF balance + NEW.quantity < 0 THEN
            RAISE EXCEPTION 'stock_negative' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE gift_item SET on_hand = on_hand + NEW.quantity WHERE id = NEW.item_id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER stock_movement_apply AFTER INSERT ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_apply()""",
)
_PG_BALANCE = (
    """CREATE FUNCTION gift_item_on_hand_is_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.on_hand <> (SELECT COALESCE(SUM(quantity), 0) FROM stock_movement
                           WHERE item_id = NEW.id) THEN
            RAISE EXCEPTION 'on_hand_is_ledger' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER gift_item_on_hand_is_ledger AFTER UPDATE OF on_hand ON gift_item
    FOR EACH ROW WHEN (NEW.on_hand IS DISTINCT FROM OLD.on_hand)
    EXECUTE FUNCTION gift_item_on_hand_is_ledger()""",
    """CREATE FUNCTION gift_item_starts_empty() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.on_hand <> 0 THEN
            RAISE EXCEPTION 'on_hand_is_ledger' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER gift_item_starts_empty BEFORE INSERT ON gift_item
    FOR EACH ROW EXECUTE FUNCTION gift_item_starts_empty()""",
)


def create_stock_guards() -> None:
    sqlite = ddl.is_sqlite()
    for statement in _SQLITE_APPLY if sqlite else _PG_APPLY:
        op.execute(statement)
    ddl.append_only("stock_movement", before_begin="\n    ")  # the ledger is evidence
    for statement in _SQLITE_BALANCE if sqlite else _PG_BALANCE:
        op.execute(statement)


def drop_stock_guards() -> None:
    ddl.drop_append_only("stock_movement")
    guards = ("stock_movement_apply", "gift_item_on_hand_is_ledger", "gift_item_starts_empty")
    if ddl.is_sqlite():
        for name in guards:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    op.execute("DROP TRIGGER IF EXISTS stock_movement_apply ON stock_movement")
    op.execute("DROP TRIGGER IF EXISTS gift_item_on_hand_is_ledger ON gift_item")
    op.execute("DROP TRIGGER IF EXISTS gift_item_starts_empty ON gift_item")
    for function in guards:
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")


def downgrade() -> None:
    drop_stock_guards()
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ux_stock_movement_undo")
        batch_op.drop_index("ux_stock_movement_issue")
        batch_op.drop_index("ix_stock_movement_item_moved_on")
        batch_op.drop_index("ix_stock_movement_item_quantity")
        batch_op.drop_index(batch_op.f("ix_stock_movement_allocation_id"))
    op.drop_table("stock_movement")
    with op.batch_alter_table("allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allocation_member_id"))
        batch_op.drop_index("ix_allocation_campaign_served")
    op.drop_table("allocation")
    op.drop_table("campaign_item")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_status"))
    op.drop_table("campaign")
    op.drop_table("gift_item")
