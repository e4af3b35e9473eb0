"""The bundled font and the paragraph styles every printout uses.

The bundled WenQuanYi Micro Hei sets all text: it is a TrueType collection that
reportlab can embed, and it has Latin letters, digits and full-width punctuation
as well as Chinese. The few characters it lacks come from a fallback font
(:mod:`station_app.core.pdf.glyphs`). Every embedded subset names its glyphs after their
characters (:mod:`station_app.core.pdf.glyph_names`), so the text stays extractable
after a CUPS queue has turned the PDF into PostScript and back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from station_app.core.paths import font_path
from station_app.core.pdf import glyph_names  # noqa: F401  (names the glyphs of every subset)

FONT_NAME = "WQYMicroHei"

_lock = threading.Lock()  # builds run on worker threads


def register_fonts() -> str:
    """Register the bundled font once (idempotent) and return its reportlab name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = font_path()
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            # The file is a .ttc: reportlab needs the sub-font's index.
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            # There is no bold face. Map bold/italic to the same font so that <b>
            # in a Paragraph keeps the Chinese glyphs instead of falling back to
            # Helvetica (which has none, and is not embedded).
            registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
    return FONT_NAME


@dataclass(frozen=True)
class PdfStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_header: ParagraphStyle


# Sizes follow Chinese office habit: 五号 (10.5 pt) body, 小五 (9 pt) tables.
CELL_FONT_SIZE = 9.0
CELL_LEADING = 12.0


def styles() -> PdfStyles:
    """Fresh paragraph styles (callers may tweak their copy) using the bundled font."""
    font = register_fonts()
    # wordWrap="CJK": Chinese has no spaces, so the default (space-splitting)
    # wrap would let a long Chinese line run out of its frame or cell.
    base = ParagraphStyle("base", fontName=font, wordWrap="CJK", textColor=colors.black)
    body = ParagraphStyle("body", base, fontSize=10.5, leading=16, spaceAfter=4)
    cell = ParagraphStyle(
        "cell", base, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING, alignment=TA_LEFT
    )
    return PdfStyles(
        title=ParagraphStyle(
            "title", base, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=10
        ),
        heading=ParagraphStyle(
            "heading", base, fontSize=12, leading=17, spaceBefore=8, spaceAfter=4
        ),
        body=body,
        small=ParagraphStyle(
            "small", base, fontSize=8, leading=11, textColor=colors.HexColor("#444444")
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        cell_header=ParagraphStyle("cell_header", cell, alignment=TA_CENTER),
    )
