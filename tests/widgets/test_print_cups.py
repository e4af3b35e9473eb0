"""Printing the PDF itself through a real CUPS queue (CUPS-PDF), from the preview's
Print button; skipped with the reason when this machine has no CUPS or no CUPS-PDF."""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from station_app.core.pdf import build_sample
from station_app.widgets.pdf_preview import PdfPreviewDialog
from station_app.widgets.print_job import PrintChoice, lp_command, page_ranges_text

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def cups_pdf_queue() -> tuple[str | None, str]:
    """(the CUPS-PDF queue's name, "") or (None, why there is none)."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        return None, "no CUPS here (lp/lpstat not on PATH)"
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() != (
        "scheduler is running"
    ):
        return None, "the CUPS scheduler is not running (start it with `cupsd`)"
    devices = subprocess.run(["lpstat", "-v"], capture_output=True, text=True).stdout
    found = re.search(r"^device for (\S+): cups-pdf:/", devices, re.MULTILINE)
    if found is None:
        return None, "no CUPS-PDF queue (lpstat -v lists no cups-pdf:/ device)"
    return found.group(1), ""


def cups_pdf_output_dir() -> Path:
    """Where CUPS-PDF writes this user's jobs (its ``Out`` setting, ~/PDF by default)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", getpass.getuser()))


QUEUE, NO_QUEUE = cups_pdf_queue()
needs_cups_pdf = pytest.mark.skipif(QUEUE is None, reason=f"skipped: {NO_QUEUE}")


def test_page_ranges_text() -> None:
    assert page_ranges_text([5, 1, 2, 3]) == "1-3,5"
    assert page_ranges_text([7]) == "7"
    assert page_ranges_text([2, 4, 6, 7]) == "2,4,6-7"


def test_lp_command_carries_the_dialog_choices(tmp_path: Path) -> None:
    choice = PrintChoice(
        pages=(2, 3), copies=2, sides="two-sided-long-edge", media="A4", title="签领表"
    )
    assert lp_command("Office", tmp_path / "x.pdf", choice) == [
        "lp",
        "-d",
        "Office",
        "-n",
        "2",
        "-P",
        "2-3",
        "-o",
        "sides=two-sided-long-edge",
        "-o",
        "media=A4",
        "-o",
        "collate=true",
        "-t",
        "签领表",
        "--",
        str(tmp_path / "x.pdf"),
    ]


def _ascii_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{3,}", text))


@needs_cups_pdf
def test_print_sends_the_pdf_itself_to_the_cups_pdf_queue(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "sample.pdf"
    build_sample(pdf, rows=120)  # several pages
    assert QUEUE is not None

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setPrinterName(QUEUE)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        ranges = QPageRanges()
        ranges.addRange(2, 3)
        printer.setPageRanges(ranges)
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = PdfPreviewDialog(pdf, title="cups-test")
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 3
    dialog.print_button.click()
    task = dialog.print_task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=120_000) as blocker:
        pass
    job = blocker.args[0]
    assert job.startswith(f"{QUEUE}-")
    assert dialog.status_label.text() == f"Sent to {QUEUE} (job {job})."

    # CUPS-PDF names its file after the job: "<title>…-job_<n>.pdf".
    number = job.rsplit("-", 1)[1]
    out_dir = cups_pdf_output_dir()

    def printed() -> list[Path]:
        return sorted(out_dir.glob(f"*job_{number}.pdf"))

    qtbot.waitUntil(lambda: bool(printed()) and _complete(printed()[0]), timeout=120_000)
    out = printed()[0]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE), info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    wanted = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "3", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    # Vector text, not a picture: the pages' words are still text in the printed file.
    assert _ascii_words(wanted) and _ascii_words(wanted) <= _ascii_words(text)
    completed = subprocess.run(
        ["lpstat", "-W", "completed", "-o", QUEUE], capture_output=True, text=True
    ).stdout
    assert job in completed


def _complete(path: Path) -> bool:
    """CUPS-PDF writes the file in place: done once it ends with %%EOF."""
    try:
        return path.read_bytes().rstrip().endswith(b"%%EOF")
    except OSError:
        return False
