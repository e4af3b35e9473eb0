"""The member and unit table models, without any widget: batches, database sorting,
masking, a new search starting over."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from station_app.context import DeskContext
from station_app.members.service import MemberService, UnitService
from station_app.members.types import MemberFilter, MemberInput, UnitFilter
from station_app.members.ui import member_model as mm
from station_app.members.ui import unit_model as um
from station_app.members.ui.member_model import MemberTableModel
from station_app.members.ui.unit_model import UnitTableModel
from tests.members.conftest import rid
from tests.members.ui.conftest import DEMO_MEMBERS

MASKED_ID = re.compile(r"^\d{6}\*{8}[\dX]{3}[\dX]$")
MASKED_MOBILE = re.compile(r"^1\d\d\*{4}\d{4}$")


def column(model, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:  # type: ignore[no-untyped-def]
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def test_rows_come_in_batches(qapp, members: MemberService) -> None:
    model = MemberTableModel(members, batch_size=200)
    model.refresh()
    assert model.total() == DEMO_MEMBERS
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetchMore()
    assert model.rowCount() == DEMO_MEMBERS
    assert not model.canFetchMore()
    model.fetchMore()  # nothing left: no harm
    assert model.rowCount() == DEMO_MEMBERS
    ids = [model.data(model.index(r, 0), model.ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == DEMO_MEMBERS


def test_newest_member_numbers_first_by_default(qapp, members: MemberService) -> None:
    model = MemberTableModel(members)
    model.refresh()
    numbers = column(model, mm.COL_MEMBER_NO)
    assert numbers == sorted(numbers, reverse=True)
    assert model.order_by == "member_no" and model.descending


def test_sorting_asks_the_database(qapp, members: MemberService) -> None:
    model = MemberTableModel(members, batch_size=100)
    model.refresh()
    model.sort(mm.COL_JOINED, Qt.SortOrder.AscendingOrder)
    model.fetch_all()
    dates = column(model, mm.COL_JOINED, model.SORT_ROLE)
    assert dates == sorted(dates)
    assert len(dates) == DEMO_MEMBERS  # all of them, not a sort of the first batch
    expected = members.member_ids(MemberFilter(), "joined_on", False)
    ids = [model.member_id(r) for r in range(model.rowCount())]
    assert ids == expected

    model.sort(mm.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.order_by == "name" and model.descending
    first_batch = [model.member_id(r) for r in range(model.rowCount())]
    assert first_batch == members.member_ids(MemberFilter(), "name", True)[:100]

    model.sort(mm.COL_UNIT, Qt.SortOrder.AscendingOrder)
    units = [u for u in column(model, mm.COL_UNIT) if u]
    assert model.order_by == "unit_name" and units


def test_a_column_the_database_cannot_sort_is_left_alone(qapp, members: MemberService) -> None:
    model = MemberTableModel(members)
    model.refresh()
    before = [model.member_id(r) for r in range(model.rowCount())]
    model.sort(mm.COL_CATEGORIES, Qt.SortOrder.AscendingOrder)
    assert model.sort_column == mm.COL_MEMBER_NO
    assert [model.member_id(r) for r in range(model.rowCount())] == before


def test_id_numbers_and_mobiles_are_masked_for_everybody(qapp, members: MemberService) -> None:
    model = MemberTableModel(members)
    model.refresh()
    ids = column(model, mm.COL_ID_NUMBER)
    mobiles = column(model, mm.COL_MOBILE)
    assert ids and all(MASKED_ID.match(v) for v in ids)
    assert mobiles and all(MASKED_MOBILE.match(v) for v in mobiles)
    full = members.member_rows([model.member_id(0)])[0]
    assert full.id_number not in ids and full.mobile not in mobiles
    assert ids[0] == full.id_number[:6] + "*" * 8 + full.id_number[-4:]


def test_a_new_search_starts_the_list_again(qtbot, members: MemberService) -> None:
    model = MemberTableModel(members, batch_size=50)
    model.refresh()
    model.fetchMore()
    assert model.rowCount() == 100
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_filter(MemberFilter(query="wang"))
    expected = members.count_members(MemberFilter(query="wang"))
    assert 0 < expected < DEMO_MEMBERS
    assert totals == [expected]
    assert model.total() == expected
    assert model.rowCount() == min(50, expected)
    names = column(model, mm.COL_NAME)
    assert all(name[0] in "王汪万望" for name in names), names

    model.set_filter(MemberFilter(query="no such person"))
    assert model.total() == 0 and model.rowCount() == 0 and not model.canFetchMore()


def test_filters_reach_the_query(qapp, members: MemberService) -> None:
    model = MemberTableModel(members)
    model.set_filter(MemberFilter(status="withdrawn"))
    assert model.total() == members.count_members(MemberFilter(status="withdrawn")) > 0
    assert set(column(model, mm.COL_STATUS)) == {"Withdrawn"}
    assert model.data(model.index(0, mm.COL_NAME), Qt.ItemDataRole.ForegroundRole) is not None


def test_refresh_member_rereads_one_row(qapp, demo_db, admin_ctx) -> None:  # type: ignore[no-untyped-def]
    members = MemberService(demo_db)
    model = MemberTableModel(members)
    model.refresh()
    member_id = model.member_id(3)
    members.withdraw(admin_ctx.actor, member_id, "moved away")
    assert model.refresh_member(member_id)
    assert model.data(model.index(3, mm.COL_STATUS)) == "Withdrawn"
    assert model.member_id(3) == member_id


def test_unit_model_counts_fetches_and_sorts(qapp, units: UnitService) -> None:
    model = UnitTableModel(units, batch_size=20)
    model.refresh()
    total = units.count_units()
    assert model.total() == total and model.rowCount() == min(20, total)
    model.sort(um.COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    model.fetch_all()
    counts = column(model, um.COL_MEMBERS, model.SORT_ROLE)
    assert counts == sorted(counts, reverse=True) and len(counts) == total
    model.set_filter(UnitFilter(union_status="none"))
    assert set(column(model, um.COL_UNION_STATUS)) == {"No union"}
    assert model.total() == units.count_units(UnitFilter(union_status="none"))


def test_unit_contact_mobiles_are_masked(qapp, units: UnitService) -> None:
    model = UnitTableModel(units)
    model.refresh()
    phones = [p for p in column(model, um.COL_PHONE) if p]
    assert phones and all(MASKED_MOBILE.match(p) for p in phones)
    assert um.shown_phone("010-65123456") == "010-65123456"


def test_the_whole_list_keeps_its_rows_when_another_desk_adds_a_member(
    qapp, admin_ctx: DeskContext
) -> None:
    """The whole list shows its first batch before reading every id; a member registered
    meanwhile (at the top: the newest number) neither repeats nor hides a row."""
    members = MemberService(admin_ctx.db)
    model = MemberTableModel(members, batch_size=100)
    model.refresh()
    first = [model.member_id(r) for r in range(model.rowCount())]
    assert first == members.member_ids(MemberFilter(), "member_no", True)[:100]
    added = members.register(
        admin_ctx.actor, MemberInput(name="张伟", id_number=rid("11010619900307121"))
    ).member_id
    model.fetch_all()
    ids = [model.member_id(r) for r in range(model.rowCount())]
    assert ids[:100] == first and added not in ids
    assert len(set(ids)) == len(ids) == DEMO_MEMBERS
