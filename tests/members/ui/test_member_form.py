"""The intake form: keyboard, live reading of the ID number, errors beside their fields
with nothing saved, duplicates, the same-person warning, editing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from station_app.context import DeskContext
from station_app.core.models import AuditLog
from station_app.core.search import name_keys
from station_app.members.models import Member
from station_app.members.service import MemberService, UnitService
from station_app.members.types import MemberInput
from station_app.members.ui.member_form import MemberFormDialog
from tests.members.conftest import TODAY, rid

MAN = rid("11010619900307121")  # born 1990-03-07, male
WOMAN = rid("11010619851120234")  # born 1985-11-20, female


def counts(ctx: DeskContext) -> tuple[int, int]:
    with ctx.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)),
            s.scalar(select(func.count()).select_from(AuditLog)),
        )


def open_form(qtbot, ctx: DeskContext, member_id: int | None = None, **kwargs) -> MemberFormDialog:  # type: ignore[no-untyped-def]
    form = MemberFormDialog(ctx, member_id, **kwargs)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def choose_unit(qtbot, form: MemberFormDialog, typed: str) -> None:  # type: ignore[no-untyped-def]
    form.unit.setFocus()
    qtbot.keyClicks(form.unit, typed)
    qtbot.waitUntil(lambda: bool(form.unit.matches()), timeout=2000)
    assert form.unit.choose_first_match()


def test_happy_intake_with_the_keyboard(qtbot, admin_ctx: DeskContext) -> None:
    unit = UnitService(admin_ctx.db).list_units(limit=1)[0]
    before = counts(admin_ctx)
    form = open_form(qtbot, admin_ctx)
    assert form.windowTitle() == "New member intake"
    assert form.name.hasFocus()
    form.name.setText("赵敏")  # QTest types ASCII only
    qtbot.keyClicks(form.id_number, WOMAN)
    assert form.id_hint_text() == "Born 1985-11-20, Female"
    assert form.gender.currentData() == "F" and not form.gender.isEnabled()
    assert form.birth_date.date_or_none() == dt.date(1985, 11, 20)
    qtbot.keyClicks(form.mobile, "+86 139-0000-1234")
    initials = min(name_keys(unit.name), key=len)  # 北京华信… -> bjhx…
    choose_unit(qtbot, form, initials[:6])
    assert form.unit.unit_name() == unit.name
    assert form.unit.unit_id() is not None
    assert form.community.currentData() is not None  # the unit's community, filled in
    assert form.joined_on.date().toPython() == TODAY
    form.hardship.setCurrentIndex(form.hardship.findData("severe"))
    form.migrant.setChecked(True)

    saved: list[tuple[int, bool]] = []
    form.saved.connect(lambda member_id, created: saved.append((member_id, created)))
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter saves

    assert form.registered and saved == [(form.member_id, True)]
    assert f"member no. {form.member_no}" in form.banner_text()
    assert counts(admin_ctx)[0] == before[0] + 1
    record = MemberService(admin_ctx.db).get(admin_ctx.actor, form.member_id, reveal=True)
    assert (record.name, record.id_number, record.mobile) == ("赵敏", WOMAN, "13900001234")
    assert (record.gender, record.hardship_level, record.migrant_worker) == ("F", "severe", True)
    assert record.unit_id == form.unit.unit_id()
    assert form.next_button.isVisible() and form.next_button.isDefault()
    assert form.cancel_button.text() == "Close"

    # The next person: personal fields cleared, unit and join date kept.
    unit_id = form.unit.unit_id()
    form.start_next()
    assert form.member_id is None and not form.registered
    assert form.name.text() == "" and form.id_number.text() == ""
    assert form.unit.unit_id() == unit_id


def test_every_problem_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot, admin_ctx: DeskContext
) -> None:
    before = counts(admin_ctx)
    form = open_form(qtbot, admin_ctx)
    form.name.setText("张3")
    form.id_number.setText(MAN[:-1])
    form.mobile.setText("1381234")
    form.unit.setText("没有这个单位")
    form.unit.stop()
    assert not form.save()
    assert "no digits" in form.messages.text("name")
    assert "18 characters" in form.messages.text("id_number")
    assert "11 digits" in form.messages.text("mobile")
    assert "Choose the unit from the list" in form.messages.text("unit_id")
    assert form.messages.text("landline") == ""
    assert form.name.hasFocus()  # the first field with a problem
    assert counts(admin_ctx) == before
    assert not form.registered and form.member_id is None

    form.name.setText("张三")
    form.id_number.setText(MAN[:-1] + ("0" if MAN[-1] != "0" else "1"))
    form.mobile.setText("13812345678")
    form.unit.clear_unit()
    assert not form.save()
    assert form.messages.shown_fields() == ["id_number"]
    assert "check character" in form.messages.text("id_number")
    assert counts(admin_ctx) == before


def test_other_papers_need_a_gender(qtbot, admin_ctx: DeskContext) -> None:
    form = open_form(qtbot, admin_ctx)
    form.name.setText("Anna Schmidt")
    form.id_type.setCurrentIndex(form.id_type.findData("passport"))
    assert form.gender.isEnabled() and form.birth_date.isEnabled()
    form.id_number.setText("C12345678")
    assert not form.save()
    assert "gender" in form.messages.text("gender")
    form.gender.setCurrentIndex(form.gender.findData("F"))
    assert form.save()
    record = MemberService(admin_ctx.db).get(admin_ctx.actor, form.member_id)
    assert (record.id_type, record.gender) == ("passport", "F")


def test_a_known_id_number_names_its_holder_and_offers_the_record(
    qtbot, admin_ctx: DeskContext
) -> None:
    service = MemberService(admin_ctx.db)
    holder = service.register(admin_ctx.actor, MemberInput(name="钱多多", id_number=MAN))
    opened: list[int] = []
    before = counts(admin_ctx)
    form = open_form(qtbot, admin_ctx, open_member=opened.append)
    form.name.setText("钱多")
    form.id_number.setText(MAN.lower() if MAN.endswith("X") else MAN)
    assert not form.save()
    message = form.messages.text("id_number")
    assert "钱多多" in message and holder.member_no in message
    assert form.open_existing_button.isVisible()
    qtbot.mouseClick(form.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened == [holder.member_id]
    assert counts(admin_ctx) == before


def test_same_name_and_mobile_warns_once_then_saves(qtbot, admin_ctx: DeskContext) -> None:
    service = MemberService(admin_ctx.db)
    first = service.register(
        admin_ctx.actor, MemberInput(name="孙丽", id_number=WOMAN, mobile="13700001111")
    )
    before = counts(admin_ctx)
    form = open_form(qtbot, admin_ctx)
    form.name.setText("孙丽")
    form.id_number.setText(MAN)
    form.mobile.setText("137 0000 1111")
    assert not form.save()
    assert first.member_no in form.messages.text("mobile")
    assert form.save_button.text() == "Save anyway"
    assert counts(admin_ctx) == before
    assert form.save()
    assert form.registered and counts(admin_ctx)[0] == before[0] + 1


def test_a_15_digit_number_is_converted_with_a_note(qtbot, admin_ctx: DeskContext) -> None:
    old = "110106900307121"  # 1990-03-07, the 15th digit odd: male
    form = open_form(qtbot, admin_ctx)
    form.name.setText("周建国")
    form.id_number.setText(old)
    assert "Old 15-digit number" in form.id_hint_text()
    assert "Born 1990-03-07, Male" in form.id_hint_text()
    assert form.save()
    record = MemberService(admin_ctx.db).get(admin_ctx.actor, form.member_id, reveal=True)
    assert len(record.id_number) == 18 and record.id_number.startswith("110106199003071")
    assert record.id_number in form.banner_text()
    assert "15-digit" in form.banner_text()
    assert form.id_number.text() == record.id_number


def test_editing_keeps_masked_numbers_unless_retyped(qtbot, desk_ctx: DeskContext) -> None:
    service = MemberService(desk_ctx.db)
    member_id = service.member_ids()[0]
    stored = service.get(desk_ctx.actor, member_id)  # masked for desk staff
    form = open_form(qtbot, desk_ctx, member_id)
    assert form.windowTitle().startswith("Edit member")
    assert form.id_number.text() == "" and stored.id_number in form.id_number.placeholderText()
    form.notes.setPlainText("腿脚不便，电话联系")
    saved: list[tuple[int, bool]] = []
    form.saved.connect(lambda i, created: saved.append((i, created)))
    assert form.save()
    assert saved == [(member_id, False)]
    after = service.get(desk_ctx.actor, member_id)
    assert after.notes == "腿脚不便，电话联系"
    assert (after.id_number, after.mobile) == (stored.id_number, stored.mobile)

    form = open_form(qtbot, desk_ctx, member_id)
    form.mobile.setText("13911112222")
    assert form.save()
    assert service.get(desk_ctx.actor, member_id).mobile == "139****2222"


def test_tab_walks_the_fields_in_reading_order_and_esc_cancels(
    qtbot, admin_ctx: DeskContext
) -> None:
    form = open_form(qtbot, admin_ctx)
    order = []
    for _ in range(6):
        order.append(form.focusWidget().objectName())
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    # Gender and birth date are read from a resident ID: Tab skips them.
    assert order == ["name", "id_type", "id_number", "mobile", "landline", "unit_id"]
    before = counts(admin_ctx)
    form.name.setText("不保存")
    with qtbot.waitSignal(form.rejected, timeout=1000):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Escape)
    assert counts(admin_ctx) == before


def test_the_unit_is_picked_from_the_popup_with_the_keyboard(qtbot, admin_ctx: DeskContext) -> None:
    unit = UnitService(admin_ctx.db).list_units(limit=1)[0]
    form = open_form(qtbot, admin_ctx)
    form.unit.setFocus()
    qtbot.keyClicks(form.unit, min(name_keys(unit.name), key=len)[:6])
    popup = form.unit._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert popup.currentIndex().row() == 0  # Enter takes the first match
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.unit.unit_id() == unit.id and form.unit.text() == unit.name
    qtbot.keyClick(form.unit, Qt.Key.Key_Backspace)  # edited: no longer that unit
    assert form.unit.unit_id() is None
    form.unit.stop()


def test_retyping_the_number_replaces_the_refusal_with_the_live_reading(
    qtbot, admin_ctx: DeskContext
) -> None:
    form = open_form(qtbot, admin_ctx)
    form.name.setText("李四")
    form.id_number.setText(MAN[:-1])
    assert not form.save()
    assert form.messages.text("id_number") and form.id_hint_text() == ""
    form.id_number.setFocus()
    form.id_number.end(False)
    qtbot.keyClicks(form.id_number, MAN[-1])
    assert form.messages.text("id_number") == ""
    assert form.id_hint_text() == "Born 1990-03-07, Male"
