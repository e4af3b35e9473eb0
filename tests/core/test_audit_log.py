"""The audit log viewer's reads: administrators only, filters, masking, the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import station_app.schema  # noqa: F401  (every table on the metadata, for record details)
from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.actor import Actor
from station_app.core.audit_log import AuditFilter, AuditLogService, describe, mask_text
from station_app.core.db import Database
from station_app.core.errors import PermissionDenied
from station_app.members.service import MemberService
from station_app.members.types import MemberInput
from tests.conftest import set_up_station
from tests.members.conftest import rid

ID = rid("11010619800101123")
MOBILE = "13812345678"


@pytest.fixture
def station(db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[Actor, Actor, int]:
    times = iter(dt.datetime(2027, 3, day, 9, 0) for day in range(1, 28))
    current = {"now": dt.datetime(2027, 3, 1, 8, 0)}

    def now() -> dt.datetime:
        return current["now"]

    monkeypatch.setattr(clock, "now", now)
    admin = set_up_station(db)
    current["now"] = next(times)
    desk_id = AccountService(db).add_operator(admin, "li", "李前台", "desk", "desk1234")
    desk = Actor(id=desk_id, username="li", display_name="李前台", role="desk")
    current["now"] = next(times)
    members = MemberService(db)
    member_id = members.register(
        desk, MemberInput(name="张伟", id_number=ID, mobile=MOBILE, joined_on=dt.date(2027, 3, 2))
    ).member_id
    current["now"] = next(times)
    members.update(
        admin,
        member_id,
        MemberInput(name="张伟", id_number=ID, mobile="13900001111", joined_on=dt.date(2027, 3, 2)),
    )
    return admin, desk, member_id


def test_desk_staff_are_refused(
    db: Database, station: tuple[Actor, Actor, int], tmp_path: Path
) -> None:
    _admin, desk, member_id = station
    service = AuditLogService(db)
    for call in (
        lambda: service.entries(desk, AuditFilter()),
        lambda: service.choices(desk),
        lambda: service.count(desk, AuditFilter()),
        lambda: service.record_details(desk, "member", str(member_id)),
        lambda: service.export(desk, AuditFilter(), tmp_path / "a.xlsx"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "a.xlsx").exists()


def test_filters(db: Database, station: tuple[Actor, Actor, int]) -> None:
    admin, desk, member_id = station
    service = AuditLogService(db)
    everything = service.entries(admin, AuditFilter())
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    by_desk = service.entries(admin, AuditFilter(operator_id=desk.id))
    assert [(e.action, e.entity, e.entity_id) for e in by_desk] == [
        ("create", "member", str(member_id))
    ]
    assert by_desk[0].operator == "李前台"
    members = service.entries(admin, AuditFilter(entity="member"))
    assert {e.action for e in members} == {"create", "update"}
    assert [e.action for e in service.entries(admin, AuditFilter(action="update"))] == ["update"]
    day3 = service.entries(admin, AuditFilter(start=dt.date(2027, 3, 3), end=dt.date(2027, 3, 3)))
    assert [(e.action, e.entity) for e in day3] == [("update", "member")]
    assert service.count(admin, AuditFilter(start=dt.date(2027, 3, 2))) == 2
    assert service.entries(admin, AuditFilter(end=dt.date(2027, 2, 28))) == []
    choices = service.choices(admin)
    assert {"member", "operator"} <= set(choices.entities)
    assert "李前台" in [name for _id, name in choices.operators]


def test_personal_numbers_are_masked(db: Database, station: tuple[Actor, Actor, int]) -> None:
    admin, _desk, member_id = station
    service = AuditLogService(db)
    texts = " ".join(e.details for e in service.entries(admin, AuditFilter(entity="member")))
    assert "138****5678" in texts and "139****1111" in texts
    assert MOBILE not in texts and "13900001111" not in texts
    details = dict(service.record_details(admin, "member", str(member_id)))
    assert details["ID number"] == "110106********" + ID[-4:]
    assert details["Mobile"] == "139****1111"
    assert "search_text" not in details and "Search text" not in details
    assert ID not in " ".join(details.values())
    assert service.record_details(admin, "member", "999999") == []
    assert service.record_details(admin, "nothing", "1") == []
    assert (
        mask_text(f"证件 {ID}，电话 {MOBILE}") == f"证件 110106********{ID[-4:]}，电话 138****5678"
    )
    assert describe('{"note": "id ' + ID + '"}') == "id 110106********" + ID[-4:]


def test_export_reads_back(db: Database, station: tuple[Actor, Actor, int], tmp_path: Path) -> None:
    admin, _desk, _member_id = station
    service = AuditLogService(db)
    out = tmp_path / "audit.xlsx"
    written = service.export(admin, AuditFilter(entity="member"), out)
    assert written == 2
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Time", "Operator", "Action", "Record", "Record no.", "Name", "Details")
    assert [r[2] for r in rows[1:]] == ["Edit", "Create"]
    assert rows[1][0] == dt.datetime(2027, 3, 3, 9, 0)
    text = " ".join(str(c) for r in rows for c in r)
    assert MOBILE not in text and ID not in text and "138****5678" in text
    exports = service.entries(admin, AuditFilter(entity="audit_log", action="export"))
    assert len(exports) == 1 and "Rows: 2" in exports[0].details  # the note by labels
