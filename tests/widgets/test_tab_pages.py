"""A page built when first shown takes the empty page's place (widgets/tab_pages.py)."""

from __future__ import annotations

import linecache

from PySide6.QtWidgets import QLabel, QTabWidget

from station_app.widgets import tab_pages
from station_app.widgets.tab_pages import put_in_place


def test_the_page_takes_the_place_under_the_same_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("empty"), "会员")
    tabs.addTab(QLabel("other"), "单位")
    tabs.setCurrentIndex(1)
    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    page = QLabel("built")
    put_in_place(tabs, 0, page)
    assert (tabs.widget(0), tabs.tabText(0), tabs.currentIndex(), changes) == (page, "会员", 1, [])


def test_the_source_lines_read_while_the_page_loaded_are_let_go(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 reads every module imported after it through linecache (some 20 MiB
    once every tab is built); a page in place lets them go."""
    assert tab_pages.__file__ is not None
    linecache.getlines(tab_pages.__file__)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("empty"), "会员")
    put_in_place(tabs, 0, QLabel("built"))
    assert tab_pages.__file__ not in linecache.cache
