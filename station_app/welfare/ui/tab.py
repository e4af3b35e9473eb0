"""The welfare gifts tab (慰问品发放): the desk hand-out, campaigns and stock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from station_app.context import DeskContext
from station_app.welfare.ui.campaigns_page import CampaignsPage
from station_app.welfare.ui.handout_page import HandoutPage
from station_app.welfare.ui.stock_page import StockPage


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Welfare gifts")


class WelfareTab(QWidget):
    """Pages: Hand-out (first), Campaigns, Stock; a change on one refreshes the others."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = QTabWidget()
        self.pages.setObjectName("welfare_pages")
        self.pages.setDocumentMode(True)
        self.handout_page = HandoutPage(context)
        self.pages.addTab(self.handout_page, self.tr("Hand-out"))
        self.campaigns_page = CampaignsPage(context)
        self.pages.addTab(self.campaigns_page, self.tr("Campaigns"))
        self.stock_page = StockPage(context)
        self.pages.addTab(self.stock_page, self.tr("Stock"))
        # Opening or closing a campaign changes what the desk can hand out; stock
        # received changes the counters; a hand-out changes the balances and figures.
        self.campaigns_page.changed.connect(self.handout_page.refresh)
        self.stock_page.changed.connect(self.handout_page.update_counters)
        self.handout_page.handed_out.connect(self._stock_moved)
        self.handout_page.undone.connect(self._stock_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _stock_moved(self, _allocation_id: int) -> None:
        self.stock_page.refresh()
        self.campaigns_page.refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the hand-out search box."""
        self.pages.setCurrentWidget(self.handout_page)
        self.handout_page.focus_search()

    def focus_first(self) -> None:
        """Shown: the hand-out search box, when the hand-out page is the one shown."""
        if self.pages.currentWidget() is self.handout_page:
            self.handout_page.focus_search()

    def shutdown(self) -> None:
        """The window is closing: no timer may outlive the tab."""
        self.handout_page.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.handout_page.update_counters()


def create_tab(context: DeskContext) -> QWidget:
    return WelfareTab(context)
