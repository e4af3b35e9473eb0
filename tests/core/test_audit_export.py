"""An export is recorded in the audit log, or its file does not stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from station_app.core import audit
from station_app.core.actor import CLI_ACTOR
from station_app.core.db import Database


def _exports(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(text("SELECT summary FROM audit_log WHERE action = 'export'")))


def test_a_recorded_export_names_its_file(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"rows")
    audit.record_export(sqlite_db, CLI_ACTOR, path, "member", "rows=1")
    assert path.exists()
    assert any("file=list.xlsx; rows=1" in summary for summary in _exports(sqlite_db))


def test_an_export_the_log_refuses_is_deleted(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.transaction() as s:  # the log refuses every row (a real database fault)
        s.execute(
            text(
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"rows")
    with pytest.raises(Exception, match="disk full"):
        audit.record_export(sqlite_db, CLI_ACTOR, path, "member", "rows=1")
    assert not path.exists()
