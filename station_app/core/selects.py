"""Column lists for Core selects, written as names instead of one ``table.c.x`` line
each: ``*columns(member_t, "id member_no name")``."""

from __future__ import annotations

from sqlalchemy import ColumnElement, FromClause


def columns(table: FromClause, names: str) -> list[ColumnElement]:
    """``table.c.<name>`` for each of the space-separated ``names``, in that order."""
    return [table.c[name] for name in names.split()]
