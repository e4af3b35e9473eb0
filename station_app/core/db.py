"""Engines and sessions for SQLite (one desk) and PostgreSQL (several desks).

Write transactions on SQLite start with ``BEGIN IMMEDIATE``: two desks that both
want to write queue up on the lock (``busy_timeout``) instead of failing halfway
with "database is locked" when a read transaction tries to upgrade.

The driver's refusals that are not the program's fault become sentences: a busy
database (:class:`DatabaseBusy`), a transaction PostgreSQL undid because it crossed
another desk's (a deadlock or a serialization failure, :class:`TransactionCollision`;
not retried: ``transaction()`` cannot run its ``with`` body a second time), a full
disk (:class:`DiskFull`), a read-only file, folder, disk or server
(:class:`ReadOnlyDatabase`), an I/O error or a file that can no longer be reached
(:class:`DiskFailure`). The transaction is rolled back whole in every case, so the
sentence can say that nothing was saved.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from station_app.core.errors import (
    DatabaseBusy,
    DeskError,
    DiskFailure,
    DiskFull,
    ReadOnlyDatabase,
    StorageError,
    TransactionCollision,
)
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.paths import default_db_path
from station_app.core.private_files import private_file, private_folder

if TYPE_CHECKING:  # the ORM loads with the first session: 检查数据 and backups need none
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "station_write"
# An I/O error on a disk with less free space than this is taken for a full disk.
LOW_SPACE_BYTES = 16 * 1024 * 1024
# ... and so is one on a file within this much of the largest file size allowed
# (RLIMIT_FSIZE, "File too large"): SQLite writes at most a page (64 KiB) at a time.
SIZE_LIMIT_SLACK = 128 * 1024


def resolve_url(db_arg: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """``--db`` wins over ``STATION_DB``, which wins over the user data folder."""
    env = os.environ if env is None else env
    value = db_arg or env.get("STATION_DB") or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory databases and servers."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def display_location(url: str) -> str:
    """The file, or the server without its password: what the desk may be shown."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not even a URL: show it as it was given
        return url


def _install_sqlite_hooks(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        if path is not None:
            # Private from the first connection on (the file exists, still empty, once
            # connected); SQLite then creates -wal/-shm with the same mode.
            for suffix in ("", "-wal", "-shm"):
                private_file(Path(f"{path}{suffix}"))
        # Take over BEGIN from pysqlite (its implicit transactions break savepoints).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a confirmed hand-out survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, *, for_migrations: bool = False) -> Engine:
    if is_sqlite_url(url):
        path = sqlite_file(url)
        if path is not None:
            private_folder(path.parent, ours=False)
        engine = create_engine(url, poolclass=NullPool if for_migrations else None)
        _install_sqlite_hooks(engine, path)
        return engine
    return create_engine(url, pool_pre_ping=True, poolclass=NullPool if for_migrations else None)


def read_only_engine(url: str) -> Engine:
    """For looking only: an SQLite file is opened read-only, with no pragmas (no switch
    to WAL), so a file this program must not open is left exactly as it was."""
    path = sqlite_file(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True, poolclass=NullPool)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
    )


# PostgreSQL SQLSTATEs: a lock not granted (lock_timeout, NOWAIT) ...
PG_LOCK_NOT_AVAILABLE = "55P03"
# ... and a transaction undone whole because it crossed another one.
PG_DEADLOCK = "40P01"
PG_SERIALIZATION_FAILURE = "40001"


def _sqlstate(exc: BaseException) -> str:
    return str(getattr(getattr(exc, "orig", exc), "sqlstate", "") or "")


def is_busy_error(exc: BaseException) -> bool:
    if _sqlstate(exc) == PG_LOCK_NOT_AVAILABLE:
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text or "lock timeout" in text


def is_collision(exc: BaseException) -> bool:
    """A deadlock or serialization failure: the server rolled the transaction back."""
    return _sqlstate(exc) in (PG_DEADLOCK, PG_SERIALIZATION_FAILURE)


class Database:
    """One database: an engine for reads and a write-flavoured copy for use cases."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_location(self) -> str:
        return display_location(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            try:
                with self._refusals():
                    yield session
            finally:
                session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: everything inside lands together or not at all."""
        from sqlalchemy.orm import Session

        with (
            self._refusals(),
            Session(self.write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for reading, without the ORM (what the desk's first screen
        reads: the login, the member list); nothing it does is committed."""
        with self._refusals(), self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One use case on a Core connection (the login, operators, the station's
        profile): lands together or not at all."""
        with self._refusals(), self.write_engine.begin() as conn:
            yield conn

    @contextmanager
    def _refusals(self) -> Iterator[None]:
        """A driver error the desk can act on leaves the block as its sentence."""
        try:
            yield
        except DBAPIError as exc:
            refusal = self.refusal(exc)
            if refusal is None:
                raise
            raise refusal from exc

    def refusal(self, exc: DBAPIError) -> DeskError | None:
        """The sentence for a driver error the desk can act on, else None."""
        if is_busy_error(exc):
            return _busy()
        if is_collision(exc):
            log.warning("%s: undone, crossed another desk: %s", self.display_location, exc.orig)
            return TransactionCollision(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database was busy; nothing was changed. Please try again."
                )
            )
        path = sqlite_file(self.url)
        location = str(path.parent) if path is not None else self.display_location
        refusal = storage_error(exc, path, location)
        if refusal is not None:
            log.error("%s: %s", self.display_location, refusal.text, exc_info=exc)
        return refusal

    def dispose(self) -> None:
        self.engine.dispose()


def storage_error(exc: BaseException, path: Path | None, location: str) -> StorageError | None:
    """A full disk, a read-only file or server, an I/O error or a file out of reach, as
    a sentence; None for any other error. ``location``: the folder (or server) named."""
    orig = getattr(exc, "orig", exc)
    name = str(getattr(orig, "sqlite_errorname", "") or "")  # SQLite result code
    state = str(getattr(orig, "sqlstate", "") or "")  # PostgreSQL SQLSTATE
    words = str(orig).strip()
    text = words.lower()
    if name == "SQLITE_FULL" or state == "53100" or "database or disk is full" in text:
        return _disk_full(location)
    if name.startswith("SQLITE_READONLY") or state == "25006" or "readonly database" in text:
        return ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database cannot be written (read-only disk or folder): nothing was "
                "saved. Check that {location} can be written to (not a write-protected USB "
                "drive, a read-only folder or share, or a standby server), then try again.",
            ),
            location=location,
        )
    if (
        name.startswith("SQLITE_IOERR")
        or name == "SQLITE_CANTOPEN"
        or state == "58030"
        or "disk i/o error" in text
        or "unable to open database file" in text
    ):
        if _out_of_room(path):  # e.g. "File too large": the disk is as good as full
            return _disk_full(location)
        return DiskFailure(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database in {location} could not be read or written ({reason}): nothing "
                "was saved. The drive may have been unplugged or be failing; check it, then "
                "run 检查数据 and make a backup before going on.",
            ),
            location=location,
            reason=words.splitlines()[0] if words else orig.__class__.__name__,
        )
    return None


def _disk_full(location: str) -> DiskFull:
    return DiskFull(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk is full: nothing was saved. Free some space on the disk that holds "
            "{location} (empty the recycle bin, move old files off it), then try again.",
        ),
        location=location,
    )


def _out_of_room(path: Path | None) -> bool:
    """After an I/O error: is the disk nearly full, or a file at its size limit?"""
    if path is None:
        return False
    try:
        if shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES:
            return True
    except OSError:
        pass
    limit = _file_size_limit()
    if limit is None:
        return False
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            size = os.stat(f"{path}{suffix}").st_size
        except OSError:
            continue
        if size + SIZE_LIMIT_SLACK >= limit:
            return True
    return False


def _file_size_limit() -> int | None:
    try:
        import resource  # not on Windows
    except ImportError:
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is busy: another desk is saving. Nothing was changed; "
            "please try again in a moment.",
        )
    )
