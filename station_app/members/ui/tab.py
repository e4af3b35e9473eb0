"""The member intake tab (会员入会): members, the units where unions are founded, and
the street's communities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_app.context import DeskContext
from station_app.members.ui.communities_page import CommunitiesPage
from station_app.members.ui.members_page import MembersPage
from station_app.members.ui.units_page import UnitsPage
from station_app.widgets.scanner import SCAN_ID, Scan
from station_app.widgets.tab_host import TabHost


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Member intake")


class MembersTab(TabHost):
    """Three pages: the member list (first), the unit list, the communities."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "member_pages", margins=6, parent=parent)
        self.members_page = self.add_page(MembersPage(context), self.tr("Members"))
        self.units_page = self.add_page(UnitsPage(context), self.tr("Units"))
        self.communities_page = self.add_page(CommunitiesPage(context), self.tr("Communities"))
        self.units_page.show_members.connect(self._show_unit_members)
        self.members_page.model.modelReset.connect(self.units_page.mark_stale)
        self.members_page.model.dataChanged.connect(self.units_page.mark_stale)
        self.communities_page.changed.connect(self.communities_changed)
        # The import dialogs add the communities a sheet names (an administrator's call).
        self.members_page.communities_changed.connect(self.communities_changed)
        self.units_page.communities_changed.connect(self.communities_changed)

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
        self.units_page.reload_communities()
        self.units_page.refresh()
        selected = self.communities_page.selected()
        self.communities_page.refresh(keep=selected.id if selected else None)

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
