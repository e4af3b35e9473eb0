"""The import dialog: file -> columns -> preview -> import -> result.

Reading the file, checking the rows and saving them run off the UI thread
(:class:`BackgroundTask`), each with progress and Cancel; the dialog stays
responsive. Every row of the preview is shown valid, duplicate or rejected with its
reason; rejected rows end up in an error workbook the desk can open from the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station_app.context import DeskContext
from station_app.core.errors import DeskError
from station_app.core.i18n import translate
from station_app.members.sheets import importer
from station_app.members.sheets.columns import COLUMNS, cell_text
from station_app.members.sheets.types import (
    CONTEXT,
    DUPLICATE,
    INVALID,
    MEMBERS,
    VALID,
    ExportCancelled,
    ImportCancelled,
    ImportResult,
    Preview,
    Sheet,
)
from station_app.members.ui.import_result import ResultPage
from station_app.members.ui.missing_communities import MissingCommunitiesBar
from station_app.members.ui.preview_model import PreviewModel, StatusFilter
from station_app.widgets.background import BackgroundTask, TaskFn
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)


# Import and export runs: the shared background task, where these two mean "cancelled".
CANCELLED_BY = (ImportCancelled, ExportCancelled)


# --- the dialog ---------------------------------------------------------------------


class ImportDialog(QDialog):
    """Import members (or units) from a file. ``imported(ImportResult)`` is emitted when
    rows were saved, so the tab can refresh its list."""

    imported = Signal(object)
    communities_added = Signal()  # from the preview: filters and pickers reload
    PAGE_FILE, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_WORK, PAGE_RESULT = range(5)

    def __init__(
        self,
        context: DeskContext,
        target: str = MEMBERS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.target = target
        self.sheet: Sheet | None = None
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self._after_work: Callable[[], None] | None = None
        self.setWindowTitle(
            self.tr("Import members") if target == MEMBERS else self.tr("Import units")
        )
        fit_to_screen(self, 1000, 640)

        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._work_page())
        self.pages.addWidget(self._result_page())

        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self.check_rows)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        vbox(
            hbox((self.file_label, 1), self.choose_button),
            (self.pages, 1),
            hbox(
                self.back_button, STRETCH, self.next_button, self.import_button, self.close_button
            ),
            parent=self,
        )
        self._show_page(self.PAGE_FILE)

    # --- pages -----------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            self.tr(
                "Choose an Excel workbook (.xlsx) or a CSV file. Columns are recognised by "
                "their headers (姓名, 身份证号, 手机号, 工作单位, 社区, 入会日期 …); the next "
                "steps show what will be imported before anything is saved."
            ),
            page,
        )
        text.setWordWrap(True)
        # Why the chosen file could not be read; stays while the desk picks another.
        self.file_error = QLabel(page)
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #b3261e")
        self.file_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_error.hide()
        vbox(text, self.file_error, STRETCH, parent=page)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.columns_hint = QLabel(page)
        self.columns_hint.setWordWrap(True)
        self.columns_table = QTableWidget(0, 3, page)
        self.columns_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Import as")]
        )
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.columns_table.verticalHeader().setVisible(False)
        self.column_combos: list[QComboBox] = []
        vbox(self.columns_hint, (self.columns_table, 1), parent=page)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.counts_label = QLabel(page)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_bar = MissingCommunitiesBar(self.context, page)
        self.missing_bar.added.connect(self._communities_added)
        self.units_label = QLabel(page)
        self.units_label.setWordWrap(True)
        self.show_combo = QComboBox(page)
        for text, status in (
            (self.tr("All rows"), None),
            (self.tr("Not imported"), INVALID),
            (self.tr("Already on file"), DUPLICATE),
            (self.tr("Will be imported"), VALID),
        ):
            self.show_combo.addItem(text, status)
        self.show_combo.currentIndexChanged.connect(self._filter_rows)
        self.preview_view = QTableView(page)
        self.preview_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.preview_view.setAlternatingRowColors(False)
        self.preview_view.setSortingEnabled(True)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        self.proxy = StatusFilter(self)
        self.proxy.setSortRole(PreviewModel.SortRole)
        self.preview_view.setModel(self.proxy)
        row = hbox((self.counts_label, 1), QLabel(self.tr("Show:"), page), self.show_combo)
        vbox(row, self.missing_bar, self.units_label, (self.preview_view, 1), parent=page)
        return page

    def _work_page(self) -> QWidget:
        page = QWidget(self)
        self.work_label = QLabel(page)
        self.progress_bar = QProgressBar(page)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self.cancel_work)
        layout = vbox(
            STRETCH,
            self.work_label,
            self.progress_bar,
            hbox(STRETCH, self.cancel_button),
            parent=page,
        )
        layout.addStretch(2)
        return page

    def _result_page(self) -> QWidget:
        page = ResultPage(self)
        self.result_page = page  # the names the tests and the tab know:
        self.result_title, self.result_counts = page.title, page.counts
        self.result_label, self.open_errors_button = page.label, page.open_errors_button
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        working = page == self.PAGE_WORK
        self.choose_button.setEnabled(not working)
        self.back_button.setVisible(page in (self.PAGE_PREVIEW,))
        self.next_button.setVisible(page == self.PAGE_COLUMNS)
        self.import_button.setVisible(page == self.PAGE_PREVIEW)
        self.import_button.setEnabled(bool(self.preview and self.preview.valid))
        self.close_button.setEnabled(not working)
        self.close_button.setText(
            self.tr("Close") if page == self.PAGE_RESULT else self.tr("Cancel")
        )
        if page == self.PAGE_PREVIEW:
            self.import_button.setDefault(True)
        elif page == self.PAGE_COLUMNS:
            self.next_button.setDefault(True)

    def _back(self) -> None:
        self._show_page(self.PAGE_COLUMNS)

    # --- step 1: the file --------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            folder,
            self.tr("Excel or CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Reads the file in the background, then shows the column step."""
        self.file_label.setText(str(path))
        self.file_error.hide()
        self.sheet = self.preview = None

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Sheet:
            return importer.read_sheet(path, cancelled)

        self._run(
            work,
            self.tr("Reading {file}…").format(file=path.name),
            self._file_read,
            self._file_unreadable,
        )

    def _file_unreadable(self, message: str) -> None:
        """A damaged or unreadable file: the sentence on the file page, no message box."""
        self.file_error.setText(message)
        self.file_error.show()
        self._show_page(self.PAGE_FILE)

    def _file_read(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self._fill_columns(sheet)
        self._show_page(self.PAGE_COLUMNS)

    # --- step 2: the columns -------------------------------------------------------------

    def _fill_columns(self, sheet: Sheet) -> None:
        mapping = importer.guess_mapping(sheet.headers, self.target)
        unknown = set(importer.unknown_columns(sheet.headers, mapping))
        fields = COLUMNS[self.target]
        self.columns_table.setRowCount(len(sheet.headers))
        self.column_combos = []
        for index, header in enumerate(sheet.headers):
            name = QTableWidgetItem(header or self.tr("(no header)"))
            samples = QTableWidgetItem("、".join(cell_text(v) for v in sheet.column_samples(index)))
            for item in (name, samples):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if index in unknown:
                    item.setBackground(QBrush(QColor("#fff4d6")))
            combo = QComboBox(self.columns_table)
            combo.addItem(self.tr("Do not import"), None)
            for col in fields:
                combo.addItem(translate(CONTEXT, col.label), col.field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            self.columns_table.setItem(index, 0, name)
            self.columns_table.setItem(index, 1, samples)
            self.columns_table.setCellWidget(index, 2, combo)
            self.column_combos.append(combo)
        rows = len(sheet.rows)
        if unknown:
            hint = self.tr(
                "{rows} rows read. The highlighted columns were not recognised: choose what "
                "they hold, or leave them out."
            )
        else:
            hint = self.tr("{rows} rows read; every column was recognised. Check and go on.")
        self.columns_hint.setText(hint.format(rows=rows))

    def mapping(self) -> dict[int, str]:
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.column_combos)
            if combo.currentData()
        }

    def set_mapping(self, index: int, field: str | None) -> None:
        combo = self.column_combos[index]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    # --- step 3: the preview -------------------------------------------------------------

    def check_rows(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        mapping = self.mapping()
        try:
            importer.check_mapping(mapping, self.target)
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message())
            return
        db, target = self.context.db, self.target

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Preview:
            return importer.preview(
                db, sheet, mapping, target, progress=progress, should_cancel=cancelled
            )

        self._run(
            work, self.tr("Checking {rows} rows…").format(rows=len(sheet.rows)), self._checked
        )

    def _checked(self, preview: Preview) -> None:
        self.preview = preview
        model = PreviewModel(preview, self)
        self.proxy.setSourceModel(model)
        self.show_combo.setCurrentIndex(1 if preview.invalid else 0)
        self._filter_rows()
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_view.setColumnWidth(PreviewModel.LINE, 50)
        self.preview_view.setColumnWidth(PreviewModel.STATUS, 110)
        self.preview_view.setColumnWidth(PreviewModel.REASON, 380)
        for col in range(PreviewModel.FIXED, model.columnCount()):
            self.preview_view.setColumnWidth(col, 110)
        self.counts_label.setText(
            self.tr(
                "To import: <b style='color:#1e6b34'>{valid}</b> · Already on file: "
                "<b style='color:#8a6100'>{duplicates}</b> · Cannot be imported: "
                "<b style='color:#b3261e'>{invalid}</b>"
            ).format(valid=preview.valid, duplicates=preview.duplicates, invalid=preview.invalid)
        )
        self.missing_bar.show_for(preview.missing_communities)
        if preview.new_units:
            shown = "、".join(preview.new_units[:8]) + ("…" if len(preview.new_units) > 8 else "")
            self.units_label.setText(
                self.tr(
                    "Units not on file, to be added without a union (complete them in the "
                    "unit list later) ({count}): {names}"
                ).format(count=len(preview.new_units), names=shown)
            )
            self.units_label.show()
        else:
            self.units_label.hide()
        self._show_page(self.PAGE_PREVIEW)

    def _communities_added(self) -> None:
        self.communities_added.emit()
        self.check_rows()  # the same sheet and columns, against the new communities

    def _filter_rows(self) -> None:
        self.proxy.set_status(self.show_combo.currentData())

    # --- step 4: the import --------------------------------------------------------------

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.valid:
            return
        db, actor = self.context.db, self.context.actor

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> ImportResult:
            return importer.apply(db, actor, preview, progress, cancelled)

        self._run(
            work, self.tr("Importing {rows} rows…").format(rows=preview.valid), self._imported
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.result_page.show_result(result)
        self._show_page(self.PAGE_RESULT)
        if result.imported:
            self.imported.emit(result)

    def open_error_workbook(self) -> None:
        self.result_page.open_error_workbook()

    # --- background work -----------------------------------------------------------------

    def _run(
        self,
        work: TaskFn,
        text: str,
        then: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        self._previous_page = self.pages.currentIndex()
        self.work_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._show_page(self.PAGE_WORK)
        task = BackgroundTask(work, "import", cancelled_by=CANCELLED_BY)
        task.progress.connect(self._on_progress)
        task.finished.connect(lambda value: self._work_done(then, value))
        task.failed.connect(lambda message: self._work_failed(message, failed))
        task.cancelled.connect(self._work_cancelled)
        self.task = task
        task.start()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _work_done(self, then: Callable[[Any], None], value: Any) -> None:
        self.task = None
        then(value)

    def _work_failed(self, message: str, failed: Callable[[str], None] | None = None) -> None:
        self.task = None
        if failed is not None:
            failed(message)
            return
        self._show_page(self._previous_page)
        QMessageBox.warning(self, self.windowTitle(), message)

    def _work_cancelled(self) -> None:
        self.task = None
        self._show_page(self._previous_page)

    def cancel_work(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.work_label.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def is_working(self) -> bool:
        return self.task is not None and self.task.is_running()

    def done(self, result: int) -> None:
        # Never leave a thread behind: stop the work (an import rolls back) first.
        if self.task is not None:
            task = self.task
            task.failed.disconnect()
            task.cancelled.disconnect()
            task.cancel_and_wait()  # an import that had already committed still reports
            self.task = None
        super().done(result)
