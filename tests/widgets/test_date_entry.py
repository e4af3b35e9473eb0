"""Dates typed the ways a clerk types them land as that date, or change nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from station_app.widgets.date_entry import DateEdit, parse_typed_date
from station_app.widgets.optional_date import OptionalDateEdit

TYPED = ["2020-05-01", "2020/05/01", "2020.5.1", "20200501"]


@pytest.mark.parametrize("text", [*TYPED, "2020年5月1日", " 2020 - 5 - 1 "])
def test_parse_typed_date(text: str) -> None:
    assert parse_typed_date(text) == dt.date(2020, 5, 1)


@pytest.mark.parametrize("text", ["1215", "12-15", "12/15", "12月15日", " 12 - 15 "])
def test_parse_month_and_day_takes_the_nearest_year(text: str) -> None:
    assert parse_typed_date(text, dt.date(2026, 11, 20)) == dt.date(2026, 12, 15)
    assert parse_typed_date(text, dt.date(2027, 1, 10)) == dt.date(2026, 12, 15)
    assert parse_typed_date(text, dt.date(2027, 8, 1)) == dt.date(2027, 12, 15)


@pytest.mark.parametrize(
    "text", ["2020-13-01", "2020-02-30", "202005", "05/01/2020", "", "1332", "0230", "2020"]
)
def test_parse_refuses_what_is_not_a_date(text: str) -> None:
    assert parse_typed_date(text) is None


def _form(qtbot: QtBot, edit: QWidget) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host)
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    return host


@pytest.mark.parametrize("text", TYPED)
def test_optional_date_takes_a_typed_date(qtbot: QtBot, text: str) -> None:
    edit = OptionalDateEdit()
    host = _form(qtbot, edit)  # noqa: F841 (kept alive)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date_or_none() == dt.date(2020, 5, 1)
    assert edit.typing_error == ""


@pytest.mark.parametrize("text", TYPED)
def test_date_edit_takes_a_typed_date_over_a_date(qtbot: QtBot, text: str) -> None:
    edit = DateEdit(dt.date(2026, 1, 1))
    host = _form(qtbot, edit)  # noqa: F841 (kept alive)
    edit.lineEdit().selectAll()
    with qtbot.waitSignal(edit.dateChanged):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2020, 5, 1)
    assert edit.text() == "2020-05-01"


def test_a_typed_non_date_changes_nothing_and_says_so(qtbot: QtBot) -> None:
    edit = DateEdit(dt.date(2026, 1, 1))
    host = _form(qtbot, edit)  # noqa: F841 (kept alive)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "2020-13-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 1, 1)
    assert edit.text() == "2026-01-01"
    assert "2020-13-01" in edit.typing_error
    qtbot.keyClicks(edit, "20200501")  # the next good entry clears the warning
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2020, 5, 1)
    assert edit.typing_error == ""


def test_escape_drops_the_typing_and_backspace_corrects_it(qtbot: QtBot) -> None:
    edit = DateEdit(dt.date(2026, 1, 1))
    host = _form(qtbot, edit)  # noqa: F841 (kept alive)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "2020-05-09")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2020, 5, 1)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "1999")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.date() == QDate(2020, 5, 1)
    assert edit.text() == "2020-05-01"


def test_tab_leaves_the_field_after_a_typed_date(qtbot: QtBot) -> None:
    edit = DateEdit(dt.date(2026, 1, 1))
    host = _form(qtbot, edit)
    with qtbot.waitActive(host):
        host.activateWindow()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "20200501")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2020, 5, 1)
    assert not edit.hasFocus()  # on to the next field, not the month
