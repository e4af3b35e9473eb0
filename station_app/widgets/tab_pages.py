"""A page built when first shown takes the place of an empty one in a QTabWidget."""

from __future__ import annotations

import linecache

from PySide6.QtWidgets import QTabWidget, QWidget


def put_in_place(tabs: QTabWidget, index: int, page: QWidget) -> None:
    """``page`` replaces the page at ``index`` (deleted later) under the same title; the
    current index stays, and no ``currentChanged`` is emitted for the swap."""
    old = tabs.widget(index)
    current = tabs.currentIndex()
    blocked = tabs.blockSignals(True)
    try:
        tabs.insertTab(index, page, tabs.tabText(index))
        tabs.removeTab(index + 1)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(blocked)
    old.deleteLater()
    # PySide6 reads the source of every module imported after it (its check for
    # ``from __feature__ import``) through linecache, which keeps it: some 20 MiB once
    # every tab is built. The page's modules have loaded; their lines can go.
    linecache.clearcache()
