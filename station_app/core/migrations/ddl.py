"""DDL the revisions share: tables (columns one a line, constraints and indexes named by
the models' convention), code-list CHECKs, SQLite's text-time CHECKs, the guard that
refuses overlapping time ranges and the guard that keeps a table append-only, for
SQLite and PostgreSQL.

Frozen like a revision: a station's database was built by what these functions
emitted, and SQLite keeps a trigger's text as written (PostgreSQL a function's body),
so a function never changes what it emits for the arguments a revision passes. A new
need is a new argument whose default keeps the old output, or a new function. Check:
``sqlite3 DB .schema`` and ``pg_dump -s`` of a fresh database do not change. Revisions
import this module, never the models.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from alembic import op

# SQLAlchemy writes SQLite times as fixed-width text; only that form compares like time.
TIME_TEXT = (
    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] "
    "[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]'"
)


def is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


# ``stamped``: the last two columns of most tables (the models' ``Stamped``).
STAMPS = """
created_at  datetime
updated_at  datetime
"""

# What CREATE TABLE lists besides the columns and the key, built for a table's name.
Constraints = Callable[[str], list[sa.Constraint]]


@dataclass(frozen=True)
class Index:
    """``CREATE INDEX`` after the table; ``options``: ``unique``, ``sqlite_where``,
    ``postgresql_where``."""

    columns: tuple[str, ...]
    name: str
    options: dict[str, Any]


class Table:
    """A table as a revision creates it: ``columns`` one a line (see :func:`columns`),
    then its constraints (:func:`check`, :func:`one_of`, :func:`fk`, :func:`unique`,
    :func:`span_checks`) and indexes (:func:`index`), named by the models' convention
    (``core/models.py`` ``NAMING_CONVENTION``, copied here and frozen): ``pk_{table}``,
    ``ck_{table}_{name}``, ``fk_{table}_{column}_{target}``, ``uq_{table}_{columns}``,
    ``ix_{table}_{columns}``.
    CREATE TABLE lists the primary key, then the constraints in the order given (SQLite
    keeps that text).

    ``stamped`` ends the columns with ``created_at`` and ``updated_at``. ``key``
    ``("id",)`` (the default) puts an integer ``id`` column first, numbered by
    the database; the columns of another key are among ``columns`` and take the values
    given (a one-column key is never numbered by the database).
    """

    def __init__(
        self,
        name: str,
        columns: str,
        *parts: Constraints | Index,
        key: Sequence[str] = ("id",),
        stamped: bool = False,
    ) -> None:
        self.name = name
        self.spec = columns + STAMPS if stamped else columns
        self.parts = parts
        self.key = tuple(key)

    def columns(self) -> list[sa.Column[Any]]:
        found = columns(self.spec)
        if self.key == ("id",):
            return [sa.Column("id", sa.Integer(), nullable=False), *found]
        if len(self.key) == 1:
            next(c for c in found if c.name == self.key[0]).autoincrement = False
        return found

    def create(self) -> None:
        constraints = [c for p in self.parts if not isinstance(p, Index) for c in p(self.name)]
        key = sa.PrimaryKeyConstraint(*self.key, name=op.f(f"pk_{self.name}"))
        op.create_table(self.name, *self.columns(), *constraints, key)
        for index in (p for p in self.parts if isinstance(p, Index)):
            name = index.name or f"ix_{self.name}_{'_'.join(index.columns)}"
            op.create_index(op.f(name), self.name, list(index.columns), **index.options)

    def rows(self) -> sa.TableClause:
        """The table for a revision's own inserts (seed data)."""
        return sa.table(self.name, *(sa.column(c.name, c.type) for c in self.columns()))


def check(name: str, condition: str) -> Constraints:
    return lambda table: [sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{name}"))]


def one_of(column: str, codes: Sequence[str]) -> Constraints:
    """CHECK named after ``column``: it holds one of ``codes`` (:func:`in_list`)."""
    return check(column, in_list(column, codes))


def fk(
    columns: str | Sequence[str],
    target: str,
    target_columns: Sequence[str] = ("id",),
    **options: str,
) -> Constraints:
    """``columns`` (one name, or several) refer to ``target``'s ``target_columns``;
    ``options``: ``onupdate``, ``ondelete``."""
    own = [columns] if isinstance(columns, str) else list(columns)
    refers = [f"{target}.{column}" for column in target_columns]
    return lambda table: [
        sa.ForeignKeyConstraint(own, refers, name=op.f(f"fk_{table}_{own[0]}_{target}"), **options)
    ]


def unique(*columns: str) -> Constraints:
    name = "_".join(columns)
    return lambda table: [sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{name}"))]


def span_checks(
    *,
    max_hours: int,
    columns: Sequence[str] = ("starts_at", "ends_at"),
    until: str = "ends_at",
) -> Constraints:
    """:func:`time_checks` of the table."""
    return lambda table: time_checks(table, max_hours=max_hours, columns=columns, until=until)


def index(*columns: str, name: str = "", unique: bool = False, **options: Any) -> Index:
    """Named ``ix_{table}_{columns}`` unless ``name`` says otherwise."""
    return Index(columns, name, {"unique": unique, **options})


_TYPES: dict[str, Callable[[], sa.types.TypeEngine[Any]]] = {
    "integer": sa.Integer,
    "boolean": sa.Boolean,
    "text": sa.Text,
    "date": sa.Date,
    "time": sa.Time,
    "datetime": sa.DateTime,
}
_COLUMN = re.compile(r"(\w+) +(\w+)(?:\((\d+)(?:, *(\d+))?\))?( +null)?(?: +default +(.+))?")


def columns(spec: str) -> list[sa.Column[Any]]:
    """One column a line, ``name type [null] [default SQL]``; types ``integer``,
    ``boolean``, ``text``, ``date``, ``time``, ``datetime``, ``varchar(length)``,
    ``numeric(precision, scale)``; NOT NULL unless ``null`` is said."""
    found = []
    for line in filter(None, map(str.strip, spec.splitlines())):
        match = _COLUMN.fullmatch(line)
        if match is None:
            raise ValueError(f"not a column: {line!r}")
        name, kind, size, scale, null, default = match.groups()
        if kind == "varchar":
            type_: sa.types.TypeEngine[Any] = sa.String(length=int(size))
        elif kind == "numeric":
            type_ = sa.Numeric(precision=int(size), scale=int(scale))
        else:
            type_ = _TYPES[kind]()
        server_default = {} if default is None else {"server_default": sa.text(default)}
        found.append(sa.Column(name, type_, nullable=null is not None, **server_default))
    return found


def drop_tables(*names: str) -> None:
    """In the order given (dependants first); their indexes go with them."""
    for name in names:
        op.drop_table(name)


def in_list(column: str, values: Sequence[str], nullable: bool = False) -> str:
    """``kind IN ('a', 'b')`` (``kind IS NULL OR …`` when ``nullable``) for a CHECK."""
    listed = f"{column} IN ({', '.join(repr(v) for v in values)})"
    return f"{column} IS NULL OR {listed}" if nullable else listed


def time_checks(
    table: str,
    *,
    max_hours: int,
    columns: Sequence[str] = ("starts_at", "ends_at"),
    until: str = "ends_at",
) -> list[sa.CheckConstraint]:
    """A row spans at most ``max_hours`` from ``starts_at`` to ``until`` (so an overlap
    search walks a bounded index range); on SQLite the time ``columns`` must also be
    in the fixed-width text form."""
    if not is_sqlite():
        return [
            sa.CheckConstraint(
                f"{until} <= starts_at + interval '{max_hours} hours'",
                name=op.f(f"ck_{table}_max_span"),
            )
        ]
    return [
        sa.CheckConstraint(
            " AND ".join(f"{column} GLOB {TIME_TEXT}" for column in columns),
            name=op.f(f"ck_{table}_time_format"),
        ),
        sa.CheckConstraint(
            f"julianday({until}) - julianday(starts_at) <= {max_hours / 24}",
            name=op.f(f"ck_{table}_max_span"),
        ),
    ]


@dataclass(frozen=True)
class NoOverlap:
    """The database refuses two rows with the same ``key`` whose half-open ranges
    ``[starts_at, until)`` overlap, among the rows that meet every ``active`` condition.

    SQLite: BEFORE INSERT / UPDATE triggers ``{table}_no_overlap_*`` that raise
    ``error``; they search only ``reach`` back from ``starts_at`` (the longest span a
    CHECK allows), along an index on ``(key, starts_at)``. PostgreSQL: the exclusion
    constraint ``ex_{table}_no_overlap`` (btree_gist), SQLSTATE 23P01.
    """

    table: str
    alias: str
    key: str
    until: str
    reach: str
    active: tuple[str, ...]
    error: str
    update_of: str | None = None  # columns whose change re-checks; None: any update

    def create(self) -> None:
        if is_sqlite():
            self.create_sqlite_triggers()
        else:
            self.create_pg_exclusion()

    def create_sqlite_triggers(self) -> None:
        """Also for a later revision that batch-alters the table (batch mode recreates
        it without its triggers)."""
        when = "WHEN " + " AND ".join(f"NEW.{condition}" for condition in self.active)
        update = f"UPDATE OF {self.update_of}" if self.update_of else "UPDATE"
        op.execute(
            f"CREATE TRIGGER {self.table}_no_overlap_insert BEFORE INSERT ON {self.table} "
            f"{when} BEGIN {self._clash('')} END"
        )
        op.execute(
            f"CREATE TRIGGER {self.table}_no_overlap_update BEFORE {update} ON {self.table} "
            f"{when} BEGIN {self._clash(f' AND {self.alias}.id <> NEW.id')} END"
        )

    def _clash(self, other: str) -> str:
        a = self.alias
        active = "".join(f" AND {a}.{condition}" for condition in self.active)
        return (
            f"SELECT RAISE(ABORT, '{self.error}') WHERE EXISTS ("
            f" SELECT 1 FROM {self.table} AS {a}"
            f" WHERE {a}.{self.key} = NEW.{self.key}"
            f" AND {a}.starts_at >= datetime(NEW.starts_at, '{self.reach}')"
            f" AND {a}.starts_at < NEW.{self.until}"
            f" AND {a}.{self.until} > NEW.starts_at{active}{other});"
        )

    def create_pg_exclusion(self) -> None:
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            f"ALTER TABLE {self.table} ADD CONSTRAINT ex_{self.table}_no_overlap EXCLUDE "
            f"USING gist ({self.key} WITH =, tsrange(starts_at, {self.until}, '[)') WITH &&) "
            f"WHERE ({' AND '.join(self.active)})"
        )

    def drop(self) -> None:
        """Before dropping the table; PostgreSQL's constraint goes with the table."""
        if is_sqlite():
            op.execute(f"DROP TRIGGER IF EXISTS {self.table}_no_overlap_update")
            op.execute(f"DROP TRIGGER IF EXISTS {self.table}_no_overlap_insert")


def append_only(table: str, *, before_begin: str = " ") -> None:
    """The database refuses UPDATE and DELETE on ``table`` with ``'{table} is
    append-only'``: SQLite triggers ``{table}_no_update`` / ``{table}_no_delete``,
    PostgreSQL the row trigger and function ``{table}_append_only``.

    ``before_begin`` is the whitespace before ``BEGIN`` as the revision first wrote it
    (kept verbatim in SQLite's trigger text and PostgreSQL's function body)."""
    if is_sqlite():
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table}"
                f"{before_begin}BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
        return
    op.execute(
        f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$${before_begin}BEGIN RAISE EXCEPTION '{table} is append-only'; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
    )


def drop_append_only(table: str) -> None:
    if is_sqlite():
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")
