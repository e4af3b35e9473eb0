"""Exporting members: masked unless an administrator asks, formulas neutralised, every
export audited, the blank templates with their lists, all of it re-importable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from station_app.core.errors import PermissionDenied
from station_app.core.xlsx_writer import looks_like_formula
from station_app.members.sheets import importer
from station_app.members.sheets.export import EXPORT_HEADERS, export_members
from station_app.members.sheets.template import GUIDE_SHEET, save_template
from station_app.members.sheets.types import UNITS, ExportCancelled
from station_app.members.types import MemberFilter, MemberInput
from tests.members.conftest import Street
from tests.members.data.sheets import WANG_KUN, rid


def _members(street: Street) -> None:
    m = street.members
    m.register(
        street.admin,
        MemberInput(
            name="王堃",
            id_number=WANG_KUN,
            mobile="13812345678",
            unit_id=street.huaxin,
            notes='=HYPERLINK("http://evil","点我")',
            hardship_level="severe",
        ),
    )
    m.register(
        street.admin,
        MemberInput(name="单丽", id_number=rid("11010619920202022"), notes="+1 -2 @3"),
    )


def _exports(street: Street) -> list[dict]:
    with street.db.read() as s:
        rows = s.execute(
            text("SELECT operator_name, summary FROM audit_log WHERE action = 'export'")
        ).all()
    return [{"operator": op, **json.loads(summary)} for op, summary in rows]


def test_export_is_masked_and_neutralises_formulas(street: Street, tmp_path: Path) -> None:
    _members(street)
    desk = street.desk()
    result = export_members(street.db, desk, tmp_path / "members.xlsx")
    assert result.rows == 2 and not result.full_ids
    wb = load_workbook(result.path)
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == EXPORT_HEADERS
    wang = dict(zip(EXPORT_HEADERS, rows[1], strict=True))
    assert wang["身份证号"] == WANG_KUN[:6] + "********" + WANG_KUN[-4:]
    assert wang["手机号"] == "138****5678"
    assert wang["工作单位"] == "北京华信科技有限公司" and wang["社区"] == "太平桥西里社区"
    assert wang["困难职工"] == "深度" and wang["状态"] == "在册" and wang["性别"] == "男"
    assert wang["备注"] == '=HYPERLINK("http://evil","点我")'  # as typed, as text
    assert dict(zip(EXPORT_HEADERS, rows[2], strict=True))["备注"] == "+1 -2 @3"
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and looks_like_formula(cell.value):
                assert cell.data_type == "s" and cell.quotePrefix
    assert ws.freeze_panes == "A2"
    (audit,) = _exports(street)
    assert (
        audit["operator"] == "li" and "full_ids=no" in audit["note"] and "rows=2" in audit["note"]
    )


def test_full_values_only_for_an_administrator_and_audited(street: Street, tmp_path: Path) -> None:
    _members(street)
    with pytest.raises(PermissionDenied):
        export_members(street.db, street.desk(), tmp_path / "x.xlsx", full_ids=True)
    assert not (tmp_path / "x.xlsx").exists() and _exports(street) == []
    result = export_members(street.db, street.admin, tmp_path / "full.xlsx", full_ids=True)
    rows = list(load_workbook(result.path).active.iter_rows(values_only=True))
    assert rows[1][4] == WANG_KUN and rows[1][6] == "13812345678"
    (audit,) = _exports(street)
    assert audit["operator"] == "admin" and "full_ids=yes" in audit["note"]


def test_filtered_export_and_cancel(street: Street, tmp_path: Path) -> None:
    _members(street)
    result = export_members(
        street.db, street.admin, tmp_path / "f.xlsx", MemberFilter(query="shanli")
    )
    assert result.rows == 1 and "query=shanli" in _exports(street)[0]["note"]
    with pytest.raises(ExportCancelled):
        export_members(street.db, street.admin, tmp_path / "c.xlsx", should_cancel=lambda: True)
    assert not (tmp_path / "c.xlsx").exists() and list(tmp_path.glob(".c.xlsx*")) == []
    assert len(_exports(street)) == 1


def test_full_export_imports_back_as_duplicates(street: Street, tmp_path: Path) -> None:
    _members(street)
    result = export_members(street.db, street.admin, tmp_path / "full.xlsx", full_ids=True)
    preview = importer.preview(street.db, importer.read_sheet(result.path))
    assert preview.duplicates == 2 and preview.invalid == 0


def test_looks_like_formula() -> None:
    assert [looks_like_formula(t) for t in ("=1", "+1", "-1", "@x", "\t=1", "\r", "a=1", "")] == [
        True, True, True, True, True, True, False, False
    ]  # fmt: skip


def test_member_template_has_lists_instructions_and_text_columns(
    street: Street, tmp_path: Path
) -> None:
    path = save_template(street.db, tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["会员登记", GUIDE_SHEET]
    ws = wb["会员登记"]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["姓名", "性别", "证件类型", "身份证号"]
    lists = {
        headers[ws[str(dv.sqref).split(":")[0]].column - 1]: dv.formula1
        for dv in ws.data_validations.dataValidation
    }
    assert set(lists) == {"性别", "证件类型", "社区", "困难职工", "户外劳动者", "农民工", "劳模"}
    hidden = wb["选项"]
    assert hidden.sheet_state == "hidden"
    community_values = [c.value for c in hidden["G"] if c.value][1:]
    assert community_values == ["太平桥西里社区", "太平桥东里社区"]
    assert ws["D2"].number_format == "@" and ws["F2"].number_format == "@"  # ID, mobile
    assert ws["E2"].number_format == "yyyy-mm-dd"
    assert "身份证号" in [c.value for c in wb[GUIDE_SHEET]["A"]]
    # The empty template reads as a sheet with headers and no rows.
    sheet = importer.read_sheet(path)
    assert sheet.headers[0] == "姓名" and sheet.rows == ()


def test_unit_template(street: Street, tmp_path: Path) -> None:
    path = save_template(street.db, tmp_path / "单位模板.xlsx", UNITS)
    ws = load_workbook(path)["单位登记"]
    assert [c.value for c in ws[1]][:2] == ["单位名称", "统一社会信用代码"]
    assert len(ws.data_validations.dataValidation) == 2  # community, union status


def test_template_lists_a_formula_like_community_as_text(street: Street, tmp_path: Path) -> None:
    street.communities.add_community(street.admin, "=1+1社区")
    hidden = load_workbook(save_template(street.db, tmp_path / "t.xlsx"))["选项"]
    cells = [c for c in hidden["G"] if c.value][1:]
    assert [c.value for c in cells][-1] == "=1+1社区"
    assert all(c.data_type == "s" for c in cells) and cells[-1].quotePrefix


def test_export_of_a_search_with_a_hidden_character_is_audited(
    street: Street, tmp_path: Path
) -> None:
    """The search as typed went into the audit note: a NUL there broke the export on
    PostgreSQL."""
    _members(street)
    f = MemberFilter(query="王\x00堃\u202e")
    result = export_members(street.db, street.admin, tmp_path / "m.xlsx", f)
    assert result.rows == 1
    assert "filter: query=王堃" in _exports(street)[-1]["note"]
