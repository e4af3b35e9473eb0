"""Migration 0003: the tables match the models, the rooms are seeded once, and the
overlap guards survive a downgrade and upgrade."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from station_app.core.db import Database, make_engine
from station_app.core.migrate import alembic_config, upgrade_to_head
from station_app.core.models import metadata
from station_app.rooms import models as room_models

ROOM_TABLES = {"room", "room_hours", "booking", "booking_series", "holiday_override"}


def test_models_match_the_migrations(db: Database) -> None:
    assert set(metadata.tables) >= ROOM_TABLES
    assert room_models.Booking.__tablename__ == "booking"

    def ours(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table in ROOM_TABLES  # other features compare their own tables

    opts = {"compare_type": True, "include_object": ours}
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == []


def _downgrade(url: str, target: str) -> None:
    config = alembic_config()
    engine = make_engine(url, for_migrations=True)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = conn
            command.downgrade(config, target)
            conn.commit()
    finally:
        engine.dispose()


def test_down_to_0002_and_up_again(db: Database) -> None:
    db.dispose()
    _downgrade(db.url, "0002")
    assert not ROOM_TABLES & set(inspect(db.engine).get_table_names())
    db.dispose()
    upgrade_to_head(db.url, backup=False)
    upgrade_to_head(db.url, backup=False)  # nothing to do: no second set of rooms
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM room")).scalar() == 5
        assert s.execute(text("SELECT count(*) FROM room_hours")).scalar() == 25
    # The guard is back, and new rooms get fresh ids after the seeded ones.
    with db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO room (name, kind, capacity, slot_minutes, buffer_minutes,"
                " private_by_default, active, sort_order, what_to_bring, created_at, updated_at)"
                " VALUES ('会议室', 'hall', 10, 30, 0, false, true, 6, '', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00.000000" if db.is_sqlite else "2026-01-01"},
        )
        new_id = s.execute(text("SELECT id FROM room WHERE name = '会议室'")).scalar()
    assert new_id == 6
    if db.is_sqlite:
        with db.read() as s:
            triggers = s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'booking'"
                )
            ).scalars()
            assert set(triggers) == {"booking_no_overlap_insert", "booking_no_overlap_update"}
    else:
        with db.read() as s:
            assert (
                s.execute(
                    text(
                        "SELECT count(*) FROM pg_constraint WHERE conname = 'ex_booking_no_overlap'"
                        " AND connamespace = current_schema()::regnamespace"
                    )
                ).scalar()
                == 1
            )
