"""QR codes drawn by reportlab itself (no external qrcode package)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCode
from reportlab.graphics.barcode.qrencoder import QR8bitByte
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable


class _QrFlowable(QrCode):
    def draw(self) -> None:
        # The modules are painted with the canvas's current fill colour: pin it.
        self.canv.setFillColor(colors.black)
        super().draw()


def qr_code(text: str, size_mm: float = 25) -> Flowable:
    """A square QR code of ``text``, ``size_mm`` wide including its quiet zone."""
    size = size_mm * mm
    value: str | list[QR8bitByte] = text
    if not text.isascii():
        # reportlab would try Shift-JIS Kanji mode for all-CJK text; phone
        # scanners in China expect UTF-8 bytes, so force byte mode.
        value = [QR8bitByte(text)]
    return _QrFlowable(value, width=size, height=size, qrLevel="M", qrBorder=2)
