"""Preview of a finished PDF with Print, Save as and Open in viewer.

Qt cannot send an existing PDF to a printer, so :func:`print_pdf` renders each
page with QtPdf and paints the image onto the QPrinter.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from station_app.widgets.layout import STRETCH, hbox, vbox
from station_app.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

# Printer resolution is often 600-1200 dpi; a full A4 page at 1200 dpi is a
# 550 MB image. 300 dpi is sharp on paper and keeps memory near 35 MB a page.
MAX_RENDER_DPI = 300
# Print to this PDF file instead of a printer, without the print dialog (the desk walk
# and trials under Xvfb): the same path as the desk's Print, up to the printer.
PRINT_TO_FILE = "STATION_PRINT_TO_FILE"
ZOOM_STEP = 1.25


class PrintError(RuntimeError):
    """The printer could not be started (offline, out of paper, bad file name)."""


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    from_page: int = 1,
    to_page: int = 0,
    *,
    pages: Iterable[int] | None = None,
) -> int:
    """Print pages of ``document`` on ``printer``; return how many were printed.

    Pages are 1-based and inclusive, like ``QPrinter.fromPage()/toPage()``;
    ``to_page=0`` means the last page. ``pages`` (1-based) overrides the range,
    e.g. for "1-2,5" page ranges. Each page is scaled to fit the paper, keeping
    its aspect ratio; the PDF already carries its own margins, so the printer's
    margins are not added again (full-page mode).
    """
    count = document.pageCount()
    if pages is None:
        last = count if to_page <= 0 else min(to_page, count)
        pages = range(max(1, from_page), last + 1)
    wanted = [p for p in pages if 1 <= p <= count]
    if not wanted:
        return 0

    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("could not start the printer")
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        paper.moveTo(0, 0)  # full-page mode: the painter's origin is the paper corner
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for n, page in enumerate(wanted):
            if n and not printer.newPage():
                raise PrintError("the printer refused a new page")
            points = document.pagePointSize(page - 1)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page - 1, pixels)
            # Fit the page into the paper (A4 on A4 is 1:1; A4 on Letter shrinks).
            scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
            target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(wanted)


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
        fit_to_screen(self, 900, 1000)

        self.document = QPdfDocument(self)
        error = self.document.load(str(self._path))

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.page_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.fit_button = QPushButton(self.tr("Fit width"), self)
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
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        zoom = (self.zoom_out_button, self.zoom_in_button, self.fit_button)
        keep = (self.save_button, self.print_button, self.close_button)
        vbox(
            hbox(self.page_label, STRETCH, *zoom),
            (self.view, 1),
            hbox(self.open_button, STRETCH, *keep),
            parent=self,
        )

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
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(self.document, printer, pages=pages)
        except PrintError:
            log.exception("printing %s failed", self._path)
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started. Check that it is on and try again."),
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()  # printed: the preview has done its job

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


__all__ = ["MAX_RENDER_DPI", "PdfPreviewDialog", "PrintError", "print_pdf"]
