"""A row whose cell holds a hidden character (a control character, a bidi override)
is rejected with its reason, naming the column; the other rows import. Before, such a
name or note was stored as it was (SQLite) or broke the whole import (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from station_app.members.sheets import importer
from station_app.members.sheets.types import INVALID, UNITS, VALID
from tests.members.conftest import Street
from tests.members.data.sheets import (
    MEMBER_HEADERS,
    UNIT_HEADERS,
    Row,
    rid,
    write_csv,
    write_xlsx,
)


def _member(name: str, first17: str, unit: str = "", notes: str = "") -> Row:
    joined = dt.date(2020, 5, 1)
    return Row("", (1, name, "", rid(first17), "", unit, "", joined, "", "", "", "", notes))


def _unit(name: str, address: str = "") -> Row:
    return Row("", (name, "", "", address, "", "", "", "未建会", "", "", ""))


def _statuses(preview) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(row.status, row.reason) for row in preview.rows]


def test_member_rows_with_hidden_characters_are_rejected_one_by_one(
    street: Street, tmp_path: Path
) -> None:
    rows = [
        _member("张伟", "11010619800101001"),
        _member("王\x07芳", "11010619850202002"),
        _member("李强", "11010619750404005", notes="备注\x1b"),
        _member("赵\u202e敏", "11010619920505006"),
        _member("刘洋", "11010619930606007", unit="新单位\u2066"),
        _member("陈静", "11010619950505006"),
    ]
    # An .xlsx cannot hold C0 controls: the workbook carries the bidi rows only.
    path = write_csv(tmp_path / "花名册.csv", MEMBER_HEADERS, rows, "utf-8")
    preview = importer.preview(street.db, importer.read_sheet(path))
    result = importer.apply(street.db, street.admin, preview)
    assert _statuses(preview) == [
        (VALID, ""),
        (INVALID, f"姓名: {_hidden('U+0007')}"),
        (INVALID, f"备注: {_hidden('U+001B')}"),
        (INVALID, f"姓名: {_hidden('U+202E')}"),
        (INVALID, f"工作单位: {_hidden('U+2066')}"),
        (VALID, ""),
    ]
    assert (result.imported, result.rejected, result.units_created) == (2, 4, 0)

    rows = [rows[3], rows[4], _member("孙丽", "11010619880808008")]
    path = write_xlsx(tmp_path / "花名册.xlsx", MEMBER_HEADERS, rows)
    preview = importer.preview(street.db, importer.read_sheet(path))
    result = importer.apply(street.db, street.admin, preview)
    assert [status for status, _reason in _statuses(preview)] == [INVALID, INVALID, VALID]
    assert (result.imported, result.units_created) == (1, 0)

    names = {row.name for row in street.members.list_members(limit=None)}
    assert {"张伟", "陈静", "孙丽"} <= names
    assert not names & {"王\x07芳", "李强", "赵\u202e敏", "刘洋"}


def test_unit_rows_with_hidden_characters_are_rejected_one_by_one(
    street: Street, tmp_path: Path
) -> None:
    rows = [_unit("北京丰泽园饭店"), _unit("北京\u202e书店"), _unit("北京西单商场", "西单\x1b")]
    path = write_csv(tmp_path / "单位.csv", UNIT_HEADERS, rows, "utf-8")
    preview = importer.preview(street.db, importer.read_sheet(path), None, UNITS)
    result = importer.apply(street.db, street.admin, preview)
    assert _statuses(preview) == [
        (VALID, ""),
        (INVALID, f"单位名称: {_hidden('U+202E')}"),
        (INVALID, f"地址: {_hidden('U+001B')}"),
    ]
    assert result.imported == 1
    names = {u.name for u in street.units.list_units()}
    assert "北京丰泽园饭店" in names and not any("书店" in n or "西单" in n for n in names)


def _hidden(code: str) -> str:
    return (
        f"This text contains a hidden character ({code}) that cannot be saved; "
        "please type the text again without it."
    )
