from pathlib import Path

import pytest
from sqlalchemy import text

from station_app.core.db import Database, resolve_url, sqlite_file
from station_app.core.errors import DatabaseBusy


def test_db_argument_wins_over_environment(tmp_path: Path) -> None:
    env = {"STATION_DB": str(tmp_path / "env.db")}
    assert resolve_url(str(tmp_path / "arg.db"), env) == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url(None, env) == f"sqlite:///{tmp_path / 'env.db'}"
    pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    assert resolve_url(pg, env) == pg


def test_default_location_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    url = resolve_url(None, {})
    assert (
        sqlite_file(url)
        == Path(platformdirs.user_data_dir("StationDesk", appauthor=False)) / "station.db"
    )


def test_every_sqlite_connection_has_the_safety_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_failed_use_case_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('东交民巷', 1)"))
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM community")).scalar() == 0


def test_savepoints_work_on_sqlite(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('甲', 1)"))
        nested = s.begin_nested()
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('乙', 2)"))
        nested.rollback()
    with sqlite_db.read() as s:
        names = s.execute(text("SELECT name FROM community")).scalars().all()
    assert names == ["甲"]


def test_locked_database_gives_a_sentence_not_a_traceback(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import station_app.core.db as dbmod

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    other = Database(sqlite_db.url)  # a second desk, waiting only 50 ms
    with sqlite_db.transaction() as s:
        s.execute(text("INSERT INTO community (name, sort_order) VALUES ('甲', 1)"))
        with pytest.raises(DatabaseBusy) as refused, other.transaction() as s2:
            s2.execute(text("INSERT INTO community (name, sort_order) VALUES ('乙', 2)"))
    other.dispose()
    assert "busy" in refused.value.message()
    with sqlite_db.read() as s:
        assert s.execute(text("SELECT count(*) FROM community")).scalar() == 1


def test_naive_local_times_round_trip_unchanged(db: Database) -> None:
    import datetime as dt

    moment = dt.datetime(2027, 1, 28, 9, 30, 15)
    with db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO operator (username, display_name, role, password_hash, active, "
                "failed_logins, created_at) VALUES ('x', 'X', 'desk', 'h', true, 0, :at)"
            ),
            {"at": moment},
        )
    from station_app.core.models import Operator

    with db.read() as s:
        assert s.query(Operator.created_at).scalar() == moment
