"""The audit log is evidence: the database refuses to rewrite or empty it (TRUNCATE too,
on PostgreSQL, migration 0006), and 检查数据 fails when one of those guards is gone."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from station_app.core.audit_checks import APPEND_ONLY
from station_app.core.db import Database
from station_app.data_checks import check_database
from tests.conftest import set_up_station


def _audit_rows(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM audit_log")).scalar_one()


def _run(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _append_only_lines(db: Database) -> tuple[str, ...] | None:
    """The rule's lines when it failed, None when it passed."""
    report = check_database(db.url)
    failed = {f.name: f.lines for f in report.failed}
    assert APPEND_ONLY in failed or APPEND_ONLY in report.passed, report.lines()
    return failed.get(APPEND_ONLY)


@pytest.mark.parametrize(
    "statement",
    [
        "TRUNCATE audit_log",
        "TRUNCATE audit_log RESTART IDENTITY",
        "TRUNCATE operator CASCADE",  # empties audit_log through its foreign key
        "UPDATE audit_log SET action = 'nothing'",
        "DELETE FROM audit_log",
    ],
)
def test_the_database_refuses_to_rewrite_or_empty_the_audit_log(
    db: Database, statement: str
) -> None:
    if db.is_sqlite and statement.startswith("TRUNCATE"):
        pytest.skip("SQLite has no TRUNCATE")
    set_up_station(db)
    before = _audit_rows(db)
    assert before > 0
    with pytest.raises(DBAPIError, match="audit_log is append-only"):
        _run(db, statement)
    assert _audit_rows(db) == before


def test_a_fresh_database_passes_the_rule(db: Database) -> None:
    set_up_station(db)
    assert _append_only_lines(db) is None
    assert check_database(db.url).ok


def test_a_dropped_guard_fails_the_check(db: Database) -> None:
    if db.is_sqlite:
        _run(db, "DROP TRIGGER audit_log_no_delete")
        assert _append_only_lines(db) == ("nothing refuses DELETE on audit_log",)
    else:
        _run(db, "DROP TRIGGER audit_log_no_truncate ON audit_log")
        assert _append_only_lines(db) == ("nothing refuses TRUNCATE on audit_log",)


def test_a_switched_off_guard_fails_the_check(db: Database) -> None:
    if db.is_sqlite:  # SQLite cannot switch a trigger off: drop the other one
        _run(db, "DROP TRIGGER audit_log_no_update")
        assert _append_only_lines(db) == ("nothing refuses UPDATE on audit_log",)
    else:
        _run(db, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        assert _append_only_lines(db) == (
            "nothing refuses DELETE on audit_log",
            "nothing refuses UPDATE on audit_log",
        )
