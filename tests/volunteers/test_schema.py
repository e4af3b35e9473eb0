"""Migration 0005: the tables match the models, the skills are seeded, and the overlap
guards survive a downgrade and upgrade."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from station_app.core.db import Database, make_engine
from station_app.core.migrate import alembic_config, upgrade_to_head
from station_app.core.models import metadata
from station_app.volunteers import models as volunteer_models

VOLUNTEER_TABLES = {
    "team",
    "volunteer",
    "skill",
    "volunteer_skill",
    "activity",
    "shift",
    "assignment",
    "volunteer_certificate",
}


def test_models_match_the_migrations(db: Database) -> None:
    assert set(metadata.tables) >= VOLUNTEER_TABLES
    assert volunteer_models.Assignment.__tablename__ == "assignment"

    def ours(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table in VOLUNTEER_TABLES  # other features compare their own tables

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


def test_down_to_0004_and_up_again(db: Database) -> None:
    db.dispose()
    _downgrade(db.url, "0004")
    assert not VOLUNTEER_TABLES & set(inspect(db.engine).get_table_names())
    db.dispose()
    upgrade_to_head(db.url, backup=False)
    with db.read() as s:
        skills = s.execute(text("SELECT name FROM skill ORDER BY sort_order")).scalars()
        assert list(skills) == ["宣传", "调解", "扶助", "联络", "组织", "急救", "驾驶", "摄影"]
        if db.is_sqlite:
            triggers = s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'assignment'"
                )
            ).scalars()
            assert set(triggers) == {"assignment_no_overlap_insert", "assignment_no_overlap_update"}
        else:
            constraint = s.execute(
                text(
                    "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    "JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE c.conname = 'ex_assignment_no_overlap' AND n.nspname = current_schema()"
                )
            ).scalar_one()
            assert "gist" in constraint and "override_reason IS NULL" in constraint
