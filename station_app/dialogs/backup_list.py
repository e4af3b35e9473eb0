"""The list of backup copies shown by the backup and restore dialogs, and a progress
bar that follows a background copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.core.backup import BackupFile


def reason_label(reason: str) -> str:
    """The kind of a copy, in words."""
    labels = {
        "auto": QCoreApplication.translate("BackupList", "Automatic (daily)"),
        "manual": QCoreApplication.translate("BackupList", "Backed up by hand"),
        "before-upgrade": QCoreApplication.translate("BackupList", "Before a program upgrade"),
        "before-restore": QCoreApplication.translate("BackupList", "Before a restore"),
    }
    return labels.get(reason, reason)


def size_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "—"
    return QCoreApplication.translate("BackupList", "{size} MB").format(size=f"{size / 1e6:.1f}")


def taken_text(backup: BackupFile) -> str:
    return f"{backup.taken_at:%Y-%m-%d %H:%M}"


class BackupTable(QTableWidget):
    """Time, kind, size and place of each copy, newest first; one row selectable."""

    TAKEN, KIND, SIZE, PLACE = range(4)

    def __init__(self, backups_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.backups_folder = backups_folder
        self.backups: list[BackupFile] = []
        self.setObjectName("backup_table")
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BackupList", "Taken at"),
                QCoreApplication.translate("BackupList", "Kind"),
                QCoreApplication.translate("BackupList", "Size"),
                QCoreApplication.translate("BackupList", "Kept in"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PLACE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def show_backups(self, backups: list[BackupFile]) -> None:
        self.backups = list(backups)
        self.clearSelection()
        self.setRowCount(len(self.backups))
        here = QCoreApplication.translate("BackupList", "Backups folder")
        second = QCoreApplication.translate("BackupList", "Second folder")
        for row, backup in enumerate(self.backups):
            place = here if backup.path.parent == self.backups_folder else second
            values = [
                taken_text(backup),
                reason_label(backup.reason),
                size_text(backup.path),
                place,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(backup.path))
                if column == self.SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)

    def selected_backup(self) -> BackupFile | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.backups[row] if 0 <= row < len(self.backups) else None
