"""BackgroundTask: its promises, and no hang when it ends while the UI thread holds a Qt
lock and waits for the GIL (the members import froze that way in CI)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from station_app.core.errors import ValidationError
from station_app.widgets.background import BackgroundTask

ROOT = Path(__file__).resolve().parents[2]
HANG_BOUND_S = 60  # the rounds take a second or two; a hang never ends (under pytest-timeout)


def _outcomes(task: BackgroundTask) -> list[tuple[str, Any, bool, bool]]:
    """Each outcome with whether it came in the UI thread and with the task stopped."""
    seen: list[tuple[str, Any, bool, bool]] = []

    def note(kind: str, value: Any) -> None:
        app = QCoreApplication.instance()
        in_ui = app is not None and QThread.currentThread() is app.thread()
        seen.append((kind, value, in_ui, not task.is_running()))

    task.finished.connect(lambda value: note("finished", value))
    task.failed.connect(lambda message: note("failed", message))
    task.cancelled.connect(lambda: note("cancelled", None))
    return seen


def test_the_outcome_comes_once_in_the_ui_thread_after_the_thread_stopped(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress, _cancelled):  # type: ignore[no-untyped-def]
        for done in range(1, 101):
            progress(done, 100)
        return "built"

    task = BackgroundTask(work, "test-task")
    seen = _outcomes(task)
    steps: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: steps.append((done, total)))
    task.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [("finished", "built", True, True)]
    assert steps[-1] == (100, 100) and len(steps) < 100  # thinned out, the end always told
    QCoreApplication.processEvents()
    assert len(seen) == 1


def test_a_refusal_is_its_sentence_and_a_crash_a_short_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    def refused(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise ValidationError("No room on the disk.")

    def broken(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise OSError("disk gone")

    for work, expected in ((refused, "No room on the disk."), (broken, "disk gone")):
        task = BackgroundTask(work, "test-task")
        seen = _outcomes(task)
        task.start()
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=10_000)
        (kind, message, in_ui, stopped), *more = seen
        assert (kind, in_ui, stopped, more) == ("failed", True, True, [])
        assert expected in message


class _Stop(Exception):
    pass


def test_cancel_and_wait_stops_the_thread_and_tells_the_outcome_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    running = threading.Event()

    def work(_progress, cancelled):  # type: ignore[no-untyped-def]
        running.set()
        while not cancelled():  # steps of work, each asking
            pass
        raise _Stop

    task = BackgroundTask(work, "test-task", cancelled_by=(_Stop,))
    seen = _outcomes(task)
    task.start()
    assert running.wait(10)
    task.cancel_and_wait()  # what the app's aboutToQuit calls, too
    assert seen == [("cancelled", None, True, True)]
    QCoreApplication.processEvents()  # the thread's own 'finished' finds nothing to tell
    assert seen == [("cancelled", None, True, True)]


def test_a_task_ending_while_the_ui_thread_waits_for_the_gil_in_a_qt_lock_does_not_hang() -> None:
    # In a process of its own (tests/widgets/background_hang.py), so that a hang fails
    # this test instead of freezing the run.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.widgets.background_hang", "3"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=HANG_BOUND_S,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a BackgroundTask ending hung against the UI thread (Qt lock vs the GIL)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
