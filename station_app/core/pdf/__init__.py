"""Qt-free PDF printouts: bundled font, A4 page template, tables and QR codes.

Every printout is built here from plain data with reportlab; the UI only shows
the resulting file. Never import PySide6 from this package.

``qr_code`` (and the sample page, which has one) load reportlab's barcode drawings when
first asked for: most printouts have no QR code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from station_app.core.pdf.blocks import CutLine, fixed_block, qr_block, seal_box
from station_app.core.pdf.document import (
    BuildCancelled,
    CancelFn,
    PageInfo,
    Progress,
    ProgressFn,
    build_pdf,
)
from station_app.core.pdf.fonts import FONT_NAME, PdfStyles, register_fonts, styles
from station_app.core.pdf.glyphs import draw_text, markup, use_fallback_fonts
from station_app.core.pdf.paged import PagedTable, cell_wrapper, grid_table, wrap_lines
from station_app.core.pdf.report import (
    BuildOptions,
    Out,
    build_report,
    page_info,
    para,
    section_heading,
    title_block,
)
from station_app.core.pdf.tables import (
    data_table,
    key_value_table,
    side_by_side,
    signature_lines,
)

if TYPE_CHECKING:
    from station_app.core.pdf.qr import qr_code
    from station_app.core.pdf.sample import build_sample

__all__ = [
    "FONT_NAME",
    "BuildCancelled",
    "BuildOptions",
    "CancelFn",
    "CutLine",
    "Out",
    "PageInfo",
    "PagedTable",
    "PdfStyles",
    "Progress",
    "ProgressFn",
    "build_pdf",
    "build_report",
    "build_sample",
    "cell_wrapper",
    "data_table",
    "draw_text",
    "fixed_block",
    "grid_table",
    "key_value_table",
    "markup",
    "page_info",
    "para",
    "qr_block",
    "qr_code",
    "register_fonts",
    "seal_box",
    "section_heading",
    "side_by_side",
    "signature_lines",
    "styles",
    "title_block",
    "use_fallback_fonts",
    "wrap_lines",
]


def __getattr__(name: str) -> object:
    if name == "qr_code":
        from station_app.core.pdf.qr import qr_code

        return qr_code
    if name == "build_sample":
        from station_app.core.pdf.sample import build_sample

        return build_sample
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
