"""One glyph check for every text path of a printout: a character the bundled font
lacks (𠮷, 䶮) comes from a fallback font when the PC has one, and is □ only when none
covers it; it never vanishes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from station_app.core.pdf import (
    CutLine,
    PageInfo,
    build_pdf,
    data_table,
    grid_table,
    key_value_table,
    para,
    signature_lines,
    title_block,
    use_fallback_fonts,
)
from station_app.core.pdf.glyphs import _candidates, _load, needs_markup
from station_app.core.pdf.inspect import embedded_font_names

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
RARE = ("李𠮷", "欧阳䶮")


@pytest.fixture(autouse=True)
def _look_again() -> Iterator[None]:
    yield
    use_fallback_fonts(None)


def _every_path(out: Path) -> None:
    """The rare names in a title, a paragraph, a list cell (short and wrapping), a long
    list's cell, a label/value grid, the cut line, the header and the footer."""
    a, b = RARE
    story: list[Flowable] = [
        title_block(f"{a}的证明"),
        para(f"兹证明{a}（{b}）参加服务。"),
        data_table(["姓名", "备注"], [[a, f"{b}" + "很长的备注" * 8]], [60.0, 120.0]),
        grid_table(["姓名", "单位"], [[b, a]], [60.0, 120.0], small={1}),
        key_value_table([("姓名", a), ("代领", b)], [40.0, 80.0, 40.0, 80.0]),
        CutLine(f"沿此线剪开 {a}"),
        signature_lines([b]),
    ]
    info = PageInfo(f"{a}服务站", f"{b}名单", f"{a}", dt.datetime(2027, 1, 5, 9, 0))
    build_pdf(out, info, story)


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_with_a_fallback_font_no_character_is_lost(tmp_path: Path) -> None:
    fonts = [p for p in _candidates() if _load([p])]
    covering = [p for p in fonts if any(0x20BB7 in c and 0x4DAE in c for _, c in _load([p]))]
    if not covering:
        pytest.skip("no font on this PC covers 𠮷 and 䶮 (install fonts-hanazono)")
    use_fallback_fonts(covering[:1])
    out = tmp_path / "rare.pdf"
    _every_path(out)
    text = _text(out)
    assert "□" not in text
    for expected, places in (("李𠮷", 7), ("欧阳䶮", 6)):
        assert text.count(expected) >= places, (expected, text)
    assert len(embedded_font_names(out)) == 2  # the fallback embedded, like the bundled font


def test_without_one_the_character_is_a_visible_box(tmp_path: Path) -> None:
    use_fallback_fonts([])
    out = tmp_path / "box.pdf"
    _every_path(out)
    text = _text(out)
    assert "𠮷" not in text and "䶮" not in text
    assert text.count("李□") >= 7 and text.count("欧阳□") >= 6


def test_the_check_still_finds_a_lacking_character_after_seeing_its_neighbours() -> None:
    # needs_markup remembers the characters the font has; never the ones it lacks.
    assert not needs_markup("李四\n欧阳\t")
    for _ in range(2):
        assert needs_markup("李𠮷") and needs_markup("𠮷李") and needs_markup("欧阳䶮")
        assert not needs_markup("李欧阳")
    assert not needs_markup("")
