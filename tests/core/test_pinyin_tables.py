"""core/pinyin.py reads as pypinyin with its phrase dictionary did: the search keys of
every name stay what they were (tests/core/test_search.py checks the keys themselves)."""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest
from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

from station_app.core import pinyin as table
from station_app.members import demo as member_demo
from tests.core.pinyin_tables import TABLE, read_as_pypinyin, render


def test_the_table_is_made_from_the_pypinyin_installed() -> None:
    assert TABLE.read_text(encoding="utf-8") == render(), "run: python -m tests.core.pinyin_tables"


def test_han_characters_are_pypinyins() -> None:
    """Where a text is cut into Han runs and the rest, as pypinyin cuts it."""
    ours = re.compile(f"[{table.HAN_CHARS}]")
    wrong = [
        code
        for code in range(0x40000)
        if not 0xD800 <= code <= 0xDFFF
        and bool(ours.fullmatch(chr(code))) != bool(RE_HANS.match(chr(code)))
    ]
    assert not wrong, [hex(code) for code in wrong[:20]]


def test_every_phrase_reads_as_in_pypinyin() -> None:
    wrong = [p for p in PHRASES_DICT if table.read(p) != read_as_pypinyin(p)]
    assert not wrong, wrong[:20]


def test_every_character_reads_as_in_pypinyin() -> None:
    chars = [chr(code) for code in PINYIN_DICT]
    wrong = [c for c in chars if table.read(c) != read_as_pypinyin(c)]
    assert not wrong, wrong[:20]


def test_every_characters_readings_are_pypinyins() -> None:
    """What a surname outside the surname table is indexed under."""
    wrong = []
    for code in PINYIN_DICT:
        char = chr(code)
        heteronyms = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda _s: [])
        expected = list(dict.fromkeys([*read_as_pypinyin(char), *heteronyms[0]]))
        if table.readings(char) != expected:
            wrong.append(char)
    assert not wrong, wrong[:20]


def _texts(count: int) -> list[str]:
    """Names as the demo makes them, and phrases run together with characters, Latin
    letters, digits and unreadable ones between them: where one word's end decides
    where the next begins."""
    rng = random.Random(17)
    phrases = sorted(PHRASES_DICT)
    chars = [chr(code) for code in sorted(PINYIN_DICT)]
    common = member_demo.GIVEN_CHARS + "".join(member_demo.SURNAMES)
    texts = [member_demo.random_name(rng) for _ in range(count)]
    texts += member_demo._unit_names(rng, 200)
    extras = ["A", "b2", " ", "·", "𠮷", "（", "10", "Li"]
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(2, 4)):
            kind = rng.random()
            if kind < 0.6:
                parts.append(rng.choice(phrases))
            elif kind < 0.8:
                parts.append(rng.choice(common))
            elif kind < 0.9:
                parts.append(rng.choice(chars))
            else:
                parts.append(rng.choice(extras))
        texts.append("".join(parts))
    for phrase in rng.sample(phrases, count):  # a phrase cut short, or run on
        texts.append(phrase[: rng.randint(1, len(phrase))])
        texts.append(phrase + rng.choice(common))
        texts.append(rng.choice(common) + phrase)
    return texts


def test_names_and_run_together_phrases_read_as_in_pypinyin() -> None:
    wrong = [t for t in _texts(20_000) if table.read(t) != read_as_pypinyin(t)]
    assert not wrong, wrong[:20]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李长青", ["li", "chang", "qing"]),
        ("长", ["zhang"]),
        ("朝阳", ["zhao", "yang"]),
        ("王朝阳", ["wang", "chao", "yang"]),
    ],
)
def test_a_word_reads_as_a_word(text: str, expected: list[str]) -> None:
    assert table.read(text) == expected


def test_the_table_loads_without_pypinyin() -> None:
    code = (
        "import sys\n"
        "from station_app.core.search import name_keys\n"
        "assert name_keys('李长青')[0] == 'lichangqing'\n"
        "assert 'pypinyin' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
