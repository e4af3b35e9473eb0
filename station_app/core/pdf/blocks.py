"""Blocks more than one printout is made of: a QR code with its caption, and the cut
line between the two parts of a slip (member's copy and station's stub, recipient's
copy and station's copy)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from station_app.core.pdf.fonts import register_fonts
from station_app.core.pdf.glyphs import draw_text
from station_app.core.pdf.report import para

_CUT_LINE = colors.HexColor("#888888")
_CUT_TEXT = colors.HexColor("#666666")


class CutLine(Flowable):
    """A dashed line across the frame with a few words ("cut along this line") in a
    gap in its middle."""

    def __init__(self, text: str, height: float = 6 * mm) -> None:
        super().__init__()
        self.text, self.height = text, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        font = register_fonts()
        c = self.canv
        c.saveState()
        c.setFont(font, 8)
        text_width = c.stringWidth(self.text, font, 8) + 6 * mm
        y = self.height / 2
        c.setStrokeColor(_CUT_LINE)
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        left_end = (self.width - text_width) / 2
        c.line(0, y, left_end, y)
        c.line(left_end + text_width, y, self.width, y)
        c.setFillColor(_CUT_TEXT)
        draw_text(c, self.width / 2, y - 3, self.text, 8, "centre")
        c.restoreState()


def qr_block(text: str, size_mm: float, caption: str = "", width: float | None = None) -> Table:
    """A QR code of ``text`` with ``caption`` (small, centred) under it, in a column
    ``width`` wide (the code and 2 mm either side unless given)."""
    from station_app.core.pdf.qr import qr_code  # barcode drawings on the first QR code

    cells: list[list[object]] = [[qr_code(text, size_mm=size_mm)]]
    if caption:
        cells.append([para(caption, "small", alignment=TA_CENTER)])
    block = Table(cells, colWidths=[width or (size_mm + 4) * mm])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # never let Helvetica in
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


SEAL_GREY = colors.HexColor("#888888")


def seal_box(
    caption: str, width: float = 42 * mm, height: float = 30 * mm, valign: str = "MIDDLE"
) -> Table:
    """An outlined area for the station's seal, its caption (e.g. "（盖章）") small and
    grey in the middle (``valign="TOP"``: at the top, where the box is drawn over text)."""
    box = Table(
        [[para(caption, "small", alignment=TA_CENTER, textColor=SEAL_GREY)]],
        colWidths=[width],
        rowHeights=[height],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("BOX", (0, 0), (-1, -1), 0.6, SEAL_GREY),
            ]
        )
    )
    return box


def fixed_block(story: list[Flowable], width: float, height: float) -> Table:
    """``story`` in a block of exactly ``height`` (top-aligned, no lines): the halves
    of a slip, so that the cut line falls where it should whatever each half holds."""
    block = Table([[story]], colWidths=[width], rowHeights=[height])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block
