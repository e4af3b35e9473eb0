"""The volunteers page: search, add (member or not), history, certificate, printouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from station_app.members.types import MemberInput
from station_app.volunteers.ui import printing, volunteers_page
from station_app.volunteers.ui.tab import VolunteersTab
from station_app.volunteers.ui.volunteer_dialog import VolunteerDialog
from station_app.volunteers.ui.volunteers_page import VolunteersPage
from tests.volunteers.conftest import DAY, Brigade, at, count, rid
from tests.volunteers.ui.conftest import context_for


def names(page: VolunteersPage) -> list[str]:
    page.model.fetch_all()
    return [r.name for r in page.model.rows()]


def test_search_by_name_initials_and_mobile_tail(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    page = VolunteersPage(context_for(brigade))
    qtbot.addWidget(page)
    assert sorted(names(page)) == sorted(["张伟", "王芳", "单丽", "李强", "赵敏"])
    page.search.set_text_now("zw")
    assert names(page) == ["张伟"]
    page.search.set_text_now("5005")  # 赵敏's mobile tail, and nobody else's
    assert names(page) == ["赵敏"]
    assert [r.mobile for r in page.model.rows()] == ["150****5005"]
    page.search.set_text_now("1001")
    assert names(page) == ["张伟"]
    assert [r.mobile for r in page.model.rows()] == ["138****1001"]
    page.search.set_text_now("")
    page.shutdown()


def test_add_a_member_as_volunteer(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    member = brigade.members.register(
        brigade.admin,
        MemberInput(
            name="周婷",
            id_number=rid("11010619880808008"),
            mobile="13512345678",
            joined_on=dt.date(2021, 1, 1),
        ),
    ).member_id
    dialog = VolunteerDialog(context_for(brigade))
    qtbot.addWidget(dialog)
    dialog.save()  # nobody chosen yet
    assert dialog.errors.text("member_id")
    dialog.search_members_now("zt")
    assert len(dialog.member_search.matches()) == 1
    assert dialog.member_search.choose_first_match()
    assert dialog.member_id == member
    assert dialog.member_search.text().startswith("周婷（")
    assert dialog.member_chosen_label.text().startswith("Chosen: 周婷")
    dialog.skills.item(0).setCheckState(dialog.skills.item(0).checkState().Checked)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = brigade.volunteers.get(brigade.admin, dialog.volunteer_id)
    assert record.member_id == member and record.name == "周婷"
    assert len(record.skill_ids) == 1


def test_a_member_is_chosen_with_type_down_enter_and_unchosen_by_editing(
    qtbot, brigade: Brigade
) -> None:  # type: ignore[no-untyped-def]
    member = brigade.members.register(
        brigade.admin,
        MemberInput(
            name="周婷",
            id_number=rid("11010619880808008"),
            mobile="13512345678",
            joined_on=dt.date(2021, 1, 1),
        ),
    ).member_id
    dialog = VolunteerDialog(context_for(brigade))
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.member_search
    picker.setFocus()
    qtbot.keyClicks(picker, "zt")
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.member_id == member
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert dialog.member_id is None and dialog.member_chosen_label.text() == ""
    dialog.save()
    assert dialog.errors.text("member_id") and dialog.isVisible()


def test_members_already_volunteers_cannot_be_chosen(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    dialog = VolunteerDialog(context_for(brigade))
    qtbot.addWidget(dialog)
    dialog.search_members_now("张伟")
    assert len(dialog.member_search.matches()) == 1
    assert "already" in dialog.member_search.match_lines()[0]
    assert not dialog.member_search.choose_first_match()
    assert dialog.member_id is None


def test_add_a_non_member_bad_id_gets_a_sentence(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    before = count(brigade.db, "volunteer")
    dialog = VolunteerDialog(context_for(brigade))
    qtbot.addWidget(dialog)
    dialog.other_radio.setChecked(True)
    dialog.name.setText("孙亮")
    dialog.id_number.setText("110106199001010010")  # wrong check digit
    dialog.mobile.setText("13312345678")
    dialog.save()
    assert dialog.errors.text("id_number")
    assert count(brigade.db, "volunteer") == before
    dialog.id_number.setText(rid("11010619900101001"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count(brigade.db, "volunteer") == before + 1


def test_add_from_the_page_selects_the_new_volunteer(qtbot, brigade: Brigade, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: VolunteerDialog) -> int:
        dialog.other_radio.setChecked(True)
        dialog.name.setText("钱多")
        dialog.id_number.setText(rid("11010619700707007"))
        dialog.mobile.setText("13212345678")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(volunteers_page.VolunteerDialog, "exec", fake_exec)
    page = VolunteersPage(context_for(brigade))
    qtbot.addWidget(page)
    page.add_button.click()
    assert page.model.row(page.table.currentIndex().row()).name == "钱多"
    assert page.history_title.text().startswith("钱多")


def test_history_with_hours_per_year(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a, "09:00", "11:30")
    brigade.assign(s, "张伟")
    brigade.clock.set(at(DAY, "12:00"))
    brigade.assignments.all_attended(brigade.desk, s)
    page = VolunteersPage(context_for(brigade))
    qtbot.addWidget(page)
    page.search.set_text_now("张伟")
    assert page.history is not None
    assert [(y.year, str(y.hours)) for y in page.history.years] == [(2026, "2.50")]
    assert page.year_model.index(0, 2).data() == "2.5"
    assert page.history_model.rowCount() == 1
    assert "2.5" in page.history_total.text()


def _close_previews() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


def test_print_certificate_builds_and_previews(qtbot, brigade: Brigade, message_boxes) -> None:  # type: ignore[no-untyped-def]
    page = VolunteersPage(context_for(brigade))
    # no service in the year: refused with a sentence, nothing numbered
    assert printing.print_certificate(page, page.context, brigade.v["张伟"], 2026) is None
    assert message_boxes[-1][0] == "warning"
    assert count(brigade.db, "volunteer_certificate") == 0
    s = brigade.shift(brigade.activity())
    brigade.assign(s, "张伟")
    brigade.clock.set(at(DAY, "12:00"))
    brigade.assignments.all_attended(brigade.desk, s)
    qtbot.addWidget(page)
    page.certificate_year.setValue(2026)
    job = printing.print_certificate(page, page.context, brigade.v["张伟"], 2026)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not job.is_running())
    assert count(brigade.db, "volunteer_certificate") == 1
    _close_previews()


def test_roster_year_summary_and_export(
    qtbot, brigade: Brigade, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a)
    brigade.assign(s, "张伟")
    tab = VolunteersTab(context_for(brigade, brigade.admin))
    qtbot.addWidget(tab)
    tab.activities_page.set_month(DAY.year, DAY.month)
    assert tab.leader_action.isVisible() and tab.leader_action.isEnabled()
    job = printing.print_roster(tab, tab.context, a, leader_copy=True)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not job.is_running())
    _close_previews()
    job = printing.print_year_summary(tab, tab.context, 2026)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not job.is_running())
    _close_previews()

    brigade.clock.set(at(DAY, "12:00"))
    brigade.assignments.all_attended(brigade.admin, s)
    out = tmp_path / "hours"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_hours()
    written = tmp_path / "hours.xlsx"
    sheet = load_workbook(written).active
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(line[6], line[9]) for line in lines] == [("张伟", 2)]  # name, hours
    assert tab.status.text() == f"Exported 1 lines of hours to {written}."
    tab.shutdown()
