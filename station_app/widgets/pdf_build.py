"""Build a PDF off the UI thread, with a cancellable progress dialog, then preview it.

The build itself is a plain (Qt-free) callable ``build(path, progress,
should_cancel)``, normally a feature's ``reports`` function; it raises
``BuildCancelled`` when ``should_cancel()`` turns true.
"""

from __future__ import annotations

import logging
import re
import secrets
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from station_app.core.errors import DeskError
from station_app.core.pdf import BuildCancelled, CancelFn, ProgressFn
from station_app.widgets.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)

BuildFn = Callable[[Path, ProgressFn, CancelFn], None]

_TEMP_MAX_AGE_S = 24 * 3600
_live_jobs: set[PdfBuildJob] = set()


class _Worker(QObject):
    """Runs the build in the job's thread; remembers the outcome for the job."""

    progress = Signal(int, int)
    done = Signal()

    def __init__(self, build: BuildFn, path: Path, cancel: threading.Event) -> None:
        super().__init__()
        self._build = build
        self._path = path
        self._cancel = cancel
        self.outcome = "failed"
        self.error = ""

    @Slot()
    def run(self) -> None:
        try:
            self._build(self._path, self.progress.emit, self._cancel.is_set)
        except BuildCancelled:
            self.outcome = "cancelled"
        except DeskError as exc:  # a sentence for the desk, already translated
            self.error = str(exc)
        except Exception as exc:
            log.exception("PDF build failed")
            self.error = QCoreApplication.translate(
                "PdfBuild", "The PDF could not be made: {error}"
            ).format(error=exc)
        else:
            self.outcome = "finished"
        finally:
            # Hand the worker back to the UI thread so it is deleted there.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            self.done.emit()


class PdfBuildJob(QObject):
    """One PDF build on its own QThread.

    Exactly one of ``finished(Path)``, ``failed(str)`` or ``cancelled()`` is
    emitted, in the UI thread, and only after the thread has fully stopped, so a
    receiver never sees a running thread.
    """

    progress = Signal(int, int)
    finished = Signal(Path)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, build: BuildFn, out_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.out_path = Path(out_path)
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("PdfBuildJob.start() called twice")
        thread = QThread()
        thread.setObjectName(f"pdf-build:{self.out_path.name}")
        worker = _Worker(self._build, self.out_path, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # done is emitted in the worker thread; quit() is thread-safe.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.progress.connect(self.progress)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        _live_jobs.add(self)  # a running job must outlive whoever started it
        app = QCoreApplication.instance()
        if app is not None:  # never let the app quit under a running thread
            app.aboutToQuit.connect(self.cancel_and_wait)
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @Slot()
    def cancel(self) -> None:
        """Ask the build to stop; ``cancelled()`` follows once it has."""
        self._cancel.set()

    @Slot()
    def cancel_and_wait(self, timeout_ms: int = 10_000) -> None:
        self._cancel.set()
        if self._thread is not None:
            self._thread.wait(timeout_ms)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        # QThread.finished is emitted just *before* the thread ends: wait it out.
        thread.wait()
        self._thread = self._worker = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.cancel_and_wait)
        outcome, error = worker.outcome, worker.error
        # The thread has stopped and the worker is back in this thread; both
        # are owned by Python and go with the last reference, at return.
        _live_jobs.discard(self)
        if outcome == "finished" and self._cancel.is_set():
            # The desk said cancel; the build just did not notice in time.
            self.out_path.unlink(missing_ok=True)
            outcome = "cancelled"
        if outcome == "finished":
            self.finished.emit(self.out_path)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(error)


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
