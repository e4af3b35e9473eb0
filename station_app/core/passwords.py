"""argon2 password hashing for operator accounts."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor  # loaded already by SQLAlchemy

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): the library default (64 MiB)
# was the desk program's memory peak at login. Hashes record their own parameters,
# so older ones still verify.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(
    password_hash: str, password: str, meanwhile: Callable[[], object] | None = None
) -> bool:
    """``meanwhile`` runs in this thread while argon2 checks on another: the check (some
    20 ms) lets go of Python's lock, so the desk loads its first screen during a login.
    What either raises is raised here, once the check is over."""
    if meanwhile is None:
        return _verify(password_hash, password)
    with ThreadPoolExecutor(1, thread_name_prefix="password-check") as pool:
        check = pool.submit(_verify, password_hash, password)
        meanwhile()
    return check.result()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True for hashes made with other parameters (re-hashed at the next login)."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return False


# The hash of a random password nobody knows, with _hasher's parameters (a test keeps
# them in step): verified for a name without an account, so that an unknown name
# takes as long to refuse as a wrong password.
NOBODY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$LfHAdx7CcC3+z+SH7e4xIw"
    "$Vf6AQg20B+9nUUiP+oT7e5tpmwh6CRwQmUaWzdNK8Xg"
)


def verify_nobody(password: str, meanwhile: Callable[[], object] | None = None) -> bool:
    """As slow as :func:`verify_password` (``meanwhile`` alike), and always False."""
    verify_password(NOBODY_HASH, password, meanwhile)
    return False
