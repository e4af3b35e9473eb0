"""The audit log in the desk's words: fields by the forms' labels, ids named, every
action and kind of record labelled, the command line shown as such (issue 19 review)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import station_app
import station_app.schema  # every table on the metadata
from station_app.core import audit
from station_app.core.actor import CLI_ACTOR, Actor
from station_app.core.audit_fields import field_label
from station_app.core.audit_log import (
    AuditFilter,
    AuditLogService,
    action_label,
    entity_label,
)
from station_app.core.db import Database
from station_app.core.models import metadata
from station_app.members.service import CommunityService, MemberService, UnitService
from station_app.members.types import MemberInput, UnitInput
from tests.conftest import set_up_station
from tests.members.conftest import rid

ID = rid("11010619800101123")
MOBILE = "13812345678"


@pytest.fixture
def station(db: Database) -> tuple[Actor, int, int, int]:
    admin = set_up_station(db)
    community = CommunityService(db).add_community(admin, "太平桥西里社区")
    unit = UnitService(db).add_unit(admin, UnitInput(name="北京东方物流有限公司"))
    member = (
        MemberService(db)
        .register(
            admin,
            MemberInput(
                name="张伟",
                id_number=ID,
                mobile=MOBILE,
                joined_on=dt.date(2026, 3, 2),
                unit_id=unit,
                community_id=community,
            ),
        )
        .member_id
    )
    with db.transaction() as s:  # as the command line's demo fill writes them
        audit.record(
            s,
            CLI_ACTOR,
            "demo_fill",
            "volunteers",
            after={"member_id": member, "community_id": community, "proxy_mobile": "", "x": None},
        )
        audit.record(
            s,
            CLI_ACTOR,
            "update",
            "unit",
            unit,
            before={"staff_operator_id": None},
            after={"staff_operator_id": admin.id, "blocked_until": "2026-11-16T09:30:00"},
        )
    return admin, community, unit, member


def test_rows_read_in_the_desk_s_words(db: Database, station: tuple[Actor, int, int, int]) -> None:
    admin, _community, _unit, member = station
    service = AuditLogService(db)
    (fill,) = service.entries(admin, AuditFilter(action="demo_fill"))
    assert fill.operator == "Command line"
    assert fill.details.startswith("Community: 太平桥西里社区; Member: 张伟（TPQ")
    assert fill.details.endswith("）") and "member_id" not in fill.details
    assert "proxy" not in fill.details and "Proxy" not in fill.details  # empty on both sides
    (staff,) = service.entries(admin, AuditFilter(entity="unit", action="update"))
    assert "Staff member: 王管理" in staff.details
    assert "2026-11-16 09:30" in staff.details and "T09" not in staff.details
    assert staff.record_name == "北京东方物流有限公司"
    (joined,) = service.entries(admin, AuditFilter(entity="member"))
    assert joined.record_name.startswith("张伟（TPQ")
    assert "Full name: 张伟" in joined.details and "Unit: 北京东方物流有限公司" in joined.details
    assert MOBILE not in joined.details and "138****5678" in joined.details
    details = dict(service.record_details(admin, "member", str(member)))
    assert details["Unit"] == "北京东方物流有限公司"
    assert details["Community"] == "太平桥西里社区"
    assert details["Mobile"] == "138****5678" and ID not in " ".join(details.values())
    assert "member_no" not in details and details["Member no."].startswith("TPQ")


def test_the_command_line_is_an_operator_to_filter_by(
    db: Database, station: tuple[Actor, int, int, int]
) -> None:
    admin = station[0]
    service = AuditLogService(db)
    choices = service.choices(admin)
    assert ("cli", "Command line") in choices.operators
    assert (admin.id, "王管理") in choices.operators
    by_cli = service.entries(admin, AuditFilter(operator_name="cli"))
    assert {e.action for e in by_cli} == {"demo_fill", "update"}
    by_admin = service.entries(admin, AuditFilter(operator_id=admin.id))
    assert by_admin and all(e.operator == "王管理" for e in by_admin)
    order = list(entity_label.names)
    assert choices.entities == sorted(choices.entities, key=order.index)  # the tabs' order
    assert choices.entities[0] == "member" and "volunteers" in choices.entities


def test_export_has_the_screen_s_words(
    db: Database, station: tuple[Actor, int, int, int], tmp_path: Path
) -> None:
    admin = station[0]
    service = AuditLogService(db)
    out = tmp_path / "audit.xlsx"
    assert service.export(admin, AuditFilter(action="demo_fill"), out) == 1
    (row,) = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[1:]
    assert row[1:4] == ("Command line", "Fill with demo data", "Volunteer data")
    assert row[6] == service.entries(admin, AuditFilter(action="demo_fill"))[0].details


def _recorded() -> set[tuple[str, str]]:
    """(action, kind of record) of every ``audit.record`` call with literal strings."""
    found = set()
    for path in Path(station_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("audit.record"):
                for arg in node.args[2:4]:
                    for const in ast.walk(arg):
                        if isinstance(const, ast.Constant) and isinstance(const.value, str):
                            found.add((const.value, "action" if arg is node.args[2] else "entity"))
    return found


def test_every_action_and_kind_of_record_has_a_label() -> None:
    recorded = _recorded()
    actions = {code for code, what in recorded if what == "action"}
    entities = {code for code, what in recorded if what == "entity"}
    assert {"demo_fill", "handout", "login"} <= actions and "volunteers" in entities
    assert actions | {"login_failed", "login_locked", "no_show", "complete"} <= set(
        action_label.names
    )
    assert entities | {"member", "unit"} <= set(entity_label.names)
    columns = {c.name for t in metadata.tables.values() for c in t.c}
    unlabelled = {c for c in columns if field_label(c) == c}
    hidden = {"search_text", "password_hash", "name_pinyin", "summary", "entity", "entity_id"}
    assert unlabelled <= hidden | {"action", "at", "last_value", "series"}
