"""The unit ledger (台账): staff responsible, contact notes, filters, the printout, the
export, the command line and migration 0010."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from station_app.cli import build_parser
from station_app.core.errors import ConflictError, ValidationError
from station_app.core.migrate import current_revision, upgrade_to_head
from station_app.members import cli as member_cli
from station_app.members.reports import print_unit_ledger
from station_app.members.service import UnitLedgerService
from station_app.members.sheets.unit_ledger import export_unit_ledger
from station_app.members.types import NOBODY, ContactInput, MemberInput, UnitFilter
from tests.members.conftest import TODAY, Street, audit_rows, rid, uscc
from tests.members.test_schema import _downgrade


@pytest.fixture
def ledger(street: Street) -> UnitLedgerService:
    return UnitLedgerService(street.db)


def _contacts(street: Street, ledger: UnitLedgerService) -> int:
    ledger.add_contact(
        street.admin, street.huaxin, ContactInput(dt.date(2027, 1, 5), "visit", "走访")
    )
    ledger.add_contact(
        street.admin, street.huaxin, ContactInput(dt.date(2027, 3, 1), "meeting", "沟通会 建会筹备")
    )
    return ledger.add_contact(
        street.admin, street.huaxin, ContactInput(dt.date(2027, 2, 1), "other", "电话")
    )


def test_staff_and_contacts_are_kept_and_audited(street: Street, ledger: UnitLedgerService) -> None:
    desk = street.desk()
    assert ledger.assign_staff(desk, street.huaxin, desk.id) is True
    assert ledger.assign_staff(desk, street.huaxin, desk.id) is False
    assert ledger.staff_of(street.huaxin) == desk.id
    assert ("update", {"changes": {"staff_operator_id": [None, desk.id]}}) in audit_rows(
        street.db, "unit", street.huaxin
    )
    last = _contacts(street, ledger)
    rows = ledger.contacts(street.huaxin)
    assert [r.contacted_on for r in rows] == [
        dt.date(2027, 3, 1), dt.date(2027, 2, 1), dt.date(2027, 1, 5)
    ]  # fmt: skip
    assert rows[0].kind == "meeting" and rows[0].operator == "王管理"
    ledger.delete_contact(street.admin, last)
    assert len(ledger.contacts(street.huaxin)) == 2
    assert audit_rows(street.db, "unit_contact", last)[-1][0] == "delete"
    with pytest.raises(ConflictError):
        ledger.delete_contact(street.admin, last)


def test_bad_contacts_and_staff_are_refused(street: Street, ledger: UnitLedgerService) -> None:
    future = TODAY + dt.timedelta(days=1)
    for inp, field in (
        (ContactInput(future, "visit"), "contacted_on"),
        (ContactInput(TODAY, ""), "kind"),
        (ContactInput(TODAY, "party"), "kind"),
        (ContactInput(TODAY, "visit", "x" * 201), "note"),
    ):
        with pytest.raises(ValidationError) as caught:
            ledger.add_contact(street.admin, street.huaxin, inp)
        assert caught.value.field == field
    with pytest.raises(ConflictError):
        ledger.assign_staff(street.admin, street.huaxin, 9999)
    with pytest.raises(ConflictError):
        ledger.add_contact(street.admin, 9999, ContactInput(TODAY, "visit"))
    assert ledger.contacts(street.huaxin) == []


def test_ledger_rows_and_filters(street: Street, ledger: UnitLedgerService) -> None:
    desk = street.desk()
    ledger.assign_staff(street.admin, street.dingtai, desk.id)
    _contacts(street, ledger)
    street.members.register(
        street.admin,
        MemberInput(name="张伟", id_number=rid("11010619800101123"), unit_id=street.huaxin),
    )
    rows = {r.name: r for r in ledger.ledger()}
    huaxin = rows["北京华信科技有限公司"]
    assert (huaxin.community, huaxin.union_status, huaxin.union_chair) == (
        "太平桥西里社区", "own", "王建国"
    )  # fmt: skip
    assert huaxin.member_count == 1 and huaxin.staff == ""
    assert (huaxin.contacted_on, huaxin.contact_kind) == (dt.date(2027, 3, 1), "meeting")
    assert rows["北京鼎泰物业管理有限公司"].staff == "李前台"
    assert rows["北京鼎泰物业管理有限公司"].contacted_on is None
    names = lambda f: [r.name for r in ledger.ledger(f)]  # noqa: E731
    assert names(UnitFilter(staff_operator_id=desk.id)) == ["北京鼎泰物业管理有限公司"]
    assert names(UnitFilter(staff_operator_id=NOBODY)) == ["北京华信科技有限公司"]
    assert names(UnitFilter(union_status="founded")) == ["北京华信科技有限公司"]
    assert names(UnitFilter(union_status="none", staff_operator_id=desk.id)) == [
        "北京鼎泰物业管理有限公司"
    ]
    assert street.units.count_units(UnitFilter(staff_operator_id=desk.id)) == 1


def test_unit_list_shows_staff_and_last_contact(street: Street, ledger: UnitLedgerService) -> None:
    desk = street.desk()
    ledger.assign_staff(street.admin, street.dingtai, desk.id)
    _contacts(street, ledger)
    rows = {r.name: r for r in street.units.list_units()}
    assert rows["北京鼎泰物业管理有限公司"].staff_name == "李前台"
    assert rows["北京鼎泰物业管理有限公司"].last_contact_on is None
    assert rows["北京华信科技有限公司"].staff_name == ""
    assert rows["北京华信科技有限公司"].last_contact_on == dt.date(2027, 3, 1)
    by_staff = [r.name for r in street.units.list_units(order_by="staff_name")]
    assert by_staff[0] == "北京鼎泰物业管理有限公司"  # nobody's units last
    by_contact = street.units.list_units(order_by="last_contact_on", descending=True)
    assert by_contact[0].name == "北京华信科技有限公司"


def test_printout_is_landscape_with_every_column(
    street: Street, ledger: UnitLedgerService, tmp_path: Path
) -> None:
    from station_app.core.station import StationService

    _contacts(street, ledger)
    out = tmp_path / "ledger.pdf"
    station = StationService(street.db).profile()
    assert station is not None
    data = print_unit_ledger(street.db, street.admin, station, out)
    assert len(data.rows) == 2
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "841.89 x 595.276" in info  # A4 landscape
    words = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True)
    page = words.stdout
    for expected in ("Unit ledger", uscc("91110106MA01ABCD2"), "王建国", "2027-03-01", "Meeting"):
        assert expected in page
    assert "2 units, 1 with a union" in page


def test_a_credit_code_prints_on_one_line(tmp_path: Path) -> None:
    """A code with wide letters (M, W, N) broke over two lines in a 38 mm column
    (N2510104MAL5D1MN1 / G on the demo station)."""
    from station_app.core.ids import uscc_check_char
    from station_app.members.reports.unit_ledger import LedgerData, build_unit_ledger
    from station_app.members.types import LedgerRow

    codes = [f + uscc_check_char(f) for f in ("N2510104MAL5D1MN1", "91110000MA01WMMNM")]
    rows = [
        LedgerRow("北京恒通和美医药连锁有限公司", code, "太平桥西里社区", "joint",
                  dt.date(2019, 1, 29), "", 120, 5, "", None, "", "")
        for code in codes
    ]  # fmt: skip
    out = tmp_path / "ledger.pdf"
    build_unit_ledger(out, LedgerData("太平桥街道总工会服务站", rows), "王管理")
    page = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for code in codes:
        assert code in page, page


def test_export_reads_back(street: Street, ledger: UnitLedgerService, tmp_path: Path) -> None:
    desk = street.desk()
    ledger.assign_staff(street.admin, street.huaxin, desk.id)
    _contacts(street, ledger)
    out = tmp_path / "ledger.xlsx"
    assert export_unit_ledger(street.db, street.admin, out, UnitFilter(union_status="own")) == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][1:4] == ("Unit", "Credit code", "Community")
    assert rows[1][1] == "北京华信科技有限公司"
    assert rows[1][5] == dt.datetime(2019, 5, 1)
    assert rows[1][8] == 0 and rows[1][9] == "李前台"
    assert rows[1][10] == "2027-03-01 Meeting 沟通会 建会筹备"
    assert audit_rows(street.db, "unit", "")[-1][0] == "export"


def test_command_line_print_and_export(
    street: Street, ledger: UnitLedgerService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = street.desk()
    ledger.assign_staff(street.admin, street.dingtai, desk.id)
    parser = build_parser()
    out = tmp_path / "l.pdf"
    args = parser.parse_args(["print", "unit-ledger", "--out", str(out), "--staff", "li"])
    assert args.print_handler(args, street.db) == 0
    assert "unit ledger, 1 units" in capsys.readouterr().out
    book = tmp_path / "l.xlsx"
    args = parser.parse_args(["export", "unit-ledger", str(book), "--union-status", "founded"])
    assert member_cli.run(args, street.db) == 0
    rows = list(load_workbook(book).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["北京华信科技有限公司"]
    args = parser.parse_args(["export", "unit-ledger", str(book), "--staff", "nobody"])
    assert member_cli.run(args, street.db) == 2
    assert "nobody" in capsys.readouterr().err


def test_migration_0010_up_and_down(street: Street, ledger: UnitLedgerService) -> None:
    db = street.db
    ledger.assign_staff(street.admin, street.huaxin, street.admin.id)
    ledger.add_contact(street.admin, street.huaxin, ContactInput(TODAY, "visit"))
    db.dispose()
    _downgrade(db.url, "0009")
    with db.read() as s:
        assert current_revision(s.connection()) == "0009"
        names = inspect(s.connection()).get_table_names()
        columns = [c["name"] for c in inspect(s.connection()).get_columns("unit")]
        units = s.execute(text("SELECT count(*) FROM unit")).scalar_one()
    assert "unit_contact" not in names and "staff_operator_id" not in columns and units == 2
    db.dispose()
    upgrade_to_head(db.url, backup=False)
    assert ledger.ledger()[0].staff == "" and ledger.contacts(street.huaxin) == []
    ledger.assign_staff(street.admin, street.huaxin, street.admin.id)
    ledger.add_contact(street.admin, street.huaxin, ContactInput(TODAY, "founded"))
    with db.read() as s:
        assert s.execute(text("SELECT kind FROM unit_contact")).scalars().all() == ["founded"]
        with pytest.raises(IntegrityError):
            s.execute(
                text(
                    "INSERT INTO unit_contact (unit_id, contacted_on, kind, note, created_at)"
                    " VALUES (1, '2027-01-01', 'party', '', '2027-01-01 00:00:00.000000')"
                )
            )
