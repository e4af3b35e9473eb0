import datetime as dt
import threading

import pytest
from sqlalchemy import select, text

from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.db import Database
from station_app.core.errors import AuthError, ConflictError, PermissionDenied, ValidationError
from station_app.core.models import AuditLog
from station_app.core.station import StationProfile, StationService
from tests.conftest import set_up_station


def test_first_start_needs_setup_then_not(db: Database) -> None:
    stations = StationService(db)
    assert stations.needs_setup()
    actor = set_up_station(db)
    assert actor.is_admin and not stations.needs_setup()
    assert stations.profile() == StationProfile(
        "太平桥街道总工会服务站", "西城区太平桥大街1号", "010-66001234", "TPQ"
    )
    with pytest.raises(ConflictError):
        set_up_station(db)


def test_setup_with_bad_input_changes_nothing(db: Database) -> None:
    stations = StationService(db)
    with pytest.raises(ValidationError) as refused:
        stations.set_up(
            StationProfile(name="服务站", member_no_prefix="12"), "admin", "王", "secret123"
        )
    assert refused.value.field == "member_no_prefix"
    with pytest.raises(ValidationError) as refused:
        stations.set_up(StationProfile(name="服务站", member_no_prefix="TPQ"), "admin", "王", "123")
    assert refused.value.field == "password"
    assert stations.needs_setup()
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM operator")).scalar() == 0


def test_login_and_audit(db: Database, admin_actor: Actor) -> None:
    accounts = AccountService(db)
    actor = accounts.login("admin", "secret123")
    assert actor == admin_actor
    with db.read() as s:
        actions = s.scalars(select(AuditLog.action).order_by(AuditLog.id)).all()
    assert actions == ["setup", "create", "login"]


def test_five_wrong_passwords_lock_the_account_for_a_minute(
    db: Database, admin_actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts = AccountService(db)
    start = dt.datetime(2027, 3, 8, 9, 0, 0)
    monkeypatch.setattr(clock, "now", lambda: start)
    for _ in range(4):
        with pytest.raises(AuthError):
            accounts.login("admin", "wrong")
    with pytest.raises(AuthError) as locked:
        accounts.login("admin", "wrong")
    assert "one minute" in locked.value.message()
    # Even the right password is refused while locked.
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(seconds=59))
    with pytest.raises(AuthError) as still:
        accounts.login("admin", "secret123")
    assert "locked" in still.value.message()
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(seconds=61))
    assert accounts.login("admin", "secret123").username == "admin"


def test_desk_staff_cannot_manage_accounts(db: Database, admin_actor: Actor) -> None:
    accounts = AccountService(db)
    desk_id = accounts.add_operator(admin_actor, "li", "李前台", "desk", "desk1234")
    desk = accounts.login("li", "desk1234")
    assert desk.id == desk_id and not desk.is_admin
    with pytest.raises(PermissionDenied):
        accounts.add_operator(desk, "zhao", "赵", "desk", "desk1234")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(desk, admin_actor.id, "hacked123")
    accounts.reset_password(desk, desk.id, "newpass99")  # one's own password is fine
    assert accounts.login("li", "newpass99").id == desk_id


def test_deactivated_operator_cannot_log_in(db: Database, admin_actor: Actor) -> None:
    accounts = AccountService(db)
    desk_id = accounts.add_operator(admin_actor, "li", "李前台", "desk", "desk1234")
    accounts.set_active(admin_actor, desk_id, False)
    with pytest.raises(AuthError):
        accounts.login("li", "desk1234")
    with pytest.raises(ConflictError):
        accounts.set_active(admin_actor, admin_actor.id, False)  # last admin stays


def test_duplicate_user_name_is_refused(db: Database, admin_actor: Actor) -> None:
    accounts = AccountService(db)
    with pytest.raises(ConflictError) as refused:
        accounts.add_operator(admin_actor, "admin", "又一个", "desk", "desk1234")
    assert refused.value.field == "username"
    assert len(accounts.list_operators()) == 1


def test_audit_log_is_append_only_in_the_database(db: Database, admin_actor: Actor) -> None:
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), db.transaction() as s:
        s.execute(text("DELETE FROM audit_log"))
    with pytest.raises(DBAPIError), db.transaction() as s:
        s.execute(text("UPDATE audit_log SET operator_name = 'someone else'"))
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_log")).scalar() == 2


def test_a_hash_with_old_parameters_is_upgraded_at_login(db: Database, admin_actor: Actor) -> None:
    from argon2 import PasswordHasher

    from station_app.core.models import Operator
    from station_app.core.passwords import needs_rehash

    with db.transaction() as s:
        op = s.get_one(Operator, admin_actor.id)
        op.password_hash = PasswordHasher(memory_cost=65_536).hash("secret123")
    assert AccountService(db).login("admin", "secret123").id == admin_actor.id
    with db.read() as s:
        stored = s.get_one(Operator, admin_actor.id).password_hash
    assert not needs_rehash(stored) and "m=19456" in stored


# --- login: nothing given away, lockouts that grow, every failure audited -------------


def _refusals(accounts: AccountService, name: str, password: str, times: int) -> list[str]:
    said = []
    for _ in range(times):
        with pytest.raises(AuthError) as refused:
            accounts.login(name, password)
        said.append(refused.value.message())
    return said


def test_an_unknown_name_and_a_wrong_password_are_refused_alike(
    db: Database, admin_actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2027, 3, 8, 9, 0, 0))
    accounts = AccountService(db)
    desk_id = accounts.add_operator(admin_actor, "li", "李前台", "desk", "desk1234")
    accounts.set_active(admin_actor, desk_id, False)
    wrong = _refusals(accounts, "admin", "wrong", 6)
    # Tries left, the lock, "still locked": word for word the same for a name nobody
    # has and for a deactivated account (even with its right password).
    assert _refusals(accounts, "nobody", "wrong", 6) == wrong
    assert _refusals(accounts, "li", "desk1234", 6) == wrong
    assert "4 tries left" in wrong[0] and "locked" in wrong[4] and "locked" in wrong[5]


def test_the_unknown_name_check_costs_one_password_hash(db: Database, admin_actor: Actor) -> None:
    from station_app.core.passwords import NOBODY_HASH, needs_rehash

    # Verified in place of a real hash: same parameters, so about the same time.
    assert not needs_rehash(NOBODY_HASH)


def test_lockouts_grow_within_a_day(
    db: Database, admin_actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts = AccountService(db)
    now = dt.datetime(2027, 3, 8, 9, 0, 0)
    monkeypatch.setattr(clock, "now", lambda: now)

    def locked_for(name: str) -> str:
        return _refusals(accounts, name, "wrong", 5)[-1]

    for minutes in (1, 5, 15, 60, 60):
        for name in ("admin", "nobody"):  # a name nobody has is locked the same way
            said = locked_for(name)
            assert ("one minute" if minutes == 1 else f"{minutes} minutes") in said
            now += dt.timedelta(minutes=minutes) - dt.timedelta(seconds=1)
            assert "locked" in _refusals(accounts, name, "secret123", 1)[0]
            now -= dt.timedelta(minutes=minutes) - dt.timedelta(seconds=1)
        now += dt.timedelta(minutes=minutes, seconds=1)
    assert accounts.login("admin", "secret123").id == admin_actor.id
    # A day without a lock starts again at one minute.
    now += dt.timedelta(hours=24)
    assert "one minute" in locked_for("admin")
    assert "one minute" in locked_for("nobody")


def test_every_failed_login_is_audited_without_the_password(
    db: Database, admin_actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = dt.datetime(2027, 3, 8, 9, 0, 0)
    monkeypatch.setattr(clock, "now", lambda: at)
    accounts = AccountService(db)
    _refusals(accounts, "admin", "Sesame-ADMIN-1", 2)
    _refusals(accounts, "zhangsan", "Sesame-NOBODY-2", 1)
    with db.read() as s:
        rows = s.execute(
            select(
                AuditLog.operator_id,
                AuditLog.operator_name,
                AuditLog.at,
                AuditLog.entity_id,
                AuditLog.summary,
            )
            .where(AuditLog.action == "login_failed")
            .order_by(AuditLog.id)
        ).all()
        everything = repr(s.execute(text("SELECT * FROM audit_log")).all())
    assert [tuple(r[:3]) for r in rows] == [
        (admin_actor.id, "admin", at),
        (admin_actor.id, "admin", at),
        (None, "zhangsan", at),  # a name nobody has: no operator id
    ]
    assert "Sesame" not in everything


def test_meanwhile_runs_here_while_the_password_is_checked_on_a_worker(
    db: Database, admin_actor: Actor
) -> None:
    """For a right and a wrong password and for a name without an account alike. The
    administrator's hash is made ten times as slow as the desk's (it is re-hashed at the
    login), so that the check is surely still running when ``meanwhile`` looks."""
    from argon2 import PasswordHasher

    from station_app.core.models import Operator

    slow = PasswordHasher(time_cost=20, memory_cost=19_456, parallelism=1)
    accounts = AccountService(db)
    seen: list[tuple[str, bool]] = []

    def meanwhile() -> None:
        checking = any(t.name.startswith("password-check") for t in threading.enumerate())
        seen.append((threading.current_thread().name, checking))

    for password, works in (("wrong", False), ("secret123", True)):
        with db.transaction() as s:
            s.scalar(
                select(Operator).where(Operator.username == "admin")
            ).password_hash = slow.hash("secret123")
        if works:
            assert accounts.login("admin", password, meanwhile).username == "admin"
        else:
            with pytest.raises(AuthError):
                accounts.login("admin", password, meanwhile)
    with pytest.raises(AuthError):
        accounts.login("nobody", "secret123", meanwhile)
    main = threading.main_thread().name
    assert seen[:2] == [(main, True)] * 2 and seen[2][0] == main


def test_a_failure_meanwhile_records_no_login(db: Database, admin_actor: Actor) -> None:
    """The check is waited for and the login's transaction rolled back: no audit row,
    no thread left behind."""
    accounts = AccountService(db)

    def meanwhile() -> None:
        raise RuntimeError("the desk could not load")

    with pytest.raises(RuntimeError, match="could not load"):
        accounts.login("admin", "secret123", meanwhile)
    assert not any(t.name.startswith("password-check") for t in threading.enumerate())
    with db.read() as s:
        logins = s.scalars(select(AuditLog).where(AuditLog.action == "login")).all()
    assert logins == []
