"""Printouts (issue 16): the 3,000-recipient sign-off list's build time beside its floor
and its page count; a 200-page list printed through the preview's real Print paths:
the job on a CUPS-PDF queue ("skipped: no CUPS" without one) and the grey raster
fallback, each with the longest stall of the UI thread while it runs."""

from __future__ import annotations

import dataclasses
import io
import itertools
import math
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from station_app.core import i18n
from station_app.core.startup import open_database
from station_app.welfare.reports.handout import build_handout, sheet_rows
from station_app.welfare.service import WelfarePrintData
from station_app.welfare.types.printouts import HandoutSheet, SheetGroup
from station_app.widgets.pdf_preview import PdfPreviewDialog
from station_app.widgets.print_job import PrintChoice, cups_available
from tests.bench.bench_welfare import RECIPIENTS, _first_rows, _floor_build, _street
from tests.bench.harness import Figure, median_ms
from tests.welfare.zh_catalog import translate_zh

LIST_PAGES = 200
STALL_TICK_MS = 5


def _pages(path: Path) -> int:
    doc = QPdfDocument()
    doc.load(str(path))
    count = doc.pageCount()
    doc.close()
    return count


def _rows_for(sheet: HandoutSheet, rows: int) -> HandoutSheet:
    every = [row for group in sheet.groups for row in group.rows]
    many = tuple(itertools.islice(itertools.cycle(every), rows))
    return dataclasses.replace(sheet, groups=(SheetGroup(None, many),), planned=rows)


def _longest_stall(start: Callable[[], object], done: Callable[[], bool]) -> float:
    """Run ``start()`` from the event loop, spin until ``done()``; the longest gap (ms)
    between two ticks of a 5 ms UI-thread timer, i.e. the longest the window froze."""
    app = QApplication.instance()
    assert app is not None
    clock, longest = QElapsedTimer(), [0.0]
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(STALL_TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(0, start)
    app.processEvents()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)
    timer.stop()
    return max(0.0, longest[0] - STALL_TICK_MS)


def _cups_pdf_queue() -> str | None:
    if not cups_available():
        return None
    devices = subprocess.run(["lpstat", "-v"], capture_output=True, text=True).stdout
    found = re.search(r"^device for (\S+): cups-pdf:/", devices, re.MULTILINE)
    return found.group(1) if found else None


def _chinese(pdf: Path) -> int:
    """How many Chinese characters pdftotext finds in ``pdf`` (the text a search or a
    copy from the printed file gets)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _cups_figures(pdf: Path, pages: int) -> list[Figure]:
    queue = _cups_pdf_queue()
    if queue is None:
        return [Figure(f"print job, {pages}-page list on CUPS-PDF", 0.0, note="skipped: no CUPS")]
    dialog = PdfPreviewDialog(pdf, title="bench-list")
    started = time.perf_counter()
    stall = _longest_stall(
        lambda: dialog._send(queue, PrintChoice(sides="two-sided-long-edge", title="bench-list")),
        lambda: dialog.print_task is None,
    )
    sent_ms = (time.perf_counter() - started) * 1000
    job = dialog.status_label.text()
    found = re.search(rf"\((?:job )?({re.escape(queue)}-\d+)\)", job)
    dialog.deleteLater()
    if found is None:
        return [Figure(f"print job, {pages}-page list on CUPS-PDF", 0.0, note=f"failed: {job}")]
    job_id = found.group(1)
    size = ""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:  # wait for CUPS-PDF to finish the job
        listed = subprocess.run(
            ["lpstat", "-W", "completed", "-o", queue], capture_output=True, text=True
        ).stdout
        line = next((x for x in listed.splitlines() if x.split()[:1] == [job_id]), None)
        if line:
            size = line.split()[2]
            break
        time.sleep(0.5)
    spooled_ms = (time.perf_counter() - started) * 1000
    out = sorted((Path.home() / "PDF").glob(f"*job_{job_id.rsplit('-', 1)[1]}.pdf"))
    printed = f", CUPS-PDF file {out[0].stat().st_size / 1e6:.2f} MB" if out else ""
    if out and shutil.which("pdftotext"):
        kept, total = _chinese(out[0]), _chinese(pdf)
        printed += f", its text: {kept:,} of {total:,} Chinese characters"
    return [
        Figure(
            f"lp of the {pages}-page list to {queue} (UI thread free)",
            sent_ms,
            note=f"job {job_id}: {int(size or 0) / 1e6:.2f} MB job (lpstat){printed}; "
            f"PDF {pdf.stat().st_size / 1e6:.2f} MB; spooled and done in {spooled_ms / 1000:.1f} s",
        ),
        Figure("  longest UI-thread stall while sending", stall, note="target < 100 ms"),
    ]


def _raster_figures(pdf: Path, pages: int, workdir: Path) -> list[Figure]:
    target = workdir / "raster-job.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    dialog = PdfPreviewDialog(pdf, title="bench-list")
    started = time.perf_counter()
    stall = _longest_stall(
        lambda: dialog._rasterise(printer, None), lambda: dialog.print_task is None
    )
    took = (time.perf_counter() - started) * 1000
    dialog.deleteLater()
    size = target.stat().st_size / 1e6 if target.exists() else math.nan
    return [
        Figure(
            f"raster fallback, {pages}-page list (150 dpi grey, off the UI thread)",
            took,
            note=f"job {size:.1f} MB (target < 50 MB), {dialog.status_label.text()}",
        ),
        Figure("  longest UI-thread stall while rasterising", stall, note="target < 100 ms"),
    ]


def figures(workdir: Path) -> list[Figure]:
    workdir.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication([])
    i18n.install(translate_zh)
    db = open_database(f"sqlite:///{workdir / 'welfare.db'}")
    campaign, _desk = _street(db)
    full = WelfarePrintData(db).handout_sheet(campaign)
    db.dispose()
    sheet = _first_rows(full, RECIPIENTS)
    counter = itertools.count()
    value = median_ms(
        lambda: build_handout(io.BytesIO(), sheet, f"bench{next(counter)}"), repeat=3, warmup=1
    )
    floor = median_ms(lambda: _floor_build(sheet_rows(sheet)[0]), repeat=3, warmup=1)
    listed = workdir / "list-3000.pdf"
    build_handout(listed, sheet, "bench")
    pages = _pages(listed)
    out = [
        Figure(
            f"sign-off list, {RECIPIENTS:,} recipients: {pages} pages (≤ 120)",
            value,
            floor,
            target_ratio=1.5,
            note=f"{RECIPIENTS / pages:.1f} rows/page",
        )
    ]
    # A 200-page list: as many recipients as fill 200 pages at this density.
    rows = round(LIST_PAGES * RECIPIENTS / pages)
    big = workdir / "list-200.pdf"
    build_handout(big, _rows_for(full, rows), "bench")
    big_pages = _pages(big)
    out += _cups_figures(big, big_pages)
    out += _raster_figures(big, big_pages, workdir)
    i18n.install(lambda _context, source: source)
    return out
