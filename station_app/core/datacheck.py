"""检查数据: SQLite's own checks plus each feature's rules, read-only, one report.

Features describe their rules as :class:`Invariant` (a name and a query that returns
the offending rows as short lines); :mod:`station_app.data_checks` gathers them. The
database is opened read-only for this, so a damaged file is examined, never changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from station_app.core import i18n
from station_app.core.backup import integrity_findings
from station_app.core.db import display_location, read_only_engine, sqlite_file
from station_app.core.i18n import QT_TRANSLATE_NOOP

MAX_LINES = 20  # per rule; the count says how many there are in all
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Checks", ", ")  # 、 in Chinese
ALL_PASSED_SHORT = QT_TRANSLATE_NOOP("Checks", "All {count} checks passed.")
ALL_PASSED = QT_TRANSLATE_NOOP("Checks", "All {count} checks passed: {names}.")
SOME_FAILED = QT_TRANSLATE_NOOP(
    "Checks", "{failed} of {total} checks found problems in {location}."
)

Query = Callable[[Connection], list[str]]


@dataclass(frozen=True)
class Invariant:
    name: str  # English source text in the "Checks" context
    find_breaches: Query


@dataclass(frozen=True)
class Listing:
    """A :data:`Query` in SQL: each row ``sql`` returns is a breach, written as ``line``
    formatted with the row's columns (``"item {id}: balance {on_hand}"``)."""

    sql: str
    line: str  # marked with QT_TRANSLATE_NOOP("Checks", …): the report is Chinese
    words: tuple[str, ...] = ()  # columns holding an English word of "Checks" to translate

    def __call__(self, conn: Connection) -> list[str]:
        line = i18n.translate("Checks", self.line)
        found = []
        for row in conn.execute(text(self.sql)):
            values = dict(row._mapping)
            for column in self.words:
                values[column] = i18n.translate("Checks", values[column])
            found.append(line.format(**values))
        return found


def overlapping_pairs(table: str, key: str, until: str, live: str, label: str) -> str:
    """SQL for the pairs of rows of ``table`` with the same ``key`` whose half-open ranges
    ``[starts_at, until)`` overlap, among the rows ``live`` holds for (a condition on
    ``{t}.``): each pair once, in order of start, as the columns ``key``, ``first``,
    ``second`` (``label`` of each row) and ``starts_at`` (the first's)."""
    return (
        f"SELECT a.{key}, a.{label} AS first, b.{label} AS second, a.starts_at "
        f"FROM {table} AS a JOIN {table} AS b ON b.{key} = a.{key} "
        f"AND b.id <> a.id AND {live.format(t='b')} "
        "AND (b.starts_at > a.starts_at OR (b.starts_at = a.starts_at AND b.id > a.id)) "
        f"AND b.starts_at < a.{until} "
        f"WHERE {live.format(t='a')} ORDER BY a.starts_at"
    )


@dataclass(frozen=True)
class Finding:
    name: str
    count: int
    lines: tuple[str, ...]


@dataclass
class CheckReport:
    location: str
    passed: list[str] = field(default_factory=list)
    failed: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        if self.ok:
            return _tr(ALL_PASSED).format(
                count=len(self.passed), names=_tr(LIST_SEPARATOR).join(self.passed)
            )
        return _tr(SOME_FAILED).format(
            failed=len(self.failed),
            total=len(self.failed) + len(self.passed),
            location=self.location,
        )

    def headline(self) -> str:
        """The short form for a window's title line; the names are in the report."""
        if self.ok:
            return _tr(ALL_PASSED_SHORT).format(count=len(self.passed))
        return _tr(SOME_FAILED).format(
            failed=len(self.failed),
            total=len(self.failed) + len(self.passed),
            location=self.location,
        )

    def lines(self) -> list[str]:
        """The full report: the summary, then each failed rule with its rows."""
        out = [self.summary()]
        for finding in self.failed:
            out.append(f"✗ {finding.name} ({finding.count})")
            out.extend(f"    {line}" for line in finding.lines)
            if finding.count > len(finding.lines):
                out.append("    …")
        out.extend(f"✓ {name}" for name in self.passed)
        return out


def _tr(name: str) -> str:
    return i18n.translate("Checks", name)


# --- generic checks -------------------------------------------------------------------

INTEGRITY = QT_TRANSLATE_NOOP("Checks", "file integrity")
FOREIGN_KEYS = QT_TRANSLATE_NOOP("Checks", "references between tables")
SCHEMA = QT_TRANSLATE_NOOP("Checks", "schema version")
# The detail lines (a Chinese report has no English inside but SQLite's own words).
FOREIGN_KEY_LINE = QT_TRANSLATE_NOOP(
    "Checks", "table {table}, row {row}: points to a missing row of {parent}"
)
SCHEMA_OLD = QT_TRANSLATE_NOOP(
    "Checks", "{revision} (not upgraded yet; the program upgrades it at start)"
)
SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP("Checks", "{revision} (unknown to this program)")
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("Checks", "{path}: file not found")
NOT_CHECKED = QT_TRANSLATE_NOOP("Checks", "could not be checked: {reason}")
SQLITE_WORDS = {  # integrity_findings' own words (core/backup.py)
    "file not found": QT_TRANSLATE_NOOP("Checks", "file not found"),
    "no answer": QT_TRANSLATE_NOOP("Checks", "no answer"),
}


def _sqlite_foreign_keys(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    line = _tr(FOREIGN_KEY_LINE)
    return [line.format(table=r[0], row=r[1], parent=r[2]) for r in rows]


def _schema(head: str, known: set[str]) -> Query:
    def check(conn: Connection) -> list[str]:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision == head:
            return []
        if revision in known:
            return [_tr(SCHEMA_OLD).format(revision=revision)]
        return [_tr(SCHEMA_UNKNOWN).format(revision=revision)]

    return check


def run_checks(
    url: str, invariants: Sequence[Invariant], head: str, known: set[str]
) -> CheckReport:
    path = sqlite_file(url)
    report = CheckReport(location=display_location(url))
    if path is not None:
        if not path.is_file():
            missing = _tr(FILE_NOT_FOUND).format(path=path)
            report.failed.append(Finding(_tr(INTEGRITY), 1, (missing,)))
            return report
        found = integrity_findings(path, limit=MAX_LINES)
        _record(report, INTEGRITY, [_tr(SQLITE_WORDS.get(line, line)) for line in found])
    engine = read_only_engine(url)
    try:
        rules: list[Invariant] = [Invariant(SCHEMA, _schema(head, known))]
        if path is not None:
            rules.append(Invariant(FOREIGN_KEYS, _sqlite_foreign_keys))
        rules.extend(invariants)
        for rule in rules:
            try:
                with engine.connect() as conn:
                    breaches = rule.find_breaches(conn)
                    conn.rollback()
            except (SQLAlchemyError, sqlite3.Error) as exc:
                reason = str(getattr(exc, "orig", exc)).strip().splitlines()
                why = reason[0] if reason else str(exc)
                breaches = [_tr(NOT_CHECKED).format(reason=why)]
            _record(report, rule.name, breaches)
    finally:
        engine.dispose()
    return report


def _record(report: CheckReport, name: str, breaches: list[str]) -> None:
    if breaches:
        report.failed.append(Finding(_tr(name), len(breaches), tuple(breaches[:MAX_LINES])))
    else:
        report.passed.append(_tr(name))
