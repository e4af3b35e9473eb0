"""Bring a database to the program's schema: back up, upgrade, refuse newer schemas.

One Alembic revision per schema change. On SQLite foreign keys are switched off
while migrating (batch mode recreates tables) and checked again afterwards.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from station_app.core import clock
from station_app.core.db import make_engine, sqlite_file
from station_app.core.errors import DatabaseUnavailable
from station_app.core.i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DAILY_BACKUPS_KEPT = 7


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy (WAL included) through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _prune_daily(folder: Path, stem: str) -> None:
    daily = sorted(folder.glob(f"{stem}.daily-*.db"))
    for old in daily[:-DAILY_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


def _backup_before_open(db_path: Path, revision: str | None, upgrading: bool) -> Path | None:
    """Before an upgrade always; otherwise once a day, keeping the last week."""
    if not db_path.exists() or revision is None:
        return None
    folder = backups_dir(db_path)
    stamp = clock.now()
    if upgrading:
        name = f"{db_path.stem}.before-upgrade-{revision}-{stamp:%Y%m%d-%H%M%S}.db"
        return backup_sqlite(db_path, folder / name)
    daily = folder / f"{db_path.stem}.daily-{stamp:%Y%m%d}.db"
    if daily.exists():
        return None
    backup_sqlite(db_path, daily)
    _prune_daily(folder, db_path.stem)
    return daily


def upgrade_to_head(url: str, *, backup: bool = True) -> MigrationResult:
    """Open-time upgrade. Raises DatabaseUnavailable for a schema newer than ours."""
    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    engine = make_engine(url, for_migrations=True)
    try:
        with engine.connect() as probe:
            current = current_revision(probe)
            probe.rollback()
        if current is not None and current != head:
            try:
                script.get_revision(current)
            except Exception as exc:  # unknown revision: written by a newer program
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This database was written by a newer version of Station Desk "
                        "(schema {revision}). Please install the newer version; this one "
                        "will not open it, so nothing in it is changed.",
                    ),
                    revision=current,
                ) from exc
        path = sqlite_file(url)
        copy = None
        if backup and path is not None:
            copy = _backup_before_open(path, current, upgrading=current != head)
        if current != head:
            _run_upgrade(engine, head)
        return MigrationResult(current, head, copy)
    finally:
        engine.dispose()


def _run_upgrade(engine, head: str) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Must run outside a transaction to take effect (we manage BEGIN ourselves).
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, head)
        connection.commit()
        if sqlite:
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
            if broken:
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The upgrade left broken references ({count}); it was undone."
                    ),
                    count=len(broken),
                )


def make_revision(url: str, message: str) -> None:
    """Developer helper: autogenerate a new revision against an up-to-date database."""
    config = alembic_config()
    engine = make_engine(url, for_migrations=True)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
    engine.dispose()
