"""Activities by month, shifts, assigning from the candidates, clashes, attendance."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from station_app.volunteers.ui import shift_panel
from station_app.volunteers.ui.activities_page import ActivitiesPage
from station_app.volunteers.ui.activity_dialog import ActivityDialog
from station_app.volunteers.ui.tab import VolunteersTab, create_tab, tab_title
from tests.volunteers.conftest import DAY, Brigade, at, count
from tests.volunteers.ui.conftest import context_for


def open_page(qtbot, b: Brigade, admin: bool = False) -> ActivitiesPage:  # type: ignore[no-untyped-def]
    page = ActivitiesPage(context_for(b, b.admin if admin else None))
    qtbot.addWidget(page)
    page.set_month(DAY.year, DAY.month)
    return page


def choose(page: ActivitiesPage, activity_id: int, shift_id: int) -> None:
    assert page.select_activity(activity_id)
    assert page.select_shift(shift_id)
    assert page.panel.shift is not None and page.panel.shift.id == shift_id


def roster_names(page: ActivitiesPage) -> list[str]:
    return [line.name for line in page.panel.roster_model.rows()]


def test_tab_is_created_with_both_pages(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    tab = create_tab(context_for(brigade))
    qtbot.addWidget(tab)
    assert isinstance(tab, VolunteersTab)
    assert tab_title() == "Volunteer rosters"
    assert tab.pages.count() == 3
    tab.focus_search()
    tab.pages.setCurrentIndex(1)
    tab.focus_search()
    tab.shutdown()


def test_month_list_shows_the_months_activities(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity("云岗森林公园清扫")
    brigade.shift(a, places=3)
    brigade.shift(a, "13:00", "15:00", places=2)
    page = open_page(qtbot, brigade)
    assert page.month_label.text() == "2026-03"
    rows = page.activity_model.rows()
    assert [r.title for r in rows] == ["云岗森林公园清扫"]
    assert page.activity_model.index(0, 4).data() == "0/5"
    assert page.shift_model.rowCount() == 2
    page.move_month(-1)
    assert page.activity_model.rowCount() == 0
    page.move_month(1)
    assert page.activity_model.rowCount() == 1


def test_assign_from_candidates_with_enter(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a, places=1)
    page = open_page(qtbot, brigade)
    choose(page, a, s)
    assert page.panel.select_candidate(brigade.v["张伟"])
    qtbot.keyClick(page.panel.candidate_view, Qt.Key.Key_Return)
    assert roster_names(page) == ["张伟"]
    assert page.activity_model.index(0, 4).data() == "1/1"
    assert count(brigade.db, "assignment", f"shift_id = {s}") == 1
    # a second volunteer over-fills the shift: allowed, with the warning
    assert page.panel.select_candidate(brigade.v["王芳"])
    assert page.panel.assign()
    assert sorted(roster_names(page)) == ["张伟", "王芳"]
    assert "2/1" in page.panel.fill_label.text() or "2 of 1" in page.panel.fill_label.text()
    assert page.panel.notice.isVisibleTo(page)


@pytest.fixture
def clash(brigade: Brigade) -> tuple[int, int, int]:
    """张伟 is on a morning shift of one activity; another activity's shift overlaps."""
    first = brigade.activity("公园清扫")
    brigade.assign(brigade.shift(first, "09:00", "11:00"), "张伟")
    second = brigade.activity("反诈宣传", start="08:00", end="12:00")
    other = brigade.shift(second, "10:00", "12:00")
    return first, second, other


def test_a_clash_shows_its_sentence_and_saves_nothing(
    qtbot, brigade: Brigade, clash, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    _first, second, other = clash
    page = open_page(qtbot, brigade)
    choose(page, second, other)
    page.panel.free_only.setChecked(False)  # busy people are listed when asked
    assert page.panel.select_candidate(brigade.v["张伟"])
    assert not page.panel.assign()
    kind, _title, text = message_boxes[-1]
    assert kind == "warning"
    assert "公园清扫" in text
    assert count(brigade.db, "assignment", f"shift_id = {other}") == 0
    assert roster_names(page) == []


def test_free_only_hides_the_busy(qtbot, brigade: Brigade, clash) -> None:  # type: ignore[no-untyped-def]
    _first, second, other = clash
    page = open_page(qtbot, brigade)
    choose(page, second, other)
    assert page.panel.free_only.isChecked()
    assert page.panel.candidate_model.index_of(brigade.v["张伟"]) is None
    page.panel.free_only.setChecked(False)
    row = page.panel.candidate_model.index_of(brigade.v["张伟"])
    assert row is not None
    assert page.panel.candidate_model.index(row, 4).data().startswith("Busy")


def test_admin_may_override_with_a_reason(qtbot, brigade: Brigade, clash, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _first, second, other = clash
    page = open_page(qtbot, brigade, admin=True)
    choose(page, second, other)
    page.panel.free_only.setChecked(False)
    page.panel.select_candidate(brigade.v["张伟"])
    # the administrator says no: nothing saved
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not page.panel.assign()
    assert count(brigade.db, "assignment", f"shift_id = {other}") == 0
    # yes, with a reason: saved, and the roster shows the override
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("组长同意先走一小时", True))
    page.panel.select_candidate(brigade.v["张伟"])
    assert page.panel.assign()
    [line] = page.panel.roster_model.rows()
    assert line.override_reason == "组长同意先走一小时"
    assert "组长同意先走一小时" in page.panel.roster_model.index(0, 5).data()


def test_attendance_and_hours(qtbot, brigade: Brigade, monkeypatch, message_boxes) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a, "09:00", "11:00")
    for name in ("张伟", "王芳", "单丽"):
        brigade.assign(s, name)
    page = open_page(qtbot, brigade)
    choose(page, a, s)
    panel = page.panel

    def select(name: str) -> None:
        row = next(i for i, r in enumerate(panel.roster_model.rows()) if r.name == name)
        panel.roster_view.setCurrentIndex(panel.roster_model.index(row, 0))
        panel.roster_view.select_row(row)

    def statuses() -> dict[str, str]:
        return {r.name: r.status for r in panel.roster_model.rows()}

    select("张伟")
    panel.status_buttons["confirmed"].click()
    assert statuses()["张伟"] == "confirmed"
    # attendance before the shift begins is refused with a sentence
    panel.status_buttons["attended"].click()
    assert message_boxes[-1][0] == "warning"
    assert statuses()["张伟"] == "confirmed"

    brigade.clock.set(at(DAY, "11:30"))
    select("王芳")
    panel.status_buttons["absent"].click()
    assert statuses()["王芳"] == "absent"
    panel.all_attended_button.click()
    assert statuses() == {"张伟": "attended", "王芳": "absent", "单丽": "attended"}
    assert page.shift_model.index(0, 4).data() == "2"

    select("单丽")

    def fake_exec(dialog: shift_panel.HoursDialog) -> int:
        dialog.hours.setValue(1.5)
        dialog.reason.setText("提前离开")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(shift_panel.HoursDialog, "exec", fake_exec)
    panel.hours_button.click()
    line = next(r for r in panel.roster_model.rows() if r.name == "单丽")
    assert line.hours == Decimal("1.50")
    assert line.hours_reason == "提前离开"

    select("张伟")
    panel.status_buttons["cancelled"].click()  # attended → cancelled: off the roster
    assert "张伟" not in statuses()


def test_new_activity_with_shifts(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    dialog = ActivityDialog(context_for(brigade), None, DAY)
    qtbot.addWidget(dialog)
    dialog.save()  # no title: the sentence beside the field, nothing saved
    assert dialog.errors.text("title")
    assert dialog.activity_id is None
    dialog.title.setText("邻里守望巡逻")
    dialog.kind.setCurrentIndex(dialog.kind.findData("neighbourhood_watch"))
    dialog.add_shift()
    dialog.add_shift()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.activity_id is not None
    shifts = brigade.activities.shifts(dialog.activity_id)
    assert len(shifts) == 2
    assert shifts[0].starts_at == at(DAY, "09:00")


def test_take_off_asks_first_yes_by_default(qtbot, brigade: Brigade, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a, places=2)
    brigade.assign(s, "张伟")
    page = open_page(qtbot, brigade)
    choose(page, a, s)
    page.panel.roster_view.select_row(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[tuple[str, object]] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.panel.remove_button.click()  # No: stays on
    assert roster_names(page) == ["张伟"]
    page.panel.roster_view.select_row(0)
    page.panel.remove_button.click()
    assert roster_names(page) == []
    assert count(brigade.db, "assignment", f"shift_id = {s}") == 0
    assert asked[0] == ("Take 张伟 off this shift?", QMessageBox.StandardButton.Yes)
