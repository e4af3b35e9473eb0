"""The search box takes no more than the search services look at (100 characters):
16,667 CJK characters pasted into it used to crash SQLite ("LIKE or GLOB pattern too
complex")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from station_app.core.text import MAX_SEARCH_LENGTH
from station_app.widgets.search_box import SearchBox, limit_search

LONG_CJK = "张" * 16_667


def test_the_search_box_cannot_take_more_than_the_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = SearchBox(delay_ms=0)
    qtbot.addWidget(box)
    assert MAX_SEARCH_LENGTH == 100
    with qtbot.waitSignal(box.search_changed) as searched:
        box.set_text_now(LONG_CJK)
    assert box.text() == "张" * MAX_SEARCH_LENGTH
    assert searched.args == ["张" * MAX_SEARCH_LENGTH]

    box.clear()
    QApplication.clipboard().setText(LONG_CJK)
    box.paste()
    assert len(box.text()) == MAX_SEARCH_LENGTH
    box.stop()


def test_typing_stops_at_the_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = SearchBox()
    qtbot.addWidget(box)
    box.setText("a" * MAX_SEARCH_LENGTH)
    qtbot.keyClicks(box, "bc")
    assert box.text() == "a" * MAX_SEARCH_LENGTH
    box.stop()


def test_other_search_fields_take_the_same_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = limit_search(QLineEdit())
    qtbot.addWidget(edit)
    edit.setText(LONG_CJK)
    assert len(edit.text()) == MAX_SEARCH_LENGTH
