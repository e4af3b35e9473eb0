"""A feature's tab, written once: its pages in a row of page tabs, Ctrl+F and "the tab
was shown" handed to the page on top, and every page shut down with the tab (no
search timer outlives it).

A page takes part by what it has: ``focus_search()`` (Ctrl+F), ``focus_first()``
(where the desk types first when the tab or the page is shown, by Ctrl+Tab or a click
on its page tab; ``focus_search`` when it has none) and ``shutdown()``.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from station_app.context import DeskContext
from station_app.widgets.layout import vbox

P = TypeVar("P", bound=QWidget)


class TabHost(QWidget):
    """``pages`` (object name ``name``) fills the tab; ``body`` is the tab's column,
    for anything under the pages."""

    def __init__(
        self,
        context: DeskContext,
        name: str,
        *,
        margins: int = 0,
        document_mode: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = QTabWidget()
        self.pages.setObjectName(name)
        self.pages.setDocumentMode(document_mode)
        self.body: QVBoxLayout = vbox((self.pages, 1), parent=self)
        self.body.setContentsMargins(margins, margins, margins, margins)
        self.pages.currentChanged.connect(self._page_changed)

    def _page_changed(self, index: int) -> None:
        self.page_shown(index)
        if self.isVisible():  # not a page chosen while the tab is hidden
            self.focus_first()

    def page_shown(self, index: int) -> None:
        """The page at ``index`` comes on top (a tab that builds pages late builds it)."""

    def add_page(self, page: P, title: str) -> P:
        self.pages.addTab(page, title)
        return page

    def page(self) -> QWidget:
        """The page on top."""
        return self.pages.currentWidget()

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page on top (if it has one)."""
        _call(self.page(), "focus_search")

    def focus_first(self) -> None:
        """The tab was shown: where the desk types first on the page on top."""
        page = self.page()
        _call(page, "focus_first" if hasattr(page, "focus_first") else "focus_search")

    def shutdown(self) -> None:
        """The window is closing: every page stops what it has waiting."""
        for i in range(self.pages.count()):
            _call(self.pages.widget(i), "shutdown")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _call(page: QWidget, method: str) -> None:
    """``page.method()`` if the page has it."""
    found = getattr(page, method, None)
    if found is not None:
        found()


__all__ = ["TabHost"]
