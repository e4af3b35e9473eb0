"""The annual report of a 100,000-member station with a year of activity (issue 19).

Figures beside one floor: the same counts (members, units, hand-outs, room sessions and
hours, volunteer hours, by community, purpose and team, this year and last) taken by
plain SQL statements through sqlite3, nothing else. The service reads them through
SQLAlchemy Core; the PDF adds the layout and charts, the workbook its five sheets.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from station_app.core import clock
from station_app.core.db import Database
from station_app.overview.reports import build_annual_report
from station_app.overview.service import AnnualReportService
from station_app.overview.sheets import write_annual_report
from station_app.overview.types import Period
from tests.bench.bench_members import demo_database
from tests.bench.harness import Figure, median_ms

FLOOR_SQL = (
    "SELECT SUM(joined_on <= :last AND (status = 'active' OR status_changed_on > :last)),"
    " SUM(joined_on BETWEEN :first AND :last),"
    " SUM(status = 'transferred' AND status_changed_on BETWEEN :first AND :last),"
    " SUM(status = 'withdrawn' AND status_changed_on BETWEEN :first AND :last),"
    " SUM(hardship_level IS NOT NULL AND joined_on <= :last AND status = 'active'),"
    " SUM(gender = 'F' AND joined_on <= :last AND status = 'active') FROM member",
    "SELECT community_id, COUNT(*) FROM member WHERE joined_on <= :last"
    " AND (status = 'active' OR status_changed_on > :last) GROUP BY community_id",
    "SELECT COUNT(*), SUM(union_status <> 'none'),"
    " SUM(union_founded_on BETWEEN :first AND :last) FROM unit",
    "SELECT c.kind, COUNT(*), SUM(c.cash_amount) FROM allocation a JOIN campaign c"
    " ON c.id = a.campaign_id WHERE a.handed_out_at >= :start AND a.handed_out_at < :after"
    " GROUP BY c.kind",
    "SELECT COUNT(DISTINCT member_id) FROM allocation"
    " WHERE handed_out_at >= :start AND handed_out_at < :after",
    "SELECT -SUM(quantity * unit_value) FROM stock_movement WHERE kind = 'issued'"
    " AND moved_on BETWEEN :first AND :last",
    "SELECT item_id, SUM(quantity) FROM stock_movement WHERE moved_on <= :last GROUP BY item_id",
    "SELECT room_id, purpose, status, COUNT(*),"
    " SUM((julianday(ends_at) - julianday(starts_at)) * 24) FROM booking"
    " WHERE starts_at >= :start AND starts_at < :after GROUP BY room_id, purpose, status",
    "SELECT v.team_id, COUNT(DISTINCT a.volunteer_id), COUNT(*), SUM(a.hours)"
    " FROM assignment a JOIN volunteer v ON v.id = a.volunteer_id WHERE a.status = 'attended'"
    " AND a.starts_at >= :start AND a.starts_at < :after GROUP BY v.team_id",
    "SELECT COUNT(*) FROM activity WHERE starts_at >= :start AND starts_at < :after",
    "SELECT COUNT(*) FROM shift WHERE starts_at >= :start AND starts_at < :after",
)


def _params(period: Period) -> dict[str, str]:
    return {
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "start": f"{period.first.isoformat()} 00:00:00",
        "after": f"{period.after:%Y-%m-%d} 00:00:00",
    }


def floor_counts(path: Path, period: Period) -> None:
    with sqlite3.connect(path) as conn:
        for p in (period, period.previous()):
            for sql in FLOOR_SQL:
                conn.execute(sql, _params(p)).fetchall()


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    path = demo_database()
    db = Database(f"sqlite:///{path}")
    period = Period.year(clock.today().year)
    service = AnnualReportService(db)
    report = service.report(period)
    out = Path(tempfile.mkdtemp(dir=workdir))
    floor = median_ms(lambda: floor_counts(path, period), repeat=5, warmup=1)
    read = median_ms(lambda: service.report(period), repeat=5, warmup=1)

    def pdf() -> None:
        build_annual_report(out / "annual.pdf", service.report(period), "bench")

    def xlsx() -> None:
        write_annual_report(out / "annual.xlsx", service.report(period))

    pdf_ms = median_ms(pdf, repeat=3, warmup=1)
    xlsx_ms = median_ms(xlsx, repeat=3, warmup=1)
    db.dispose()
    members = report.value("members", "members.totals", "total")
    note = f"{members:,} members on the roll, {period.text()} and {period.previous().text()}"
    return [
        Figure("annual report: every figure, this year and last", read, floor, 3.0, note),
        Figure("annual report PDF (figures + tables + charts)", pdf_ms, floor, 6.0),
        Figure("annual report .xlsx (figures + five sheets)", xlsx_ms, floor, 4.0),
    ]
