"""Which fonts a PDF carries embedded (no poppler needed: used by the smoke test)."""

from __future__ import annotations

import re
from pathlib import Path

# Font descriptors that point at an embedded font program (FontFile, FontFile2, FontFile3).
_DESCRIPTOR = re.compile(rb"<<[^<>]*?/Type\s*/FontDescriptor[^<>]*?>>", re.S)
_NAME = re.compile(rb"/FontName\s*/([^\s/<>\[\]()]+)")
_EMBEDDED = re.compile(rb"/FontFile[23]?\s")


def embedded_font_names(path: Path) -> list[str]:
    data = Path(path).read_bytes()
    names = []
    for descriptor in _DESCRIPTOR.findall(data):
        match = _NAME.search(descriptor)
        if match and _EMBEDDED.search(descriptor):
            names.append(match.group(1).decode("latin-1"))
    return sorted(set(names))
