"""The columns of the member and unit sheets: headers, their variants, cell values.

The sheets are the city's Chinese sheets, so headers and choice words (男/女,
居民身份证, 是/否, 独立建会 ...) are part of the file format, not UI text: the template
and the export write them, the import reads them (with the variants people type)
whatever language the desk uses. Field names shown in the mapping step are English
source text (context ``MembersExcel``), translated when shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils.datetime import from_excel

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP, translate
from station_app.core.ids import to_halfwidth
from station_app.members.sheets.types import CONTEXT, MEMBERS, UNITS, Sheet


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # what the template and the export write
    label: str  # English source (context MembersExcel) for the mapping step
    aliases: tuple[str, ...] = ()
    required: bool = False


MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", QT_TRANSLATE_NOOP("MembersExcel", "Name"),
           ("会员姓名", "职工姓名", "名字", "name"), required=True),
    Column("gender", "性别", QT_TRANSLATE_NOOP("MembersExcel", "Gender"), ("gender", "sex")),
    Column("id_type", "证件类型", QT_TRANSLATE_NOOP("MembersExcel", "ID type"),
           ("身份证件类型", "证件种类", "id_type")),
    Column("id_number", "身份证号", QT_TRANSLATE_NOOP("MembersExcel", "ID number"),
           ("身份证号码", "身份证", "证件号码", "证件号", "公民身份号码", "居民身份证号",
            "居民身份证号码", "身份证件号码", "id_number"), required=True),
    Column("birth_date", "出生日期", QT_TRANSLATE_NOOP("MembersExcel", "Birth date"),
           ("出生年月", "出生年月日", "生日", "birth_date")),
    Column("mobile", "手机号", QT_TRANSLATE_NOOP("MembersExcel", "Mobile"),
           ("手机号码", "手机", "联系电话", "联系方式", "移动电话", "电话号码", "mobile")),
    Column("landline", "固定电话", QT_TRANSLATE_NOOP("MembersExcel", "Landline"),
           ("座机", "办公电话", "固话", "landline")),
    Column("unit", "工作单位", QT_TRANSLATE_NOOP("MembersExcel", "Unit"),
           ("单位", "单位名称", "所在单位", "用人单位", "企业名称", "工作单位名称", "unit")),
    Column("community", "社区", QT_TRANSLATE_NOOP("MembersExcel", "Community"),
           ("所在社区", "社区名称", "所属社区", "社区联合工会", "community")),
    Column("joined_on", "入会日期", QT_TRANSLATE_NOOP("MembersExcel", "Join date"),
           ("入会时间", "入会年月", "joined_on")),
    Column("hardship_level", "困难职工", QT_TRANSLATE_NOOP("MembersExcel", "Worker in hardship"),
           ("是否困难职工", "困难职工类别", "困难类别", "困难程度", "hardship_level")),
    Column("outdoor_kind", "户外劳动者", QT_TRANSLATE_NOOP("MembersExcel", "Outdoor worker"),
           ("是否户外劳动者", "户外劳动者类型", "户外劳动者类别", "outdoor_kind")),
    Column("migrant_worker", "农民工", QT_TRANSLATE_NOOP("MembersExcel", "Migrant worker"),
           ("是否农民工", "migrant_worker")),
    Column("model_worker", "劳模", QT_TRANSLATE_NOOP("MembersExcel", "Model worker"),
           ("是否劳模", "劳动模范", "model_worker")),
    Column("notes", "备注", QT_TRANSLATE_NOOP("MembersExcel", "Notes"), ("说明", "notes")),
)  # fmt: skip

UNIT_COLUMNS: tuple[Column, ...] = (
    Column("name", "单位名称", QT_TRANSLATE_NOOP("MembersExcel", "Unit name"),
           ("名称", "单位", "企业名称", "name"), required=True),
    Column("uscc", "统一社会信用代码", QT_TRANSLATE_NOOP("MembersExcel", "Credit code"),
           ("信用代码", "社会信用代码", "统一信用代码", "uscc")),
    Column("community", "社区", QT_TRANSLATE_NOOP("MembersExcel", "Community"),
           ("所在社区", "社区名称", "所属社区", "community")),
    Column("address", "地址", QT_TRANSLATE_NOOP("MembersExcel", "Address"),
           ("单位地址", "详细地址", "address")),
    Column("contact_name", "联系人", QT_TRANSLATE_NOOP("MembersExcel", "Contact"),
           ("联系人姓名", "contact_name")),
    Column("contact_phone", "联系电话", QT_TRANSLATE_NOOP("MembersExcel", "Contact phone"),
           ("联系人电话", "电话", "联系方式", "contact_phone")),
    Column("employee_count", "职工人数", QT_TRANSLATE_NOOP("MembersExcel", "Employees"),
           ("员工人数", "职工数", "人数", "employee_count")),
    Column("union_status", "建会情况", QT_TRANSLATE_NOOP("MembersExcel", "Union status"),
           ("建会状态", "是否建会", "建会类型", "建会方式", "union_status")),
    Column("union_founded_on", "建会日期", QT_TRANSLATE_NOOP("MembersExcel", "Union founded on"),
           ("建会时间", "成立日期", "工会成立日期", "union_founded_on")),
    Column("union_name", "工会名称", QT_TRANSLATE_NOOP("MembersExcel", "Union name"),
           ("union_name",)),
    Column("union_chair", "工会主席", QT_TRANSLATE_NOOP("MembersExcel", "Union chair"),
           ("主席", "工会主席姓名", "union_chair")),
)  # fmt: skip

COLUMNS = {MEMBERS: MEMBER_COLUMNS, UNITS: UNIT_COLUMNS}
ERROR_HEADER = "错误原因"  # the column the error workbook adds
# Headers recognised and deliberately not imported (never offered in the mapping step).
IGNORED_HEADERS = frozenset(
    ("序号", "编号", "行号", "no", ERROR_HEADER, "会员号", "会员编号", "会员证号", "状态",
     "会员状态", "年龄", "操作")
)  # fmt: skip

# --- the words of the sheets ------------------------------------------------------------

GENDER_LABELS = {"M": "男", "F": "女"}
ID_TYPE_LABELS = {
    "resident_id": "居民身份证",
    "hmt_permit": "港澳台居民居住证",
    "foreign_pr": "外国人永久居留身份证",
    "passport": "护照",
    "other": "其他",
}
HARDSHIP_LABELS = {"ordinary": "一般", "severe": "深度"}
OUTDOOR_LABELS = {
    "sanitation": "环卫工",
    "courier": "快递员",
    "delivery": "送餐员",
    "assistant": "协管员",
    "taxi": "出租车司机",
    "logistics": "物流驾驶员",
    "other": "其他",
}
UNION_LABELS = {"none": "未建会", "own": "独立建会", "joint": "联合建会"}
STATUS_LABELS = {"active": "在册", "transferred": "已转出", "withdrawn": "已退会"}
YES, NO = "是", "否"

_NONE_WORDS = frozenset(("", "否", "无", "不是", "非", "n", "no", "false", "0", "×", "-", "/"))
_YES_WORDS = frozenset(("是", "有", "y", "yes", "true", "1", "√", "✓", "✔"))
GENDER_WORDS = {"男": "M", "女": "F", "男性": "M", "女性": "F", "m": "M", "f": "F",
                "male": "M", "female": "F"}  # fmt: skip
ID_TYPE_WORDS = {
    **{label: code for code, label in ID_TYPE_LABELS.items()},
    **{code: code for code in ID_TYPE_LABELS},
    "身份证": "resident_id", "二代身份证": "resident_id", "居民身份证号": "resident_id",
    "港澳居民居住证": "hmt_permit", "台湾居民居住证": "hmt_permit",
    "港澳台居住证": "hmt_permit", "外国人永久居留证": "foreign_pr", "永久居留身份证": "foreign_pr",
    "永居证": "foreign_pr", "外国护照": "passport", "中国护照": "passport",
}  # fmt: skip
HARDSHIP_WORDS = {
    **{label: code for code, label in HARDSHIP_LABELS.items()},
    **{code: code for code in HARDSHIP_LABELS},
    "一般困难": "ordinary", "困难": "ordinary", "深度困难": "severe", "特困": "severe",
    **dict.fromkeys(_YES_WORDS, "ordinary"),
}  # fmt: skip
OUTDOOR_WORDS = {
    **{label: code for code, label in OUTDOOR_LABELS.items()},
    **{code: code for code in OUTDOOR_LABELS},
    "环卫工人": "sanitation", "环卫": "sanitation", "保洁员": "sanitation",
    "快递": "courier", "快递小哥": "courier", "送餐": "delivery", "外卖送餐员": "delivery",
    "外卖员": "delivery",
    "外卖骑手": "delivery", "骑手": "delivery", "交通协管员": "assistant",
    "治安协管员": "assistant",
    "出租车": "taxi", "网约车司机": "taxi", "物流司机": "logistics", "货车司机": "logistics",
    "其他户外劳动者": "other",
    **dict.fromkeys(_YES_WORDS, "other"),
}  # fmt: skip
UNION_WORDS = {
    **{label: code for code, label in UNION_LABELS.items()},
    **{code: code for code in UNION_LABELS},
    "未建": "none", "否": "none", "无": "none", "独立": "own", "单独建会": "own",
    "联合": "joint", "区域联合建会": "joint", "行业联合建会": "joint",
}  # fmt: skip

# --- cell values ------------------------------------------------------------------------

_INVISIBLE = str.maketrans({"\u00a0": " ", "\u200b": None, "\ufeff": None, "\u3000": " "})
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r])")  # our exports' "'=..." back to "=..."
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")


def cell_text(value: Any) -> str:
    """A cell as one line of text: numbers without ".0", dates as 2024-03-05."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = " ".join(str(value).translate(_INVISIBLE).split())
    return _NEUTRALISED.sub("", text) if text.startswith("'") else text


def _key(text: str) -> str:
    return to_halfwidth(text).replace(" ", "").lower()


def choice(value: Any, words: dict[str, str], field: str, shown: Sequence[str]) -> str | None:
    """The code a word stands for; None for an empty cell (and 否/无 where it means none)."""
    text = cell_text(value)
    if not text:
        return None
    key = _key(text)
    if key in words:
        return words[key]
    if key in _NONE_WORDS and field in ("hardship_level", "outdoor_kind"):
        return None
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Write one of {choices} here, not {value}."),
        field=field,
        choices="、".join(shown),
        value=text,
    )


def yes_no(value: Any, field: str) -> bool:
    key = _key(cell_text(value))
    if key in _YES_WORDS:
        return True
    if key in _NONE_WORDS:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Write one of {choices} here, not {value}."),
        field=field,
        choices=f"{YES}、{NO}",
        value=cell_text(value),
    )


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})[-/.年](\d{1,2})月?()$"),  # 2019-05 / 2019年5月: the 1st
)


def parse_date(value: Any, field: str) -> dt.date | None:
    """Dates as Excel stores them or as people type them (2024-3-5, 2024/03/05,
    2024.3.5, 2024年3月5日, 20240305, 2024年3月)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return from_excel(value).date()  # a date serial in an unformatted cell
        value = cell_text(value)
    text = to_halfwidth(cell_text(value)).replace(" ", "")
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = match.groups()
            try:
                return dt.date(int(year), int(month), int(day or 1))
            except ValueError:
                break
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{value} is not a date; write dates like 2024-03-05."),
        field=field,
        value=cell_text(value),
    )


def parse_count(value: Any, field: str) -> int | None:
    text = cell_text(value).removesuffix("人").replace(",", "").strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Write a whole number here, not {value}."),
        field=field,
        value=cell_text(value),
    )


def number_text(value: Any, field: str) -> str:
    """An ID number or phone number cell as text. Excel keeps 15 significant digits:
    an 18-digit number typed into a number-formatted cell has lost its last digits,
    and saying so beats a puzzling check-character error."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) > 15:
        raise _number_lost(field, str(value))
    text = cell_text(value)
    if _SCIENTIFIC.match(text):
        raise _number_lost(field, text)
    return text


def _number_lost(field: str, shown: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Excel stored {value} as a number and lost its last digits; format the column "
            "as text and type the number again.",
        ),
        field=field,
        value=shown,
    )


# --- headers ----------------------------------------------------------------------------

_HINTS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")  # "身份证号（必填）" -> "身份证号"


def normalize_header(header: Any) -> str:
    text = to_halfwidth(cell_text(header)).lower()
    text = _HINTS.sub("", text)
    return re.sub(r"[\s*:：#]", "", text)


def _alias_table(target: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for column in COLUMNS[target]:
        for alias in (column.header, *column.aliases):
            table.setdefault(normalize_header(alias), column.field)
    return table


_ALIASES = {target: _alias_table(target) for target in COLUMNS}
# Fallbacks for longer headers people write ("会员身份证号码", "入会时间（年月日）").
_CONTAINS = {
    MEMBERS: (("身份证", "id_number"), ("证件号", "id_number"), ("证件类型", "id_type"),
              ("姓名", "name"), ("手机", "mobile"), ("入会", "joined_on"), ("出生", "birth_date"),
              ("困难", "hardship_level"), ("户外", "outdoor_kind"), ("农民工", "migrant_worker"),
              ("劳模", "model_worker"), ("备注", "notes")),
    UNITS: (("信用代码", "uscc"), ("职工人数", "employee_count"), ("建会日期", "union_founded_on"),
            ("工会主席", "union_chair"), ("联系人", "contact_name"), ("地址", "address")),
}  # fmt: skip


def field_of(header: Any, target: str) -> str | None:
    key = normalize_header(header)
    if not key or key in IGNORED_HEADERS:
        return None
    found = _ALIASES[target].get(key)
    if found:
        return found
    for word, field in _CONTAINS[target]:
        if word in key:
            return field
    return None


def guess_mapping(headers: Sequence[Any], target: str = MEMBERS) -> dict[int, str]:
    """Column index -> field for the headers we recognise (first column wins a field)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = field_of(header, target)
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def unknown_columns(headers: Sequence[Any], mapping: dict[int, str]) -> list[int]:
    """Columns with a header that is neither mapped nor one we deliberately ignore."""
    return [
        index
        for index, header in enumerate(headers)
        if index not in mapping
        and normalize_header(header)
        and normalize_header(header) not in IGNORED_HEADERS
    ]


def header_score(headers: Iterable[Any]) -> int:
    """How many cells of a row read as headers of either sheet (to find the header row
    under a title like "太平桥街道会员花名册")."""
    cells = list(headers)
    return max(len(guess_mapping(cells, target)) for target in COLUMNS)


def column(target: str, field: str) -> Column:
    for col in COLUMNS[target]:
        if col.field == field:
            return col
    raise KeyError(field)


def field_header(sheet: Sheet, mapping: dict[int, str], target: str, field: str | None) -> str:
    """The sheet's own header for a field (what the desk sees in the file), else the
    field's translated name; "" when the error concerns no field."""
    if not field:
        return ""
    field = {"unit_id": "unit", "community_id": "community"}.get(field, field)
    for index, mapped in mapping.items():
        if mapped == field:
            return sheet.headers[index]
    try:
        return translate(CONTEXT, column(target, field).label)
    except KeyError:
        return ""
