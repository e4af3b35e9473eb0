"""A printout's text stays extractable after a CUPS queue has been through it.

A CUPS queue that is not a PDF printer turns the PDF into PostScript (cups-filters
``pdftops``, whose default renderer is Ghostscript's ps2write), and a CUPS-PDF queue
turns that into a PDF again with Ghostscript's pdfwrite. Without glyph names in the
embedded subsets the Chinese of that file came out as "uvw xÎÏy" or nothing.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from station_app.core.pdf import PageInfo, build_pdf, data_table, para, title_block
from station_app.core.pdf.glyph_names import glyph_name, subset_glyph_names

# Over 256 different characters, so that the bundled font is embedded as two subsets.
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
)
LINES = (
    "太平桥街道总工会服务站",
    "2026年困难职工帮扶慰问 发放签收表",
    "每人：厨房大礼包1份、慰问金 ¥500.00",
    "兹证明欧阳娜（女）参加志愿服务 10.00 小时。",
)


def _gs(*args: str) -> None:
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", *args], check=True)


def _through_a_cups_pdf_queue(pdf: Path, tmp_path: Path) -> Path:
    """What a CUPS-PDF queue writes for ``pdf``: the same Ghostscript calls as
    cups-filters' pdftops (gs renderer) and the cups-pdf backend."""
    ps, out = tmp_path / "job.ps", tmp_path / "printed.pdf"
    _gs(
        "-dNOMEDIAATTRS",
        "-sDEVICE=ps2write",
        "-dShowAcroForm",
        f"-sOutputFile={ps}",
        "-dLanguageLevel=2",
        "-r300",
        "-dCompressFonts=false",
        "-dNoT3CCITT",
        "-dNOINTERPOLATE",
        str(pdf),
    )
    _gs(
        "-dCompatibilityLevel=1.2",
        "-sDEVICE=pdfwrite",
        f"-sOutputFile={out}",
        "-dAutoRotatePages=/PageByPage",
        "-dPDFSETTINGS=/prepress",
        str(ps),
    )
    return out


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(out.split())


@pytest.mark.skipif(
    not (shutil.which("gs") and shutil.which("pdftotext")),
    reason="needs Ghostscript (gs) and poppler-utils (pdftotext)",
)
def test_the_chinese_survives_postscript_and_back(tmp_path: Path) -> None:
    story: list[Flowable] = [title_block(LINES[1]), para(LINES[2]), para(LINES[3])]
    story += [para(COMMON[i : i + 40]) for i in range(0, len(COMMON), 40)]
    story.append(data_table(["姓名", "单位"], [["欧阳娜", "北京天成科技有限公司"]], [60.0, 160.0]))
    pdf = tmp_path / "printout.pdf"
    build_pdf(pdf, PageInfo(LINES[0], "发放签收表", "张三", dt.datetime(2026, 12, 6, 9, 0)), story)
    printed = _text(_through_a_cups_pdf_queue(pdf, tmp_path))
    for expected in (*LINES, COMMON, "欧阳娜", "北京天成科技有限公司", "张三"):
        assert "".join(expected.split()) in printed, (expected, printed[:300])


def test_each_glyph_is_named_after_its_character() -> None:
    # 一 → glyph 5, 丁 → 7, 丂 missing (.notdef), 七 shares 一's glyph, code 0 names nothing.
    glyphs = {0x4E00: 5, 0x4E01: 7, 0x4E03: 5, 0x20BB7: 9, 0: 3}
    names = subset_glyph_names(glyphs, [0, 0x4E00, 0x4E02, 0x4E01, 0x4E03, 0x20BB7])
    assert names == [".notdef", "glyph1", "uni4E00", "uni4E01", "u20BB7"]
    assert glyph_name(0x20) == "uni0020"
