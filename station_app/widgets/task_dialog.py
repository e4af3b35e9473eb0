"""A dialog that runs one background task at a time (back up, restore, check data),
written once: the task is kept while it runs, its progress, result or failure reach
the dialog only while the dialog is still there, and the dialog stays open until the
task is done (unless it says it may close meanwhile)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from station_app.widgets.background import BackgroundTask, TaskFn


class TaskDialog(QDialog):
    """Subclasses start work with :meth:`run_task` and answer the hooks
    :meth:`set_busy`, :meth:`task_progress`, :meth:`task_finished`, :meth:`task_failed`.
    ``task`` is the task under way (None when idle)."""

    closes_while_busy = False  # Esc / the close button wait for the task by default

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None

    def is_busy(self) -> bool:
        return self.task is not None

    def run_task(self, work: TaskFn, name: str) -> None:
        """Run ``work(progress, should_cancel)`` off the UI thread; the dialog is busy
        (:meth:`set_busy`) from now until a hook is told the outcome."""
        task = BackgroundTask(work, name)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self.task = task
        self.set_busy(True)
        task.start()

    # --- hooks -------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """Disable what must wait for the task (and enable it again)."""

    def task_progress(self, done: int, total: int) -> None:
        """The task has done ``done`` of ``total``."""

    def task_finished(self, result: Any) -> None:
        """The task's result (``task`` is None again)."""

    def task_failed(self, message: str) -> None:
        """The task's failure, as a sentence (``task`` is None again)."""

    # --- the task's signals: only while this dialog is still there ----------------------

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.task_progress(done, total)

    def _finished(self, result: Any) -> None:
        if shiboken6.isValid(self):
            self.task = None
            self.task_finished(result)

    def _failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.task = None
            self.task_failed(message)

    def reject(self) -> None:
        # Escape and the window's close button come here too (QDialog.closeEvent).
        if self.task is None or self.closes_while_busy:
            super().reject()


__all__ = ["TaskDialog"]
