"""Qt-free PDF printouts: bundled font, A4 page template, tables and QR codes.

Every printout is built here from plain data with reportlab; the UI only shows
the resulting file. Never import PySide6 from this package.
"""

from station_app.core.pdf.document import (
    BuildCancelled,
    CancelFn,
    PageInfo,
    ProgressFn,
    build_pdf,
)
from station_app.core.pdf.fonts import FONT_NAME, PdfStyles, printable, register_fonts, styles
from station_app.core.pdf.qr import qr_code
from station_app.core.pdf.sample import build_sample
from station_app.core.pdf.tables import (
    data_table,
    key_value_table,
    side_by_side,
    signature_lines,
)

__all__ = [
    "FONT_NAME",
    "BuildCancelled",
    "CancelFn",
    "PageInfo",
    "PdfStyles",
    "ProgressFn",
    "build_pdf",
    "build_sample",
    "data_table",
    "key_value_table",
    "printable",
    "qr_code",
    "register_fonts",
    "side_by_side",
    "signature_lines",
    "styles",
]
