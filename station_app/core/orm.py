"""The ORM's declarative base, on the one MetaData of core/models.py.

Imported only once the ORM is used (core/rows.py): the welfare, rooms and volunteers
tables are declared on it; core's and the members' row classes are mapped on it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from station_app.core import clock
from station_app.core.models import metadata


class Base(DeclarativeBase):
    metadata = metadata


class Stamped:
    """Mixin: ``created_at`` and ``updated_at`` (the station's naive local time), the
    last columns of a table; the services set ``updated_at`` on every change. The same
    columns as core/models.py ``stamped()`` gives a Core table."""

    created_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=clock.now)
