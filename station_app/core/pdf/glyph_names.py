"""Glyph names in every embedded font subset, so the text survives a trip through PostScript.

reportlab embeds a TrueType font as 8-bit subsets whose ``post`` table has no glyph
names (version 3). A viewer reads the text from the subset's ToUnicode map, but a CUPS
queue turns the PDF into PostScript (cups-filters ``pdftops`` with Ghostscript's
ps2write, the default renderer) and a CUPS-PDF queue turns that back into a PDF with
Ghostscript's pdfwrite: the ToUnicode map does not survive, the glyphs come out named
``~gs~gName~0042``, and the Chinese of the printed file can no longer be found or
copied. With the glyphs named after their characters (``uni5E74``, ``u20BB7`` as the
Adobe Glyph List spells them) ps2write carries a ToUnicode map through and pdfwrite
writes one again.

Only the ``post`` table changes: the PDF font stays symbolic with no ``/Encoding``, so
every viewer and printer still finds each glyph through the subset's ``cmap``, and the
pages look exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from struct import pack, unpack

from reportlab.pdfbase import ttfonts

_MAC_NOTDEF = 0  # index of .notdef among the 258 standard Macintosh glyph names
_FIRST_CUSTOM = 258  # post 2.0: indices from 258 on point into the font's own names


def glyph_name(code: int) -> str:
    """The Adobe Glyph List's name of a character: ``uni4E00``, ``u20BB7``."""
    return f"uni{code:04X}" if code <= 0xFFFF else f"u{code:05X}"


def subset_glyph_names(char_to_glyph: dict[int, int], subset: Sequence[int]) -> list[str]:
    """The name of each glyph of the subset font reportlab's ``makeSubset`` writes, in
    its order: ``.notdef``, then each character's glyph at its first use (characters
    the font lacks share .notdef, code 0 names nothing). Parts of composite glyphs,
    which reportlab appends after these, are not in the list."""
    seen = {0}
    names = [".notdef"]
    for code in subset:
        glyph = char_to_glyph.get(code, 0)
        if glyph in seen:
            continue
        seen.add(glyph)
        names.append(glyph_name(code) if code else f"glyph{len(names)}")
    return names


def _tables(font: bytes) -> dict[str, bytes]:
    count = unpack(">H", font[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = unpack(">4sLLL", font[12 + 16 * i : 28 + 16 * i])
        tables[tag.decode("latin-1")] = font[offset : offset + length]
    return tables


def post_table(header: bytes, names: Sequence[str], glyph_count: int) -> bytes:
    """A version 2.0 ``post`` table: ``header`` (bytes 4–32 of the old one: italic angle,
    underline, fixed pitch) and a name for each of the ``glyph_count`` glyphs (those
    past ``names`` are composite parts: ``glyphN``)."""
    names = list(names[:glyph_count])
    names += [f"glyph{i}" for i in range(len(names), glyph_count)]
    index = [_MAC_NOTDEF] + [_FIRST_CUSTOM + i for i in range(glyph_count - 1)]
    strings = b"".join(bytes([len(n)]) + n.encode("ascii") for n in names[1:])
    return (
        b"\x00\x02\x00\x00"
        + header[4:32].ljust(28, b"\x00")
        + pack(f">H{glyph_count}H", glyph_count, *index)
        + strings
    )


def with_glyph_names(font: bytes, names: Sequence[str]) -> bytes:
    """The subset font ``font`` with its ``post`` table replaced by one naming its glyphs."""
    tables = _tables(font)
    glyph_count = unpack(">H", tables["maxp"][4:6])[0]
    maker = ttfonts.TTFontMaker()
    for tag, data in tables.items():
        maker.add(tag, post_table(data, names, glyph_count) if tag == "post" else data)
    return maker.makeStream()


def _make_subset(self: ttfonts.TTFontFace, subset: Sequence[int]) -> bytes:
    font = _original_make_subset(self, subset)
    return with_glyph_names(font, subset_glyph_names(self.charToGlyph, subset))


_original_make_subset = ttfonts.TTFontFace.makeSubset
if getattr(_original_make_subset, "__name__", "") != "_make_subset":  # once per process
    ttfonts.TTFontFace.makeSubset = _make_subset  # type: ignore[method-assign]
