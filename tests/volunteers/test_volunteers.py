"""Volunteers: a member at most once, non-members checked as on the member tab, the
list, the record, edits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.volunteers.errors import AlreadyVolunteer
from station_app.volunteers.types import VolunteerFilter, VolunteerInput
from tests.volunteers.conftest import Brigade, audit_rows, count, rid


def _non_member(brigade: Brigade, **kwargs) -> VolunteerInput:  # type: ignore[no-untyped-def]
    values = dict(
        team_id=brigade.squads["east"],
        name="孙丽华",
        id_number=rid("11010619881212007"),
        mobile="18612345678",
    )
    values.update(kwargs)
    return VolunteerInput(**values)  # type: ignore[arg-type]


def test_a_member_is_a_volunteer_at_most_once(brigade: Brigade) -> None:
    with pytest.raises(AlreadyVolunteer) as refused:
        brigade.volunteers.add_volunteer(
            brigade.desk,
            VolunteerInput(team_id=brigade.squads["west"], member_id=brigade.member_ids["张伟"]),
        )
    assert refused.value.existing_volunteer_id == brigade.v["张伟"]
    assert "张伟 is a volunteer already" in refused.value.message()
    # The database holds it too.
    with pytest.raises(IntegrityError), brigade.db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO volunteer (member_id, name, name_pinyin, mobile, search_text, team_id,"
                " availability, joined_on, active, notes, created_at, updated_at) VALUES (:m, '',"
                " '', '', '', :t, 0, :d, :yes, '', :now, :now)"
            ),
            {
                "m": brigade.member_ids["张伟"],
                "t": brigade.squads["west"],
                "d": dt.date(2026, 1, 1),
                "yes": True,
                "now": dt.datetime(2026, 1, 1),
            },
        )
    assert count(brigade.db, "volunteer") == 5


def test_a_member_volunteer_keeps_no_copy_of_the_members_details(brigade: Brigade) -> None:
    record = brigade.volunteers.get(brigade.desk, brigade.v["单丽"])
    assert (record.name, record.member_no) == ("单丽", "TPQ202000003")
    assert record.mobile == "137****3003" and record.id_number.startswith("110106********")
    assert record.gender == "F" and record.skills == ("宣传",)
    with brigade.db.read() as s:
        row = s.execute(
            text("SELECT name, mobile, id_number FROM volunteer WHERE id = :i"),
            {"i": brigade.v["单丽"]},
        ).one()
    assert tuple(row) == ("", "", None)


def test_non_members_are_checked_as_on_the_member_tab(brigade: Brigade) -> None:
    good = rid("11010619881212007")
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    with pytest.raises(ValidationError) as refused:
        brigade.volunteers.add_volunteer(brigade.desk, _non_member(brigade, id_number=wrong))
    assert refused.value.field == "id_number" and "check character" in refused.value.message()
    with pytest.raises(ValidationError) as refused:
        brigade.volunteers.add_volunteer(brigade.desk, _non_member(brigade, mobile="1381234"))
    assert refused.value.field == "mobile"
    with pytest.raises(ValidationError) as refused:
        brigade.volunteers.add_volunteer(brigade.desk, _non_member(brigade, name="张3"))
    assert refused.value.field == "name"
    # A member's ID number: pick the member instead.
    with pytest.raises(ConflictError) as refused:
        brigade.volunteers.add_volunteer(
            brigade.desk, _non_member(brigade, id_number=rid("11010619800101001"))
        )
    assert "张伟" in refused.value.message() and "TPQ" in refused.value.message()
    saved = brigade.volunteers.add_volunteer(brigade.desk, _non_member(brigade, mobile=""))
    assert [n.code for n in saved.notices] == ["no_mobile"]
    with pytest.raises(AlreadyVolunteer) as twice:
        brigade.volunteers.add_volunteer(brigade.desk, _non_member(brigade, name="孙丽"))
    assert twice.value.existing_volunteer_id == saved.volunteer_id


def test_a_withdrawn_member_cannot_become_a_volunteer(brigade: Brigade) -> None:
    from station_app.members.types import MemberInput

    member_id = brigade.members.register(
        brigade.admin,
        MemberInput(name="周杰", id_number=rid("11010619700707009"), joined_on=dt.date(2019, 1, 1)),
    ).member_id
    brigade.members.withdraw(brigade.admin, member_id, "搬离本区")
    with pytest.raises(ValidationError) as refused:
        brigade.volunteers.add_volunteer(
            brigade.desk, VolunteerInput(team_id=brigade.brigade_id, member_id=member_id)
        )
    assert "周杰" in refused.value.message()


def test_the_list_searches_filters_and_masks(brigade: Brigade) -> None:
    rows = brigade.volunteers.list_volunteers()
    assert [r.name for r in rows] == [
        "李强",
        "单丽",
        "王芳",
        "张伟",
        "赵敏",
    ]  # li, shan (单 as a surname)...
    assert all("****" in r.mobile for r in rows)
    assert {r.name: r.skills for r in rows}["赵敏"] == "宣传、急救"  # in the list's order
    search = brigade.volunteers.list_volunteers
    assert [r.name for r in search(VolunteerFilter(query="shanli"))] == ["单丽"]
    assert [r.name for r in search(VolunteerFilter(query="zm"))] == ["赵敏"]
    assert [r.name for r in search(VolunteerFilter(query="15050055005"))] == ["赵敏"]
    assert [r.name for r in search(VolunteerFilter(query="TPQ202000004"))] == ["李强"]
    east = search(VolunteerFilter(team_id=brigade.squads["east"]))
    assert [r.name for r in east] == ["李强", "单丽"]
    assert len(search(VolunteerFilter(team_id=brigade.brigade_id))) == 5  # squads included
    first_aid = search(VolunteerFilter(skill_id=brigade.skill_ids["急救"]))
    assert [r.name for r in first_aid] == ["李强", "赵敏"]
    assert brigade.volunteers.count_volunteers(VolunteerFilter(query="wang")) == 1


def test_revealing_the_id_number_takes_an_administrator_and_is_audited(brigade: Brigade) -> None:
    with pytest.raises(PermissionDenied):
        brigade.volunteers.get(brigade.desk, brigade.v["赵敏"], reveal=True)
    record = brigade.volunteers.get(brigade.admin, brigade.v["赵敏"], reveal=True)
    assert record.id_number == rid("11010619920505006") and record.mobile == "15050055005"
    assert audit_rows(brigade.db, "volunteer", brigade.v["赵敏"])[-1][0] == "reveal"


def test_editing_keeps_masked_fields_and_warns_about_shifts_ahead(brigade: Brigade) -> None:
    vid = brigade.v["赵敏"]
    record = brigade.volunteers.get(brigade.desk, vid)
    same = VolunteerInput(
        team_id=record.team_id,
        name=record.name,
        id_number=None,  # the form shows it masked: keep it
        mobile=None,
        skill_ids=record.skill_ids,
        availability=record.availability,
        joined_on=record.joined_on,
    )
    assert not brigade.volunteers.update_volunteer(brigade.desk, vid, same).changed
    shift = brigade.shift(brigade.activity())
    brigade.assign(shift, "赵敏")
    from dataclasses import replace

    saved = brigade.volunteers.update_volunteer(
        brigade.desk, vid, replace(same, active=False, team_id=brigade.squads["east"])
    )
    assert saved.changed and [n.code for n in saved.notices] == ["shifts_ahead"]
    after = brigade.volunteers.get(brigade.admin, vid, reveal=True)
    assert after.id_number == rid("11010619920505006") and not after.active
    (_, summary) = audit_rows(brigade.db, "volunteer", vid)[-2]
    assert "15050055005" not in str(summary)  # the audit log keeps numbers masked
    with pytest.raises(ValidationError):
        brigade.volunteers.update_volunteer(
            brigade.desk, vid, replace(same, member_id=brigade.member_ids["张伟"])
        )


def test_member_choices_say_who_is_a_volunteer_already(brigade: Brigade) -> None:
    from station_app.members.types import MemberInput

    new_id = brigade.members.register(
        brigade.admin,
        MemberInput(name="张丽", id_number=rid("11010619960606008"), joined_on=dt.date(2021, 1, 1)),
    ).member_id
    choices = {c.name: c for c in brigade.volunteers.member_choices("zhang")}
    assert choices["张伟"].volunteer_id == brigade.v["张伟"]
    assert choices["张丽"].volunteer_id is None and choices["张丽"].member_id == new_id
    assert choices["张伟"].mobile == "138****1001"
    west_squad = brigade.volunteers.default_team_for_member(brigade.member_ids["王芳"])
    assert west_squad == brigade.squads["west"]


def test_inactive_volunteers_cannot_be_assigned(brigade: Brigade) -> None:
    from dataclasses import replace

    record = brigade.volunteers.get(brigade.desk, brigade.v["李强"])
    inp = VolunteerInput(
        team_id=record.team_id,
        member_id=record.member_id,
        skill_ids=record.skill_ids,
        joined_on=record.joined_on,
    )
    brigade.volunteers.update_volunteer(brigade.desk, brigade.v["李强"], replace(inp, active=False))
    sunday = dt.date(2026, 3, 8)
    shift = brigade.shift(brigade.activity(day=sunday), day=sunday)
    with pytest.raises(ValidationError) as refused:
        brigade.assign(shift, "李强")
    assert "李强 is no longer an active volunteer" in refused.value.message()
