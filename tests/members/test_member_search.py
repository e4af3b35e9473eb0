"""Finding people: name, pinyin, initials (every surname reading), numbers; filters,
sorting by any column, batches, counts, masking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from station_app.members.queries import MEMBER_SORT_KEYS, member_select
from station_app.members.types import MEMBER_CATEGORIES, MemberFilter, MemberInput
from tests.members.conftest import Street, rid


@dataclass
class Found:
    street: Street
    ids: dict[str, int]  # name -> member id
    numbers: dict[str, str]  # name -> member number

    def names(self, **kwargs: object) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id[row.id] for row in self.street.members.list_members(MemberFilter(**kwargs))}


SHAN_LI_ID = rid("11010519800214262")
OUYANG_15 = "110101750606124"  # an old card; stored as 18 characters


@pytest.fixture
def found(street: Street) -> Found:
    people = [
        MemberInput(name="单丽", id_number=SHAN_LI_ID, mobile="13812345678",
                    unit_id=street.huaxin, joined_on=dt.date(2027, 1, 5),
                    hardship_level="ordinary"),
        MemberInput(name="曾国藩", id_number=rid("37010219700101003"), mobile="13900001111",
                    unit_id=street.dingtai, joined_on=dt.date(2026, 6, 1),
                    outdoor_kind="courier", migrant_worker=True),
        MemberInput(name="张伟", id_number=rid("11010619900307121"), mobile="13600009999",
                    community_id=street.west, joined_on=dt.date(2025, 3, 3), model_worker=True),
        MemberInput(name="解放", id_number=rid("41010219661001003"), mobile="",
                    joined_on=dt.date(2027, 2, 1), hardship_level="severe",
                    outdoor_kind="sanitation"),
        MemberInput(name="王芳", id_type="passport", id_number="E12300456", gender="F",
                    mobile="18600002222", unit_id=street.huaxin, joined_on=dt.date(2027, 3, 1)),
        MemberInput(name="欧阳娜", id_number=OUYANG_15, mobile="15011110000",
                    unit_id=street.dingtai, joined_on=dt.date(2026, 1, 20)),
        MemberInput(name="王小明", id_number=rid("11010820000229003"), mobile="13011112222",
                    unit_id=street.huaxin, community_id=street.east,
                    joined_on=dt.date(2027, 1, 5)),
    ]  # fmt: skip
    ids, numbers = {}, {}
    for person in people:
        result = street.members.register(street.admin, person)
        ids[person.name], numbers[person.name] = result.member_id, result.member_no
    street.members.withdraw(street.admin, ids["王芳"], "离职")
    street.members.transfer_out(street.admin, ids["欧阳娜"], "西城区总工会")
    return Found(street, ids, numbers)


SEARCHES = [
    ("单", {"单丽"}),
    ("单丽", {"单丽"}),
    ("shanli", {"单丽"}),
    ("danli", {"单丽"}),  # what someone unsure of the surname types
    ("sl", {"单丽"}),
    ("dl", {"单丽"}),
    ("DL", {"单丽"}),
    ("zengguofan", {"曾国藩"}),
    ("cgf", {"曾国藩"}),
    ("zgf", {"曾国藩"}),
    ("jf", {"解放"}),
    ("xief", {"解放"}),
    ("oyn", {"欧阳娜"}),
    ("wang", {"王芳", "王小明"}),
    ("wxm", {"王小明"}),
    ("5678", {"单丽"}),  # mobile tail
    ("138 1234 5678", {"单丽"}),
    ("+86 138-1234-5678", {"单丽"}),
    (SHAN_LI_ID[-4:], {"单丽"}),  # ID tail
    (SHAN_LI_ID[-6:], {"单丽"}),
    (SHAN_LI_ID, {"单丽"}),  # the whole number
    (SHAN_LI_ID.lower(), {"单丽"}),
    (rid(OUYANG_15[:6] + "19" + OUYANG_15[6:]), {"欧阳娜"}),
    (OUYANG_15, {"欧阳娜"}),  # typed the way the old card reads
    ("e12300456", {"王芳"}),
    ("%", set()),  # LIKE wildcards are literal
    ("_", set()),
    ("nobody", set()),
]


def test_search_as_you_type(found: Found) -> None:
    for query, names in SEARCHES:
        assert found.names(query=query) == names, query
        assert found.street.members.count_members(MemberFilter(query=query)) == len(names), query


def test_member_number_search(found: Found) -> None:
    number = found.numbers["单丽"]
    assert number == "TPQ202700001"
    assert found.names(query=number) == {"单丽"}
    assert found.names(query=number.lower()) == {"单丽"}
    assert found.names(query="TPQ2026") == {"曾国藩", "欧阳娜"}


def test_filters(found: Found) -> None:
    s = found.street
    assert found.names(community_id=s.west) == {"单丽", "张伟", "王芳"}
    assert found.names(community_id=s.east) == {"曾国藩", "欧阳娜", "王小明"}
    assert found.names(unit_id=s.huaxin) == {"单丽", "王芳", "王小明"}
    assert found.names(status="active") == {"单丽", "曾国藩", "张伟", "解放", "王小明"}
    assert found.names(status="withdrawn") == {"王芳"}
    assert found.names(status="transferred") == {"欧阳娜"}
    expected = {
        "hardship": {"单丽", "解放"},
        "hardship_ordinary": {"单丽"},
        "hardship_severe": {"解放"},
        "outdoor": {"曾国藩", "解放"},
        "outdoor_courier": {"曾国藩"},
        "outdoor_sanitation": {"解放"},
        "outdoor_taxi": set(),
        "migrant_worker": {"曾国藩"},
        "model_worker": {"张伟"},
        "women": {"单丽", "王芳", "欧阳娜"},
    }
    for category in MEMBER_CATEGORIES:
        if category in expected:
            assert found.names(category=category) == expected[category], category
    assert found.names(query="wang", unit_id=s.huaxin, status="active") == {"王小明"}
    with pytest.raises(ValueError):
        found.names(category="astronaut")


def _order(found: Found, key: str, descending: bool = False) -> list[str]:
    by_id = {v: k for k, v in found.ids.items()}
    rows = found.street.members.list_members(order_by=key, descending=descending)
    return [by_id[row.id] for row in rows]


def test_sorting_by_any_column(found: Found) -> None:
    # Names sort by pinyin (ouyang, shan, wang, wang, xie, zeng, zhang), as Excel does.
    assert _order(found, "name") == ["欧阳娜", "单丽", "王芳", "王小明", "解放", "曾国藩", "张伟"]
    assert _order(found, "name", descending=True)[0] == "张伟"
    assert _order(found, "joined_on", descending=True)[:2] == ["王芳", "解放"]
    # Same join date: ties are broken by id, in the direction asked for.
    assert _order(found, "joined_on").index("单丽") < _order(found, "joined_on").index("王小明")
    desc = _order(found, "joined_on", descending=True)
    assert desc.index("王小明") < desc.index("单丽")
    # Members without a unit come last either way, on SQLite and PostgreSQL alike.
    assert _order(found, "unit_name")[-2:] == ["张伟", "解放"]
    assert _order(found, "unit_name", descending=True)[-2:] == ["解放", "张伟"]
    # beijingdingtai before beijinghuaxin, then ids
    assert _order(found, "unit_name")[:5] == ["曾国藩", "欧阳娜", "单丽", "王芳", "王小明"]
    assert _order(found, "community_name")[:3] == ["单丽", "张伟", "王芳"]  # community order
    assert _order(found, "community_name")[-1] == "解放"
    assert _order(found, "member_no")[0] == "张伟"  # TPQ2025...
    for key in MEMBER_SORT_KEYS:
        for descending in (False, True):
            assert sorted(_order(found, key, descending)) == sorted(found.ids), key
    with pytest.raises(ValueError):
        _order(found, "shoe_size")


def test_batches_cover_the_list_once(found: Found) -> None:
    members = found.street.members
    whole = [r.id for r in members.list_members(order_by="name", limit=None)]
    batches = [
        [r.id for r in members.list_members(order_by="name", offset=k, limit=3)]
        for k in range(0, 9, 3)
    ]
    assert [len(b) for b in batches] == [3, 3, 1]
    assert [i for batch in batches for i in batch] == whole and len(set(whole)) == 7
    assert members.count_members() == 7


def test_rows_carry_the_list_columns_and_mask_for_the_desk(found: Found) -> None:
    [row] = found.street.members.list_members(MemberFilter(query="单丽"))
    assert (row.member_no, row.gender, row.unit_name, row.community_name, row.status) == (
        "TPQ202700001",
        "F",
        "北京华信科技有限公司",
        "太平桥西里社区",
        "active",
    )
    assert (row.id_number, row.mobile, row.hardship_level) == (
        SHAN_LI_ID,
        "13812345678",
        "ordinary",
    )
    [masked] = found.street.members.list_members(MemberFilter(query="单丽"), masked=True)
    assert (masked.id_number, masked.mobile) == ("110105********" + SHAN_LI_ID[-4:], "138****5678")
    [no_mobile] = found.street.members.list_members(MemberFilter(query="解放"), masked=True)
    assert no_mobile.mobile == ""


def test_the_select_uses_one_like_over_the_search_column() -> None:
    sql = str(member_select(MemberFilter(query="单")).compile())
    assert sql.count(" LIKE ") == 1 and "search_text" in sql and "ESCAPE" in sql
