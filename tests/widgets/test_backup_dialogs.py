"""备份 / 恢复 / 检查数据 in the GUI, and data safety at start: real SQLite files, the work
off the UI thread, waited for by condition, never by sleeping."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from station_app.context import DeskContext
from station_app.core import backup as backups
from station_app.core import clock
from station_app.core.accounts import AccountService
from station_app.core.db import Database, sqlite_file
from station_app.core.errors import DeskError
from station_app.core.safekeeping import DataSafety
from station_app.core.station import StationService
from station_app.dialogs.backup_dialog import BackupDialog
from station_app.dialogs.check_dialog import CheckDialog
from station_app.main_window import MainWindow
from station_app.settings import AppSettings
from tests.conftest import set_up_station
from tests.widgets.windows import make_window

WAIT_MS = 20_000


def db_path(db: Database) -> Path:
    path = sqlite_file(db.url)
    assert path is not None
    return path


def usernames(url: str) -> list[str]:
    db = Database(url)
    try:
        return [op.username for op in AccountService(db).list_operators()]
    finally:
        db.dispose()


def damage(path: Path) -> None:
    """Overwrite the pages after the header, as a failing disk would."""
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(b"\xa5" * 4096 * 3)


def wait_idle(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)


# --- backing up -------------------------------------------------------------------------


def test_back_up_now_makes_a_verified_copy_that_is_listed(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    dialog = BackupDialog(window.context, window)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()
    assert str(backups.backups_dir(db_path(sqlite_db))) in dialog.folder_label.text()

    dialog.backup_button.click()
    assert dialog.is_busy() and not dialog.backup_button.isEnabled()
    wait_idle(qtbot, dialog)

    assert dialog.last_done is not None
    copy = dialog.last_done.path
    assert copy.parent == backups.backups_dir(db_path(sqlite_db))
    assert backups.integrity_problem(copy) is None
    assert str(copy) in dialog.result_text()
    assert dialog.table.rowCount() == 1 and not dialog.empty_label.isVisible()
    assert dialog.table.item(0, dialog.table.KIND).text() == "Backed up by hand"
    assert dialog.table.item(0, dialog.table.SIZE).text().endswith(" MB")
    assert dialog.backup_button.isEnabled()


def test_second_folder_gets_a_copy_or_says_why_not(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = BackupDialog(window.context, window)
    dialog.show()
    assert dialog.second_group is not None
    assert "not set" in dialog.second_label.text()
    dialog.choose_second_folder()
    assert DataSafety(sqlite_db.url).second_folder() == usb
    assert str(usb) in dialog.second_label.text()

    dialog.back_up_now()
    wait_idle(qtbot, dialog)
    assert dialog.last_done is not None and dialog.last_done.mirror is not None
    assert dialog.last_done.mirror.parent == usb
    assert "A second copy was made" in dialog.result_text()

    usb.rename(tmp_path / "unplugged")
    dialog.refresh()
    assert "not reachable" in dialog.second_label.text()
    # A second copy within the same second would be the same file: take another later.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2030, 1, 1, 9, 0))
    dialog.back_up_now()
    wait_idle(qtbot, dialog)
    assert "No second copy was made" in dialog.result_text()

    dialog.clear_second_folder()
    assert DataSafety(sqlite_db.url).second_folder() is None


def test_save_a_copy_as_a_chosen_file(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    target = tmp_path / "stick" / "station-copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = BackupDialog(window.context, window)
    dialog.show()
    dialog.save_as_button.click()
    wait_idle(qtbot, dialog)
    saved = target.with_suffix(".db")
    assert saved.is_file() and backups.integrity_problem(saved) is None
    assert str(saved) in dialog.result_text()

    # Never over the database itself.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_path(sqlite_db)), "")
    )
    before = db_path(sqlite_db).read_bytes()
    dialog.save_copy_as()
    wait_idle(qtbot, dialog)  # refused by the core, shown like any refusal
    assert "the database itself" in dialog.result_text()
    assert db_path(sqlite_db).read_bytes() == before


def test_postgresql_backups_explain_pg_dump_and_say_when_it_is_missing(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    pg = Database("postgresql+psycopg://station@127.0.0.1:1/station")  # never connected
    monkeypatch.setattr("station_app.core.pg_backup.shutil.which", lambda _name: None)
    context = DeskContext(pg, window.context.actor, window.context.station)
    dialog = BackupDialog(context, window)
    dialog.show()
    assert dialog.table.isHidden() and dialog.second_group is None
    dialog.back_up_now()
    wait_idle(qtbot, dialog)
    assert "pg_dump was not found" in dialog.result_text()
    pg.dispose()


# --- who sees what ------------------------------------------------------------------------


def test_desk_staff_see_no_restore_and_no_second_folder(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path, desk=True)
    assert window.restore_action is None
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "&Back up…" in texts and "&Check data" in texts and "&Restore…" not in texts
    dialog = BackupDialog(window.context, window)
    assert dialog.second_group is None
    # A copy to a chosen file carries every full ID out: administrators only.
    assert dialog.save_as_button.isHidden() and not dialog.backup_button.isHidden()


def test_administrators_see_restore(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    assert window.restore_action is not None
    file_menu = window.menuBar().actions()[0].menu()
    assert window.restore_action in file_menu.actions()


# --- restoring ----------------------------------------------------------------------------


def test_restore_brings_back_the_old_data_and_keeps_a_safety_copy(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, message_boxes
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    admin = window.context.actor
    safety = DataSafety(sqlite_db.url)
    safety.backup(admin)
    AccountService(sqlite_db).add_operator(admin, "zhao", "赵敏", "desk", "longenough")
    assert "zhao" in usernames(sqlite_db.url)

    dialog = window.make_restore_dialog()
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    assert "safety copy" in dialog.confirm_text(dialog.source())
    with qtbot.waitSignal(window.database_replaced, timeout=WAIT_MS):
        dialog.restore_button.click()  # the question is answered Yes

    assert usernames(sqlite_db.url) == ["admin"]
    kinds = [b.reason for b in safety.list_backups()]
    assert "before-restore" in kinds
    kept = next(b for b in safety.list_backups() if b.reason == "before-restore")
    con = sqlite3.connect(kept.path)
    try:
        assert con.execute("SELECT count(*) FROM operator WHERE username = 'zhao'").fetchone()
    finally:
        con.close()
    assert [kind for kind, _title, _text in message_boxes] == ["question", "information"]
    assert not window.isVisible()


def test_restore_of_a_damaged_file_is_refused_and_changes_nothing(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch, message_boxes
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    admin = window.context.actor
    bad = DataSafety(sqlite_db.url).backup(admin, tmp_path / "elsewhere" / "bad.db").path
    damage(bad)
    AccountService(sqlite_db).add_operator(admin, "zhao", "赵敏", "desk", "longenough")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    replaced: list[bool] = []
    window.database_replaced.connect(lambda: replaced.append(True))

    dialog = window.make_restore_dialog()
    dialog.show()
    dialog.browse()
    assert dialog.source() == bad and str(bad) in dialog.file_label.text()
    dialog.restore_chosen()
    wait_idle(qtbot, dialog)

    assert "damaged" in dialog.error_text()
    assert message_boxes[-1][0] == "warning" and "damaged" in message_boxes[-1][2]
    assert dialog.isVisible() and window.isVisible() and not replaced
    assert sorted(usernames(sqlite_db.url)) == ["admin", "zhao"]
    assert DataSafety(sqlite_db.url).list_backups() == []
    # The desk goes on working on the same database.
    assert len(AccountService(window.context.db).list_operators()) == 2
    dialog.reject()


def test_no_is_no(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    DataSafety(sqlite_db.url).backup(window.context.actor)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = window.make_restore_dialog()
    dialog.table.selectRow(0)
    dialog.restore_chosen()
    assert not dialog.is_busy()
    assert [b.reason for b in DataSafety(sqlite_db.url).list_backups()] == ["manual"]


# --- checking -----------------------------------------------------------------------------


def test_check_data_shows_the_summary_and_the_report(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    dialog = CheckDialog(sqlite_db.url, window)
    dialog.show()
    assert dialog.is_busy()
    wait_idle(qtbot, dialog)
    assert dialog.report is not None and dialog.report.ok
    summary = dialog.summary_label.text()
    assert summary.startswith(f"All {len(dialog.report.passed)} checks passed")
    text = dialog.report_text.toPlainText()
    assert text.splitlines()[0] == dialog.report.summary() and "✓ file integrity" in text
    assert dialog.report_text.isReadOnly()
    dialog.copy_report()
    assert QApplication.clipboard().text() == text


# --- at start -----------------------------------------------------------------------------


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot, sqlite_db: Database, message_boxes
) -> None:
    from station_app.app import open_database

    admin = set_up_station(sqlite_db)
    DataSafety(sqlite_db.url).backup(admin)
    AccountService(sqlite_db).add_operator(admin, "zhao", "赵敏", "desk", "longenough")
    sqlite_db.dispose()
    damage(db_path(sqlite_db))

    db = open_database(sqlite_db.url, daily=False)  # the question is answered Yes

    assert db is not None
    try:
        assert [op.username for op in AccountService(db).list_operators()] == ["admin"]
    finally:
        db.dispose()
    kinds = [kind for kind, _title, _text in message_boxes]
    assert kinds == ["question", "information"]
    assert "Restore the newest good backup from" in message_boxes[0][2]
    assert ".damaged.db" in message_boxes[1][2]


def test_a_damaged_database_at_start_is_left_alone_when_the_desk_says_no(
    qtbot, sqlite_db: Database, monkeypatch, message_boxes
) -> None:
    from station_app.app import open_database

    admin = set_up_station(sqlite_db)
    DataSafety(sqlite_db.url).backup(admin)
    sqlite_db.dispose()
    path = db_path(sqlite_db)
    damage(path)
    damaged = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert open_database(sqlite_db.url, daily=False) is None
    assert path.read_bytes() == damaged


def test_a_damaged_database_without_backups_offers_a_file_from_elsewhere(
    qtbot, sqlite_db: Database, monkeypatch, tmp_path: Path, message_boxes
) -> None:
    from station_app.app import open_database

    admin = set_up_station(sqlite_db)
    usb = tmp_path / "usb"
    kept = DataSafety(sqlite_db.url).backup(admin, usb / "站点备份.db").path
    shutil.rmtree(db_path(sqlite_db).parent / "backups", ignore_errors=True)
    sqlite_db.dispose()
    damage(db_path(sqlite_db))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(kept), ""))

    db = open_database(sqlite_db.url, daily=False)  # Yes, then the file on the drive

    assert db is not None
    db.dispose()
    assert [kind for kind, _t, _x in message_boxes] == ["question", "information"]
    assert "No good backup was found" in message_boxes[0][2]
    assert "USB" in message_boxes[0][2]


def test_a_damaged_database_without_backups_stays_closed_when_no_file_is_chosen(
    qtbot, sqlite_db: Database, monkeypatch, message_boxes
) -> None:
    from station_app.app import open_database

    set_up_station(sqlite_db)
    sqlite_db.dispose()
    path = db_path(sqlite_db)
    damage(path)
    damaged = path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert open_database(sqlite_db.url, daily=False) is None
    assert [kind for kind, _t, _x in message_boxes] == ["question"]
    assert path.read_bytes() == damaged


def test_daily_backup_runs_in_the_background_and_reports_in_the_status_bar(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path
) -> None:
    from station_app.dialogs.startup_safety import start_auto_backup

    window = make_window(qtbot, sqlite_db, settings, tmp_path)
    task = start_auto_backup(window, sqlite_db.url)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert "Daily backup saved" in window.statusBar().currentMessage()
    assert [b.reason for b in DataSafety(sqlite_db.url).list_backups()] == ["auto"]
    assert start_auto_backup(window, sqlite_db.url) is None  # not due again today


def test_a_failed_daily_backup_is_a_warning_not_a_stop(
    qtbot, sqlite_db: Database, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    from station_app.dialogs.startup_safety import start_auto_backup

    window = make_window(qtbot, sqlite_db, settings, tmp_path)

    def broken(self, progress=None):  # type: ignore[no-untyped-def]
        raise DeskError(
            "The backup could not be written to {folder}: {reason}.", folder="F:", reason="full"
        )

    monkeypatch.setattr(DataSafety, "auto_backup", broken)
    task = start_auto_backup(window, sqlite_db.url)
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS):
        pass
    assert "daily backup failed" in window.statusBar().currentMessage()
    assert "F:" in window.statusBar().currentMessage()
    assert window.isVisible()


def test_run_gui_opens_the_database_anew_after_a_restore(
    qtbot, sqlite_db: Database, monkeypatch, tmp_path: Path
) -> None:
    """The loop: desk → restore → the database is opened (and upgraded) again → login."""
    import station_app.app as app_module
    from station_app.widgets import background

    admin = set_up_station(sqlite_db)
    profile = StationService(sqlite_db).profile()
    sqlite_db.dispose()
    opened: list[bool] = []
    real_open = app_module.open_database

    def open_database(url: str, *, daily: bool = True):  # type: ignore[no-untyped-def]
        opened.append(daily)
        return real_open(url, daily=daily)

    logins: list[Database] = []

    def sign_in(db: Database, _settings):  # type: ignore[no-untyped-def]
        logins.append(db)
        return DeskContext(db, admin, profile) if len(logins) == 1 else None

    class FakeApp:
        def exec(self) -> int:
            windows = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            windows[0].reopen_after_restore()  # as the restore dialog does
            return 0

    monkeypatch.setattr(app_module, "open_database", open_database)
    monkeypatch.setattr(app_module, "sign_in", sign_in)
    monkeypatch.setattr(app_module, "create_app", lambda: FakeApp())
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "logs" / "station.log")
    monkeypatch.setattr("station_app.crash.install_excepthook", lambda _path: None)

    assert app_module.run_gui(sqlite_db.url) == 0

    assert opened == [False, False]  # the daily copy is not taken while opening
    assert len(logins) == 2 and logins[0] is not logins[1]
    # The daily copy was started in the background once the desk was open.
    qtbot.waitUntil(lambda: not background._live_tasks, timeout=WAIT_MS)
    assert [b.reason for b in DataSafety(sqlite_db.url).list_backups()] == ["auto"]
    logins[1].dispose()
