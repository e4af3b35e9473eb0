"""Draw the app icon: a red rounded square with a white stylised 工 (trade union, 工会).

Run once when the emblem changes; the outputs are committed:
    resources/icons/station-app.png   256 px, loaded by the app at start (window icon)
    resources/icons/station-app.ico   16…256 px, embedded into the Windows .exe

    python build_spec/make_icon.py

The glyph is drawn from rectangles, not from a font, so the result is the same on every
machine. Each size is drawn separately with its bars snapped to whole pixels, so the small
sizes stay sharp. The .ico container is written by hand (PNG-compressed entries, as Windows
Vista and later read them), so neither Pillow nor Qt's ico plugin is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256

RED = QColor("#c8161d")  # 中国红, the colour of the union's emblem
RED_DARK = QColor("#a50f15")
WHITE = QColor("#ffffff")


def _snap(value: float) -> float:
    return float(round(value))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)

    # Rounded square, a thin darker rim so it reads on a red or white taskbar alike.
    margin = max(0.0, size * 0.03)
    radius = size * 0.2
    outer = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setBrush(RED_DARK)
    painter.drawRoundedRect(outer, radius, radius)
    rim = max(1.0, size * 0.025) if size >= 32 else 0.0
    inner = outer.adjusted(rim, rim, -rim, -rim)
    painter.setBrush(RED)
    painter.drawRoundedRect(inner, radius - rim, radius - rim)

    # 工: a top bar, a stem and a wider bottom bar, all in whole pixels.
    bar = max(2.0, _snap(size * 0.115))
    stem = max(2.0, _snap(size * 0.12))
    top_y = _snap(size * 0.24)
    bottom_y = _snap(size * 0.76) - bar
    top_x0, top_x1 = _snap(size * 0.27), _snap(size * 0.73)
    bottom_x0, bottom_x1 = _snap(size * 0.18), _snap(size * 0.82)
    stem_x = _snap((size - stem) / 2)
    glyph = QPainterPath()
    corner = bar * 0.18 if size >= 48 else 0.0
    glyph.addRoundedRect(QRectF(top_x0, top_y, top_x1 - top_x0, bar), corner, corner)
    glyph.addRect(QRectF(stem_x, top_y + bar / 2, stem, bottom_y - top_y))
    glyph.addRoundedRect(QRectF(bottom_x0, bottom_y, bottom_x1 - bottom_x0, bar), corner, corner)
    glyph.setFillRule(Qt.FillRule.WindingFill)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, size >= 48)
    painter.setBrush(WHITE)
    painter.drawPath(glyph.simplified())
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG streams."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)
    offset = len(header) + 16 * count
    entries, blobs = [], []
    for size, blob in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICONS / "station-app.png").write_bytes(pngs[PNG_SIZE])
    (ICONS / "station-app.ico").write_bytes(ico_bytes(pngs))
    del app
    for name in ("station-app.png", "station-app.ico"):
        path = ICONS / name
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
