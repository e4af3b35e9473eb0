"""Data safety at start: offer the newest good backup when the database is damaged,
and take the daily automatic backup in the background once the desk is open."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from station_app.core.actor import ROLE_ADMIN, Actor
from station_app.core.backup import DatabaseDamaged
from station_app.core.safekeeping import BackupDone, DataSafety
from station_app.widgets.background import BackgroundTask

log = logging.getLogger(__name__)

# Who restored, in the audit log of the restored database.
STARTUP_ACTOR = Actor(id=None, username="startup", display_name="启动检查", role=ROLE_ADMIN)
AUTO_BACKUP_SHOW_AFTER_MS = 1000  # a quick daily copy never flashes a dialog
STATUS_MESSAGE_MS = 15_000


def _title() -> str:
    return QCoreApplication.translate("App", "Station Desk")


def _progress_dialog(label: str, parent: QWidget | None, show_after_ms: int) -> QProgressDialog:
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # a copy is never left half-way
    progress.setWindowTitle(_title())
    progress.setMinimumDuration(show_after_ms)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


def _close(progress: QProgressDialog) -> None:
    if shiboken6.isValid(progress):
        progress.reset()  # also stops the timer that would show it
        progress.hide()
        progress.deleteLater()


def _follow(progress: QProgressDialog, done: int, total: int) -> None:
    if shiboken6.isValid(progress) and total > 0:
        progress.setMaximum(total)
        progress.setValue(min(done, total))


# --- a damaged database at start -----------------------------------------------------


def offer_restore(url: str, damaged: DatabaseDamaged) -> bool:
    """Says why the database was not opened and offers a way back: the newest good
    backup when there is one, otherwise a backup file the desk picks (a USB drive).
    True when one was restored (the caller opens the database again)."""
    backup = damaged.backup
    if backup is not None:
        question = QCoreApplication.translate(
            "StartupSafety", "Restore the newest good backup from {time}?"
        ).format(time=f"{backup.taken_at:%Y-%m-%d %H:%M}")
    else:
        question = QCoreApplication.translate(
            "StartupSafety", "Choose a backup file to restore (for example on a USB drive)?"
        )
    answer = QMessageBox.question(
        None,
        _title(),
        f"{damaged.message()}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if backup is not None:
        return _restore(url, backup.path, f"{backup.taken_at:%Y-%m-%d %H:%M}")
    chosen, _filter = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("StartupSafety", "Choose a backup"),
        "",
        QCoreApplication.translate("StartupSafety", "Station Desk backup (*.db);;All files (*)"),
    )
    return bool(chosen) and _restore(url, Path(chosen), Path(chosen).name)


def _restore(url: str, source: Path, which: str) -> bool:
    safety = DataSafety(url)

    def work(progress, _should_cancel):  # type: ignore[no-untyped-def]
        return safety.restore(STARTUP_ACTOR, source, progress)

    outcome: dict[str, Any] = {}
    progress = _progress_dialog(
        QCoreApplication.translate("StartupSafety", "Restoring the backup…"), None, 500
    )
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    task = BackgroundTask(work, "startup-restore")
    task.progress.connect(lambda done, total: _follow(progress, done, total))
    task.finished.connect(lambda result: outcome.update(done=result))
    task.failed.connect(lambda message: outcome.update(error=message))
    for signal in (task.finished, task.failed):
        signal.connect(loop.quit)
    task.start()
    loop.exec()
    _close(progress)
    if "error" in outcome:
        QMessageBox.critical(None, _title(), outcome["error"])
        return False
    done = outcome["done"]
    log.info("Damaged database replaced by %s at start", source)
    QMessageBox.information(
        None,
        _title(),
        QCoreApplication.translate(
            "StartupSafety",
            "The backup from {time} was restored. The damaged database is kept as "
            "{copy}; please tell whoever looks after this PC.",
        ).format(time=which, copy=done.safety_copy),
    )
    return True


# --- the daily automatic backup ------------------------------------------------------


def start_auto_backup(window: QMainWindow, url: str) -> BackgroundTask | None:
    """When the daily copy is due, takes it off the UI thread; the desk works on.

    A progress dialog shows only when it takes longer than a second; the status bar
    says how it went. A failure is a warning there, never a stop.
    """
    try:
        safety = DataSafety(url)
        if not safety.auto_backup_due():
            return None
    except Exception:
        log.exception("Could not tell whether the daily backup is due")
        return None

    def work(progress, _should_cancel):  # type: ignore[no-untyped-def]
        return safety.auto_backup(progress)

    progress = _progress_dialog(
        QCoreApplication.translate(
            "StartupSafety", "Taking the daily backup… You can keep working."
        ),
        window,
        AUTO_BACKUP_SHOW_AFTER_MS,
    )
    progress.setWindowModality(Qt.WindowModality.NonModal)
    task = BackgroundTask(work, "auto-backup")

    def finished(done: BackupDone) -> None:
        _close(progress)
        text = QCoreApplication.translate("StartupSafety", "Daily backup saved: {file}").format(
            file=done.path.name
        )
        if done.mirror_problem:
            text = QCoreApplication.translate(
                "StartupSafety", "Daily backup saved: {file}; no second copy: {problem}"
            ).format(file=done.path.name, problem=done.mirror_problem)
        _status(window, text, STATUS_MESSAGE_MS)

    def failed(message: str) -> None:
        _close(progress)
        log.warning("Daily backup failed: %s", message)
        _status(
            window,
            QCoreApplication.translate("StartupSafety", "The daily backup failed: {reason}").format(
                reason=message
            ),
            0,
        )

    task.progress.connect(lambda done, total: _follow(progress, done, total))
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task


def _status(window: QMainWindow, text: str, timeout_ms: int) -> None:
    if shiboken6.isValid(window):
        window.statusBar().showMessage(text, timeout_ms)
