"""Member intake: every rule names its field, duplicates, numbering, nothing half-saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from station_app.core.errors import ValidationError
from station_app.members.errors import DuplicateMember
from station_app.members.service.validation import clean_member, member_problems
from station_app.members.types import MemberInput
from tests.members.conftest import NOW, TODAY, Street, audit_rows, dump, rid

MAN = rid("11010619900307121")  # 110106199003071219, born 1990-03-07, male
WOMAN = rid("11010619851120234")  # born 1985-11-20, female
BASE = MemberInput(name="张伟", id_number=MAN, mobile="13812345678")

# --- the rules, one by one (pure, no database) -----------------------------------------------

REFUSALS = [
    # (changes to BASE, field, words in the English message)
    ({"name": "  "}, "name", "member's name"),
    ({"name": "张" * 61}, "name", "at most 60"),
    ({"name": "张伟110106"}, "name", "no digits"),
    ({"id_type": "driving_licence"}, "id_type", "Unknown choice"),
    ({"id_number": ""}, "id_number", "enter the ID number"),
    ({"id_number": MAN[:-1]}, "id_number", "18 characters"),
    ({"id_number": MAN[:-1] + ("0" if MAN[-1] != "0" else "1")}, "id_number", "check character"),
    ({"id_number": rid("11010620270309121")}, "id_number", "future"),
    ({"id_number": rid("11010619900230121")}, "id_number", "does not exist"),
    ({"id_number": rid("00010619900307121")}, "id_number", "region code"),
    ({"gender": "F"}, "gender", "does not match"),
    ({"gender": "X"}, "gender", "Unknown choice"),
    ({"birth_date": dt.date(1990, 3, 8)}, "birth_date", "1990-03-07"),
    ({"id_type": "passport", "id_number": "E123"}, "id_number", "5 to 40"),
    ({"id_type": "passport", "id_number": "E" * 41}, "id_number", "5 to 40"),
    ({"id_type": "passport", "id_number": "E1234567"}, "gender", "choose the gender"),
    (
        {
            "id_type": "other",
            "id_number": "A12345",
            "gender": "M",
            "birth_date": dt.date(2028, 1, 1),
        },
        "birth_date",
        "future",
    ),
    ({"mobile": "1381234567"}, "mobile", "11 digits"),
    ({"mobile": "12812345678"}, "mobile", "13 to 19"),
    ({"mobile": "138-abcd-5678"}, "mobile", "digits only"),
    ({"landline": "12"}, "landline", "7 to 20"),
    ({"joined_on": TODAY + dt.timedelta(days=1)}, "joined_on", "future"),
    ({"joined_on": dt.date(1990, 3, 6)}, "joined_on", "before the birth date"),
    ({"hardship_level": "extreme"}, "hardship_level", "Unknown choice"),
    ({"outdoor_kind": "pilot"}, "outdoor_kind", "Unknown choice"),
    ({"notes": "备" * 2001}, "notes", "at most 2000"),
]


@pytest.mark.parametrize(("changes", "field", "words"), REFUSALS)
def test_each_rule_names_its_field_and_says_why(changes: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_member(replace(BASE, **changes), today=TODAY)
    assert refused.value.field == field
    assert words in refused.value.message()


def test_every_problem_of_a_row_is_listed_in_form_order() -> None:
    bad = replace(BASE, name="", mobile="123", joined_on=TODAY + dt.timedelta(days=3))
    member, problems = member_problems(bad, today=TODAY)
    assert member is None
    assert [p.field for p in problems] == ["name", "mobile", "joined_on"]


def test_values_are_derived_and_normalised() -> None:
    clean = clean_member(
        replace(
            BASE,
            name=" 阿卜杜•热合曼 ",
            id_number=f" {WOMAN[:6]} {WOMAN[6:]} ",
            mobile="+86 139-1234-5678",
            landline="(010) 6512 3456",
            hardship_level="",
            outdoor_kind="courier",
        ),
        today=TODAY,
    )
    assert clean.name == "阿卜杜·热合曼"
    assert (clean.id_number, clean.gender, clean.birth_date) == (WOMAN, "F", dt.date(1985, 11, 20))
    assert clean.mobile == "13912345678" and clean.landline == "010-65123456"
    assert clean.joined_on == TODAY and clean.hardship_level is None
    assert clean.outdoor_kind == "courier" and clean.notices == ()


def test_lower_case_x_is_stored_upper_case() -> None:
    with_x = rid("11010519491231002")
    assert with_x.endswith("X")
    assert clean_member(replace(BASE, id_number=with_x.lower()), today=TODAY).id_number == with_x


def test_fifteen_digit_number_is_converted_with_a_note() -> None:
    clean = clean_member(replace(BASE, id_number="110105491231002"), today=TODAY)
    assert clean.id_number == rid("11010519491231002")
    [note] = clean.notices
    assert note.code == "converted_from_15" and note.field == "id_number"
    assert clean.id_number in note.message()


@pytest.mark.parametrize(
    "number", [rid("81000019900101002"), rid("91011019900101001"), rid("11010119700101001")]
)
def test_hk_macao_taiwan_and_foreigner_numbers_are_resident_ids(number: str) -> None:
    assert clean_member(replace(BASE, id_number=number, gender=None), today=TODAY).id_number == (
        number
    )


def test_other_papers_are_stripped_and_upper_cased() -> None:
    clean = clean_member(
        replace(BASE, id_type="hmt_permit", id_number=" h 0123 4567 ", gender="F"), today=TODAY
    )
    assert (clean.id_type, clean.id_number, clean.gender) == ("hmt_permit", "H01234567", "F")
    assert clean.birth_date is None


# --- register ------------------------------------------------------------------------------


def test_register_numbers_derives_and_audits(street: Street) -> None:
    result = street.members.register(street.admin, replace(BASE, unit_id=street.huaxin))
    assert result.member_no == "TPQ202700001" and result.notices == ()
    record = street.members.get(street.admin, result.member_id, reveal=True)
    assert (record.gender, record.birth_date) == ("M", dt.date(1990, 3, 7))
    assert record.community_id == street.west  # the unit's community
    assert record.joined_on == TODAY and record.status == "active"
    assert record.created_at == NOW
    [(action, summary), (reveal, _)] = audit_rows(street.db, "member", result.member_id)
    assert (action, reveal) == ("create", "reveal")  # seeing full values is recorded too
    assert summary["changes"]["unit"] == [None, "北京华信科技有限公司"]
    assert summary["changes"]["member_no"] == [None, "TPQ202700001"]


def test_an_explicit_community_wins_over_the_units(street: Street) -> None:
    inp = replace(BASE, unit_id=street.huaxin, community_id=street.east)
    result = street.members.register(street.admin, inp)
    assert street.members.get(street.admin, result.member_id).community_id == street.east


def test_member_numbers_count_per_join_year_without_gaps(street: Street) -> None:
    register = street.members.register
    first = register(street.admin, BASE)
    with pytest.raises(DuplicateMember):
        register(street.admin, replace(BASE, name="李四"))
    with pytest.raises(ValidationError):
        register(street.admin, replace(BASE, id_number=WOMAN, mobile="1"))
    second = register(street.admin, replace(BASE, id_number=WOMAN))
    last_year = register(
        street.admin,
        replace(BASE, id_number=rid("11010119700101001"), joined_on=dt.date(2026, 12, 31)),
    )
    assert [first.member_no, second.member_no, last_year.member_no] == [
        "TPQ202700001",
        "TPQ202700002",
        "TPQ202600001",
    ]


def test_a_number_already_taken_is_skipped(street: Street) -> None:
    with street.db.transaction() as s:  # e.g. brought in by an import with its own numbers
        s.execute(
            text(
                "INSERT INTO member (member_no, name, name_pinyin, id_type, id_number, gender,"
                " mobile, landline, joined_on, status, status_note, migrant_worker,"
                " model_worker, notes, search_text, created_at, updated_at) VALUES"
                " ('TPQ202700001', '王五', 'wangwu', 'resident_id', :n, 'F', '', '',"
                " '2027-01-05', 'active', '', false, false, '', '', :t, :t)"
            ),
            {"n": WOMAN, "t": NOW},
        )
    assert street.members.register(street.admin, BASE).member_no == "TPQ202700002"


def test_duplicate_id_number_names_the_holder(street: Street) -> None:
    holder = street.members.register(street.admin, BASE)
    before = dump(street.db)
    # Same person typed again: lower case, spaces, or as the old 15-digit number.
    for typed in (MAN, f" {MAN[:6]} {MAN[6:]} "):
        with pytest.raises(DuplicateMember) as refused:
            street.members.register(street.admin, replace(BASE, name="张伟伟", id_number=typed))
        err = refused.value
        assert err.field == "id_number"
        assert err.existing_member_id == holder.member_id
        assert err.params["existing_member_id"] == holder.member_id
        assert "张伟" in err.message() and "TPQ202700001" in err.message()
    assert dump(street.db) == before


def test_duplicate_of_a_former_member_suggests_reinstating(street: Street) -> None:
    holder = street.members.register(street.admin, BASE)
    street.members.withdraw(street.admin, holder.member_id, "退休")
    with pytest.raises(DuplicateMember) as refused:
        street.members.register(street.admin, BASE)
    assert "reinstate" in refused.value.message()


def test_old_15_digit_number_finds_its_18_digit_holder(street: Street) -> None:
    holder = street.members.register(
        street.admin, replace(BASE, id_number=rid("11010519491231002"))
    )
    with pytest.raises(DuplicateMember) as refused:
        street.members.register(street.admin, replace(BASE, id_number="110105491231002"))
    assert refused.value.existing_member_id == holder.member_id


def test_the_same_number_under_another_id_type_is_someone_else(street: Street) -> None:
    street.members.register(
        street.admin, replace(BASE, id_type="passport", id_number="E1234567", gender="M")
    )
    street.members.register(
        street.admin, replace(BASE, id_type="other", id_number="E1234567", gender="M")
    )
    with pytest.raises(DuplicateMember):
        street.members.register(
            street.admin, replace(BASE, id_type="passport", id_number="e 1234567", gender="M")
        )


def test_same_name_and_mobile_is_a_warning_not_a_refusal(street: Street) -> None:
    first = street.members.register(street.admin, BASE)
    inp = replace(BASE, id_number=rid("11010119700101001"), mobile="138 1234 5678")
    assert [n.code for n in street.members.check(inp)] == ["same_name_and_mobile"]
    second = street.members.register(street.admin, inp)
    [warning] = second.notices
    assert warning.field == "mobile" and warning.params["member_id"] == first.member_id
    assert "TPQ202700001" in warning.message()
    # A different mobile, or no mobile at all, warns of nothing.
    third = street.members.register(
        street.admin, replace(BASE, id_number=WOMAN, mobile="", name="张伟")
    )
    assert third.notices == ()


def test_check_validates_without_saving(street: Street) -> None:
    before = dump(street.db)
    notices = street.members.check(replace(BASE, id_number="110105491231002"))
    assert [n.code for n in notices] == ["converted_from_15"]
    with pytest.raises(ValidationError):
        street.members.check(replace(BASE, unit_id=999))
    assert dump(street.db) == before


def test_register_returns_the_conversion_note(street: Street) -> None:
    result = street.members.register(street.admin, replace(BASE, id_number="110105491231002"))
    assert result.id_number == rid("11010519491231002")
    assert [n.code for n in result.notices] == ["converted_from_15"]


def test_refused_registrations_leave_the_database_unchanged(street: Street) -> None:
    woman = replace(BASE, name="李娜", id_number=WOMAN)
    street.members.register(street.admin, woman)
    before = dump(street.db)
    for changes, field, _words in REFUSALS:
        with pytest.raises(ValidationError) as refused:
            street.members.register(street.admin, replace(BASE, **changes))
        assert refused.value.field == field
    for changes, field in (({"unit_id": 999}, "unit_id"), ({"community_id": 999}, "community_id")):
        with pytest.raises(ValidationError) as refused:
            street.members.register(street.admin, replace(BASE, **changes))
        assert refused.value.field == field
    with pytest.raises(DuplicateMember):
        street.members.register(street.admin, woman)
    assert dump(street.db) == before


def test_a_duplicate_saved_by_another_desk_meanwhile_is_still_named(
    street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before writing misses a row another desk is committing: the database's
    unique constraint refuses, and the desk still learns whose number it is."""
    from station_app.members.service import store

    holder = street.members.register(street.admin, BASE)
    before = dump(street.db)
    real = store._id_holder
    calls: list[int] = []

    def blind_first(*args: object) -> object:
        calls.append(1)
        return None if len(calls) == 1 else real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_id_holder", blind_first)
    with pytest.raises(DuplicateMember) as refused:
        street.members.register(street.admin, replace(BASE, name="张伟伟"))
    assert refused.value.existing_member_id == holder.member_id and len(calls) == 2
    assert dump(street.db) == before
