"""Build a PDF off the UI thread, with a cancellable progress dialog, then preview it.

The build itself is a plain (Qt-free) callable ``build(path, progress,
should_cancel)``, normally a feature's ``reports`` function; it raises
``BuildCancelled`` when ``should_cancel()`` turns true.

reportlab and QtPdf are loaded when a job starts and when its preview opens, not with
this module: the tabs that print import it at start.
"""

from __future__ import annotations

import re
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from station_app.widgets.background import BackgroundTask

if TYPE_CHECKING:
    from station_app.core.pdf import CancelFn, ProgressFn

    BuildFn = Callable[[Path, ProgressFn, CancelFn], None]

_TEMP_MAX_AGE_S = 24 * 3600
_live_jobs: set[PdfBuildJob] = set()


class PdfBuildJob(QObject):
    """One PDF build on its own thread (a :class:`BackgroundTask`).

    Exactly one of ``finished(Path)``, ``failed(str)`` or ``cancelled()`` is
    emitted, in the UI thread, and only after the thread has fully stopped, so a
    receiver never sees a running thread.
    """

    progress = Signal(int, int)
    finished = Signal(Path)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, build: BuildFn, out_path: Path, parent: QObject | None = None) -> None:
        from station_app.core.pdf import BuildCancelled

        super().__init__(parent)
        self.out_path = Path(out_path)
        self._task = BackgroundTask(
            lambda progress, should_cancel: build(self.out_path, progress, should_cancel),
            f"pdf-build:{self.out_path.name}",
            cancelled_by=(BuildCancelled,),
            describe_failure=_failure_text,
        )
        self._task.progress.connect(self.progress)
        self._task.finished.connect(self._on_finished)
        self._task.failed.connect(self._on_failed)
        self._task.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        _live_jobs.add(self)  # a running job must outlive whoever started it
        self._task.start()

    def is_running(self) -> bool:
        return self._task.is_running()

    @Slot()
    def cancel(self) -> None:
        """Ask the build to stop; ``cancelled()`` follows once it has."""
        self._task.cancel()

    @Slot()
    def cancel_and_wait(self, timeout_ms: int = 10_000) -> None:
        self._task.cancel_and_wait(timeout_ms)

    def _on_finished(self, _result: object) -> None:
        _live_jobs.discard(self)
        if self._task.cancel_requested():
            # The desk said cancel; the build just did not notice in time.
            self.out_path.unlink(missing_ok=True)
            self.cancelled.emit()
        else:
            self.finished.emit(self.out_path)

    def _on_failed(self, message: str) -> None:
        _live_jobs.discard(self)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        _live_jobs.discard(self)
        self.cancelled.emit()


def _failure_text(exc: Exception) -> str:
    return QCoreApplication.translate("PdfBuild", "The PDF could not be made: {error}").format(
        error=exc
    )


def temp_pdf_path(title: str) -> Path:
    """A fresh file name in the program's print folder; old printouts are pruned.

    Files stay a day rather than being deleted on close, because "Open in
    viewer" hands the file to another program that may still be reading it.
    """
    folder = Path(tempfile.gettempdir()) / "StationDesk-print"
    folder.mkdir(mode=0o700, exist_ok=True)  # printouts hold personal data
    cutoff = time.time() - _TEMP_MAX_AGE_S
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # open in a viewer (Windows) or already gone
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._") or "printout"
    # A readable name: the viewer shows it in its title bar.
    return folder / f"{safe}-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}.pdf"


def build_and_preview(parent: QWidget, title: str, build: BuildFn) -> PdfBuildJob:
    """Build a PDF in the background with a progress dialog; preview it when done.

    Errors are shown in a message box; a cancelled build shows nothing.
    """
    # Not parented: closing the parent must not destroy a running thread; the
    # job keeps itself alive until its outcome is out.
    job = PdfBuildJob(build, temp_pdf_path(title))
    parent.destroyed.connect(job.cancel)
    progress = QProgressDialog(
        QCoreApplication.translate("PdfBuild", "Making the PDF “{title}”…").format(title=title),
        QCoreApplication.translate("PdfBuild", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)  # quick builds never flash a dialog
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(job.cancel)

    def on_progress(done: int, total: int) -> None:
        if not shiboken6.isValid(progress) or not progress.isEnabled():
            return
        if total > 0 and not progress.wasCanceled():
            progress.setMaximum(total)
            progress.setValue(min(done, total))

    def close_progress() -> None:
        # The parent (and with it the dialog) may be gone; or setValue() may have
        # re-entered the event loop and closed it already.
        if not shiboken6.isValid(progress) or not progress.isEnabled():
            return
        progress.setEnabled(False)
        progress.reset()
        progress.hide()
        progress.deleteLater()

    def on_finished(path: Path) -> None:
        close_progress()
        if not shiboken6.isValid(parent):
            return
        from station_app.widgets.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, parent, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_failed(message: str) -> None:
        close_progress()
        if not shiboken6.isValid(parent):
            return
        QMessageBox.warning(parent, title, message)

    job.progress.connect(on_progress)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.cancelled.connect(close_progress)
    job.start()
    return job
