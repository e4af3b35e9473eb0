"""Every refusal and notice is marked for translation, and filled in after translating."""

from __future__ import annotations

import ast
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from station_app.core import i18n
from station_app.core.errors import DeskError, ValidationError
from station_app.members.service.unit_validation import clean_unit
from station_app.members.service.validation import clean_member
from station_app.members.types import Notice, UnitInput
from tests.members import test_intake, test_units
from tests.members.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2] / "station_app"
PLACEHOLDER = re.compile(r"\{([^}]*)\}")


def _marked() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP in members/ and core/ (what lupdate sees)."""
    found: set[tuple[str, str]] = set()
    for path in [*(ROOT / "members").rglob("*.py"), *(ROOT / "core").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, source = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.add((context, source))
    return found


MARKED = _marked()


def _refusals() -> list[DeskError]:
    out: list[DeskError] = []
    for changes, _field, _words in test_intake.REFUSALS:
        with pytest.raises(ValidationError) as refused:
            clean_member(replace(test_intake.BASE, **changes), today=TODAY)
        out.append(refused.value)
    for changes, _field, _words in test_units.UNIT_REFUSALS:
        with pytest.raises(ValidationError) as refused:
            clean_unit(UnitInput(**{"name": "甲", **changes}), today=TODAY)
        out.append(refused.value)
    return out


def test_every_placeholder_is_lower_case_and_every_text_is_marked() -> None:
    members_texts = {text for context, text in MARKED if context in ("Errors", "Notices")}
    assert members_texts
    for text in members_texts:
        for name in PLACEHOLDER.findall(text):
            assert re.fullmatch(r"[a-z_]+", name), text


def test_refusals_are_translated_first_then_filled_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translate", lambda context, text: "【译】" + text)
    refusals = _refusals()
    assert len(refusals) > 30
    for err in refusals:
        assert (err.context, err.text) in MARKED, err.text
        assert err.field, err.text
        message = err.message()
        assert message.startswith("【译】") and "{" not in message, err.text


def test_notices_are_marked_and_filled_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translate", lambda context, text: "【译】" + text)
    clean = clean_member(
        replace(test_intake.BASE, id_number="110105491231002"), today=dt.date(2027, 3, 8)
    )
    [note] = clean.notices
    assert isinstance(note, Notice) and (note.context, note.text) in MARKED
    assert note.message().startswith("【译】") and "11010519491231002X" in note.message()
