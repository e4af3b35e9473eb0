"""Editing a member, masking and revealing, transfer out / withdraw / reinstate, history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.members.errors import DuplicateMember
from station_app.members.types import MemberFilter, MemberInput
from tests.members.conftest import TODAY, Street, audit_rows, dump, rid

MAN = rid("11010619900307121")
WOMAN = rid("11010619851120234")
BASE = MemberInput(name="张伟", id_number=MAN, mobile="13812345678")


@pytest.fixture
def member_id(street: Street) -> int:
    inp = replace(BASE, unit_id=street.huaxin, joined_on=dt.date(2027, 1, 10))
    return street.members.register(street.admin, inp).member_id


# --- edit ----------------------------------------------------------------------------------


def test_edit_audits_before_and_after(street: Street, member_id: int) -> None:
    members = street.members
    inp = members.get(street.admin, member_id, reveal=True).as_input()
    changed = replace(
        inp, name="张伟强", unit_id=street.dingtai, community_id=None, migrant_worker=True
    )
    result = members.update(street.admin, member_id, changed)
    assert result.changed and result.notices == ()
    record = members.get(street.admin, member_id)
    assert (record.name, record.unit_name, record.community_id) == (
        "张伟强",
        "北京鼎泰物业管理有限公司",
        street.east,  # follows the new unit when none is chosen
    )
    assert record.member_no == "TPQ202700001"  # the number never changes
    action, summary = audit_rows(street.db, "member", member_id)[-1]
    assert action == "update"
    assert summary["changes"] == {
        "name": ["张伟", "张伟强"],
        "unit": ["北京华信科技有限公司", "北京鼎泰物业管理有限公司"],
        "community": ["太平桥西里社区", "太平桥东里社区"],
        "migrant_worker": [False, True],
    }
    assert street.members.list_members(MemberFilter(query="zwq"))[0].id == member_id


def test_saving_an_unchanged_form_writes_nothing(street: Street, member_id: int) -> None:
    before = dump(street.db)
    inp = street.members.get(street.admin, member_id).as_input()  # masked: keep ID and mobile
    assert inp.id_number is None and inp.mobile is None
    assert street.members.update(street.admin, member_id, inp).changed is False
    assert dump(street.db) == before


def test_edit_applies_the_intake_rules(street: Street, member_id: int) -> None:
    other = street.members.register(street.admin, replace(BASE, name="李娜", id_number=WOMAN))
    before = dump(street.db)
    with pytest.raises(DuplicateMember) as refused:
        street.members.update(street.admin, member_id, replace(BASE, id_number=WOMAN))
    assert refused.value.existing_member_id == other.member_id
    with pytest.raises(ValidationError) as refused:
        street.members.update(street.admin, member_id, replace(BASE, id_number=None, gender="F"))
    assert refused.value.field == "gender"  # checked against the stored number
    with pytest.raises(ValidationError) as refused:
        street.members.update(street.admin, member_id, replace(BASE, mobile="123"))
    assert refused.value.field == "mobile"
    with pytest.raises(ConflictError):
        street.members.update(street.admin, 999, BASE)
    assert dump(street.db) == before


def test_edit_warns_about_a_new_name_and_mobile_clash(street: Street, member_id: int) -> None:
    other = street.members.register(
        street.admin, replace(BASE, name="李娜", id_number=WOMAN, mobile="13912345678")
    )
    result = street.members.update(
        street.admin, other.member_id, replace(BASE, name="张伟", id_number=None)
    )
    assert [n.code for n in result.notices] == ["same_name_and_mobile"]
    assert result.notices[0].params["member_id"] == member_id


# --- masking -------------------------------------------------------------------------------


def test_desk_sees_masked_values_and_may_not_reveal(street: Street, member_id: int) -> None:
    desk = street.desk()
    record = street.members.get(desk, member_id)
    assert record.masked
    assert (record.id_number, record.mobile) == ("110106********1219", "138****5678")
    with pytest.raises(PermissionDenied):
        street.members.get(desk, member_id, reveal=True)
    full = street.members.get(street.admin, member_id, reveal=True)
    assert (full.id_number, full.mobile, full.masked) == (MAN, "13812345678", False)
    assert [a for a, _ in audit_rows(street.db, "member", member_id)] == ["create", "reveal"]


def test_desk_can_edit_without_ever_seeing_the_full_number(street: Street, member_id: int) -> None:
    desk = street.desk()
    inp = replace(street.members.get(desk, member_id).as_input(), landline="010-63330000")
    assert street.members.update(desk, member_id, inp).changed
    full = street.members.get(street.admin, member_id, reveal=True)
    assert (full.id_number, full.mobile, full.landline) == (MAN, "13812345678", "010-63330000")


# --- lifecycle -----------------------------------------------------------------------------


def test_transfer_out_and_reinstate(street: Street, member_id: int) -> None:
    members = street.members
    members.transfer_out(street.admin, member_id, " 西城区总工会 ", dt.date(2027, 3, 1))
    record = members.get(street.admin, member_id)
    assert (record.status, record.status_changed_on, record.status_note) == (
        "transferred",
        dt.date(2027, 3, 1),
        "西城区总工会",
    )
    before = dump(street.db)
    with pytest.raises(ConflictError) as refused:
        members.withdraw(street.admin, member_id, "退休")
    assert "2027-03-01" in refused.value.message()
    with pytest.raises(ValidationError) as refused:
        members.reinstate(street.admin, member_id, dt.date(2027, 2, 28))
    assert refused.value.field == "date"  # not before the transfer it undoes
    assert dump(street.db) == before
    members.reinstate(street.admin, member_id)
    record = members.get(street.admin, member_id)
    assert (record.status, record.status_changed_on, record.status_note) == ("active", TODAY, "")
    with pytest.raises(ConflictError):
        members.reinstate(street.admin, member_id)


def test_withdraw_needs_a_reason_and_a_sensible_date(street: Street, member_id: int) -> None:
    members = street.members
    before = dump(street.db)
    for reason, on, field in (
        ("  ", None, "reason"),
        ("退休", TODAY + dt.timedelta(days=1), "date"),
        ("退休", dt.date(2020, 1, 1), "date"),  # before joining
        ("退" * 201, None, "reason"),
    ):
        with pytest.raises(ValidationError) as refused:
            members.withdraw(street.admin, member_id, reason, on)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as refused:
        members.transfer_out(street.admin, member_id, "")
    assert refused.value.field == "destination"
    with pytest.raises(ConflictError):
        members.withdraw(street.admin, 999, "退休")
    assert dump(street.db) == before
    members.withdraw(street.admin, member_id, "退休")
    assert members.get(street.admin, member_id).status == "withdrawn"
    with pytest.raises(ConflictError):
        members.transfer_out(street.admin, member_id, "西城区总工会")


def test_history_is_readable_and_masked_for_the_desk(street: Street, member_id: int) -> None:
    members = street.members
    members.update(street.admin, member_id, replace(BASE, mobile="13912345678"))
    members.transfer_out(street.admin, member_id, "西城区总工会")
    members.reinstate(street.admin, member_id, note="回到本街道")
    members.get(street.admin, member_id, reveal=True)  # not a change: not in the history
    history = members.history(street.admin, member_id, reveal=True)
    assert [h.action for h in history] == ["create", "update", "transfer_out", "reinstate"]
    assert {h.operator for h in history} == {"王管理"}
    created = {c.field: c.new for c in history[0].changes}
    assert created["id_number"] == MAN and created["unit"] == "北京华信科技有限公司"
    assert [c.field for c in history[0].changes][:3] == ["member_no", "name", "id_type"]
    assert [(c.field, c.old, c.new) for c in history[1].changes] == [
        ("mobile", "13812345678", "13912345678"),
        ("unit", "北京华信科技有限公司", ""),
        ("community", "太平桥西里社区", ""),
    ]
    assert [(c.field, c.new) for c in history[2].changes] == [
        ("status", "transferred"),
        ("status_changed_on", TODAY.isoformat()),
        ("status_note", "西城区总工会"),
    ]
    assert history[3].changes[-1].new == "回到本街道"
    desk = street.desk()
    for reader in (desk, street.admin):  # an administrator too, unless revealed
        masked = members.history(reader, member_id)
        assert {c.field: c.new for c in masked[0].changes}["id_number"] == "110106********1219"
        assert (masked[1].changes[0].old, masked[1].changes[0].new) == (
            "138****5678",
            "139****5678",
        )
    with pytest.raises(PermissionDenied):
        members.history(desk, member_id, reveal=True)
    reveals = [d["note"] for a, d in audit_rows(street.db, "member", member_id) if a == "reveal"]
    assert reveals == ["id_number, mobile", "history"]  # the record, then its history
