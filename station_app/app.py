"""QApplication set-up and the desk's start: fonts, translators, crash hook, login."""

from __future__ import annotations

import gc
import linecache
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from station_app import APP_NAME, __version__
from station_app.context import DeskContext
from station_app.core.accounts import AccountService
from station_app.core.backup import DatabaseDamaged
from station_app.core.db import Database
from station_app.core.errors import DeskError
from station_app.core.log import setup_logging
from station_app.core.paths import font_path, resource_path
from station_app.core.rows import map_rows
from station_app.core.station import StationService
from station_app.settings import AppSettings
from station_app.translators import load_translators

log = logging.getLogger(__name__)
UI_FONT_SIZE = 10
COLLECT_AFTER_MS = 1000


def load_font(app: QApplication) -> None:
    """The bundled font, so the UI looks the same on any PC."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], UI_FONT_SIZE))
    else:
        log.warning("Bundled font could not be loaded from %s", font_path())


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("StationDesk")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "station-app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_font(app)
    load_translators(app, AppSettings().language)
    return app


def open_database(url: str, *, daily: bool = True) -> Database | None:
    """Upgrade (with a copy aside) and open; a refusal is shown, not raised.

    A damaged file is not opened: the desk is offered the newest good backup instead.
    """
    from station_app.core.startup import open_database as open_and_upgrade

    try:
        return open_and_upgrade(url, daily=daily)
    except DatabaseDamaged as damaged:
        from station_app.dialogs.startup_safety import offer_restore

        if not offer_restore(url, damaged):
            return None
    except DeskError as error:
        _show_refusal(error)
        return None
    try:
        return open_and_upgrade(url, daily=daily)
    except DeskError as error:
        _show_refusal(error)
    return None


def _show_refusal(error: DeskError) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("App", "Station Desk"), error.message())


def sign_in(db: Database, settings: AppSettings) -> DeskContext | None:
    """Setup wizard on the first start, the login dialog on every other."""
    stations = StationService(db)
    if stations.needs_setup():
        from station_app.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(stations)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
            return None
        actor = wizard.actor
        profile = stations.profile()  # the one the wizard saved
    else:
        from station_app.dialogs.login_dialog import LoginDialog

        profile = stations.profile()
        login = LoginDialog(
            AccountService(db),
            profile.name if profile else "",
            settings.last_username,
            meanwhile=_load_desk,
        )
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        actor = login.actor
    settings.last_username = actor.username
    assert profile is not None
    return DeskContext(db=db, actor=actor, station=profile)


def _after_start() -> None:
    """Once the window has painted and settled: the ORM, which the first screen does
    without (core/rows.py), is loaded before the clerk's first action needs it; then the
    collector, off during the start-up (cli.run), starts: its first pass goes over every
    object of the start-up."""
    try:
        map_rows()
    except Exception:  # mapped again, and said, where it is first used
        log.exception("The ORM could not be loaded after the start")
    linecache.clearcache()  # the ORM's source, read by PySide6 (see widgets/tab_pages.py)
    gc.enable()


def _load_desk() -> None:
    """The main window's modules and its first tab's: loaded while the password is
    checked (see LoginDialog.try_login). A failure here never stops the login: the
    window's own import says it again, where the crash hook shows it."""
    try:
        from station_app import main_window

        main_window.load_first_tab()
    except Exception:
        log.exception("The desk's modules could not be loaded ahead of the window")


def run_gui(db_url: str) -> int:
    from station_app.crash import install_excepthook
    from station_app.dialogs.startup_safety import start_auto_backup

    log_path = setup_logging()
    app = create_app()
    install_excepthook(log_path)
    # The daily copy is taken once the desk is open, in the background (below).
    db = open_database(db_url, daily=False)
    if db is None:
        return 1
    settings = AppSettings()
    log.info("Station Desk %s started on %s", __version__, db.display_location)
    while True:
        context = sign_in(db, settings)
        if context is None:
            db.dispose()
            return 0
        from station_app.main_window import MainWindow

        window = MainWindow(context, settings, log_path.parent)
        switching, replaced = _SwitchFlag(), _SwitchFlag()
        window.switch_user_requested.connect(switching.set)
        window.database_replaced.connect(replaced.set)
        window.show()
        QTimer.singleShot(COLLECT_AFTER_MS, _after_start)
        try:
            start_auto_backup(window, db_url)
        except Exception:  # a backup never stops the desk
            log.exception("Daily backup could not be started")
        app.exec()
        window.deleteLater()
        if replaced.value:
            # Restored: the file under the old engine is gone; open (and upgrade) anew.
            db.dispose()
            db = open_database(db_url, daily=False)
            if db is None:
                return 1
            log.info("Database reopened after a restore")
        elif not switching.value:
            db.dispose()  # the connections closed here, not left to the process's end
            return 0


class _SwitchFlag:
    """Set when the window closed for 切换用户 (or after a restore) rather than to quit."""

    value = False

    def set(self) -> None:
        self.value = True
