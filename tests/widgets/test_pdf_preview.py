"""PDF preview dialog, printing via QtPdf, and background builds (offscreen)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from station_app.core.pdf import BuildCancelled, build_sample
from station_app.widgets import pdf_build, pdf_preview
from station_app.widgets.pdf_build import PdfBuildJob, build_and_preview
from station_app.widgets.pdf_preview import PdfPreviewDialog
from station_app.widgets.print_job import raster_print


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    build_sample(path)
    return path


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _ranges(text: str) -> QPageRanges:
    ranges = QPageRanges()
    for part in text.split(","):
        first, _, last = part.partition("-")
        ranges.addRange(int(first), int(last or first))
    return ranges


def _page_count(path: Path) -> int:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    count = doc.pageCount()
    doc.close()
    return count


def test_dialog_shows_all_pages(qtbot, sample_pdf: Path) -> None:
    dialog = PdfPreviewDialog(sample_pdf, title="样张")
    qtbot.addWidget(dialog)
    pages = dialog.page_count()
    assert pages == _page_count(sample_pdf) >= 2
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert dialog.print_button.isEnabled()
    dialog.resize(800, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.zoom_in_button.click()
    zoomed = dialog.view.zoomFactor()
    assert zoomed > 0.5  # grew from the fit-width scale, not from a tiny default
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(zoomed / 1.25)
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.page_button.click()  # back to the whole page after zooming
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert dialog.focusWidget() is dialog.view  # PageDown turns the page, Enter prints


def test_dialog_reports_a_broken_file(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dialog = PdfPreviewDialog(bad)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 0
    assert not dialog.print_button.isEnabled()


def test_raster_print_prints_every_page_in_grey(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printed = raster_print(sample_pdf, _pdf_printer(out))
    assert printed == _page_count(sample_pdf)
    assert _page_count(out) == printed


def test_raster_print_page_range(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "page2.pdf"
    assert raster_print(sample_pdf, _pdf_printer(out), [2]) == 1
    assert _page_count(out) == 1


def test_raster_print_can_be_cancelled(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(BuildCancelled):
        raster_print(sample_pdf, _pdf_printer(out), should_cancel=lambda: True)


def test_print_button_without_cups_rasterises_off_the_ui_thread(
    qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A print-to-file choice cannot take the PDF as is: the raster path runs, on a
    task, with the dialog's page range, and the preview says how many pages went."""
    out = tmp_path / "raster.pdf"

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(_ranges("2-3"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = PdfPreviewDialog(sample_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.print_button.click()
    task = dialog.print_task
    assert task is not None and not dialog.print_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == [2]
    assert _page_count(out) == 2
    assert dialog.status_label.text() == "2 pages sent to the printer."
    assert dialog.print_task is None
    assert not dialog.isVisible()  # printed: the preview closed by itself


def test_print_to_file_needs_no_dialog(
    qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """STATION_PRINT_TO_FILE: the clerk's print path (the raster job), without the dialog."""
    out = tmp_path / "printed.pdf"
    monkeypatch.setenv(pdf_preview.PRINT_TO_FILE, str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: pytest.fail("dialog shown"))
    dialog = PdfPreviewDialog(sample_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    pages = dialog.page_count()
    dialog.print_button.click()
    task = dialog.print_task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert out.read_bytes().startswith(b"%PDF")
    assert _page_count(out) == pages
    assert not dialog.isVisible()


def test_print_dialog_cancelled_prints_nothing(
    qtbot, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = PdfPreviewDialog(sample_pdf)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert dialog.print_task is None and dialog.status_label.text() == ""


def test_save_as_copies_the_file(
    qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved"  # no suffix: ".pdf" is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    dialog = PdfPreviewDialog(sample_pdf)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert (tmp_path / "saved.pdf").read_bytes() == sample_pdf.read_bytes()


def test_open_in_viewer_hands_the_file_over(
    qtbot, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: list
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    dialog = PdfPreviewDialog(sample_pdf)
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(sample_pdf)]
    assert len(message_boxes) == 1  # no viewer: the desk is told


# --- background builds ---------------------------------------------------------------


def test_job_builds_the_pdf_off_the_ui_thread(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "job.pdf"
    threads: list[threading.Thread] = []
    progress: list[tuple[int, int]] = []

    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        build_sample(path, progress=progress_cb, should_cancel=should_cancel)

    job = PdfBuildJob(build, out)
    job.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.start()
    assert blocker.args == [out]
    assert out.stat().st_size > 0
    assert threads and threads[0] is not threading.main_thread()
    assert progress and progress[-1][0] == progress[-1][1]
    assert not job.is_running()


def test_job_cancel_emits_cancelled_and_leaves_no_file(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    go = threading.Event()

    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        go.wait(10)  # start only once the test has asked to cancel
        build_sample(path, progress=progress_cb, should_cancel=should_cancel)

    job = PdfBuildJob(build, out)
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.start()
        job.cancel()
        go.set()
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert not job.is_running()


def test_job_cancel_wins_over_a_build_that_ignores_it(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "ignored.pdf"
    go = threading.Event()

    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        go.wait(10)
        build_sample(path, rows=3)  # never polls should_cancel

    job = PdfBuildJob(build, out)
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.start()
        job.cancel()
        go.set()
    assert not out.exists()


def test_job_failure_emits_the_message(qtbot, tmp_path: Path) -> None:
    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    job = PdfBuildJob(build, tmp_path / "x.pdf")
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        job.start()
    assert "disk full" in blocker.args[0]
    assert not job.is_running()


def test_build_and_preview_opens_the_preview(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self.pdf_path))
    monkeypatch.setattr(pdf_build, "temp_pdf_path", lambda title: tmp_path / f"{title}.pdf")
    parent = QWidget()
    qtbot.addWidget(parent)

    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        build_sample(path, rows=3, progress=progress_cb, should_cancel=should_cancel)

    job = build_and_preview(parent, "样张", build)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert opened == [tmp_path / "样张.pdf"]


def test_build_and_preview_shows_errors(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, message_boxes: list
) -> None:
    monkeypatch.setattr(pdf_build, "temp_pdf_path", lambda title: tmp_path / "e.pdf")
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: pytest.fail("no preview"))
    parent = QWidget()
    qtbot.addWidget(parent)

    def build(path: Path, progress_cb, should_cancel) -> None:  # type: ignore[no-untyped-def]
        raise ValueError("bad data")

    job = build_and_preview(parent, "样张", build)
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert [kind for kind, _, _ in message_boxes] == ["warning"]
    assert "bad data" in message_boxes[0][2]


def test_temp_pdf_paths_are_fresh_and_private() -> None:
    first, second = pdf_build.temp_pdf_path("慰问品/签领表"), pdf_build.temp_pdf_path("x")
    assert first != second and first.parent == second.parent
    assert first.suffix == ".pdf" and "/" not in first.name
    assert first.name.startswith("慰问品_签领表-")
