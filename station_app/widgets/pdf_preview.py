"""Preview of a finished PDF with Print, Save as and Open in viewer.

Print sends the PDF itself to a CUPS queue, or rasterises it off the UI thread where
that is not possible (widgets/print_job.py); the window stays responsive either way.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from station_app.core.pdf import BuildCancelled
from station_app.widgets.background import BackgroundTask
from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.print_job import (
    PrintChoice,
    PrintError,
    choice_from_printer,
    cups_queue,
    raster_print,
    send_to_cups,
)
from station_app.widgets.screen_fit import fit_to_screen

# Below this height a page at the window's width is cut off: show whole pages instead.
WHOLE_PAGE_BELOW = 900

log = logging.getLogger(__name__)

# Print to this PDF file instead of a printer, without the print dialog (the desk walk
# and trials under Xvfb): the same path as the desk's Print, up to the printer.
PRINT_TO_FILE = "STATION_PRINT_TO_FILE"
ZOOM_STEP = 1.25


def _page_ranges(printer: QPrinter) -> list[int] | None:
    """1-based pages chosen in the print dialog ("1-2,5"), or None for all."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return None
    pages: list[int] = []
    for r in printer.pageRanges().toRangeList():
        pages.extend(range(r.from_, r.to + 1))
    return pages or None


class PdfPreviewDialog(QDialog):
    """Shows a PDF (all pages, fit to width) with zoom and print/save/open buttons."""

    def __init__(
        self, pdf_path: str | Path, parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self._path = Path(pdf_path)
        self._title = title or self._path.stem
        self.setWindowTitle(self.tr("Print preview – {title}").format(title=self._title))
        size = fit_to_screen(self, 900, 1000)

        self.document = QPdfDocument(self)
        error = self.document.load(str(self._path))

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # A 1366x768 screen shows a third of a page at full width: the whole page there.
        short = size.height() < WHOLE_PAGE_BELOW
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitInView if short else QPdfView.ZoomMode.FitToWidth
        )
        self.view.setDocument(self.document)

        self.page_label = QLabel(self)
        self.status_label = QLabel(self)  # the last print job: sent, failed, cancelled
        self.print_task: BackgroundTask | None = None
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.page_button = QPushButton(self.tr("Whole page"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.open_button = QPushButton(self.tr("Open in viewer"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)

        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        zoom = (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.page_button)
        keep = (self.save_button, self.print_button, self.close_button)
        vbox(
            hbox(self.page_label, STRETCH, *zoom),
            (self.view, 1),
            hbox(self.open_button, (self.status_label, 1), *keep),
            parent=self,
        )

        # The page under the cursor: PageUp/PageDown and the arrows turn and scroll it,
        # Enter still prints (the default button), Esc closes.
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)
        self.view.setFocus()

        ok = error == QPdfDocument.Error.None_
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ok)
        if not ok:
            log.warning("cannot open PDF %s: %s", self._path, error)
            self.page_label.setText(self.tr("The PDF could not be opened."))
        else:
            self._update_page_label()

    # -- state ---------------------------------------------------------------
    @property
    def pdf_path(self) -> Path:
        return self._path

    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_page_label(self) -> None:
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=current, pages=self.page_count())
        )

    def _effective_zoom(self) -> float:
        """The zoom factor on screen; in fit-width mode zoomFactor() stays at 1."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        # QPdfView lays a page out at pointSize * logicalDpi / 72 * zoom and
        # fits that into the viewport minus the document margins.
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi_scale = screen.logicalDotsPerInch() / 72
        widest = max(self.document.pagePointSize(i).width() for i in range(self.page_count()))
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.1, available / (widest * dpi_scale))

    def _zoom(self, factor: float) -> None:
        current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 5.0)))

    # -- actions -------------------------------------------------------------
    def print_document(self) -> None:
        if self.print_task is not None:
            return  # one job at a time; the button is disabled meanwhile
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        if self.page_count():
            size = self.document.pagePointSize(0)
            if size.width() > size.height():
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        to_file = os.environ.get(PRINT_TO_FILE)
        if to_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(to_file)
        elif not self._print_dialog(printer):
            return
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages: list[int] | None = [self.view.pageNavigator().currentPage() + 1]
        else:
            pages = _page_ranges(printer)
        queue = cups_queue(printer)
        if queue is not None:
            self._send(queue, choice_from_printer(printer, pages))
        else:
            self._rasterise(printer, pages)

    def _send(self, queue: str, choice: PrintChoice) -> None:
        """The PDF itself to the CUPS queue; ``lp`` runs off the UI thread."""
        path = self._path
        task = BackgroundTask(
            lambda _progress, _cancel: send_to_cups(queue, path, choice),
            "print:cups",
            describe_failure=self._print_failure,
        )
        task.finished.connect(lambda job: self._print_done("sent", queue, job))
        self._start(task, self.tr("Sending to {printer}…").format(printer=queue))

    def _rasterise(self, printer: QPrinter, pages: list[int] | None) -> None:
        """Pages as grey 150-dpi pictures, off the UI thread, with progress and cancel."""
        path = self._path
        task = BackgroundTask(
            lambda progress, cancel: raster_print(
                path, printer, pages, progress=progress, should_cancel=cancel
            ),
            "print:raster",
            cancelled_by=(BuildCancelled,),
            describe_failure=self._print_failure,
        )
        progress = QProgressDialog(
            self.tr("Printing “{title}”…").format(title=self._title), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Print"))
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)

        def on_progress(done: int, total: int) -> None:
            if shiboken6.isValid(progress) and not progress.wasCanceled() and total > 0:
                progress.setMaximum(total)
                progress.setValue(min(done, total))

        def close_progress(*_args: object) -> None:
            if shiboken6.isValid(progress):
                progress.hide()
                progress.deleteLater()

        task.progress.connect(on_progress)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(close_progress)
        task.finished.connect(lambda count: self._print_done("rastered", count))
        task.cancelled.connect(lambda: self._print_done("cancelled"))
        self._start(task, self.tr("Printing…"))

    def _start(self, task: BackgroundTask, status: str) -> None:
        task.failed.connect(self._print_failed)
        self.print_task = task
        self.print_button.setEnabled(False)
        self.status_label.setText(status)
        task.start()

    def _print_done(self, outcome: str, *args: object) -> None:
        """Report the job's outcome in the status line (the dialog may be gone)."""
        if not shiboken6.isValid(self):
            return
        self.print_task = None
        self.print_button.setEnabled(True)
        if outcome == "sent":
            text = self.tr("Sent to {printer} (job {job}).").format(printer=args[0], job=args[1])
        elif outcome == "rastered":
            text = self.tr("{pages} pages sent to the printer.").format(pages=args[0])
        elif outcome == "cancelled":
            text = self.tr("Printing cancelled.")
        else:
            text = str(args[0])
        self.status_label.setText(text)
        if outcome in ("sent", "rastered"):
            self.accept()  # the job is with the printer: the preview has done its job

    def _print_failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._print_done("failed", message)
        log.warning("printing %s failed: %s", self._path, message)
        QMessageBox.warning(self, self.tr("Print"), message)

    @staticmethod
    def _print_failure(exc: Exception) -> str:
        """The sentence for a failed job (made on the task's thread)."""
        if isinstance(exc, PrintError):
            return QCoreApplication.translate(
                "PdfPreviewDialog", "The printer could not be started: {error}"
            ).format(error=exc)
        return QCoreApplication.translate("PdfPreviewDialog", "Printing failed: {error}").format(
            error=exc
        )

    def _print_dialog(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self._title}.pdf")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            shutil.copyfile(self._path, path)
        except OSError as exc:
            log.warning("saving %s to %s failed: %s", self._path, path, exc)
            QMessageBox.warning(
                self,
                self.tr("Save PDF"),
                self.tr("The file could not be saved: {error}").format(error=exc.strerror),
            )

    def open_in_viewer(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path))):
            QMessageBox.warning(
                self,
                self.tr("Open in viewer"),
                self.tr("No program to open PDF files was found."),
            )

    def done(self, result: int) -> None:
        # Release the file (Windows keeps it locked while QtPdf has it open).
        self.view.setDocument(None)
        self.document.close()
        super().done(result)


__all__ = ["PdfPreviewDialog"]
