"""A dialog that runs one background task at a time (back up, restore, check data),
written once: the task is kept while it runs, a progress bar shows while it runs, the
buttons that would start another wait, its outcome reaches the dialog only while the
dialog is still there, and the dialog stays open until the task is done (unless it
says it may close meanwhile)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QProgressBar, QWidget

from station_app.widgets.background import BackgroundTask, TaskFn


class TaskProgress(QProgressBar):
    """Hidden when idle; busy (no total yet) until the first count arrives."""

    def __init__(self, parent: QWidget | None = None, *, text_visible: bool = True) -> None:
        super().__init__(parent)
        self.setTextVisible(text_visible)
        self.hide()

    def begin(self) -> None:
        self.setRange(0, 0)
        self.show()

    def advance(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def end(self) -> None:
        self.hide()
        self.setRange(0, 1)
        self.setValue(0)


class TaskDialog(QDialog):
    """Subclasses lay out :attr:`progress`, name the widgets that wait while a task
    runs (:meth:`idle_only`), start work with :meth:`run_task` and are told the outcome
    (:meth:`task_finished`, :meth:`task_failed`). ``task`` is the task under way (None
    when idle)."""

    closes_while_busy = False  # Esc / the close button wait for the task by default

    def __init__(self, parent: QWidget | None = None, *, progress_text: bool = True) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.progress = TaskProgress(text_visible=progress_text)
        self._idle_only: list[QWidget] = []

    def idle_only(self, *widgets: QWidget | None) -> None:
        """These are disabled while a task runs (None: a widget this dialog lacks)."""
        self._idle_only += [w for w in widgets if w is not None]

    def is_busy(self) -> bool:
        return self.task is not None

    def run_task(self, work: TaskFn, name: str) -> None:
        """Run ``work(progress, should_cancel)`` off the UI thread; the dialog is busy
        until it is told the outcome."""
        task = BackgroundTask(work, name)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self.task = task
        self.set_busy(True)
        self.progress.begin()
        task.start()

    def set_busy(self, busy: bool) -> None:
        for widget in self._idle_only:
            widget.setEnabled(not busy)

    # --- the outcome -------------------------------------------------------------------

    def task_finished(self, result: Any) -> None:
        """The task's result (the dialog is idle again)."""

    def task_failed(self, message: str) -> None:
        """The task's failure, as a sentence (the dialog is idle again)."""

    # --- the task's signals: only while this dialog is still there ----------------------

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.advance(done, total)

    def _idle(self) -> bool:
        if not shiboken6.isValid(self):
            return False
        self.task = None
        self.progress.end()
        self.set_busy(False)
        return True

    def _finished(self, result: Any) -> None:
        if self._idle():
            self.task_finished(result)

    def _failed(self, message: str) -> None:
        if self._idle():
            self.task_failed(message)

    def reject(self) -> None:
        # Escape and the window's close button come here too (QDialog.closeEvent).
        if self.task is None or self.closes_while_busy:
            super().reject()


__all__ = ["TaskDialog", "TaskProgress"]
