"""The member intake tab (会员入会): members, the units where unions are founded, and
the street's communities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from station_app.context import DeskContext
from station_app.members.ui.communities_page import CommunitiesPage
from station_app.members.ui.members_page import MembersPage
from station_app.members.ui.units_page import UnitsPage


def tab_title() -> str:
    return QCoreApplication.translate("MainWindow", "Member intake")


class MembersTab(QWidget):
    """Three pages: the member list (first), the unit list, the communities."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.members_page = MembersPage(context)
        self.units_page = UnitsPage(context)
        self.communities_page = CommunitiesPage(context)
        self.pages = QTabWidget()
        self.pages.setObjectName("member_pages")
        self.pages.addTab(self.members_page, self.tr("Members"))
        self.pages.addTab(self.units_page, self.tr("Units"))
        self.pages.addTab(self.communities_page, self.tr("Communities"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self.units_page.show_members.connect(self._show_unit_members)
        self.members_page.model.modelReset.connect(self.units_page.mark_stale)
        self.members_page.model.dataChanged.connect(self.units_page.mark_stale)
        self.communities_page.changed.connect(self.communities_changed)
        # The import dialogs add the communities a sheet names (an administrator's call).
        self.members_page.communities_changed.connect(self.communities_changed)
        self.units_page.communities_changed.connect(self.communities_changed)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page shown."""
        page = self.pages.currentWidget()
        if isinstance(page, MembersPage | UnitsPage):
            page.focus_search()

    def focus_first(self) -> None:
        """Shown: where the desk types first (the page's search, a new community's name)."""
        if self.pages.currentWidget() is self.communities_page:
            self.communities_page.new_name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_search()

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

    def _show_unit_members(self, unit_id: int, name: str) -> None:
        self.members_page.show_unit(unit_id, name)
        self.show_members()
        self.members_page.focus_table()

    def shutdown(self) -> None:
        self.members_page.shutdown()
        self.units_page.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def create_tab(context: DeskContext) -> QWidget:
    return MembersTab(context)
