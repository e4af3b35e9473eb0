"""The PDF base: embedded font, exact text, repeated headers, page x of y, cancel."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from station_app.core import i18n
from station_app.core.pdf import (
    BuildCancelled,
    PageInfo,
    build_pdf,
    build_sample,
    data_table,
    register_fonts,
    styles,
)
from station_app.core.pdf.sample import (
    SAMPLE_AMOUNT,
    SAMPLE_MIXED,
    SAMPLE_PUNCT,
    SAMPLE_TABLE_HEADER,
)

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

ZH_PDF = {
    "Page {page} of {pages}": "第 {page} 页 / 共 {pages} 页",
    "Printed {time}": "打印时间 {time}",
    "Operator {name}": "经办人 {name}",
}


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")


def _page_count(pdf: Path) -> int:
    # pdftotext separates pages with form feeds.
    return _text(pdf).count("\f")


@pytest.fixture
def chinese_pdf_strings() -> Iterator[None]:
    """Install a dict translator for the footer, restore identity afterwards."""
    i18n.install(lambda context, text: ZH_PDF.get(text, text) if context == "Pdf" else text)
    yield
    i18n.install(lambda context, text: text)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    build_sample(path, station_name="和平里街道工会服务站", operator="王小明")
    return path


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == register_fonts() == "WQYMicroHei"
    st = styles()
    assert {st.title.fontName, st.cell.fontName, st.cell_right.fontName} == {"WQYMicroHei"}
    assert st.cell.wordWrap == "CJK"


def test_core_pdf_does_not_import_qt() -> None:
    code = (
        "import sys, station_app.core.pdf, station_app.core.pdf.sample; "
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    import sys

    subprocess.run([sys.executable, "-c", code], check=True)


@needs_poppler
def test_only_the_bundled_font_is_used_and_embedded(sample_pdf: Path) -> None:
    rows = _run("pdffonts", str(sample_pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "WenQuanYiMicroHei" in row, row
        # columns: name type encoding emb sub uni object id
        emb = row.split()[-5]
        assert emb == "yes", row


@needs_poppler
def test_text_comes_out_exactly(sample_pdf: Path) -> None:
    text = _text(sample_pdf, 1)
    for expected in (SAMPLE_MIXED, SAMPLE_AMOUNT, SAMPLE_PUNCT, "和平里街道工会服务站"):
        assert expected in text
    assert "110106********123X" in text


@needs_poppler
def test_sample_has_several_pages_and_header_repeats(sample_pdf: Path) -> None:
    assert _page_count(sample_pdf) >= 2
    page2 = _text(sample_pdf, 2)
    for label in SAMPLE_TABLE_HEADER:
        assert label in page2
    # header (station, title) on every page too
    assert "和平里街道工会服务站" in page2


@needs_poppler
def test_footer_shows_page_x_of_total_in_chinese(tmp_path: Path, chinese_pdf_strings: None) -> None:
    pdf = tmp_path / "zh.pdf"
    build_sample(pdf, operator="李四")
    total = _page_count(pdf)
    assert total >= 2
    for page in range(1, total + 1):
        text = _text(pdf, page)
        # pdftotext drops the narrow spaces between CJK and digits: compare without.
        assert f"第{page}页/共{total}页" in re.sub(r"\s", "", text)
        assert "经办人 李四" in text
        assert re.search(r"打印时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)


@needs_poppler
def test_footer_is_english_without_translator(tmp_path: Path) -> None:
    pdf = tmp_path / "en.pdf"
    info = PageInfo("工会服务站", "Test", "Wang", datetime.datetime(2025, 3, 1, 9, 5))
    build_pdf(pdf, info, [Paragraph("正文", styles().body)], landscape=True)
    text = _text(pdf)
    assert "Page 1 of 1" in text
    assert "Printed 2025-03-01 09:05" in text
    assert "Operator Wang" in text
    size = _run("pdfinfo", str(pdf)) if shutil.which("pdfinfo") else ""
    if size:
        assert "841.89 x 595.276" in size  # A4 landscape


@needs_poppler
def test_empty_story_still_gives_one_valid_page(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    build_pdf(pdf, PageInfo("工会服务站", "空表", "王", datetime.datetime(2025, 1, 1)), [])
    assert _page_count(pdf) == 1
    assert "工会服务站" in _text(pdf)


@needs_poppler
def test_long_cell_text_wraps_and_markup_is_escaped(tmp_path: Path) -> None:
    long_unit = "北京市朝阳区和平里街道某某社区卫生服务中心第三门诊部" * 2
    table = data_table(["单位", "备注"], [[long_unit, "A<B & C"]], [60.0, 60.0])
    pdf = tmp_path / "wrap.pdf"
    info = PageInfo("站", "表", "人", datetime.datetime(2025, 1, 1))
    build_pdf(pdf, info, [table])
    text = _text(pdf)
    assert "A<B & C" in text
    # wrapped over several lines, every character still there
    assert "".join(text.split()).count(long_unit) == 1


def test_progress_is_reported_up_to_total() -> None:
    calls: list[tuple[int, int]] = []
    build_sample(io.BytesIO(), progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 0
    dones = [d for d, _ in calls]
    assert dones == sorted(dones)
    assert len(calls) >= 4  # start, per page, end


def test_writes_to_a_stream() -> None:
    buf = io.BytesIO()
    build_sample(buf, rows=3)
    assert buf.getvalue().startswith(b"%PDF")


def test_cancel_raises_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    polls = 0

    def should_cancel() -> bool:
        nonlocal polls
        polls += 1
        return polls > 5  # part-way through the story

    with pytest.raises(BuildCancelled):
        build_sample(out, should_cancel=should_cancel)
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temp file


def test_cancel_keeps_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    with pytest.raises(BuildCancelled):
        build_sample(out, should_cancel=lambda: True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_failed_build_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "failed.pdf"

    def boom(done: int, total: int) -> None:
        if done:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        build_sample(out, progress=boom)
    assert list(tmp_path.iterdir()) == []


def test_a_character_the_font_lacks_prints_as_a_visible_box(tmp_path: Path) -> None:
    """Every table cell, not only the member receipt: 𠮷 is outside WenQuanYi's glyphs
    and would otherwise vanish from the page without a trace."""
    import datetime as dt

    from station_app.core.pdf import (
        PageInfo,
        build_pdf,
        data_table,
        use_fallback_fonts,
    )

    use_fallback_fonts([])  # no font on the PC has it either
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    out = tmp_path / "rare.pdf"
    info = PageInfo("工会服务站", "名单", "王", dt.datetime(2027, 1, 5, 9, 0))
    build_pdf(out, info, [data_table(["姓名"], [["张𠮷"]], [80.0])])
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    use_fallback_fonts(None)
    assert "张□" in text
