"""Run as a program by test_background.py: BackgroundTasks ending while the UI thread
sits in a Qt lock and waits for the GIL. Prints ``ok`` when every task has reported; a
hang is what the test's timeout catches.

The UI thread deletes an object (shiboken lets go of the GIL around a C++ destructor).
~QObject holds that object's signal/slot lock (one of a pool of 131 mutexes picked by
address) while it calls each sender's disconnectNotify, a PySide wrapper that takes the
GIL. A worker thread that meanwhile calls Qt with the GIL held and wants the same lock
(moveToThread, connect and the like lock their object's) waits for the UI thread, which
waits for the GIL: neither goes on. Here the deleted object is picked to share the lock
of each Qt object the task keeps in turn, and the sender's disconnectNotify holds the UI
thread in there until the task's function has returned, so the window is always open.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import SIGNAL, SLOT, QEventLoop, QMetaMethod, QObject, QTimer
from PySide6.QtWidgets import QApplication

from station_app.widgets.background import BackgroundTask

_LOCKS = 131  # Qt's pool of signal/slot mutexes: signalSlotLock(o), uint(quintptr(o)) % 131
_WAIT_S = 10.0  # bounds a wait that the fixed code never needs


def _lock_of(obj: QObject) -> int:
    return (shiboken6.getCppPointer(obj)[0] & 0xFFFFFFFF) % _LOCKS


def _object_sharing_lock_with(obj: QObject) -> QObject:
    wanted, misses = _lock_of(obj), []
    while True:
        candidate = QObject()
        if _lock_of(candidate) == wanted:
            return candidate
        misses.append(candidate)  # alive, so the next one gets another address


class _Sender(QObject):
    """Its disconnectNotify runs in the UI thread, under the receiver's lock."""

    def __init__(self, inside: threading.Event, returned: threading.Event) -> None:
        super().__init__()
        self._inside, self._returned = inside, returned

    def disconnectNotify(self, signal: QMetaMethod) -> None:
        self._inside.set()
        self._returned.wait(_WAIT_S)  # the worker is past its function now
        super().disconnectNotify(signal)


def _one_round(pick: int) -> bool:
    """False once the task keeps fewer than ``pick + 1`` Qt objects (itself included)."""
    inside, returned = threading.Event(), threading.Event()

    def work(progress: Any, cancelled: Any) -> str:
        inside.wait(_WAIT_S)
        returned.set()
        return "done"

    outcome: list[str] = []
    loop = QEventLoop()
    task = BackgroundTask(work, "import")
    task.finished.connect(outcome.append)
    task.finished.connect(loop.quit)
    task.failed.connect(loop.quit)
    task.start()
    owned = [task, *(v for v in vars(task).values() if isinstance(v, QObject))]
    if pick >= len(owned):
        inside.set()
        task.cancel_and_wait()
        return False
    receiver = _object_sharing_lock_with(owned[pick])
    sender = _Sender(inside, returned)
    QObject.connect(sender, SIGNAL("objectNameChanged(QString)"), receiver, SLOT("deleteLater()"))
    shiboken6.delete(receiver)
    if not outcome:
        QTimer.singleShot(int(_WAIT_S * 1000), loop.quit)
        loop.exec()
    assert outcome == ["done"], outcome
    return True


def main() -> int:
    # The worker keeps the GIL from its function's end into whatever Qt call follows,
    # however the machine schedules it (the UI thread, waiting, cannot force a switch).
    sys.setswitchinterval(5.0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        pick = 0
        while _one_round(pick):  # the task, then each Qt object it keeps
            pick += 1
    print("ok", flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
