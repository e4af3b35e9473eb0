"""Makes station_app/core/pinyin.txt from pypinyin: what the search keys need of it.

pypinyin reads a text by cutting it into the words of its phrase dictionary (longest
first, left to right) and reading each word as the dictionary says, any other
character by its everyday reading. Its dictionary in memory costs about 55 MiB; the
same reading needs much less:

* every character's readings, the everyday one first;
* every phrase (by its first character), for the cutting (a phrase read character
  by character still decides where the next one starts);
* the readings of the phrases that are not read character by character (长青 chang
  qing, where 长 alone is zhang);
* the stops: the starts of longer phrases that pypinyin reads character by character
  when a text ends with them, although a phrase lies inside them.

``python -m tests.core.pinyin_tables`` writes the file anew (after a pypinyin
upgrade); tests/core/test_pinyin_tables.py checks that it is up to date and that the
search keys read every phrase and character as pypinyin does.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin import __version__ as pypinyin_version
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

TABLE = Path(__file__).resolve().parents[2] / "station_app" / "core" / "pinyin.txt"


def _keep(text: str) -> list[str]:
    return [text]


def read_as_pypinyin(text: str) -> list[str]:
    """What the search keys were made from before: pypinyin with its dictionary."""
    return lazy_pinyin(text, style=Style.NORMAL, errors=_keep)


@cache
def everyday(char: str) -> str:
    return read_as_pypinyin(char)[0]


def readings(char: str) -> list[str]:
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda _s: [])
    return list(dict.fromkeys(r for options in found for r in options))


def character_lines() -> list[str]:
    lines = []
    for code in sorted(PINYIN_DICT):
        char = chr(code)
        options = readings(char)
        first = everyday(char)
        ordered = [first, *(r for r in options if r != first)]
        assert all("\t" not in r and "," not in r and "\n" not in r for r in ordered)
        lines.append(f"{char}\t{','.join(ordered)}")
    return lines


def phrase_lines() -> list[str]:
    """Every phrase, by its first character: the character, then the rest of each."""
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(PHRASES_DICT):
        assert len(phrase) >= 2 and " " not in phrase and "\t" not in phrase, phrase
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    return [f"{first}\t{' '.join(rests)}" for first, rests in by_first.items()]


def reading_lines() -> tuple[list[str], set[str]]:
    """The phrases not read character by character, with their reading."""
    lines, read_otherwise = [], set()
    for phrase in sorted(PHRASES_DICT):
        reading = read_as_pypinyin(phrase)
        assert len(reading) == len(phrase), phrase
        if reading != [everyday(c) for c in phrase]:
            read_otherwise.add(phrase)
            lines.append(f"{phrase}\t{' '.join(reading)}")
    return lines, read_otherwise


def stop_lines(read_otherwise: set[str]) -> list[str]:
    """The starts of phrases that pypinyin reads character by character when a text ends
    with one (no phrase begins it), kept where a phrase read otherwise lies inside."""
    stops = set()
    for phrase in PHRASES_DICT:
        for end in range(2, len(phrase)):
            start = phrase[:end]
            if start in PHRASES_DICT:
                break  # from here on a phrase begins the start: no stop
            if end >= 3 and any(
                start[i:j] in read_otherwise
                for i in range(1, end - 1)
                for j in range(i + 2, end + 1)
            ):
                stops.add(start)
    return sorted(stops)


def render() -> str:
    readings_of_phrases, read_otherwise = reading_lines()
    head = [
        f"# Made by `python -m tests.core.pinyin_tables` from pypinyin {pypinyin_version}; "
        "do not edit.",
        "# [characters] character TAB readings (the everyday one first)",
        "# [phrases] first character TAB the rest of each phrase that begins with it",
        "# [readings] phrase TAB its reading, where not read character by character",
        "# [stops] starts of phrases read character by character at the end of a text",
    ]
    return "\n".join(
        [
            *head,
            "[characters]",
            *character_lines(),
            "[phrases]",
            *phrase_lines(),
            "[readings]",
            *readings_of_phrases,
            "[stops]",
            *stop_lines(read_otherwise),
            "",
        ]
    )


def main() -> int:
    TABLE.write_text(render(), encoding="utf-8")
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
