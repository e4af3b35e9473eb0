"""Opening the station's database: upgrade it (copy aside first), or say why not."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from station_app.core.db import Database, display_location, is_busy_error
from station_app.core.errors import DatabaseUnavailable
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.core.migrate import upgrade_to_head

log = logging.getLogger(__name__)

PG_INSUFFICIENT_PRIVILEGE = "42501"


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")


def open_database(url: str, *, daily: bool = True) -> Database:
    """Raises DatabaseUnavailable (a sentence for the desk) instead of driver errors.

    ``daily``: take the daily automatic backup now when it is due (the GUI passes
    False and takes it in the background once the desk is open).
    """
    try:
        upgrade_to_head(url, daily=daily)
    except DatabaseUnavailable:
        raise
    except (DBAPIError, NoSuchModuleError, OSError) as exc:
        log.exception("Cannot open database %s", url)
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        if isinstance(exc, DBAPIError) and _sqlstate(exc) == PG_INSUFFICIENT_PRIVILEGE:
            # A desk role: it may read and write rows, never create or alter tables.
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {location} must be brought up to this version's schema, and "
                "this login may not change the schema ({reason}). Nothing was changed. Run "
                "station-app upgrade once as the database's owner, then start again.",
            )
        elif isinstance(exc, DBAPIError) and is_busy_error(exc):
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {location} is in use by another program and could not be "
                "upgraded. Close the other program and start again.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {location} could not be opened: {reason}. Check the path or "
                "that the database server is running.",
            )
        raise DatabaseUnavailable(
            text,
            location=display_location(url),
            reason=reason[0] if reason else exc.__class__.__name__,
        ) from exc
    return Database(url)
