"""The from/to choice before an export."""

from __future__ import annotations

import datetime as dt

from station_app.widgets.date_range import DateRangeDialog

FIRST, LAST = dt.date(2027, 1, 1), dt.date(2027, 3, 31)


def test_period_and_refusal(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DateRangeDialog("Export", FIRST, LAST)
    qtbot.addWidget(dialog)
    assert dialog.period() == (FIRST, LAST)
    dialog.last.setDate(dialog.first.date().addDays(-1))
    dialog._accept()
    assert dialog.error.isVisibleTo(dialog) and dialog.result() == 0
    dialog.last.setDate(dialog.first.date().addDays(30))
    dialog._accept()
    assert dialog.result() == DateRangeDialog.DialogCode.Accepted
    assert dialog.period() == (FIRST, FIRST + dt.timedelta(days=30))


def test_the_whole_list_unless_limited(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DateRangeDialog("Export", FIRST, LAST, limit_text="Only members who joined")
    qtbot.addWidget(dialog)
    assert dialog.limit is not None and not dialog.first.isEnabled()
    assert dialog.period() is None
    dialog.limit.setChecked(True)
    assert dialog.first.isEnabled() and dialog.period() == (FIRST, LAST)
