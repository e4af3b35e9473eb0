"""Pinyin of a text as pypinyin reads it, from a table of what that reading needs.

pypinyin cuts a text into the words of its phrase dictionary (the longest first, left
to right) and reads each word as the dictionary says, any other character by its
everyday reading: 长青 chang qing although 长 alone is zhang, 朝阳 zhao yang. Its
dictionary costs about 55 MiB and 0.2 s to load. ``pinyin.txt`` holds only what that
reading needs (a few MiB, loaded when a name is first read): every character's
readings, every phrase (where a word ends decides where the next begins), the
readings of the phrases not read character by character, and the starts of phrases
that pypinyin reads character by character when a text ends with them.

The table is made from pypinyin by ``python -m tests.core.pinyin_tables``;
tests/core/test_pinyin_tables.py checks that it is up to date and that every phrase
and character reads here as in pypinyin.
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().with_name("pinyin.txt")

# What pypinyin takes for a Han character (its RE_HANS): a text is cut into runs of
# these and runs of anything else, which is kept as it is.
HAN_CHARS = (
    "\u3007\ue815-\ue864\ufa18\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a703-\U0002b73f\U0002b740-\U0002b81d"
    "\U0002b825-\U0002bf6e\U0002c029-\U0002ce93\U0002d016\U0002d11b-\U0002ebd9"
    "\U0002f80a-\U0002fa1f\U00030000-\U0003134a\U000300f7-\U00031288"
    "\U00030edd\U00030ede\U00031350-\U00032389"
)


@cache
def _runs() -> re.Pattern[str]:
    """Runs of :data:`HAN_CHARS`, compiled when a name is first read (its 0.9 ms were
    spent at every start, where no name is read)."""
    return re.compile(f"([{HAN_CHARS}]+)")


@dataclass(frozen=True)
class _Table:
    """Kept small (about 4 MiB, where a dictionary entry per character and per phrase
    takes 14): readings numbered by code point, phrases as text by first character."""

    first_code: int
    codes: array[int]  # code point - first_code -> index into syllables (0: none)
    syllables: list[str]
    more: dict[int, str]  # code point -> "a,b,…": every reading, where there are several
    phrases: dict[str, str]  # first character -> " rest rest … " of its phrases
    phrase_readings: dict[str, tuple[str, ...]]  # the phrases not read char by char
    stops: frozenset[str]
    longest: int

    def everyday(self, char: str) -> str | None:
        index = ord(char) - self.first_code
        if 0 <= index < len(self.codes) and self.codes[index]:
            return self.syllables[self.codes[index]]
        return None

    def is_phrase(self, word: str) -> bool:
        return f" {word[1:]} " in self.phrases.get(word[0], "")


@cache
def _table() -> _Table:
    syllables = [""]
    numbers: dict[str, int] = {}
    everyday_of: dict[int, int] = {}
    more: dict[int, str] = {}
    phrases: dict[str, str] = {}
    phrase_readings: dict[str, tuple[str, ...]] = {}
    stops: set[str] = set()
    longest = 2
    section = ""
    with TABLE.open(encoding="utf-8") as lines:  # line by line: no copy of the whole
        for line in lines:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line
            elif section == "[characters]":
                char, readings = line.split("\t")
                everyday, _, others = readings.partition(",")
                if everyday not in numbers:
                    numbers[everyday] = len(syllables)
                    syllables.append(everyday)
                everyday_of[ord(char)] = numbers[everyday]
                if others:
                    more[ord(char)] = readings
            elif section == "[phrases]":
                first, rests = line.split("\t")
                phrases[first] = f" {rests} "
                longest = max(longest, 1 + max(map(len, rests.split(" "))))
            elif section == "[readings]":
                phrase, reading = line.split("\t")
                phrase_readings[phrase] = tuple(sys.intern(r) for r in reading.split(" "))
            elif section == "[stops]":
                stops.add(line)
    first_code = min(everyday_of)
    codes = array("H", bytes(2 * (max(everyday_of) - first_code + 1)))
    for code, number in everyday_of.items():
        codes[code - first_code] = number
    return _Table(
        first_code, codes, syllables, more, phrases, phrase_readings, frozenset(stops), longest
    )


def read(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: [s])``: one
    reading per Han character (without tones, ü written v), and each run of other
    characters, or a Han character without a reading, kept as it is."""
    runs = _runs()
    out: list[str] = []
    for run in runs.split(text):
        if not run:
            continue
        if runs.fullmatch(run):
            out.extend(_read_han(run))
        else:
            out.append(run)
    return out


def readings(char: str) -> list[str]:
    """Every reading of a character, the everyday one first; none if it has none."""
    table = _table()
    if ord(char) in table.more:
        return table.more[ord(char)].split(",")
    everyday = table.everyday(char)
    return [everyday] if everyday is not None else []


def _read_han(run: str) -> list[str]:
    table = _table()

    def everyday(chars: str) -> list[str]:
        return [table.everyday(c) or c for c in chars]

    out: list[str] = []
    start, end = 0, len(run)
    while start < end:
        for size in range(min(table.longest, end - start), 1, -1):
            word = run[start : start + size]
            if table.is_phrase(word):
                out.extend(table.phrase_readings.get(word) or everyday(word))
                start += size
                break
        else:
            rest = run[start:]
            if rest in table.stops:  # as pypinyin does: the rest char by char
                out.extend(everyday(rest))
                break
            out.extend(everyday(run[start]))
            start += 1
    return out
