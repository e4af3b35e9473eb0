"""The intake receipt: one A4 page, bundled font embedded, its text (digits too) back out,
the ID number masked, the QR code and both copies there."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from station_app.core.pdf import use_fallback_fonts
from station_app.core.pdf.inspect import embedded_font_names
from station_app.core.station import StationService
from station_app.members.reports import ReceiptData, build_receipt, print_receipt
from station_app.members.types import MemberInput
from tests.members.conftest import Street
from tests.members.data.sheets import WANG_KUN

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_receipt_of_a_registered_member(street: Street, tmp_path: Path) -> None:
    result = street.members.register(
        street.admin,
        MemberInput(
            name="单喆", id_number=WANG_KUN, unit_id=street.huaxin, joined_on=dt.date(2027, 3, 1)
        ),
    )
    station = StationService(street.db).profile()
    assert station is not None
    out = tmp_path / "receipt.pdf"
    data = print_receipt(street.db, street.admin, result.member_id, station, out)
    assert data.id_number == "110106********1219"
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts  # embedded, subset
    assert all("WenQuanYi" in row for row in rows)
    assert embedded_font_names(out)
    text = _text(out)
    for expected in (
        result.member_no,
        "单喆",
        "110106********1219",
        "北京华信科技有限公司",
        "太平桥西里社区",
        "2027-03-01",
        "王管理",  # the operator
        "2027-03-08 09:30",  # printed at (the frozen clock)
        "Member intake receipt",
        "Member's copy",
        "Station's stub",
        "太平桥街道总工会服务站",
    ):
        assert expected in text, expected
    assert WANG_KUN not in text
    assert "Page 1 of 1" in text  # the member's and the station's part on one page
    assert out.read_bytes().count(b"/Subtype /Image") == 0  # QR drawn as vectors


@needs_poppler
def test_rare_characters_missing_from_the_font_show_as_a_box(tmp_path: Path) -> None:
    data = ReceiptData(
        "工会服务站", "", "", "HY202700001", "张𠮷", "M", "110106********1219",
        "", "", dt.date(2027, 1, 2), "李", dt.datetime(2027, 1, 2, 8, 0),
    )  # fmt: skip
    out = tmp_path / "r.pdf"
    use_fallback_fonts([])  # no font on the PC has it either
    try:
        build_receipt(out, data)
    finally:
        use_fallback_fonts(None)
    text = _text(out)
    assert "张□" in text and "HY202700001" in text and "—" in text  # empty unit shows a dash
