"""Putting a backup back in place of the SQLite database, never half-way.

The file is checked first (sound, a station database, a schema this program knows),
the current database is copied aside (a verified ``before-restore`` backup, or, when
it is too damaged for that, its raw files under a ``damaged`` name), the backup is
staged as one self-contained file beside the database, and ``os.replace`` swaps it
in. A process killed at any moment leaves either the old database or the new one.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station_app.core import backup as backups
from station_app.core import clock
from station_app.core.errors import DatabaseBusy, DeskError
from station_app.core.files import fsync_dir, fsync_file
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.private_files import new_private_file, private_folder

log = logging.getLogger(__name__)


class RestoreRefused(DeskError):
    """The chosen file cannot be restored; the current database is untouched."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the database as it was just before (None: there was none)
    revision: str


def inspect_backup(path: Path, known_revisions: set[str]) -> str:
    """Its schema revision; refuses anything but a sound station database this program
    can open."""
    if not path.is_file():
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path)
        )
    problem = backups.integrity_problem(path)
    if problem is not None:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is damaged or not a database ({problem}); it was not "
                "restored and the current database is unchanged.",
            ),
            file=str(path),
            problem=problem,
        )
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            conn.execute("SELECT name FROM station WHERE id = 1").fetchone()
        except sqlite3.DatabaseError:
            revision = None
    finally:
        conn.close()
    if revision is None:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} is not a Station Desk database; it was not restored.",
            ),
            file=str(path),
        )
    if revision[0] not in known_revisions:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} was written by a newer version of Station Desk (schema "
                "{revision}); this version cannot open it, so it was not restored.",
            ),
            file=str(path),
            revision=revision[0],
        )
    return str(revision[0])


def restore_sqlite(
    db_path: Path,
    source: Path,
    known_revisions: set[str],
    progress: backups.ProgressFn | None = None,
) -> RestoreResult:
    """Checks ``source``, copies the current database aside, swaps the backup in."""
    revision = inspect_backup(source, known_revisions)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("Errors", "That file is the database itself; choose a backup.")
        )
    staging = db_path.with_name(db_path.name + ".restoring")
    staging.unlink(missing_ok=True)
    try:
        # Staged before the safety copy, whose pruning may retire the chosen backup.
        backups.copy_database(source, staging, progress)
        safety = _safety_copy(db_path)
        if db_path.exists():
            _close_wal(db_path)
        os.replace(staging, db_path)
        fsync_dir(db_path.parent)
    finally:
        staging.unlink(missing_ok=True)
    log.info("Restored %s from %s (safety copy %s)", db_path, source, safety)
    return RestoreResult(source, safety, revision)


def _safety_copy(db_path: Path) -> Path | None:
    if not db_path.exists():  # a new PC: nothing to keep
        return None
    try:
        return backups.take_backup(db_path, "before-restore").copy.path
    except backups.BackupFailed:
        # Too damaged to copy through SQLite: keep its raw files, never delete them.
        stamp = f"{clock.now():%Y%m%d-%H%M%S}"
        folder = private_folder(backups.backups_dir(db_path))
        kept = folder / f"{db_path.stem}.{stamp}.damaged.db"
        for suffix in ("", "-wal", "-shm"):
            part = db_path.with_name(db_path.name + suffix)
            if part.exists():
                shutil.copyfile(part, new_private_file(kept.with_name(kept.name + suffix)))
                fsync_file(kept.with_name(kept.name + suffix))
        log.warning("Database too damaged to back up; raw copy kept as %s", kept)
        return kept


def _close_wal(db_path: Path) -> None:
    """Folds the WAL into the file and leaves WAL mode, so no stale ``-wal`` can be
    replayed onto the restored file. Fails while another program has it open."""
    try:
        conn = sqlite3.connect(db_path, timeout=2, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use() from exc
        mode = "damaged"
    except sqlite3.DatabaseError:
        mode = "damaged"
    if mode == "damaged":
        # A damaged file was copied raw above; its journal files go with it.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    elif mode.lower() != "delete":
        raise _in_use()


def _in_use() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is open in another program or on another desk. Close Station "
            "Desk everywhere else, then restore again. Nothing was changed.",
        )
    )
