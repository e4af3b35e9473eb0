"""Importing units: valid and broken credit codes (letters allowed at the start),
union status words, duplicates by code or name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from station_app.members.sheets import importer
from station_app.members.sheets.types import DUPLICATE, INVALID, UNITS, VALID
from station_app.members.types import UnitFilter
from tests.members.conftest import Street, audit_rows
from tests.members.data.sheets import (
    CLINIC,
    UNIT_HEADERS,
    UNIT_NAMES,
    UNIT_ROWS,
    expected,
    write_csv,
    write_xlsx,
)


def _run(street: Street, path: Path):  # type: ignore[no-untyped-def]
    sheet = importer.read_sheet(path)
    preview = importer.preview(street.db, sheet, None, UNITS)
    return preview, importer.apply(street.db, street.admin, preview)


def test_unit_sheet_accepts_and_rejects_exactly_the_right_rows(
    street: Street, tmp_path: Path
) -> None:
    before = {u.name for u in street.units.list_units()}
    preview, result = _run(street, write_xlsx(tmp_path / "单位.xlsx", UNIT_HEADERS, UNIT_ROWS))
    for got, want in zip(preview.rows, UNIT_ROWS, strict=True):
        if want.expect == "ok":
            assert got.status == VALID, got.reason
        elif want.expect == "dup":
            assert got.status == DUPLICATE, got.reason
        else:
            assert got.status == INVALID and want.expect in got.reason, (want.expect, got.reason)
    assert (result.imported, result.duplicates, result.rejected) == expected(UNIT_ROWS)
    assert {u.name for u in street.units.list_units()} - before == UNIT_NAMES

    (clinic,) = street.units.list_units(UnitFilter(query=CLINIC))
    record = street.units.get_unit(clinic.id)
    assert record.uscc == CLINIC and record.union_status == "joint"
    assert record.union_founded_on == dt.date(2021, 7, 1)
    assert record.community_name == "太平桥东里社区" and record.employee_count == 12
    (fzy,) = street.units.list_units(UnitFilter(query="丰泽园"))
    full = street.units.get_unit(fzy.id)
    assert full.employee_count == 35 and full.contact_phone == "010-63331234"
    assert full.union_chair == "马丽" and full.union_status == "own"
    assert [a for a, _ in audit_rows(street.db, "unit", fzy.id)] == ["create"]
    assert street.units.union_counts().founded == 3  # 华信 + 丰泽园 + the clinic

    assert result.error_workbook_path is not None
    rows = list(load_workbook(result.error_workbook_path).active.iter_rows(values_only=True))
    assert rows[0][-1] == "错误原因" and len(rows) - 1 == result.rejected


def test_unit_csv_in_gbk_and_second_import_adds_nothing(street: Street, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "单位.csv", UNIT_HEADERS, UNIT_ROWS, "gbk")
    assert importer.read_sheet(path).encoding == "gb18030"
    _p, first = _run(street, path)
    assert (first.imported, first.duplicates, first.rejected) == expected(UNIT_ROWS)
    count = street.units.count_units()
    _p, second = _run(street, path)
    assert second.imported == 0 and second.duplicates == first.imported + first.duplicates
    assert street.units.count_units() == count
