"""The Qt bindings keep Python's reference counts: PySide6 6.12.0 under Python 3.11 lost
one reference to None on every call returning nothing (and to True on every emit), so
the desk program aborted ("deallocating None") after a few thousand UI updates."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_and_signals_keep_none_and_true_alive(qapp: QApplication) -> None:
    label = QLabel()
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.changed.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for index in range(CALLS):
        label.setText(str(index))
        label.setEnabled(True)
        emitter.changed.emit(True)
        qapp.processEvents()
    seen.clear()
    # A few references come and go with the interpreter's own work; thousands do not.
    assert sys.getrefcount(None) > none_before - CALLS // 10
    assert sys.getrefcount(True) > true_before - CALLS // 10
    label.deleteLater()
