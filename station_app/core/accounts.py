"""Operator accounts: first administrator, login with lockout, role management.

Read and written with Core on ``operator_t`` (no ORM): the login is on the way to the
desk's first screen, which opens without loading the ORM (core/rows.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update

from station_app.core import audit, clock, login_guard
from station_app.core.actor import ROLE_ADMIN, ROLES, Actor
from station_app.core.db import Database
from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.models import operator_t
from station_app.core.passwords import hash_password, needs_rehash, verify_password
from station_app.core.text import clean_text

MIN_PASSWORD_LENGTH = 6
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")


@dataclass(frozen=True)
class OperatorRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    last_login_at: dt.datetime | None


_op = operator_t.c


def _actor(op: Row[Any]) -> Actor:
    return Actor(id=op.id, username=op.username, display_name=op.display_name, role=op.role)


def _operator(s: Connection, operator_id: int) -> Row[Any]:
    """The operator's row (NoResultFound when there is none, as ``Session.get_one``)."""
    return s.execute(select(operator_t).where(_op.id == operator_id)).one()


def _change(s: Connection, operator_id: int, **values: Any) -> None:
    s.execute(update(operator_t).where(_op.id == operator_id).values(**values))


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only an administrator may do this."))


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password needs at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )


def validate_username(username: str) -> str:
    username = clean_text(username, field="username")
    if not _USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The user name must be 2 to 40 letters, digits, dots, dashes or underscores.",
            ),
            field="username",
        )
    return username


def validate_display_name(display_name: str) -> str:
    display_name = clean_text(display_name, field="display_name", max_length=40)
    if not display_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter the operator's name."), field="display_name"
        )
    return display_name


def new_operator(username: str, display_name: str, role: str, password: str) -> dict[str, Any]:
    """A validated operator's values, not yet added (the setup wizard and settings)."""
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role."), field="role")
    validate_password(password)
    return {
        "username": validate_username(username),
        "display_name": validate_display_name(display_name),
        "role": role,
        "password_hash": hash_password(password),
        "active": True,
        "failed_logins": 0,
        "created_at": clock.now(),
    }


def add_operator_row(s: Connection, values: dict[str, Any]) -> int:
    """Inserts :func:`new_operator`'s values; the new id."""
    return s.execute(insert(operator_t).values(**values)).inserted_primary_key[0]


class AccountService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_operators(self) -> bool:
        with self.db.connect() as s:
            return bool(s.scalar(select(func.count()).select_from(operator_t)))

    def actor_named(self, username: str) -> Actor | None:
        """The active operator ``username`` as an actor, without a password: for work
        done on their behalf by a command (the demo's desk and administrator)."""
        with self.db.connect() as s:
            op = s.execute(select(operator_t).where(_op.username == username)).first()
            return _actor(op) if op is not None and op.active else None

    def login(
        self, username: str, password: str, meanwhile: Callable[[], object] | None = None
    ) -> Actor:
        """Checks the password. Five wrong tries lock the name, longer each time within
        a day (see :mod:`.login_guard`); unknown names are refused the same way.

        ``meanwhile`` runs in this thread while the password is checked on another
        (:func:`.passwords.verify_password`); not when the name is locked."""
        now = clock.now()
        name = clean_text(username, field="username")
        with self.db.begin() as s:
            op = s.execute(select(operator_t).where(_op.username == name)).first()
            if op is None or not op.active:
                refused = login_guard.refuse_nobody(s, name, password, now, meanwhile)
            elif op.locked_until is not None and op.locked_until > now:
                refused = login_guard.still_locked(op.locked_until, now)
            elif not verify_password(op.password_hash, password, meanwhile):
                failed = op.failed_logins + 1
                audit.record(s, _actor(op), login_guard.FAILED, "operator", op.id)
                if failed >= login_guard.MAX_FAILED_LOGINS:
                    locked_until, refused = login_guard.lock(s, _actor(op), now)
                    _change(s, op.id, failed_logins=0, locked_until=locked_until)
                else:
                    _change(s, op.id, failed_logins=failed)
                    refused = login_guard.wrong(login_guard.MAX_FAILED_LOGINS - failed)
            else:
                values: dict[str, Any] = {
                    "failed_logins": 0,
                    "locked_until": None,
                    "last_login_at": now,
                }
                if needs_rehash(op.password_hash):
                    values["password_hash"] = hash_password(password)
                _change(s, op.id, **values)
                actor = _actor(op)
                audit.record(s, actor, "login", "operator", op.id)
                return actor
        # Raised after commit so that the failure count and its audit rows are kept.
        raise refused

    def list_operators(self) -> list[OperatorRow]:
        with self.db.connect() as s:
            rows = s.execute(
                select(
                    _op.id, _op.username, _op.display_name, _op.role, _op.active, _op.last_login_at
                ).order_by(_op.id)
            )
            return [OperatorRow(*row) for row in rows]

    def add_operator(
        self, actor: Actor, username: str, display_name: str, role: str, password: str
    ) -> int:
        require_admin(actor)
        op = new_operator(username, display_name, role, password)
        with self.db.begin() as s:
            existing = s.scalar(select(_op.id).where(_op.username == op["username"]))
            if existing is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "The user name {name} is already taken."),
                    field="username",
                    name=op["username"],
                )
            operator_id = add_operator_row(s, op)
            audit.record(
                s,
                actor,
                "create",
                "operator",
                operator_id,
                after={
                    "username": op["username"],
                    "display_name": op["display_name"],
                    "role": role,
                },
            )
            return operator_id

    def set_active(self, actor: Actor, operator_id: int, active: bool) -> None:
        require_admin(actor)
        with self.db.begin() as s:
            op = _operator(s, operator_id)
            if not active and op.role == ROLE_ADMIN and self._active_admins(s) <= 1 and op.active:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The last active administrator cannot be deactivated."
                    )
                )
            _change(s, op.id, active=active)
            audit.record(
                s,
                actor,
                "activate" if active else "deactivate",
                "operator",
                op.id,
                before={"active": op.active},
                after={"active": active},
            )

    def reset_password(self, actor: Actor, operator_id: int, new_password: str) -> None:
        if actor.id != operator_id:
            require_admin(actor)
        validate_password(new_password)
        with self.db.begin() as s:
            op = _operator(s, operator_id)
            _change(
                s,
                op.id,
                password_hash=hash_password(new_password),
                failed_logins=0,
                locked_until=None,
            )
            audit.record(s, actor, "reset_password", "operator", op.id)

    def change_own_password(self, actor: Actor, current: str, new_password: str) -> None:
        """The operator's own change: the current password first (a desk left logged in
        is not enough to take the account over), the new one twice (the dialog)."""
        validate_password(new_password)
        with self.db.begin() as s:
            op = _operator(s, actor.id or 0)
            if not verify_password(op.password_hash, current):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The current password is not right."),
                    field="current_password",
                )
            _change(s, op.id, password_hash=hash_password(new_password))
            audit.record(s, actor, "change_password", "operator", op.id)

    @staticmethod
    def _active_admins(s: Connection) -> int:
        return s.scalar(
            select(func.count())
            .select_from(operator_t)
            .where(_op.role == ROLE_ADMIN, _op.active.is_(True))
        )
