"""备份: where the copies are, a copy now (or to a file of one's choosing), and for
administrators the second folder (a USB drive) every copy is mirrored to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QGroupBox, QWidget

from station_app.context import DeskContext
from station_app.core import clock
from station_app.core.errors import DeskError
from station_app.core.safekeeping import BackupDone, DataSafety
from station_app.dialogs.backup_list import BackupTable
from station_app.widgets.desk_parts import label
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.layout import STRETCH, button, hbox, selectable, vbox
from station_app.widgets.screen_fit import fit_to_screen
from station_app.widgets.task_dialog import TaskDialog

GOOD_STYLE = "color: #1e7e34;"


class BackupDialog(TaskDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.safety = DataSafety(context.db.url)
        self.last_done: BackupDone | None = None
        self.setWindowTitle(self.tr("Back up"))

        intro = label(self._intro_text(), wrap=True)
        self.folder_label = selectable(
            label(
                self.tr("Backups folder: {folder}").format(folder=self.safety.folder),
                name="folder_label",
                wrap=True,
            )
        )
        folder_row = hbox((self.folder_label, 1), button(self.tr("Open folder"), self.open_folder))

        self.table = BackupTable(self.safety.folder)
        self.table.setVisible(self.safety.is_sqlite)
        self.empty_label = label(self.tr("No backups yet."))

        self.result_label = selectable(label(name="result_label", wrap=True, hidden=True))

        self.backup_button = button(self.tr("Back up now"), self.back_up_now)
        self.backup_button.setDefault(True)
        self.save_as_button = button(self.tr("Save a copy as…"), self.save_copy_as)
        # A copy to a chosen file takes every full ID along: administrators only.
        self.save_as_button.setVisible(context.actor.is_admin)

        layout = vbox(
            intro,
            folder_row,
            (self.table, 1),  # hidden for PostgreSQL: a stretch below instead
            self.empty_label,
            hbox(self.backup_button, self.save_as_button, STRETCH),
            self.progress,
            self.result_label,
            parent=self,
        )
        if not self.safety.is_sqlite:
            layout.addStretch(1)

        self.second_group: QGroupBox | None = None
        if context.actor.is_admin and self.safety.is_sqlite:
            layout.addWidget(self._second_folder_group())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.idle_only(self.backup_button, self.save_as_button, self.buttons, self.second_group)
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
        self.second_label = selectable(label(name="second_folder_label", wrap=True))
        browse = button(self.tr("Browse…"), self.choose_second_folder)
        self.clear_second_button = button(self.tr("Clear"), self.clear_second_folder)
        self.second_error = label(style=ERROR_STYLE, wrap=True, hidden=True)
        note = label(
            self.tr(
                "Each copy is also written there whenever that folder can be reached, so "
                "a broken disk does not take the backups with it."
            ),
            wrap=True,
        )
        row = hbox((self.second_label, 1), browse, self.clear_second_button)
        vbox(row, self.second_error, note, parent=group)
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
        self.run_task(work, "backup")

    def task_finished(self, done: BackupDone) -> None:
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

    def task_failed(self, message: str) -> None:
        self._show_result(message, error=True)
        self.refresh()

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

    # --- the folder -------------------------------------------------------------------

    def open_folder(self) -> None:
        self.safety.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.safety.folder)))
