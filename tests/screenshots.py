"""Offscreen screenshots for docs/ and the README: `make screenshots`.

Builds a demo database in a temp folder and grabs the setup wizard, the login
dialog, the main window's tabs and the dialogs the README shows, exactly as the desk
sees them (Chinese UI, bundled font), the window at 1366×768 (the desk's usual screen).
Offscreen by default; under Xvfb: ``QT_QPA_PLATFORM=xcb DISPLAY=:55 python -m tests.screenshots``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parents[1] / "docs"
SCREEN = (1366, 768)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="station-shots-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())

    from PySide6.QtWidgets import QApplication

    from station_app import demo
    from station_app.app import create_app
    from station_app.context import DeskContext
    from station_app.core.accounts import AccountService
    from station_app.core.startup import open_database
    from station_app.core.station import StationService
    from station_app.dialogs.login_dialog import LoginDialog
    from station_app.dialogs.setup_wizard import SetupWizard
    from station_app.main_window import MainWindow
    from station_app.settings import AppSettings

    app = create_app()
    DOCS.mkdir(exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(DOCS / name))
        print(DOCS / name)

    fresh = open_database(f"sqlite:///{folder / 'fresh.db'}")
    wizard = SetupWizard(StationService(fresh))
    wizard.show()
    wizard.next()
    wizard.profile_page.inputs["name"].setText("太平桥街道总工会服务站")
    wizard.profile_page.inputs["address"].setText("北京市丰台区太平桥西里38号")
    wizard.profile_page.inputs["phone"].setText("010-63330000")
    wizard.profile_page.inputs["member_no_prefix"].setText("1")
    wizard.next()  # refused: shows the sentence beside the field
    save(wizard, "setup-wizard.png")
    wizard.close()

    db = open_database(f"sqlite:///{folder / 'demo.db'}")
    demo.fill(db, members=int(os.environ.get("SHOT_MEMBERS", "2000")))
    login = LoginDialog(AccountService(db), "太平桥街道总工会服务站", "desk")
    login.password.setText("wrong")
    login.try_login()
    save(login, "login.png")
    login.close()

    actor = AccountService(db).login("admin", "admin123")
    _import_preview(db, actor, folder, save)
    profile = StationService(db).profile()
    assert profile is not None
    window = MainWindow(DeskContext(db, actor, profile), AppSettings(), folder)
    window.resize(*SCREEN)
    save(window, "members-tab.png")
    _intake_errors(window, save)
    _handout(window, save)
    _rooms(window, save)
    window.tabs.setCurrentIndex(3)  # volunteer rosters: this month's activities
    page = window.tabs.currentWidget().activities_page
    if page.activity_model.rowCount():
        page.activity_view.selectRow(0)
    save(window, "volunteers-tab.png")
    _data_safety(window, save)
    window.close()
    app.processEvents()
    return 0


def _intake_errors(window, save) -> None:  # type: ignore[no-untyped-def]
    """新会员入会 with a mistyped ID number and mobile: the sentences beside the fields."""
    page = window.current_tab().members_page
    form = page._member_dialog("form", None)
    form.name.setText("王建国")
    form.id_number.setText("110106198001011235")  # its check digit is wrong
    form.mobile.setText("1381234567")  # a digit short
    form.show()
    form.save()
    save(form, "intake-form-errors.png")
    form.close()


def _handout(window, save) -> None:  # type: ignore[no-untyped-def]
    """慰问品发放: the open campaign, a surname searched, the first person chosen."""
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentIndex(1)
    page = window.current_tab().handout_page
    page.search.setText("王")
    page._run_search("王")
    QApplication.processEvents()
    if page.table.model() is not None and page.table.model().rowCount():
        page.table.selectRow(0)
    save(window, "welfare-handout.png")


def _rooms(window, save) -> None:  # type: ignore[no-untyped-def]
    """场室预约: the busiest coming day's grid, then its week."""
    import datetime as dt

    from sqlalchemy import text

    window.tabs.setCurrentIndex(2)
    rooms = window.current_tab()
    busiest = "SELECT date(starts_at) AS d FROM booking WHERE starts_at >= :now GROUP BY d ORDER BY count(*) DESC LIMIT 1"  # noqa: E501
    with window.context.db.read() as s:
        day = s.execute(text(busiest), {"now": dt.datetime.now()}).scalar()
    if day:
        rooms.set_date(dt.date.fromisoformat(day))
    rooms.day_button.click()
    save(window, "rooms-day.png")
    rooms.week_button.click()
    save(window, "rooms-week.png")
    rooms.day_button.click()


def _data_safety(window, save) -> None:  # type: ignore[no-untyped-def]
    """文件 → 备份… after a backup, and 检查数据 with its report."""
    from PySide6.QtWidgets import QApplication

    from station_app.dialogs.backup_dialog import BackupDialog
    from station_app.dialogs.check_dialog import CheckDialog

    def settle(dialog) -> None:  # type: ignore[no-untyped-def]
        while dialog.is_busy():
            QApplication.processEvents()
        QApplication.processEvents()

    backup = BackupDialog(window.context, window)
    backup.show()
    backup.back_up_now()
    settle(backup)
    save(backup, "backup-dialog.png")
    backup.close()
    check = CheckDialog(window.context.db.url, window)
    check.show()
    settle(check)
    save(check, "check-data.png")
    check.close()


def _import_preview(db, actor, folder: Path, save) -> None:  # type: ignore[no-untyped-def]
    """The import dialog's preview of a sheet with good, duplicate and broken rows."""
    import time

    from PySide6.QtWidgets import QApplication

    from station_app.context import DeskContext
    from station_app.core.station import StationService
    from station_app.members.ui.import_dialog import ImportDialog
    from tests.members.data.sheets import MEMBER_HEADERS, MEMBER_ROWS, write_xlsx

    def settle(dialog: ImportDialog) -> None:
        deadline = time.monotonic() + 60
        while (dialog.is_working() or dialog.task is not None) and time.monotonic() < deadline:
            QApplication.processEvents()

    path = write_xlsx(folder / "花名册.xlsx", MEMBER_HEADERS, MEMBER_ROWS, title="会员花名册")
    profile = StationService(db).profile()
    dialog = ImportDialog(DeskContext(db, actor, profile))
    dialog.show()
    dialog.load_file(path)
    settle(dialog)
    dialog.next_button.click()
    settle(dialog)
    dialog.show_combo.setCurrentIndex(0)
    save(dialog, "import-preview.png")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
