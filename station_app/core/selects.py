"""Column lists for Core selects, written as names instead of one ``table.c.x`` line
each: ``*columns(member_t, "id member_no name")``, and ``*coalesced(totals, "a b")``
for the counts of an outer-joined subquery (0 where it has no row)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, FromClause, func


def columns(table: FromClause, names: str) -> list[ColumnElement]:
    """``table.c.<name>`` for each of the space-separated ``names``, in that order."""
    return [table.c[name] for name in names.split()]


def coalesced(table: FromClause, names: str) -> list[ColumnElement]:
    """``coalesce(table.c.<name>, 0)`` for each of the space-separated ``names``."""
    return [func.coalesce(column, 0) for column in columns(table, names)]
