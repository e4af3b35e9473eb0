"""检查数据 for the whole station: SQLite's checks plus every feature's rules."""

from __future__ import annotations

from station_app.core.audit_checks import INVARIANTS as AUDIT_RULES
from station_app.core.datacheck import CheckReport, Invariant, run_checks
from station_app.core.migrate import head_revision, known_revisions
from station_app.members.checks import INVARIANTS as MEMBER_RULES
from station_app.rooms.checks import INVARIANTS as ROOM_RULES
from station_app.volunteers.checks import INVARIANTS as VOLUNTEER_RULES
from station_app.welfare.checks import INVARIANTS as WELFARE_RULES

ALL_RULES: tuple[Invariant, ...] = (
    *AUDIT_RULES,
    *MEMBER_RULES,
    *WELFARE_RULES,
    *ROOM_RULES,
    *VOLUNTEER_RULES,
)


def check_database(url: str) -> CheckReport:
    return run_checks(url, ALL_RULES, head_revision(), known_revisions())
