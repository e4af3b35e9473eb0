"""Printing a finished PDF without freezing the window; the PDF is the single source.

Where CUPS runs (Linux, UOS/Kylin, macOS) the PDF file itself goes to the queue chosen
in the print dialog with ``lp``: copies, page range, duplex and paper are passed as
options, and the job is a small vector job whose text stays text. Elsewhere (Windows,
a "print to file" choice, no ``lp``) each page is rendered with QtPdf at 150 dpi in
grey and painted onto the QPrinter. Both run on a :class:`BackgroundTask`, never on
the UI thread; the raster one reports progress per page and can be cancelled.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from station_app.core.pdf import BuildCancelled, CancelFn, ProgressFn

# A raster job: 150 dpi grey keeps text readable on paper and a 200-page list under
# 50 MB (300 dpi colour made 234 MB). Printers often ask for 600-1200 dpi; never more.
RASTER_DPI = 150
LP_TIMEOUT_S = 120

_REQUEST_ID = re.compile(r"request id is (\S+)")


class PrintError(RuntimeError):
    """The printer could not be started (offline, out of paper, bad file name)."""


@dataclass(frozen=True)
class PrintChoice:
    """What the desk chose in the print dialog, in CUPS terms."""

    pages: tuple[int, ...] | None = None  # 1-based; None: every page
    copies: int = 1
    sides: str = "one-sided"  # or two-sided-long-edge / two-sided-short-edge
    media: str | None = "A4"
    collate: bool = True
    title: str = ""


def page_ranges_text(pages: Iterable[int]) -> str:
    """``[1, 2, 3, 5]`` as ``"1-3,5"`` (the form of ``lp -P``)."""
    parts: list[str] = []
    ordered = sorted(set(pages))
    start = prev = None
    for page in [*ordered, None]:
        if start is not None and page == prev + 1:  # type: ignore[operator]
            prev = page
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = page
    return ",".join(parts)


def _sides(printer: QPrinter) -> str:
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexLongSide:
        return "two-sided-long-edge"
    if duplex == QPrinter.DuplexMode.DuplexShortSide:
        return "two-sided-short-edge"
    if duplex == QPrinter.DuplexMode.DuplexAuto:
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        # Bound along the sheet's long edge either way: for landscape pages that is
        # the short edge of the page as printed.
        return "two-sided-short-edge" if landscape else "two-sided-long-edge"
    return "one-sided"


def choice_from_printer(printer: QPrinter, pages: Iterable[int] | None) -> PrintChoice:
    """The dialog's choices, read from the QPrinter it filled in."""
    key = printer.pageLayout().pageSize().key()  # "A4", "Letter", …
    return PrintChoice(
        pages=tuple(pages) if pages is not None else None,
        copies=max(1, printer.copyCount()),
        sides=_sides(printer),
        media=key or None,
        collate=printer.collateCopies(),
        title=printer.docName(),
    )


def cups_available() -> bool:
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def cups_queue(printer: QPrinter) -> str | None:
    """The CUPS queue the dialog chose, or None when the PDF cannot go there as is
    (no CUPS, print to file, or a printer CUPS does not know)."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or os.name == "nt":
        return None
    name = printer.printerName()
    if not name or not cups_available():
        return None
    # With CUPS, Qt's printers are exactly the CUPS queues.
    return name if name in QPrinterInfo.availablePrinterNames() else None


def lp_command(queue: str, pdf: Path, choice: PrintChoice) -> list[str]:
    command = ["lp", "-d", queue, "-n", str(choice.copies)]
    if choice.pages:
        command += ["-P", page_ranges_text(choice.pages)]
    command += ["-o", f"sides={choice.sides}"]
    if choice.media:
        command += ["-o", f"media={choice.media}"]
    if choice.copies > 1:
        command += ["-o", f"collate={'true' if choice.collate else 'false'}"]
    if choice.title:
        command += ["-t", choice.title]
    return [*command, "--", str(pdf)]


def send_to_cups(queue: str, pdf: Path, choice: PrintChoice) -> str:
    """Hand the PDF to ``queue``; return the CUPS job id (e.g. ``CUPS-PDF-12``)."""
    try:
        done = subprocess.run(
            lp_command(queue, pdf, choice),
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(f"lp: {exc}") from exc
    found = _REQUEST_ID.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise PrintError((done.stderr or done.stdout).strip() or f"lp exit {done.returncode}")
    return found.group(1)


def raster_print(
    pdf: Path,
    printer: QPrinter,
    pages: Iterable[int] | None = None,
    *,
    dpi: int = RASTER_DPI,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> int:
    """Render pages of ``pdf`` (1-based, every page when None) onto ``printer`` in
    grey at ``dpi``; return how many were printed. Runs on any thread: the document
    is opened here. Raises BuildCancelled (the job is aborted) or PrintError."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise PrintError(f"cannot open {pdf}")
    try:
        return _paint(document, printer, pages, dpi, progress, should_cancel)
    finally:
        document.close()


def _paint(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Iterable[int] | None,
    dpi: int,
    progress: ProgressFn | None,
    should_cancel: CancelFn | None,
) -> int:
    count = document.pageCount()
    wanted = [p for p in (pages if pages is not None else range(1, count + 1)) if 1 <= p <= count]
    if not wanted:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    dpi = min(dpi, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("could not start the printer")
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        paper.moveTo(0, 0)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for n, page in enumerate(wanted):
            if should_cancel is not None and should_cancel():
                printer.abort()
                raise BuildCancelled
            if n and not printer.newPage():
                raise PrintError("the printer refused a new page")
            points = document.pagePointSize(page - 1)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page - 1, pixels).convertToFormat(
                QImage.Format.Format_Grayscale8
            )
            # Fit the page into the paper (A4 on A4 is 1:1; A4 on Letter shrinks).
            scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
            target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
            if progress is not None:
                progress(n + 1, len(wanted))
    finally:
        painter.end()
    return len(wanted)


__all__ = [
    "RASTER_DPI",
    "PrintChoice",
    "PrintError",
    "choice_from_printer",
    "cups_available",
    "cups_queue",
    "lp_command",
    "page_ranges_text",
    "raster_print",
    "send_to_cups",
]
