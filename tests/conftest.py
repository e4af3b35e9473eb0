"""Shared fixtures: offscreen Qt, a fresh database per test (SQLite, and PostgreSQL
when reachable), patched modal dialogs, and no QThread/QTimer left running."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.migrate import upgrade_to_head

PG_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows while testing")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Tests never touch the real user's data, logs or settings.
    os.environ.pop("STATION_DB", None)
    sandbox = Path(tempfile.mkdtemp(prefix="station-test-home-"))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(sandbox / name.lower())


# --- databases -------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once; each test gets a copy of the file (fast, and still real)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade_to_head(f"sqlite:///{path}", backup=False)
    return path


_pg_state: dict[str, str | None] = {}


def _pg_unreachable_reason() -> str | None:
    if "reason" not in _pg_state:
        try:
            import sqlalchemy as sa

            engine = sa.create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            engine.dispose()
            _pg_state["reason"] = None
        except Exception as exc:
            _pg_state["reason"] = f"PostgreSQL not reachable at {PG_URL}: {exc.__class__.__name__}"
    return _pg_state["reason"]


def _fresh_pg() -> tuple[Database, str]:
    """A schema of its own per test, so parallel runs on one server never collide."""
    import sqlalchemy as sa

    schema = f"t_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(PG_URL)
    with engine.begin() as conn:
        # Extensions live in their own schema once: dropping a test schema must not take
        # them along, and leftovers in public must not be visible to the test.
        conn.execute(sa.text("CREATE SCHEMA IF NOT EXISTS test_ext"))
        home = conn.execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'btree_gist'"
            )
        ).scalar()
        if home is None:
            conn.execute(sa.text("CREATE EXTENSION btree_gist SCHEMA test_ext"))
        elif home != "test_ext":
            conn.execute(sa.text("ALTER EXTENSION btree_gist SET SCHEMA test_ext"))
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    url = f"{PG_URL}?options=-csearch_path%3D{schema},test_ext"
    upgrade_to_head(url, backup=False)
    return Database(url), schema


def _drop_pg_schema(schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()


def make_sqlite_db(template: Path, folder: Path) -> Database:
    path = folder / f"station-{uuid.uuid4().hex[:8]}.db"
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: SQLite always, PostgreSQL when reachable."""
    schema = None
    if request.param == "pg":
        reason = _pg_unreachable_reason()
        if reason:
            pytest.skip(reason)
        database, schema = _fresh_pg()
    else:
        database = make_sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()
    if schema:
        _drop_pg_schema(schema)


@pytest.fixture(scope="session")
def filled_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station file with demo data in every feature and stock to spare, made once;
    tests copy it (tests/data_safety.py ``filled_copy``)."""
    from station_app import demo
    from station_app.core.actor import CLI_ACTOR
    from station_app.welfare.service import StockService

    path = tmp_path_factory.mktemp("filled") / "station.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url, backup=False)
    database = Database(url)
    demo.fill(database, members=60, seed=3)
    stock = StockService(database)
    for item in stock.balances(active_only=True):  # enough for any hand-out
        stock.receive(CLI_ACTOR, item.id, 1000, "演练")
    database.dispose()
    # Closed as the program leaves it: WAL mode, everything checkpointed, no -wal.
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = make_sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def admin_actor(db: Database) -> Actor:
    return set_up_station(db)


def set_up_station(database: Database) -> Actor:
    from station_app.core.station import StationProfile, StationService

    return StationService(database).set_up(
        StationProfile(
            name="太平桥街道总工会服务站",
            address="西城区太平桥大街1号",
            phone="010-66001234",
            member_no_prefix="TPQ",
        ),
        "admin",
        "王管理",
        "secret123",
    )


# --- Qt hygiene --------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that loads the Chinese catalogs (the CLI does) must not change the next
    test's language."""
    yield
    import sys

    from station_app.core import i18n

    i18n.install(lambda _context, text: text)
    if "station_app.translators" in sys.modules:
        sys.modules["station_app.translators"].unload_translators()


@pytest.fixture(autouse=True)
def _no_running_qt_threads_or_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a QThread running or a QTimer active (napari's idea)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QThread, QTimer

    threads: list = []
    timers: list = []
    original_thread_start = QThread.start
    original_timer_start = QTimer.start

    def tracking_thread_start(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(self)
        return original_thread_start(self, *args, **kwargs)

    def tracking_timer_start(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        timers.append(self)
        return original_timer_start(self, *args, **kwargs)

    QThread.start = tracking_thread_start
    QTimer.start = tracking_timer_start
    try:
        yield
    finally:
        QThread.start = original_thread_start
        QTimer.start = original_timer_start
    running = [t for t in threads if _alive(lambda t=t: t.isRunning())]
    active = [t for t in timers if _alive(lambda t=t: t.isActive())]
    for timer in active:
        timer.stop()
    if running or active:
        pytest.fail(f"test left {len(running)} QThread(s) running, {len(active)} QTimer(s) active")


def _alive(check) -> bool:  # type: ignore[no-untyped-def]
    try:
        return bool(check())
    except RuntimeError:  # the C++ object is already gone
        return False


@pytest.fixture(autouse=True)
def _own_settings(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Each Qt test starts with empty per-PC settings (an operator's remembered choice
    set by one test never reaches the next)."""
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def _patched_message_boxes(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str, str]]:
    """Modal message boxes return at once in Qt tests; what they said is kept."""
    seen: list[tuple[str, str, str]] = []
    if "qtbot" not in request.fixturenames:
        return seen
    from PySide6.QtWidgets import QMessageBox

    def fake(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append((kind, title, text))
            return answer

        return show

    ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", ok))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", yes))
    return seen


@pytest.fixture
def message_boxes(_patched_message_boxes: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return _patched_message_boxes
