"""检查数据's rule for the audit log: the database's own guards that keep it append-only
are in place and switched on (migrations 0001 and 0006). Without them anyone with the
database's password could rewrite the evidence and nothing would notice.

SQLite: ``BEFORE UPDATE`` and ``BEFORE DELETE`` triggers that ``RAISE(ABORT, ...)``.
PostgreSQL: enabled ``BEFORE`` triggers running ``audit_log_append_only()`` for UPDATE,
DELETE and TRUNCATE. Each refused change without its guard is one line of the report.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from station_app.core.datacheck import Invariant
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

APPEND_ONLY = QT_TRANSLATE_NOOP("Checks", "audit log is append-only")
GUARD_FUNCTION = "audit_log_append_only"
SQLITE_EVENTS = ("UPDATE", "DELETE")  # SQLite has no TRUNCATE
# pg_trigger.tgtype bits (src/include/catalog/pg_trigger.h).
PG_BEFORE = 1 << 1
PG_EVENTS = {"DELETE": 1 << 3, "UPDATE": 1 << 4, "TRUNCATE": 1 << 5}


UNGUARDED_LINE = QT_TRANSLATE_NOOP("Checks", "nothing refuses {event} on audit_log")


def _missing(events: tuple[str, ...], guarded: set[str]) -> list[str]:
    return [
        translate("Checks", UNGUARDED_LINE).format(event=event)
        for event in events
        if event not in guarded
    ]


def _sqlite_guarded(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    ).scalars()
    guarded = set()
    for sql in rows:
        words = " ".join((sql or "").upper().split())
        match = re.search(r'\bBEFORE (UPDATE|DELETE)\b[^;]*? ON "?AUDIT_LOG\b', words)
        if match and "RAISE(ABORT" in words.replace(" ", ""):
            guarded.add(match.group(1))
    return guarded


def _pg_guarded(conn: Connection) -> set[str]:
    rows = conn.execute(
        text(
            # tgenabled: 'O' fires in ordinary sessions, 'A' always; 'D' is switched
            # off, 'R' fires on replicas only.
            "SELECT t.tgtype FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE t.tgrelid = to_regclass('audit_log') AND NOT t.tgisinternal "
            "AND t.tgenabled IN ('O', 'A') AND p.proname = :function"
        ),
        {"function": GUARD_FUNCTION},
    ).scalars()
    guarded = set()
    for tgtype in rows:
        if tgtype & PG_BEFORE:
            guarded.update(event for event, bit in PG_EVENTS.items() if tgtype & bit)
    return guarded


def append_only_breaches(conn: Connection) -> list[str]:
    if conn.dialect.name == "sqlite":
        return _missing(SQLITE_EVENTS, _sqlite_guarded(conn))
    return _missing(tuple(PG_EVENTS), _pg_guarded(conn))


INVARIANTS = (Invariant(APPEND_ONLY, append_only_breaches),)
