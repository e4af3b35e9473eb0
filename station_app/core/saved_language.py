"""The desk's language as ``AppSettings`` saved it (``ui/language``), read without Qt
where that gives QSettings' answer for certain: on Linux, from the INI files QSettings
reads, in its order (the user's file of the program, of the organisation, then those of
``$XDG_CONFIG_DIRS``), parsed line by line as QSettings does.

:func:`read` returns None wherever it cannot be sure (another platform, a relative
``$XDG_CONFIG_HOME``, a value with quotes, escapes or a list, a key written with
escapes, an unreadable file …): the caller then asks QSettings.
``tests/core/test_saved_language.py`` holds it to QSettings' answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION, APPLICATION = "StationDesk", "station-app"
LANGUAGES = ("zh_CN", "en")  # as station_app.settings.LANGUAGES
DEFAULT = "zh_CN"
SECTION, KEY = b"ui", b"language"


class _Unsure(Exception):
    """The file's answer cannot be told without QSettings."""


_SPACE = b" \t\n\r"


def read() -> str | None:
    """``AppSettings().language``, or None if only QSettings can tell."""
    files = _files()
    if files is None:
        return None
    for path in files:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError:
            return None
        try:
            value = _ini_value(data)
        except _Unsure:
            return None
        if value is not None:
            text = value.decode("utf-8", errors="replace")
            return text if text in LANGUAGES else DEFAULT
    return DEFAULT


def _files() -> list[Path] | None:
    """QSettings' files for the organisation and program, most specific first."""
    if not sys.platform.startswith("linux"):
        return None
    home = os.environ.get("HOME", "")
    config_home = os.environ.get("XDG_CONFIG_HOME", "")
    config_dirs = os.environ.get("XDG_CONFIG_DIRS", "")
    if not home.startswith("/"):
        return None
    if config_home and not config_home.startswith("/"):
        return None
    user = Path(config_home or os.path.join(home, ".config"))
    system = [Path(d) for d in config_dirs.split(":")] if config_dirs else [Path("/etc/xdg")]
    if config_dirs and not all(d.startswith("/") for d in config_dirs.split(":")):
        return None
    app, org = Path(ORGANIZATION, f"{APPLICATION}.conf"), Path(f"{ORGANIZATION}.conf")
    return [user / app, user / org, *(d / app for d in system), *(d / org for d in system)]


def _lines(data: bytes) -> list[bytes]:
    """The file's lines as QSettings' readIniLine splits them: leading space dropped, a
    ``;`` comment at a line's start skipped, quotes and backslashes keep a line going."""
    lines = []
    pos, size = 0, len(data)
    while True:
        start = pos
        while start < size and data[start] in _SPACE:
            start += 1
        i, quoted = start, False
        while i < size:
            ch = data[i]
            i += 1
            if ch in b"\n\r":
                if i == start + 1:
                    start += 1
                elif not quoted:
                    i -= 1
                    break
            elif ch == 0x5C:  # backslash: the next character is taken as it is
                if i < size:
                    first = data[i]
                    i += 1
                    if i < size and (first, data[i]) in ((0x0A, 0x0D), (0x0D, 0x0A)):
                        i += 1
            elif ch == 0x22:
                quoted = not quoted
            elif ch == 0x3B:  # ;
                if i == start + 1:
                    while i < size and data[i] not in b"\n\r":
                        i += 1
                    while i < size and data[i] in _SPACE:
                        i += 1
                    start = i
                elif not quoted:
                    i -= 1
                    break
        pos = i
        if i - start <= 0:
            return lines
        lines.append(data[start:i])


def _ini_value(data: bytes) -> bytes | None:
    """The raw value of ``ui/language`` in one INI file, None when the file does not
    have it; _Unsure when QSettings might read it otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sections: list[bytes] = []  # the names as written
    in_section = False
    value: bytes | None = None
    for line in _lines(data):
        if line.startswith(b"["):
            end = line.find(b"]")
            name = (line[1:end] if end >= 0 else line[1:]).strip(_SPACE)
            sections.append(name)
            in_section = name == SECTION
            continue
        if not in_section or b"=" not in line:
            continue
        key, raw = line.split(b"=", 1)
        key = key.strip(_SPACE + b"\v\f")
        if any(ch in key for ch in b'%\\"/'):
            raise _Unsure  # a key of the section written with escapes
        if key == KEY:  # the last one is the one QSettings keeps
            value = raw
    for name in sections:
        # Only [ui] decides: QSettings looks in the one section whose name sorts last
        # before "ui/language", which is [ui] when no other name could be read as "ui"
        # or a group under it.
        if name != SECTION and (b"%" in name or b"\\" in name or name.lower().startswith(b"ui")):
            raise _Unsure
    if value is None:
        return None
    if value != value.strip(_SPACE) or any(ch in b'"\\,@;' or ch < 0x20 for ch in value):
        raise _Unsure  # quotes, escapes, a list, a variant, spaces around it
    return value
