"""PostgreSQL with two roles (README, "Two roles"): the schema belongs to the owner
(here the test's superuser), the desks log in as a role that owns nothing and has
only the grants the README lists, run here exactly as written there. The desk's use
cases work; changing or emptying the audit log, or the schema, does not."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from station_app import demo
from station_app.cli import main
from station_app.core.accounts import AccountService
from station_app.core.db import Database, make_engine
from station_app.core.errors import DatabaseUnavailable
from station_app.core.migrate import alembic_config, current_revision, head_revision
from station_app.core.startup import open_database
from station_app.data_checks import check_database
from station_app.volunteers.service import ActivityService, AssignmentService
from station_app.volunteers.types import ActivityInput, ShiftInput
from tests.conftest import PG_URL

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "-- desk role grants"
INSUFFICIENT_PRIVILEGE = "42501"


def readme_grants(schema: str, role: str) -> list[str]:
    """The SQL block under MARKER in the README, for this test's schema and role."""
    block = README.read_text(encoding="utf-8").split(MARKER, 1)[1].split("```", 1)[0]
    body = block.split("\n", 1)[1]  # the rest of the marker's line is a comment
    statements = [s.strip() for s in body.split(";") if s.strip()]
    assert len(statements) >= 5, statements
    return [re.sub(r"\bstation_desk\b", role, re.sub(r"\bpublic\b", schema, s)) for s in statements]


@dataclass
class DeskRole:
    owner: Database  # the test's own login: the schema's owner
    url: str  # the same database, logged in as the desk role
    role: str


def _as_superuser(*statements: str) -> None:
    engine = sa.create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def desk_role(db: Database) -> Iterator[DeskRole]:
    if db.is_sqlite:
        pytest.skip("roles and grants are PostgreSQL's")
    url = make_url(db.url)
    schema = re.search(r"search_path=(\w+)", url.query["options"]).group(1)  # type: ignore[union-attr]
    role = f"desk_{schema}"  # roles are per server: the test's schema name keeps it unique
    _as_superuser(f"CREATE ROLE {role} LOGIN")
    try:
        with db.engine.begin() as conn:  # as the owner, in the test's schema
            for statement in readme_grants(schema, role):
                conn.execute(text(statement))
        yield DeskRole(db, url.set(username=role).render_as_string(hide_password=False), role)
    finally:
        _as_superuser(f"DROP OWNED BY {role}", f"DROP ROLE {role}")


def _refused(database: Database, statement: str) -> None:
    with pytest.raises(DBAPIError) as caught, database.engine.begin() as conn:
        conn.execute(text(statement))
    assert getattr(caught.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE, caught.value


def test_the_grants_name_the_audit_log_read_and_append_only() -> None:
    grants = " ".join(readme_grants("public", "station_desk"))
    assert "REVOKE UPDATE, DELETE ON audit_log FROM station_desk" in grants
    assert "TRUNCATE" not in grants and "ALL PRIVILEGES" not in grants


def test_the_desk_role_runs_the_desks_use_cases(desk_role: DeskRole) -> None:
    desk_db = open_database(desk_role.url, daily=False)  # the start: at head, no DDL
    try:
        with desk_db.read() as s:
            assert s.execute(text("SELECT current_user")).scalar() == desk_role.role
        summary = demo.fill(desk_db, members=30, seed=4)  # setup, members, rooms, gifts
        assert summary.members == 30
        actor = AccountService(desk_db).login("desk", "desk123")
        activities = ActivityService(desk_db)
        day = dt.date(2031, 3, 8)
        activity = activities.add_activity(
            actor,
            ActivityInput(
                title="社区义诊",
                kind="help",
                starts_at=dt.datetime.combine(day, dt.time(8)),
                ends_at=dt.datetime.combine(day, dt.time(12)),
                place="服务站",
            ),
        ).id
        start = dt.datetime.combine(day, dt.time(9))
        shift = activities.add_shift(
            actor, activity, ShiftInput(start, start + dt.timedelta(hours=2), role="引导")
        ).id
        with desk_db.read() as s:
            volunteer_id = s.execute(text("SELECT min(id) FROM volunteer")).scalar_one()
        assignments = AssignmentService(desk_db)
        assignment = assignments.assign(actor, shift, volunteer_id).assignment_id
        assignments.unassign(actor, assignment)
        report = check_database(desk_role.url)  # 检查数据 as the desk, too
        assert report.ok, report.lines()
        # The audit log: read and append, nothing more.
        with desk_db.read() as s:
            assert s.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > 0
        _refused(desk_db, "UPDATE audit_log SET action = 'x'")
        _refused(desk_db, "DELETE FROM audit_log")
        _refused(desk_db, "TRUNCATE audit_log")
        _refused(desk_db, "DROP TRIGGER audit_log_append_only ON audit_log")
        _refused(desk_db, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate")
        _refused(desk_db, "UPDATE alembic_version SET version_num = 'x'")
    finally:
        desk_db.dispose()


def _one_version_behind(owner: Database) -> str:
    engine = make_engine(owner.url, for_migrations=True)
    try:
        with engine.connect() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
            conn.commit()
            behind = current_revision(conn)
    finally:
        engine.dispose()
    assert behind is not None and behind != head_revision()
    return behind


def _revision(database: Database) -> str | None:
    with database.read() as s:
        return current_revision(s.connection())


def test_only_the_owner_upgrades_and_the_desk_is_told_so(
    desk_role: DeskRole, qapp, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    behind = _one_version_behind(desk_role.owner)
    with pytest.raises(DatabaseUnavailable) as refused:  # the desk program's start
        open_database(desk_role.url, daily=False)
    message = refused.value.message()
    assert "station-app upgrade" in message and "owner" in message
    assert _revision(desk_role.owner) == behind  # nothing was changed
    assert main(["--db", desk_role.url, "upgrade"]) == 2
    assert "station-app upgrade" in capsys.readouterr().err
    assert _revision(desk_role.owner) == behind
    assert main(["--db", desk_role.owner.url, "upgrade"]) == 0  # README: the owner
    assert "的数据结构已是最新" in capsys.readouterr().out  # the CLI speaks Chinese
    assert _revision(desk_role.owner) == head_revision()
