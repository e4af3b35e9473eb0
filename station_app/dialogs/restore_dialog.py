"""恢复 (administrators): put a backup in place of the station's data.

The current data is kept as a ``before-restore`` copy first. The database must be
closed everywhere, so the dialog lets go of this desk's connections before the
restore and the program then starts over at the login, on the restored data.
A refused file (damaged, not a station database, from a newer program) changes
nothing; its sentence is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from station_app.context import DeskContext
from station_app.core.restore import RestoreResult
from station_app.core.safekeeping import DataSafety
from station_app.dialogs.backup_list import BackupTable, reason_label, taken_text
from station_app.widgets.desk_parts import label
from station_app.widgets.dialogs import ask_yes
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.layout import button, hbox, selectable, vbox
from station_app.widgets.screen_fit import fit_to_screen
from station_app.widgets.task_dialog import TaskDialog


class RestoreDialog(TaskDialog):
    restored = Signal(object)  # RestoreResult, after the dialog has closed

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.safety = DataSafety(context.db.url)
        self.chosen_file: Path | None = None
        self.outcome: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore a backup"))

        intro = label(
            self.tr(
                "Choose the copy to put in place of the station's data. The data as it is "
                "now is kept as a safety copy first. Everyone must log out of Station Desk "
                "on every other desk before you restore."
            ),
            wrap=True,
        )
        self.table = BackupTable(self.safety.folder)
        self.table.setVisible(self.safety.is_sqlite)
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        self.table.doubleClicked.connect(lambda _index: self.restore_chosen())

        browse = button(self.tr("Choose a file…"), self.browse)
        self.file_label = selectable(label(name="file_label", wrap=True))

        self.error_label = selectable(
            label(name="error_label", style=ERROR_STYLE, wrap=True, hidden=True)
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.buttons.rejected.connect(self.reject)
        self.idle_only(self.table, self.buttons)

        if self.safety.is_sqlite:
            hint = label(self.tr("Or a copy kept elsewhere (a USB drive, another PC):"))
        else:
            hint = label(self.tr("Choose a pg_dump archive of this station:"))
        layout = vbox(
            intro,
            (self.table, 1),  # hidden for PostgreSQL: a stretch below instead
            hint,
            hbox(browse, (self.file_label, 1)),
            self.progress,
            self.error_label,
            parent=self,
        )
        if not self.safety.is_sqlite:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.table.show_backups(self.safety.list_backups())
        fit_to_screen(self, 640, 480 if self.safety.is_sqlite else 240)

    # --- choosing -----------------------------------------------------------------------

    def _on_row_chosen(self) -> None:
        if self.table.selected_backup() is not None:
            self.chosen_file = None
            self.file_label.clear()
        self._update_button()

    def browse(self) -> None:
        if self.safety.is_sqlite:
            file_filter = self.tr("Station Desk backup (*.db);;All files (*)")
        else:
            file_filter = self.tr("pg_dump archive (*.dump);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.safety.folder), file_filter
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> None:
        self.table.clearSelection()
        self.chosen_file = path
        self.file_label.setText(str(path))
        self._update_button()

    def source(self) -> Path | None:
        if self.chosen_file is not None:
            return self.chosen_file
        backup = self.table.selected_backup()
        return backup.path if backup is not None else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.task is None and self.source() is not None)

    # --- restoring ----------------------------------------------------------------------

    def confirm_text(self, source: Path) -> str:
        backup = self.table.selected_backup()
        if backup is not None and self.chosen_file is None:
            which = self.tr("the copy taken {time} ({kind})").format(
                time=taken_text(backup), kind=reason_label(backup.reason)
            )
        else:
            which = str(source)
        return self.tr(
            "Put {which} in place of the station's data?\n\n"
            "Everything entered since that copy was taken will no longer be shown. The "
            "data as it is now is kept as a safety copy in {folder}.\n\n"
            "Everyone must be logged out of Station Desk on every other desk. After the "
            "restore you log in again."
        ).format(which=which, folder=self.safety.folder)

    def restore_chosen(self) -> None:
        source = self.source()
        if source is None or self.task is not None:
            return
        if not ask_yes(self, self.windowTitle(), self.confirm_text(source)):
            return
        self.start_restore(source)

    def start_restore(self, source: Path) -> None:
        actor = self.context.actor
        safety = self.safety

        def work(progress, _should_cancel):  # type: ignore[no-untyped-def]
            return safety.restore(actor, source, progress)

        self.error_label.hide()
        # This desk lets go of the file; the restore needs it to itself.
        self.context.db.dispose()
        self.run_task(work, "restore")

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def task_finished(self, done: RestoreResult) -> None:
        self.outcome = done
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "The data was restored from {source}.\n\nThe data as it was just before is "
                "kept as {copy}.\n\nPlease log in again."
            ).format(source=done.restored_from, copy=done.safety_copy),
        )
        self.accept()
        self.restored.emit(done)

    def task_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        QMessageBox.warning(self, self.windowTitle(), message)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._update_button()
