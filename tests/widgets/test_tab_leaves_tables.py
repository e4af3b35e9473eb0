"""Tab leaves a table for the next field (arrows move inside it), on every tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.core.db import Database
from station_app.settings import AppSettings
from station_app.widgets.list_page import RecordTable, item_table
from tests.widgets.windows import make_window


def _tab_leaves(qtbot, table: QAbstractItemView) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(table)
    layout.addWidget(after)
    host.show()
    with qtbot.waitActive(host):
        host.activateWindow()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.hasFocus()


def _filled(table):  # type: ignore[no-untyped-def]
    table.setRowCount(2)
    for row in range(2):
        for column in range(table.columnCount()):
            table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
    return table


def test_tab_leaves_an_item_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab_leaves(qtbot, _filled(item_table(["社区", "单位数"], 0, "communities")))


def test_tab_leaves_a_record_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    _tab_leaves(qtbot, _filled(RecordTable[object](["社区", "单位数", "会员数"], 0, "records")))


def test_no_table_on_the_tabs_keeps_tab(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    for index in range(window.tabs.count()):  # every tab and page: built when first shown
        window.tabs.setCurrentIndex(index)
        for pages in window.tabs.widget(index).findChildren(QTabWidget):
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
    overview = window.tabs.widget(
        window.tabs.count() - 1
    )  # 统计 reads its figures off the UI thread
    qtbot.waitUntil(lambda: getattr(overview, "report", None) is not None)
    tables = window.findChildren(QAbstractItemView)
    tables = [t for t in tables if t.metaObject().className() != "QListView"]
    assert len(tables) >= 8
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []
