"""Importing members from real-world sheets: exactly the right rows in, the rest out with
a reason, an error workbook to fix them in, and nothing added by a second import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, text

from station_app.core.errors import ValidationError
from station_app.members.models import Unit
from station_app.members.sheets import importer
from station_app.members.sheets.columns import guess_mapping, unknown_columns
from station_app.members.sheets.types import (
    DUPLICATE,
    INVALID,
    VALID,
    ImportCancelled,
    SheetUnreadable,
)
from station_app.members.types import MemberFilter, MemberInput
from tests.members.conftest import TODAY, Street, audit_rows, dump
from tests.members.data.sheets import (
    IMPORTED_NAMES,
    LEGACY_15,
    MEMBER_HEADERS,
    MEMBER_ROWS,
    WANG_KUN,
    ZHAO_YUN,
    Row,
    expected,
    rid,
    write_csv,
    write_xlsx,
)


def _import(street: Street, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    sheet = importer.read_sheet(path)
    preview = importer.preview(street.db, sheet)
    return preview, importer.apply(street.db, street.admin, preview, **kwargs)


def _names(street: Street) -> set[str]:
    return {row.name for row in street.members.list_members(limit=None)}


def _check_rows(preview, rows: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert len(preview.rows) == len(rows)
    for got, want in zip(preview.rows, rows, strict=True):
        if want.expect == "ok":
            assert got.status == VALID, (got.line, got.reason)
        elif want.expect == "dup":
            assert got.status == DUPLICATE, (got.line, got.reason)
        else:
            assert got.status == INVALID, (got.line, want.expect)
            assert want.expect in got.reason, (got.line, got.reason)


def test_real_world_xlsx_accepts_and_rejects_exactly_the_right_rows(
    street: Street, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS, title="会员花名册")
    sheet = importer.read_sheet(path)
    assert sheet.header_line == 2  # found under the title row
    assert [r.line for r in sheet.rows][:5] == [3, 4, 5, 7, 8]  # blank row 6 skipped
    mapping = guess_mapping(sheet.headers)
    assert set(mapping.values()) >= {"name", "gender", "id_number", "mobile", "unit", "community"}
    assert unknown_columns(sheet.headers, mapping) == []  # 序号 is known and left out

    preview, result = _import(street, path)
    _check_rows(preview, MEMBER_ROWS)
    assert preview.new_units == ("北京新华书店（丰台）",)
    assert (result.imported, result.duplicates, result.rejected) == expected(MEMBER_ROWS)
    assert result.units_created == 1
    assert _names(street) == IMPORTED_NAMES

    by_name = {r.name: r for r in street.members.list_members(limit=None)}
    assert by_name["赵赟"].id_number == ZHAO_YUN  # lower-case x stored upper-case
    assert by_name["赵赟"].gender == "F" and by_name["赵赟"].outdoor_kind == "courier"
    assert by_name["赵赟"].hardship_level == "severe" and by_name["赵赟"].migrant_worker
    assert by_name["张𠮷"].id_number == "11010619850101123" + by_name["张𠮷"].id_number[-1]
    assert by_name["李喆"].community_name == "太平桥东里社区"  # the unit's community
    assert by_name["王堃"].community_name == "太平桥西里社区"  # "太平桥西里" matched
    assert by_name["单丽"].unit_name == "北京新华书店（丰台）"
    assert by_name["曾强"].joined_on == dt.date(2019, 3, 4)
    record = street.members.get(street.admin, by_name["赵赟"].id, reveal=True)
    assert record.notes == "-夜班，白天勿扰"  # kept as typed; neutralised on export


def test_converted_legacy_number_is_noted_in_the_preview(street: Street, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    preview = importer.preview(street.db, importer.read_sheet(path))
    legacy = next(r for r in preview.rows if r.values[3] == LEGACY_15)
    assert "15-digit" in legacy.notes


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_every_encoding_excel_writes(street: Street, tmp_path: Path, encoding: str) -> None:
    rows = MEMBER_ROWS
    if encoding == "gbk":  # 𠮷 does not exist in GBK: Excel could not have saved it
        rows = [r for r in MEMBER_ROWS if "𠮷" not in r.values[1]]
    path = write_csv(tmp_path / f"members-{encoding}.csv", MEMBER_HEADERS, rows, encoding)
    sheet = importer.read_sheet(path)
    assert sheet.headers[1] == "姓名"
    preview, result = _import(street, path)
    _check_rows(preview, rows)
    assert (result.imported, result.duplicates, result.rejected) == expected(rows)
    wanted = IMPORTED_NAMES - ({"张𠮷"} if encoding == "gbk" else set())
    assert _names(street) == wanted


def test_error_workbook_has_the_rejected_rows_as_given_and_the_reason(
    street: Street, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    _preview, result = _import(street, path)
    assert result.error_workbook_path is not None
    assert result.error_workbook_path.parent == tmp_path
    ws = load_workbook(result.error_workbook_path).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [*MEMBER_HEADERS, "错误原因"]
    rejected = [r for r in MEMBER_ROWS if r.expect not in ("ok", "dup")]
    assert len(rows) - 1 == len(rejected) == result.rejected
    for got, want in zip(rows[1:], rejected, strict=True):
        assert got[1] == (want.values[1] or None)  # the name, as given
        assert want.expect in got[-1]
    bad_check = next(r for r in rows[1:] if r[1] == "刘伟")
    assert bad_check[3] == MEMBER_ROWS[6].values[3]  # the ID number exactly as typed
    assert bad_check[-1].startswith("身份证号码: ")  # the sheet's own header names the column


def test_fixed_error_workbook_imports_and_then_adds_nothing(street: Street, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    _p, first = _import(street, path)
    errors = first.error_workbook_path
    assert errors is not None
    wb = load_workbook(errors)
    ws = wb.active
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "黄强":
            row[4].value = "13812340000"  # the mobile fixed
    wb.save(errors)
    _preview, second = _import(street, errors)
    assert second.imported == 1 and "黄强" in _names(street)
    assert second.rejected == first.rejected - 1
    # The re-written error workbook keeps one 错误原因 column.
    assert second.error_workbook_path is not None
    header = next(load_workbook(second.error_workbook_path).active.iter_rows(values_only=True))
    assert list(header).count("错误原因") == 1


def test_second_import_of_the_same_file_adds_nothing(street: Street, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    _p, first = _import(street, path)
    before = dump(street.db)
    preview, second = _import(street, path)
    assert second.imported == 0
    assert second.duplicates == first.imported + first.duplicates
    assert second.rejected == first.rejected
    after = dump(street.db)
    assert after["member"] == before["member"] and after["unit"] == before["unit"]
    dup = next(r for r in preview.rows if r.values[1] == "王堃")
    assert "Already on file as member no. TPQ2024" in dup.reason


def test_imported_member_is_stored_and_audited_as_the_form_would(
    street: Street, tmp_path: Path
) -> None:
    """Bulk saving writes exactly what MemberService.register writes."""
    number = rid("11010619660606202")
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "手机号", "工作单位", "入会日期", "劳模"])
    wb.active.append(["单晓曾", number, "13911112222", "北京华信科技有限公司", "2027-03-01", "是"])
    path = tmp_path / "one.xlsx"
    wb.save(path)
    _p, result = _import(street, path)
    assert result.imported == 1
    twin = street.members.register(
        street.admin,
        MemberInput(
            name="单晓曾",
            id_number=rid("11010619660606210"),
            mobile="13911113333",
            unit_id=street.huaxin,
            joined_on=dt.date(2027, 3, 1),
            model_worker=True,
        ),
    )
    with street.db.read() as s:
        rows = {
            r.name_pinyin + r.member_no: r
            for r in s.execute(
                text(
                    "SELECT member_no, name_pinyin, search_text, community_id, unit_id FROM member"
                )
            )
        }
    imported = next(r for r in rows.values() if r.member_no != twin.member_no)
    registered = next(r for r in rows.values() if r.member_no == twin.member_no)
    assert imported.member_no == "TPQ202700001" and twin.member_no == "TPQ202700002"
    assert imported.name_pinyin == registered.name_pinyin == "shanxiaoceng"
    mine, theirs = imported.search_text.split("|"), registered.search_text.split("|")
    assert mine[:-3] == theirs[:-3]  # name and every pinyin key, in the same order
    assert mine[-3:] == [imported.member_no.lower(), "13911112222", number]
    assert theirs[-3:] == [twin.member_no.lower(), "13911113333", twin.id_number]
    assert (imported.unit_id, imported.community_id) == (
        registered.unit_id,
        registered.community_id,
    )
    ids = street.members.member_ids(MemberFilter(query="sxc"))  # 单 read shan
    assert len(ids) == 2 and street.members.member_ids(MemberFilter(query="dxc")) == ids
    member_id = street.members.find_by_member_no(imported.member_no)
    (action, summary), *_ = audit_rows(street.db, "member", member_id)
    (_, twin_summary), *_ = audit_rows(street.db, "member", twin.member_id)
    assert action == "create"
    assert set(summary["changes"]) == set(twin_summary["changes"])
    history = street.members.history(street.admin, member_id)
    assert [h.action for h in history] == ["create"]
    with street.db.read() as s:
        note = s.execute(
            text("SELECT summary FROM audit_log WHERE action = 'import' AND entity = 'member'")
        ).scalar_one()
    assert "one.xlsx: imported 1, duplicates 0, rejected 0" in json.loads(note)["note"]


def test_same_id_number_on_file_for_someone_else_is_refused_naming_them(
    street: Street, tmp_path: Path
) -> None:
    street.members.register(street.admin, MemberInput(name="王堃", id_number=WANG_KUN))
    wb = Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["王坤", WANG_KUN])
    wb.active.append(["王堃", WANG_KUN])
    wb.save(tmp_path / "x.xlsx")
    preview, result = _import(street, tmp_path / "x.xlsx")
    assert [r.status for r in preview.rows] == [INVALID, DUPLICATE]
    assert "already registered to 王堃 (member no. TPQ202700001)" in preview.rows[0].reason
    assert (result.imported, result.duplicates, result.rejected) == (0, 1, 1)


def test_unknown_column_mapped_by_hand(street: Street, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["职工", "证件", "入职单位"])
    wb.active.append(["曾曦", rid("11010619950505101"), "北京鼎泰物业管理有限公司"])
    wb.save(tmp_path / "odd.xlsx")
    sheet = importer.read_sheet(tmp_path / "odd.xlsx")
    mapping = guess_mapping(sheet.headers)
    assert unknown_columns(sheet.headers, mapping) == [0, 1, 2]
    with pytest.raises(ValidationError, match="no column for Name"):
        importer.preview(street.db, sheet, mapping)
    with pytest.raises(ValidationError, match="both set to"):
        importer.check_mapping({0: "name", 1: "name", 2: "id_number"})
    preview = importer.preview(street.db, sheet, {0: "name", 1: "id_number", 2: "unit"})
    result = importer.apply(street.db, street.admin, preview)
    assert result.imported == 1 and result.error_workbook_path is None
    (row,) = street.members.list_members()
    assert row.unit_name == "北京鼎泰物业管理有限公司" and row.community_name == "太平桥东里社区"


def test_cancel_and_dry_run_save_nothing(street: Street, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    before = dump(street.db)
    preview = importer.preview(street.db, importer.read_sheet(path))
    with pytest.raises(ImportCancelled):
        importer.apply(street.db, street.admin, preview, should_cancel=lambda: True)
    assert dump(street.db) == before
    assert not list(tmp_path.glob("*错误行*"))  # no error workbook for a cancelled import
    result = importer.apply(street.db, street.admin, preview, dry_run=True)
    assert result.dry_run and (result.imported, result.rejected) == (6, 10)
    assert result.error_workbook_path is not None and result.error_workbook_path.exists()
    assert dump(street.db) == before


def test_progress_reaches_the_end(street: Street, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS)
    seen: list[tuple[int, int]] = []
    preview = importer.preview(street.db, importer.read_sheet(path))
    importer.apply(street.db, street.admin, preview, lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)


def test_numbers_already_taken_are_skipped(street: Street, tmp_path: Path) -> None:
    with street.db.transaction() as s:  # an older import took a number ahead of the counter
        s.execute(
            text(
                "INSERT INTO member (member_no, name, name_pinyin, id_type, id_number, gender, "
                "mobile, landline, joined_on, status, status_note, migrant_worker, "
                "model_worker, notes, search_text, created_at, updated_at) VALUES "
                "('TPQ202700002', '占号', 'zhanhao', 'passport', 'E1234567', 'M', '', '', "
                "'2027-01-01', 'active', '', false, false, '', '', '2027-01-01', '2027-01-01')"
            )
        )
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "入会日期"])
    for i in range(3):
        wb.active.append([f"李{'一二三'[i]}", rid(f"1101061990010{i + 1}101"), TODAY])
    wb.save(tmp_path / "n.xlsx")
    _import(street, tmp_path / "n.xlsx")
    numbers = sorted(r.member_no for r in street.members.list_members(limit=None))
    assert numbers == ["TPQ202700001", "TPQ202700002", "TPQ202700003", "TPQ202700004"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old .xls"),
        (b"PK\x03\x04 not really a zip", "is damaged"),
        (b"", "is empty"),
        (b"\n\n ,, \n", "no rows"),
    ],
)
def test_unreadable_files_get_a_sentence(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    if words in ("no rows", "is empty"):
        path = path.rename(tmp_path / "bad.csv")
    with pytest.raises(SheetUnreadable, match=words):
        importer.read_sheet(path)


def test_missing_file_gets_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(SheetUnreadable, match="does not exist"):
        importer.read_sheet(tmp_path / "nope.xlsx")


def test_units_named_in_the_sheet_are_created_once_with_an_audit_row(
    street: Street, tmp_path: Path
) -> None:
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "单位", "社区"])
    wb.active.append(["甲", rid("11010619900101101"), "北京新单位有限公司", "太平桥东里社区"])
    wb.active.append(["乙", rid("11010619900101201"), "北京新单位有限公司", ""])
    wb.save(tmp_path / "u.xlsx")
    _p, result = _import(street, tmp_path / "u.xlsx")
    assert result.imported == 2 and result.units_created == 1
    with street.db.read() as s:
        unit_id, community_id, status = s.execute(
            select(Unit.id, Unit.community_id, Unit.union_status).where(
                Unit.name == "北京新单位有限公司"
            )
        ).one()
    assert community_id == street.east and status == "none"
    assert [a for a, _ in audit_rows(street.db, "unit", unit_id)] == ["create"]
