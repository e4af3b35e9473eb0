# ruff: noqa: E501  (tables of test rows read better one row a line)
"""Real-world member and unit sheets, written as .xlsx or .csv in a test's tmp_path.

Each row says what the import must do with it: ``ok`` (imported), ``dup`` (skipped as
a duplicate) or a word the rejection reason must contain. Rows differ only where the
file format does (an ID number Excel stored as a number).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from station_app.core.ids import resident_id_check_char, uscc_check_char


def rid(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


WANG_KUN = rid("11010619900307121")  # male, born 1990-03-07
LI_ZHE = rid("11010619851120234")  # female
ZHAO_YUN = rid("11010619880808010")  # female; check character X
LEGACY_15 = "110106850101123"  # old card: born 1985-01-01, male
SHAN_LI = rid("11010619920202022")  # female
ZENG_QIANG = rid("81000019800101001")  # HK/Macao/Taiwan residence permit, male
LIU = rid("11010619700101101")
BAD_CHECK = LIU[:-1] + ("1" if LIU[-1] != "1" else "2")
FEB_30 = rid("11010619900230121")

MEMBER_HEADERS = [
    "序号", "姓名", "性别", "身份证号码", "联系电话", "工作单位", "所在社区", "入会时间",
    "困难职工", "户外劳动者", "是否农民工", "劳模", "备注",
]  # fmt: skip


@dataclass(frozen=True)
class Row:
    expect: str  # "ok", "dup", or a word of the rejection reason
    values: tuple[Any, ...]
    csv_values: tuple[Any, ...] | None = None  # where a CSV would differ


def _m(no, name, gender, id_number, mobile, unit, community, joined, hard="", outdoor="",
       migrant="否", model="否", notes=""):  # type: ignore[no-untyped-def]  # fmt: skip
    return (no, name, gender, id_number, mobile, unit, community, joined, hard, outdoor,
            migrant, model, notes)  # fmt: skip


MEMBER_ROWS = [
    Row("ok", _m(1, "王堃", "男", WANG_KUN, "138 1234 5678", "北京华信科技有限公司", "太平桥西里",
                 dt.date(2024, 3, 5))),
    Row("ok", _m(2, "李喆", "女", LI_ZHE, "+86 139-0000-1111", "北京鼎泰物业管理有限公司", "",
                 "2023/6/1")),
    Row("ok", _m(3, "赵赟", "", ZHAO_YUN.lower(), "13700001111", "", "太平桥东里社区",
                 "2022年1月9日", "深度", "快递员", "是", "", "-夜班，白天勿扰")),
    Row("ok", _m(4, "张𠮷", "男", LEGACY_15, "13600001111", "北京华信科技有限公司", "",
                 "2021-05-06")),
    Row("ok", _m(5, "单丽", "女", SHAN_LI, "13500001111", "北京新华书店(丰台)", "太平桥东里社区",
                 "2020.10.1", "一般", "", "", "是")),
    Row("ok", _m(6, "曾强", "男", ZENG_QIANG, "13400001111", "", "", "20190304")),
    Row("check character", _m(7, "刘伟", "男", BAD_CHECK, "13300001111", "", "", "2024-01-01")),
    Row("does not exist", _m(8, "陈静", "", FEB_30, "", "", "", "")),
    Row("lost its last digits", _m(9, "杨磊", "男", int(WANG_KUN[:-1] + "0"), "", "", "", ""),
        csv_values=_m(9, "杨磊", "男", "1.10106E+17", "", "", "", "")),
    Row("11 digits", _m(10, "黄强", "男", rid("11010619750505101"), "1381234567", "", "", "")),
    Row("not on file", _m(11, "周杰", "男", rid("11010619760606101"), "", "", "不存在社区", "")),
    Row("does not match", _m(12, "吴霞", "女", rid("11010619770707101"), "", "", "", "")),
    Row("member's name", _m(13, "", "男", rid("11010619780808101"), "", "", "", "")),
    Row("not a date", _m(14, "孙悟空", "男", rid("11010619790909101"), "", "", "", "2024-13-45")),
    Row("Write one of", _m(15, "胡一", "男", rid("11010619801010101"), "", "", "", "", "", "飞行员")),
    Row("dup", _m(16, "王堃", "男", WANG_KUN, "13812345678", "", "", "")),
    Row("same ID number", _m(17, "王五", "男", WANG_KUN, "", "", "", "")),
]  # fmt: skip
IMPORTED_NAMES = {"王堃", "李喆", "赵赟", "张𠮷", "单丽", "曾强"}


def expected(rows: list[Row]) -> tuple[int, int, int]:
    ok = sum(1 for r in rows if r.expect == "ok")
    dup = sum(1 for r in rows if r.expect == "dup")
    return ok, dup, len(rows) - ok - dup


def write_xlsx(path: Path, headers: list[str], rows: list[Row], title: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    if title:
        ws.append([title])
    ws.append(headers)
    for i, row in enumerate(rows):
        if i == 3:
            ws.append([None] * len(headers))  # a blank row in the middle
        ws.append(list(row.values))
    wb.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[Row], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        for row in rows:
            values = row.csv_values or row.values
            writer.writerow(
                [
                    v.isoformat() if isinstance(v, dt.date) else ("" if v is None else v)
                    for v in values
                ]
            )
    return path


# --- units ---------------------------------------------------------------------------

UNIT_HEADERS = [
    "单位名称", "统一社会信用代码", "社区", "地址", "联系人", "联系电话", "职工人数", "建会情况",
    "建会日期", "工会名称", "工会主席",
]  # fmt: skip
FENGZEYUAN = uscc("91110106MA01XY7K3")
CLINIC = uscc("Y1110106MA0123456")  # begins with a letter: valid
HUAXIN = uscc("91110106MA01ABCD2")  # the street fixture's 北京华信科技有限公司


def _u(name, code, community="", address="", contact="", phone="", count="", status="未建会",
       founded="", union="", chair=""):  # type: ignore[no-untyped-def]  # fmt: skip
    return (name, code, community, address, contact, phone, count, status, founded, union, chair)


UNIT_ROWS = [
    Row("ok", _u("北京丰泽园餐饮有限公司", FENGZEYUAN, "太平桥西里社区", "丰台区太平桥路1号", "马丽",
                 "010-63331234", "35人", "独立建会", dt.date(2020, 5, 1), "北京丰泽园餐饮有限公司工会",
                 "马丽")),
    Row("ok", _u("太平桥社区卫生服务站", CLINIC, "太平桥东里", "", "", "13900002222", 12, "联合建会",
                 "2021-07-01")),
    Row("ok", _u("北京鑫源商贸有限公司", "", "", "", "", "", "", "未建会")),
    Row("check character", _u("北京恒通科技有限公司", FENGZEYUAN[:-1] + ("0" if FENGZEYUAN[-1] != "0" else "1"))),
    Row("not allowed", _u("北京瑞丰科技有限公司", "91110106MA01IIII" + "11")),
    Row("18 characters", _u("北京嘉禾科技有限公司", FENGZEYUAN[:-1])),
    Row("clear the date", _u("北京安泰科技有限公司", "", founded="2020-01-01")),
    Row("founded", _u("北京中科科技有限公司", "", status="独立建会")),
    Row("dup", _u("北京华信科技有限公司", HUAXIN)),
    Row("already registered", _u("北京首科科技有限公司", HUAXIN)),
    Row("whole number", _u("北京京南科技有限公司", "", count="很多")),
    Row("Write one of", _u("北京金桥科技有限公司", "", status="已建会")),
    Row("dup", _u("北京丰泽园餐饮有限公司", FENGZEYUAN, "太平桥西里社区")),
]  # fmt: skip
UNIT_NAMES = {"北京丰泽园餐饮有限公司", "太平桥社区卫生服务站", "北京鑫源商贸有限公司"}
