"""What the database itself guards for welfare, written past the services, on SQLite
and PostgreSQL: no negative stock, balance = ledger, append-only ledger, one allocation
per member per campaign, one receipt per hand-out; and migration 0004 both ways."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from station_app import schema
from station_app.core.db import Database, make_engine
from station_app.core.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from station_app.welfare import models as welfare_models
from tests.welfare.conftest import NOW, Street, scalar

WELFARE_TABLES = {"gift_item", "stock_movement", "campaign", "campaign_item", "allocation"}


def _movement(
    s: Session, item_id: int, quantity: int, kind: str = "adjusted", **extra: Any
) -> None:
    cols = "".join(f", {k}" for k in extra)
    vals = "".join(f", :{k}" for k in extra)
    s.execute(
        text(
            "INSERT INTO stock_movement (item_id, kind, quantity, unit_value, moved_on, source,"
            f" note, operator_name, created_at{cols}) VALUES (:item, :kind, :qty, 45.50,"
            f" '2027-01-20', '', '', 'sql', :t{vals})"
        ),
        {"item": item_id, "kind": kind, "qty": quantity, "t": NOW, **extra},
    )


# What the stock triggers raise (a message, not a constraint of the table).
TRIGGER_MESSAGES = {"stock_negative", "on_hand_is_ledger", "stock_movement is append-only"}


def _refused(
    db: Database,
    write: Callable[[Session], object],
    constraint: str,
    *,
    sqlite_says: str | None = None,
    pg_error: type[DBAPIError] = IntegrityError,
) -> None:
    """The database refuses the write, and by ``constraint`` (a named CHECK or UNIQUE,
    or a trigger's message), not by some other error. SQLite raises IntegrityError for
    all of them and names a unique index by its columns (``sqlite_says``); PostgreSQL
    reports the constraint's name, and ``pg_error`` for a trigger without an SQLSTATE."""
    with pytest.raises(DBAPIError) as caught, db.transaction() as s:
        write(s)
    error, message = caught.value, str(caught.value.orig)
    if db.is_sqlite:
        assert type(error) is IntegrityError, message
        assert (sqlite_says or constraint) in message, message
        return
    assert type(error) is pg_error, message
    named = error.orig.diag.constraint_name  # type: ignore[union-attr]
    if constraint in TRIGGER_MESSAGES:
        assert named is None and constraint in message, message
        if pg_error is IntegrityError:
            assert error.orig.sqlstate == "23514", message  # type: ignore[union-attr]
    else:
        assert named == constraint, message


def test_welfare_models_match_the_migrations(db: Database) -> None:
    assert welfare_models.GiftItem.__table__.metadata is schema.metadata
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), schema.metadata
        )
    ours = [d for d in diff if _table_of(d) in WELFARE_TABLES]
    assert ours == []


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # modify_* come grouped
        diff = diff[0]
    kind, target = diff[0], diff[1]
    if kind.endswith("_column") or kind.startswith("modify_"):
        return diff[2]
    if kind.endswith("_table"):
        return target.name
    if kind.endswith("_fk"):
        return target.parent.name
    return getattr(getattr(target, "table", None), "name", None)


def test_stock_cannot_go_negative_even_by_direct_sql(street: Street) -> None:
    db, rice = street.db, street.rice
    assert scalar(db, "SELECT on_hand FROM gift_item WHERE id = :i", i=rice) == 20
    _refused(db, lambda s: _movement(s, rice, -21), "stock_negative")
    # Exactly to zero is fine, one more is not.
    with db.transaction() as s:
        _movement(s, rice, -20)
    assert scalar(db, "SELECT on_hand FROM gift_item WHERE id = :i", i=rice) == 0
    _refused(db, lambda s: _movement(s, rice, -1), "stock_negative")
    assert scalar(db, "SELECT on_hand FROM gift_item WHERE id = :i", i=rice) == 0


def test_the_balance_is_the_ledger_and_cannot_be_set_by_hand(street: Street) -> None:
    db, oil = street.db, street.oil
    _refused(
        db, lambda s: s.execute(text("UPDATE gift_item SET on_hand = 999")), "on_hand_is_ledger"
    )
    _refused(
        db,
        lambda s: s.execute(
            text(
                "INSERT INTO gift_item (name, unit, unit_value, low_stock_threshold, active,"
                " on_hand, created_at, updated_at) VALUES ('面粉', '袋', 1, 0, true, 5, :t, :t)"
            ),
            {"t": NOW},
        ),
        "on_hand_is_ledger",
    )
    assert street.stock.item(oil).on_hand == street.stock.ledger_sum(oil) == 20


def test_the_ledger_is_append_only(street: Street) -> None:
    db = street.db
    # PostgreSQL: the trigger raises without an SQLSTATE of its own (P0001, raise_exception).
    for sql in ("DELETE FROM stock_movement", "UPDATE stock_movement SET quantity = 1000"):
        _refused(
            db,
            lambda s, sql=sql: s.execute(text(sql)),
            "stock_movement is append-only",
            pg_error=ProgrammingError,
        )


def test_movement_kinds_carry_their_sign_and_link(street: Street) -> None:
    db, rice = street.db, street.rice
    for kind, quantity, constraint in (
        ("received", -1, "ck_stock_movement_received_positive"),
        ("written_off", 1, "ck_stock_movement_written_off_negative"),
        ("adjusted", 0, "ck_stock_movement_quantity"),
        ("issued", -1, "ck_stock_movement_issued_link"),  # no allocation, no receipt
        ("stolen", 1, "ck_stock_movement_kind"),
    ):
        _refused(db, lambda s, k=kind, q=quantity: _movement(s, rice, q, kind=k), constraint)


def test_one_allocation_per_member_per_campaign_and_one_receipt(street: Street) -> None:
    db = street.db
    campaign = street.campaign()
    street.campaigns.open(street.desk, campaign)
    member = street.members["zhang"]

    def again(s: Session) -> None:
        s.execute(
            text(
                "INSERT INTO allocation (campaign_id, member_id, added_at, added_by_name,"
                " added_reason, removed, removed_reason, removed_by_name, handed_out_by_name,"
                " proxy_name, proxy_mobile, proxy_relationship, undone_by_name) VALUES"
                " (:c, :m, :t, '', '', false, '', '', '', '', '', '', '')"
            ),
            {"c": campaign, "m": member, "t": NOW},
        )

    _refused(
        db,
        again,
        "uq_allocation_campaign_id_member_id",
        sqlite_says="UNIQUE constraint failed: allocation.campaign_id, allocation.member_id",
    )
    allocation = street.allocation_of(campaign, "zhang")
    # handed_out_at and receipt_no come together, and never on a removed recipient.
    _refused(
        db,
        lambda s: s.execute(
            text("UPDATE allocation SET handed_out_at = :t WHERE id = :a"),
            {"t": NOW, "a": allocation},
        ),
        "ck_allocation_receipt",
    )
    _refused(
        db,
        lambda s: s.execute(
            text(
                "UPDATE allocation SET handed_out_at = :t, receipt_no = 'X1', removed = true"
                " WHERE id = :a"
            ),
            {"t": NOW, "a": allocation},
        ),
        "ck_allocation_removed_not_served",
    )
    first = street.handout.confirm_handout(street.desk, allocation)
    other = street.allocation_of(campaign, "wang")
    _refused(
        db,
        lambda s: s.execute(
            text("UPDATE allocation SET handed_out_at = :t, receipt_no = :r WHERE id = :a"),
            {"t": NOW, "r": first.receipt_no, "a": other},
        ),
        "uq_allocation_receipt_no",
        sqlite_says="UNIQUE constraint failed: allocation.receipt_no",
    )
    # The same receipt cannot issue the same item twice.
    _refused(
        db,
        lambda s: _movement(
            s, street.rice, -1, kind="issued", allocation_id=allocation, receipt_no=first.receipt_no
        ),
        "ux_stock_movement_issue",
        sqlite_says="UNIQUE constraint failed: stock_movement.receipt_no, stock_movement.item_id",
    )


def _migrate(url: str, target: str, down: bool) -> None:
    config = alembic_config()
    engine = make_engine(url, for_migrations=True)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(config, target)
            conn.commit()
    finally:
        engine.dispose()


def test_migration_0004_goes_down_and_up_again(db: Database) -> None:
    db.dispose()
    _migrate(db.url, "0003", down=True)
    with db.read() as s:
        assert current_revision(s.connection()) == "0003"
        tables = set(
            s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    if db.is_sqlite
                    else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                )
            ).scalars()
        )
    assert not tables & WELFARE_TABLES
    db.dispose()
    upgrade_to_head(db.url, backup=False)
    with db.read() as s:
        assert current_revision(s.connection()) == head_revision()
    # The guards are back after the round trip.
    street_item = None
    with db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO gift_item (name, unit, unit_value, low_stock_threshold, active,"
                " created_at, updated_at) VALUES ('大米', '袋', 45.5, 0, true, :t, :t)"
            ),
            {"t": NOW},
        )
        street_item = s.execute(text("SELECT id FROM gift_item")).scalar_one()
    _refused(db, lambda s: _movement(s, street_item, -1), "stock_negative")
