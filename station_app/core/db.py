"""Engines and sessions for SQLite (one desk) and PostgreSQL (several desks).

Write transactions on SQLite start with ``BEGIN IMMEDIATE``: two desks that both
want to write queue up on the lock (``busy_timeout``) instead of failing halfway
with "database is locked" when a read transaction tries to upgrade.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from station_app.core.errors import DatabaseBusy
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.paths import default_db_path

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "station_write"


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


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
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
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, poolclass=NullPool if for_migrations else None)
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, poolclass=NullPool if for_migrations else None)


def is_busy_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text or "lock timeout" in text


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
        path = sqlite_file(self.url)
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with Session(self.engine) as session:
            try:
                yield session
            except OperationalError as exc:
                if is_busy_error(exc):
                    raise _busy() from exc
                raise
            finally:
                session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: everything inside lands together or not at all."""
        try:
            with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            if is_busy_error(exc):
                raise _busy() from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is busy: another desk is saving. Nothing was changed; "
            "please try again in a moment.",
        )
    )
