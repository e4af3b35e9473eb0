"""The station's clock.

Time is stored everywhere as *naive local time of the station* (Beijing, UTC+8,
no daylight saving): what the desk sees is what is stored, on SQLite and on
PostgreSQL (``timestamp without time zone``) alike. Tests freeze it by
monkeypatching :func:`now`.
"""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()
