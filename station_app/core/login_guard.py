"""Login refusals that give nothing away, and lockouts that grow.

A name nobody has (or a deactivated account) and a wrong password get the same
sentence, and take about as long: a dummy argon2 hash is verified for such names.
Five wrong tries lock a name for 1 minute; the next lock within a day lasts 5, then
15, then 60 minutes. Every failure is an audit row (the name tried, the time, never
the password). The escalation is read back from those rows (``login_locked`` of the
last 24 hours), so it needs no column of its own, and names nobody has are counted
and locked the same way, so that a lock does not tell that a name exists either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, func, select

from station_app.core import audit
from station_app.core.actor import Actor
from station_app.core.errors import AuthError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import audit_log_t
from station_app.core.passwords import verify_nobody

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = (1, 5, 15, 60)  # the last one repeats
ESCALATION_WINDOW = dt.timedelta(hours=24)
NAME_LENGTH = 40  # audit_log.operator_name
FAILED = "login_failed"
LOCKED = "login_locked"


def lock_duration(earlier_locks: int) -> dt.timedelta:
    """How long the next lock lasts, after ``earlier_locks`` locks within a day."""
    return dt.timedelta(minutes=LOCKOUT_MINUTES[min(earlier_locks, len(LOCKOUT_MINUTES) - 1)])


def nobody(name: str) -> Actor:
    """Who a failed login by a name without an active account is recorded as."""
    return Actor(id=None, username=name[:NAME_LENGTH], display_name="", role="")


_audit = audit_log_t.c  # the login reads with Core (see AccountService.login)


def _rows(action: str, operator_id: int | None, name: str):  # type: ignore[no-untyped-def]
    """Audit rows of this operator, or of this name when it has no account."""
    who = (
        _audit.operator_id == operator_id
        if operator_id is not None
        else (_audit.operator_id.is_(None) & (_audit.operator_name == name[:NAME_LENGTH]))
    )
    return (_audit.action == action) & who


def recent_locks(
    s: Connection, at: dt.datetime, operator_id: int | None, name: str, before_id: int | None = None
) -> int:
    """Locks of this operator (or name) in the day up to ``at``."""
    stmt = (
        select(func.count())
        .select_from(audit_log_t)
        .where(_rows(LOCKED, operator_id, name), _audit.at > at - ESCALATION_WINDOW)
    )
    if before_id is not None:
        stmt = stmt.where(_audit.id < before_id)
    return s.scalar(stmt)


def lock(s: Connection, actor: Actor, now: dt.datetime) -> tuple[dt.datetime, AuthError]:
    """Locks the name (an audit row, which the next lock counts): until when, and the
    sentence."""
    duration = lock_duration(recent_locks(s, now, actor.id, actor.username))
    minutes = int(duration.total_seconds() // 60)
    audit.record(s, actor, LOCKED, "operator", actor.id or "", note=f"{minutes} min")
    if minutes == 1:
        text = QT_TRANSLATE_NOOP(
            "Errors", "Five wrong passwords: this account is locked for one minute."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors", "Five wrong passwords: this account is locked for {minutes} minutes."
        )
    return now + duration, AuthError(text, minutes=minutes)


def nobody_state(s: Connection, name: str) -> tuple[int, dt.datetime | None]:
    """For a name without an active account, what the operator row holds for one:
    wrong tries since its last lock, and until when that lock lasts."""
    last = s.execute(
        select(_audit.id, _audit.at)
        .where(_rows(LOCKED, None, name))
        .order_by(_audit.id.desc())
        .limit(1)
    ).first()
    failures = select(func.count()).select_from(audit_log_t).where(_rows(FAILED, None, name))
    if last is None:
        return s.scalar(failures), None
    earlier = recent_locks(s, last.at, None, name, before_id=last.id)
    return s.scalar(failures.where(_audit.id > last.id)), last.at + lock_duration(earlier)


def refuse_nobody(
    s: Connection,
    name: str,
    password: str,
    now: dt.datetime,
    meanwhile: Callable[[], object] | None = None,
) -> AuthError:
    """A name without an active account: the same sentences, timing and lockouts as a
    wrong password, counted in the audit log (no operator id)."""
    failures, locked_until = nobody_state(s, name)
    if locked_until is not None and locked_until > now:
        return still_locked(locked_until, now)
    verify_nobody(password, meanwhile)
    audit.record(s, nobody(name), FAILED, "operator")
    if failures + 1 >= MAX_FAILED_LOGINS:
        return lock(s, nobody(name), now)[1]
    return wrong(MAX_FAILED_LOGINS - failures - 1)


def wrong(left: int) -> AuthError:
    return AuthError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Unknown user name or wrong password ({left} tries left before the account is locked).",
        ),
        left=left,
    )


def still_locked(until: dt.datetime, now: dt.datetime) -> AuthError:
    seconds = int((until - now).total_seconds()) + 1
    if seconds <= 90:
        return AuthError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Too many wrong passwords: this account is locked for {seconds} more seconds.",
            ),
            seconds=seconds,
        )
    return AuthError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Too many wrong passwords: this account is locked for {minutes} more minutes.",
        ),
        minutes=-(-seconds // 60),
    )
