"""Small pieces every volunteer service uses: "no longer on file" refusals and the
guard that turns a database refusal into the desk's sentence."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from station_app.core.db import Database
from station_app.core.errors import ConflictError
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.volunteers import overlap
from station_app.volunteers.overlap import Attempt


def missing_team() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This team is no longer on file."))


def missing_volunteer() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This volunteer is no longer on file."))


def missing_activity() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This activity is no longer on file."))


def missing_shift() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This shift is no longer on file."))


def missing_assignment() -> ConflictError:
    return ConflictError(QT_TRANSLATE_NOOP("Errors", "This volunteer is no longer on the shift."))


@contextmanager
def overlap_refusals(db: Database, attempts: list[Attempt]) -> Iterator[None]:
    """Wrap ``db.transaction()``: an overlap the database refused (two desks at once)
    becomes the sentence the service would have given. ``attempts`` is filled inside."""
    try:
        yield
    except DBAPIError as exc:
        error = overlap.refusal_error(db, exc, attempts)
        if error is None:
            raise
        raise error from exc
