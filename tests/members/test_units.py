"""Communities and units: validation, duplicates, search, the 已建会 figure, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.members.errors import DuplicateUnit
from station_app.members.service.unit_validation import clean_unit
from station_app.members.types import UNION_FOUNDED, UnitFilter, UnitInput
from tests.members.conftest import TODAY, Street, audit_rows, dump, uscc

# --- communities ---------------------------------------------------------------------------


def test_communities_keep_their_order_and_only_admins_add(street: Street) -> None:
    assert [c.name for c in street.communities.list_communities()] == [
        "太平桥西里社区",
        "太平桥东里社区",
    ]
    with pytest.raises(PermissionDenied):
        street.communities.add_community(street.desk(), "菜户营社区")
    before = dump(street.db)
    with pytest.raises(ConflictError) as refused:
        street.communities.add_community(street.admin, " 太平桥西里社区 ")
    assert refused.value.field == "name" and "太平桥西里社区" in str(refused.value)
    with pytest.raises(ValidationError) as empty:
        street.communities.add_community(street.admin, "  ")
    assert empty.value.field == "name"
    assert dump(street.db) == before
    new_id = street.communities.add_community(street.admin, "菜户营社区")
    rows = street.communities.list_communities()
    assert (rows[-1].id, rows[-1].name, rows[-1].sort_order) == (new_id, "菜户营社区", 3)
    [(action, summary)] = audit_rows(street.db, "community", new_id)
    assert action == "create" and summary["changes"]["name"] == [None, "菜户营社区"]


# --- validation (pure) -----------------------------------------------------------------------

FOUNDED = dt.date(2020, 1, 1)


UNIT_REFUSALS = [
    ({"name": "  "}, "name", "unit's name"),
    ({"name": "北" * 121}, "name", "at most 120"),
    ({"uscc": "91110106MA01ABCD2X"}, "uscc", "check character"),
    ({"uscc": "9111010"}, "uscc", "18 characters"),
    ({"uscc": "91110106MA01ABCDIO"}, "uscc", "not allowed"),
    ({"contact_phone": "12345"}, "contact_phone", "mobile number"),
    ({"employee_count": -1}, "employee_count", "negative"),
    ({"employee_count": 10**7}, "employee_count", "at most"),
    ({"union_status": "maybe"}, "union_status", "Unknown choice"),
    ({"union_status": "own", "union_founded_on": None}, "union_founded_on", "founded"),
    ({"union_status": "joint", "union_founded_on": None}, "union_founded_on", "founded"),
    (
        {"union_status": "own", "union_founded_on": TODAY + dt.timedelta(days=1)},
        "union_founded_on",
        "future",
    ),
    ({"union_founded_on": FOUNDED}, "union_founded_on", "without a union"),
    ({"union_name": "某工会"}, "union_name", "without a union"),
    ({"union_chair": "王"}, "union_chair", "without a union"),
    ({"address": "路" * 201}, "address", "at most 200"),
    ({"contact_name": "张" * 41}, "contact_name", "at most 40"),
]


@pytest.mark.parametrize(("changes", "field", "words"), UNIT_REFUSALS)
def test_unit_rules_name_their_field(changes: dict, field: str, words: str) -> None:
    inp = UnitInput(**{"name": "北京华信科技有限公司", **changes})
    with pytest.raises(ValidationError) as refused:
        clean_unit(inp, today=TODAY)
    assert refused.value.field == field
    assert words in refused.value.message()


def test_unit_values_are_normalised() -> None:
    code = uscc("Y1110105MA01ABCD2")  # credit codes may begin with a letter
    clean = clean_unit(
        UnitInput(
            name="  北京华信  科技(丰台)分公司 ",
            uscc=code.lower(),
            contact_phone="(010) 6512 3456 转 808",
            union_status="joint",
            union_founded_on=FOUNDED,
            employee_count=0,
        ),
        today=TODAY,
    )
    assert clean.name == "北京华信 科技（丰台）分公司"
    assert clean.uscc == code
    assert clean.contact_phone == "010-65123456-808"
    assert clean.employee_count == 0
    assert clean_unit(UnitInput(name="甲", contact_phone="+86 139 1234 5678")).contact_phone == (
        "13912345678"
    )


# --- add / edit ----------------------------------------------------------------------------


def test_add_unit_stores_search_keys_and_audits(street: Street) -> None:
    record = street.units.get_unit(street.huaxin)
    assert record.community_name == "太平桥西里社区" and record.union_status == "own"
    assert record.as_input().union_founded_on == dt.date(2019, 5, 1)
    [(action, summary)] = audit_rows(street.db, "unit", street.huaxin)
    assert action == "create"
    assert summary["changes"]["community"] == [None, "太平桥西里社区"]


def test_duplicate_credit_code_names_the_unit_on_file(street: Street) -> None:
    before = dump(street.db)
    code = street.units.get_unit(street.huaxin).uscc
    with pytest.raises(DuplicateUnit) as refused:
        street.units.add_unit(street.admin, UnitInput(name="华信新公司", uscc=code.lower()))
    assert refused.value.field == "uscc"
    assert refused.value.existing_unit_id == street.huaxin
    assert refused.value.params["existing_unit_id"] == street.huaxin
    assert "北京华信科技有限公司" in refused.value.message()
    assert dump(street.db) == before


@pytest.mark.parametrize("name", ["北京华信科技有限公司", " 北京华信科技有限公司 "])
def test_same_name_is_refused(street: Street, name: str) -> None:
    before = dump(street.db)
    with pytest.raises(DuplicateUnit) as refused:
        street.units.add_unit(street.admin, UnitInput(name=name))
    assert refused.value.field == "name" and "北京华信科技有限公司" in str(refused.value)
    assert dump(street.db) == before


def test_brackets_and_latin_case_do_not_make_a_new_name(street: Street) -> None:
    first = street.units.add_unit(street.admin, UnitInput(name="ABC咨询(北京)有限公司"))
    with pytest.raises(DuplicateUnit) as refused:
        street.units.add_unit(street.admin, UnitInput(name="abc咨询（北京）有限公司"))
    assert refused.value.existing_unit_id == first


def test_edit_unit_checks_duplicates_and_audits_changes(street: Street) -> None:
    units = street.units
    with pytest.raises(DuplicateUnit):
        units.update_unit(street.admin, street.dingtai, UnitInput(name="北京华信科技有限公司"))
    inp = units.get_unit(street.dingtai).as_input()
    assert units.update_unit(street.admin, street.dingtai, inp) is False  # nothing changed
    founded = UnitInput(
        **{**inp.__dict__, "union_status": "joint", "union_founded_on": dt.date(2026, 6, 1)}
    )
    assert units.update_unit(street.admin, street.dingtai, founded) is True
    entries = audit_rows(street.db, "unit", street.dingtai)
    assert [action for action, _ in entries] == ["create", "update"]
    assert entries[1][1]["changes"] == {
        "union_founded_on": [None, "2026-06-01"],
        "union_status": ["none", "joint"],
    }
    # Keeping its own credit code is not a duplicate of itself.
    huaxin = units.get_unit(street.huaxin).as_input()
    assert units.update_unit(street.admin, street.huaxin, huaxin) is False


def test_unknown_community_is_refused(street: Street) -> None:
    before = dump(street.db)
    with pytest.raises(ValidationError) as refused:
        street.units.add_unit(street.admin, UnitInput(name="新单位", community_id=999))
    assert refused.value.field == "community_id"
    assert dump(street.db) == before


# --- list, search, counts --------------------------------------------------------------------


@pytest.fixture
def more_units(street: Street) -> Street:
    add = street.units.add_unit
    add(street.admin, UnitInput(name="单县餐饮管理有限公司", community_id=street.west))
    add(
        street.admin,
        UnitInput(
            name="北京安泰物流有限公司",
            uscc=uscc("N2110108000000001"),
            community_id=street.east,
            union_status="joint",
            union_founded_on=dt.date(2024, 3, 1),
        ),
    )
    return street


UNIT_SEARCHES = [
    ("华信", {"北京华信科技有限公司"}),
    ("beijinghuaxin", {"北京华信科技有限公司"}),
    ("bjhx", {"北京华信科技有限公司"}),
    ("BJAT", {"北京安泰物流有限公司"}),
    ("n2110108", {"北京安泰物流有限公司"}),
    ("91110106MA01", {"北京华信科技有限公司"}),
    ("dx", {"单县餐饮管理有限公司"}),
    ("sx", {"单县餐饮管理有限公司"}),
    ("有限公司", {"北京华信科技有限公司", "北京鼎泰物业管理有限公司", "单县餐饮管理有限公司",
              "北京安泰物流有限公司"}),
    ("nothing", set()),
]  # fmt: skip


def test_unit_search_by_name_pinyin_initials_and_credit_code(more_units: Street) -> None:
    for query, names in UNIT_SEARCHES:
        rows = more_units.units.list_units(UnitFilter(query=query))
        assert {r.name for r in rows} == names, query
        assert more_units.units.count_units(UnitFilter(query=query)) == len(names), query


def test_unit_filters_order_and_counts(more_units: Street) -> None:
    units = more_units.units
    west = units.list_units(UnitFilter(community_id=more_units.west))
    assert {r.name for r in west} == {"北京华信科技有限公司", "单县餐饮管理有限公司"}
    founded = units.list_units(UnitFilter(union_status=UNION_FOUNDED))
    assert {r.union_status for r in founded} == {"own", "joint"} and len(founded) == 2
    assert [r.name for r in units.list_units(UnitFilter(union_status="none"))] == [
        "北京鼎泰物业管理有限公司",
        "单县餐饮管理有限公司",
    ]  # pinyin order: beijing... before shanxian...
    by_name = [r.name for r in units.list_units(order_by="name", descending=True)]
    assert by_name[0] == "单县餐饮管理有限公司"
    by_date = units.list_units(order_by="union_founded_on")
    assert [r.union_founded_on for r in by_date][:2] == [dt.date(2019, 5, 1), dt.date(2024, 3, 1)]
    assert by_date[-1].union_founded_on is None  # empties last, on both databases
    assert len(units.list_units(limit=3)) == 3 and len(units.list_units(offset=3)) == 1
    counts = units.union_counts()
    assert (counts.founded, counts.total) == (2, 4)
    west_counts = units.union_counts(more_units.west)
    assert (west_counts.founded, west_counts.total) == (1, 2)


def test_refused_unit_saves_leave_the_database_unchanged(street: Street) -> None:
    before = dump(street.db)
    for changes, field, _words in UNIT_REFUSALS:
        with pytest.raises(ValidationError) as refused:
            street.units.add_unit(street.admin, UnitInput(**{"name": "新单位", **changes}))
        assert refused.value.field == field
        with pytest.raises(ValidationError):
            street.units.update_unit(
                street.admin, street.dingtai, UnitInput(**{"name": "新单位", **changes})
            )
    with pytest.raises(ConflictError):
        street.units.update_unit(street.admin, 999, UnitInput(name="新单位"))
    with pytest.raises(ConflictError):
        street.units.get_unit(999)
    assert dump(street.db) == before


def test_a_unit_saved_by_another_desk_meanwhile_is_still_named(
    street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    from station_app.members.service import units

    before = dump(street.db)
    real = units._duplicate
    calls: list[int] = []

    def blind_first(*args: object) -> object:
        calls.append(1)
        return None if len(calls) == 1 else real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(units, "_duplicate", blind_first)
    with pytest.raises(DuplicateUnit) as refused:
        street.units.add_unit(street.admin, UnitInput(name="北京华信科技有限公司"))
    assert refused.value.existing_unit_id == street.huaxin and len(calls) == 2
    assert dump(street.db) == before
