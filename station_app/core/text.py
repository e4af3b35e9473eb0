"""The one cleaner for free text the desk types or imports (names, titles, notes,
reasons, user names) and for search terms.

Refused everywhere, because they cannot be stored (PostgreSQL rejects NUL, neither
backend takes a lone surrogate) or change what is shown without being visible:

* control characters, C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F); tab and line
  breaks only where a multi-line note allows them (in a one-line field they count as
  spaces, since pasting from a spreadsheet brings them along);
* bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069)
  and the invisible direction marks (U+200E, U+200F, U+061C): the desk writes Chinese,
  so a mark only ever arrives pasted, and makes two look-alike names differ;
* lone surrogates (U+D800–U+DFFF), which are not characters at all.

Search terms are never refused: :func:`clean_search` drops such characters and cuts
the term at :data:`MAX_SEARCH_LENGTH` (a longer LIKE pattern is pointless, and at 50,000
bytes SQLite refuses it as "too complex").
"""

from __future__ import annotations

import re

from station_app.core.errors import ValidationError
from station_app.core.i18n import QT_TRANSLATE_NOOP

# Every search box and every search service stops here.
MAX_SEARCH_LENGTH = 100

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
# Tab, line feed and carriage return are left out: kept in notes, folded elsewhere.
_REFUSED = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}{_SURROGATES}]")
_SEARCH_DROPPED = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_SURROGATES}]")


def forbidden_char(value: str) -> str | None:
    """The first character :func:`clean_text` refuses, or None."""
    found = _REFUSED.search(value)
    return found.group() if found else None


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def clean_text(
    value: str | None,
    *,
    field: str,
    multiline: bool = False,
    max_length: int | None = None,
) -> str:
    """``value`` without surrounding whitespace, or a ValidationError for ``field``.

    One-line text has its runs of whitespace (tabs, line breaks) made one space;
    multi-line text keeps tabs and line breaks, with Windows line ends made ``\\n``.
    """
    text = value or ""
    bad = forbidden_char(text)
    if bad is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This text contains a hidden character ({code}) that cannot be saved; "
                "please type the text again without it.",
            ),
            field=field,
            code=code_point(bad),
        )
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    else:
        text = " ".join(text.split())
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This is too long: at most {max} characters, not {length}."
            ),
            field=field,
            max=max_length,
            length=len(text),
        )
    return text


def clean_search(value: str | None) -> str:
    """A search term as it may reach a query: hidden control characters dropped,
    cut at :data:`MAX_SEARCH_LENGTH` characters, outer spaces removed."""
    return _SEARCH_DROPPED.sub("", value or "")[:MAX_SEARCH_LENGTH].strip()


__all__ = ["MAX_SEARCH_LENGTH", "clean_search", "clean_text", "code_point", "forbidden_char"]
