"""Qt's compiled translation catalogs (.qm) read without Qt, so that a command of
``station-app`` translates its messages without loading PySide6 (70 ms of every
command). The lookup is QTranslator's: the ELF hash of the source text in the sorted
hash table, then each message of that hash whose context, source text and comment
match; the first translation of the first match. ``tests/core/test_qm.py`` holds it
to QTranslator's answer for every message of the catalog.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Sections of the file.
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7,
)  # fmt: skip
# Tags of a message.
_END, _TRANSLATION, _OBSOLETE1, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


class QmError(ValueError):
    """Not a catalog this reader answers for as QTranslator would."""


def _elf_hash(*parts: bytes) -> int:
    h = 0
    for part in parts:
        for byte in part:
            if byte == 0:  # each part is a C string: it ends there
                break
            h = ((h << 4) + byte) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


def _match(found: bytes, target: bytes) -> bool:
    if found.endswith(b"\0"):  # stored with its terminating zero
        found = found[:-1]
    return found == target


class QmCatalog:
    """One .qm file: :meth:`lookup` is QTranslator.translate (None where it has no
    translation), :meth:`translate` is QCoreApplication.translate with this catalog
    alone installed."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a .qm file")
        sections: dict[int, bytes] = {}
        pos = len(MAGIC)
        while pos < len(data) - 5:  # QTranslator's own checks: a cut file is refused
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            pos += 5
            if tag == 0 or length == 0:
                break
            if length > len(data) - pos:
                raise QmError("truncated catalog")
            sections[tag] = data[pos : pos + length]
            pos += length
        if _DEPENDENCIES in sections:  # other catalogs to search: QTranslator's job
            raise QmError("a catalog with dependencies")
        contexts = sections.get(_CONTEXTS, b"")
        if contexts and (len(contexts) < 2 or struct.unpack_from(">H", contexts)[0] == 0):
            raise QmError("an empty context table")
        self._contexts = contexts
        self._messages = sections.get(_MESSAGES, b"")
        offsets = sections.get(_HASHES, b"")
        pairs = list(struct.iter_unpack(">II", offsets[: len(offsets) // 8 * 8]))
        self._hashes = [h for h, _ in pairs]
        self._offsets = [o for _, o in pairs]

    @classmethod
    def load(cls, path: Path) -> QmCatalog:
        return cls(path.read_bytes())

    def translate(self, context: str, source: str) -> str:
        found = self.lookup(context, source)
        return source if found is None else found

    def lookup(self, context: str, source: str, comment: str = "") -> str | None:
        if not self._hashes:
            return None
        ctx, text, note = (s.encode("utf-8") for s in (context, source, comment))
        if self._contexts and not self._has_context(ctx):
            return None
        while True:
            h = _elf_hash(text, note)
            i = bisect_left(self._hashes, h)
            while i < len(self._hashes) and self._hashes[i] == h:
                found = self._message(self._offsets[i], ctx, text, note)
                if found is not None:
                    return found
                i += 1
            if not note:
                return None
            note = b""  # then without the comment, as QTranslator does

    def messages(self) -> list[tuple[str, str, str]]:
        """(context, source text, comment) of every message that names them."""
        found = []
        data, pos, end = self._messages, 0, len(self._messages)
        fields: dict[int, bytes] = {}
        while pos < end:
            tag = data[pos]
            pos += 1
            if tag == _END:
                if _SOURCE_TEXT in fields:
                    found.append(
                        tuple(
                            fields.get(t, b"").rstrip(b"\0").decode("utf-8")
                            for t in (_CONTEXT, _SOURCE_TEXT, _COMMENT)
                        )
                    )
                fields = {}
            elif tag == _OBSOLETE1:
                pos += 4
            else:
                (length,) = struct.unpack_from(">I", data, pos)
                pos += 4
                if length != 0xFFFFFFFF:
                    fields[tag] = data[pos : pos + length]
                    pos += length
        return found  # type: ignore[return-value]

    def _has_context(self, ctx: bytes) -> bool:
        table = self._contexts
        (size,) = struct.unpack_from(">H", table, 0)
        (off,) = struct.unpack_from(">H", table, 2 + 2 * (_elf_hash(ctx) % size))
        if off == 0:
            return False
        pos = 2 + 2 * size + 2 * off
        while True:
            length = table[pos]
            pos += 1
            if length == 0:
                return False
            if _match(table[pos : pos + length], ctx):
                return True
            pos += length

    def _message(self, pos: int, ctx: bytes, text: bytes, note: bytes) -> str | None:
        data, end = self._messages, len(self._messages)
        translation: bytes | None = None
        first = True
        while pos < end:
            tag = data[pos]
            pos += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            if pos + 4 > end:
                return None
            (length,) = struct.unpack_from(">I", data, pos)
            pos += 4
            if pos + length > end:
                return None
            field = data[pos : pos + length]
            pos += length
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if first:  # the singular: QTranslator's numerus 0
                    translation, first = field, False
            elif not _match(field, {_SOURCE_TEXT: text, _CONTEXT: ctx, _COMMENT: note}[tag]):
                return None
        return None if translation is None else translation.decode("utf-16-be", "replace")
