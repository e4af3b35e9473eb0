"""The member intake tab (会员入会): members, the units where unions are founded, and
the street's communities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.members.ui.members_page import MembersPage
from station_app.widgets.scanner import SCAN_ID, Scan
from station_app.widgets.tab_host import TabHost
from station_app.widgets.tab_pages import put_in_place

if TYPE_CHECKING:  # imported with the page, when it is first shown
    from station_app.members.ui.communities_page import CommunitiesPage
    from station_app.members.ui.units_page import UnitsPage

UNITS, COMMUNITIES = 1, 2  # the pages after the member list, built when first shown


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Member intake")


class MembersTab(TabHost):
    """Three pages: the member list (first), the unit list, the communities; the last
    two are built when first shown (or first asked for)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "member_pages", margins=6, parent=parent)
        self.members_page = self.add_page(MembersPage(context), self.tr("Members"))
        self._units_page: UnitsPage | None = None
        self._communities_page: CommunitiesPage | None = None
        self.add_page(QWidget(), self.tr("Units"))
        self.add_page(QWidget(), self.tr("Communities"))
        # The import dialogs add the communities a sheet names (an administrator's call).
        self.members_page.communities_changed.connect(self.communities_changed)

    @property
    def units_page(self) -> UnitsPage:
        if self._units_page is None:
            from station_app.members.ui.units_page import UnitsPage

            page = self._units_page = UnitsPage(self.context)
            put_in_place(self.pages, UNITS, page)
            page.show_members.connect(self._show_unit_members)
            self.members_page.model.modelReset.connect(page.mark_stale)
            self.members_page.model.dataChanged.connect(page.mark_stale)
            page.communities_changed.connect(self.communities_changed)
        return self._units_page

    @property
    def communities_page(self) -> CommunitiesPage:
        if self._communities_page is None:
            from station_app.members.ui.communities_page import CommunitiesPage

            page = self._communities_page = CommunitiesPage(self.context)
            put_in_place(self.pages, COMMUNITIES, page)
            page.changed.connect(self.communities_changed)
        return self._communities_page

    def page_shown(self, index: int) -> None:
        if index == UNITS:
            self.units_page  # noqa: B018 (built now)
        elif index == COMMUNITIES:
            self.communities_page  # noqa: B018

    def show_members(self) -> None:
        self.pages.setCurrentWidget(self.members_page)

    def show_units(self) -> None:
        self.pages.setCurrentWidget(self.units_page)

    def show_communities(self) -> None:
        self.pages.setCurrentWidget(self.communities_page)

    def communities_changed(self) -> None:
        """Filters offer the new list; rows show renamed communities by their new name."""
        self.members_page.reload_communities()
        self.members_page.refresh()
        if self._units_page is not None:  # one built later reads them afresh
            self._units_page.reload_communities()
            self._units_page.refresh()
        if self._communities_page is not None:
            selected = self._communities_page.selected()
            self._communities_page.refresh(keep=selected.id if selected else None)

    def handle_scan(self, scan: Scan) -> str | None:
        """A card reader or the intake receipt's QR code: the member's record; an ID
        number nobody holds starts the intake with it (birth date and gender read)."""
        self.show_members()
        members = self.members_page.members
        if scan.kind == SCAN_ID:
            member_id = members.find_by_id_number(scan.text)
            if member_id is None:
                self.members_page.start_intake(scan.text)
                return None
        else:
            member_id = members.find_by_member_no(scan.text)
            if member_id is None:
                return self.tr("No member has the number {number}.").format(number=scan.text)
        self.members_page.open_record(member_id)
        return None

    def _show_unit_members(self, unit_id: int, name: str) -> None:
        self.members_page.show_unit(unit_id, name)
        self.show_members()
        self.members_page.focus_table()


def create_tab(context: DeskContext) -> QWidget:
    return MembersTab(context)
