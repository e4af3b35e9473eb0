"""The activities calendar shows holidays (by law, in any year) and Saturdays or Sundays
worked in lieu, with their names, as the rooms' calendar has them."""

from __future__ import annotations

import datetime as dt

from station_app.core.holidays import HOLIDAY
from station_app.volunteers.ui.activities_page import ActivitiesPage
from station_app.volunteers.ui.common import to_qdate
from tests.volunteers.conftest import Brigade
from tests.volunteers.ui.conftest import context_for

D = dt.date


def test_holidays_are_marked_with_their_names(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    national_day = D(2027, 10, 1)
    brigade.activity("国庆志愿服务", day=national_day, kind="other")
    page = ActivitiesPage(context_for(brigade))
    qtbot.addWidget(page)
    page.set_month(2027, 10)
    cal = page.calendar
    info = cal.holiday_on(national_day)
    assert info is not None and info.kind == HOLIDAY  # 2027: by law, no arrangement needed
    fmt = cal.calendar.dateTextFormat(to_qdate(national_day))
    assert fmt.toolTip().splitlines()[0] == "Holiday: National Day"
    assert "国庆志愿服务" in fmt.toolTip() and cal.is_marked(national_day)
    assert cal.holiday_on(D(2027, 10, 4)) is None  # no arrangement entered for 2027
    # A built-in year has its Saturdays worked in lieu.
    page.set_month(2026, 2)
    worked = cal.calendar.dateTextFormat(to_qdate(D(2026, 2, 14)))
    assert worked.toolTip() == "Working day in lieu: Spring Festival"
    assert not cal.is_marked(D(2026, 2, 14))  # no activity: not bold
