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


def _one_per_receipt_and_item(name: str, rows: str) -> ddl.Index:
    where = sa.text(rows)
    return ddl.index(
        "receipt_no", "item_id", name=name, unique=True, sqlite_where=where, postgresql_where=where
    )


def upgrade() -> None:
    ddl.Table(
        "gift_item",
        """
        name                 varchar(60)
        unit                 varchar(10)
        unit_value           numeric(10, 2)
        low_stock_threshold  integer
        active               boolean
        on_hand              integer default 0
        """,
        ddl.check("on_hand", "on_hand >= 0"),
        ddl.check("unit_value", "unit_value >= 0"),
        ddl.check("low_stock_threshold", "low_stock_threshold >= 0"),
        ddl.unique("name"),
        stamped=True,
    ).create()
    ddl.Table(
        "campaign",
        """
        name            varchar(100)
        kind            varchar(20)
        starts_on       date
        ends_on         date
        budget          numeric(12, 2) null
        cash_amount     numeric(10, 2)
        status          varchar(10)
        rule            text
        warn_same_kind  boolean
        note            text
        opened_at       datetime null
        opened_by_name  varchar(40)
        closed_at       datetime null
        """,
        ddl.one_of("kind", CAMPAIGN_KINDS),
        ddl.one_of("status", CAMPAIGN_STATUSES),
        ddl.check("dates", "ends_on >= starts_on"),
        ddl.check("budget", "budget IS NULL OR budget >= 0"),
        ddl.check("cash_amount", "cash_amount >= 0"),
        ddl.unique("name"),
        ddl.index("status"),
        stamped=True,
    ).create()

    ddl.Table(
        "campaign_item",
        """
        campaign_id  integer
        item_id      integer
        quantity     integer
        """,
        ddl.check("quantity", "quantity > 0"),
        ddl.fk("campaign_id", "campaign"),
        ddl.fk("item_id", "gift_item"),
        key=("campaign_id", "item_id"),
    ).create()
    ddl.Table(
        "allocation",
        """
        campaign_id         integer
        member_id           integer
        added_at            datetime
        added_by_name       varchar(40)
        added_reason        varchar(200)
        removed             boolean
        removed_reason      varchar(200)
        removed_at          datetime null
        removed_by_name     varchar(40)
        handed_out_at       datetime null
        handed_out_by       integer null
        handed_out_by_name  varchar(40)
        receipt_no          varchar(20) null
        proxy_name          varchar(60)
        proxy_mobile        varchar(20)
        proxy_relationship  varchar(20)
        undone_at           datetime null
        undone_by_name      varchar(40)
        """,
        ddl.check("receipt", "(handed_out_at IS NULL) = (receipt_no IS NULL)"),
        ddl.check("removed_not_served", "NOT (removed AND handed_out_at IS NOT NULL)"),
        ddl.fk("campaign_id", "campaign"),
        ddl.fk("handed_out_by", "operator"),
        ddl.fk("member_id", "member"),
        ddl.unique("campaign_id", "member_id"),
        ddl.unique("receipt_no"),
        ddl.index("campaign_id", "handed_out_at", name="ix_allocation_campaign_served"),
        ddl.index("member_id"),
    ).create()

    ddl.Table(
        "stock_movement",
        """
        item_id        integer
        kind           varchar(12)
        quantity       integer
        unit_value     numeric(10, 2)
        moved_on       date
        source         varchar(120)
        note           varchar(200)
        allocation_id  integer null
        receipt_no     varchar(20) null
        operator_id    integer null
        operator_name  varchar(40)
        created_at     datetime
        """,
        ddl.one_of("kind", MOVEMENT_KINDS),
        ddl.check("quantity", "quantity <> 0"),
        ddl.check("received_positive", "kind <> 'received' OR quantity > 0"),
        ddl.check("written_off_negative", "kind <> 'written_off' OR quantity < 0"),
        ddl.check(
            "issued_link",
            "(kind = 'issued') = (allocation_id IS NOT NULL AND receipt_no IS NOT NULL)",
        ),
        ddl.fk("allocation_id", "allocation"),
        ddl.fk("item_id", "gift_item"),
        ddl.fk("operator_id", "operator"),
        ddl.index("allocation_id"),
        ddl.index("item_id", "quantity", name="ix_stock_movement_item_quantity"),
        ddl.index("item_id", "moved_on", name="ix_stock_movement_item_moved_on"),
        _one_per_receipt_and_item("ux_stock_movement_issue", ISSUE_ROW),
        _one_per_receipt_and_item("ux_stock_movement_undo", UNDO_ROW),
    ).create()

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
    ddl.drop_tables("stock_movement", "allocation", "campaign_item", "campaign", "gift_item")
