"""检查数据: the file's integrity, references between tables and every feature's rules,
read-only, off the UI thread; the summary on top and the full report to copy."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from station_app.core.datacheck import CheckReport
from station_app.widgets.desk_parts import label
from station_app.widgets.form_errors import ERROR_STYLE
from station_app.widgets.layout import button, vbox
from station_app.widgets.screen_fit import fit_to_screen
from station_app.widgets.task_dialog import TaskDialog

GOOD_STYLE = "color: #1e7e34; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


class CheckDialog(TaskDialog):
    closes_while_busy = True  # the check only reads: closing leaves it to finish alone

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, progress_text=False)
        self.url = url
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check data"))

        intro = label(
            self.tr(
                "Checks the database file, the references between its tables and the "
                "station's rules (stock, bookings, rosters, members). Nothing is changed."
            ),
            wrap=True,
        )
        self.summary_label = label(name="summary_label", wrap=True)
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("report_text")
        self.report_text.setReadOnly(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFont(self.report_text.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.report_text.setFont(mono)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = button(self.tr("Copy report"), self.copy_report)
        self.again_button = button(self.tr("Check again"), self.start)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.idle_only(self.copy_button, self.again_button)

        vbox(
            intro,
            self.summary_label,
            self.progress,
            (self.report_text, 1),
            self.buttons,
            parent=self,
        )
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
        self.run_task(work, "check-data")

    def task_finished(self, report: CheckReport) -> None:
        self.report = report
        self.summary_label.setStyleSheet(GOOD_STYLE if report.ok else BAD_STYLE)
        self.summary_label.setText(report.headline())
        self.report_text.setPlainText("\n".join(report.lines()))

    def task_failed(self, message: str) -> None:
        self.summary_label.setStyleSheet(BAD_STYLE)
        self.summary_label.setText(
            self.tr("The check could not be run: {reason}").format(reason=message)
        )

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text.toPlainText())
