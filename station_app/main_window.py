"""Tab host: the four desk jobs, menus, status bar.

Only the first tab is built at start. The others stand as empty pages until first
shown: then their module is imported (with its printouts, sheets and services) and the
tab built in place of the empty page, so the window opens without them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.actor import role_label
from station_app.core.i18n import QT_TRANSLATE_NOOP
from station_app.settings import AppSettings
from station_app.widgets.scanner import Scan, ScanDetector
from station_app.widgets.screen_fit import fit_to_screen
from station_app.widgets.tab_pages import put_in_place

if TYPE_CHECKING:
    from station_app.dialogs.restore_dialog import RestoreDialog


# Each tab's module is imported when the tab is first built (the imports are written
# out, so that the frozen build and import-linter see them).
def _members_tab(context: DeskContext) -> QWidget:
    from station_app.members.ui import tab

    return tab.create_tab(context)


def _welfare_tab(context: DeskContext) -> QWidget:
    from station_app.welfare.ui import tab

    return tab.create_tab(context)


def _rooms_tab(context: DeskContext) -> QWidget:
    from station_app.rooms.ui import tab

    return tab.create_tab(context)


def _volunteers_tab(context: DeskContext) -> QWidget:
    from station_app.volunteers.ui import tab

    return tab.create_tab(context)


def _overview_tab(context: DeskContext) -> QWidget:
    from station_app.overview.ui import tab

    return tab.create_tab(context)


# How to build each tab, and its title: the same as its module's tab_title() (a test
# keeps them equal), known without importing it.
TABS: tuple[tuple[Callable[[DeskContext], QWidget], str], ...] = (
    (_members_tab, QT_TRANSLATE_NOOP("MainWindow", "Member intake")),
    (_welfare_tab, QT_TRANSLATE_NOOP("MainWindow", "Welfare gifts")),
    (_rooms_tab, QT_TRANSLATE_NOOP("MainWindow", "Room bookings")),
    (_volunteers_tab, QT_TRANSLATE_NOOP("MainWindow", "Volunteer rosters")),
    (_overview_tab, QT_TRANSLATE_NOOP("MainWindow", "Figures")),
)


def load_first_tab() -> None:
    """Imports the first tab's modules ahead of building it (the login dialog does it
    while the password is checked)."""
    from station_app.members.ui import tab  # noqa: F401


class _UnbuiltTab(QWidget):
    """Stands in a tab's place until the tab is first shown."""

    def __init__(self, build: Callable[[DeskContext], QWidget]) -> None:
        super().__init__()
        self.build = build


class MainWindow(QMainWindow):
    switch_user_requested = Signal()
    database_replaced = Signal()  # closed after a restore: open the database again

    def __init__(self, context: DeskContext, settings: AppSettings, log_folder: Path) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.log_folder = log_folder
        self._switching = False
        self._replaced = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for build, title in TABS:
            self.tabs.addTab(_UnbuiltTab(build), QCoreApplication.translate("MainWindow", title))
        self.build_tab(0)
        self.tabs.currentChanged.connect(self.build_tab)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.update_title()
        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1200, 780)
        self.focus_first()  # the first tab too, not only the ones switched to
        self.scanner = ScanDetector(self)  # ID-card readers and QR scanners
        self.scanner.scanned.connect(self.route_scan)

    # --- building ---------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.triggered.connect(self.open_backup)
        file_menu.addAction(self.backup_action)
        self.restore_action: QAction | None = None
        if self.context.actor.is_admin:  # desk staff do not see it at all
            self.restore_action = QAction(self.tr("&Restore…"), self)
            self.restore_action.triggered.connect(self.open_restore)
            file_menu.addAction(self.restore_action)
        self.check_action = QAction(self.tr("&Check data"), self)
        self.check_action.triggered.connect(self.open_check)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        test_page = QAction(self.tr("&Print a test page…"), self)
        test_page.triggered.connect(self.print_test_page)
        file_menu.addAction(test_page)
        file_menu.addSeparator()
        switch = QAction(self.tr("Switch &user"), self)
        switch.setShortcut(QKeySequence("Ctrl+L"))
        switch.triggered.connect(self.switch_user)
        file_menu.addAction(switch)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        tools = bar.addMenu(self.tr("&Tools"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        tools.addAction(self.settings_action)
        password = QAction(self.tr("Change my &password…"), self)
        password.triggered.connect(self.change_own_password)
        tools.addAction(password)
        self.audit_action: QAction | None = None
        if self.context.actor.is_admin:  # the service refuses desk staff too
            self.audit_action = QAction(self.tr("&Audit log…"), self)
            self.audit_action.triggered.connect(self.open_audit_log)
            tools.addAction(self.audit_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Station Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        # Ctrl+1..4 switch tabs; Ctrl+F goes to the current tab's search box.
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.tabs.currentChanged.connect(self.focus_first)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.db_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.refresh_status()

    def refresh_status(self) -> None:
        actor = self.context.actor
        self.user_label.setText(
            self.tr("Logged in: {name} ({role})").format(
                name=actor.display_name, role=role_label(actor.role)
            )
        )
        self.db_label.setText(
            self.tr("Database: {location}").format(location=self.context.db.display_location)
        )

    def update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{station} — Station Desk").format(station=self.context.station.name)
        )

    def build_tab(self, index: int) -> QWidget:
        """The tab at ``index``, built now if it was not yet (it takes the empty page's
        place, and stays current if that was)."""
        unbuilt = self.tabs.widget(index)
        if not isinstance(unbuilt, _UnbuiltTab):
            return unbuilt
        tab = unbuilt.build(self.context)
        put_in_place(self.tabs, index, tab)
        return tab

    # --- actions ----------------------------------------------------------------

    def current_tab(self) -> QWidget:
        return self.tabs.currentWidget()

    def focus_first(self) -> None:
        """A tab just shown puts the focus where the desk types first (Ctrl+1..4 and a
        click on the tab alike); typed keys are not lost on the tab bar."""
        focus = getattr(self.current_tab(), "focus_first", None)
        if callable(focus):
            focus()

    def route_scan(self, scan: Scan) -> None:
        """A reader's burst: the tab shown opens that person; what it could not do is
        said in the status bar."""
        handle = getattr(self.current_tab(), "handle_scan", None)
        if callable(handle):
            message = handle(scan)
        else:
            message = self.tr("A scanned number is not used here.")
        if message:
            self.statusBar().showMessage(message, 15000)

    def focus_search(self) -> None:
        focus = getattr(self.current_tab(), "focus_search", None)
        if callable(focus):
            focus()

    def print_test_page(self) -> None:
        from station_app.core.pdf.sample import build_sample
        from station_app.widgets.print_action import preview_pdf

        station = self.context.station.name
        operator = self.context.actor.display_name

        def build(path: Path, _data: None, progress, should_cancel) -> None:  # type: ignore[no-untyped-def]
            build_sample(path, station, operator, progress=progress, should_cancel=should_cancel)

        preview_pdf(self, self.tr("Test page"), lambda: None, build)

    def open_settings(self) -> None:
        from station_app.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self.settings, self).exec()
        self.update_title()

    def change_own_password(self) -> None:
        from station_app.dialogs.password_dialog import PasswordDialog

        if PasswordDialog(self.context, self).exec():
            QMessageBox.information(
                self, self.tr("Change my password"), self.tr("Your password has been changed.")
            )

    def open_audit_log(self) -> None:
        from station_app.dialogs.audit_log_dialog import AuditLogDialog

        openable = ("member", "booking")
        AuditLogDialog(self.context, self, open_record=self.open_record, openable=openable).exec()

    def open_record(self, entity: str, entity_id: str) -> bool:
        """Opens a member's record or a booking where its tab shows it (the audit log)."""
        where = {"member": _members_tab, "booking": _rooms_tab}.get(entity)
        index = next((i for i, (build, _title) in enumerate(TABS) if build is where), None)
        if index is None:
            return False
        tab = self.build_tab(index)
        if entity == "member":
            tab.members_page.open_record(int(entity_id))  # type: ignore[attr-defined]
        else:
            self.tabs.setCurrentWidget(tab)
            tab.open_booking(int(entity_id))  # type: ignore[attr-defined]
        return True

    def show_about(self) -> None:
        from station_app.dialogs.about_dialog import AboutDialog

        AboutDialog(self.context.db.display_location, str(self.log_folder), self).exec()

    def open_backup(self) -> None:
        from station_app.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def make_restore_dialog(self) -> RestoreDialog:
        from station_app.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.reopen_after_restore)
        return dialog

    def open_restore(self) -> None:
        self.make_restore_dialog().exec()

    def open_check(self) -> None:
        from station_app.dialogs.check_dialog import CheckDialog

        dialog = CheckDialog(self.context.db.url, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def reopen_after_restore(self) -> None:
        """The data under this window is gone: back to the login, on the restored file."""
        self._replaced = True
        self.close()

    def switch_user(self) -> None:
        self._switching = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        for index in range(self.tabs.count()):  # what a tab has at work stops now
            shutdown = getattr(self.tabs.widget(index), "shutdown", None)
            if callable(shutdown):
                shutdown()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
        if self._replaced:
            self._replaced = False
            self.database_replaced.emit()
        elif self._switching:
            self._switching = False
            self.switch_user_requested.emit()
