"""Foundation: one audited use case (transaction + audit row, synchronous=FULL)."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

from station_app.core import audit
from station_app.core.actor import CLI_ACTOR
from station_app.core.startup import open_database
from station_app.members.models import Community
from tests.bench.harness import Figure, median_ms


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    db = open_database(f"sqlite:///{workdir / 'core.db'}")
    counter = itertools.count()

    def use_case() -> None:
        with db.transaction() as s:
            row = Community(name=f"社区{next(counter)}", sort_order=0)
            s.add(row)
            s.flush()
            audit.record(s, CLI_ACTOR, "create", "community", row.id, after={"name": row.name})

    floor_db = sqlite3.connect(workdir / "floor.db", isolation_level=None)
    floor_db.execute("PRAGMA journal_mode=WAL")
    floor_db.execute("PRAGMA synchronous=FULL")
    floor_db.execute("CREATE TABLE community (id INTEGER PRIMARY KEY, name TEXT, sort_order INT)")
    floor_db.execute(
        "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT, operator_name TEXT, "
        "action TEXT, entity TEXT, entity_id TEXT, summary TEXT)"
    )
    floor_counter = itertools.count()

    def floor() -> None:
        floor_db.execute("BEGIN IMMEDIATE")
        cur = floor_db.execute(
            "INSERT INTO community (name, sort_order) VALUES (?, 0)",
            (f"社区{next(floor_counter)}",),
        )
        floor_db.execute(
            "INSERT INTO audit_log (at, operator_name, action, entity, entity_id, summary) "
            "VALUES (datetime('now'), 'cli', 'create', 'community', ?, '{}')",
            (cur.lastrowid,),
        )
        floor_db.execute("COMMIT")

    value = median_ms(use_case, repeat=50)
    floor_ms = median_ms(floor, repeat=50)
    db.dispose()
    floor_db.close()
    return [Figure("audited use case on SQLite (insert + audit, FULL sync)", value, floor_ms)]
