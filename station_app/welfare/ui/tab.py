"""The welfare gifts tab (慰问品发放): the desk hand-out, campaigns and stock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.welfare.ui.campaigns_page import CampaignsPage
from station_app.welfare.ui.handout_page import HandoutPage
from station_app.welfare.ui.stock_page import StockPage
from station_app.widgets.scanner import Scan
from station_app.widgets.tab_host import TabHost


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Welfare gifts")


class WelfareTab(TabHost):
    """Pages: Hand-out (first), Campaigns, Stock; a change on one refreshes the others."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "welfare_pages", document_mode=True, parent=parent)
        self.handout_page = self.add_page(HandoutPage(context), self.tr("Hand-out"))
        self.campaigns_page = self.add_page(CampaignsPage(context), self.tr("Campaigns"))
        self.stock_page = self.add_page(StockPage(context), self.tr("Stock"))
        # Opening or closing a campaign changes what the desk can hand out; stock
        # received changes the counters; a hand-out changes the balances and figures.
        self.campaigns_page.changed.connect(self.handout_page.refresh)
        self.stock_page.changed.connect(self.handout_page.update_counters)
        self.handout_page.handed_out.connect(self._stock_moved)
        self.handout_page.undone.connect(self._stock_moved)

    def _stock_moved(self, _allocation_id: int) -> None:
        self.stock_page.refresh()
        self.campaigns_page.refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the hand-out search box."""
        self.pages.setCurrentWidget(self.handout_page)
        self.handout_page.focus_search()

    def handle_scan(self, scan: Scan) -> str | None:
        """A card reader or a receipt's QR code: that person in the open campaign,
        selected when found, so Enter hands out."""
        self.pages.setCurrentWidget(self.handout_page)
        page = self.handout_page
        if page.campaign_id() is None:
            return self.tr("No campaign is open: open one on the Campaigns page first.")
        page.search.set_text_now(scan.text)
        page.focus_search()
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.handout_page.update_counters()


def create_tab(context: DeskContext) -> QWidget:
    return WelfareTab(context)
