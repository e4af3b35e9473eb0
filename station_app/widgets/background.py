"""Run a Qt-free function off the UI thread and hear about it in the UI thread.

``fn(progress, should_cancel)`` runs on its own QThread. ``progress(done, total)`` may
be called as often as the function likes (it is thinned out to ~20 events a second);
``should_cancel()`` turns true after :meth:`BackgroundTask.cancel`. A ``DeskError``
becomes its sentence; any other exception is logged and becomes a short sentence.

Used for PDF builds (widgets/pdf_build.py), the members import and export, backups,
restores and 检查数据.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from station_app.core.errors import DeskError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
TaskFn = Callable[[ProgressFn, CancelFn], Any]

_PROGRESS_INTERVAL_S = 0.05
_live_tasks: set[BackgroundTask] = set()


def _something_went_wrong(exc: Exception) -> str:
    return QCoreApplication.translate("BackgroundTask", "Something went wrong: {error}").format(
        error=exc
    )


class _Thread(QThread):
    """Runs ``fn`` in :meth:`run`; of the UI thread's Qt objects, the new thread only
    emits ``progress`` (``fn`` may make and use Qt objects of its own: the raster print
    job renders pages with its own QPdfDocument and QPainter).

    PySide lets go of the GIL while a signal is emitted but not in other calls
    (moveToThread, connect, ...). Such a call waiting for a Qt lock that the UI thread
    holds while *it* waits for the GIL hangs both: ~QObject calls each sender's
    disconnectNotify (a PySide wrapper that takes the GIL) under the object's
    signal/slot lock, one of a pool of 131 shared by address. So nothing is moved back
    to the UI thread here: this object lives there from the start.
    """

    progress = Signal(int, int)

    def __init__(
        self,
        fn: TaskFn,
        cancel: threading.Event,
        cancelled_by: tuple[type[BaseException], ...],
        describe_failure: Callable[[Exception], str],
    ) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel
        self._cancelled_by = cancelled_by
        self._describe_failure = describe_failure
        self._last = 0.0
        self.outcome = "failed"
        self.result: Any = None
        self.error = ""

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self.progress.emit(done, total)

    def run(self) -> None:
        try:
            self.result = self._fn(self._progress, self._cancel.is_set)
        except self._cancelled_by:
            self.outcome = "cancelled"
        except DeskError as exc:
            self.error = exc.message()
        except Exception as exc:
            log.exception("background task failed")
            self.error = self._describe_failure(exc)
        else:
            self.outcome = "finished"


class BackgroundTask(QObject):
    """One run of ``fn`` on its own QThread.

    Exactly one of ``finished(result)``, ``failed(message)`` or ``cancelled()`` is
    emitted, in the UI thread, after the thread has stopped: a receiver never sees a
    running thread. The task keeps itself alive until then, so whoever started it
    may go away (its receivers should check they are still there).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        fn: TaskFn,
        name: str = "task",
        parent: QObject | None = None,
        *,
        cancelled_by: tuple[type[BaseException], ...] = (),
        describe_failure: Callable[[Exception], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._name = name
        self._cancelled_by = cancelled_by
        self._describe_failure = describe_failure or _something_went_wrong
        self._cancel = threading.Event()
        self._thread: _Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("BackgroundTask.start() called twice")
        thread = _Thread(self._fn, self._cancel, self._cancelled_by, self._describe_failure)
        thread.setObjectName(self._name)
        thread.progress.connect(self.progress)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        _live_tasks.add(self)
        app = QCoreApplication.instance()
        if app is not None:  # never let the app quit under a running thread
            app.aboutToQuit.connect(self.cancel_and_wait)
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def cancel_and_wait(self, timeout_ms: int = 60_000) -> None:
        """Cancel, wait for the thread, and deliver the outcome now."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.wait(timeout_ms)
            self._on_thread_finished()

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        # QThread.finished is emitted just *before* the thread ends: wait it out. The
        # thread object is then dropped here, in the UI thread.
        thread.wait()
        self._thread = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.cancel_and_wait)
        _live_tasks.discard(self)
        if thread.outcome == "finished":
            self.finished.emit(thread.result)
        elif thread.outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(thread.error)
