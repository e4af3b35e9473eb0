"""Core selects behind the member and unit lists: tuples, filters, any sort, batches.

The search is one ``search_text LIKE :pattern ESCAPE '\\'`` over a stored column
(design.md, section 5: about 10 ms over 100,000 rows on SQLite), never one ORM object
per row. Callers add ``.limit()``/``.offset()`` for batches (see
:func:`member_select`), or use the service methods that do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    case,
    func,
    or_,
    select,
)

from station_app.core.errors import ValidationError
from station_app.core.ids import normalize_mobile, parse_resident_id
from station_app.core.models import operator_t
from station_app.core.search import like_pattern, normalize_query
from station_app.core.selects import columns
from station_app.core.text import clean_search
from station_app.members.models import (
    HARDSHIP_LEVELS,
    MEMBER_STATUSES,
    OUTDOOR_KINDS,
    UNION_STATUSES,
    community_t,
    member_t,
    unit_contact_t,
    unit_t,
)
from station_app.members.types import (
    CATEGORY_HARDSHIP,
    CATEGORY_MIGRANT,
    CATEGORY_MODEL,
    CATEGORY_OUTDOOR,
    CATEGORY_WOMEN,
    NOBODY,
    UNION_FOUNDED,
    MemberFilter,
    UnitFilter,
)

# --- search ------------------------------------------------------------------------------


def search_condition(column: ColumnElement[str], query: str) -> ColumnElement[bool] | None:
    """``column LIKE '%q%' ESCAPE '\\'`` for the normalised query; None for an empty one.

    A mobile typed as ``+86 138-1234-5678`` and a legacy 15-digit ID number are also
    looked for in their stored forms. Hidden characters are dropped and the query is
    cut at MAX_SEARCH_LENGTH (core/text.py), so no pattern is too long for SQLite.
    """
    query = clean_search(query)
    q = normalize_query(query)
    if not q:
        return None
    patterns = [like_pattern(q)]
    if len(q) >= 11:
        with contextlib.suppress(ValidationError):
            patterns.append(like_pattern(normalize_mobile(query)))
    if len(q) == 15 and q.isdigit():
        with contextlib.suppress(ValidationError):
            patterns.append(like_pattern(parse_resident_id(q).number))
    unique = list(dict.fromkeys(patterns))
    likes = [column.like(pattern, escape="\\") for pattern in unique]
    return likes[0] if len(likes) == 1 else or_(*likes)


# --- members -----------------------------------------------------------------------------

# Column key -> ORDER BY expressions; "nullable" ones sort their empties last.
_MEMBER_ORDER = {
    "id": ([member_t.c.id], False),
    "member_no": ([member_t.c.member_no], False),
    "name": ([member_t.c.name_pinyin, member_t.c.name], False),
    "gender": ([member_t.c.gender], False),
    "id_number": ([member_t.c.id_number], False),
    "mobile": ([member_t.c.mobile], False),
    "unit_name": ([unit_t.c.name_pinyin, unit_t.c.name], True),
    "community_name": ([community_t.c.sort_order, community_t.c.id], True),
    "status": ([member_t.c.status], False),
    "joined_on": ([member_t.c.joined_on], False),
}
MEMBER_SORT_KEYS: tuple[str, ...] = tuple(_MEMBER_ORDER)

MEMBER_LIST_COLUMNS = (
    *columns(member_t, "id member_no name gender id_type id_number mobile"),
    unit_t.c.name.label("unit_name"),
    community_t.c.name.label("community_name"),
    *columns(member_t, "status joined_on hardship_level outdoor_kind migrant_worker model_worker"),
)


def _category_condition(category: str, table: FromClause) -> ColumnElement[bool]:
    c = table.c
    if category == CATEGORY_HARDSHIP:
        return c.hardship_level.is_not(None)
    if category == CATEGORY_OUTDOOR:
        return c.outdoor_kind.is_not(None)
    if category == CATEGORY_MIGRANT:
        return c.migrant_worker.is_(True)
    if category == CATEGORY_MODEL:
        return c.model_worker.is_(True)
    if category == CATEGORY_WOMEN:
        return c.gender == "F"
    for prefix, column, values in (
        (CATEGORY_HARDSHIP, c.hardship_level, HARDSHIP_LEVELS),
        (CATEGORY_OUTDOOR, c.outdoor_kind, OUTDOOR_KINDS),
    ):
        value = category.removeprefix(prefix + "_")
        if value != category and value in values:
            return column == value
    raise ValueError(f"unknown member category {category!r}")


def _searched(table: FromClause, query: str, community_id: int | None) -> list[ColumnElement[bool]]:
    """Where every list of members or units starts: the search box, the community."""
    conditions: list[ColumnElement[bool]] = []
    found = search_condition(table.c.search_text, query)
    if found is not None:
        conditions.append(found)
    if community_id is not None:
        conditions.append(table.c.community_id == community_id)
    return conditions


def member_conditions(f: MemberFilter, table: FromClause = member_t) -> list[ColumnElement[bool]]:
    """The WHERE of the list and of its count (only member columns: no join needed)."""
    c = table.c
    conditions = _searched(table, f.query, f.community_id)
    if f.unit_id is not None:
        conditions.append(c.unit_id == f.unit_id)
    if f.status is not None:
        if f.status not in MEMBER_STATUSES:
            raise ValueError(f"unknown member status {f.status!r}")
        conditions.append(c.status == f.status)
    if f.category is not None:
        conditions.append(_category_condition(f.category, table))
    if f.joined_from is not None:
        conditions.append(c.joined_on >= f.joined_from)
    if f.joined_to is not None:
        conditions.append(c.joined_on <= f.joined_to)
    return conditions


def _list_conditions(f: MemberFilter, dense: bool) -> list[ColumnElement[bool]]:
    """Find first, then sort: with a search, one scan collects the matching ids and only
    those are sorted. Otherwise the database walks the sort column's index testing LIKE
    on every row it visits, which is quick only while matches are dense (``dense=True``):
    a rare surname, or "wang" sorted by name, would walk most of the table at random.
    PostgreSQL would flatten the subquery into that walk; MATERIALIZED keeps it apart
    (SQLite already does)."""
    if dense or not normalize_query(f.query):
        return member_conditions(f)
    found = member_t.alias("found")
    ids = (
        select(found.c.id)
        .where(*member_conditions(f, found))
        .cte("found_ids")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    return [member_t.c.id.in_(select(ids.c.id))]


def _order(
    table: dict, key: str, descending: bool, tiebreak: ColumnElement[int]
) -> list[ColumnElement]:
    if key not in table:
        raise ValueError(f"unknown sort column {key!r}")
    columns, nullable = table[key]
    out = []
    for column in columns:
        expr = column.desc() if descending else column.asc()
        out.append(expr.nulls_last() if nullable else expr)
    out.append(tiebreak.desc() if descending else tiebreak.asc())
    return out


def with_places(left: FromClause) -> FromClause:
    """``left`` (member_t, or a join holding it) with each member's unit and community,
    either of which may be missing."""
    return left.outerjoin(unit_t, member_t.c.unit_id == unit_t.c.id).outerjoin(
        community_t, member_t.c.community_id == community_t.c.id
    )


def _joined(with_joins: bool) -> FromClause:
    return with_places(member_t) if with_joins else member_t


def member_select(
    f: MemberFilter | None = None,
    order_by: str = "member_no",
    descending: bool = False,
    *,
    dense: bool = False,
) -> Select:
    """The member list (``MEMBER_LIST_COLUMNS``), filtered and sorted, id breaking ties.

    Add ``.limit(n).offset(k)`` for a batch. ``dense``: many rows match and only an early
    batch is wanted (see :func:`_list_conditions`).
    """
    return (
        select(*MEMBER_LIST_COLUMNS)
        .select_from(_joined(True))
        .where(*_list_conditions(f or MemberFilter(), dense))
        .order_by(*_order(_MEMBER_ORDER, order_by, descending, member_t.c.id))
    )


def member_ids_select(
    f: MemberFilter | None = None, order_by: str = "member_no", descending: bool = False
) -> Select:
    """Only the ids, in list order: a table model can hold all of them (100,000 ints)
    and fetch the rows it shows with :func:`member_rows_select`."""
    return (
        select(member_t.c.id)
        .select_from(_joined(order_by in ("unit_name", "community_name")))
        .where(*_list_conditions(f or MemberFilter(), False))
        .order_by(*_order(_MEMBER_ORDER, order_by, descending, member_t.c.id))
    )


def member_rows_select(ids: Sequence[int]) -> Select:
    """The list columns of the given members (any order; the caller restores its own)."""
    return (
        select(*MEMBER_LIST_COLUMNS).select_from(_joined(True)).where(member_t.c.id.in_(list(ids)))
    )


def member_count_select(f: MemberFilter | None = None) -> Select:
    return select(func.count()).select_from(member_t).where(*member_conditions(f or MemberFilter()))


# --- units -------------------------------------------------------------------------------

_active_members = (
    select(func.count())
    .where(member_t.c.unit_id == unit_t.c.id, member_t.c.status == "active")
    .correlate(unit_t)
    .scalar_subquery()
    .label("member_count")
)

_staff_name = (
    select(operator_t.c.display_name)
    .where(operator_t.c.id == unit_t.c.staff_operator_id)
    .correlate(unit_t)
    .scalar_subquery()
)
_last_contact_on = (
    select(func.max(unit_contact_t.c.contacted_on))
    .where(unit_contact_t.c.unit_id == unit_t.c.id)
    .correlate(unit_t)
    .scalar_subquery()
)

_UNIT_ORDER = {
    "id": ([unit_t.c.id], False),
    "name": ([unit_t.c.name_pinyin, unit_t.c.name], False),
    "uscc": ([unit_t.c.uscc], True),
    "community_name": ([community_t.c.sort_order, community_t.c.id], True),
    "union_status": ([unit_t.c.union_status], False),
    "union_founded_on": ([unit_t.c.union_founded_on], True),
    "union_chair": ([unit_t.c.union_chair], False),
    "employee_count": ([unit_t.c.employee_count], True),
    "contact_name": ([unit_t.c.contact_name], False),
    "contact_phone": ([unit_t.c.contact_phone], False),
    "member_count": ([_active_members], False),
    "staff_name": ([_staff_name], True),
    "last_contact_on": ([_last_contact_on], True),
}
UNIT_SORT_KEYS: tuple[str, ...] = tuple(_UNIT_ORDER)

UNIT_LIST_COLUMNS = (
    unit_t.c.id,
    unit_t.c.name,
    unit_t.c.uscc,
    community_t.c.name.label("community_name"),
    unit_t.c.union_status,
    unit_t.c.union_founded_on,
    unit_t.c.union_chair,
    unit_t.c.employee_count,
    unit_t.c.contact_name,
    unit_t.c.contact_phone,
    _active_members,
    func.coalesce(_staff_name, "").label("staff_name"),
    _last_contact_on.label("last_contact_on"),
)

_FOUNDED = unit_t.c.union_status.in_(("own", "joint"))


def unit_conditions(f: UnitFilter) -> list[ColumnElement[bool]]:
    c = unit_t.c
    conditions = _searched(unit_t, f.query, f.community_id)
    if f.union_status == UNION_FOUNDED:
        conditions.append(_FOUNDED)
    elif f.union_status is not None:
        if f.union_status not in UNION_STATUSES:
            raise ValueError(f"unknown union status {f.union_status!r}")
        conditions.append(c.union_status == f.union_status)
    if f.staff_operator_id == NOBODY:
        conditions.append(c.staff_operator_id.is_(None))
    elif f.staff_operator_id is not None:
        conditions.append(c.staff_operator_id == f.staff_operator_id)
    return conditions


def unit_select(
    f: UnitFilter | None = None, order_by: str = "name", descending: bool = False
) -> Select:
    return (
        select(*UNIT_LIST_COLUMNS)
        .select_from(unit_t.outerjoin(community_t, unit_t.c.community_id == community_t.c.id))
        .where(*unit_conditions(f or UnitFilter()))
        .order_by(*_order(_UNIT_ORDER, order_by, descending, unit_t.c.id))
    )


def unit_count_select(f: UnitFilter | None = None) -> Select:
    return select(func.count()).select_from(unit_t).where(*unit_conditions(f or UnitFilter()))


def union_counts_select(community_id: int | None = None) -> Select:
    """(units with a union, all units), optionally within one community."""
    stmt = select(
        func.coalesce(func.sum(case((_FOUNDED, 1), else_=0)), 0),
        func.count(),
    ).select_from(unit_t)
    if community_id is not None:
        stmt = stmt.where(unit_t.c.community_id == community_id)
    return stmt


# --- the unit ledger (台账) ----------------------------------------------------------------

_last_contact_id = (
    select(unit_contact_t.c.id)
    .where(unit_contact_t.c.unit_id == unit_t.c.id)
    .order_by(unit_contact_t.c.contacted_on.desc(), unit_contact_t.c.id.desc())
    .limit(1)
    .correlate(unit_t)
    .scalar_subquery()
)


def ledger_select(f: UnitFilter | None = None) -> Select:
    """The ledger's lines (``LedgerRow``'s fields), by community, then name."""
    return (
        select(
            unit_t.c.name,
            func.coalesce(unit_t.c.uscc, ""),
            func.coalesce(community_t.c.name, ""),
            unit_t.c.union_status,
            unit_t.c.union_founded_on,
            unit_t.c.union_chair,
            unit_t.c.employee_count,
            _active_members,
            func.coalesce(operator_t.c.display_name, ""),
            unit_contact_t.c.contacted_on,
            func.coalesce(unit_contact_t.c.kind, ""),
            func.coalesce(unit_contact_t.c.note, ""),
        )
        .select_from(
            unit_t.outerjoin(community_t, unit_t.c.community_id == community_t.c.id)
            .outerjoin(operator_t, unit_t.c.staff_operator_id == operator_t.c.id)
            .outerjoin(unit_contact_t, unit_contact_t.c.id == _last_contact_id)
        )
        .where(*unit_conditions(f or UnitFilter()))
        .order_by(
            community_t.c.sort_order.is_(None),
            community_t.c.sort_order,
            community_t.c.id,
            unit_t.c.name_pinyin,
            unit_t.c.name,
            unit_t.c.id,
        )
    )


def contacts_select(unit_id: int) -> Select:
    """A unit's contact notes, newest first (``ContactRow``'s fields)."""
    return (
        select(
            unit_contact_t.c.id,
            unit_contact_t.c.contacted_on,
            unit_contact_t.c.kind,
            unit_contact_t.c.note,
            func.coalesce(operator_t.c.display_name, ""),
        )
        .select_from(
            unit_contact_t.outerjoin(operator_t, unit_contact_t.c.operator_id == operator_t.c.id)
        )
        .where(unit_contact_t.c.unit_id == unit_id)
        .order_by(unit_contact_t.c.contacted_on.desc(), unit_contact_t.c.id.desc())
    )
