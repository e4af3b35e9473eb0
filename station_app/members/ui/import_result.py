"""The last step of the import dialog: what was imported, skipped and refused, and
the error workbook to open. Its texts keep the dialog's translation context (spelt
out in each call: lupdate reads only literal contexts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.members.sheets.types import ImportResult
from station_app.widgets.layout import STRETCH, hbox, vbox


class ResultPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        for key, text, color in (
            ("imported", QCoreApplication.translate("ImportDialog", "Imported"), "#1e6b34"),
            (
                "duplicates",
                QCoreApplication.translate("ImportDialog", "Already on file (skipped)"),
                "#8a6100",
            ),
            ("rejected", QCoreApplication.translate("ImportDialog", "Not imported"), "#b3261e"),
            ("units", QCoreApplication.translate("ImportDialog", "New units added"), "#333333"),
        ):
            value = QLabel(self)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            value.setStyleSheet(f"color: {color}")
            self.counts[key] = value
            form.addRow(text, value)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_errors_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Open error workbook"), self
        )
        self.open_errors_button.clicked.connect(self.open_error_workbook)
        layout = vbox(
            self.title,
            12,
            form,
            12,
            self.label,
            hbox(self.open_errors_button, STRETCH),
            STRETCH,
            parent=self,
        )
        layout.setContentsMargins(24, 24, 24, 24)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.title.setText(
            QCoreApplication.translate("ImportDialog", "Import finished")
            if result.imported
            else QCoreApplication.translate("ImportDialog", "Nothing was imported")
        )
        for key, value in (
            ("imported", result.imported),
            ("duplicates", result.duplicates),
            ("rejected", result.rejected),
            ("units", result.units_created),
        ):
            self.counts[key].setText(str(value))
        text = ""
        if result.error_workbook_path is not None:
            text = QCoreApplication.translate(
                "ImportDialog",
                "The rows not imported are in {file}, with the reason in the last column; "
                "correct them there and import that file.",
            ).format(file=str(result.error_workbook_path))
        self.label.setText(text)
        self.open_errors_button.setVisible(result.error_workbook_path is not None)

    def open_error_workbook(self) -> None:
        if self.result is None or self.result.error_workbook_path is None:
            return
        url = QUrl.fromLocalFile(str(self.result.error_workbook_path))
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(
                self,
                self.window().windowTitle(),
                QCoreApplication.translate(
                    "ImportDialog", "No program to open .xlsx files was found. The file is {file}."
                ).format(file=str(self.result.error_workbook_path)),
            )
