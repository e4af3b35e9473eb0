import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from station_app.core.db import Database
from station_app.core.errors import DatabaseUnavailable
from station_app.core.migrate import (
    REVISIONS,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)


def test_the_revisions_known_at_start_are_alembics() -> None:
    """Start-up compares alembic_version with REVISIONS without loading Alembic: the
    constant must list Alembic's revisions, oldest first, and end at its head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    oldest_first = [rev.revision for rev in script.walk_revisions()][::-1]
    assert list(REVISIONS) == oldest_first
    assert head_revision() == script.get_current_head()


def test_current_revision_is_read_as_alembic_reads_it(tmp_path: Path) -> None:
    from alembic.runtime.migration import MigrationContext

    url = f"sqlite:///{tmp_path / 'station.db'}"
    db = Database(url)
    with db.engine.connect() as conn:
        assert current_revision(conn) is None  # a new file: no version table
    upgrade_to_head(url)
    with db.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert current_revision(conn) == MigrationContext.configure(conn).get_current_revision()
    db.dispose()


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    result = upgrade_to_head(f"sqlite:///{path}")
    assert result.from_revision is None and result.to_revision == head_revision()
    assert result.backup is None
    tables = set(inspect(Database(f"sqlite:///{path}").engine).get_table_names())
    assert {"station", "operator", "audit_log", "member", "unit", "community"} <= tables


def test_reopening_keeps_one_backup_a_day(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    upgrade_to_head(f"sqlite:///{path}")
    first = upgrade_to_head(f"sqlite:///{path}")
    second = upgrade_to_head(f"sqlite:///{path}")
    assert first.backup is not None and first.backup.exists()
    assert second.backup is None
    copy = sqlite3.connect(first.backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    copy.close()


def test_upgrade_copies_the_file_aside_first(tmp_path: Path) -> None:
    from tests.data_safety import database_at

    path = database_at(tmp_path / "station.db", "0004")
    result = upgrade_to_head(f"sqlite:///{path}")
    assert result.from_revision == "0004"
    assert result.backup is not None and result.backup.name.endswith(".before-upgrade.db")
    con = sqlite3.connect(result.backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    con.close()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    upgrade_to_head(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # as a newer program might leave it
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as refused:
        upgrade_to_head(f"sqlite:///{path}")
    assert "9999_from_the_future" in refused.value.message()
    assert path.read_bytes() == before
    con = sqlite3.connect(path)
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == "9999_from_the_future"
    )
    con.close()


def test_migrated_sqlite_database_passes_foreign_key_check(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_database_is_at_head(db: Database) -> None:
    with db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )


def test_a_damaged_file_is_not_opened_and_the_newest_good_backup_is_named(
    tmp_path: Path,
) -> None:
    from station_app.core import backup as backups
    from station_app.core.backup import DatabaseDamaged
    from tests.data_safety import corrupt

    path = tmp_path / "station.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    db = Database(f"sqlite:///{path}")
    from tests.conftest import set_up_station

    set_up_station(db)
    db.dispose()
    good = backups.take_backup(path, "auto").copy
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    corrupt(path, page=2)
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as refused:
        upgrade_to_head(f"sqlite:///{path}")
    assert refused.value.backup == good
    assert str(good.path) in refused.value.message()
    assert path.read_bytes() == damaged  # not opened for writing, not even a WAL
    assert not Path(f"{path}-wal").exists()
