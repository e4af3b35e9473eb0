"""Roster, certificate and year summary PDFs (bundled font embedded, Chinese comes back,
no full ID number, mobiles masked except on the leader's copy), the hours .xlsx and
the command-line handlers."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from station_app.core import i18n
from station_app.core.errors import PermissionDenied
from station_app.core.pdf import BuildCancelled
from station_app.core.pdf.inspect import embedded_font_names
from station_app.volunteers import cli, reports
from station_app.volunteers.sheets.hours import export_year_hours
from tests.volunteers.conftest import Brigade, audit_rows, rid

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)
FULL_IDS = [rid(first17) for first17 in ("11010619800101001", "11010619920505006")]
FULL_MOBILES = ["13810011001", "13920022002", "13730033003", "13640044004", "15050055005"]
ZH = {  # a few of the catalog's words, to see Chinese labels come out
    "Sign in": "签到",
    "Sign out": "签退",
    "(Seal)": "（盖章）",
    "Volunteer Service Record Certificate": "志愿服务记录证明",
    "Overlap allowed: {reason}": "特批时间重叠：{reason}",
}


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translate", lambda context, text: ZH.get(text, text))


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _fonts_ok(path: Path) -> None:
    rows = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "WenQuanYiMicroHei" in row, row
        assert row.split()[-5] == "yes", row  # embedded


def _roster_activity(brigade: Brigade) -> int:
    """Two shifts; 李强 also on another activity by an administrator's override; 张伟's
    hours corrected; 单丽 cancelled; one open place."""
    activity = brigade.activity("云岗森林公园清扫", description="自带手套，统一穿蓝色马甲。")
    morning = brigade.shift(activity, "09:00", "11:00", role="清扫", places=4)
    noon = brigade.shift(activity, "11:00", "12:00", role="宣传讲解", places=1)
    for name in ("张伟", "王芳", "单丽"):
        brigade.assign(morning, name)
    training = brigade.activity("急救培训", kind="organising", place="职工之家")
    brigade.assign(brigade.shift(training, "10:00", "11:00", role="示范"), "李强")
    brigade.assign(morning, "李强", actor=brigade.admin, override_reason="培训结束后赶来")
    brigade.assign(noon, "赵敏")
    rows = {
        line.name: line for line in brigade.views.roster(brigade.desk, activity).shifts[0].lines
    }
    brigade.assignments.set_status(brigade.desk, rows["单丽"].assignment_id, "cancelled")
    brigade.assignments.correct_hours(
        brigade.desk, rows["张伟"].assignment_id, "2.5", "提前到场布置"
    )
    return activity


@needs_poppler
def test_roster_masks_mobiles_shows_overrides_and_embeds_the_font(
    brigade: Brigade, tmp_path: Path, chinese: None
) -> None:
    activity = _roster_activity(brigade)
    out = tmp_path / "roster.pdf"
    roster = reports.print_roster(brigade.db, brigade.desk, activity, out)
    assert roster.overrides == 1 and roster.shifts[0].cancelled == 1
    _fonts_ok(out)
    text = _text(out)
    for expected in ("云岗森林公园清扫", "张伟", "王芳", "李强", "赵敏", "签到", "签退"):
        assert expected in text
    assert "特批时间重叠：培训结束后" in text  # the rest of the reason wraps
    assert "138****1001" in text and "提前到场布置" in text
    assert "单丽" not in text  # cancelled: not on the sign sheet
    for secret in (*FULL_MOBILES, *FULL_IDS):
        assert secret not in text


@needs_poppler
def test_the_leaders_copy_has_full_mobiles_for_administrators_only(
    brigade: Brigade, tmp_path: Path
) -> None:
    activity = _roster_activity(brigade)
    out = tmp_path / "leader.pdf"
    with pytest.raises(PermissionDenied):
        reports.print_roster(brigade.db, brigade.desk, activity, out, leader_copy=True)
    assert not out.exists()
    reports.print_roster(brigade.db, brigade.admin, activity, out, leader_copy=True)
    text = _text(out)
    assert "13810011001" in text and "Leader's copy" in text
    # Every page says what it is: its own title and the warning, never the public roster.
    for page in text.split("\f")[:-1]:
        assert "Leader's copy" in page and "leader's contact copy" in page
    assert all(number not in text for number in FULL_IDS)
    assert audit_rows(brigade.db, "activity", activity)[-1][0] == "export_full"


def _attended(brigade: Brigade) -> None:
    for n, day in enumerate((dt.date(2026, 1, 10), dt.date(2026, 1, 17))):
        activity = brigade.activity(
            f"探望孤寡老人（第{n + 1}次）", day=day, kind="elderly_disabled"
        )
        shift = brigade.shift(activity, "09:00", "11:30", day=day, role="陪护")
        brigade.assign(shift, "赵敏")
        brigade.assignments.all_attended(brigade.desk, shift)


@needs_poppler
def test_certificate_renders_chinese_masked_id_and_the_total(
    brigade: Brigade, tmp_path: Path, chinese: None
) -> None:
    _attended(brigade)
    out = tmp_path / "certificate.pdf"
    data = reports.print_certificate(brigade.db, brigade.desk, brigade.v["赵敏"], 2026, out)
    assert data.total_hours == 5
    _fonts_ok(out)
    text = _text(out)
    assert "志愿服务记录证明" in text and "（盖章）" in text
    assert "赵敏" in text and "探望孤寡老人（第2次）" in text
    assert data.number in text and "太平桥街道总工会服务站" in text
    full = rid("11010619920505006")
    assert full[:6] + "********" + full[-4:] in text
    for secret in (*FULL_IDS, *FULL_MOBILES):
        assert secret not in text
    assert embedded_font_names(out)  # the smoke test's check agrees


def _word_boxes(path: Path) -> list[tuple[str, float, float, float, float]]:
    """Every word of the PDF with its box (x0, y0, x1, y1), from ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


@needs_poppler
def test_the_seal_caption_is_not_drawn_over_the_issuer_line(
    brigade: Brigade, tmp_path: Path, chinese: None
) -> None:
    """The seal area lies over the station's name, the issuer and the date; its caption
    （盖章） sat in the middle of the box, on the issuer's line, the two unreadable."""
    _attended(brigade)
    out = tmp_path / "certificate.pdf"
    reports.print_certificate(brigade.db, brigade.desk, brigade.v["赵敏"], 2026, out)
    words = _word_boxes(out)
    (caption,) = [w for w in words if "（盖章）" in w[0]]
    _, x0, y0, x1, y1 = caption
    for other in words:
        if other is caption:
            continue
        _, a0, b0, a1, b1 = other
        overlaps = x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1
        assert not overlaps, (caption, other)


@needs_poppler
def test_year_summary_pdf(brigade: Brigade, tmp_path: Path) -> None:
    _attended(brigade)
    out = tmp_path / "summary.pdf"
    summary = reports.print_year_summary(brigade.db, brigade.desk, 2026, out)
    assert (summary.activities_held, summary.volunteers_served, summary.attendances) == (2, 1, 2)
    _fonts_ok(out)
    text = _text(out)
    assert "太平桥西里社区工会志愿者服务分队" in text and "5" in text


@needs_poppler
def test_year_summary_counts_the_volunteers_on_file_at_the_years_end(
    brigade: Brigade, tmp_path: Path
) -> None:
    """The five volunteers joined in 2025 (four in June, 赵敏 in September): the summary
    of 2024 has none on file, that of 2025 all five. It counted today's volunteers for
    every year (586 for 2025 on the demo station, where the annual report says 391)."""
    figures = {}
    for year in (2024, 2025):
        out = tmp_path / f"summary{year}.pdf"
        summary = reports.print_year_summary(brigade.db, brigade.desk, year, out)
        line = next(x for x in _text(out).splitlines() if "Volunteers on file" in x)
        figures[year] = (summary.volunteers_on_file, line.split("Volunteers on file")[1].split()[0])
        assert sum(t.volunteers for t in summary.by_team) == summary.volunteers_on_file
    assert figures == {2024: (0, "0"), 2025: (5, "5")}


@needs_poppler
def test_builds_take_the_print_time_progress_and_cancel_of_every_printout(
    brigade: Brigade, tmp_path: Path
) -> None:
    _attended(brigade)
    summary = reports.print_year_summary(brigade.db, brigade.desk, 2026, tmp_path / "first.pdf")
    out = tmp_path / "summary.pdf"
    seen: list[tuple[int, int]] = []
    printed_at = dt.datetime(2026, 3, 1, 9, 5)
    reports.build_year_summary(
        out, summary, "王芳", printed_at=printed_at, progress=lambda d, t: seen.append((d, t))
    )
    assert "Printed 2026-03-01 09:05" in _text(out)
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(BuildCancelled):
        reports.build_year_summary(tmp_path / "no.pdf", summary, "王芳", should_cancel=lambda: True)
    assert not (tmp_path / "no.pdf").exists()


def test_hours_export_neutralises_formulas(brigade: Brigade, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    day = dt.date(2026, 1, 10)
    activity = brigade.activity('=HYPERLINK("http://x","点我")', day=day)
    shift = brigade.shift(activity, "09:00", "11:00", day=day, role="+1 后勤")
    aid = brigade.assign(shift, "王芳").assignment_id
    brigade.assignments.all_attended(brigade.desk, shift)
    brigade.assignments.correct_hours(brigade.desk, aid, "1.75", "-提前离开")
    out = tmp_path / "hours.xlsx"
    assert export_year_hours(brigade.db, 2026, out) == 1
    book = load_workbook(out)
    sheet = book.worksheets[0]
    row = [cell for cell in sheet[2]]
    values = [cell.value for cell in row]
    assert values[3] == '=HYPERLINK("http://x","点我")' and row[3].data_type == "s"
    assert values[5] == "+1 后勤" and row[5].data_type == "s" and row[5].quotePrefix
    assert values[10] == "-提前离开" and row[10].data_type == "s"
    assert values[6] == "王芳" and values[9] == 1.75
    assert values[0] == dt.datetime(2026, 1, 10)
    totals = book.worksheets[1]
    assert [c.value for c in totals[2]][3:] == [1, 1.75]
    for sheet_ in book.worksheets:
        for line in sheet_.iter_rows():
            for cell in line:
                assert cell.data_type != "f"
                assert str(cell.value) not in FULL_MOBILES


def test_command_line_handlers(brigade: Brigade, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _attended(brigade)
    activity = _roster_activity(brigade)
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    printing = commands.add_parser("print").add_subparsers(dest="report", required=True)
    cli.add_print_commands(printing)
    roster = tmp_path / "r.pdf"
    args = parser.parse_args(
        ["print", "roster", "--activity", str(activity), "--out", str(roster), "--leader-copy"]
    )
    assert args.print_handler(args, brigade.db) == 0
    cert = tmp_path / "c.pdf"
    args = parser.parse_args(
        ["print", "certificate", "--volunteer", str(brigade.v["赵敏"]), "--year", "2026",
         "--out", str(cert), "--operator", "王芳"]
    )  # fmt: skip
    assert args.print_handler(args, brigade.db) == 0
    summary = tmp_path / "s.pdf"
    args = parser.parse_args(
        ["print", "volunteer-summary", "--year", "2026", "--out", str(summary)]
    )
    assert args.print_handler(args, brigade.db) == 0
    out = capsys.readouterr().out
    assert "leader's copy" in out and "certificate ZM202600001" in out
    for path in (roster, cert, summary):
        assert path.read_bytes().startswith(b"%PDF")
    # The person who printed, or else the station: never "命令行".
    with brigade.db.read() as session:
        issuers = session.execute(text("SELECT issued_by_name FROM volunteer_certificate")).all()
    assert [tuple(r) for r in issuers] == [("王芳",)]
    if shutil.which("pdftotext"):
        assert "王芳" in _text(cert).replace(" ", "")
        assert "命令行" not in _text(roster) and "命令行" not in _text(summary)
