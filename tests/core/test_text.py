"""The free-text cleaner itself (core/text.py): what it refuses, folds and keeps."""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.core.text import MAX_SEARCH_LENGTH, clean_search, clean_text

REFUSED = [
    "\x00",  # NUL: PostgreSQL refuses it
    "\x07",
    "\x1b",  # escape
    "\x1f",  # str.split() would have folded it into a space unseen
    "\x7f",  # DEL
    "\x85",  # C1 next line
    "\x9b",  # C1 CSI
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u202a",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",  # pop directional isolate
    "\ud800",  # lone surrogates
    "\udfff",
]


@pytest.mark.parametrize("char", REFUSED)
@pytest.mark.parametrize("multiline", [False, True])
def test_hidden_characters_are_refused_naming_the_field(char: str, multiline: bool) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_text(f"张{char}伟", field="name", multiline=multiline)
    assert refused.value.field == "name"
    assert refused.value.params == {"code": f"U+{ord(char):04X}"}


def test_one_line_text_folds_tabs_and_line_breaks_into_spaces() -> None:
    assert clean_text("  张\t伟\r\n 北京 ", field="name") == "张 伟 北京"
    assert clean_text(None, field="name") == ""


def test_a_note_keeps_its_lines_and_tabs() -> None:
    note = clean_text("\n 第一行\r\n第二行\t甲\r第三行  \n", field="notes", multiline=True)
    assert note == "第一行\n第二行\t甲\n第三行"


def test_ordinary_text_is_kept_as_typed() -> None:
    for text in ("阿卜杜·热合曼", "𠮷野家", "Anna-Lena O'Brien", "👨‍👩‍👧 家庭日", "（丰台）"):
        assert clean_text(text, field="name") == text


def test_too_long_is_refused_after_trimming() -> None:
    assert clean_text(" " + "a" * 5 + " ", field="title", max_length=5) == "aaaaa"
    with pytest.raises(ValidationError) as refused:
        clean_text("a" * 6, field="title", max_length=5)
    assert refused.value.field == "title"
    assert refused.value.params == {"max": 5, "length": 6}


def test_a_search_term_drops_hidden_characters_and_is_cut() -> None:
    assert clean_search(" 张\x00\u202e伟\ud800 ") == "张伟"
    assert clean_search("张" * 16_667) == "张" * MAX_SEARCH_LENGTH
    assert clean_search(None) == ""
