"""备份: where the copies are, a copy now (or to a file of one's choosing), and for
administrators the second folder (a USB drive) every copy is mirrored to."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.core.safekeeping import BackupDone, DataSafety
from station_app.dialogs.backup_list import BackupTable, CopyProgress
from station_app.widgets.background import BackgroundTask
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.screen_fit import fit_to_screen

GOOD_STYLE = "color: #1e7e34;"


class BackupDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.safety = DataSafety(context.db.url)
        self.task: BackgroundTask | None = None
        self.last_done: BackupDone | None = None
        self.setWindowTitle(self.tr("Back up"))

        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(
            self.tr("Backups folder: {folder}").format(folder=self.safety.folder)
        )
        self.folder_label.setObjectName("folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(self.open_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)

        self.table = BackupTable(self.safety.folder)
        self.table.setVisible(self.safety.is_sqlite)
        self.empty_label = QLabel(self.tr("No backups yet."))

        self.progress = CopyProgress()
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up_now)
        self.save_as_button = QPushButton(self.tr("Save a copy as…"))
        self.save_as_button.clicked.connect(self.save_copy_as)
        # A copy to a chosen file takes every full ID along: administrators only.
        self.save_as_button.setVisible(context.actor.is_admin)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.save_as_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)  # hidden for PostgreSQL: a stretch below instead
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        if not self.safety.is_sqlite:
            layout.addStretch(1)

        self.second_group: QGroupBox | None = None
        if context.actor.is_admin and self.safety.is_sqlite:
            layout.addWidget(self._second_folder_group())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        fit_to_screen(self, 640, 520 if self.safety.is_sqlite else 240)

    def _intro_text(self) -> str:
        if self.safety.is_sqlite:
            return self.tr(
                "Every copy is checked before it is kept. The program takes one by itself "
                "each day; the backups folder keeps the copies of the last 7 days and of "
                "the last 4 weeks."
            )
        return self.tr(
            "This station's database is on a PostgreSQL server. “Back up now” writes a "
            "pg_dump archive (the server's own backup format) into the folder below; "
            "“Save a copy as…” writes one where you choose. The PostgreSQL client tools "
            "(pg_dump) must be installed on this PC."
        )

    def _second_folder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Second copy (e.g. a USB drive)"))
        group.setObjectName("second_folder_group")
        self.second_label = QLabel()
        self.second_label.setObjectName("second_folder_label")
        self.second_label.setWordWrap(True)
        self.second_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_second_folder)
        self.clear_second_button = QPushButton(self.tr("Clear"))
        self.clear_second_button.clicked.connect(self.clear_second_folder)
        self.second_error = QLabel()
        self.second_error.setStyleSheet(ERROR_STYLE)
        self.second_error.setWordWrap(True)
        self.second_error.hide()
        note = QLabel(
            self.tr(
                "Each copy is also written there whenever that folder can be reached, so "
                "a broken disk does not take the backups with it."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.second_label, 1)
        row.addWidget(browse)
        row.addWidget(self.clear_second_button)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.second_error)
        box.addWidget(note)
        self.second_group = group
        return group

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        backups = self.safety.list_backups()
        self.table.show_backups(backups)
        self.empty_label.setVisible(self.safety.is_sqlite and not backups)
        if self.second_group is not None:
            folder = self.safety.second_folder()
            if folder is None:
                self.second_label.setText(self.tr("Second folder: not set"))
            elif folder.is_dir():
                self.second_label.setText(self.tr("Second folder: {folder}").format(folder=folder))
            else:
                self.second_label.setText(
                    self.tr("Second folder: {folder} (not reachable now)").format(folder=folder)
                )
            self.clear_second_button.setEnabled(folder is not None)

    def _show_result(self, text: str, error: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(ERROR_STYLE if error else GOOD_STYLE)
        self.result_label.show()

    def result_text(self) -> str:
        return self.result_label.text() if not self.result_label.isHidden() else ""

    def is_busy(self) -> bool:
        return self.task is not None

    # --- backing up ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._run(None)

    def save_copy_as(self) -> None:
        suffix = "db" if self.safety.is_sqlite else "dump"
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = f"station-{clock.now():%Y%m%d-%H%M}.{suffix}"
        if self.safety.is_sqlite:
            file_filter = self.tr("Station Desk backup (*.db)")
        else:
            file_filter = self.tr("pg_dump archive (*.dump)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), str(Path(documents or Path.home()) / name), file_filter
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(f".{suffix}")
        self._run(out)  # the copy is never written over the database (core refuses)

    def _run(self, out: Path | None) -> None:
        if self.task is not None:
            return
        actor = self.context.actor
        safety = self.safety

        def work(progress, _should_cancel):  # type: ignore[no-untyped-def]
            return safety.backup(actor, out, progress)

        self.result_label.hide()
        self._set_busy(True)
        self.progress.begin()
        task = BackgroundTask(work, "backup")
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self.task = task
        task.start()

    def _on_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.advance(done, total)

    def _on_finished(self, done: BackupDone) -> None:
        if not shiboken6.isValid(self):
            return
        self._after_task()
        self.last_done = done
        lines = [self.tr("Backed up to {path}.").format(path=done.path)]
        if done.mirror is not None:
            lines.append(
                self.tr("A second copy was made in {folder}.").format(folder=done.mirror.parent)
            )
        elif done.mirror_problem:
            lines.append(
                self.tr("No second copy was made: {problem}.").format(problem=done.mirror_problem)
            )
        self._show_result("\n".join(lines))
        self.refresh()

    def _on_failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._after_task()
        self._show_result(message, error=True)
        self.refresh()

    def _after_task(self) -> None:
        self.task = None
        self.progress.end()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.save_as_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if self.second_group is not None:
            self.second_group.setEnabled(not busy)

    # --- the second folder (administrators) ---------------------------------------------

    def choose_second_folder(self) -> None:
        start = str(self.safety.second_folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"), start)
        if chosen:
            self._set_second_folder(Path(chosen))

    def clear_second_folder(self) -> None:
        self._set_second_folder(None)

    def _set_second_folder(self, folder: Path | None) -> None:
        try:
            self.safety.set_second_folder(self.context.actor, folder)
        except DeskError as error:
            self.second_error.setText(error.message())
            self.second_error.show()
            return
        self.second_error.hide()
        self.refresh()

    # --- closing ------------------------------------------------------------------------

    def open_folder(self) -> None:
        self.safety.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.safety.folder)))

    def reject(self) -> None:
        # Escape and the window's close button come here too (QDialog.closeEvent).
        if self.task is None:  # a copy under way finishes first
            super().reject()
