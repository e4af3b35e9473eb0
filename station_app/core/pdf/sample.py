"""A sample printout: checks fonts, wrapping, tables and QR on a real PDF.

Used by ``station-app --smoke-test`` and by the tests. The text is Chinese on
purpose (it is the glyph coverage under test), not UI text.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import BinaryIO, Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from station_app.core.pdf.document import PageInfo, Progress, build_pdf
from station_app.core.pdf.fonts import styles
from station_app.core.pdf.qr import qr_code
from station_app.core.pdf.tables import (
    data_table,
    key_value_table,
    side_by_side,
    signature_lines,
)

SAMPLE_TITLE = "打印样张"
# Exact strings the tests look for in the extracted text.
SAMPLE_MIXED = "中文 English 0123456789"
SAMPLE_AMOUNT = "￥1,234.50"
SAMPLE_PUNCT = "，。：（）《》“”"
SAMPLE_TABLE_HEADER = ["序号", "姓名", "所在单位", "慰问品", "数量", "签领"]
_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞"]
_UNITS = [
    "北京市朝阳区某某街道社区卫生服务中心",
    "Acme 科技有限公司",
    "和平里快递网点",
    "第三中学",
    "某某物业管理有限公司（东区项目部，含保洁、保安、绿化、维修等班组）",
]


def sample_story(rows: int = 60) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(SAMPLE_TITLE, st.title),
        Paragraph(
            f"{SAMPLE_MIXED}，金额 {SAMPLE_AMOUNT}，全角标点 {SAMPLE_PUNCT}。"
            "本页用于检查打印效果：中文、拉丁字母、数字和标点都应当清晰可见，"
            "一行写不下的文字应当自动换行，而不是超出纸张边缘。"
            "<b>加粗的文字</b>也使用同一种字体。",
            st.body,
        ),
        Paragraph("一、会员信息", st.heading),
    ]
    info = key_value_table(
        [
            ("会员编号", "HY000123"),
            ("姓名", "张三"),
            ("身份证号", "110106********123X"),
            ("手机号", "138****5678"),
            ("工作单位", "北京市朝阳区某某街道社区卫生服务中心"),
            ("金额", SAMPLE_AMOUNT),
        ],
        [22 * mm, 52 * mm, 22 * mm, 52 * mm],
    )
    code = qr_code("HY000123 张三", size_mm=26)
    # Key/value block and QR code side by side.
    story += [
        side_by_side([info, code], [150 * mm, 24 * mm]),
        Paragraph("二、慰问品发放签领表", st.heading),
    ]
    table_rows: list[list[object]] = [
        [
            i,
            _NAMES[i % len(_NAMES)],
            _UNITS[i % len(_UNITS)],
            "米面油套装" if i % 3 else "防暑降温用品（毛巾、绿豆、藿香正气水）",
            (i % 4) + 1,
            "",
        ]
        for i in range(1, rows + 1)
    ]
    story.append(
        data_table(
            SAMPLE_TABLE_HEADER,
            table_rows,
            [14 * mm, 22 * mm, 62 * mm, 46 * mm, 14 * mm, 16 * mm],
            align_right={0, 4},
        )
    )
    story += [Spacer(1, 4 * mm), signature_lines(["经办人", "审核人", "日期"])]
    return story


def build_sample(
    out: str | Path | BinaryIO,
    station_name: str = "工会服务站",
    operator: str = "王小明",
    *,
    rows: int = 60,
    landscape: bool = False,
    **options: Unpack[Progress],
) -> None:
    """Build the 2+ page sample printout at ``out``."""
    info = PageInfo(
        station_name=station_name,
        title=SAMPLE_TITLE,
        operator=operator,
        printed_at=datetime.datetime.now().replace(second=0, microsecond=0),
    )
    build_pdf(out, info, sample_story(rows), landscape=landscape, **options)
