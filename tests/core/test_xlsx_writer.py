"""The one .xlsx writer of every export: text that looks like a formula is written as
text (string cell + quote prefix) and read back unchanged; numbers stay numbers, dates
stay dates; files are the owner's only and appear whole or not at all."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from station_app.core.xlsx_writer import (
    DATE,
    DECIMAL2,
    MONEY,
    WRAP_RED,
    XlsxWriter,
    get_column_letter,
    set_text,
    sheet_name,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example","点我")',
    "=1+1",
    "+86 138",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "\r=1+1",
]


def test_formula_like_text_stays_text_in_every_column_style(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    styles = {1: WRAP_RED, 2: DATE, 3: DECIMAL2, 4: MONEY}
    with XlsxWriter(path) as book:
        book.add_sheet("名单", ["=A1", "b", "c", "d", "e"], ([t] * 5 for t in HOSTILE),
                       styles=styles)  # fmt: skip
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "=A1" and sheet["A1"].data_type == "s"
    for row, text in enumerate(HOSTILE, start=2):
        for cell in sheet[row]:
            assert cell.value == text, (cell.coordinate, cell.value)
            assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert sheet["B2"].font.color.rgb == "FFC00000"  # the column's own style is kept


def test_numbers_dates_and_plain_text_keep_their_type(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    row = [1, -2.5, Decimal("-12.50"), dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 9, 30),
           "王芳", "a=1", True, None]  # fmt: skip
    with XlsxWriter(path) as book:
        book.add_sheet("x", [str(i) for i in range(len(row))], [row], styles={1: DECIMAL2})
    sheet = load_workbook(path).active
    cells = sheet[2]
    assert [c.value for c in cells[:3]] == [1, -2.5, -12.5]
    assert all(c.data_type == "n" for c in cells[:3])
    assert cells[1].number_format == "0.00" and cells[2].number_format == "#,##0.00"
    assert cells[3].value == dt.datetime(2026, 3, 2) and cells[3].is_date
    assert cells[4].value == dt.datetime(2026, 3, 2, 9, 30) and cells[4].is_date
    assert [c.value for c in cells[5:8]] == ["王芳", "a=1", "是"]
    assert not cells[5].quotePrefix and not cells[6].quotePrefix


def test_file_is_the_owners_and_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "done.xlsx"
    with XlsxWriter(path) as book:
        book.add_sheet("x", ["a"], [["1"]])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with pytest.raises(RuntimeError), XlsxWriter(tmp_path / "half.xlsx") as book:
        book.add_sheet("x", ["a"], [["1"]])
        raise RuntimeError("stopped")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.xlsx"]


def test_stream_output_and_sheet_names() -> None:
    out = io.BytesIO()
    with XlsxWriter(out) as book:
        book.add_sheet("Hours 2026/[draft]: a very long sheet name indeed", ["a"], [["=1"]])
        book.add_sheet("", ["b"], [])
    out.seek(0)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Hours 2026__draft__ a very long", "Sheet1"]
    assert wb.worksheets[0]["A2"].value == "=1" and wb.worksheets[0]["A2"].data_type == "s"
    assert sheet_name("'引号'") == "引号"
    assert [get_column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_set_text_for_openpyxl_workbooks(tmp_path: Path) -> None:
    wb = Workbook()
    set_text(wb.active["A1"], "=1+1")
    set_text(wb.active["A2"], "太平桥")
    wb.save(tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A1"].value == "=1+1" and sheet["A1"].data_type == "s"
    assert sheet["A1"].quotePrefix and sheet["A2"].value == "太平桥"
