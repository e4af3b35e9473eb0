"""检查数据: the file's integrity, references between tables and every feature's rules,
read-only, off the UI thread; the summary on top and the full report to copy."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.datacheck import CheckReport
from station_app.widgets.background import BackgroundTask
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.screen_fit import fit_to_screen

GOOD_STYLE = "color: #1e7e34; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


class CheckDialog(QDialog):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.task: BackgroundTask | None = None
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check data"))

        intro = QLabel(
            self.tr(
                "Checks the database file, the references between its tables and the "
                "station's rules (stock, bookings, rosters, members). Nothing is changed."
            )
        )
        intro.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("report_text")
        self.report_text.setReadOnly(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFont(self.report_text.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.report_text.setFont(mono)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.clicked.connect(self.start)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 440)
        self.start()

    def start(self) -> None:
        if self.task is not None:
            return
        from station_app.data_checks import check_database

        url = self.url

        def work(_progress, _should_cancel):  # type: ignore[no-untyped-def]
            return check_database(url)

        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Checking the data…"))
        self.report_text.clear()
        self.busy.show()
        self._set_busy(True)
        task = BackgroundTask(work, "check-data")
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self.task = task
        task.start()

    def is_busy(self) -> bool:
        return self.task is not None

    def _on_finished(self, report: CheckReport) -> None:
        if not shiboken6.isValid(self):
            return
        self._after_task()
        self.report = report
        self.summary_label.setStyleSheet(GOOD_STYLE if report.ok else BAD_STYLE)
        self.summary_label.setText(report.headline())
        self.report_text.setPlainText("\n".join(report.lines()))

    def _on_failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._after_task()
        self.summary_label.setStyleSheet(BAD_STYLE)
        self.summary_label.setText(
            self.tr("The check could not be run: {reason}").format(reason=message)
        )

    def _after_task(self) -> None:
        self.task = None
        self.busy.hide()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.copy_button.setEnabled(not busy)
        self.again_button.setEnabled(not busy)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text.toPlainText())
