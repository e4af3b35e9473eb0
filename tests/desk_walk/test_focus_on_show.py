"""Every tab and every page of a tab, reached by keys (Ctrl+1..5, Ctrl+Tab), puts the
cursor in its main input: where the desk types or moves first there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget

from station_app.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier

# Per tab, its pages' main inputs in order (the desk clerk, who adds no community).
MAIN_INPUTS = [
    ["member_search", "unit_search", "communities_table"],
    ["handout_search", "campaigns_table", "stock_table"],
    ["calendar_grid"],
    ["candidate_search", "volunteer_search", "teams_year"],
    ["overview_year"],
]


def _focused() -> str:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the cursor"
    return widget.objectName()


def test_every_tab_and_page_puts_the_cursor_in_its_main_input(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.tabs.count() == len(MAIN_INPUTS)
    seen = []
    for index, inputs in enumerate(MAIN_INPUTS):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + index), CTRL)
        seen.append(_focused())
        pages = window.current_tab().findChild(QTabWidget)
        for _page in inputs[1:]:
            assert pages is not None
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
            seen.append(_focused())
    assert seen == [name for inputs in MAIN_INPUTS for name in inputs]
    overview = window.current_tab()
    qtbot.waitUntil(lambda: overview.report is not None)  # its figures read off the UI thread
