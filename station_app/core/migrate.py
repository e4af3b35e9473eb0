"""Bring a database to the program's schema: back up, upgrade, refuse newer schemas.

One Alembic revision per schema change. On SQLite foreign keys are switched off
while migrating (batch mode recreates tables) and checked again afterwards.

Alembic and the revisions are loaded only to upgrade: at every start the version in
``alembic_version`` is compared with :data:`REVISIONS`, the revisions this program
knows, oldest first (``tests/core/test_migrate.py`` holds it equal to Alembic's scripts:
a new revision is added there too).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from station_app.core import backup as backups
from station_app.core import early_check
from station_app.core.backup import DatabaseDamaged
from station_app.core.db import make_engine, read_only_engine, sqlite_file
from station_app.core.errors import DatabaseUnavailable
from station_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Every revision in migrations/versions, oldest first; the last is the head.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def current_revision(connection: Connection) -> str | None:
    """The schema version recorded in the database (None for a new one), read as
    Alembic reads it, without loading Alembic."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    found = list(versions)
    if len(found) > 1:
        raise RuntimeError(f"{VERSION_TABLE} holds several versions: {', '.join(found)}")
    return found[0] if found else None


def check_early(url: str) -> None:
    """Starts the open-time ``quick_check`` of an SQLite file now, in the background:
    the desk loads its screens meanwhile, and :func:`refuse_damaged` waits for it."""
    path = sqlite_file(url)
    if path is not None:
        early_check.start(path)


def refuse_damaged(path: Path) -> None:
    """A file that fails ``quick_check`` is never opened for writing."""
    if not path.exists():
        return
    early = early_check.take(path)
    problem = early.result() if early else backups.integrity_problem(path, quick=True)
    if problem is None:
        return
    good = backups.newest_good_backup(path)
    if good is None:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The database {location} is damaged ({problem}) and was not opened, so nothing "
            "in it was changed. No good backup was found beside it; if you keep one elsewhere, "
            "restore it with station-app restore FILE, or call for help.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The database {location} is damaged ({problem}) and was not opened, so nothing "
            "in it was changed. The newest good backup is {copy} ({taken_at}).",
        )
    raise DatabaseDamaged(
        text,
        path=path,
        backup=good,
        location=str(path),
        problem=problem,
        copy=str(good.path) if good else "",
        taken_at=f"{good.taken_at:%Y-%m-%d %H:%M}" if good else "",
    )


def upgrade_to_head(url: str, *, backup: bool = True, daily: bool = True) -> MigrationResult:
    """Open-time check and upgrade: refuses a damaged file and a schema newer than ours,
    copies the file aside before upgrading, and once a day when ``daily``."""
    head = head_revision()
    path = sqlite_file(url)
    if path is not None:
        refuse_damaged(path)
    # Read the schema version without writing anything: a newer file stays untouched.
    current = None
    if path is None or path.exists():
        looker = read_only_engine(url)
        try:
            with looker.connect() as probe:
                current = current_revision(probe)
                probe.rollback()
        finally:
            looker.dispose()
    engine = make_engine(url, for_migrations=True)
    try:
        if current is not None and current not in REVISIONS:
            # Unknown revision: written by a newer program.
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database was written by a newer version of Station Desk "
                    "(schema {revision}). Please install the newer version; this one "
                    "will not open it, so nothing in it is changed.",
                ),
                revision=current,
            )
        copy = None
        if backup and path is not None and current is not None:
            if current != head:
                copy = backups.take_backup(path, "before-upgrade").copy.path
            elif daily and backups.backup_due(path):
                copy = backups.take_backup(path, "auto").copy.path
        if current != head:
            _run_upgrade(engine, head)
        return MigrationResult(current, head, copy)
    finally:
        engine.dispose()


def _run_upgrade(engine, head: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

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
    from alembic import command

    config = alembic_config()
    engine = make_engine(url, for_migrations=True)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
    engine.dispose()


def known_revisions() -> set[str]:
    """Every schema this program can open (older ones are upgraded at start)."""
    return set(REVISIONS)
