"""Blank import templates (.xlsx): the headers the import reads, an instructions sheet
(填写说明) and drop-down lists, so that what the desk fills in imports cleanly.

ID-number and phone columns are formatted as text: typed into a number column,
Excel turns an 18-digit ID number into 1.10106E+17 and loses its last digits.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from station_app.core.db import Database
from station_app.core.files import finished_file
from station_app.core.xlsx_writer import set_text
from station_app.members.models import Community
from station_app.members.sheets.columns import (
    GENDER_LABELS,
    HARDSHIP_LABELS,
    ID_TYPE_LABELS,
    MEMBER_COLUMNS,
    NO,
    OUTDOOR_LABELS,
    UNION_LABELS,
    UNIT_COLUMNS,
    YES,
)
from station_app.members.sheets.types import MEMBERS, UNITS

ROWS_WITH_LISTS = 2000  # rows that get the drop-down lists and text formats
LISTS_SHEET = "选项"
GUIDE_SHEET = "填写说明"
_HEADER_FILL = PatternFill("solid", fgColor="D9DEE4")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_THIN = Side(style="thin", color="808080")
_FONT = "宋体"

_WIDTHS = {
    "name": 12, "gender": 7, "id_type": 22, "id_number": 22, "birth_date": 12, "mobile": 14,
    "landline": 16, "unit": 30, "community": 18, "joined_on": 12, "hardship_level": 10,
    "outdoor_kind": 13, "migrant_worker": 8, "model_worker": 7, "notes": 30,
    "uscc": 22, "address": 30, "contact_name": 10, "contact_phone": 16, "employee_count": 10,
    "union_status": 12, "union_founded_on": 12, "union_name": 28, "union_chair": 10,
}  # fmt: skip
_TEXT_FIELDS = ("id_number", "mobile", "landline", "uscc", "contact_phone")
_DATE_FIELDS = ("birth_date", "joined_on", "union_founded_on")

MEMBER_GUIDE = (
    ("姓名", "必填。少数民族姓名中的间隔点写作“·”。"),
    ("性别", "选择“男”或“女”。居民身份证可不填，按证件号码自动判断；填写时须与证件号码一致。"),
    ("证件类型", "不填即为居民身份证。其他可选：港澳台居民居住证、外国人永久居留身份证、"
                 "护照、其他。"),
    ("身份证号", "必填。18位（末位可为X），旧的15位号码会自动转为18位。本列已设为文本格式，"
                 "请勿改为数字格式，否则Excel会丢失末尾数字。"),
    ("出生日期", "仅非居民身份证需要填写，如 1985-11-20。"),
    ("手机号", "11位手机号，可带+86、空格或短横线。"),
    ("固定电话", "选填，如 010-63330000。"),
    ("工作单位", "填写单位全称。系统中没有的单位会在导入时自动新增。"),
    ("社区", "从下拉列表选择；不填则取所在单位的社区。"),
    ("入会日期", "如 2024-03-05；不填即为导入当天。"),
    ("困难职工", "否、一般或深度。"),
    ("户外劳动者", "否，或环卫工、快递员、送餐员、协管员、出租车司机、物流驾驶员、其他。"),
    ("农民工", "是或否。"),
    ("劳模", "是或否。"),
    ("备注", "选填。"),
)  # fmt: skip
UNIT_GUIDE = (
    ("单位名称", "必填，填写营业执照上的全称。"),
    ("统一社会信用代码", "18位，可含字母；没有的单位可不填。本列为文本格式。"),
    ("社区", "从下拉列表选择。"),
    ("地址", "选填。"),
    ("联系人", "选填。"),
    ("联系电话", "手机号或固定电话，如 010-63330000。"),
    ("职工人数", "整数。"),
    ("建会情况", "未建会、独立建会或联合建会。"),
    ("建会日期", "已建会的单位必填，如 2019-05-01；未建会的单位不填。"),
    ("工会名称", "独立建会的单位填写，未建会的单位不填。"),
    ("工会主席", "未建会的单位不填。"),
)
GENERAL_GUIDE = (
    "每行一人（一个单位），第一行是表头，请勿修改表头文字，可以删除不需要的列。",
    "导入前会先预览：每一行标明能否导入及原因。",
    "已在系统中的人员（证件号码相同）不会重复导入；同一文件导入两次，第二次不会新增。",
    "不能导入的行会另存为“错误行”表格，最后一列“错误原因”写明原因，改正后可直接再次导入。",
    "也可以导入从 Excel 或 WPS 另存的 CSV 文件（UTF-8 或 GBK 编码均可）。",
)


def _communities(db: Database) -> list[str]:
    """The ones a new row may name (retired communities are refused by the import)."""
    with db.read() as s:
        return list(
            s.scalars(
                select(Community.name)
                .where(Community.retired.is_(False))
                .order_by(Community.sort_order, Community.id)
            )
        )


def save_template(db: Database, path: str | Path, target: str = MEMBERS) -> Path:
    """Writes the blank template for ``target`` (members or units) to ``path``."""
    path = Path(path)
    columns = MEMBER_COLUMNS if target == MEMBERS else UNIT_COLUMNS
    wb = Workbook()
    ws = wb.active
    ws.title = "会员登记" if target == MEMBERS else "单位登记"

    # Drop-down choices live on a hidden sheet (no 255-character limit, editable).
    lists = wb.create_sheet(LISTS_SHEET)
    choices: dict[str, list[str]] = {
        "gender": list(GENDER_LABELS.values()),
        "id_type": list(ID_TYPE_LABELS.values()),
        "hardship_level": [NO, *HARDSHIP_LABELS.values()],
        "outdoor_kind": [NO, *OUTDOOR_LABELS.values()],
        "migrant_worker": [YES, NO],
        "model_worker": [YES, NO],
        "community": _communities(db),
        "union_status": list(UNION_LABELS.values()),
    }
    list_ranges: dict[str, str] = {}
    list_col = 0
    for field, values in choices.items():
        if not values or field not in {c.field for c in columns}:
            continue
        list_col += 1
        letter = get_column_letter(list_col)
        lists.cell(row=1, column=list_col, value=field)
        for i, value in enumerate(values, start=2):  # community names are typed at the desk
            set_text(lists.cell(row=i, column=list_col), value)
        list_ranges[field] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    lists.sheet_state = "hidden"

    last_row = ROWS_WITH_LISTS + 1
    for index, col in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = ws.cell(row=1, column=index, value=col.header)
        cell.font = Font(name=_FONT, bold=True)
        cell.fill = _REQUIRED_FILL if col.required else _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(bottom=_THIN)
        ws.column_dimensions[letter].width = _WIDTHS.get(col.field, 12)
        area = f"{letter}2:{letter}{last_row}"
        if col.field in list_ranges:
            dv = DataValidation(
                type="list", formula1=f"={list_ranges[col.field]}", allow_blank=True
            )
            dv.error = "请从下拉列表中选择。"
            dv.errorTitle = col.header
            dv.prompt = "请从下拉列表中选择。"
            dv.showErrorMessage = True
            dv.showInputMessage = False
            ws.add_data_validation(dv)
            dv.add(area)
        if col.field in _TEXT_FIELDS or col.field in _DATE_FIELDS:
            number_format = "@" if col.field in _TEXT_FIELDS else "yyyy-mm-dd"
            for row in range(2, last_row + 1):
                ws.cell(row=row, column=index).number_format = number_format
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A2"

    guide = wb.create_sheet(GUIDE_SHEET, 1)
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 90
    title = "会员导入模板填写说明" if target == MEMBERS else "单位导入模板填写说明"
    guide.cell(row=1, column=1, value=title).font = Font(name=_FONT, bold=True, size=14)
    row = 3
    for text in GENERAL_GUIDE:
        guide.cell(row=row, column=1, value="•")
        guide.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True)
        row += 1
    row += 1
    for label, value in (("列名", "填写要求"),):
        for c, text in enumerate((label, value), start=1):
            cell = guide.cell(row=row, column=c, value=text)
            cell.font = Font(name=_FONT, bold=True)
            cell.fill = _HEADER_FILL
        row += 1
    for header, text in MEMBER_GUIDE if target == MEMBERS else UNIT_GUIDE:
        guide.cell(row=row, column=1, value=header)
        guide.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True)
        row += 1
    wb.active = 0

    with finished_file(path) as partial:
        wb.save(partial)
    return path


__all__ = ["GUIDE_SHEET", "MEMBERS", "UNITS", "save_template"]
