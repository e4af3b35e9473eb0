"""Pinyin search keys and the stored search text."""

from __future__ import annotations

import sqlite3

import pytest

from station_app.core.search import (
    SEPARATOR,
    like_pattern,
    name_keys,
    normalize_query,
    search_text,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("单丽", {"shanli", "danli", "sl", "dl"}),
        ("曾国藩", {"zengguofan", "cengguofan", "zgf", "cgf"}),
        ("解放", {"xiefang", "jiefang", "xf", "jf"}),
        ("仇英", {"qiuying", "chouying", "qy", "cy"}),
        ("区志强", {"ouzhiqiang", "quzhiqiang", "ozq", "qzq"}),
        ("朴树", {"piaoshu", "pushu", "ps"}),
        ("翟丽", {"zhaili", "dili", "zl", "dl"}),
        ("查良镛", {"zhaliangyong", "chaliangyong", "zly", "cly"}),
    ],
)
def test_surname_readings_are_all_indexed(name: str, expected: set[str]) -> None:
    assert expected <= set(name_keys(name))


@pytest.mark.parametrize(
    ("name", "usual"),
    [("单丽", "shanli"), ("曾国藩", "zengguofan"), ("解放", "xiefang"), ("仇英", "qiuying"),
     ("区志强", "ouzhiqiang"), ("朴树", "piaoshu"), ("翟丽", "zhaili"), ("查良镛", "zhaliangyong")],
)  # fmt: skip
def test_usual_surname_reading_comes_first(name: str, usual: str) -> None:
    assert name_keys(name)[0] == usual


def test_plain_name() -> None:
    assert name_keys("王小明") == ["wangxiaoming", "wxm"]


def test_rare_readings_of_common_surnames_are_not_indexed() -> None:
    # pypinyin also lists chen for 沈 and yu for 王; "chenli" must not find 沈丽.
    assert "chenli" not in name_keys("沈丽")
    assert "yuxiaoming" not in name_keys("王小明")


def test_unlisted_surname_gets_every_pypinyin_reading() -> None:
    keys = name_keys("隽永")  # juàn / jùn, not in the table
    assert {"juanyong", "junyong"} <= set(keys)


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("上官婉儿", "shangguanwaner", "sgwe"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("令狐冲", "linghuchong", "lhc"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("慕容复", "murongfu", "mrf"),
    ],
)
def test_compound_surnames(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert keys[0] == full
    assert initials in keys


def test_given_name_uses_default_reading() -> None:
    assert name_keys("李长青")[0] == "lichangqing"


@pytest.mark.parametrize(
    "name", ["王堃", "张喆", "李赟", "𠮷祥", "李𠮷", "𠮷", "赵·", "买买提·艾力"]
)
def test_rare_characters_do_not_crash(name: str) -> None:
    keys = name_keys(name)
    assert all(k.isascii() and k.isalnum() and k == k.lower() for k in keys)


def test_rare_characters_readings() -> None:
    assert "wangkun" in name_keys("王堃")
    assert "zhangzhe" in name_keys("张喆")
    assert "liyun" in name_keys("李赟")
    assert name_keys("李𠮷") == ["li", "l"]  # the unreadable character is left out
    assert name_keys("𠮷祥") == ["xiang", "x"]
    assert name_keys("𠮷") == []


def test_latin_letters_and_digits() -> None:
    assert name_keys("Anna Li") == ["annali", "al"]
    assert name_keys("李A") == ["lia", "la"]
    assert name_keys("ＡＢ") == ["ab", "a"]
    assert name_keys("王2") == ["wang2", "w2"]


def test_empty_name() -> None:
    assert name_keys("") == []
    assert name_keys("   ") == []


def test_u_umlaut_both_ways() -> None:
    assert {"lvli", "luli", "ll"} <= set(name_keys("吕丽"))
    assert name_keys("Elvis Li") == ["elvisli", "el"]


def test_normalize_query() -> None:
    assert normalize_query(" Shan Li ") == "shanli"
    assert normalize_query("１３８　５６７８") == "1385678"
    assert normalize_query("ＳＬ") == "sl"
    assert normalize_query("a|b") == "ab"
    assert normalize_query("002X") == "002x"


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%") == "%50\\%%"
    assert like_pattern("a_b") == "%a\\_b%"


PERSON = {
    "name": "单丽",
    "member_no": "HY2024-0815",
    "mobile": "13812345678",
    "id_number": "11010519491231002X",
}


def test_search_text_layout() -> None:
    text = search_text(**PERSON, extra=["朝阳环卫"])
    parts = text.split(SEPARATOR)
    assert parts[0] == "单丽"
    assert {"shanli", "danli", "sl", "dl", "hy2024-0815", "13812345678"} <= set(parts)
    assert "11010519491231002x" in parts
    assert parts[-1] == "朝阳环卫"
    assert text == text.lower()
    assert "" not in parts


def test_search_text_skips_empty_parts() -> None:
    assert search_text(name="王五") == "王五|wangwu|ww"


def _matches(text: str, query: str) -> bool:
    # What SQLite's LIKE does with the pattern: the real thing, not a re-implementation.
    con = sqlite3.connect(":memory:")
    row = con.execute("SELECT ? LIKE ? ESCAPE '\\'", (text, like_pattern(query))).fetchone()
    con.close()
    return bool(row[0])


@pytest.mark.parametrize(
    "query",
    [
        "单丽",
        "单",
        "丽",
        "shanli",
        "danli",
        "ShanLi",
        "shan li",
        "sl",
        "dl",
        "shan",
        "5678",
        "138",
        "1234",
        "１３８１２３４５６７８",
        "002x",
        "002X",
        "1231002x",
        "hy2024",
        "0815",
        "HY2024-0815",
    ],
)
def test_one_like_finds_the_person(query: str) -> None:
    assert _matches(search_text(**PERSON), query)


@pytest.mark.parametrize("query", ["dl|hy", "dlhy", "5678110105", "cl13", "wang", "zhangli"])
def test_no_match_across_parts(query: str) -> None:
    assert not _matches(search_text(**PERSON), query)
