"""The words the desk shows for a member's categories are accepted when a clerk types
them into an import sheet (the sheet's own words are accepted too)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from station_app.members.labels import (
    HARDSHIP_LEVEL_TEXT,
    HARDSHIP_TEXT,
    ID_TYPE_TEXT,
    OUTDOOR_TEXT,
    UNION_STATUS_TEXT,
)
from station_app.members.sheets.columns import (
    HARDSHIP_WORDS,
    ID_TYPE_WORDS,
    OUTDOOR_LABELS,
    OUTDOOR_WORDS,
    UNION_WORDS,
    choice,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "station_zh_CN.ts"


def _catalog(context: str) -> dict[str, str]:
    for ctx in ET.parse(TS).iter("context"):
        if ctx.findtext("name") == context:
            return {m.findtext("source") or "": m.findtext("translation") or "" for m in ctx}
    return {}


ON_SCREEN = _catalog("MemberLabels")


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        (OUTDOOR_TEXT, OUTDOOR_WORDS),
        (ID_TYPE_TEXT, ID_TYPE_WORDS),
        (HARDSHIP_TEXT, HARDSHIP_WORDS),
        (HARDSHIP_LEVEL_TEXT, HARDSHIP_WORDS),
        (UNION_STATUS_TEXT, UNION_WORDS),
    ],
)
def test_the_words_on_screen_import(texts: dict[str, str], words: dict[str, str]) -> None:
    for code, source in texts.items():
        shown = ON_SCREEN[source]
        assert choice(shown, words, "field", ()) == code, shown


def test_the_sheet_keeps_its_own_words() -> None:
    assert OUTDOOR_LABELS["delivery"] == "送餐员"
    assert choice("送餐员", OUTDOOR_WORDS, "outdoor_kind", ()) == "delivery"
    assert choice("外卖送餐员", OUTDOOR_WORDS, "outdoor_kind", ()) == "delivery"
