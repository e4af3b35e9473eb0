"""The one glyph check every text of a printout goes through.

The bundled font has about 34,000 characters; rare ones in names (𠮷, 䶮) are not among
them, and a glyph a font lacks vanishes from a PDF without a trace. Each such character
is drawn from a fallback font of the PC when one covers it (Windows ships SimSun-ExtB,
``simsunb.ttf``; on Linux fontconfig finds e.g. HanaMinB), and as □ only when none does:
a visible gap can be written in by hand, a silent one cannot.

Paragraph text goes through :func:`markup`, plain table cells through :func:`needs_markup`
(a cell that does becomes a paragraph), and strings drawn on the canvas (header, footer,
cut line) through :func:`draw_text`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from station_app.core.pdf.fonts import register_fonts

MISSING_GLYPH = "□"
_KEEP = frozenset("\n\t")
# Characters a fallback font must cover to be worth asking fontconfig for: 𠮷 (CJK
# extension B) and 䶮 (extension A), the rare characters of Chinese names.
_PROBES = ("20bb7", "4dae")
_KNOWN_PATHS = (
    r"C:\Windows\Fonts\simsunb.ttf",  # SimSun-ExtB: extension B
    r"C:\Windows\Fonts\simsun.ttc",  # SimSun: extension A
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
)


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode map, but a character beyond U+FFFF (𠮷, U+20BB7) written as
    UTF-16 (``<D842DFB7>``) as the PDF format asks: reportlab writes ``<20BB7>``, which
    readers take for U+20BB, so the printed 𠮷 would be found and copied as "₻"."""
    lines = _original_cmap(fontname, subset).split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[start : start + len(subset)] = [
        f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)
    ]
    return "\n".join(lines)


_original_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # used when a subset is written

_lock = threading.Lock()
_chosen: list[Path] | None = None  # set by use_fallback_fonts (tests); None: look
_loaded: list[tuple[str, dict[int, int]]] | None = None


def use_fallback_fonts(paths: Sequence[str | Path] | None) -> None:
    """Use exactly these fallback font files (``[]``: none, so □), or ``None``: look
    for them on the PC (the default)."""
    global _chosen, _loaded
    with _lock:
        _chosen = None if paths is None else [Path(p) for p in paths]
        _loaded = None


def _candidates() -> list[Path]:
    found: list[Path] = []
    if shutil.which("fc-list"):
        for probe in _PROBES:
            try:
                listing = subprocess.run(
                    ["fc-list", f":charset={probe}", "file"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                    check=False,
                ).stdout
            except (OSError, subprocess.SubprocessError):
                continue
            found.extend(Path(line.strip().rstrip(":")) for line in sorted(listing.splitlines()))
    windir = os.environ.get("WINDIR")
    known = [Path(p) for p in _KNOWN_PATHS]
    if windir:
        known[:0] = [Path(windir) / "Fonts" / "simsunb.ttf", Path(windir) / "Fonts" / "simsun.ttc"]
    found.extend(known)
    unique: list[Path] = []
    for path in found:
        if path.suffix.lower() in (".ttf", ".ttc") and path.is_file() and path not in unique:
            unique.append(path)
    return unique


def _load(paths: Iterable[Path]) -> list[tuple[str, dict[int, int]]]:
    """Register each font reportlab can embed (TrueType outlines; CFF ones are skipped)."""
    fonts: list[tuple[str, dict[int, int]]] = []
    registered = set(pdfmetrics.getRegisteredFontNames())
    for path in paths:
        name = f"Fallback-{path.stem}"
        try:
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            font = pdfmetrics.getFont(name)
        except (TTFError, OSError, ValueError):
            continue
        fonts.append((name, font.face.charToGlyph))
    return fonts


def _fallbacks() -> list[tuple[str, dict[int, int]]]:
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load(_chosen if _chosen is not None else _candidates())
        return _loaded


def _main_glyphs() -> dict[int, int]:
    return pdfmetrics.getFont(register_fonts()).face.charToGlyph


# Characters known to need no fallback: looked up once each, then a set's C-speed
# check per text (every cell of a 3,000-row list goes through needs_markup).
_covered = set(_KEEP)


def needs_markup(text: str) -> bool:
    """Whether ``text`` has a character the bundled font lacks (cheap: most text has none)."""
    if _covered.issuperset(text):
        return False
    glyphs = _main_glyphs()
    _covered.update(ch for ch in set(text) if ord(ch) in glyphs)
    return not _covered.issuperset(text)


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one font: ``None`` is the bundled font, else a fallback's
    name; a character no font has is □ in the bundled font."""
    glyphs = _main_glyphs()
    out: list[tuple[str | None, str]] = []
    fallbacks: list[tuple[str, dict[int, int]]] | None = None
    for ch in text:
        font: str | None = None
        if ord(ch) not in glyphs and ch not in _KEEP:
            if fallbacks is None:
                fallbacks = _fallbacks()
            font = next((name for name, cover in fallbacks if ord(ch) in cover), None)
            if font is None:
                ch = MISSING_GLYPH
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped ("<", "&" are text), line breaks kept, and
    each character the bundled font lacks in a fallback font (or □)."""
    if not needs_markup(text):
        return escape(text).replace("\n", "<br/>")
    parts = []
    for font, chunk in runs(text):
        chunk = escape(chunk).replace("\n", "<br/>")
        parts.append(chunk if font is None else f'<font face="{font}">{chunk}</font>')
    return "".join(parts)


def text_width(text: str, size: float) -> float:
    font = register_fonts()
    return sum(pdfmetrics.stringWidth(chunk, name or font, size) for name, chunk in runs(text))


def draw_text(
    canv: Canvas, x: float, y: float, text: str, size: float, anchor: str = "left"
) -> None:
    """Draw one line at ``(x, y)`` (``anchor`` left, centre or right), each character
    the bundled font lacks from a fallback font (or □). Leaves the canvas font as is."""
    font = register_fonts()
    if not needs_markup(text):
        width = pdfmetrics.stringWidth(text, font, size)
        pieces: list[tuple[str | None, str]] = [(None, text)]
    else:
        pieces = runs(text)
        width = text_width(text, size)
    if anchor == "right":
        x -= width
    elif anchor == "centre":
        x -= width / 2
    for name, chunk in pieces:
        canv.setFont(name or font, size)
        canv.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, name or font, size)
    canv.setFont(font, size)
