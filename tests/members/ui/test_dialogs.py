"""Status changes, the member record with its history, and the unit dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from station_app.context import DeskContext
from station_app.core.models import AuditLog
from station_app.members.models import Member, Unit
from station_app.members.service import MemberService, UnitService
from station_app.members.service.lifecycle import REINSTATE, TRANSFER_OUT, WITHDRAW
from station_app.members.types import MemberFilter, MemberInput, UnitInput
from station_app.members.ui.member_record import MemberRecordDialog
from station_app.members.ui.status_dialogs import StatusChangeDialog
from station_app.members.ui.unit_form import UnitFormDialog
from tests.members.conftest import TODAY, rid, uscc


def snapshot(ctx: DeskContext) -> tuple:
    with ctx.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(AuditLog)),
            tuple(s.execute(select(Member.id, Member.status, Member.status_note)).all()),
            s.scalar(select(func.count()).select_from(Unit)),
        )


def an_active_member(ctx: DeskContext) -> int:
    return MemberService(ctx.db).member_ids(MemberFilter(status="active"), "member_no")[0]


def status_dialog(qtbot, ctx: DeskContext, kind: str, member_id: int) -> StatusChangeDialog:  # type: ignore[no-untyped-def]
    dialog = StatusChangeDialog(ctx, kind, member_id, "张三（TPQ0001）")
    qtbot.addWidget(dialog)
    return dialog


# --- status changes ----------------------------------------------------------------------


def test_transfer_out_needs_a_destination_then_changes_the_status(
    qtbot, admin_ctx: DeskContext
) -> None:
    member_id = an_active_member(admin_ctx)
    before = snapshot(admin_ctx)
    dialog = status_dialog(qtbot, admin_ctx, TRANSFER_OUT, member_id)
    assert dialog.date.date().toPython() == TODAY
    assert not dialog.confirm()
    assert "transferred to" in dialog.errors.text("destination")
    assert snapshot(admin_ctx) == before

    dialog.text.setText("丰台区卢沟桥街道总工会")
    dialog.date.setDate(QDate(2027, 3, 1))
    assert dialog.confirm()
    record = MemberService(admin_ctx.db).get(admin_ctx.actor, member_id)
    assert (record.status, record.status_note) == ("transferred", "丰台区卢沟桥街道总工会")
    assert record.status_changed_on == dt.date(2027, 3, 1)


def test_withdrawing_a_transferred_member_is_refused_in_the_dialog(
    qtbot, admin_ctx: DeskContext
) -> None:
    member_id = an_active_member(admin_ctx)
    MemberService(admin_ctx.db).transfer_out(admin_ctx.actor, member_id, "外区", TODAY)
    before = snapshot(admin_ctx)
    dialog = status_dialog(qtbot, admin_ctx, WITHDRAW, member_id)
    dialog.text.setText("本人申请")
    assert not dialog.confirm()
    assert "already transferred out" in dialog.errors.general_label.text()
    assert not dialog.errors.general_label.isHidden()
    assert snapshot(admin_ctx) == before


def test_a_date_in_the_future_is_refused_beside_the_date(qtbot, admin_ctx: DeskContext) -> None:
    member_id = an_active_member(admin_ctx)
    dialog = status_dialog(qtbot, admin_ctx, WITHDRAW, member_id)
    dialog.text.setText("退休")
    dialog.date.setDate(QDate(2027, 3, 9))
    before = snapshot(admin_ctx)
    assert not dialog.confirm()
    assert "future" in dialog.errors.text("date")
    assert snapshot(admin_ctx) == before


def test_reinstate_after_withdrawing(qtbot, admin_ctx: DeskContext) -> None:
    service = MemberService(admin_ctx.db)
    member_id = an_active_member(admin_ctx)
    service.withdraw(admin_ctx.actor, member_id, "个人原因", TODAY)
    dialog = status_dialog(qtbot, admin_ctx, REINSTATE, member_id)
    assert dialog.confirm()
    assert service.get(admin_ctx.actor, member_id).status == "active"
    again = status_dialog(qtbot, admin_ctx, REINSTATE, member_id)
    assert not again.confirm()
    assert "nothing to reinstate" in again.errors.general_label.text()


# --- the record --------------------------------------------------------------------------


def test_record_shows_history_and_reveals_for_admins(qtbot, admin_ctx: DeskContext) -> None:
    service = MemberService(admin_ctx.db)
    result = service.register(
        admin_ctx.actor, MemberInput(name="吴倩", id_number=rid("11010619920415002"))
    )
    service.update(
        admin_ctx.actor,
        result.member_id,
        MemberInput(name="吴倩", id_number=None, mobile="13600001234", notes="新手机"),
    )
    service.transfer_out(admin_ctx.actor, result.member_id, "朝阳区总工会", TODAY)
    dialog = MemberRecordDialog(admin_ctx, result.member_id)
    qtbot.addWidget(dialog)
    rows = dialog.history_rows()
    assert [r[2] for r in rows] == ["Transfer out", "Edited", "Joined"]  # newest first
    assert "朝阳区总工会" in rows[0][3]
    assert "Mobile: — → 136****1234" in rows[1][3]
    assert result.member_no in rows[2][3]
    assert all(r[1] == "王建华" for r in rows)
    assert dialog.badge.text() == "Transferred out"
    assert "朝阳区总工会" in dialog.status_line.text()
    assert dialog.reinstate_button.isEnabled() and not dialog.withdraw_button.isEnabled()

    assert "*" in dialog.values["id_number"].text()
    assert dialog.reveal_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.values["id_number"].text() == result.id_number
    assert dialog.values["mobile"].text() == "13600001234"
    assert "Mobile: — → 13600001234" in dialog.history_rows()[1][3]
    assert not dialog.reveal_button.isEnabled()
    with admin_ctx.db.read() as s:
        reveals = s.scalars(
            select(AuditLog.summary).where(AuditLog.action == "reveal").order_by(AuditLog.id)
        ).all()
    # One click shows the full numbers in the record and in its history: both audited.
    assert ["id_number, mobile" in r for r in reveals] == [True, False]
    assert "history" in reveals[1]


def test_desk_staff_never_see_full_numbers(qtbot, desk_ctx: DeskContext) -> None:
    member_id = an_active_member(desk_ctx)
    dialog = MemberRecordDialog(desk_ctx, member_id)
    qtbot.addWidget(dialog)
    assert not dialog.reveal_button.isVisibleTo(dialog)
    assert "********" in dialog.values["id_number"].text()
    assert "****" in dialog.values["mobile"].text()


def test_status_change_from_the_record_updates_it(
    qtbot, admin_ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    member_id = an_active_member(admin_ctx)
    dialog = MemberRecordDialog(admin_ctx, member_id)
    qtbot.addWidget(dialog)
    changed: list[int] = []
    dialog.changed.connect(changed.append)

    def fill_and_confirm(self: StatusChangeDialog) -> int:
        self.text.setText("搬家")
        return 1 if self.confirm() else 0

    monkeypatch.setattr(StatusChangeDialog, "exec", fill_and_confirm)
    dialog.withdraw_button.click()
    assert changed == [member_id]
    assert dialog.badge.text() == "Withdrawn"
    assert dialog.history_rows()[0][2] == "Withdrew"


# --- units -------------------------------------------------------------------------------


def test_unit_dialog_adds_a_unit(qtbot, admin_ctx: DeskContext) -> None:
    dialog = UnitFormDialog(admin_ctx, None, name="北京新河(丰台)餐饮有限公司")
    qtbot.addWidget(dialog)
    dialog.uscc.setText(uscc("91110106MA02XYHW1").lower())
    dialog.union_status.setCurrentIndex(dialog.union_status.findData("joint"))
    assert dialog.union_founded_on.isEnabled()
    assert not dialog.save()
    assert "founded" in dialog.errors.text("union_founded_on")
    dialog.union_founded_on.set_date_or_none(dt.date(2024, 5, 1))
    assert dialog.save()
    record = UnitService(admin_ctx.db).get_unit(dialog.unit_id)
    assert record.name == "北京新河（丰台）餐饮有限公司"
    assert record.uscc == uscc("91110106MA02XYHW1")
    assert (record.union_status, record.union_founded_on) == ("joint", dt.date(2024, 5, 1))


def test_unit_dialog_takes_a_founding_date_typed_with_dashes(qtbot, admin_ctx: DeskContext) -> None:
    dialog = UnitFormDialog(admin_ctx, None, name="北京太平桥商贸有限公司")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.union_status.setCurrentIndex(dialog.union_status.findData("own"))
    field = dialog.union_founded_on
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, "2020-05-01")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "2020-05-01"
    dialog.grab().save("/tmp/clerkfix-unit-form-dashed-date.png")
    assert dialog.save()
    record = UnitService(admin_ctx.db).get_unit(dialog.unit_id)
    assert record.union_founded_on == dt.date(2020, 5, 1)


def test_unit_dialog_refuses_duplicates_naming_the_unit(qtbot, admin_ctx: DeskContext) -> None:
    units = UnitService(admin_ctx.db)
    code = uscc("91110106MA03QQQQ1")
    units.add_unit(admin_ctx.actor, UnitInput(name="北京老字号商贸有限公司", uscc=code))
    before = snapshot(admin_ctx)

    dialog = UnitFormDialog(admin_ctx, None, name="北京老字号商贸有限公司")
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "北京老字号商贸有限公司" in dialog.errors.text("name")

    dialog.name.setText("北京另一家商贸有限公司")
    dialog.uscc.setText(code)
    assert not dialog.save()
    assert "北京老字号商贸有限公司" in dialog.errors.text("uscc")
    assert dialog.errors.text("name") == ""

    dialog.uscc.setText(code[:-1] + ("0" if code[-1] != "0" else "1"))
    assert not dialog.save()
    assert "check character" in dialog.errors.text("uscc")
    assert snapshot(admin_ctx) == before


def test_unit_dialog_edits_and_leaves_union_fields_out_without_a_union(
    qtbot, admin_ctx: DeskContext
) -> None:
    units = UnitService(admin_ctx.db)
    unit_id = units.add_unit(
        admin_ctx.actor,
        UnitInput(
            name="北京测试物业管理有限公司",
            union_status="own",
            union_founded_on=dt.date(2020, 1, 2),
            union_chair="张主席",
        ),
    )
    dialog = UnitFormDialog(admin_ctx, unit_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit unit"
    assert dialog.union_chair.text() == "张主席"
    dialog.union_status.setCurrentIndex(dialog.union_status.findData("none"))
    assert not dialog.union_chair.isEnabled()
    dialog.employee_count.setText("35")
    assert dialog.save()
    record = units.get_unit(unit_id)
    assert (record.union_status, record.union_chair, record.employee_count) == ("none", "", 35)
