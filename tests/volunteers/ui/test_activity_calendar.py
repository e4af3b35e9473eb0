"""The activities page's calendar toggle: days with activities bold, the day's list."""

from __future__ import annotations

import datetime as dt

from station_app.volunteers.ui.activities_page import ActivitiesPage
from tests.volunteers.conftest import DAY, Brigade
from tests.volunteers.ui.conftest import context_for


def test_calendar_marks_days_and_chooses_the_days_activity(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    first = brigade.activity("云岗森林公园清扫")
    other_day = DAY + dt.timedelta(days=3)
    second = brigade.activity("敬老院探访", day=other_day, kind="other")
    page = ActivitiesPage(context_for(brigade))
    qtbot.addWidget(page)
    page.set_month(DAY.year, DAY.month)
    page.calendar_button.click()
    assert page.month_views.currentWidget() is page.calendar
    cal = page.calendar
    assert cal.is_marked(DAY) and cal.is_marked(other_day)
    assert not cal.is_marked(DAY + dt.timedelta(days=1))
    assert [r.id for r in cal.activities_on(other_day)] == [second]
    tip = cal.calendar.dateTextFormat(cal.calendar.selectedDate()).toolTip()
    assert isinstance(tip, str)
    cal.select_day(other_day)
    assert cal.day_list.count() == 1 and "敬老院探访" in cal.day_list.item(0).text()
    assert page.current_activity_id() == second
    cal.select_day(DAY)
    assert page.current_activity_id() == first
    # the calendar's own arrows move the page's month
    cal.calendar.showNextMonth()
    assert (page.year, page.month) == (DAY.year, DAY.month + 1)
    assert not cal.is_marked(other_day) or page.activity_model.rowCount() == 0
    page.calendar_button.click()
    assert page.month_views.currentWidget() is page.activity_view
