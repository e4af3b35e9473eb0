"""Community administration: add (one or many, by any usual spelling), rename, reorder,
retire; administrators only, audited; a retired community stays on old records and is
refused for new ones (forms and imports); an import names the communities it lacks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.members.sheets import importer
from station_app.members.sheets.types import INVALID, VALID
from station_app.members.types import MemberInput, UnitInput
from tests.members.conftest import TODAY, Street, audit_rows, dump, rid, uscc


def _names(street: Street, include_retired: bool = True) -> list[str]:
    return [c.name for c in street.communities.list_communities(include_retired)]


def test_add_many_matches_the_usual_spellings_and_reports_each_name(street: Street) -> None:
    done = street.communities.add_communities(
        street.admin, ["菜户营社区", "太平桥西里", " 菜户营 ", "东管头社区联合工会"]
    )
    assert [(d.name, d.added) for d in done] == [
        ("菜户营社区", True),
        ("太平桥西里社区", False),  # on file under its full name
        ("菜户营社区", False),  # the same as the first
        ("东管头社区联合工会", True),
    ]
    assert _names(street)[-2:] == ["菜户营社区", "东管头社区联合工会"]
    # One spelling of a community on file is "already exists", not a second community.
    with pytest.raises(ConflictError) as taken:
        street.communities.add_community(street.admin, "东管头")
    assert "东管头社区联合工会" in taken.value.message()


def test_every_change_is_for_administrators_only_and_changes_nothing(street: Street) -> None:
    desk = street.desk()
    before = dump(street.db)
    for call in (
        lambda: street.communities.add_communities(desk, ["菜户营社区"]),
        lambda: street.communities.rename_community(desk, street.west, "西里"),
        lambda: street.communities.reorder_communities(desk, [street.east, street.west]),
        lambda: street.communities.set_retired(desk, street.west, True),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert dump(street.db) == before


def test_rename_reorder_retire_are_audited(street: Street) -> None:
    c = street.communities
    assert c.rename_community(street.admin, street.west, "太平桥西里社区") is False  # same
    with pytest.raises(ConflictError):
        c.rename_community(street.admin, street.west, "太平桥东里")  # another's spelling
    with pytest.raises(ValidationError):
        c.rename_community(street.admin, street.west, "   ")
    assert c.rename_community(street.admin, street.west, "西里社区") is True
    record = street.units.get_unit(street.huaxin)
    assert record.community_name == "西里社区"  # records follow the community

    c.reorder_communities(street.admin, [street.east, street.west])
    assert _names(street) == ["太平桥东里社区", "西里社区"]
    with pytest.raises(ConflictError):  # the list changed meanwhile: not a full order
        c.reorder_communities(street.admin, [street.east])

    assert c.set_retired(street.admin, street.east, True) is True
    assert c.set_retired(street.admin, street.east, True) is False
    assert _names(street, include_retired=False) == ["西里社区"]
    assert [r.retired for r in c.list_communities()] == [True, False]

    actions = [a for a, _ in audit_rows(street.db, "community", street.west)]
    assert actions == ["create", "update"]
    [(_, renamed), *_] = audit_rows(street.db, "community", street.west)[1:]
    assert renamed["changes"]["name"] == ["太平桥西里社区", "西里社区"]
    [(_, retired)] = audit_rows(street.db, "community", street.east)[1:]
    assert retired["changes"]["retired"] == [False, True]
    [(action, order)] = audit_rows(street.db, "community", "")
    assert action == "reorder"
    assert order["changes"]["order"][1] == ["太平桥东里社区", "西里社区"]


def test_a_retired_community_stays_on_old_records_but_is_refused_for_new_ones(
    street: Street,
) -> None:
    street.communities.set_retired(street.admin, street.east, True)
    # The unit in it keeps it through an edit of something else ...
    dingtai = street.units.get_unit(street.dingtai)
    assert street.units.update_unit(
        street.admin,
        street.dingtai,
        UnitInput(name=dingtai.name, community_id=street.east, address="太平桥大街8号"),
    )
    # ... but a new unit or member may not choose it.
    with pytest.raises(ValidationError) as refused:
        street.units.add_unit(
            street.admin, UnitInput(name="北京新光商店", community_id=street.east)
        )
    assert refused.value.field == "community_id" and "retired" in refused.value.message()
    person = MemberInput(name="王堃", id_number=rid("11010619900307121"), joined_on=TODAY)
    with pytest.raises(ValidationError):
        street.members.register(street.admin, replace(person, community_id=street.east))
    # Moving the Huaxin unit into it is a new choice too.
    with pytest.raises(ValidationError):
        street.units.update_unit(
            street.admin,
            street.huaxin,
            UnitInput(name="北京华信科技有限公司", uscc=uscc("91110106MA01ABCD2"),
                      community_id=street.east, union_status="own"),
        )  # fmt: skip
    # A member registered in the unit gets the unit's (retired) community: it is the
    # unit's, not a choice.
    done = street.members.register(
        street.admin,
        MemberInput(
            name="李喆", id_number=rid("11010619851120234"), unit_id=street.dingtai, joined_on=TODAY
        ),
    )
    record = street.members.get(street.admin, done.member_id)
    assert record.community_name == "太平桥东里社区"


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "工作单位", "社区"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_import_names_the_missing_communities_and_imports_once_they_are_added(
    street: Street, tmp_path: Path
) -> None:
    street.communities.set_retired(street.admin, street.east, True)
    path = _sheet(
        tmp_path / "m.xlsx",
        [
            ["王堃", rid("11010619900307121"), "北京华信科技有限公司", "菜户营"],
            ["李喆", rid("11010619851120234"), "北京新光商店", "菜户营社区"],
            ["赵赟", rid("11010619880808010"), "", "东管头社区"],
            ["单丽", rid("11010619920202022"), "", "太平桥东里"],  # retired
            ["张伟", rid("11010619700101101"), "", "太平桥西里"],
        ],
    )
    preview = importer.preview(street.db, importer.read_sheet(path))
    # The full spelling is the one offered for adding.
    assert preview.missing_communities == ("菜户营社区", "东管头社区")
    assert [r.status for r in preview.rows] == [INVALID, INVALID, INVALID, INVALID, VALID]
    assert "not on file" in preview.rows[0].reason
    assert "retired" in preview.rows[3].reason
    assert preview.new_units == ()  # a refused row creates no unit

    street.communities.add_communities(street.admin, preview.missing_communities)
    again = importer.preview(street.db, importer.read_sheet(path))
    assert again.missing_communities == ()
    assert [r.status for r in again.rows] == [VALID, VALID, VALID, INVALID, VALID]
    assert again.new_units == ("北京新光商店",)
    result = importer.apply(street.db, street.admin, again)
    assert (result.imported, result.rejected, result.units_created) == (4, 1, 1)
    new = next(u for u in street.units.list_units() if u.name == "北京新光商店")
    assert new.community_name == "菜户营社区" and new.union_status == "none"
