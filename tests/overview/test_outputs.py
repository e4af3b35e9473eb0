"""The annual report's PDF and workbook say what the service computed, and the
command line writes both."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_app.cli import main
from station_app.core import clock
from station_app.core.db import Database
from station_app.core.pdf.inspect import embedded_font_names
from station_app.overview import labels as L
from station_app.overview.reports import build_annual_report
from station_app.overview.reports.annual import figure_text
from station_app.overview.service import AnnualReportService
from station_app.overview.sheets import write_annual_report
from station_app.overview.types import AnnualReport

pytestmark = pytest.mark.pg


def pdf_text(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(line.split()) for line in out.splitlines()]


def check_pdf(path: Path, report: AnnualReport) -> None:
    lines = pdf_text(path)
    text = "\n".join(lines)
    for section in report.sections:
        assert section.title in text
        for table in section.tables:
            assert table.title in text
            for line in table.lines:
                wanted = f"{line.label} {figure_text(line.value)} {figure_text(line.previous)}"
                assert any(row.startswith(wanted) for row in lines), wanted
    for chart in report.charts:
        assert chart.title in text
    assert any(
        "WQY" in name.upper() or "MICROHEI" in name.upper() for name in embedded_font_names(path)
    )
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # charts too


def check_workbook(path: Path, report: AnnualReport) -> None:
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [section.title for section in report.sections]
    for section in report.sections:
        rows = list(book[section.title].iter_rows(values_only=True))
        expected = [
            (table.title, line.label, line.value, line.previous, line.change)
            for table in section.tables
            for line in table.lines
        ]
        assert rows[0][0] == report.station_name  # title lines, then the header
        assert rows[1][0] == f"{L.t(L.TITLE)} {report.period.text()} · {section.title}"
        assert report.previous.text() in rows[2][0]
        assert rows[3][:2] == (L.t(L.TABLE_COLUMN), L.t(L.COL_ITEM))
        got = [(r[0], r[1], r[2], r[3], r[4]) for r in rows[4:]]
        assert len(got) == len(expected)
        for (t, label, value, previous, change), want in zip(got, expected, strict=True):
            assert (t, label) == want[:2]
            assert [float(v) for v in (value, previous, change)] == [float(v) for v in want[2:]]
        fractions = [r[5] if len(r) > 5 else None for r in rows[4:]]
        lines = [line for table in section.tables for line in table.lines]
        for fraction, line in zip(fractions, lines, strict=True):
            if line.change_percent is None:
                assert fraction is None
            else:
                assert fraction == float(line.change_fraction)  # 0.676, shown 67.6%
                assert abs(fraction * 100 - float(line.change_percent)) < 0.06
    book.close()
    full = load_workbook(path)  # the cell's number format (not in read-only mode)
    sheet = full[report.sections[0].title]
    assert sheet.freeze_panes == "A5" and sheet.auto_filter.ref.startswith("A4:")
    cells = [row[5] for row in sheet.iter_rows(min_row=5) if row[5].value is not None]
    assert cells and all(cell.number_format == "0.0%" for cell in cells)
    full.close()


def test_the_pdf_and_the_workbook_agree_with_the_service(busy: Database, tmp_path: Path) -> None:
    report = AnnualReportService(busy).year(clock.today().year)
    pdf = tmp_path / "annual.pdf"
    build_annual_report(pdf, report, "王建华")
    check_pdf(pdf, report)
    xlsx = tmp_path / "annual.xlsx"
    assert write_annual_report(xlsx, report) == sum(
        len(table.lines) for section in report.sections for table in section.tables
    )
    check_workbook(xlsx, report)


def test_command_line_writes_both_for_a_year_and_a_range(
    qapp, sqlite_db: Database, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from station_app import demo

    demo.fill(sqlite_db, members=120, seed=3)
    url = sqlite_db.url
    year = clock.today().year
    pdf, xlsx = tmp_path / "a.pdf", tmp_path / "a.xlsx"
    assert (
        main(["--db", url, "print", "annual-report", "--year", str(year), "--out", str(pdf)]) == 0
    )
    assert main(["--db", url, "export", "annual-report", "--year", str(year), str(xlsx)]) == 0
    report = AnnualReportService(sqlite_db).year(year)
    check_pdf(pdf, report)
    check_workbook(xlsx, report)
    ranged = tmp_path / "r.xlsx"
    args = ["--from", f"{year}-03-01", "--to", f"{year}-05-31", str(ranged)]
    assert main(["--db", url, "export", "annual-report", *args]) == 0
    period = L.t(L.DATE_RANGE).format(first=f"{year}-03-01", last=f"{year}-05-31")
    assert period in capsys.readouterr().out
    backwards = ["--from", f"{year}-05-01", "--to", f"{year}-03-01", str(ranged)]
    assert main(["--db", url, "export", "annual-report", *backwards]) == 2


def test_a_table_that_runs_onto_the_next_page_names_itself_again(tmp_path: Path) -> None:
    import datetime as dt

    from station_app.overview.service.annual import assemble
    from station_app.overview.types import Period

    period = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 6))
    communities = {f"第{i:02d}社区": i for i in range(90)}
    report = assemble(
        "测试站", period, period.previous(), {"members.by_community": communities}, {}
    )
    pdf = tmp_path / "long.pdf"
    build_annual_report(pdf, report, "王建华")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    title = report.section("members").table("members.by_community").title
    continued = [i for i, page in enumerate(pages) if f"{title} (continued)" in page]
    assert continued, "the long table's title is not repeated"
    for i in continued:
        body = [line.strip() for line in pages[i].splitlines() if line.strip()]
        at = next(n for n, line in enumerate(body) if line.startswith(f"{title} (continued)"))
        assert body[at + 1].startswith("Item")  # the header follows the title again
        assert at <= 1  # right under the running head: the page's first thing


def test_an_empty_table_says_so_and_an_empty_chart_draws_no_made_up_zero(
    tmp_path: Path,
) -> None:
    """A year without campaigns: 各慰问活动发放人次 printed its header over nothing, and
    its chart a "0" over the placeholder bar that keeps the axes."""
    import datetime as dt
    import re

    from station_app.overview.service.annual import assemble
    from station_app.overview.types import Period

    period = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    report = assemble("测试站", period, period.previous(), {}, {})
    empty = [t for s in report.sections for t in s.tables if not t.lines]
    assert empty, "every table has rows"
    pdf = tmp_path / "empty.pdf"
    build_annual_report(pdf, report, "王建华")
    lines = [line for line in pdf_text(pdf) if line]
    no_data = L.t(L.NO_DATA)
    for table in empty:
        at = next(
            i
            for i, line in enumerate(lines[:-1])
            if line == table.title and lines[i + 1].startswith(L.t(L.COL_ITEM))
        )
        assert lines[at + 2] == no_data, (table.title, lines[at : at + 6])
    # Each empty chart: its note in the middle, the axis's 0 at the left, no bar label.
    pages = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("<page ")
    notes = 0
    for page in pages:
        words = [
            (w, float(x0), float(y0))
            for x0, y0, w in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', page)
        ]
        for word, x, y in words:
            if word != no_data.split()[0] or x < 150:  # a table's row starts at the margin
                continue
            notes += 1
            below = [(w, wx) for w, wx, wy in words if w == "0" and 0 < wy - y < 80]
            assert below and all(wx < 100 for _, wx in below), below
    assert notes == len([c for c in report.charts if not c.table.lines])
