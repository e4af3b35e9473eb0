"""The reader-burst detector: what a burst is, and that a scan types nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from station_app.core.ids import resident_id_check_char
from station_app.widgets.scanner import SCAN_CODE, SCAN_ID, ScanDetector, classify
from tests.widgets.scan_keys import TYPIST_STEP_MS, scan, type_keys

BODY = "11010519850612123"
ID_NUMBER = BODY + resident_id_check_char(BODY)


def test_what_a_burst_reads_as() -> None:
    found = classify(ID_NUMBER)
    assert found is not None and found.kind == SCAN_ID
    assert found.resident is not None and found.resident.birth_date == dt.date(1985, 6, 12)
    wrong = BODY + ("0" if ID_NUMBER[-1] != "0" else "1")
    assert classify(wrong) is None  # a bad check character is no card
    code = classify("hy202600012")
    assert code is not None and code.kind == SCAN_CODE and code.text == "HY202600012"
    assert classify("LQ202600003") is not None
    for noise in ("hello world", "12345", "HY2026", "张三李四王五赵六"):
        assert classify(noise) is None


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.note = QLineEdit("会员自述")
        self.memo = QPlainTextEdit("第一行")
        self.entered: list[str] = []
        self.note.returnPressed.connect(lambda: self.entered.append(self.note.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.memo)
        self.detector = ScanDetector(self)
        self.scans: list[object] = []
        self.detector.scanned.connect(self.scans.append)


def _window(qtbot) -> _Window:  # type: ignore[no-untyped-def]
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_a_scan_into_a_note_field_types_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.note.setFocus()
    window.note.setCursorPosition(2)
    scan(ID_NUMBER)
    qtbot.waitUntil(lambda: len(window.scans) == 1)
    assert window.note.text() == "会员自述" and window.note.cursorPosition() == 2
    assert window.entered == []  # the Enter was the reader's, not the desk's
    assert window.scans[0].text == ID_NUMBER  # type: ignore[attr-defined]

    window.memo.setFocus()
    scan("HY202600012")
    qtbot.waitUntil(lambda: len(window.scans) == 2)
    assert window.memo.toPlainText() == "第一行"


def test_a_slow_typist_is_not_a_reader(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.note.clear()
    window.note.setFocus()
    type_keys(ID_NUMBER, TYPIST_STEP_MS)
    assert window.note.text() == ID_NUMBER
    assert window.entered == [ID_NUMBER]  # Enter reached the field
    qtbot.wait(1)  # a scan would be reported on the next turn of the event loop
    assert window.scans == []


def test_a_fast_burst_that_is_no_number_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    window.note.clear()
    window.note.setFocus()
    scan("abcdefghijkl")
    assert window.note.text() == "abcdefghijkl" and window.entered == ["abcdefghijkl"]
    # keys without timestamps (QTest's) never make a burst
    window.note.clear()
    qtbot.keyClicks(window.note, ID_NUMBER)
    qtbot.wait(1)
    assert window.note.text() == ID_NUMBER and window.scans == []


def test_a_dialog_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    field.setFocus()
    scan(ID_NUMBER, widget=field)
    qtbot.wait(1)
    assert field.text() == ID_NUMBER and window.scans == []
